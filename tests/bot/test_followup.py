"""Reminders and the weekly digest (bot/followup.py) with an injected clock.

2026-11-30 is a Monday; the zone is Asia/Shanghai (UTC+8), working time Mon-Fri 09:00-18:00.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils

from bot.config import Settings
from bot.followup import (
    CaseFigures,
    digest_figures,
    post_weekly_digest,
    send_due_reminders,
)
from bot.journey import mark_done, set_reminders

MONDAY_10H = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
SUNDAY_10H = MONDAY_10H - timedelta(days=1)
MONDAY_20H = MONDAY_10H + timedelta(hours=10)  # 20:00 in Shanghai: after hours


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None, onboard_staff_channel="CSTAFF")  # type: ignore[arg-type]


def _reminders(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    return db.conn.execute(
        "SELECT dedupe_key, channel, text FROM outbox WHERE dedupe_key LIKE 'journey-reminder:%'"
        " ORDER BY id"
    ).fetchall()


def _stalled_vendor(db: sqlite_utils.Database, user: str = "UV1") -> None:
    db.conn.execute(
        "INSERT INTO conversations (team_id, user_id, step, lang, state_json, created_at,"
        " updated_at) VALUES ('T1', ?, 'done', 'zh', '{}', '2026-11-01', '2026-11-01')",
        (user,),
    )
    mark_done(db, "T1", user, 4, actor=user, source="chat", at=MONDAY_10H - timedelta(days=10))


def test_one_reminder_naming_the_next_step_only_in_working_hours(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    _stalled_vendor(fresh_db)
    assert send_due_reminders(fresh_db, settings, SUNDAY_10H) == 0
    assert send_due_reminders(fresh_db, settings, MONDAY_20H - timedelta(days=1)) == 0
    assert _reminders(fresh_db) == []
    assert send_due_reminders(fresh_db, settings, MONDAY_10H) == 1
    [(key, channel, text)] = _reminders(fresh_db)
    assert key == "journey-reminder:T1:UV1:2026-W49" and channel == "UV1"
    assert "已经 10 天没有更新" in text and "下一步（第5步 缴纳保证金）" in text
    assert "不再提醒" in text
    # Never twice: again now, later this week, next week while still stalled.
    for later in (MONDAY_10H, MONDAY_10H + timedelta(days=2), MONDAY_10H + timedelta(days=7)):
        assert send_due_reminders(fresh_db, settings, later) == 0
    assert len(_reminders(fresh_db)) == 1


def test_a_new_stall_after_moving_gets_a_new_reminder_at_most_weekly(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    _stalled_vendor(fresh_db)
    assert send_due_reminders(fresh_db, settings, MONDAY_10H) == 1
    # Moved on Tuesday, then stalled: with ONBOARD_REMINDER_DAYS=1 the next reminder still
    # waits until a week after the first.
    quick = settings.model_copy(update={"onboard_reminder_days": 1})
    mark_done(
        fresh_db, "T1", "UV1", 5, actor="UV1", source="chat", at=MONDAY_10H + timedelta(days=1)
    )
    assert send_due_reminders(fresh_db, quick, MONDAY_10H + timedelta(days=3)) == 0
    assert send_due_reminders(fresh_db, quick, MONDAY_10H + timedelta(days=7)) == 1
    keys = [key for key, _, _ in _reminders(fresh_db)]
    assert keys == ["journey-reminder:T1:UV1:2026-W49", "journey-reminder:T1:UV1:2026-W50"]


def test_never_after_stop_reminders_and_again_after_resume(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    _stalled_vendor(fresh_db)
    set_reminders(fresh_db, "T1", "UV1", on=False, at=MONDAY_10H - timedelta(days=1))
    assert send_due_reminders(fresh_db, settings, MONDAY_10H) == 0
    set_reminders(fresh_db, "T1", "UV1", on=True, at=MONDAY_10H)
    assert send_due_reminders(fresh_db, settings, MONDAY_10H + timedelta(hours=1)) == 1


def test_exactly_once_per_vendor_and_week_even_if_the_record_is_lost(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    _stalled_vendor(fresh_db)
    assert send_due_reminders(fresh_db, settings, MONDAY_10H) == 1
    # Another process that did not see the reminder recorded: the outbox key still holds.
    fresh_db.conn.execute("UPDATE journeys SET last_reminded_at = NULL")
    assert send_due_reminders(fresh_db, settings, MONDAY_10H + timedelta(hours=2)) == 0
    assert len(_reminders(fresh_db)) == 1


def test_finished_journeys_and_console_vendors_get_no_reminder(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    long_ago = MONDAY_10H - timedelta(days=30)
    mark_done(fresh_db, "T1", "UDONE", 7, actor="UDONE", source="chat", at=long_ago)
    mark_done(fresh_db, "console", "console-user", 2, actor="x", source="console", at=long_ago)
    assert send_due_reminders(fresh_db, settings, MONDAY_10H) == 0


# ----------------------------------------------------------------- the weekly digest

# Last week in Shanghai: 2026-11-23 00:00+08 .. 2026-11-30 00:00+08.
IN_WEEK = "2026-11-24T02:00:00.000+00:00"


def _seed_week(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conversations = [
        ("U1", "", "2026-11-24T01:00:00.000+00:00"),
        ("U2", "", "2026-11-20T01:00:00.000+00:00"),  # before the week
        ("U3", "", "2026-11-25T01:00:00.000+00:00"),
        ("U3", "1700000000.1", "2026-11-26T01:00:00.000+00:00"),  # same vendor, a thread
        ("U4", "", "2026-11-29T16:30:00.000+00:00"),  # Monday 00:30 in Shanghai: this week
    ]
    for user, thread, at in conversations:
        conn.execute(
            "INSERT INTO conversations (team_id, user_id, thread_ts, step, state_json,"
            " created_at, updated_at) VALUES ('T1', ?, ?, 'idle', '{}', ?, ?)",
            (user, thread, at, at),
        )
    verdicts = [
        ("U1", "api", "eligible", IN_WEEK),
        ("U1", "service", "not_eligible", IN_WEEK),
        ("U3", "api", "incomplete", "2026-11-25T03:00:00.000+00:00"),
        ("U2", "api", "eligible", "2026-11-19T03:00:00.000+00:00"),
    ]
    for user, market, status, at in verdicts:
        conn.execute(
            "INSERT INTO verdicts (team_id, user_id, market, status, deposit, as_of, updated_at)"
            " VALUES ('T1', ?, ?, ?, 30000, '2026-11-24', ?)",
            (user, market, status, at),
        )
    for team, user, final_at in (
        ("T1", "U1", "2026-11-26T05:00:00.000+00:00"),
        ("cli", "cli", "2026-11-26T05:00:00.000+00:00"),  # issued by the CLI: nobody's
        ("T1", "U3", None),  # a draft
    ):
        cursor = conn.execute(
            "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text,"
            " status, created_at) VALUES (?, ?, '[\"api\"]', 30000, '{}', 'x', 'draft', ?)",
            (team, user, IN_WEEK),
        )
        if final_at:
            conn.execute(
                "UPDATE tickets SET status = 'final', finalized_at = ? WHERE id = ?",
                (final_at, cursor.lastrowid),
            )
    # U1's confirmed ticket marked step 6 (one step marked); U2 marks two steps in the week.
    mark_done(db, "T1", "U2", 2, actor="U2", source="chat", at=datetime(2026, 11, 25, tzinfo=UTC))
    mark_done(db, "T1", "U2", 3, actor="U2", source="home", at=datetime(2026, 11, 27, tzinfo=UTC))
    mark_done(db, "T1", "U3", 1, actor="U3", source="chat", at=datetime(2026, 11, 18, tzinfo=UTC))
    handoffs = [
        ("审核要多久", IN_WEEK),
        ("审核要多久？", IN_WEEK),
        ("审核 要多久", IN_WEEK),
        ("保证金可以开发票吗？", IN_WEEK),
        ("保证金 可以开发票吗", IN_WEEK),
        ("How long does review take?", IN_WEEK),
        ("上周的问题", "2026-11-20T01:00:00.000+00:00"),
    ]
    for question, at in handoffs:
        conn.execute(
            "INSERT INTO handoffs (team_id, user_id, question, lang, created_at)"
            " VALUES ('T1', 'U1', ?, 'zh', ?)",
            (question, at),
        )
    cases = [
        (
            "2026-11-24T01:00:00.000+00:00",
            "2026-11-24T03:00:00.000+00:00",
            "2026-11-25T00:00:00.000+00:00",
        ),
        ("2026-11-25T00:00:00.000+00:00", "2026-11-25T06:00:00.000+00:00", None),
        ("2026-11-26T00:00:00.000+00:00", "2026-11-26T01:00:00.000+00:00", None),
        (
            "2026-11-10T00:00:00.000+00:00",
            "2026-11-11T00:00:00.000+00:00",
            "2026-11-27T00:00:00.000+00:00",
        ),
    ]
    for created, answered, resolved in cases:
        conn.execute(
            "INSERT INTO cases (team_id, user_id, lang, question, state, created_at,"
            " first_answered_at, resolved_at) VALUES ('T1', 'U1', 'zh', 'q', ?, ?, ?, ?)",
            ("resolved" if resolved else "answered", created, answered, resolved),
        )


def _digests(db: sqlite_utils.Database) -> list[tuple[str, str | None, str]]:
    return db.conn.execute(
        "SELECT dedupe_key, channel, text FROM outbox WHERE kind = 'weekly_digest'"
    ).fetchall()


def test_digest_figures_match_the_database(fresh_db: sqlite_utils.Database) -> None:
    _seed_week(fresh_db)
    start = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)
    figures = digest_figures(fresh_db, start, start + timedelta(days=7), "2026-W48")
    assert figures.new_vendors == 2  # U1, U3 (U2 came before, U4 after)
    assert (figures.vendors_checked, figures.vendors_eligible) == (2, 1)
    assert figures.tickets == 1
    assert (figures.journeys_advanced, figures.steps_marked) == (2, 3)
    assert figures.cases == CaseFigures(opened=3, resolved=2, median_first_answer_hours=2.0)
    assert figures.top_handoffs == [
        ("审核要多久", 3),
        ("保证金可以开发票吗？", 2),
        ("How long does review take?", 1),
    ]


def test_digest_posted_once_a_week_on_the_first_working_moment(
    fresh_db: sqlite_utils.Database, settings: Settings
) -> None:
    _seed_week(fresh_db)
    assert not post_weekly_digest(fresh_db, settings, SUNDAY_10H)
    assert not post_weekly_digest(fresh_db, settings, MONDAY_10H - timedelta(hours=2))  # 08:00
    assert post_weekly_digest(fresh_db, settings, MONDAY_10H)
    [(key, channel, text)] = _digests(fresh_db)
    assert key == "weekly-digest:2026-W49" and channel is None  # the staff channel
    assert text.splitlines() == [
        "*每周入驻汇总（2026-W48）* / *Weekly onboarding digest (2026-W48)*",
        "• 新服务商：2 / new vendors: 2",
        "• 完成资格检查的服务商：2（其中符合条件：1） / vendors checked: 2 (eligible somewhere: 1)",
        "• 确认的转财务工单：1 / deposit tickets confirmed: 1",
        "• 入驻有进展的服务商：2（完成步骤 3 次） / journeys advanced: 2 (3 steps marked)",
        "• 人工咨询：新开 3，已解决 2，首次答复中位时间 2.0 小时 / cases: 3 opened, 2 resolved,"
        " median time to first answer 2.0 h",
        "转人工最多的问题（指南未覆盖）： / questions most often handed to staff (not covered by"
        " the guide):",
        "1. 审核要多久 ×3",
        "2. 保证金可以开发票吗？ ×2",
        "3. How long does review take? ×1",
    ]
    # The same week again (later that day, on Friday): nothing more is posted.
    assert not post_weekly_digest(fresh_db, settings, MONDAY_10H + timedelta(hours=3))
    assert not post_weekly_digest(fresh_db, settings, MONDAY_10H + timedelta(days=4))
    assert len(_digests(fresh_db)) == 1
    # Next Monday: the next week's digest.
    assert post_weekly_digest(fresh_db, settings, MONDAY_10H + timedelta(days=7))
    assert [key for key, _, _ in _digests(fresh_db)][-1] == "weekly-digest:2026-W50"


def test_no_digest_is_queued_without_a_staff_channel(fresh_db: sqlite_utils.Database) -> None:
    _seed_week(fresh_db)
    no_channel = Settings(_env_file=None)  # type: ignore[call-arg]
    assert not post_weekly_digest(fresh_db, no_channel, MONDAY_10H)
    assert _digests(fresh_db) == []
