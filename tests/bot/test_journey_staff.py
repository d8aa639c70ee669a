"""Staff see and correct a vendor's journey with `/vendor` (text in, text out)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlite_utils

from bot.config import Settings
from bot.journey import load_journey, mark_done
from bot.staff import run_staff_command

AT = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


@pytest.fixture
def journey_db(fresh_db: sqlite_utils.Database) -> sqlite_utils.Database:
    mark_done(fresh_db, "T1", "UV1", 3, actor="UV1", source="chat", at=AT)
    return fresh_db


async def _vendor(db: sqlite_utils.Database, text: str) -> str:
    settings = Settings(_env_file=None, onboard_staff_users="USTAFF")  # type: ignore[arg-type]
    return await run_staff_command(
        db, settings, actor="USTAFF", team_id="T1", command="/vendor", text=text
    )


async def test_vendor_shows_each_step_with_who_marked_it(journey_db: sqlite_utils.Database) -> None:
    answer = await _vendor(journey_db, "<@UV1>")
    assert "入驻进度 3/7 / Journey 3/7" in answer
    assert "✅ 3. 申请入驻云市场 / Application — <@UV1> (chat, 2026-11-30 02:00)" in answer
    assert "➡️ 4. 签署云市场合同 / Contracts" in answer
    assert "⬜ 7. 店铺开通 / Shop opens" in answer


async def test_staff_confirm_a_marked_step_and_mark_a_later_one(
    journey_db: sqlite_utils.Database,
) -> None:
    confirmed = await _vendor(journey_db, "<@UV1> step 3 done")
    assert confirmed.startswith("已确认 <@UV1> 的第3步")
    assert "✔ <@USTAFF> 已确认 / confirmed by <@USTAFF>" in confirmed
    marked = await _vendor(journey_db, "<@UV1> 第5步 完成")
    assert marked.startswith("已为 <@UV1> 标记第5步")
    journey = load_journey(journey_db, "T1", "UV1")
    assert journey is not None and journey.steps_done == 5
    assert journey.confirmed_by(5) == "USTAFF" and journey.confirmed_by(3) == "USTAFF"
    audit = journey_db.conn.execute(
        "SELECT actor, action, subject FROM audit_log WHERE action LIKE 'journey.%' ORDER BY id"
    ).fetchall()
    assert audit == [("USTAFF", "journey.done", "T1/UV1")] * 2


async def test_staff_correct_a_step_back(journey_db: sqlite_utils.Database) -> None:
    answer = await _vendor(journey_db, "<@UV1> step 2 undo")
    assert "步骤改为未完成" in answer and "入驻进度 1/7" in answer
    journey = load_journey(journey_db, "T1", "UV1")
    assert journey is not None and journey.steps_done == 1
    assert journey.history[-1].actor == "USTAFF" and journey.history[-1].source == "staff"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<@UV1> step 9 done", "没有第9步"),
        ("<@UV1> step 2 maybe", "无法识别“maybe”"),
        ("nobody-here step 2 done", "未找到用户"),
    ],
)
async def test_bad_step_commands_say_what_is_wrong(
    journey_db: sqlite_utils.Database, text: str, expected: str
) -> None:
    answer = await _vendor(journey_db, text)
    assert expected in answer
    journey = load_journey(journey_db, "T1", "UV1")
    assert journey is not None and journey.steps_done == 3


async def test_a_vendor_without_a_journey(journey_db: sqlite_utils.Database) -> None:
    journey_db.conn.execute(
        "INSERT INTO conversations (team_id, user_id, step, state_json, created_at, updated_at)"
        " VALUES ('T1', 'UV2', 'idle', '{}', 'x', 'x')"
    )
    assert "入驻进度：尚未开始 / Journey: not started" in await _vendor(journey_db, "<@UV2>")


def test_console_vendor_marks_and_shows_steps_and_staff_confirm(
    journey_db: sqlite_utils.Database,
) -> None:
    from bot.conversation import ConversationKey, Engine
    from cli.console import respond

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    engine = Engine(journey_db, settings)
    key = ConversationKey("console", "console-user")
    marked = respond(engine, journey_db, settings, key, "done 2", staff=True)
    assert "已记录：第2步 企业实名认证 已完成。" in marked
    shown = respond(engine, journey_db, settings, key, "journey", staff=True)
    assert "入驻进度：已完成 2/7 步" in shown and "➡️ 第3步 申请入驻云市场" in shown
    staff = respond(
        engine, journey_db, settings, key, "/vendor console-user step 2 done", staff=True
    )
    assert "已确认 console-user 的第2步" in staff
    journey = load_journey(journey_db, "console", "console-user")
    assert journey is not None and journey.history[1].source == "console"
    assert journey.confirmed_by(2) == "console-user"
