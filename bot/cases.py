"""The help desk: every hand-off to staff is a case, open → claimed → answered → resolved.

Slack-free core (the Slack side lives in handlers/cases.py, the console in cli/console.py):

- a hand-off opens a case, or joins the vendor's unresolved one (bot/notify.py's hand-off
  merging calls `attach_handoff` inside the turn's transaction): merged hand-offs are one case;
- every change of what the case's staff-channel message shows bumps `version` and queues one
  in-place update (outbox kind `case_update`, keyed by case and version). The sender renders
  the case's *latest* state when it sends, so a later update always wins and a repeated one
  (after a 500 or a restart) changes nothing;
- a staff answer is relayed to the vendor's DM exactly once: the answer's source message
  (`slack:<channel>:<ts>`, `modal:<view id>`, `console:<n>`) is UNIQUE in `case_messages` and
  inserted in the same transaction that queues the relay (the outbox then sends it once);
- the vendor's follow-ups while the case is unresolved go into the case's thread, the same way;
- `raise_stale_cases` raises an unclaimed case once after ONBOARD_CASE_STALE_HOURS working
  hours (bot/working_hours.py).
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlite_utils

from bot import journey
from bot.case_store import CASE_COLUMNS, Case, as_conn, audit_case, get_case
from bot.case_store import open_case_of as open_case_of
from bot.config import Settings
from bot.conversation.interpret import acknowledgement, closes_talk
from bot.conversation.state import ConversationState
from bot.conversation.store import latest_conversation
from bot.conversation.types import CONSOLE_TEAM, Lang
from bot.i18n import COMMANDS, TICKET_WORDS, normalize_command
from bot.notify import HANDOFF_THREAD_DELAY_SECONDS, UPDATE_OF, enqueue, enqueue_reply
from bot.privacy import is_erase_request
from bot.slack_text import escape_mrkdwn
from bot.storage import transaction, utc_now
from bot.texts import both, t
from rules.markets import find_markets_in_text

log = logging.getLogger(__name__)

CASE_UPDATE_KIND = "case_update"
CASE_FOLLOWUP_KIND = "case_followup"
CASE_STALE_KIND = "case_stale"
CASE_NOTE_KIND = "case_note"
CASE_ANSWER_KEY_PREFIX = "case-answer:"
# How often the bot's loop looks for unclaimed cases (the alert itself counts working hours).
STALE_CHECK_SECONDS = 60.0
MAX_RELAY_CHARS = 3000
# A vendor's follow-up waits this long before it goes to the thread, so a burst of messages is
# one reply (the hand-off merge's hold, bot/notify.py).
FOLLOWUP_HOLD_SECONDS = HANDOFF_THREAD_DELAY_SECONDS


@contextmanager
def _atomic(db: sqlite_utils.Database | sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Join the caller's open transaction, or run in one of our own."""
    conn = as_conn(db)
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def cases_of(db: sqlite_utils.Database, team_id: str, user_id: str) -> list[Case]:
    rows = db.conn.execute(
        f"SELECT {CASE_COLUMNS} FROM cases WHERE team_id = ? AND user_id = ? ORDER BY id",
        (team_id, user_id),
    ).fetchall()
    return [Case(*row) for row in rows]


def _case(row: tuple[Any, ...] | None) -> Case | None:
    return Case(*row) if row else None


def list_cases(db: sqlite_utils.Database, *, include_resolved: bool = False) -> list[Case]:
    where = "" if include_resolved else " WHERE state != 'resolved'"
    rows = db.conn.execute(f"SELECT {CASE_COLUMNS} FROM cases{where} ORDER BY id").fetchall()
    return [Case(*row) for row in rows]


def case_by_message(db: sqlite_utils.Database, channel: str, ts: str) -> Case | None:
    """The case whose staff-channel message is `ts` in `channel` (a thread's root)."""
    return _case(
        db.conn.execute(
            f"SELECT {', '.join('c.' + c.strip() for c in CASE_COLUMNS.split(','))}"
            " FROM cases c JOIN outbox o ON o.dedupe_key = c.post_key"
            " WHERE o.posted_channel = ? AND o.sent_ts = ?",
            (channel, ts),
        ).fetchone()
    )


