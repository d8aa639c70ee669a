"""Gentle follow-up and the weekly digest, checked by the bot's periodic loop.

- A vendor whose journey has not moved for `ONBOARD_REMINDER_DAYS` gets one reminder naming
  the next step: only in working time (bot/working_hours.py), one per stall and at most one a
  week, never while reminders are off ("不再提醒"), and exactly once — the reminder is an
  outbox row keyed per vendor and ISO week, queued in the same transaction that records it.
- The staff channel gets one digest per ISO week (outbox key = the week) at the first
  working moment of the week the bot sees, normally the first working day's opening: last
  week's new vendors, checks, tickets, journeys advanced, cases and the questions most often
  handed off.

Both take the time as an argument (`now`), so tests drive them with an injected clock.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlite_utils

from bot.config import Settings
from bot.journey import STEP_COUNT, both, iso, parse_time
from bot.notify import enqueue, enqueue_reply
from bot.slack_text import escape_mrkdwn
from bot.storage import transaction
from bot.texts import t
from rules.process import JOINING_STEPS

if TYPE_CHECKING:
    from bot.conversation.types import Lang

log = logging.getLogger(__name__)

# "at most once a week", whatever ONBOARD_REMINDER_DAYS says.
MIN_REMINDER_GAP = timedelta(days=7)
REMINDER_KEY_PREFIX = "journey-reminder:"
DIGEST_KEY_PREFIX = "weekly-digest:"
DIGEST_KIND = "weekly_digest"
# Teams with no Slack user to write to: the console and CLI-issued tickets.
_NO_DM_TEAMS = ("console", "cli")
TOP_HANDOFFS = 5
SCHEDULE_INTERVAL_SECONDS = 300.0


def iso_week(moment: datetime, settings: Settings) -> str:
    year, week, _ = moment.astimezone(settings.tz).isocalendar()
    return f"{year}-W{week:02d}"


def _vendor_lang(conn: sqlite3.Connection, team_id: str, user_id: str) -> Lang:
    row = conn.execute(
        "SELECT lang FROM conversations WHERE team_id = ? AND user_id = ?"
        " ORDER BY updated_at DESC LIMIT 1",
        (team_id, user_id),
    ).fetchone()
    return "en" if row and row[0] == "en" else "zh"


def reminder_text(steps_done: int, days: int, lang: Lang) -> str:
    step = JOINING_STEPS[steps_done]
    return "\n".join(
        [
            t("journey_reminder", lang, days=days),
            t("journey_next", lang, number=step.number, title=step.title(lang)),
            step.text(lang),
            t("journey_mark_hint", lang, number=step.number),
            t("journey_reminder_footer", lang),
        ]
    )


_DUE = (
    "SELECT team_id, user_id, steps_done, moved_at FROM journeys"
    " WHERE steps_done < ? AND reminders_off_at IS NULL"
    f" AND team_id NOT IN ({', '.join('?' for _ in _NO_DM_TEAMS)})"
    " AND moved_at <= ?"
    " AND (last_reminded_at IS NULL OR (last_reminded_at < moved_at AND last_reminded_at <= ?))"
)


def send_due_reminders(db: sqlite_utils.Database, settings: Settings, now: datetime) -> int:
    """Queue a reminder for every vendor due one; returns how many were queued."""
    if not settings.working_hours.is_open(now):
        return 0
    stalled_since = iso(now - timedelta(days=settings.onboard_reminder_days))
    gap_ago = iso(now - MIN_REMINDER_GAP)
    params = (STEP_COUNT, *_NO_DM_TEAMS, stalled_since, gap_ago)
    queued = 0
    for team_id, user_id, _, _ in db.conn.execute(_DUE, params).fetchall():
        with transaction(db):
            # Read again inside the write transaction: a step marked or "不再提醒" meanwhile
            # wins, and a second bot process finds the row already reminded.
            row = db.conn.execute(
                _DUE + " AND team_id = ? AND user_id = ?", (*params, team_id, user_id)
            ).fetchone()
            if row is None:
                continue
            steps_done, moved_at = row[2], row[3]
            lang = _vendor_lang(db.conn, team_id, user_id)
            days = (now - parse_time(moved_at)).days
            new = enqueue_reply(
                db.conn,
                dedupe_key=f"{REMINDER_KEY_PREFIX}{team_id}:{user_id}:{iso_week(now, settings)}",
                channel=user_id,
                text=reminder_text(steps_done, days, lang),
                owner=user_id,
                lang=lang,
            )
            db.conn.execute(
                "UPDATE journeys SET last_reminded_at = ? WHERE team_id = ? AND user_id = ?",
                (iso(now), team_id, user_id),
            )
            queued += int(new)
    return queued


# ----------------------------------------------------------------- the weekly digest


@dataclass(frozen=True)
class CaseFigures:
    opened: int
    resolved: int
    median_first_answer_hours: float | None


@dataclass(frozen=True)
class DigestFigures:
    week: str  # the ISO week reported on, e.g. "2026-W48"
    new_vendors: int
    vendors_checked: int
    vendors_eligible: int
    tickets: int
    journeys_advanced: int
    steps_marked: int
    cases: CaseFigures | None  # None while the help desk's table does not exist
    top_handoffs: list[tuple[str, int]] = field(default_factory=list)


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _count(conn: sqlite3.Connection, sql: str, *params: object) -> int:
    return int(conn.execute(sql, params).fetchone()[0] or 0)


def _case_figures(conn: sqlite3.Connection, start: str, end: str) -> CaseFigures | None:
    """From the help desk's `cases` table (migration 0015) when it exists."""
    if not _table_exists(conn, "cases"):
        return None
    opened = _count(
        conn, "SELECT COUNT(*) FROM cases WHERE created_at >= ? AND created_at < ?", start, end
    )
    resolved = _count(
        conn, "SELECT COUNT(*) FROM cases WHERE resolved_at >= ? AND resolved_at < ?", start, end
    )
    waits = [
        (parse_time(answered) - parse_time(created)).total_seconds() / 3600
        for created, answered in conn.execute(
            "SELECT created_at, first_answered_at FROM cases"
            " WHERE first_answered_at >= ? AND first_answered_at < ?",
            (start, end),
        )
    ]
    median = round(statistics.median(waits), 1) if waits else None
    return CaseFigures(opened, resolved, median)


_PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)


def _question_key(question: str) -> str:
    return _PUNCTUATION.sub("", question.casefold())


def _top_handoffs(conn: sqlite3.Connection, start: str, end: str) -> list[tuple[str, int]]:
    """Questions handed to staff most often (told apart after folding case, spaces and
    punctuation), each shown as first asked."""
    counts: Counter[str] = Counter()
    first_wording: dict[str, str] = {}
    for (question,) in conn.execute(
        "SELECT question FROM handoffs WHERE created_at >= ? AND created_at < ? ORDER BY id",
        (start, end),
    ):
        key = _question_key(question)
        if not key:
            continue
        counts[key] += 1
        first_wording.setdefault(key, question.strip())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], first_wording[item[0]]))
    return [(first_wording[key], count) for key, count in ranked[:TOP_HANDOFFS]]


def digest_figures(
    db: sqlite_utils.Database, start: datetime, end: datetime, week: str
) -> DigestFigures:
    """The figures of [start, end): counted from the database, nothing kept elsewhere."""
    conn = db.conn
    lo, hi = iso(start), iso(end)
    new_vendors = _count(
        conn,
        "SELECT COUNT(*) FROM (SELECT team_id, user_id FROM conversations"
        " GROUP BY team_id, user_id HAVING MIN(created_at) >= ? AND MIN(created_at) < ?)",
        lo,
        hi,
    )
    checked = _count(
        conn,
        "SELECT COUNT(DISTINCT team_id || '/' || user_id) FROM verdicts"
        " WHERE updated_at >= ? AND updated_at < ?",
        lo,
        hi,
    )
    eligible = _count(
        conn,
        "SELECT COUNT(DISTINCT team_id || '/' || user_id) FROM verdicts"
        " WHERE status = 'eligible' AND updated_at >= ? AND updated_at < ?",
        lo,
        hi,
    )
    tickets = _count(
        conn,
        "SELECT COUNT(*) FROM tickets WHERE status = 'final' AND team_id <> 'cli'"
        " AND finalized_at >= ? AND finalized_at < ?",
        lo,
        hi,
    )
    advanced = _count(
        conn,
        "SELECT COUNT(DISTINCT team_id || '/' || user_id) FROM journey_history"
        " WHERE action = 'done' AND at >= ? AND at < ?",
        lo,
        hi,
    )
    steps = _count(
        conn,
        "SELECT COUNT(*) FROM journey_history WHERE action = 'done' AND at >= ? AND at < ?",
        lo,
        hi,
    )
    return DigestFigures(
        week=week,
        new_vendors=new_vendors,
        vendors_checked=checked,
        vendors_eligible=eligible,
        tickets=tickets,
        journeys_advanced=advanced,
        steps_marked=steps,
        cases=_case_figures(conn, lo, hi),
        top_handoffs=_top_handoffs(conn, lo, hi),
    )


