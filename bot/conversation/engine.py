"""The conversation engine: one vendor message in, one `Reply` out, state persisted each turn.

Each call runs as one turn inside `BEGIN IMMEDIATE … COMMIT`: load the conversation, decide,
write the profile change and the new state together, commit. A crash between two messages
therefore loses nothing, and two messages for the same vendor can never interleave half-way.
Side effects that open their own transaction (handing a question to staff) run after commit.
An adapter may pass `on_commit` to commit its own writes (its outbox, its inbox) in the same
transaction; those after-commit side effects then join the transaction too.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from bot.answers.handoff import record_handoff
from bot.answers.model import Answer
from bot.config import Settings
from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.forms import (
    EligibilityForm,
    TicketForm,
    resolve_profile_item,
    resolve_ticket_field,
)
from bot.conversation.state import PROGRESS_STEP, ConversationState, Step
from bot.conversation.store import (
    StaleConversation,
    eligible_verdict_markets,
    finalize_ticket,
    latest_conversation,
    latest_ticket,
    load_conversation,
    load_verdicts,
    mark_ticket_outdated,
    save_conversation,
    save_verdict,
    upsert_draft_ticket,
)
from bot.conversation.types import (
    Choice,
    ConversationKey,
    Lang,
    MarketProgress,
    Notification,
    Progress,
    Reply,
)
from bot.i18n import (
    ALL_MARKETS_WORDS,
    CHANGE_FIELD_WORDS,
    CHANGE_PREFIXES,
    COMMANDS,
    CONFIRM_WORDS,
    CONTINUE_WORDS,
    DONE_WORDS,
    OTHER_MARKETS_WORDS,
    TICKET_FIELD_EXAMPLES,
    TICKET_FIELD_LABELS,
    TICKET_WORDS,
    cjk_count,
    clearly_switches_to,
    detect_lang,
    normalize_command,
    pick,
    t,
)
from bot.parsing import ParseError, parse_bool, support_note
from bot.privacy import ERASE_TEXTS, NO_LABEL, YES_LABEL, erase_vendor, is_erase_request
from bot.storage import audit, load_profile, save_profile, transaction
from rules.deposit import amount_in_capitals, deposit_for, deposit_for_market
from rules.eligibility import MarketVerdict, evaluate
from rules.markets import MARKET_IDS, find_markets_in_text, get_market
from rules.process import JOINING_STEPS
from rules.profile import PROFILE_FIELDS, ProfileError, validate_profile
from rules.ticket import TICKET_FIELDS, TicketFieldError, render_ticket, validate_field

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
# A verdict longer than this (every unmet condition with the guide's wording: ~21,000 characters
# in English for all 12 markets) is shown condensed, markets with unmet conditions first; the
# full text follows on "详细" / "details". One Slack message holds ~12,000 characters of blocks.
VERDICT_FULL_MAX_CHARS = 4000
MAX_RETRIES = 3
# Steps that read numbers themselves (market lists, the numbered summary).
_OWN_NUMBERING: frozenset[Step] = frozenset({"choose_markets", "ticket_markets", "confirm_known"})
TICKET_STEPS: frozenset[Step] = frozenset({"ticket_field", "ticket_review", "ticket_pick_field"})

_NUMBER_LIST = re.compile(r"^\s*\d+(\s*[,，、/;；\s]\s*\d+|\s*(和|and|&|\+)\s*\d+)*\s*$")
# "转人工 <question>", "human: <question>": the command with the text to hand over. A bare word
# like 人工 or human needs a separator, so "人工智能…" or "humanities" stay ordinary text.
_HANDOFF_WITH_TEXT = re.compile(
    r"^\s*(?:(?:转人工|人工客服)\s*[：:，,]?|(?:人工|human|talk to a human|staff|support)"
    r"\s*[：:，,]|(?:人工|human|talk to a human)\s+)\s*(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# Steps where the vendor has something under way that "welcome back" can resume.
_RESUMABLE_STEPS: frozenset[Step] = frozenset(
    {
        "confirm_known",
        "question",
        "verdict",
        "ticket_markets",
        "ticket_field",
        "ticket_review",
        "ticket_pick_field",
    }
)
# Every word the bot reads as a command or a menu choice: typing one never switches language.
_KNOWN_WORDS: frozenset[str] = frozenset().union(
    *COMMANDS.values(),
    CONTINUE_WORDS,
    CONFIRM_WORDS,
    TICKET_WORDS,
    OTHER_MARKETS_WORDS,
    DONE_WORDS,
    CHANGE_FIELD_WORDS,
    ALL_MARKETS_WORDS,
)
# A bare 转人工 more than this many messages after the question it would forward asks first.
HANDOFF_FRESH_TURNS = 2
# "表单" / "一次性填写" at a ticket field: show all five labels to fill in at once.
FORM_WORDS = frozenset({"表单", "一次性填写", "填表", "表格", "form", "fill in all", "all at once"})
# A mid-conversation switch to Chinese needs a sentence, not a short answer like 是的 / 安全市场.
_MIN_CJK_TO_SWITCH = 5
# ... and a switch to English a sentence of three words or more ("of course" is an answer).
_MIN_EN_WORDS_TO_SWITCH = 3


looks_like_question = reading.looks_like_question


# Answers the walk-through itself gives better: a market named with these is a pick.
_WALKTHROUGH_TOPICS = frozenset(
    {"computed.conditions", "computed.scope", "computed.conditions_overview", "greeting"}
)


def _kb_answer(
    question: str, lang: Lang, today: date, db: sqlite_utils.Database | None = None
) -> Answer:
    """bot.answers.answer; `today` is the engine's clock, so "this month" means the vendor's
    month (ONBOARD_TZ). With `db`, approved staff FAQ entries answer what the guide does not
    (before any hand-off is offered)."""
    # Call-time: bot.answers imports bot.conversation.types, whose package imports this module.
    from bot.answers import answer_with_extra
    from bot.staff_faq import staff_answer

    if db is None:
        return answer_with_extra(question, lang, today=today)
    return answer_with_extra(
        question, lang, today=today, extra=lambda text, chosen: staff_answer(db, text, chosen)
    )


def _joining_steps(lang: Lang) -> list[str]:
    """The seven joining steps (rules.process), as numbered lines."""
    return [f"{step.number}. {step.en if lang == 'en' else step.zh}" for step in JOINING_STEPS]


@dataclass
class _Turn:
    """One vendor input being handled: the state, the profile, and what to do after commit."""

    key: ConversationKey
    state: ConversationState
    profile: dict[str, Any]
    today: date
    clicked: bool = False
    # The vendor confirmed "delete my data": erased in this turn's transaction.
    erase: bool = False
    profile_changes: dict[str, Any] = field(default_factory=dict)
    notifications: list[Notification] = field(default_factory=list)
    after_commit: list[Callable[[Reply], None]] = field(default_factory=list)

    @property
    def lang(self) -> Lang:
        return self.state.lang


# Called inside the turn's transaction, just before COMMIT, with the final reply: an adapter's
# own writes (the reply into its outbox, its inbox event marked done) commit with the step.
OnCommit = Callable[[sqlite3.Connection, Reply], None]


def _condensed_verdict_lines(header: str, verdicts: list[MarketVerdict], lang: Lang) -> list[str]:
    """One line per market and one per kind of gap (unmet, missing), by the field's label."""
    order = {"not_eligible": 0, "incomplete": 1, "eligible": 2}
    lines = [header]
    for verdict in sorted(verdicts, key=lambda v: order.get(v.status, 3)):
        lines.append(
            t(f"status_{verdict.status}", lang, market=q.market_name(verdict.market, lang))
        )
        separator = "、" if lang == "zh" else ", "
        if verdict.unmet:
            labels = dict.fromkeys(q.label(unmet.key, lang) for unmet in verdict.unmet)
            lines.append(t("unmet_short", lang, labels=separator.join(labels)))
        if verdict.missing:
            labels = dict.fromkeys(q.label(key, lang) for key in verdict.missing)
            lines.append(t("missing_line", lang, labels=separator.join(labels)))
    lines.append(t("verdict_condensed", lang))
    return lines


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