def case_messages(db: sqlite_utils.Database, case_id: int) -> list[tuple[str, str, str, str]]:
    """(direction, author, text, created_at) of what was said on the case, oldest first."""
    return [
        tuple(row)  # type: ignore[misc]
        for row in db.conn.execute(
            "SELECT direction, author, text, created_at FROM case_messages WHERE case_id = ?"
            " ORDER BY id",
            (case_id,),
        )
    ]


# ---------------------------------------------------------------- changing a case


class Outcome(StrEnum):
    DONE = "done"  # the change was made (and the staff message update queued)
    SAME = "same"  # already so: nothing changed (a repeated click, a redelivery)
    REFUSED = "refused"  # not allowed from the case's state (see `reason`)
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Change:
    outcome: Outcome
    case: Case | None = None
    # Bilingual (zh / en) text for the staff member when the change was refused or repeated.
    note: str = ""


def queue_case_update(conn: sqlite3.Connection, case: Case) -> None:
    """One in-place update of the case's staff message for this version. The sender renders
    the latest state when it sends, so older rows still queued show the newest state too."""
    if not case.post_key:
        return
    enqueue(
        conn,
        dedupe_key=f"case-update:{case.id}:{case.version}",
        kind=CASE_UPDATE_KIND,
        text=case_state_line(case),
        data={"case_id": case.id, UPDATE_OF: case.post_key},
    )


def _bump(conn: sqlite3.Connection, case_id: int, sets: str, values: tuple[Any, ...]) -> Case:
    conn.execute(f"UPDATE cases SET {sets}, version = version + 1 WHERE id = ?", (*values, case_id))
    case = get_case(conn, case_id)
    assert case is not None
    queue_case_update(conn, case)
    return case


def claim_case(db: sqlite_utils.Database | sqlite3.Connection, case_id: int, actor: str) -> Change:
    with _atomic(db) as conn:
        case = get_case(conn, case_id)
        if case is None:
            return Change(Outcome.NOT_FOUND, note=both("case_not_found", id=case_id))
        if case.state == "resolved":
            return Change(Outcome.REFUSED, case, both("case_already_resolved", id=case_id))
        if case.claimed_by == actor:
            return Change(Outcome.SAME, case, both("case_claimed_by_you", id=case_id))
        if case.claimed_by:
            note = both("case_claimed_by_other", id=case_id, who=case.claimed_by)
            return Change(Outcome.REFUSED, case, note)
        state = "claimed" if case.state == "open" else case.state
        case = _bump(
            conn, case_id, "state = ?, claimed_by = ?, claimed_at = ?", (state, actor, utc_now())
        )
        audit_case(conn, actor, "case.claim", case_id)
        return Change(Outcome.DONE, case)


def resolve_case(
    db: sqlite_utils.Database | sqlite3.Connection,
    case_id: int,
    actor: str,
    *,
    by_vendor: bool = False,
) -> Change:
    with _atomic(db) as conn:
        case = get_case(conn, case_id)
        if case is None:
            return Change(Outcome.NOT_FOUND, note=both("case_not_found", id=case_id))
        if case.state == "resolved":
            return Change(Outcome.SAME, case, both("case_already_resolved", id=case_id))
        case = _bump(
            conn,
            case_id,
            "state = 'resolved', resolved_by = ?, resolved_at = ?",
            (actor, utc_now()),
        )
        audit_case(conn, actor, "case.resolve", case_id, {"by_vendor": by_vendor})
        return Change(Outcome.DONE, case)