def digest_text(figures: DigestFigures) -> str:
    """The staff-channel post, Chinese and English line by line (staff posts are bilingual)."""
    lines = [
        both("digest_header", week=figures.week),
        "• " + both("digest_new_vendors", count=figures.new_vendors),
        "• "
        + both("digest_checked", count=figures.vendors_checked, eligible=figures.vendors_eligible),
        "• " + both("digest_tickets", count=figures.tickets),
        "• " + both("digest_journeys", count=figures.journeys_advanced, steps=figures.steps_marked),
    ]
    cases = figures.cases
    if cases is not None:
        median = "—" if cases.median_first_answer_hours is None else cases.median_first_answer_hours
        lines.append(
            "• " + both("digest_cases", opened=cases.opened, resolved=cases.resolved, median=median)
        )
    if figures.top_handoffs:
        lines.append(both("digest_handoffs_header"))
        lines += [
            f"{n}. {escape_mrkdwn(question)} ×{count}"
            for n, (question, count) in enumerate(figures.top_handoffs, 1)
        ]
    else:
        lines.append(both("digest_handoffs_none"))
    return "\n".join(lines)


def _week_start(moment: datetime, settings: Settings) -> datetime:
    local = moment.astimezone(settings.tz)
    monday = local.date() - timedelta(days=local.isoweekday() - 1)
    return datetime.combine(monday, datetime.min.time(), tzinfo=settings.tz)


def post_weekly_digest(
    db: sqlite_utils.Database,
    settings: Settings,
    now: datetime,
) -> bool:
    """Queue last week's digest for the staff channel at the week's first working moment;
    True when queued now (False: no staff channel, not working time, or this week's is already
    queued). With no staff channel the digest is not queued at all: a row with nowhere to go
    would wait in the outbox, and setting the channel later would post every old week at once."""
    if not settings.onboard_staff_channel or not settings.working_hours.is_open(now):
        return False
    this_week = iso_week(now, settings)
    key = f"{DIGEST_KEY_PREFIX}{this_week}"
    if db.conn.execute("SELECT 1 FROM outbox WHERE dedupe_key = ?", (key,)).fetchone():
        return False
    end = _week_start(now, settings)
    start = end - timedelta(days=7)
    figures = digest_figures(db, start, end, iso_week(start, settings))
    with transaction(db):
        return enqueue(db.conn, dedupe_key=key, kind=DIGEST_KIND, text=digest_text(figures))


async def run_followup_schedule(
    db: sqlite_utils.Database,
    settings: Settings,
    *,
    wake: Callable[[], None] = lambda: None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    interval: float = SCHEDULE_INTERVAL_SECONDS,
) -> None:
    """In the bot: reminders and the digest every `interval` seconds, until cancelled."""
    while True:
        try:
            moment = now()
            queued = send_due_reminders(db, settings, moment)
            queued += int(post_weekly_digest(db, settings, moment))
            if queued:
                wake()
        except sqlite3.OperationalError as exc:
            log.warning("follow-up check skipped (storage busy): %s", exc)
        except Exception:  # noqa: BLE001 - retried on the next pass; the bot keeps serving
            log.exception("follow-up check failed")
        await asyncio.sleep(interval)
