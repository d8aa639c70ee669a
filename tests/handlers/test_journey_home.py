"""The journey in Slack, against the fake: the vendor's App Home (steps, the guide's text for
the next one, a button that marks it), the staff Home (cases, funnel, stalled, commission),
and the reminder and digest delivered through the outbox exactly once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlite_utils
from fakeslack import FakeSlack, app_home_opened_event, block_actions_payload
from slack_harness import (
    STAFF_CHANNEL,
    STAFF_USER,
    VENDOR_USER,
    outbox_flushed,
    start_dispatch_bot,
)

from bot.conversation import Engine
from bot.followup import post_weekly_digest, send_due_reminders
from bot.journey import load_journey, mark_done
from handlers.blocks import MAX_SECTION_CHARS, MAX_VIEW_BLOCKS

NOW = datetime.now(UTC)


def _verdict(db: sqlite_utils.Database, user: str, market: str, status: str = "eligible") -> None:
    db.conn.execute(
        "INSERT INTO verdicts (team_id, user_id, market, status, deposit, as_of, updated_at)"
        " VALUES ('T1', ?, ?, ?, 30000, '2026-11-01', ?)",
        (user, market, status, (NOW - timedelta(days=20)).isoformat(timespec="milliseconds")),
    )


def _texts(view: dict[str, Any]) -> str:
    return "\n".join(
        block["text"]["text"] for block in view["blocks"] if block["type"] == "section"
    )


def _within_limits(view: dict[str, Any]) -> None:
    assert len(view["blocks"]) <= MAX_VIEW_BLOCKS
    for block in view["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS


async def test_vendor_home_shows_the_next_step_and_its_button_marks_it(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2026, 11, 30))
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        _verdict(fresh_db, VENDOR_USER, "api")  # an eligible verdict starts the journey
        mark_done(fresh_db, "T1", VENDOR_USER, 2, actor=VENDOR_USER, source="chat", at=NOW)
        await fake.send_event(app_home_opened_event(VENDOR_USER))
        await fake.wait_until(lambda: fake.home_view(VENDOR_USER) is not None)
        home = fake.home_view(VENDOR_USER)
        assert home is not None
        _within_limits(home)
        text = _texts(home)
        assert "*入驻进度：已完成 2/7 步*" in text
        assert "✅ 第2步 企业实名认证\n➡️ 第3步 申请入驻云市场\n⬜ 第4步 签署云市场合同" in text
        assert "下一步（第3步 申请入驻云市场）：" in text
        assert "ii. 单击加入合作伙伴。" in text  # the guide's own sub-steps for step 3
        [button] = [
            element
            for block in home["blocks"]
            if block.get("block_id") == "journey_actions"
            for element in block["elements"]
        ]
        assert (button["action_id"], button["value"], button["text"]["text"]) == (
            "journey_step_done",
            "3",
            "第3步已完成",
        )

        await fake.send_envelope(
            "interactive",
            block_actions_payload(VENDOR_USER, "journey_step_done", "3", view={"id": "VH"}),
        )
        await outbox_flushed(bot, at_least=1)
        journey = load_journey(fresh_db, "T1", VENDOR_USER)
        assert journey is not None and journey.steps_done == 3
        assert journey.history[-1].source == "home"
        [reply] = fake.messages(f"D{VENDOR_USER}")
        assert reply["text"].startswith("已记录：第3步 申请入驻云市场 已完成。")
        await fake.wait_until(
            lambda: "已完成 3/7 步" in _texts(fake.home_view(VENDOR_USER) or {"blocks": []}),
            message="Home republished after the click",
        )
    finally:
        await stop()


def _seed_desk(db: sqlite_utils.Database) -> None:
    conn = db.conn
    for user, markets, steps in (
        ("UVA", ["api"], 0),
        ("UVB", ["api", "security"], 4),
        ("UVC", ["security"], 7),
    ):
        for market in markets:
            _verdict(db, user, market)
        if steps:
            mark_done(db, "T1", user, steps, actor=user, source="chat", at=NOW - timedelta(days=3))
    _verdict(db, "UVD", "api", "not_eligible")  # no journey: counted nowhere
    for question, state, age in (
        ("发票怎么开？", "open", timedelta(days=1, hours=2, minutes=5)),
        ("已解决的问题", "resolved", timedelta(days=9)),
        ("<!channel> 合同 *加急*", "claimed", timedelta(hours=5, minutes=1)),
    ):
        conn.execute(
            "INSERT INTO cases (team_id, user_id, lang, question, state, created_at)"
            " VALUES ('T1', 'UVA', 'zh', ?, ?, ?)",
            (question, state, (NOW - age).isoformat(timespec="milliseconds")),
        )
    month = (NOW.astimezone(db_tz()).replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    conn.execute(
        "INSERT INTO commission_imports (actor, at, sha256, rows_read, new_orders, known_orders,"
        " duplicates_in_file) VALUES ('cli', 'x', 'x', 3, 3, 0, 0)"
    )
    for order, vendor, fen in (("O1", "甲公司", 12345), ("O2", "甲公司", 100000), ("O3", "乙", 5)):
        conn.execute(
            "INSERT INTO settlement_orders (order_id, vendor, vendor_key, category, amount_fen,"
            " distribution, settled_on, month, import_id) VALUES (?, ?, ?, 'api', ?, 0, ?, ?, 1)",
            (order, vendor, vendor, fen, f"{month}-05", month),
        )


def db_tz():  # noqa: ANN201 - ZoneInfo
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Shanghai")


async def test_staff_home_shows_cases_funnel_stalled_and_commission(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2026, 11, 30))
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        _seed_desk(fresh_db)
        await fake.send_event(app_home_opened_event(STAFF_USER))
        await fake.wait_until(lambda: fake.home_view(STAFF_USER) is not None)
        home = fake.home_view(STAFF_USER)
        assert home is not None
        _within_limits(home)
        assert home["blocks"][0]["text"]["text"] == "云市场入驻 · 工作台"
        text = _texts(home)
        assert "*待处理的咨询（2）*\n" in text
        assert "• #1 <@UVA> — 待认领，已等待 1天2小时：发票怎么开？" in text
        # A vendor's words are escaped: no channel ping.
        assert "• #3 <@UVA> — 已认领，已等待 0天5小时：&lt;!channel&gt; 合同 *加急*" in text
        assert "已解决的问题" not in text
        assert "*全部* (3): ①1 ②0 ③0 ④0 ⑤1 ⑥0 ⑦0 ✓1" in text
        assert "*API市场* (2): ①1 ②0 ③0 ④0 ⑤1 ⑥0 ⑦0 ✓0" in text
        assert "*安全市场* (2): ①0 ②0 ③0 ④0 ⑤1 ⑥0 ⑦0 ✓1" in text
        assert "• <@UVA> — 第1步 注册阿里云账号，20 天未更新" in text
        assert "• <@UVB> — 第5步 缴纳保证金，3 天未更新" in text
        assert "<@UVC> — " not in text  # finished: not stalled
        assert "已导入订单 3 笔，服务商 2 家，实收合计 1,123.50 元\n月度汇总尚未发布" in text
    finally:
        await stop()


async def test_reminder_and_digest_reach_slack_exactly_once(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2026, 11, 30))
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)
    monday_10h = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    try:
        mark_done(
            fresh_db,
            "T1",
            VENDOR_USER,
            4,
            actor=VENDOR_USER,
            source="chat",
            at=monday_10h - timedelta(days=8),
        )
        for _ in range(2):
            send_due_reminders(fresh_db, bot.settings, monday_10h)
            post_weekly_digest(fresh_db, bot.settings, monday_10h)
            bot.app.deps.outbox.wake()  # type: ignore[attr-defined]
            await outbox_flushed(bot, at_least=2)
        [reminder] = fake.messages(f"D{VENDOR_USER}")
        assert "已经 8 天没有更新" in reminder["text"]
        assert "下一步（第5步 缴纳保证金）" in reminder["text"]
        [digest] = fake.messages(STAFF_CHANNEL)
        assert digest["text"].startswith("*每周入驻汇总（2026-W48）*")
    finally:
        await stop()