def vendor_lang(db: sqlite_utils.Database | sqlite3.Connection, case: Case) -> Lang:
    """The vendor's language setting now (their latest conversation), else the case's.

    The query of bot.conversation.store.latest_conversation, run on the caller's connection
    (inside its transaction) and tolerant of a state it cannot read."""
    conn = as_conn(db)
    row = conn.execute(
        "SELECT state_json FROM conversations WHERE team_id = ? AND user_id = ?"
        " ORDER BY updated_at DESC, version DESC LIMIT 1",
        (case.team_id, case.user_id),
    ).fetchone()
    if row is None:
        return case.lang
    try:
        return ConversationState.from_json(row[0]).lang
    except Exception:  # noqa: BLE001 - an unreadable state must not stop a relay
        return case.lang


def staff_reply_text(case: Case, text: str, lang: Lang, *, for_slack: bool = True) -> str:
    """What the vendor sees: the staff member's words, marked as coming from staff."""
    body = escape_mrkdwn(text) if for_slack else text
    return t("case_staff_reply", lang, id=case.id, text=body)


def relay_staff_answer(
    db: sqlite_utils.Database | sqlite3.Connection,
    case_id: int,
    actor: str,
    text: str,
    source: str,
) -> Change:
    """Record a staff answer and queue it for the vendor, once per `source` message.

    The source's row and the vendor's outbox row commit together: a redelivered or replayed
    message finds its source and queues nothing; the outbox sends the row exactly once."""
    text = text.strip()[:MAX_RELAY_CHARS]
    with _atomic(db) as conn:
        case = get_case(conn, case_id)
        if case is None:
            return Change(Outcome.NOT_FOUND, note=both("case_not_found", id=case_id))
        if not text:
            return Change(Outcome.REFUSED, case, both("case_answer_empty"))
        if case.state == "resolved":
            return Change(Outcome.REFUSED, case, both("case_resolved_not_relayed", id=case_id))
        message_id = _record_message(conn, case.id, "to_vendor", actor, text, source)
        if message_id is None:
            return Change(Outcome.SAME, case)
        if case.team_id != CONSOLE_TEAM:
            lang = vendor_lang(conn, case)
            enqueue_reply(
                conn,
                dedupe_key=f"{CASE_ANSWER_KEY_PREFIX}{message_id}",
                channel=case.user_id,  # the sender opens the vendor's DM
                text=staff_reply_text(case, text, lang),
                owner=case.user_id,
                lang=lang,
            )
        now = utc_now()
        case = _bump(
            conn,
            case.id,
            "state = 'answered', answered_by = ?, answered_at = ?,"
            " first_answered_at = COALESCE(first_answered_at, ?),"
            " claimed_by = COALESCE(claimed_by, ?), claimed_at = COALESCE(claimed_at, ?)",
            (actor, now, now, actor, now),
        )
        audit_case(conn, actor, "case.answer", case.id, {"message_id": message_id})
        return Change(Outcome.DONE, case)


def forward_vendor_message(
    db: sqlite_utils.Database | sqlite3.Connection, case: Case, text: str, source: str
) -> bool:
    """Copy a vendor's follow-up into the case's thread, once per source message; True when
    it was new."""
    text = text.strip()[:MAX_RELAY_CHARS]
    if not text:
        return False
    with _atomic(db) as conn:
        message_id = _record_message(conn, case.id, "to_staff", case.user_id, text, source)
        if message_id is None:
            return False
        if not case.post_key:
            return True
        line = escape_mrkdwn(text)
        # A burst of messages is one thread reply: appended while the reply waits (held
        # briefly, like merged hand-offs), within a section's length.
        waiting = conn.execute(
            "SELECT id, text FROM outbox WHERE kind = ? AND sent_at IS NULL"
            " AND sending_at IS NULL AND failed_at IS NULL"
            " AND json_extract(data_json, '$.case_id') = ? ORDER BY id DESC LIMIT 1",
            (CASE_FOLLOWUP_KIND, case.id),
        ).fetchone()
        if waiting and len(waiting[1]) + len(line) + 1 <= MAX_RELAY_CHARS:
            conn.execute(
                "UPDATE outbox SET text = ? WHERE id = ?", (f"{waiting[1]}\n{line}", waiting[0])
            )
            return True
        enqueue(
            conn,
            dedupe_key=f"case-followup:{message_id}",
            kind=CASE_FOLLOWUP_KIND,
            text=t("case_vendor_followup", "zh", id=case.id, text=line),
            data={"case_id": case.id, "thread_of": case.post_key},
        )
        conn.execute(
            "UPDATE outbox SET next_attempt_at = ? WHERE dedupe_key = ?",
            (time.time() + FOLLOWUP_HOLD_SECONDS, f"case-followup:{message_id}"),
        )
        return True