class Engine:
    """The Slack-independent conversation core (see bot/conversation/types.py)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: Settings,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self._today = today or (lambda: datetime.now(settings.tz).date())
        # One sqlite3 connection cannot hold two transactions: serialise turns in this process;
        # BEGIN IMMEDIATE + the version column guard against other processes.
        self._lock = threading.RLock()

    # ----- public API ---------------------------------------------------------------------

    def start(
        self, key: ConversationKey, lang: Lang | None = None, *, on_commit: OnCommit | None = None
    ) -> Reply:
        return self._run(key, lambda turn: self._on_start(turn, lang), on_commit)

    def handle_text(
        self, key: ConversationKey, text: str, *, on_commit: OnCommit | None = None
    ) -> Reply:
        return self._run(key, lambda turn: self._on_text(turn, text), on_commit)

    def handle_choice(
        self, key: ConversationKey, value: str, *, on_commit: OnCommit | None = None
    ) -> Reply:
        def clicked(turn: _Turn) -> Reply:
            turn.clicked = True
            return self._on_text(turn, value)

        return self._run(key, clicked, on_commit)

    def submit_ticket_form(
        self,
        key: ConversationKey,
        fields: Mapping[str, str],
        *,
        on_commit: OnCommit | None = None,
    ) -> Reply | dict[str, str]:
        """A rejected form (a dict of field errors) writes nothing and never calls `on_commit`."""
        return self._run(key, lambda turn: self._on_form(turn, fields), on_commit)

    def progress(self, team_id: str, user_id: str) -> Progress:
        with self._lock:
            state = latest_conversation(self.db, team_id, user_id) or ConversationState()
            profile = load_profile(self.db, team_id, user_id)
            verdict_rows = load_verdicts(self.db, team_id, user_id)
            ticket = latest_ticket(self.db, team_id, user_id)
        answered = remaining = 0
        if state.markets:
            for qid in q.requests_by_id(state.markets):
                if q.known_value(profile, qid) is None:
                    remaining += 1
                else:
                    answered += 1
        shown = [row for row in verdict_rows if not state.markets or row["market"] in state.markets]
        order = {market: index for index, market in enumerate(MARKET_IDS)}
        shown.sort(key=lambda row: order.get(row["market"], 99))
        if state.step in ("ticket_field", "ticket_markets"):
            ticket_status = "drafting"
        elif state.step in ("ticket_review", "ticket_pick_field"):
            ticket_status = "review"
        elif ticket and ticket["status"] == "final" and not ticket["outdated"]:
            ticket_status = "final"
        else:
            ticket_status = "none"
        amount = ticket["amount"] if ticket and ticket_status == "final" else None
        if ticket_status in ("drafting", "review") and state.ticket_markets:
            amount = deposit_for(state.ticket_markets)
        return Progress(
            lang=state.lang,
            step=PROGRESS_STEP[state.step],
            markets=list(state.markets),
            answered=answered,
            remaining=remaining,
            verdicts=[MarketProgress(row["market"], row["status"]) for row in shown],
            ticket_status=ticket_status,  # type: ignore[arg-type]
            ticket_amount=amount,
        )

    # ----- the turn machinery -------------------------------------------------------------

    def _run(
        self,
        key: ConversationKey,
        handler: Callable[[_Turn], Any],
        on_commit: OnCommit | None = None,
    ) -> Any:
        lang: Lang = "zh"
        finished = False
        with self._lock:
            for _attempt in range(MAX_RETRIES):
                try:
                    with transaction(self.db):
                        stored = load_conversation(self.db, key)
                        lang = stored.state.lang
                        start_step = stored.state.step
                        turn = _Turn(
                            key=key,
                            state=stored.state,
                            profile=load_profile(self.db, key.team_id, key.user_id),
                            today=self._today(),
                        )
                        result = handler(turn)
                        if isinstance(result, dict):
                            # A rejected form: nothing is written (the transaction commits
                            # without a single write).
                            return result
                        version = stored.version
                        if turn.erase:
                            version = self._erase(turn)
                        elif turn.profile_changes:
                            save_profile(
                                self.db,
                                key.team_id,
                                key.user_id,
                                turn.profile,
                                actor=key.user_id,
                                changed=turn.profile_changes,
                            )
                        if key.thread_ts and (
                            start_step in TICKET_STEPS or turn.state.step in TICKET_STEPS
                        ):
                            result.private = True
                            self._move_ticket_to_dm(turn)
                        save_conversation(self.db, key, turn.state, version)
                        if on_commit is not None:
                            # The after-commit actions join this transaction (a handoff row
                            # is then committed with the reply that announces it).
                            result = self._finish(key, turn, result)
                            on_commit(self.db.conn, result)
                            finished = True
                    break
                except StaleConversation:
                    continue
                except sqlite3.OperationalError:
                    # Storage (locked by a long import, disk full), not the vendor's input:
                    # rolled back; the caller retries the whole input later.
                    raise
                except Exception:
                    log.exception("conversation turn failed for %s", key)
                    return Reply(text=t("internal_error", lang), lang=lang)
            else:
                return Reply(text=t("busy", lang), lang=lang)
        if finished:
            return result
        return self._finish(key, turn, result)

    def _erase(self, turn: _Turn) -> int:
        """Erase the vendor's data (every conversation included); the turn continues on a
        fresh state that keeps only the language. Returns the version to save it under."""
        old = turn.state
        erase_vendor(self.db, turn.key.team_id, turn.key.user_id, actor=turn.key.user_id)
        turn.state = ConversationState(
            lang=old.lang, lang_settled=old.lang_settled, lang_explicit=old.lang_explicit
        )
        turn.profile, turn.profile_changes = {}, {}
        return 0  # the conversation row is gone: a fresh one is inserted

    def _move_ticket_to_dm(self, turn: _Turn) -> None:
        """A ticket holds contact data: drafting continues in the vendor's DM conversation,
        which takes over this thread's state; the thread keeps no ticket data."""
        key = turn.key
        dm_key = ConversationKey(key.team_id, key.user_id)
        dm = load_conversation(self.db, dm_key)
        save_conversation(self.db, dm_key, turn.state, dm.version)
        old = turn.state
        turn.state = ConversationState(
            step="done",
            lang=old.lang,
            lang_settled=old.lang_settled,
            lang_explicit=old.lang_explicit,
            last_markets=list(old.markets or old.last_markets),
        )

    def _finish(self, key: ConversationKey, turn: _Turn, result: Reply) -> Reply:
        reply = result
        reply.lang = turn.state.lang
        reply.notifications = [*turn.notifications, *reply.notifications]
        for action in turn.after_commit:
            try:
                action(reply)
            except Exception:
                log.exception("after-commit action failed for %s", key)
        return reply

    # ----- entry points -------------------------------------------------------------------

    def _on_start(self, turn: _Turn, lang: Lang | None) -> Reply:
        state = turn.state
        if lang in ("zh", "en"):
            state.lang, state.lang_settled = lang, True
        # A new session: a question left unanswered before is no longer the obvious one for a
        # bare 转人工 (it is confirmed first).
        state.unanswered_turn = min(
            state.unanswered_turn, state.turn_number - HANDOFF_FRESH_TURNS - 1
        )
        if state.step not in _RESUMABLE_STEPS:
            return self._greet(turn)
        prompt = self._prompt(turn)
        return self._prefixed(t("welcome_back", turn.lang), prompt)

    def _on_text(self, turn: _Turn, raw: str) -> Reply:
        state = turn.state
        if not isinstance(raw, str):
            raw = ""
        if len(raw) > MAX_MESSAGE_CHARS:
            message = t("too_long", turn.lang, length=len(raw), limit=MAX_MESSAGE_CHARS)
            return self._prefixed(message, self._prompt(turn))
        text = raw.strip()
        state.turn_number += 1
        self._settle_language(turn, text)
        if not text:
            return self._prefixed(t("empty", turn.lang), self._prompt(turn))
        if state.awaiting_erase or is_erase_request(text):
            return self._on_erase_request(turn, text)

        command = normalize_command(text)
        is_command = any(command in words for words in COMMANDS.values())
        # The topics of the latest unsure answer are numbered on screen: "1" picks one, unless
        # the question shown below them has numbered options of its own (是/否, the markets).
        topics, state.suggested_topics = state.suggested_topics, []
        if (
            topics
            and _is_number(text)
            and 1 <= int(text) <= len(topics)
            and state.step not in _OWN_NUMBERING
            and not self._choices(turn)
        ):
            return self._answer_question(turn, topics[int(text) - 1], then=self._prompt(turn))
        if state.confirm_handoff:
            state.confirm_handoff = False
            if not is_command and _is_yes(text):
                return self._on_handoff(turn, state.unanswered_question, confirmed=True)
            if not is_command and not _is_no(text):
                return self._on_handoff(turn, text)
        confirm_markets, state.confirm_markets = state.confirm_markets, []
        if confirm_markets and not is_command and _is_yes(text):
            if state.step == "ticket_markets":
                return self._start_ticket_fields(turn, confirm_markets)
            state.advance("choose_markets")
            return self._choose(turn, confirm_markets)
        handoff = _HANDOFF_WITH_TEXT.match(text)
        if handoff and not is_command:
            state.awaiting_handoff = False
            return self._on_handoff(turn, handoff.group("text").strip())
        if state.awaiting_handoff:
            state.awaiting_handoff = False
            if not is_command:
                return self._on_handoff(turn, text)
        for name, words in COMMANDS.items():
            if command in words:
                handled = self._on_command(turn, name)
                if handled is not None:
                    return handled
        change_target = self._change_target(turn, text)
        if change_target is not None:
            return change_target
        if state.step not in TICKET_STEPS and (
            command in TICKET_WORDS or command == normalize_command(t("choice_ticket", turn.lang))
        ):
            return self._begin_ticket(turn)
        if state.step in TICKET_STEPS and command in FORM_WORDS:
            return self._ticket_form_template(turn)

        # A number picks the numbered option of the question on screen.
        choices = self._choices(turn)
        if _is_number(text) and choices and state.step not in _OWN_NUMBERING:
            index = int(text)
            if 1 <= index <= len(choices):
                text = choices[index - 1].value

        step = state.step
        if step == "idle":
            return self._on_idle(turn, text)
        if step == "choose_markets":
            return self._on_choose_markets(turn, text)
        if step == "confirm_known":
            return self._on_confirm_known(turn, text)
        if step == "question":
            return self._on_answer(turn, text)
        if step == "verdict":
            return self._on_verdict_choice(turn, text)
        if step == "ticket_markets":
            return self._on_ticket_markets(turn, text)
        if step == "ticket_field":
            return self._on_ticket_field(turn, text)
        if step == "ticket_review":
            return self._on_ticket_review(turn, text)
        if step == "ticket_pick_field":
            return self._on_ticket_pick(turn, text)
        return self._on_done(turn, text)

    def _settle_language(self, turn: _Turn, text: str) -> None:
        state = turn.state
        if turn.clicked:
            return  # a button's value says nothing about the vendor's language
        if state.step in TICKET_STEPS:
            return  # emails, company names and addresses say nothing about it either
        if state.lang_explicit:
            return  # "English" / "中文" holds until the vendor chooses again
        # Acronyms that Chinese text uses too ("API", "IoT") are no English words.
        english_words = _english_words(text)
        if not state.lang_settled:
            detected = detect_lang(text)
            if not detected or (detected == "en" and english_words == 0):
                return
            if normalize_command(text) in COMMANDS["start"] | COMMANDS["help"]:
                # "hello" / "help" sets the reply language but does not settle it: the
                # vendor's first real sentence does.
                state.lang = detected
                return
            # At the market menu a first phrase ("security and api") tells the language; later,
            # while answering, it takes a sentence ("of course" is an answer).
            needed = 2 if state.step in ("idle", "choose_markets") else _MIN_EN_WORDS_TO_SWITCH
            if detected == "en" and english_words < needed:
                return
            if not _is_short_reply(text) and _is_sentence(text, detected):
                state.lang, state.lang_settled = detected, True
            return
        if _is_short_reply(text) or self._answers_current_question(turn, text):
            return  # 上一步, 是的, "RMB 2 million": answers and commands are not a language choice
        switched = clearly_switches_to(text, state.lang)
        if switched == "en" and english_words < _MIN_EN_WORDS_TO_SWITCH:
            return  # "of course", "retail link": a phrase, not a change of language
        if (
            switched == "zh"
            and cjk_count(text) < _MIN_CJK_TO_SWITCH
            and not looks_like_question(text)
        ):
            return
        if switched:
            state.lang = switched

    def _answers_current_question(self, turn: _Turn, text: str) -> bool:
        qid = turn.state.current_question
        if qid is None:
            return False
        try:
            q.parser_for(qid, turn.today)(text)
        except ParseError:
            return False
        return True

    # ----- commands -----------------------------------------------------------------------

    def _on_command(self, turn: _Turn, name: str) -> Reply | None:
        state = turn.state
        lang = turn.lang
        if name == "help":
            return self._prefixed(t("help", lang), self._prompt(turn))
        if name == "english" or name == "chinese":
            state.lang = "en" if name == "english" else "zh"
            state.lang_settled = state.lang_explicit = True
            return self._prefixed(t("lang_switched", turn.lang), self._prompt(turn))
        if name == "status":
            return self._prefixed(self._status_text(turn), self._prompt(turn))
        if name == "restart":
            self._reset_walkthrough(state)
            state.advance("choose_markets")
            return self._prefixed(t("restarted", lang), self._prompt(turn))
        if name == "cancel":
            keep_draft = state.step in TICKET_STEPS and bool(state.ticket_markets)
            if keep_draft:
                state.ticket_draft = {
                    "markets": list(state.ticket_markets),
                    "fields": dict(state.ticket_fields),
                }
            self._reset_walkthrough(state)
            state.advance("idle")
            if keep_draft and state.ticket_draft:
                count = len(state.ticket_draft["fields"])
                return Reply(text=t("cancelled_ticket", lang, count=count))
            return Reply(text=t("cancelled", lang))
        if name == "back":
            return self._on_back(turn)
        if name == "human":
            return self._on_handoff(turn)
        if name == "details" and state.step == "verdict":
            return self._show_verdict(turn, detailed=True)
        if name == "start":
            if state.step not in _RESUMABLE_STEPS and state.ticket_draft:
                return self._begin_ticket(turn)  # the draft left with 取消 continues
            if state.step not in _RESUMABLE_STEPS:
                return self._greet(turn)  # nothing under way: a greeting is a first contact
            return self._prefixed(t("welcome_back", lang), self._prompt(turn))
        return None

    def _reset_walkthrough(self, state: ConversationState) -> None:
        state.markets, state.pending, state.asked = [], [], []
        state.detour, state.resume_step = None, None
        state.eligible, state.ticket_markets, state.ticket_pending = [], [], []
        state.ticket_fields, state.ticket_id = {}, None

    def _on_back(self, turn: _Turn) -> Reply:
        state = turn.state
        lang = turn.lang
        if state.step == "question" and state.detour:
            return self._finish_detour(turn, prefix="")
        if state.step in ("question", "verdict"):
            if not state.asked:
                if state.step == "verdict":
                    state.advance("choose_markets")
                    return self._prompt(turn)
                return self._prefixed(t("back_at_first", lang), self._prompt(turn))
            previous = state.asked.pop()
            if state.step == "verdict":
                state.pending = []
            state.pending.insert(0, previous)
            state.advance("question")
            return self._prompt(turn)
        if state.step == "confirm_known":
            state.advance("choose_markets")
            return self._prompt(turn)
        if state.step == "ticket_field":
            current = state.current_ticket_field
            if state.detour:
                state.detour = None
                state.advance(state.resume_step or "ticket_review")
                state.resume_step = None
                return self._prompt(turn)
            index = TICKET_FIELDS.index(current) if current else 0
            if index == 0:
                if not state.markets:  # the ticket was started outside a walk-through
                    state.advance("choose_markets")
                    return self._prompt(turn)
                return self._show_verdict(turn)
            state.ticket_pending.insert(0, TICKET_FIELDS[index - 1])
            return self._prompt(turn)
        if state.step == "ticket_review":
            state.ticket_pending = [TICKET_FIELDS[-1]]
            state.advance("ticket_field")
            return self._prompt(turn)
        if state.step == "ticket_pick_field":
            state.advance("ticket_review")
            return self._prompt(turn)
        return self._prefixed(t("back_nothing", lang), self._prompt(turn))

    def _on_handoff(
        self, turn: _Turn, text: str | None = None, *, confirmed: bool = False
    ) -> Reply:
        """Hand `text` to staff; a bare 转人工 hands over the latest question the bot could not
        answer confidently, or asks what to hand over (never a question label of the flow)."""
        state = turn.state
        lang = turn.lang
        # The whole question goes to staff (messages are capped at 2,000 characters earlier);
        # only the echo to the vendor is shortened.
        question = (text or "") or state.unanswered_question
        prompt = self._prompt(turn)
        if not question:
            state.awaiting_handoff = True
            return Reply(text=t("handoff_ask", lang))
        stale = state.turn_number - state.unanswered_turn > HANDOFF_FRESH_TURNS
        if not text and not confirmed and stale:
            # Asked many messages ago (or in an earlier session): ask before forwarding it.
            state.confirm_handoff = True
            return Reply(
                text=t("handoff_confirm_old", lang, question=_clip(question, 200)),
                choices=q.choices_for("legal_entity", lang),
            )
        reply = Reply(text=t("handoff_unavailable", lang), choices=prompt.choices)
        key = turn.key

        def hand_over(final: Reply) -> None:
            handoff_id = record_handoff(self.db, key.team_id, key.user_id, question, lang)
            final.text = _join(
                t("handoff_done", lang, id=handoff_id, question=_clip(question, 200)), prompt.text
            )
            final.notifications.append(
                Notification(
                    kind="handoff",
                    text=f"服务商 {key.user_id} 请求人工协助 / asks for a human: {question}",
                    dedupe_key=f"handoff:{key.team_id}:{handoff_id}",
                    data={
                        "team_id": key.team_id,
                        "user_id": key.user_id,
                        "handoff_id": handoff_id,
                        "question": question,
                        "lang": lang,
                    },
                )
            )

        turn.after_commit.append(hand_over)
        state.unanswered_question = None
        return reply

    def _on_erase_request(self, turn: _Turn, text: str) -> Reply:
        """A request to delete their data asks for confirmation; then yes erases it all,
        any other reply keeps it."""
        state = turn.state
        lang = turn.lang
        if not state.awaiting_erase or is_erase_request(text):
            state.awaiting_erase = True
            return Reply(
                text=ERASE_TEXTS["confirm"][lang],
                choices=[Choice("yes", YES_LABEL[lang]), Choice("no", NO_LABEL[lang])],
            )
        state.awaiting_erase = False
        try:
            confirmed = parse_bool(text)
        except ParseError:
            confirmed = normalize_command(text) in CONFIRM_WORDS
        if confirmed:
            turn.erase = True
            return Reply(text=ERASE_TEXTS["erased"][lang])
        return self._prefixed(ERASE_TEXTS["kept"][lang], self._prompt(turn))

    # ----- change an earlier answer --------------------------------------------------------

    def _change_target(self, turn: _Turn, text: str) -> Reply | None:
        """`修改 注册资金` / `change capital` / `改 电话`: ask that item again, then come back."""
        lowered = text.lower()
        if normalize_command(text) in CHANGE_FIELD_WORDS | {
            normalize_command(t("choice_change_field", lang)) for lang in ("zh", "en")
        }:
            return None  # the review's "change a field" button, handled by its step
        prefix = next((p for p in CHANGE_PREFIXES if lowered.startswith(p)), None)
        if prefix is None:
            return None
        rest = text[len(prefix) :].strip(" ：:，,")
        state = turn.state
        if not rest:
            if state.step == "ticket_review":
                state.advance("ticket_pick_field")
                return self._prompt(turn)
            return None
        if state.step in TICKET_STEPS:
            ticket_field = _resolve_ticket_field(rest)
            if ticket_field:
                if state.step == "ticket_field" and state.current_ticket_field == ticket_field:
                    return self._prompt(turn)
                if not state.detour:
                    state.resume_step = (
                        "ticket_field" if state.step == "ticket_field" else "ticket_review"
                    )
                state.detour = ticket_field
                state.advance("ticket_field")
                return self._prompt(turn)
        qid = self._resolve_profile_item(turn, rest)
        if qid is None:
            if state.step == "ticket_field" or prefix == "改":
                return None  # "改革路1号" is an address, not a command
            labels = self._changeable_labels(turn)
            if not labels:
                return self._prefixed(t("change_nothing", turn.lang), self._prompt(turn))
            message = t(
                "change_unknown",
                turn.lang,
                text=rest[:50],
                labels="、".join(labels) if turn.lang == "zh" else ", ".join(labels),
            )
            return self._prefixed(message, self._prompt(turn))
        if state.step == "question" and state.current_question == qid:
            return self._prompt(turn)
        if not (state.step == "question" and state.detour):
            state.resume_step = state.step
        state.detour = qid
        state.advance("question")
        return self._prompt(turn)

    def _changeable(self, turn: _Turn) -> list[str]:
        ids = list(q.requests_by_id(turn.state.markets)) if turn.state.markets else []
        for key, value in turn.profile.items():
            if key not in PROFILE_FIELDS:
                continue
            if key == q.EXPERIENCE_KEY and isinstance(value, Mapping):
                ids += [f"{key}:{market}" for market in value]
            else:
                ids.append(key)
        return list(dict.fromkeys(ids))

    def _changeable_labels(self, turn: _Turn) -> list[str]:
        return [q.label(qid, turn.lang) for qid in self._changeable(turn)]

    def _resolve_profile_item(self, turn: _Turn, rest: str) -> str | None:
        return resolve_profile_item(rest, turn.state.markets, turn.profile)

    def _finish_detour(self, turn: _Turn, prefix: str) -> Reply:
        """After a changed answer, go back to where the vendor was."""
        state = turn.state
        target: Step = state.resume_step or "question"
        state.detour, state.resume_step = None, None
        if target == "question":
            if state.pending:
                return self._prefixed(prefix, self._prompt(turn))
            return self._prefixed(prefix, self._show_verdict(turn))
        if target in ("verdict", "done"):
            if state.markets:
                return self._prefixed(prefix, self._show_verdict(turn))
            state.advance("done")
            return self._prefixed(prefix, self._prompt(turn))
        if target == "ticket_markets" and state.eligible and state.markets:
            # The re-check found an eligible market: its verdict (deposit, next steps) replaces
            # "no market was found eligible".
            return self._prefixed(prefix, self._show_verdict(turn))
        if target == "ticket_field" and not state.ticket_pending:
            target = "ticket_review"
        state.advance(target)
        return self._prefixed(prefix, self._prompt(turn))

    # ----- steps --------------------------------------------------------------------------

    def _greet(self, turn: _Turn) -> Reply:
        self._reset_walkthrough(turn.state)
        turn.state.advance("choose_markets")
        lang = turn.lang
        return Reply(
            text=_join(t("greeting", lang), self._market_menu(lang)),
            choices=self._market_choices(lang),
            multi_select=True,
        )

    def _market_menu(self, lang: Lang) -> str:
        return "\n".join(
            f"{number}. {q.market_name(market_id, lang)}"
            for number, market_id in enumerate(MARKET_IDS, start=1)
        )

    def _market_choices(self, lang: Lang) -> list[Choice]:
        return [Choice(market_id, q.market_name(market_id, lang)) for market_id in MARKET_IDS]

    def _parse_markets(self, text: str) -> tuple[list[str], str | None]:
        """Markets named by number, id, name or "all"; or an error message key + value."""
        command = normalize_command(text)
        if command in ALL_MARKETS_WORDS:
            return list(MARKET_IDS), None
        if _NUMBER_LIST.match(text):
            numbers = [int(n) for n in re.findall(r"\d+", text)]
            for number in numbers:
                if not 1 <= number <= len(MARKET_IDS):
                    return [], str(number)
            return list(dict.fromkeys(MARKET_IDS[n - 1] for n in numbers)), None
        return _read_markets(text).markets, None

    def _on_idle(self, turn: _Turn, text: str) -> Reply:
        markets, _ = self._parse_markets(text)
        if markets and not _NUMBER_LIST.match(text):
            self._reset_walkthrough(turn.state)
            turn.state.advance("choose_markets")
            return self._on_market_input(turn, text, then=self._choose)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=self._greet_prompt(turn))
        return self._greet(turn)

    def _greet_prompt(self, turn: _Turn) -> Reply:
        lang = turn.lang
        return Reply(
            text=_join(t("choose_markets", lang), self._market_menu(lang)),
            choices=self._market_choices(lang),
            multi_select=True,
        )

    def _on_choose_markets(self, turn: _Turn, text: str) -> Reply:
        return self._on_market_input(turn, text, then=self._choose)

    def _on_market_input(
        self, turn: _Turn, text: str, *, then: Callable[[_Turn, list[str]], Reply]
    ) -> Reply:
        """Markets typed at a market menu go to `then`; anything else is answered in place."""
        markets, bad_number = self._parse_markets(text)
        lang = turn.lang
        if bad_number is not None:
            return self._prefixed(
                t("market_number_out_of_range", lang, number=bad_number), self._prompt(turn)
            )
        if markets and not self._is_question_about_markets(turn, text):
            choice = _read_markets(text) if not _NUMBER_LIST.match(text) else None
            if choice is not None and choice.confirm_zh and choice.confirm_en:
                turn.state.confirm_markets = choice.markets
                return Reply(
                    text=pick((choice.confirm_zh, choice.confirm_en), lang),
                    choices=self._market_choices(lang),
                    multi_select=True,
                )
            return then(turn, markets)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=self._prompt(turn))
        return self._prefixed(
            t("markets_not_understood", lang, text=_clip(text)), self._prompt(turn)
        )

    def _is_question_about_markets(self, turn: _Turn, text: str) -> bool:
        """ "建站市场这个月卖了30万佣金多少？" names a market but is a question, not a pick.

        Only a confident answer on something other than the markets' own conditions or scope
        counts: "安全市场和API市场？" or "建站市场要什么条件？" still pick, since the
        walk-through is the fullest answer to those."""
        if not looks_like_question(text):
            return False
        try:
            found = _kb_answer(text[:500], turn.lang, turn.today)
        except Exception:
            log.exception("answering %r failed", text[:80])
            return False
        return bool(
            found.confident and not found.out_of_scope and found.topic not in _WALKTHROUGH_TOPICS
        )

    def _choose(self, turn: _Turn, markets: list[str]) -> Reply:
        state = turn.state
        lang = turn.lang
        state.markets = markets
        state.last_markets = list(markets)
        requests = q.requests_by_id(markets)
        state.pending = [qid for qid in requests if q.known_value(turn.profile, qid) is None]
        state.asked = []
        chosen = t("markets_chosen", lang, markets=q.market_list(markets, lang))
        if len(state.pending) < len(requests):
            state.advance("confirm_known")
            return self._prefixed(chosen, self._prompt(turn))
        if state.pending:
            state.advance("question")
            return self._prefixed(chosen, self._prompt(turn))
        return self._prefixed(chosen, self._show_verdict(turn))

    def _on_confirm_known(self, turn: _Turn, text: str) -> Reply:
        state = turn.state
        command = normalize_command(text)
        known = [qid for qid in q.requests_by_id(state.markets) if qid not in state.pending]
        if _is_number(text):
            index = int(text)
            if index == 1:
                command = normalize_command(t("choice_continue", turn.lang))
            elif 2 <= index <= len(known) + 1:
                qid = known[index - 2]
                state.resume_step, state.detour = "confirm_known", qid
                state.advance("question")
                return self._prompt(turn)
        if command in CONTINUE_WORDS or command in CONFIRM_WORDS:
            if state.pending:
                state.advance("question")
                return self._prompt(turn)
            return self._show_verdict(turn)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=self._prompt(turn))
        return self._prefixed(t("not_understood_answer", turn.lang), self._prompt(turn))

    def _on_answer(self, turn: _Turn, text: str) -> Reply:
        state = turn.state
        qid = state.current_question
        lang = turn.lang
        if qid is None:  # defensive: nothing pending means the verdict is due
            return self._show_verdict(turn)
        confirming, state.confirming = state.confirming, None
        if confirming and confirming.get("slot") == qid:
            if _is_yes(text):
                return self._store_and_advance(turn, qid, confirming["value"])
            if _is_no(text):
                return self._prefixed(t("confirm_declined", lang), self._prompt(turn))
        form = EligibilityForm(state.markets, turn.profile, turn.today)
        found = reading.interpret(form, qid, text)
        if isinstance(found, reading.Unknown):
            return self._record_unknown(turn, qid)
        if isinstance(found, reading.Question):
            return self._answer_question(turn, text, then=self._prompt(turn))
        if isinstance(found, reading.Unclear | reading.Refused):
            message = found.en if lang == "en" else found.zh
            prefix = (
                message
                if isinstance(found, reading.Unclear)
                else _join(t("not_understood_answer", lang), message)
            )
            return self._prefixed(prefix, self._prompt(turn))
        if isinstance(found, reading.Several):
            return self._store_several(turn, qid, found)
        if isinstance(found, reading.Correction) and found.slot != qid:
            return self._correct(turn, qid, found)
        answer = found.reading if isinstance(found, reading.Correction) else found
        if answer is None:
            return self._prefixed(t("not_understood_answer", lang), self._prompt(turn))
        return self._take_answer(turn, qid, answer, text)

    def _take_answer(self, turn: _Turn, qid: str, answer: reading.Answer, said: str) -> Reply:
        """Store a plain answer; an approximate or implausible one is confirmed first."""
        stored = q.to_json_value(answer.value)
        if (
            answer.approximate
            and not answer.implausible
            and isinstance(answer.value, date)
            and self._day_does_not_matter(turn, answer.value)
        ):
            # "2018年12月": the 1st is recorded when no day of that month changes a verdict.
            note = t("month_recorded", turn.lang, value=stored)
            return self._store_and_advance(turn, qid, stored, note=note)
        if answer.approximate or answer.implausible:
            turn.state.confirming = {
                "slot": qid,
                "value": stored,
                "said": said[:60],
                "unusual": answer.implausible,
            }
            return self._prompt(turn)
        support = support_note(said) if q.kind_of(qid) == "support" else None
        return self._store_and_advance(
            turn, qid, stored, note=pick(support, turn.lang) if support else ""
        )

    def _day_does_not_matter(self, turn: _Turn, first: date) -> bool:
        """Whether every day of `first`'s month gives the same verdicts for the chosen markets."""
        if not turn.state.markets:
            return False
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        outcomes = set()
        for day in {first, min(last, turn.today)}:
            profile = q.with_answer(turn.profile, "license_date", day.isoformat())
            try:
                verdicts = evaluate(validate_profile(profile), turn.state.markets, turn.today)
            except ProfileError:
                return False
            outcomes.add(
                tuple((v.market, v.status, tuple(u.key for u in v.unmet)) for v in verdicts)
            )
        return len(outcomes) == 1

    def _store(self, turn: _Turn, qid: str, stored: Any) -> str | None:
        """Write one answer into the profile; the "noted" line, or None when it is invalid."""
        lang = turn.lang
        try:
            validate_profile(q.with_answer({}, qid, stored))
        except ProfileError:
            return None
        turn.profile = q.with_answer(turn.profile, qid, stored)
        turn.profile_changes[qid] = stored
        return t(
            "answer_saved", lang, label=q.label(qid, lang), value=q.format_value(qid, stored, lang)
        )

    def _store_and_advance(self, turn: _Turn, qid: str, stored: Any, note: str = "") -> Reply:
        lang = turn.lang
        try:
            validate_profile(q.with_answer({}, qid, stored))
        except ProfileError as error:
            return self._prefixed(error.message(lang), self._prompt(turn))
        saved = _join(self._store(turn, qid, stored) or "", note)
        saved = _join(saved, self._recheck_verdicts(turn))
        return self._advance_from(turn, qid, saved)

    def _advance_from(self, turn: _Turn, qid: str, saved: str) -> Reply:
        """After `qid` was settled (answered or recorded unknown): the next question."""
        state = turn.state
        if state.detour == qid:
            if qid in state.pending:
                state.pending.remove(qid)
                state.asked.append(qid)
            return self._finish_detour(turn, prefix=saved)
        if qid in state.pending:
            state.pending.remove(qid)
        state.asked.append(qid)
        if state.pending:
            return self._prefixed(saved, self._prompt(turn))
        return self._prefixed(_join(saved, t("all_answered", turn.lang)), self._show_verdict(turn))

    def _record_unknown(self, turn: _Turn, qid: str) -> Reply:
        """不知道 / 跳过: the answer is left out (the verdict lists it as missing)."""
        lang = turn.lang
        if q.known_value(turn.profile, qid) is not None:
            key, market = q.split_id(qid)
            updated = dict(turn.profile)
            if market:
                per_market = dict(updated.get(key) or {})
                per_market.pop(market, None)
                updated[key] = per_market
            else:
                updated.pop(key, None)
            turn.profile = updated
            turn.profile_changes[qid] = None
        note = _join(
            t("answer_unknown", lang, label=q.label(qid, lang)), self._recheck_verdicts(turn)
        )
        return self._advance_from(turn, qid, note)

    def _store_several(self, turn: _Turn, qid: str, found: reading.Several) -> Reply:
        """Several labelled answers in one message: each is stored; the rest is asked."""
        state = turn.state
        lang = turn.lang
        lines = []
        for slot, value in found.values.items():
            line = self._store(turn, slot, q.to_json_value(value))
            if line is None:
                continue
            lines.append(line)
            if slot in state.pending and slot != qid:
                state.pending.remove(slot)
                state.asked.append(slot)
        for slot, (zh, en) in found.errors.items():
            lines.append(
                f"{q.label(slot, lang)}：{zh}" if lang == "zh" else f"{q.label(slot, lang)}: {en}"
            )
        saved = _join("\n".join(lines), self._recheck_verdicts(turn))
        if qid in found.values:
            return self._advance_from(turn, qid, saved)
        return self._prefixed(saved, self._prompt(turn))

    def _correct(self, turn: _Turn, qid: str, found: reading.Correction) -> Reply:
        """A correction of another question ("不对，经验应该是3年"): change it, say so, then
        ask the current question again. Without a usable value, that question is asked."""
        state = turn.state
        lang = turn.lang
        answer = found.reading
        if answer is None or answer.approximate or answer.implausible:
            if not (state.step == "question" and state.detour):
                state.resume_step = state.step
            state.detour = found.slot
            if answer is not None:
                state.confirming = {
                    "slot": found.slot,
                    "value": q.to_json_value(answer.value),
                    "said": "",
                }
            return self._prompt(turn)
        stored = q.to_json_value(answer.value)
        line = self._store(turn, found.slot, stored)
        if line is None:
            return self._prefixed(t("not_understood_answer", lang), self._prompt(turn))
        corrected = t(
            "answer_corrected",
            lang,
            label=q.label(found.slot, lang),
            value=q.format_value(found.slot, stored, lang),
        )
        if found.slot in state.pending:
            state.pending.remove(found.slot)
            state.asked.append(found.slot)
        note = _join(corrected, self._recheck_verdicts(turn))
        return self._prefixed(_join(note, t("back_to_question", lang)), self._prompt(turn))

    # ----- verdict ------------------------------------------------------------------------

    def _evaluate(self, turn: _Turn) -> list[MarketVerdict]:
        canonical = validate_profile(turn.profile)
        return evaluate(canonical, turn.state.markets, turn.today)

    def _show_verdict(self, turn: _Turn, *, detailed: bool = False) -> Reply:
        state = turn.state
        lang = turn.lang
        key = turn.key
        try:
            verdicts = self._evaluate(turn)
        except ProfileError as error:
            # Only a licence date after today can get here (the clock moved back): ask again.
            state.detour, state.resume_step = "license_date", "verdict"
            state.advance("question")
            return self._prefixed(error.message(lang), self._prompt(turn))
        state.advance("verdict")
        state.eligible = [v.market for v in verdicts if v.status == "eligible"]
        as_of = turn.today.isoformat()
        lines = [t("verdict_header", lang, as_of=as_of)]
        for verdict in verdicts:
            name = q.market_name(verdict.market, lang)
            lines.append(t(f"status_{verdict.status}", lang, market=name))
            for unmet in verdict.unmet:
                lines.append(
                    t(
                        "unmet_line",
                        lang,
                        reason=unmet.reason_en if lang == "en" else unmet.reason_zh,
                    )
                )
                lines.append(t("seed_line", lang, seed=unmet.condition))
            if verdict.missing:
                labels = [q.label(k, lang) for k in verdict.missing]
                lines.append(
                    t(
                        "missing_line",
                        lang,
                        labels="、".join(labels) if lang == "zh" else ", ".join(labels),
                    )
                )
            for note in verdict.notes:
                lines.append(t("note_line", lang, note=note))
            self._store_verdict(turn, verdict)
        if not detailed and sum(len(line) + 1 for line in lines) > VERDICT_FULL_MAX_CHARS:
            lines = _condensed_verdict_lines(lines[0], verdicts, lang)
        audit(
            self.db,
            key.user_id,
            "eligibility.verdict",
            f"{key.team_id}/{key.user_id}",
            {"as_of": as_of, "verdicts": {v.market: v.status for v in verdicts}},
        )
        sections = ["\n".join(lines)]
        if state.eligible:
            sections.append("\n".join([t("next_steps", lang), *_joining_steps(lang)]))
            deposit_lines = [t("deposit_header", lang)]
            for market_id in state.eligible:
                deposit_lines.append(
                    t(
                        "deposit_line",
                        lang,
                        market=q.market_name(market_id, lang),
                        amount=deposit_for_market(market_id),
                    )
                )
            total = deposit_for(state.eligible)
            deposit_lines.append(
                t("deposit_total", lang, amount=total, capitals=amount_in_capitals(total))
            )
            deposit_lines.append(t("deposit_rules", lang))
            sections.append("\n".join(deposit_lines))
        else:
            sections.append(t("none_eligible", lang))
        prompt = self._prompt(turn)
        return Reply(text=_join(*sections, prompt.text), choices=prompt.choices)

    def _store_verdict(self, turn: _Turn, verdict: MarketVerdict) -> None:
        """Save one verdict as of today; tell staff (once per profile) about an eligible one."""
        key = turn.key
        as_of = turn.today.isoformat()
        save_verdict(
            self.db,
            key.team_id,
            key.user_id,
            market=verdict.market,
            status=verdict.status,
            unmet=[
                {
                    "key": u.key,
                    "condition": u.condition,
                    "reason_zh": u.reason_zh,
                    "reason_en": u.reason_en,
                }
                for u in verdict.unmet
            ],
            missing=list(verdict.missing),
            deposit=verdict.deposit,
            as_of=as_of,
        )
        if verdict.status != "eligible":
            return
        profile_hash = hashlib.sha256(
            json.dumps(turn.profile, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()[:16]
        dedupe_key = f"eligible:{key.team_id}:{key.user_id}:{verdict.market}:{profile_hash}"
        if any(n.dedupe_key == dedupe_key for n in turn.notifications):
            return  # re-checked and then shown in the same turn
        market = get_market(verdict.market)
        turn.notifications.append(
            Notification(
                kind="eligible",
                text=(
                    f"服务商 {key.user_id} 符合{market.name}入驻条件 / "
                    f"vendor {key.user_id} is eligible for the {market.name_en}"
                ),
                dedupe_key=dedupe_key,
                data={
                    "team_id": key.team_id,
                    "user_id": key.user_id,
                    "market": verdict.market,
                    "deposit": verdict.deposit,
                    "as_of": as_of,
                },
            )
        )

    def _recheck_verdicts(self, turn: _Turn) -> str:
        """After a profile change: re-evaluate every market the vendor has a stored verdict for
        (in this turn's transaction, as of today) and say which verdicts changed."""
        key = turn.key
        lang = turn.lang
        stored = {
            row["market"]: row["status"] for row in load_verdicts(self.db, key.team_id, key.user_id)
        }
        if not stored:
            return ""
        try:
            canonical = validate_profile(turn.profile)
        except ProfileError:
            return ""  # a licence date after today: the verdict step asks it again
        verdicts = evaluate(canonical, list(stored), turn.today)
        lines = []
        for verdict in verdicts:
            self._store_verdict(turn, verdict)
            before = stored[verdict.market]
            if verdict.status != before:
                lines.append(
                    t(
                        "verdict_changed_line",
                        lang,
                        market=q.market_name(verdict.market, lang),
                        old=t(f"verdict_word_{before}", lang),
                        new=t(f"verdict_word_{verdict.status}", lang),
                    )
                )
        now_eligible = {v.market for v in verdicts if v.status == "eligible"}
        outdated = self._flag_outdated_ticket(turn, stored, verdicts)
        if outdated:
            lines.append(outdated)
        state = turn.state
        state.eligible = [
            market
            for market in state.markets
            if market in now_eligible or (market in state.eligible and market not in stored)
        ]
        if not lines:
            return ""
        audit(
            self.db,
            key.user_id,
            "eligibility.recheck",
            f"{key.team_id}/{key.user_id}",
            {"as_of": turn.today.isoformat(), "verdicts": {v.market: v.status for v in verdicts}},
        )
        return "\n".join([t("verdict_changed_header", lang), *lines])

    def _flag_outdated_ticket(
        self, turn: _Turn, before: Mapping[str, str], verdicts: list[MarketVerdict]
    ) -> str:
        """A confirmed ticket with a market that has just stopped being eligible: its deposit is
        wrong now. Flag it (once) and say so; never keep the old deposit silently."""
        key = turn.key
        lang = turn.lang
        ticket = latest_ticket(self.db, key.team_id, key.user_id)
        if not ticket or ticket["status"] != "final" or ticket["outdated"]:
            return ""
        now = {verdict.market: verdict.status for verdict in verdicts}
        lost = [
            market
            for market in ticket["markets"]
            if before.get(market) == "eligible" and now.get(market, "eligible") != "eligible"
        ]
        if not lost:
            return ""
        mark_ticket_outdated(self.db, ticket["id"])
        still = [market for market in ticket["markets"] if market not in lost]
        audit(
            self.db,
            key.user_id,
            "ticket.outdated",
            f"{key.team_id}/{key.user_id}",
            {"ticket_id": ticket["id"], "amount": ticket["amount"], "lost": lost},
        )
        word = t("verdict_word_not_eligible", lang)
        changed = ("、" if lang == "zh" else ", ").join(
            f"{q.market_name(market, lang)} {word}" for market in lost
        )
        return t(
            "ticket_outdated" if still else "ticket_outdated_none",
            lang,
            old=ticket["amount"],
            markets=q.market_list(ticket["markets"], lang),
            changed=changed,
            new=deposit_for(still) if still else 0,
        )

    def _on_verdict_choice(self, turn: _Turn, text: str) -> Reply:
        command = normalize_command(text)
        state = turn.state
        if command in TICKET_WORDS or command == normalize_command(t("choice_ticket", turn.lang)):
            return self._begin_ticket(turn)
        if command in OTHER_MARKETS_WORDS or command == normalize_command(
            t("choice_other_markets", turn.lang)
        ):
            self._reset_walkthrough(state)
            state.advance("choose_markets")
            return self._prompt(turn)
        if command in DONE_WORDS or command == normalize_command(t("choice_done", turn.lang)):
            state.advance("done")
            return Reply(text=t("done", turn.lang))
        markets, _ = self._parse_markets(text)
        if markets and not _NUMBER_LIST.match(text):
            self._reset_walkthrough(state)
            state.advance("choose_markets")
            return self._on_market_input(turn, text, then=self._choose)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=self._prompt(turn))
        return self._prefixed(t("not_understood_answer", turn.lang), self._prompt(turn))

    def _on_done(self, turn: _Turn, text: str) -> Reply:
        command = normalize_command(text)
        if command in TICKET_WORDS:
            return self._begin_ticket(turn)
        markets, _ = self._parse_markets(text)
        if markets and not _NUMBER_LIST.match(text):
            self._reset_walkthrough(turn.state)
            turn.state.advance("choose_markets")
            return self._on_market_input(turn, text, then=self._choose)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=None)
        return Reply(text=t("done", turn.lang))

    # ----- ticket ---------------------------------------------------------------------------

    def _begin_ticket(self, turn: _Turn) -> Reply:
        """The ticket for the markets found eligible: this walk-through's, or (with none under
        way) the stored verdicts'; when none is known, ask which markets."""
        state = turn.state
        eligible = list(state.eligible)
        if not eligible and not state.markets:
            eligible = eligible_verdict_markets(self.db, turn.key.team_id, turn.key.user_id)
        if not eligible and state.ticket_draft:
            eligible = list(state.ticket_draft.get("markets") or [])
        if not eligible:
            state.advance("ticket_markets")
            return self._prompt(turn)
        return self._start_ticket_fields(turn, eligible)

    def _start_ticket_fields(self, turn: _Turn, markets: list[str]) -> Reply:
        state = turn.state
        lang = turn.lang
        draft, state.ticket_draft = state.ticket_draft, None
        state.ticket_markets = markets
        state.ticket_fields = dict((draft or {}).get("fields") or {})
        state.ticket_pending = [name for name in TICKET_FIELDS if name not in state.ticket_fields]
        state.ticket_id = None
        state.detour, state.resume_step = None, None
        intro = t(
            "ticket_intro", lang, markets=q.market_list(markets, lang), amount=deposit_for(markets)
        )
        if state.ticket_fields:
            intro = _join(intro, t("ticket_draft_resumed", lang, count=len(state.ticket_fields)))
        if not state.ticket_pending:
            state.advance("ticket_field")
            return self._prefixed(intro, self._review(turn))
        state.advance("ticket_field")
        return self._prefixed(intro, self._prompt(turn))

    def _on_ticket_markets(self, turn: _Turn, text: str) -> Reply:
        return self._on_market_input(turn, text, then=self._start_ticket_fields)

    def _suggested(self, turn: _Turn, name: str) -> str | None:
        if name in turn.state.ticket_fields:
            return turn.state.ticket_fields[name]
        previous = latest_ticket(self.db, turn.key.team_id, turn.key.user_id)
        if previous:
            value = previous["fields"].get(name)
            return value if isinstance(value, str) and value else None
        return None

    def _on_ticket_field(self, turn: _Turn, text: str) -> Reply:
        state = turn.state
        name = state.current_ticket_field
        lang = turn.lang
        if name is None:
            return self._review(turn)
        found = reading.interpret(TicketForm(), name, text)
        if isinstance(found, reading.Unknown):
            label = pick(TICKET_FIELD_LABELS[name], lang)
            return self._prefixed(t("ticket_field_required", lang, label=label), self._prompt(turn))
        if isinstance(found, reading.Question):
            return self._answer_question(turn, text, then=self._prompt(turn))
        if isinstance(found, reading.Refused | reading.Unclear):
            return self._prefixed(found.en if lang == "en" else found.zh, self._prompt(turn))
        if isinstance(found, reading.Several):
            return self._ticket_several(turn, found)
        if isinstance(found, reading.Correction) and found.slot != name:
            if found.reading is None:
                if not state.detour:
                    state.resume_step = "ticket_field"
                state.detour = found.slot
                return self._prompt(turn)
            state.ticket_fields[found.slot] = found.reading.value
            if found.slot in state.ticket_pending:
                state.ticket_pending.remove(found.slot)
            corrected = t(
                "answer_corrected",
                lang,
                label=pick(TICKET_FIELD_LABELS[found.slot], lang),
                value=found.reading.value,
            )
            return self._prefixed(_join(corrected, t("back_to_question", lang)), self._prompt(turn))
        answer = found.reading if isinstance(found, reading.Correction) else found
        if answer is None:
            return self._prefixed(t("not_understood_answer", lang), self._prompt(turn))
        state.ticket_fields[name] = answer.value
        if state.detour == name:
            state.detour = None
            if name in state.ticket_pending:
                state.ticket_pending.remove(name)
            resume = state.resume_step
            state.resume_step = None
            if resume == "ticket_field" and state.ticket_pending:
                return self._prompt(turn)
            return self._review(turn)
        if name in state.ticket_pending:
            state.ticket_pending.remove(name)
        if state.ticket_pending:
            return self._prompt(turn)
        return self._review(turn)

    def _ticket_several(self, turn: _Turn, found: reading.Several) -> Reply:
        """All five fields (or several) pasted in one message with their labels."""
        state = turn.state
        lang = turn.lang
        for name, value in found.values.items():
            state.ticket_fields[name] = value
            if name in state.ticket_pending:
                state.ticket_pending.remove(name)
            if state.detour == name:
                state.detour = None
        errors = [
            f"{pick(TICKET_FIELD_LABELS[name], lang)}：{zh if lang == 'zh' else en}"
            for name, (zh, en) in found.errors.items()
        ]
        for name in found.errors:
            if name not in state.ticket_pending and name not in state.ticket_fields:
                state.ticket_pending.append(name)
        state.ticket_pending.sort(key=TICKET_FIELDS.index)
        noted = t(
            "ticket_several_saved",
            lang,
            labels=("、" if lang == "zh" else ", ").join(
                pick(TICKET_FIELD_LABELS[name], lang) for name in found.values
            )
            or "-",
        )
        prefix = _join(noted, "\n".join(errors))
        if state.detour or state.ticket_pending:
            return self._prefixed(prefix, self._prompt(turn))
        state.resume_step = None
        return self._prefixed(prefix, self._review(turn))

    def _ticket_form_template(self, turn: _Turn) -> Reply:
        """ "表单" / "一次性填写": every label to fill in and send back in one message."""
        lang = turn.lang
        lines = [
            f"{TICKET_FIELD_LABELS[name][0]}：{turn.state.ticket_fields.get(name, '')}"
            for name in TICKET_FIELDS
        ]
        prompt = self._prompt(turn)
        return Reply(
            text=_join(t("ticket_form_template", lang), "\n".join(lines)),
            choices=prompt.choices,
            form=prompt.form,
            form_values=prompt.form_values,
        )

    def _review(self, turn: _Turn) -> Reply:
        state = turn.state
        key = turn.key
        text = render_ticket(state.ticket_markets, state.ticket_fields)
        state.ticket_id = upsert_draft_ticket(
            self.db,
            key.team_id,
            key.user_id,
            state.ticket_id,
            markets=state.ticket_markets,
            amount=deposit_for(state.ticket_markets),
            fields=state.ticket_fields,
            text=text,
        )
        state.advance("ticket_review")
        return self._prompt(turn)

    def _on_ticket_review(self, turn: _Turn, text: str) -> Reply:
        command = normalize_command(text)
        state = turn.state
        lang = turn.lang
        if command in CONFIRM_WORDS or command == normalize_command(t("choice_confirm", lang)):
            return self._confirm_ticket(turn)
        if command in CHANGE_FIELD_WORDS or command == normalize_command(
            t("choice_change_field", lang)
        ):
            state.advance("ticket_pick_field")
            return self._prompt(turn)
        field_name = _resolve_ticket_field(text)
        if field_name:
            state.detour, state.resume_step = field_name, "ticket_review"
            state.advance("ticket_field")
            return self._prompt(turn)
        if looks_like_question(text):
            return self._answer_question(turn, text, then=self._prompt(turn))
        return self._prefixed(t("not_understood_answer", lang), self._prompt(turn))

    def _on_ticket_pick(self, turn: _Turn, text: str) -> Reply:
        state = turn.state
        field_name = _resolve_ticket_field(text)
        if field_name is None and _is_number(text) and 1 <= int(text) <= len(TICKET_FIELDS):
            field_name = TICKET_FIELDS[int(text) - 1]
        if field_name is None:
            return self._prefixed(t("not_understood_answer", turn.lang), self._prompt(turn))
        state.detour, state.resume_step = field_name, "ticket_review"
        state.advance("ticket_field")
        return self._prompt(turn)

    def _confirm_ticket(self, turn: _Turn) -> Reply:
        state = turn.state
        key = turn.key
        lang = turn.lang
        text = render_ticket(state.ticket_markets, state.ticket_fields)
        amount = deposit_for(state.ticket_markets)
        ticket_id = upsert_draft_ticket(
            self.db,
            key.team_id,
            key.user_id,
            state.ticket_id,
            markets=state.ticket_markets,
            amount=amount,
            fields=state.ticket_fields,
            text=text,
        )
        finalize_ticket(self.db, ticket_id)
        audit(
            self.db,
            key.user_id,
            "ticket.final",
            f"{key.team_id}/{key.user_id}",
            {"ticket_id": ticket_id, "amount": amount, "markets": state.ticket_markets},
        )
        # Staff get what finance matches a deposit by (company, Aliyun account, markets,
        # amount); address, contact and phone stay in the vendor's own 工单 (docs/PRIVACY.md).
        company = state.ticket_fields.get("company", "")
        account = state.ticket_fields.get("account", "")
        turn.notifications.append(
            Notification(
                kind="ticket_drafted",
                text=(
                    f"服务商 {key.user_id} 已确认转财务工单 #{ticket_id} / confirmed deposit ticket"
                    f" #{ticket_id}: {company}, 阿里云账号 / account {account},"
                    f" {amount_in_capitals(amount)} ({amount:,} 元)"
                ),
                dedupe_key=f"ticket:{key.team_id}:{ticket_id}",
                data={
                    "team_id": key.team_id,
                    "user_id": key.user_id,
                    "ticket_id": ticket_id,
                    "amount": amount,
                    "markets": list(state.ticket_markets),
                    "company": company,
                    "account": account,
                },
            )
        )
        state.ticket_id = None
        state.ticket_pending = []
        state.advance("done")
        return Reply(text=_join(t("ticket_final", lang), text, t("ticket_after", lang)))

    def _on_form(self, turn: _Turn, fields: Mapping[str, str]) -> Reply | dict[str, str]:
        state = turn.state
        lang = turn.lang
        if state.step not in TICKET_STEPS:
            return self._prefixed(t("nothing_to_confirm", lang), self._prompt(turn))
        errors: dict[str, str] = {}
        clean: dict[str, str] = {}
        for name in TICKET_FIELDS:
            raw = fields.get(name) if isinstance(fields, Mapping) else None
            if not isinstance(raw, str) or not raw.strip():
                errors[name] = t("form_missing", lang)
                continue
            try:
                clean[name] = validate_field(name, raw)
            except TicketFieldError as error:
                errors[name] = error.en if lang == "en" else error.zh
        if errors:
            return errors
        state.ticket_fields = clean
        state.ticket_pending = []
        state.detour, state.resume_step = None, None
        return self._review(turn)

    # ----- free questions ---------------------------------------------------------------------

    def _answer_question(self, turn: _Turn, text: str, *, then: Reply | None) -> Reply:
        lang = turn.lang
        question = text
        try:
            found = _kb_answer(question[:500], lang, turn.today, self.db)
        except Exception:
            log.exception("answering %r failed", question[:80])
            found = None
        if found is None or not found.confident:
            turn.state.unanswered_question = question
            turn.state.unanswered_turn = turn.state.turn_number
            turn.state.suggested_topics = list(found.suggestions) if found else []
        if found is None:
            body = t("answer_unavailable", lang)
        elif found.confident:
            body = found.text
        else:
            # The knowledge base says it is unsure and lists close topics itself.
            body = found.text or t("answer_unsure", lang)
            if "转人工" not in body and "human" not in body.lower():
                body = _join(body, t("answer_unsure", lang))
        if then is None:
            return Reply(text=body)
        return Reply(
            text=_join(body, t("back_to_question", lang), then.text),
            choices=then.choices,
            multi_select=then.multi_select,
            form=then.form,
            form_values=then.form_values,
        )

    # ----- prompts ------------------------------------------------------------------------------

    def _prefixed(self, prefix: str, prompt: Reply) -> Reply:
        prompt.text = _join(prefix, prompt.text)
        return prompt

    def _choices(self, turn: _Turn) -> list[Choice]:
        return self._prompt(turn).choices

    def _prompt(self, turn: _Turn) -> Reply:
        """What the current step asks, as a Reply (text + choices); no state change."""
        state = turn.state
        lang = turn.lang
        step = state.step
        if step in ("idle", "choose_markets"):
            return self._greet_prompt(turn)
        if step == "confirm_known":
            known = [qid for qid in q.requests_by_id(state.markets) if qid not in state.pending]
            lines = [t("known_summary", lang)]
            choices = [Choice(t("choice_continue", lang), t("choice_continue", lang))]
            for number, qid in enumerate(known, start=2):
                value = q.format_value(qid, q.known_value(turn.profile, qid), lang)
                lines.append(
                    f"{number}. {q.label(qid, lang)}：{value}"
                    if lang == "zh"
                    else f"{number}. {q.label(qid, lang)}: {value}"
                )
                change = ("修改 " if lang == "zh" else "change ") + q.label(qid, lang)
                choices.append(Choice(str(number), change[:75]))
            lines.append(t("known_summary_hint", lang))
            return Reply(text="\n".join(lines), choices=choices)
        if step == "question":
            qid = state.current_question
            if qid is None:
                return Reply(text=t("all_answered", lang))
            confirming = state.confirming
            if confirming and confirming.get("slot") == qid:
                value = q.format_value(qid, confirming["value"], lang)
                key = "confirm_unusual" if confirming.get("unusual") else "confirm_value"
                said = confirming.get("said") or value
                return Reply(
                    text=t(key, lang, label=q.label(qid, lang), value=value, said=said),
                    choices=q.choices_for("legal_entity", lang),
                )
            requests = q.requests_by_id(state.markets) if state.markets else {}
            if state.detour:
                header = t("question_change_header", lang)
            else:
                total = len(state.asked) + len(state.pending)
                header = t("question_header", lang, n=len(state.asked) + 1, total=total)
            text = q.question_text(
                qid,
                requests.get(qid),
                lang,
                header=header,
                previous=q.known_value(turn.profile, qid),
            )
            return Reply(text=text, choices=q.choices_for(qid, lang))
        if step == "verdict":
            return Reply(
                text=t("verdict_offer", lang),
                choices=[
                    Choice(t("choice_ticket", lang), t("choice_ticket", lang)),
                    Choice(t("choice_other_markets", lang), t("choice_other_markets", lang)),
                    Choice(t("choice_done", lang), t("choice_done", lang)),
                ],
            )
        if step == "ticket_markets":
            return Reply(
                text=_join(t("ticket_markets_prompt", lang), self._market_menu(lang)),
                choices=self._market_choices(lang),
                multi_select=True,
            )
        if step == "ticket_field":
            name = state.current_ticket_field or TICKET_FIELDS[0]
            if state.detour:
                header = t("question_change_header", lang)
            else:
                header = t(
                    "ticket_field_header",
                    lang,
                    n=TICKET_FIELDS.index(name) + 1,
                    total=len(TICKET_FIELDS),
                )
            text = header + t(
                "ticket_field_prompt", lang, label=pick(TICKET_FIELD_LABELS[name], lang)
            )
            text += "\n" + pick(TICKET_FIELD_EXAMPLES[name], lang)
            suggestion = self._suggested(turn, name)
            choices = (
                [Choice(suggestion, t("choice_use", lang, value=suggestion)[:75])]
                if suggestion
                else []
            )
            form_values = {
                field_name: value
                for field_name in TICKET_FIELDS
                if (value := self._suggested(turn, field_name))
            }
            return Reply(text=text, choices=choices, form="ticket", form_values=form_values)
        if step == "ticket_review":
            ticket_text = render_ticket(state.ticket_markets, state.ticket_fields)
            return Reply(
                text=_join(t("ticket_review", lang), ticket_text, t("ticket_review_hint", lang)),
                choices=[
                    Choice(t("choice_confirm", lang), t("choice_confirm", lang)),
                    Choice(t("choice_change_field", lang), t("choice_change_field", lang)),
                ],
                form="ticket",
                form_values=dict(state.ticket_fields),
            )
        if step == "ticket_pick_field":
            return Reply(
                text=t("ticket_pick_field", lang),
                choices=[
                    Choice(
                        pick(TICKET_FIELD_LABELS[name], lang),
                        f"{pick(TICKET_FIELD_LABELS[name], lang)}：{state.ticket_fields.get(name, '')}"[
                            :75
                        ],
                    )
                    for name in TICKET_FIELDS
                ],
            )
        return Reply(text=t("done", lang))

    def _status_text(self, turn: _Turn) -> str:
        state = turn.state
        lang = turn.lang
        lines = [t("status_header", lang)]
        if not state.markets:
            # No walk-through under way (new, cancelled, finished): what is saved still shows.
            if state.last_markets:
                markets = q.market_list(state.last_markets, lang)
                lines.append(t("status_last_markets", lang, markets=markets))
            else:
                lines.append(t("status_no_markets", lang))
            order = {qid: index for index, qid in enumerate(q.requests_by_id(MARKET_IDS))}
            saved = sorted(
                (
                    qid
                    for qid in self._changeable(turn)
                    if q.known_value(turn.profile, qid) is not None
                ),
                key=lambda qid: order.get(qid, len(order)),
            )
            if saved:
                lines.append(t("status_saved_answers", lang, count=len(saved)))
            for qid in saved:
                value = q.format_value(qid, q.known_value(turn.profile, qid), lang)
                lines.append(
                    f"  · {q.label(qid, lang)}：{value}"
                    if lang == "zh"
                    else f"  · {q.label(qid, lang)}: {value}"
                )
        else:
            lines.append(t("status_markets", lang, markets=q.market_list(state.markets, lang)))
            requests = q.requests_by_id(state.markets)
            answered = [qid for qid in requests if q.known_value(turn.profile, qid) is not None]
            remaining = [qid for qid in requests if qid not in answered]
            lines.append(t("status_answered", lang, count=len(answered)))
            for qid in answered:
                value = q.format_value(qid, q.known_value(turn.profile, qid), lang)
                lines.append(
                    f"  · {q.label(qid, lang)}：{value}"
                    if lang == "zh"
                    else f"  · {q.label(qid, lang)}: {value}"
                )
            sep = "、" if lang == "zh" else ", "
            lines.append(
                t(
                    "status_remaining",
                    lang,
                    count=len(remaining),
                    labels=sep.join(q.label(qid, lang) for qid in remaining) or "-",
                )
            )
        progress_step = {
            "ticket_field": "drafting",
            "ticket_markets": "drafting",
            "ticket_review": "review",
            "ticket_pick_field": "review",
        }.get(state.step)
        if progress_step is None:
            ticket = latest_ticket(self.db, turn.key.team_id, turn.key.user_id)
            final = ticket and ticket["status"] == "final" and not ticket["outdated"]
            progress_step = "final" if final else "none"
        lines.append(t("status_ticket", lang, status=t(f"ticket_status_{progress_step}", lang)))
        return "\n".join(lines)


