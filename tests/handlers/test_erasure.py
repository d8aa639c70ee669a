"""A vendor's data erased on request: after a full walk-through, ticket, hand-off and vendor
link over the fake Slack, "删除我的数据" + "是" leaves none of it in any table."""

from __future__ import annotations

import json
from datetime import date

import sqlite_utils
from fakeslack import FakeSlack, dm_message_event
from slack_harness import VENDOR_USER, start_dispatch_bot
from test_privacy_threads import TICKET, settled

from bot.conversation import Engine
from bot.privacy import ERASE_TEXTS
from bot.staff import vendor_command
from tests.bot.conversation.conftest import PASSING

DM = f"D{VENDOR_USER}"
HANDOFF_QUESTION = f"转人工 请打 {TICKET['phone']} 找 {TICKET['contact']}，寄到 {TICKET['address']}"


def text_cells_containing(db: sqlite_utils.Database, needle: str) -> list[str]:
    """`table.column` of every cell, in every table, whose text contains `needle`."""
    found = []
    tables = [
        name
        for (name,) in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        for column in [row[1] for row in db.conn.execute(f"PRAGMA table_info({table})")]:
            hit = db.conn.execute(
                f'SELECT 1 FROM {table} WHERE instr(CAST("{column}" AS TEXT), ?) > 0 LIMIT 1',
                (needle,),
            ).fetchone()
            if hit:
                found.append(f"{table}.{column}")
    return found


def _current_question(db: sqlite_utils.Database) -> str | None:
    row = db.conn.execute(
        "SELECT state_json FROM conversations WHERE user_id = ? AND thread_ts = ''",
        (VENDOR_USER,),
    ).fetchone()
    state = json.loads(row[0])
    if state["step"] != "question":
        return None
    return state.get("detour") or (state["pending"][0] if state["pending"] else None)


async def test_erase_on_request_leaves_no_personal_data_in_any_table(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)

    async def say(text: str) -> str:
        await fake.send_event(dm_message_event(VENDOR_USER, text))
        await fake.wait_until(lambda: settled(fresh_db), message=f"the reply to {text!r}")
        return str(fake.messages(DM)[-1]["text"])

    try:
        await say("开始")
        await say("API市场")
        while (qid := _current_question(fresh_db)) is not None:
            await say(PASSING[qid.partition(":")[0]])
        await say("起草工单")
        for name in ("account", "company", "address", "contact", "phone"):
            await say(TICKET[name])
        assert "资金管理 &gt; 创建工单" in await say("确认")  # Slack-escaped outgoing text
        await say(HANDOFF_QUESTION)
        vendor_command(
            fresh_db,
            bot.settings,
            actor="USTAFF",
            team_id="T1",
            text=f"link <@{VENDOR_USER}> {TICKET['company']}",
        )
        personal = [*TICKET.values(), HANDOFF_QUESTION.removeprefix("转人工 ")]
        for value in personal:
            assert text_cells_containing(fresh_db, value), f"{value} was never stored"

        assert await say("删除我的数据") == ERASE_TEXTS["confirm"]["zh"]
        assert await say("是") == ERASE_TEXTS["erased"]["zh"]
    finally:
        await stop()

    for value in personal:
        assert text_cells_containing(fresh_db, value) == [], value
    for table in ("vendor_profiles", "tickets", "verdicts", "handoffs", "vendor_links"):
        assert fresh_db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
    # The audit log keeps that it happened, who asked and for which vendor id: no data.
    erased = fresh_db.conn.execute(
        "SELECT actor, subject, detail_json FROM audit_log WHERE action = 'vendor.erase'"
    ).fetchall()
    assert [(actor, subject) for actor, subject, _ in erased] == [
        (VENDOR_USER, f"T1/{VENDOR_USER}")
    ]
    assert fresh_db.conn.execute(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.final'"
    ).fetchone() == (1,)


async def test_anything_but_yes_keeps_the_data(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)

    async def say(text: str) -> str:
        await fake.send_event(dm_message_event(VENDOR_USER, text))
        await fake.wait_until(lambda: settled(fresh_db))
        return str(fake.messages(DM)[-1]["text"])

    try:
        await say("check eligibility for the API market please")
        assert await say("Please delete my data") == ERASE_TEXTS["confirm"]["en"]
        assert (await say("hmm, not sure")).startswith(ERASE_TEXTS["kept"]["en"])
    finally:
        await stop()
    assert fresh_db.conn.execute(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'vendor.erase'"
    ).fetchone() == (0,)
    assert fresh_db.conn.execute(
        "SELECT COUNT(*) FROM conversations WHERE user_id = ?", (VENDOR_USER,)
    ).fetchone() == (1,)