def note_in_thread(conn: sqlite3.Connection, case: Case, key: str, text: str) -> None:
    """A bot note in the case's thread (keyed: a redelivered message adds none)."""
    if case.post_key:
        enqueue(
            conn,
            dedupe_key=f"case-note:{key}",
            kind=CASE_NOTE_KIND,
            text=text,
            data={"case_id": case.id, "thread_of": case.post_key},
        )


def _record_message(
    conn: sqlite3.Connection, case_id: int, direction: str, author: str, text: str, source: str
) -> int | None:
    cursor = conn.execute(
        "INSERT OR IGNORE INTO case_messages (case_id, direction, author, text, source, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (case_id, direction, author, text, source, utc_now()),
    )
    return int(cursor.lastrowid) if cursor.rowcount == 1 and cursor.lastrowid else None


def undelivered_answers(db: sqlite_utils.Database, team_id: str, user_id: str) -> list[str]:
    """Staff answers not yet shown to a console vendor, marked shown now (in the vendor's
    language setting). Slack vendors get theirs through the outbox."""
    with transaction(db) as conn:
        rows = conn.execute(
            "SELECT m.id, m.case_id, m.text FROM case_messages m JOIN cases c ON c.id = m.case_id"
            " WHERE c.team_id = ? AND c.user_id = ? AND m.direction = 'to_vendor'"
            " AND m.delivered_at IS NULL ORDER BY m.id",
            (team_id, user_id),
        ).fetchall()
        shown: list[str] = []
        for message_id, case_id, text in rows:
            case = get_case(conn, case_id)
            assert case is not None
            shown.append(staff_reply_text(case, text, vendor_lang(conn, case), for_slack=False))
            conn.execute(
                "UPDATE case_messages SET delivered_at = ? WHERE id = ?", (utc_now(), message_id)
            )
    return shown


# ---------------------------------------------------------------- the vendor closing a case

_CLOSE_PHRASES = frozenset(
    {
        "解决了",
        "已解决",
        "已经解决",
        "已经解决了",
        "问题解决了",
        "问题已解决",
        "问题已经解决了",
        "解决啦",
        "好的解决了",
        "谢谢解决了",
        "solved",
        "resolved",
        "itssolved",
        "itisolved",
        "problemsolved",
        "issuesolved",
        "issueresolved",
        "problemresolved",
        "thatsolvedit",
        "solvedthanks",
        "solvedthankyou",
    }
)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
# "…，谢谢" / "… thanks" after the phrase; "解决" said without its 了.
_THANKS_SUFFIXES = ("了谢谢", "谢谢", "thanks")
_CLOSE_ENDINGS = ("了",)


def is_close_phrase(text: str) -> bool:
    """A clear "the problem is solved" on its own ("解决了", "solved, thanks"), never a
    sentence that merely contains the word."""
    folded = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())
    for thanks in _THANKS_SUFFIXES:
        folded = folded.removesuffix(thanks)
    return folded in _CLOSE_PHRASES or any(
        folded + ending in _CLOSE_PHRASES for ending in _CLOSE_ENDINGS
    )


# Conversation flags under which the next message answers the bot (a confirmation, a picked
# topic number, the question to hand over): such a message is never a follow-up for staff.
_WAITING_FLAGS = (
    "awaiting_handoff",
    "awaiting_erase",
    "confirming",
    "confirm_handoff",
    "confirm_markets",
    "suggested_topics",
    "detour",
)


