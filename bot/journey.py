"""The joining journey: the guide's seven steps (rules/data/process.yaml) tracked per vendor.

Steps are done in order (an account before real-name verification, a contract before the
deposit), so a journey is the number of steps done: marking step N done marks every earlier
step too, undoing step N undoes the later ones. Every change is one row of `journey_history`
(who, how, when), written in the caller's transaction. What the bot sees itself is marked by
the database where it is stored (migration 0016): an eligible verdict starts the journey, a
confirmed deposit ticket marks steps 1-6 (and one found outdated by a changed answer undoes the
deposit and ticket steps it marked: `undo_ticket_steps`).

Vendors mark steps in chat ("合同签好了", "完成 第4步", "done 4") or with an App Home button;
staff confirm or correct with `/vendor <user> step N done|undo`. Nothing here knows Slack.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

import sqlite_utils

from bot.texts import both, t
from rules.process import JOINING_STEPS, Step

if TYPE_CHECKING:
    from bot.conversation.types import Lang

STEP_COUNT = len(JOINING_STEPS)
Source = Literal["chat", "home", "staff", "console", "verdict", "ticket"]
Executor = sqlite_utils.Database | sqlite3.Connection


def _conn(target: Executor) -> sqlite3.Connection:
    return target.conn if isinstance(target, sqlite_utils.Database) else target


def iso(moment: datetime) -> str:
    """Timestamps as bot.storage.utc_now writes them (UTC, milliseconds), so they compare."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_time(stored: str) -> datetime:
    moment = datetime.fromisoformat(stored)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class JourneyEvent:
    step: int
    action: Literal["start", "done", "undo", "confirm"]
    actor: str
    source: str
    at: str


@dataclass(frozen=True)
class Journey:
    team_id: str
    user_id: str
    steps_done: int
    started_at: str
    moved_at: str
    reminders_off: bool
    history: tuple[JourneyEvent, ...] = ()

    @property
    def complete(self) -> bool:
        return self.steps_done >= STEP_COUNT

    @property
    def next_step(self) -> Step | None:
        return None if self.complete else JOINING_STEPS[self.steps_done]

    def marked_by(self, number: int) -> JourneyEvent | None:
        """The latest 'done' of step `number` still standing (no undo of it since)."""
        found: JourneyEvent | None = None
        for event in self.history:
            if event.action == "done" and event.step >= number:
                found = event
            elif event.action == "undo" and event.step <= number:
                found = None
        return found if number <= self.steps_done else None

    def confirmed_by(self, number: int) -> str | None:
        """The staff member who confirmed step `number` (since it was last undone)."""
        who: str | None = None
        for event in self.history:
            if event.action == "confirm" and event.step >= number:
                who = event.actor
            elif event.action == "done" and event.source == "staff" and event.step >= number:
                who = event.actor
            elif event.action == "undo" and event.step <= number:
                who = None
        return who if number <= self.steps_done else None


def load_journey(db: Executor, team_id: str, user_id: str) -> Journey | None:
    conn = _conn(db)
    row = conn.execute(
        "SELECT steps_done, started_at, moved_at, reminders_off_at FROM journeys"
        " WHERE team_id = ? AND user_id = ?",
        (team_id, user_id),
    ).fetchone()
    if row is None:
        return None
    history = tuple(
        JourneyEvent(step, action, actor, source, at)
        for step, action, actor, source, at in conn.execute(
            "SELECT step, action, actor, source, at FROM journey_history"
            " WHERE team_id = ? AND user_id = ? ORDER BY id",
            (team_id, user_id),
        )
    )
    return Journey(team_id, user_id, row[0], row[1], row[2], row[3] is not None, history)


def _record(
    conn: sqlite3.Connection,
    team_id: str,
    user_id: str,
    step: int,
    action: str,
    actor: str,
    source: str,
    at: str,
) -> None:
    conn.execute(
        "INSERT INTO journey_history (team_id, user_id, step, action, actor, source, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (team_id, user_id, step, action, actor, source, at),
    )


def ensure_journey(
    db: Executor, team_id: str, user_id: str, *, actor: str, source: str, at: datetime
) -> None:
    """Start the vendor's journey if it has not started (a vendor may mark a step before any
    verdict: what they have done is worth keeping)."""
    conn = _conn(db)
    stamp = iso(at)
    cursor = conn.execute(
        "INSERT OR IGNORE INTO journeys (team_id, user_id, started_at, moved_at)"
        " VALUES (?, ?, ?, ?)",
        (team_id, user_id, stamp, stamp),
    )
    if cursor.rowcount == 1:
        _record(conn, team_id, user_id, 0, "start", actor, source, stamp)


