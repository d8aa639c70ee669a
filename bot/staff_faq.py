"""Staff FAQ: staff answers kept for later vendors (table `staff_faq`, migration 0015).

An entry starts `pending` (saved from an answered case, or changed by an edit) and answers
vendors only once a staff member approves it; a retired entry is kept but never used. The
conversation core asks `staff_answer` before offering a hand-off (bot/answers'
`answer_with_extra`), and the answer is marked as a staff answer, not the guide's text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import sqlite_utils

from bot.answers.matcher import tokens
from bot.answers.model import Answer
from bot.case_store import audit_case, get_case
from bot.conversation.types import Lang
from bot.storage import audit, transaction, utc_now
from bot.texts import both as _both
from bot.texts import t

# Share of the two questions' tokens in common (Dice coefficient over Chinese bigrams, English
# stems and guide concepts) from which a vendor's question counts as the entry's question.
MIN_SIMILARITY = 0.6
TOPIC_PREFIX = "staff_faq."
# An entry's state as staff read it (catalogue keys, named in full so they are found as used).
_STATE_TEXTS = {
    "pending": "faq_state_pending",
    "approved": "faq_state_approved",
    "retired": "faq_state_retired",
}


@dataclass(frozen=True)
class FaqEntry:
    id: int
    question: str
    answer: str
    lang: Lang
    state: str
    case_id: int | None


def _entry(row: tuple[object, ...]) -> FaqEntry:
    return FaqEntry(*row)  # type: ignore[arg-type]


_COLUMNS = "id, question, answer, lang, state, case_id"


def get_entry(db: sqlite_utils.Database, entry_id: int) -> FaqEntry | None:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM staff_faq WHERE id = ?", (entry_id,)).fetchone()
    return _entry(tuple(row)) if row else None


def entries(db: sqlite_utils.Database, *, state: str | None = None) -> list[FaqEntry]:
    where, params = ("WHERE state = ?", (state,)) if state else ("", ())
    return [
        _entry(tuple(row))
        for row in db.conn.execute(f"SELECT {_COLUMNS} FROM staff_faq {where} ORDER BY id", params)
    ]


def save_from_case(db: sqlite_utils.Database, case_id: int, actor: str) -> tuple[int | None, str]:
    """Keep the case's latest staff answer (to its first question) as a pending entry;
    (entry id or None, a note for staff). Saving the same case twice gives the same entry."""
    with transaction(db) as conn:
        case = get_case(conn, case_id)
        if case is None:
            return None, _both("case_not_found", id=case_id)
        answer = conn.execute(
            "SELECT text FROM case_messages WHERE case_id = ? AND direction = 'to_vendor'"
            " ORDER BY id DESC LIMIT 1",
            (case_id,),
        ).fetchone()
        if answer is None:
            return None, _both("faq_no_answer", case=case_id)
        known = conn.execute(
            "SELECT id FROM staff_faq WHERE case_id = ? AND state != 'retired'", (case_id,)
        ).fetchone()
        if known:
            return int(known[0]), _both("faq_saved", case=case_id, id=known[0])
        cursor = conn.execute(
            "INSERT INTO staff_faq (question, answer, lang, case_id, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (case.question, answer[0], case.lang, case_id, actor, utc_now()),
        )
        entry_id = int(cursor.lastrowid or 0)
        audit_case(conn, actor, "staff_faq.save", case_id, {"entry": entry_id})
    return entry_id, _both("faq_saved", case=case_id, id=entry_id)


def _change(
    db: sqlite_utils.Database,
    entry_id: int,
    actor: str,
    action: str,
    sql: str,
    values: tuple[object, ...],
) -> bool:
    with transaction(db) as conn:
        changed = conn.execute(sql, (*values, entry_id)).rowcount == 1
        if changed:
            audit(db, actor, f"staff_faq.{action}", f"staff_faq:{entry_id}")
    return changed


def approve(db: sqlite_utils.Database, entry_id: int, actor: str) -> str:
    ok = _change(
        db,
        entry_id,
        actor,
        "approve",
        "UPDATE staff_faq SET state = 'approved', approved_by = ?, approved_at = ?"
        " WHERE id = ? AND state != 'retired'",
        (actor, utc_now()),
    )
    return _both("faq_approved" if ok else "faq_not_found", id=entry_id)


def edit(db: sqlite_utils.Database, entry_id: int, actor: str, answer: str) -> str:
    """A new answer text; the entry waits for approval again (nobody's words go out unread)."""
    if not answer.strip():
        return _both("faq_usage")
    ok = _change(
        db,
        entry_id,
        actor,
        "edit",
        "UPDATE staff_faq SET answer = ?, state = 'pending', updated_by = ?, updated_at = ?"
        " WHERE id = ? AND state != 'retired'",
        (answer.strip(), actor, utc_now()),
    )
    return _both("faq_edited" if ok else "faq_not_found", id=entry_id)


def retire(db: sqlite_utils.Database, entry_id: int, actor: str) -> str:
    ok = _change(
        db,
        entry_id,
        actor,
        "retire",
        "UPDATE staff_faq SET state = 'retired', updated_by = ?, updated_at = ? WHERE id = ?",
        (actor, utc_now()),
    )
    return _both("faq_retired" if ok else "faq_not_found", id=entry_id)


# An entry's question is tokenized once per process, not once per vendor question (read only).
_entry_tokens = lru_cache(maxsize=4096)(tokens)


def similarity(first: str, second: str) -> float:
    """Dice coefficient of the two texts' tokens (the knowledge base's own tokenizer); the
    second is an entry's question."""
    a, b = tokens(first), _entry_tokens(second)
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    common: Counter[str] = a & b
    return 2 * sum(common.values()) / total


def staff_answer(db: sqlite_utils.Database, question: str, lang: Lang) -> Answer | None:
    """The approved entry whose question matches best (at least MIN_SIMILARITY), as an answer
    marked "staff answer, not from the guide"; None when none matches."""
    best: tuple[float, FaqEntry] | None = None
    for entry in entries(db, state="approved"):
        score = similarity(question, entry.question)
        if score >= MIN_SIMILARITY and (best is None or score > best[0]):
            best = (score, entry)
    if best is None:
        return None
    entry = best[1]
    text = f"{entry.answer}\n{t('staff_faq_mark', lang)}"
    return Answer(text, lang, True, f"{TOPIC_PREFIX}{entry.id}", None)


def faq_command(
    db: sqlite_utils.Database, actor: str, text: str, show: Callable[[str], str] = str
) -> str:
    """`/vendor faq list | approve N | edit N <text> | retire N | save <case>` (staff);
    `show` makes typed text safe for where the answer is shown (Slack escaping)."""
    words = text.strip().split(maxsplit=2)
    verb = words[0].lower() if words else "list"
    number = words[1].lstrip("#") if len(words) > 1 else ""
    if verb == "list":
        found = entries(db)
        if not found:
            return _both("faq_none")
        lines = []
        for entry in found:
            state = _both(_STATE_TEXTS[entry.state])
            origin = f" (#{entry.case_id})" if entry.case_id else ""
            lines.append(
                f"• FAQ {entry.id} [{state}]{origin} Q: {show(entry.question[:200])}\n"
                f"  A: {show(entry.answer[:500])}"
            )
        return "\n".join(lines)
    if not number.isdigit():
        return _both("faq_usage")
    entry_id = int(number)
    if verb == "approve":
        return approve(db, entry_id, actor)
    if verb == "retire":
        return retire(db, entry_id, actor)
    if verb == "edit":
        return edit(db, entry_id, actor, words[2] if len(words) > 2 else "")
    if verb == "save":
        return save_from_case(db, entry_id, actor)[1]
    return _both("faq_usage")