# "转人工 …" / "human: …": a hand-off, which the conversation records and merges into the case.
_HANDOFF_START = re.compile(
    r"^\s*(转人工|人工客服|人工\s*[：:，,\s]|(human|staff|support)\b)", re.I
)


def _is_for_the_bot(
    db: sqlite_utils.Database, team_id: str, user_id: str, text: str, staff_answered: bool = False
) -> bool:
    """A command, a hand-off, a ticket, erase or journey request, or an answer the
    conversation is waiting for."""
    if _HANDOFF_START.match(text):
        return True
    if closes_talk(text) and acknowledgement(text) == "thanks":
        # "thanks, bye" after a hand-off (black-box s55 D17: sent to staff as the case's
        # follow-up): a goodbye, the bot's to answer.
        return True
    command = normalize_command(text)
    if any(command in words for words in COMMANDS.values()) or command in TICKET_WORDS:
        return True
    if is_erase_request(text) or journey.read_command(text, in_form=False) is not None:
        return True  # erasing their data; a joining-journey step ("合同签好了", "done 4")
    if _COMMAND_WITH_ARGUMENT.match(command) or _MENU_PICK.fullmatch(command):
        # "修改 能提供社保个人月缴费信息情况表" (the bot's own suggestion), a menu number, a bare
        # yes / no (black-box s60 D3, high: forwarded to staff, never acted on).
        return True
    state = latest_conversation(db, team_id, user_id)
    if state is not None and any(getattr(state, flag, None) for flag in _WAITING_FLAGS):
        return True
    # Once staff have answered, what the vendor says next is a reply to them ("谢谢！需要带什么
    # 材料？"); before that, a question the guide answers is the bot's.
    return not staff_answered and _answered_by_the_guide(text)


# A command with what it acts on: "修改 注册资金", "change capital", "生成工单 API".
_COMMAND_WITH_ARGUMENT = re.compile(r"^(修改|更改|改|change|edit|update)\s*\S", re.I)
# Something added to the case under way: "one more thing", "补充一下", "另外", "btw".
_ADDED_FOR_STAFF = re.compile(
    r"one more thing|also|in addition|btw|by the way|补充|另外|还有一(点|个|件)|再问一下", re.I
)
# A menu pick or a bare yes / no: "1", "2", "是", "否", "yes", "no".
_MENU_PICK = re.compile(r"\d{1,2}|是|否|对|不是|好|好的|yes|no|y|n|ok", re.I)


def _answered_by_the_guide(text: str) -> bool:
    """A question the guide answers for sure ("保证金交多少", "实名认证怎么做" — black-box s60 D3:
    forwarded to staff after one hand-off): the bot answers it; staff get what it cannot."""
    if _ADDED_FOR_STAFF.search(text):
        return False  # "thanks, and one more thing: 发票呢": added to the case, for staff
    # Call-time: bot.answers imports the conversation package this module is used beside.
    from bot.answers import answer

    try:
        found = answer(text[:500])
    except Exception:
        log.exception("answering %r failed", text[:80])
        return False
    return found.confident and not found.out_of_scope


# The vendor's conversation steps (Progress.step) where a message is a form answer, never a
# follow-up for staff (the vendor is answering the bot's question).
FORM_STEPS = frozenset({"choose_markets", "question", "ticket"})
CLOSED_REPLY = "case_closed_by_vendor"
FOLLOWUP_REPLY = "case_followup_sent"