def _check_step(number: int) -> None:
    if not 1 <= number <= STEP_COUNT:
        raise ValueError(f"step {number}: use 1 to {STEP_COUNT}")


def mark_done(
    db: Executor,
    team_id: str,
    user_id: str,
    number: int,
    *,
    actor: str,
    source: str,
    at: datetime,
) -> bool:
    """Mark step `number` (and every earlier one) done; False when it already was."""
    _check_step(number)
    conn = _conn(db)
    ensure_journey(conn, team_id, user_id, actor=actor, source=source, at=at)
    stamp = iso(at)
    cursor = conn.execute(
        "UPDATE journeys SET steps_done = ?, moved_at = ?"
        " WHERE team_id = ? AND user_id = ? AND steps_done < ?",
        (number, stamp, team_id, user_id, number),
    )
    if cursor.rowcount == 0:
        return False
    _record(conn, team_id, user_id, number, "done", actor, source, stamp)
    return True


def undo_step(
    db: Executor,
    team_id: str,
    user_id: str,
    number: int,
    *,
    actor: str,
    source: str,
    at: datetime,
) -> bool:
    """Mark step `number` (and every later one) not done; False when it was not done."""
    _check_step(number)
    conn = _conn(db)
    stamp = iso(at)
    cursor = conn.execute(
        "UPDATE journeys SET steps_done = ?, moved_at = ?"
        " WHERE team_id = ? AND user_id = ? AND steps_done >= ?",
        (number - 1, stamp, team_id, user_id, number),
    )
    if cursor.rowcount == 0:
        return False
    _record(conn, team_id, user_id, number, "undo", actor, source, stamp)
    return True


# The steps a confirmed deposit ticket stands for (paying the deposit, filing the ticket):
# migration 0016 marks them (and the earlier ones) done when a ticket is confirmed.
TICKET_STEP_FIRST = next(step.number for step in JOINING_STEPS if step.id == "pay_deposit")


def undo_ticket_steps(db: Executor, team_id: str, user_id: str, *, at: datetime) -> bool:
    """A confirmed ticket found outdated (a changed answer made one of its markets ineligible)
    no longer stands for a paid deposit or a filed ticket: undo the steps it marked, so the
    journey agrees with the ticket status ("not drafted"). Steps the vendor or staff marked
    themselves stay. False when there was nothing of the ticket's to undo."""
    journey = load_journey(db, team_id, user_id)
    if journey is None:
        return False
    marked = journey.marked_by(TICKET_STEP_FIRST)
    if marked is None or marked.source != "ticket":
        return False
    return undo_step(db, team_id, user_id, TICKET_STEP_FIRST, actor="bot", source="ticket", at=at)


def confirm_step(
    db: Executor, team_id: str, user_id: str, number: int, *, actor: str, at: datetime
) -> Literal["confirmed", "marked"]:
    """Staff confirm step `number`: a step the vendor already marked gets the staff member's
    confirmation; one not yet marked is marked done by staff (which confirms it too)."""
    _check_step(number)
    conn = _conn(db)
    if mark_done(conn, team_id, user_id, number, actor=actor, source="staff", at=at):
        return "marked"
    _record(conn, team_id, user_id, number, "confirm", actor, "staff", iso(at))
    return "confirmed"


def set_reminders(db: Executor, team_id: str, user_id: str, *, on: bool, at: datetime) -> bool:
    """Turn the vendor's follow-up reminders off or back on; False when nothing changed."""
    conn = _conn(db)
    ensure_journey(conn, team_id, user_id, actor=user_id, source="chat", at=at)
    if on:
        sql = (
            "UPDATE journeys SET reminders_off_at = NULL"
            " WHERE team_id = ? AND user_id = ? AND reminders_off_at IS NOT NULL"
        )
        cursor = conn.execute(sql, (team_id, user_id))
    else:
        sql = (
            "UPDATE journeys SET reminders_off_at = ?"
            " WHERE team_id = ? AND user_id = ? AND reminders_off_at IS NULL"
        )
        cursor = conn.execute(sql, (iso(at), team_id, user_id))
    return cursor.rowcount == 1


# ----------------------------------------------------------------- reading what vendors type

CommandKind = Literal["show", "done", "undo", "reminders_off", "reminders_on"]


