"""Hand a vendor's question to staff: one row in `handoffs`, posted later by the Slack side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation.types import Lang

if TYPE_CHECKING:
    import sqlite_utils

# bot.storage (sqlite_utils, which pulls in numpy) is imported where a row is written:
# `onboard-bot ask` imports this package and never touches a database.

MAX_QUESTION_CHARS = 2000


def record_handoff(
    db: sqlite_utils.Database, team_id: str, user_id: str, question: str, lang: Lang
) -> int:
    """Store the question for staff and audit it; return the handoff id.

    The question is trimmed (a pasted novel should not flood the staff channel); an empty one
    is refused because staff could do nothing with it.
    """
    text = question.strip()
    if not text:
        raise ValueError("an empty question cannot be handed to staff")
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    text = text[:MAX_QUESTION_CHARS]
    from bot.storage import transaction

    if db.conn.in_transaction:
        # Inside the caller's transaction: the row stands or falls with the caller's work.
        return _insert(db, team_id, user_id, text, lang)
    with transaction(db):
        return _insert(db, team_id, user_id, text, lang)


def _insert(db: sqlite_utils.Database, team_id: str, user_id: str, text: str, lang: Lang) -> int:
    from bot.storage import audit, utc_now

    cursor = db.conn.execute(
        "INSERT INTO handoffs (team_id, user_id, question, lang, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (team_id, user_id, text, lang, utc_now()),
    )
    handoff_id = int(cursor.lastrowid or 0)
    audit(db, user_id, "handoff.create", f"{team_id}/{user_id}", {"handoff_id": handoff_id})
    return handoff_id
