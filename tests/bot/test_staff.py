"""Staff commands as text in → text out, and who counts as staff."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from bot.commission.staff import HELP as COMMISSION_HELP
from bot.config import Settings
from bot.staff import VENDOR_HELP, parse_user_reference, run_staff_command
from bot.storage import save_profile
from handlers.staff_directory import StaffDirectory


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None, onboard_staff_users="USTAFF")  # type: ignore[arg-type]


async def _vendor(db: sqlite_utils.Database, settings: Settings, text: str) -> str:
    return await run_staff_command(
        db, settings, actor="USTAFF", team_id="T1", command="/vendor", text=text
    )


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("<@U123ABC>", "U123ABC"),
        ("<@U123ABC|zhang>", "U123ABC"),
        ("U123ABC", "U123ABC"),
        ("杭州某某", None),
        ("<#C123>", None),
    ],
)
def test_parse_user_reference(text: str, user: str | None) -> None:
    assert parse_user_reference(text) == user


async def test_help_when_empty(fresh_db: sqlite_utils.Database, settings: Settings) -> None:
    assert await _vendor(fresh_db, settings, "") == VENDOR_HELP
    assert await _vendor(fresh_db, settings, "help") == VENDOR_HELP


async def test_link_list_unlink_round_trip_with_audit(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    assert (
        await _vendor(fresh_db, settings, "link <@UV1> 杭州某某科技")
        == "已关联 / Linked: 杭州某某科技 → <@UV1>"
    )
    listing = await _vendor(fresh_db, settings, "list")
    assert listing.splitlines()[0] == "已关联的服务商 / Linked vendors (1):"
    assert listing.splitlines()[1].startswith("• 杭州某某科技 → <@UV1> (by <@USTAFF>, ")
    assert (
        await _vendor(fresh_db, settings, "unlink 杭州某某科技")
        == "已取消关联 / Unlinked: 杭州某某科技 (<@UV1>)"
    )
    assert fresh_db.conn.execute("SELECT count(*) FROM vendor_links").fetchone()[0] == 0
    audit = fresh_db.conn.execute(
        "SELECT actor, action, subject, detail_json FROM audit_log ORDER BY id"
    ).fetchall()
    assert [tuple(row[:3]) for row in audit] == [
        ("USTAFF", "vendor.link", "杭州某某科技"),
        ("USTAFF", "vendor.unlink", "杭州某某科技"),
    ]
    assert json.loads(audit[0][3]) == {"previous_user_id": None, "user_id": "UV1"}


async def test_link_without_user_explains_usage_and_writes_nothing(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    answer = await _vendor(fresh_db, settings, "link 杭州某某科技")
    assert answer.startswith("用法 / usage: `/vendor link @用户 <服务商名称>`")
    assert fresh_db.conn.execute("SELECT count(*) FROM vendor_links").fetchone()[0] == 0
    assert fresh_db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


async def test_unlink_unknown_vendor_says_so(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    answer = await _vendor(fresh_db, settings, "unlink 不存在")
    assert answer.startswith("没有名为「不存在」的关联 / No link for vendor “不存在”.")


async def test_show_vendor_by_name_and_by_mention(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    await _vendor(fresh_db, settings, "link <@UV1> 杭州某某科技")
    save_profile(fresh_db, "T1", "UV1", {"legal_entity": True, "team_size": 25}, actor="UV1")
    fresh_db.conn.execute(
        "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text, status,"
        " created_at) VALUES ('T1', 'UV1', '[\"api\", \"service\"]', 60000, '{}', 't', 'draft',"
        " '2024-05-01T00:00:00')"
    )
    by_name = await _vendor(fresh_db, settings, "杭州某某科技")
    by_mention = await _vendor(fresh_db, settings, "<@UV1>")
    assert by_name == by_mention
    lines = by_name.splitlines()
    assert lines[0] == "*<@UV1>* — 杭州某某科技"
    assert "• 拥有正规的公司资质 / lawfully registered company: 是 / yes" in lines
    assert "• 技术及客服团队人数（公司社保） / tech + customer-service team size: 25" in lines
    # The ticket's state in the words chat and App Home use, not the stored code ("draft").
    assert "• #1 填写中 / being filled in 60,000 元 (API市场, 服务市场) 2024-05-01" in lines


async def test_show_vendor_without_a_ticket_words_it_as_chat_and_app_home_do(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    await _vendor(fresh_db, settings, "link <@UV1> 杭州某某科技")
    save_profile(fresh_db, "T1", "UV1", {"legal_entity": True}, actor="UV1")
    lines = (await _vendor(fresh_db, settings, "<@UV1>")).splitlines()
    assert "工单 / Tickets: 未起草 / not drafted" in lines


async def test_show_unknown_vendor_says_how_to_fix(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    answer = await _vendor(fresh_db, settings, "谁也不是")
    assert answer.startswith("未找到服务商「谁也不是」/ No vendor named “谁也不是”.")


async def test_commission_is_delegated(fresh_db: sqlite_utils.Database, settings: Settings) -> None:
    answer = await run_staff_command(
        fresh_db, settings, actor="USTAFF", team_id="T1", command="/commission", text="help"
    )
    assert answer == COMMISSION_HELP


class _GroupClient:
    def __init__(self, members: list[str]) -> None:
        self.members = members
        self.calls = 0

    async def usergroups_users_list(self, usergroup: str) -> dict:
        self.calls += 1
        return {"ok": True, "users": list(self.members)}


async def test_staff_by_user_list_or_group_with_a_short_cache() -> None:
    now = [0.0]
    settings = Settings(_env_file=None, onboard_staff_users="UA", onboard_staff_group="S1")  # type: ignore[arg-type]
    directory = StaffDirectory(settings, cache_seconds=60, clock=lambda: now[0])
    client = _GroupClient(["UB"])
    assert await directory.is_staff("UA", client) is True
    assert client.calls == 0
    assert await directory.is_staff("UB", client) is True
    assert await directory.is_staff("UC", client) is False
    assert client.calls == 1
    client.members = ["UC"]
    now[0] = 61
    assert await directory.is_staff("UC", client) is True
    assert await directory.is_staff("UB", client) is False
    assert client.calls == 2


async def test_no_group_configured_means_only_listed_users() -> None:
    directory = StaffDirectory(Settings(_env_file=None))
    assert await directory.is_staff("UA", _GroupClient(["UA"])) is False


async def test_profile_shows_labels_choice_names_markets_dates_and_yuan(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    profile = {
        "license_date": "2015-01-01",
        "registered_capital": 1_000_000,
        "aftersales_support": "7x24",
        "experience_years": {"api": 3, "service": 1},
        "industry": "finance",
    }
    save_profile(fresh_db, "T1", "UV1", profile, actor="UV1")
    lines = (await _vendor(fresh_db, settings, "<@UV1>")).splitlines()
    assert "• 营业执照日期（成立日期） / business license date: 2015-01-01" in lines
    assert "• 注册资金 / registered capital: 1,000,000 元" in lines
    assert (
        "• 售后技术服务时间 / after-sales technical service hours: 7×24 小时 / 7×24 hours" in lines
    )
    assert any(line.endswith(": API市场 3 年、服务市场 1 年") for line in lines)
    assert any(line.endswith(": 金融 / finance") for line in lines)
    assert not any("{" in line or '"' in line for line in lines)


async def test_vendor_found_by_ticket_company_ignoring_case_and_width(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    for user, company in (("UV1", "杭州某某科技有限公司"), ("UV2", "ＡＢＣ云计算有限公司")):
        fresh_db.conn.execute(
            "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text,"
            " status, created_at) VALUES ('T1', ?, '[\"api\"]', 30000, ?, 't', 'final',"
            " '2024-05-01T00:00:00')",
            (user, json.dumps({"company": company}, ensure_ascii=False)),
        )
    found = await _vendor(fresh_db, settings, "杭州某某科技有限公司")
    assert found.splitlines()[0] == "*<@UV1>*"
    assert (await _vendor(fresh_db, settings, "abc云计算")).splitlines()[0] == "*<@UV2>*"
    both = await _vendor(fresh_db, settings, "有限公司")
    assert both.startswith("有多个服务商的工单公司名包含「有限公司」")
    assert "• 杭州某某科技有限公司 → <@UV1>" in both.splitlines()


async def test_commission_summary_names_categories_by_market_and_rate_table(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    from bot.commission.importer import import_csv

    csv = (
        "order_id,vendor,category,amount,distribution,settled_on\n"
        "A1,甲公司,website,600000,false,2020-10-01\n"
        "B1,乙公司,new_retail,100,false,2020-10-02\n"
        "C1,乙公司,api,100,false,2020-10-02\n"
    ).encode()
    import_csv(fresh_db, csv, actor="t")
    answer = await run_staff_command(
        fresh_db,
        settings,
        actor="USTAFF",
        team_id="T1",
        command="/commission",
        text="summary 2020-10",
    )
    lines = answer.splitlines()
    assert any(line.startswith("甲公司 / 建站市场（网站建设）: ") for line in lines)
    assert any(line.startswith("乙公司 / 新零售市场: ") for line in lines)
    assert any(line.startswith("乙公司 / API市场: ") for line in lines)
    table = answer.split("```")[1]
    assert "建站市场（网站建设）" in table and "新零售市场" in table
    assert not any(f" {name} " in f" {table} " for name in ("website", "api", "new_retail"))