@dataclass(frozen=True)
class JourneyCommand:
    kind: CommandKind
    step: int | None = None


def _normalize(text: str) -> str:
    folded = text.strip().casefold().replace("（", "(").replace("）", ")")
    return re.sub(r"[\s。.!！~～]+$", "", folded).strip()


_SHOW_WORDS = frozenset(
    {"入驻进度", "我的进度", "入驻步骤", "journey", "my journey", "joining steps", "my steps"}
)
_REMINDERS_OFF = frozenset(
    {
        "不再提醒",
        "不要提醒",
        "别提醒了",
        "停止提醒",
        "stop reminders",
        "no reminders",
        "stop reminding me",
    }
)
_REMINDERS_ON = frozenset({"恢复提醒", "继续提醒", "resume reminders", "start reminders"})
_DIGIT = r"(\d{1,2}|[一二三四五六七])"
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_EXPLICIT_DONE = (
    re.compile(rf"^(?:完成|已完成|做完|标记完成)\s*第?\s*{_DIGIT}\s*步?$"),
    re.compile(rf"^第?\s*{_DIGIT}\s*步\s*(?:已?完成了?|做完了|好了|搞定了?)$"),
    re.compile(rf"^(?:step\s*)?{_DIGIT}\s*(?:is\s+)?(?:done|finished|complete|completed)$"),
    re.compile(rf"^(?:done|finished|completed?|mark)\s*(?:step\s*)?{_DIGIT}(?:\s+done)?$"),
)
_EXPLICIT_UNDO = (
    re.compile(rf"^(?:撤销|撤回|取消完成)\s*第?\s*{_DIGIT}\s*步?$"),
    re.compile(rf"^第?\s*{_DIGIT}\s*步\s*(?:还没(?:有)?(?:完成|做完)|没完成|撤销)$"),
    re.compile(rf"^(?:undo|not done)\s*(?:step\s*)?{_DIGIT}$"),
    re.compile(rf"^(?:step\s*)?{_DIGIT}\s*(?:is\s+)?not\s+done$"),
)
# Plain statements that a step is done ("合同签好了", "已交保证金", "I paid the deposit"): a
# subject of the step and a word saying it is finished, in a short message that is no question.
# Read only when no form question is waiting for an answer (never mid-form).
_FINISHED_ZH = r"(?:好了|完了|完成了?|了|过了|通过了?|已经|已)"
_STATEMENTS: dict[int, tuple[re.Pattern[str], ...]] = {
    1: (
        re.compile(r"(?:阿里云)?账号.*(?:注册好了|注册完了|注册了|已注册)"),
        re.compile(r"(?:已|已经)注册(?:好)?(?:了)?(?:阿里云)?账号"),
        re.compile(
            r"\b(?:registered|created)\b.*\baccount\b|\baccount\b.*\b(?:registered|created)\b"
        ),
    ),
    2: (
        re.compile(rf"实名认证.*{_FINISHED_ZH}|(?:已|已经)(?:完成|通过)(?:企业)?实名认证"),
        re.compile(r"\b(?:real[- ]name|verification)\b.*\b(?:done|complete|completed|passed)\b"),
        re.compile(r"\b(?:verified|completed)\b.*\breal[- ]name\b"),
    ),
    3: (
        re.compile(
            r"(?:入驻)?申请.*(?:提交了|已提交|交了|好了)|(?:已|已经)(?:提交|申请)(?:了)?入驻"
        ),
        re.compile(r"\b(?:applied|submitted (?:the|my|our) application)\b"),
    ),
    4: (
        re.compile(
            r"合同.*(?:签好了|签完了|签了|已签|签署了|已签署)|(?:已|已经)签(?:署|好)?(?:了)?合同"
        ),
        re.compile(r"\bsigned\b.*\b(?:contract|contracts|agreement|agreements)\b"),
    ),
    5: (
        re.compile(r"保证金.*(?:交了|交好了|缴了|缴纳了|已缴纳|已缴|付了|已付|交完了)"),
        re.compile(r"(?:已|已经)(?:交|缴|缴纳|付)(?:了)?保证金"),
        re.compile(r"\bpaid\b.*\bdeposit\b|\bdeposit\b.*\b(?:paid|done)\b"),
    ),
    6: (
        re.compile(r"工单.*(?:提交了|已提交|交了|提了|发了)|(?:已|已经)(?:提交|提|交)(?:了)?工单"),
        re.compile(r"\b(?:filed|submitted)\b.*\bticket\b|\bticket\b.*\b(?:filed|submitted)\b"),
    ),
    7: (
        re.compile(r"店铺.*(?:开通了|开了|已开通|开好了)|(?:已|已经)开(?:通)?(?:了)?店铺"),
        re.compile(r"\bshop\b.*\b(?:open|opened|is open|live)\b"),
    ),
}
_QUESTION = re.compile(
    r"[?？]|吗|么|怎么|如何|多少|多久|什么|哪|是否|能否|可以.*吗|^(?:how|what|when|where|why|which|do|does|can|should|is|are)\b"
)
_NEGATION = re.compile(r"没|未|还不|不能|不会|\bnot\b|n't\b|\bnever\b|\byet\b")
MAX_STATEMENT_CHARS = 40