def _resolve_ticket_field(text: str) -> str | None:
    return resolve_ticket_field(text)


def _read_markets(text: str) -> reading.MarketChoice:
    return reading.read_market_choice(text, MARKET_IDS, find_markets_in_text, q.market_list)


def _is_yes(text: str) -> bool:
    command = normalize_command(text)
    if command in CONFIRM_WORDS or command in {"都要", "都", "both", "all of them"}:
        return True
    try:
        return parse_bool(text)
    except ParseError:
        return False


def _is_no(text: str) -> bool:
    try:
        return not parse_bool(text)
    except ParseError:
        return False


def _is_short_reply(text: str) -> bool:
    """A command, a menu word, a change request or a yes/no: an answer, not a language choice."""
    command = normalize_command(text)
    if command in _KNOWN_WORDS or command.startswith(CHANGE_PREFIXES):
        return True
    try:
        parse_bool(text)
    except ParseError:
        return False
    return True


def _is_sentence(text: str, lang: Lang) -> bool:
    """Enough words to tell the language: two English words, or two Chinese characters."""
    if lang == "en":
        return len(re.findall(r"[A-Za-z]{2,}", text)) >= 2
    return cjk_count(text) >= 2


# Acronyms written the same in Chinese text: never a sign of English.
_ACRONYMS = frozenset({"api", "iot", "saas", "ecs", "acp", "ai", "it", "ok", "app", "cn", "rmb"})


def _english_words(text: str) -> int:
    return sum(1 for word in re.findall(r"[A-Za-z]{2,}", text) if word.lower() not in _ACRONYMS)


def _is_number(text: str) -> bool:
    # str.isdigit() accepts "²" and other digits int() refuses.
    return text.isascii() and text.isdigit()


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
