"""Cases as stored (migration 0015): the rows and the one write the outbox's hand-off merging
needs (`attach_handoff`). Kept apart from bot/cases.py, which queues messages through
bot/notify.py: bot/notify.py imports this module, never that one (no import cycle)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot.conversation.types import Lang
from bot.storage import utc_now


def as_conn(db: sqlite_utils.Database | sqlite3.Connection) -> sqlite3.Connection:
    return db.conn if isinstance(db, sqlite_utils.Database) else db


@dataclass(frozen=True)
class Case:
    id: int
    team_id: str
    user_id: str
    lang: Lang
    question: str
    state: str
    post_key: str | None
    version: int
    created_at: str
    claimed_by: str | None
    claimed_at: str | None
    first_answered_at: str | None
    answered_by: str | None
    answered_at: str | None
    resolved_by: str | None
    resolved_at: str | None
    stale_alerted_at: str | None

    @property
    def is_open(self) -> bool:
        return self.state != "resolved"


CASE_COLUMNS = (
    "id, team_id, user_id, lang, question, state, post_key, version, created_at, claimed_by,"
    " claimed_at, first_answered_at, answered_by, answered_at, resolved_by, resolved_at,"
    " stale_alerted_at"
)


def _case(row: tuple[Any, ...] | None) -> Case | None:
    return Case(*row) if row else None


def get_case(db: sqlite_utils.Database | sqlite3.Connection, case_id: int) -> Case | None:
    return _case(
        as_conn(db).execute(f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
    )


def open_case_of(
    db: sqlite_utils.Database | sqlite3.Connection, team_id: str, user_id: str
) -> Case | None:
    """The vendor's latest unresolved case, if any."""
    return _case(
        as_conn(db)
        .execute(
            f"SELECT {CASE_COLUMNS} FROM cases WHERE team_id = ? AND user_id = ?"
            " AND state != 'resolved' ORDER BY id DESC LIMIT 1",
            (team_id, user_id),
        )
        .fetchone()
    )


def attach_handoff(
    conn: sqlite3.Connection,
    *,
    team_id: str,
    user_id: str,
    lang: str,
    question: str,
    handoff_id: int | None,
    post_key: str,
    new_case: bool = False,
) -> tuple[Case, bool]:
    """The case a hand-off belongs to: the vendor's unresolved case, or a new one whose
    staff message will be the outbox row `post_key`. Returns (case, created). Runs inside the
    caller's transaction (the hand-off's own)."""
    case = None if new_case else open_case_of(conn, team_id, user_id)
    created = case is None
    if case is None:
        cursor = conn.execute(
            "INSERT INTO cases (team_id, user_id, lang, question, post_key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                team_id,
                user_id,
                lang if lang in ("zh", "en") else "zh",
                question,
                post_key,
                utc_now(),
            ),
        )
        case = get_case(conn, int(cursor.lastrowid or 0))
        assert case is not None
        audit_case(conn, user_id, "case.open", case.id, {"handoff_id": handoff_id})
    if handoff_id is not None:
        conn.execute(
            "INSERT OR IGNORE INTO case_handoffs (handoff_id, case_id) VALUES (?, ?)",
            (handoff_id, case.id),
        )
    return case, created


def audit_case(
    conn: sqlite3.Connection,
    actor: str,
    action: str,
    case_id: int,
    detail: dict[str, Any] | None = None,
) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)",
        (utc_now(), actor, action, f"case:{case_id}", _json(detail)),
    )


def _json(detail: dict[str, Any] | None) -> str | None:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None