def _step_number(digit: str) -> int:
    return _CN_DIGITS.get(digit) or int(digit)


def read_command(text: str, *, in_form: bool) -> JourneyCommand | None:
    """What a vendor's message asks of the journey, or None when it is about something else.

    Explicit commands ("完成 第4步", "done 4", "undo 4", "不再提醒", "journey") are read
    everywhere; plain statements ("合同签好了") only when `in_form` is False, so an answer to
    a form question is never taken for a journey step.
    """
    said = _normalize(text)
    if not said:
        return None
    if said in _SHOW_WORDS:
        return JourneyCommand("show")
    if said in _REMINDERS_OFF:
        return JourneyCommand("reminders_off")
    if said in _REMINDERS_ON:
        return JourneyCommand("reminders_on")
    for pattern in _EXPLICIT_DONE:
        match = pattern.match(said)
        if match:
            return JourneyCommand("done", _step_number(match.group(1)))
    for pattern in _EXPLICIT_UNDO:
        match = pattern.match(said)
        if match:
            return JourneyCommand("undo", _step_number(match.group(1)))
    if in_form or len(said) > MAX_STATEMENT_CHARS:
        return None
    if _QUESTION.search(said) or _NEGATION.search(said):
        return None
    found = [
        number
        for number, patterns in _STATEMENTS.items()
        if any(pattern.search(said) for pattern in patterns)
    ]
    # "合同签好了，保证金也交了": the furthest step named (earlier ones are implied).
    return JourneyCommand("done", max(found)) if found else None


# ----------------------------------------------------------------- what the vendor is told


def step_line(step: Step, lang: Lang) -> str:
    return t("journey_step_line", lang, number=step.number, title=step.title(lang))


def render_journey(journey: Journey | None, lang: Lang) -> str:
    """The seven steps with what is done and what comes next, and the guide's text for it."""
    done = journey.steps_done if journey else 0
    lines = [t("journey_header", lang, done=done, total=STEP_COUNT)]
    for step in JOINING_STEPS:
        mark = "✅" if step.number <= done else ("➡️" if step.number == done + 1 else "⬜")
        line = f"{mark} {step_line(step, lang)}"
        if journey and journey.confirmed_by(step.number):
            line += t("journey_confirmed_suffix", lang)
        lines.append(line)
    lines.append("")
    lines.append(next_step_text(journey, lang))
    return "\n".join(lines)


def next_step_text(journey: Journey | None, lang: Lang) -> str:
    step = JOINING_STEPS[journey.steps_done] if journey and not journey.complete else None
    if journey is None:
        step = JOINING_STEPS[0]
    if step is None:
        return t("journey_complete", lang)
    return "\n".join(
        [
            t("journey_next", lang, number=step.number, title=step.title(lang)),
            step.text(lang),
            t("journey_mark_hint", lang, number=step.number),
        ]
    )


def apply_vendor_command(
    db: Executor,
    team_id: str,
    user_id: str,
    command: JourneyCommand,
    *,
    lang: Lang,
    source: str,
    at: datetime,
) -> str:
    """Carry out a vendor's journey command (inside the caller's transaction); the reply."""
    conn = _conn(db)
    if command.kind == "show":
        return render_journey(load_journey(conn, team_id, user_id), lang)
    if command.kind in ("reminders_off", "reminders_on"):
        on = command.kind == "reminders_on"
        set_reminders(conn, team_id, user_id, on=on, at=at)
        return t("journey_reminders_on" if on else "journey_reminders_off", lang)
    assert command.step is not None
    if not 1 <= command.step <= STEP_COUNT:
        return t("journey_no_such_step", lang, number=command.step, total=STEP_COUNT)
    step = JOINING_STEPS[command.step - 1]
    if command.kind == "undo":
        changed = undo_step(
            conn, team_id, user_id, command.step, actor=user_id, source=source, at=at
        )
        key = "journey_undone" if changed else "journey_undo_nothing"
        head = t(key, lang, number=step.number, title=step.title(lang))
    else:
        changed = mark_done(
            conn, team_id, user_id, command.step, actor=user_id, source=source, at=at
        )
        key = "journey_marked" if changed else "journey_already_done"
        head = t(key, lang, number=step.number, title=step.title(lang))
    return "\n".join([head, next_step_text(load_journey(conn, team_id, user_id), lang)])