def vendor_case_action(
    db: sqlite_utils.Database, team_id: str, user_id: str, text: str, *, step: str
) -> tuple[Case, str] | None:
    """What a vendor's message means for their unresolved case: (case, CLOSED_REPLY) for a
    clear "解决了 / solved"; (case, FOLLOWUP_REPLY) for a message for staff; None when there is
    no case or the conversation should take the message (a command, a hand-off, an answer it
    is waiting for, or any message while a form question is open — `step` is Progress.step)."""
    case = open_case_of(db, team_id, user_id)
    if case is None or _is_for_the_bot(
        db, team_id, user_id, text, staff_answered=case.answered_at is not None
    ):
        return None
    if is_close_phrase(text):
        return case, CLOSED_REPLY
    if step in FORM_STEPS and not (step == "choose_markets" and not _picks_markets(text)):
        return None
    return case, FOLLOWUP_REPLY


_ALL_MARKETS_WORDS = frozenset({"全部", "所有", "都要", "all", "every", "everything"})


def _picks_markets(text: str) -> bool:
    """Could this answer the market menu (a market named, a number, "all")? Conservative: any
    digit counts, so a choice is never taken for a message to staff."""
    folded = text.strip().casefold()
    return (
        bool(find_markets_in_text(text))
        or any(char.isdigit() for char in folded)
        or any(word in folded for word in _ALL_MARKETS_WORDS)
    )


def apply_vendor_case_action(
    conn: sqlite3.Connection, case: Case, action: str, text: str, source: str
) -> None:
    """Close the case (the vendor said it is solved) or pass the message to its thread."""
    if action == CLOSED_REPLY:
        resolve_case(conn, case.id, case.user_id, by_vendor=True)
    else:
        forward_vendor_message(conn, case, text, source)


# ---------------------------------------------------------------- the staff message's text


def case_state_line(case: Case) -> str:
    """The case's state for staff, both languages (plain; the Slack side adds formatting)."""
    if case.state == "open":
        return both("case_state_open", id=case.id)
    if case.state == "claimed":
        return both("case_state_claimed", id=case.id, who=_who(case.claimed_by))
    if case.state == "answered":
        return both("case_state_answered", id=case.id, who=_who(case.answered_by))
    return both("case_state_resolved", id=case.id, who=_who(case.resolved_by))


_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")


def _who(user_id: str | None) -> str:
    if not user_id:
        return "—"
    return f"<@{user_id}>" if _SLACK_USER.match(user_id) else escape_mrkdwn(user_id)


def post_text(db: sqlite_utils.Database | sqlite3.Connection, case: Case) -> str:
    """The text of the case's staff post (the questions, as queued by the hand-off)."""
    if not case.post_key:
        return ""
    row = as_conn(db).execute("SELECT text FROM outbox WHERE dedupe_key = ?", (case.post_key,))
    found = row.fetchone()
    return str(found[0]) if found else ""


# ---------------------------------------------------------------- unclaimed cases


