"""`/commission` as staff type it (text in, text out)."""

from __future__ import annotations

import sqlite_utils
from fakeslack import FakeSlack

from bot.commission.importer import import_csv
from bot.commission.staff import handle_commission_command
from bot.config import Settings
from bot.storage import utc_now
from handlers.commission.staff_slack import SlackCommission

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
    from handlers.commission.post import make_client

    import_csv(fresh_db, CSV, actor="t")
    fresh_db.conn.execute(
        "INSERT INTO vendor_links VALUES ('甲公司', 'T1', 'U9', 'test', ?)", (utc_now(),)
    )
    settings = fake_slack.settings(onboard_commission_channel="CC")
    client = make_client(settings)
    assert "no Slack client" in await handle_commission_command(
        fresh_db, settings, "U1", "post 2020-10"
    )
    reply = await handle_commission_command(
        fresh_db, settings, "U1", "post 2020-10", slack=SlackCommission(fresh_db, settings, client)
    )
    assert "本次发送 4 条" in reply and "乙公司" in reply
    assert len(fake_slack.messages("DU9")) == 1
    again = await handle_commission_command(
        fresh_db, settings, "U1", "post 2020-10", slack=SlackCommission(fresh_db, settings, client)
    )
    assert "本次发送 0 条" in again
    assert fresh_db.conn.execute(
        "SELECT actor FROM audit_log WHERE action = 'commission.post' LIMIT 1"
    ).fetchone() == ("U1",)


async def test_void_amend_and_correction_from_slack(
    fresh_db: sqlite_utils.Database, fake_slack: FakeSlack
) -> None:
    from handlers.commission.post import make_client

    import_csv(fresh_db, CSV, actor="t")
    settings = fake_slack.settings(onboard_commission_channel="CC")
    client = make_client(settings)
    await handle_commission_command(
        fresh_db, settings, "U1", "post 2020-10", slack=SlackCommission(fresh_db, settings, client)
    )
    usage = await handle_commission_command(fresh_db, settings, "U1", "void A2")
    assert "usage" in usage
    voided = await handle_commission_command(fresh_db, settings, "UF", "void A2 导入错误 duplicate")
    assert "已作废订单 A2" in voided and "2020-10 已发布过" in voided
    amended = await handle_commission_command(
        fresh_db, settings, "UF", "amend A1 700000 否 对账单 statement"
    )
    assert "¥600,000.00 → ¥700,000.00" in amended
    assert "佣金 ¥60,000.00 → ¥70,000.00" in amended  # the posted month's change, at once
    bad = await handle_commission_command(fresh_db, settings, "UF", "amend A1 abc reason")
    assert "不是金额" in bad and "usage" in bad
    reasons = fresh_db.conn.execute(
        "SELECT actor, action, reason FROM commission_order_changes ORDER BY id"
    ).fetchall()
    assert reasons == [("UF", "void", "导入错误 duplicate"), ("UF", "amend", "对账单 statement")]
    reply = await handle_commission_command(
        fresh_db, settings, "U1", "post 2020-10", slack=SlackCommission(fresh_db, settings, client)
    )
    assert "correction #1" in reply
    thread = fake_slack.messages("CC")
    assert len(thread) == 2 and "¥60,000.00 → ¥70,000.00" in thread[1]["text"]


async def test_vendor_alias_from_slack(fresh_db: sqlite_utils.Database) -> None:
    from bot.staff import run_staff_command

    import_csv(fresh_db, CSV, actor="t")
    settings = Settings(_env_file=None)

    async def vendor(text: str) -> str:
        return await run_staff_command(
            fresh_db, settings, actor="UF", team_id="T1", command="/vendor", text=text
        )

    assert "usage" in await vendor("alias 乙公司")
    assert "Merged" in await vendor("alias 乙公司 =&gt; 甲公司")  # as Slack sends "=>"
    assert "乙公司 ⇒ 甲公司" in await vendor("aliases")
    summary = await handle_commission_command(fresh_db, settings, "U1", "summary 2020-10")
    assert "乙公司" not in summary.split("```")[1]
    assert "Alias removed" in await vendor("unalias 乙公司")
    assert "not an alias" in await vendor("unalias 乙公司")


async def test_large_summary_goes_as_a_csv_file(
    fresh_db: sqlite_utils.Database, fake_slack: FakeSlack
) -> None:
    from bot.commission.staff import SUMMARY_TEXT_LIMIT
    from handlers.commission.post import make_client

    rows = ["order_id,vendor,category,amount,distribution,settled_on"]
    rows += [f"O{i},=服务商{i:04d},website,{1000 + i},false,2020-10-05" for i in range(400)]
    import_csv(fresh_db, ("\n".join(rows) + "\n").encode(), actor="t")
    settings = fake_slack.settings()
    console = await handle_commission_command(fresh_db, settings, "U1", "summary 2020-10")
    assert len(console) > SUMMARY_TEXT_LIMIT  # the console shows the whole table
    reply = await handle_commission_command(
        fresh_db,
        settings,
        "U1",
        "summary 2020-10",
        slack=SlackCommission(fresh_db, settings, make_client(settings)),
    )
    assert len(reply) < 1000 and "CSV" in reply and "400 vendors" in reply
    upload = fake_slack.uploads()[0]
    assert upload.channel == "DU1" and upload.filename == "commission-2020-10.csv"
    content = upload.content.decode("utf-8-sig")
    assert content.count("\n") == 401 and "'=服务商0001" in content
