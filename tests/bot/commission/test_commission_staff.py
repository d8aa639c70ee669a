"""`/commission` as staff type it (text in, text out)."""

from __future__ import annotations

import sqlite_utils
from fakeslack import FakeSlack

from bot.commission.importer import import_csv
from bot.commission.staff import handle_commission_command
from bot.config import Settings
from bot.storage import utc_now

CSV = (
    "order_id,vendor,category,amount,distribution,settled_on\n"
    "A1,甲公司,website,600000,false,2020-10-01\n"
    "A2,甲公司,website,400000,true,2020-10-02\n"
    "B1,乙公司,devops,100,false,2020-10-02\n"
).encode()


async def test_summary(fresh_db: sqlite_utils.Database) -> None:
    import_csv(fresh_db, CSV, actor="t")
    reply = await handle_commission_command(
        fresh_db, Settings(_env_file=None), "U1", "summary 2020-10"
    )
    assert (
        "```" in reply
        and "¥60,000.00" in reply
        and "合计" in reply
        and "10%" in reply
        and "无费率" in reply
    )
    assert "达到第3档（50万元（含）及以上）" in reply
    only = await handle_commission_command(
        fresh_db, Settings(_env_file=None), "U1", "summary 2020-10 乙公司"
    )
    assert "乙公司" in only and "甲公司" not in only


async def test_unknown_vendor_is_named_with_the_vendors_that_have_orders(
    fresh_db: sqlite_utils.Database,
) -> None:
    import_csv(fresh_db, CSV, actor="t")
    reply = await handle_commission_command(
        fresh_db, Settings(_env_file=None), "U1", "summary 2020-10 丙公司"
    )
    assert "服务商「丙公司」在 2020-10 没有结算订单" in reply
    assert "甲公司" in reply and "乙公司" in reply and "没有已导入的结算订单" not in reply


async def test_bad_and_empty_month(fresh_db: sqlite_utils.Database) -> None:
    settings = Settings(_env_file=None)
    bad = await handle_commission_command(fresh_db, settings, "U1", "summary 10/2020")
    assert "YYYY-MM" in bad and "月份" in bad
    empty = await handle_commission_command(fresh_db, settings, "U1", "summary 2020-12")
    assert "没有已导入的结算订单" in empty and "No settled orders" in empty
    missing = await handle_commission_command(fresh_db, settings, "U1", "summary")
    assert "2020-10" in missing


async def test_help_import_and_unknown(fresh_db: sqlite_utils.Database) -> None:
    settings = Settings(_env_file=None)
    assert "/commission summary" in await handle_commission_command(fresh_db, settings, "U", "")
    assert "onboard-bot commission import" in await handle_commission_command(
        fresh_db, settings, "U", "import"
    )
    assert "unknown action" in await handle_commission_command(fresh_db, settings, "U", "frob")


async def test_post_from_slack(fresh_db: sqlite_utils.Database, fake_slack: FakeSlack) -> None:
    from bot.commission.post import make_client

    import_csv(fresh_db, CSV, actor="t")
    fresh_db.conn.execute(
        "INSERT INTO vendor_links VALUES ('甲公司', 'T1', 'U9', 'test', ?)", (utc_now(),)
    )
    settings = fake_slack.settings(onboard_commission_channel="CC")
    client = make_client(settings)
    assert "no Slack client" in await handle_commission_command(
        fresh_db, settings, "U1", "post 2020-10"
    )
    reply = await handle_commission_command(fresh_db, settings, "U1", "post 2020-10", client=client)
    assert "本次发送 4 条" in reply and "乙公司" in reply
    assert len(fake_slack.messages("DU9")) == 1
    again = await handle_commission_command(fresh_db, settings, "U1", "post 2020-10", client=client)
    assert "本次发送 0 条" in again
    assert fresh_db.conn.execute(
        "SELECT actor FROM audit_log WHERE action = 'commission.post' LIMIT 1"
    ).fetchone() == ("U1",)