def _parse(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def raise_stale_cases(db: sqlite_utils.Database, settings: Settings, now: datetime) -> list[int]:
    """Raise, once each, the open (unclaimed) cases older than ONBOARD_CASE_STALE_HOURS of
    working time: a post in the staff channel; returns their ids."""
    limit = settings.onboard_case_stale_hours * 3600
    hours = settings.working_hours
    raised: list[int] = []
    rows = db.conn.execute(
        "SELECT id, created_at FROM cases WHERE state = 'open' AND stale_alerted_at IS NULL"
        " ORDER BY id"
    ).fetchall()
    for case_id, created_at in rows:
        if hours.working_seconds_between(_parse(created_at), now) < limit:
            continue
        with transaction(db) as conn:
            marked = conn.execute(
                "UPDATE cases SET stale_alerted_at = ? WHERE id = ? AND state = 'open'"
                " AND stale_alerted_at IS NULL",
                (now.astimezone(UTC).isoformat(timespec="milliseconds"), case_id),
            )
            if marked.rowcount != 1:
                continue
            case = get_case(conn, case_id)
            assert case is not None
            enqueue(
                conn,
                dedupe_key=f"case-stale:{case_id}",
                kind=CASE_STALE_KIND,
                text=both(
                    "case_stale",
                    id=case_id,
                    hours=f"{settings.onboard_case_stale_hours:g}",
                    vendor=_who(case.user_id),
                    question=escape_mrkdwn(case.question[:200]),
                ),
                data={"case_id": case_id},
            )
            audit_case(conn, "bot", "case.stale", case_id)
        raised.append(case_id)
    return raised


async def run_stale_check(
    db: sqlite_utils.Database,
    settings: Settings,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    interval: float = STALE_CHECK_SECONDS,
    on_raised: Callable[[], None] | None = None,
) -> None:
    """The bot's periodic check for unclaimed cases (runs until cancelled)."""
    while True:
        try:
            if raise_stale_cases(db, settings, now()) and on_raised is not None:
                on_raised()
        except sqlite3.OperationalError as exc:
            log.warning("stale-case check skipped: database busy (%s)", exc)
        except Exception:  # noqa: BLE001 - the loop must outlive one bad pass
            log.exception("stale-case check failed")
        await asyncio.sleep(interval)


# ---------------------------------------------------------------- staff commands (Slack and console)


def _age(stamp: str, now: datetime) -> str:
    minutes = max(0, int((now - _parse(stamp)).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} d"


def case_line(case: Case, now: datetime, show: Callable[[str], str] = str) -> str:
    """One case for staff: number, state, vendor, age, question."""
    return (
        f"• {case_state_line(case)} · {_who(case.user_id)} · {_age(case.created_at, now)}"
        f" · {show(case.question[:120])}"
    )


def vendor_case_lines(
    db: sqlite_utils.Database, team_id: str, user_id: str, show: Callable[[str], str] = str
) -> list[str]:
    """`/vendor <user>`'s cases section."""
    found = cases_of(db, team_id, user_id)
    if not found:
        return [both("cases_none_for_vendor")]
    now = datetime.now(UTC)
    return [both("cases_heading", count=len(found))] + [
        case_line(case, now, show) for case in found
    ]


# `cases all` / `cases 全部`: resolved cases too.
_ALL_CASES_WORDS = frozenset({"all", "全部"})


def case_command(
    db: sqlite_utils.Database,
    *,
    actor: str,
    text: str,
    source: str,
    show: Callable[[str], str] = str,
) -> str:
    """`cases [all]`, `case N`, `case claim N`, `case answer N <text>`, `case resolve N`.

    `source` names this command for the relay's once-only record (a slash command or a
    console line is never redelivered, so any unique name does)."""
    words = text.strip().split(maxsplit=2)
    if not words or words[0].lower() in _ALL_CASES_WORDS:
        found = list_cases(db, include_resolved=bool(words))
        if not found:
            return both("cases_none_open")
        now = datetime.now(UTC)
        return "\n".join(
            [both("cases_heading", count=len(found))] + [case_line(c, now, show) for c in found]
        )
    verb = words[0].lower()
    target = words[1] if len(words) > 1 else ""
    if verb.lstrip("#").isdigit():
        verb, target = "show", verb
    target = target.lstrip("#")
    if verb not in {"show", "claim", "answer", "resolve"} or not target.isdigit():
        return both("cases_usage")
    case_id = int(target)
    if verb == "show":
        case = get_case(db, case_id)
        if case is None:
            return both("case_not_found", id=case_id)
        lines = [case_line(case, datetime.now(UTC), show)]
        for direction, author, said, at in case_messages(db, case_id):
            arrow = "→" if direction == "to_vendor" else "←"
            lines.append(f"  {arrow} {_who(author)} {at[:16]}: {show(said[:500])}")
        return "\n".join(lines)
    if verb == "claim":
        change = claim_case(db, case_id, actor)
    elif verb == "resolve":
        change = resolve_case(db, case_id, actor)
    else:
        answer = words[2] if len(words) > 2 else ""
        change = relay_staff_answer(db, case_id, actor, answer, source)
    if change.outcome == Outcome.DONE and change.case is not None:
        return case_state_line(change.case)
    return change.note or both("cases_usage")