# ----------------------------------------------------------------- what staff are shown

_STAFF_COMMAND = re.compile(
    r"^(?P<who>\S+)\s+(?:step\s*|第\s*)?(?P<number>\d{1,2})\s*步?\s+(?P<action>\S+)$",
    re.IGNORECASE,
)
STAFF_DONE_WORDS = frozenset({"done", "confirm", "完成", "确认"})
STAFF_UNDO_WORDS = frozenset({"undo", "撤销", "改回"})


@dataclass(frozen=True)
class StaffStepCommand:
    who: str
    step: int
    action: Literal["done", "undo"] | None  # None: a word that is neither (refused, named)
    word: str


def read_staff_command(text: str) -> StaffStepCommand | None:
    """`<user> step N done|undo` (also `<user> 第N步 完成|撤销`), or None for anything else."""
    match = _STAFF_COMMAND.match(text.strip())
    if not match or not re.search(r"step|第|步", text, re.IGNORECASE):
        return None
    word = match.group("action").lower()
    action: Literal["done", "undo"] | None = (
        "done" if word in STAFF_DONE_WORDS else "undo" if word in STAFF_UNDO_WORDS else None
    )
    return StaffStepCommand(match.group("who"), int(match.group("number")), action, word)


def _who(actor: str) -> str:
    if actor == "bot":
        return t("journey_by_bot", "zh") + " / " + t("journey_by_bot", "en")
    return f"<@{actor}>" if re.fullmatch(r"[UW][A-Z0-9]{2,}", actor) else actor


def staff_journey_lines(journey: Journey | None) -> list[str]:
    """The vendor's journey for `/vendor` (both languages, like the rest of that answer):
    each step, who marked it, how and when, and staff confirmations."""
    if journey is None:
        return [both("journey_staff_none")]
    lines = [both("journey_staff_header", done=journey.steps_done, total=STEP_COUNT)]
    for step in JOINING_STEPS:
        marked = journey.marked_by(step.number)
        mark = "✅" if marked else ("➡️" if step.number == journey.steps_done + 1 else "⬜")
        line = f"{mark} {step.number}. {step.title_zh} / {step.title_en}"
        if marked:
            line += f" — {_who(marked.actor)} ({marked.source}, {marked.at[:16].replace('T', ' ')})"
        confirmed = journey.confirmed_by(step.number)
        if confirmed:
            line += " ✔ " + both("journey_staff_confirmed", who=_who(confirmed))
        lines.append(line)
    if journey.reminders_off:
        lines.append(both("journey_staff_reminders_off"))
    return lines


def apply_staff_command(
    db: Executor,
    team_id: str,
    user_id: str,
    command: StaffStepCommand,
    *,
    actor: str,
    at: datetime,
) -> str:
    """Staff confirm or correct a step (inside the caller's transaction); the answer."""
    if command.action is None:
        return both("journey_staff_usage", word=command.word)
    if not 1 <= command.step <= STEP_COUNT:
        return both("journey_no_such_step", number=command.step, total=STEP_COUNT)
    conn = _conn(db)
    step = JOINING_STEPS[command.step - 1]
    title = f"{step.title_zh} / {step.title_en}"
    if command.action == "done":
        outcome = confirm_step(conn, team_id, user_id, command.step, actor=actor, at=at)
        key = "journey_staff_marked" if outcome == "marked" else "journey_staff_confirmed_now"
    else:
        changed = undo_step(
            conn, team_id, user_id, command.step, actor=actor, source="staff", at=at
        )
        key = "journey_staff_undone" if changed else "journey_staff_undo_nothing"
    head = both(key, number=command.step, title=title, who=_who(user_id))
    return "\n".join([head, *staff_journey_lines(load_journey(conn, team_id, user_id))])
