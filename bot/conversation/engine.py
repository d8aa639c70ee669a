"""The conversation engine: one vendor message in, one `Reply` out, state persisted each turn.

Each call runs as one turn inside `BEGIN IMMEDIATE … COMMIT`: load the conversation, decide,
write the profile change and the new state together, commit. A crash between two messages
therefore loses nothing, and two messages for the same vendor can never interleave half-way.
Side effects that open their own transaction (handing a question to staff) run after commit.
An adapter may pass `on_commit` to commit its own writes (its outbox, its inbox) in the same
transaction; those after-commit side effects then join the transaction too.

"Decide" is data-driven: the flow table (bot/data/flow.yaml) names the handler and the prompt
of each step; both forms run through the one form runner (form_runner.py); the steps around
them live in market_steps.py, verdict_steps.py and ticket_steps.py. What stays here is the turn,
the commands that work at any step ("back", "change X", hand-off, language) and free questions.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from bot import journey
from bot.answers.handoff import record_handoff
from bot.answers.model import Answer
from bot.config import Settings
from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.flow import FLOW, FlowError
from bot.conversation.form_runner import (
    ELIGIBILITY_PLACE,
    TICKET_PLACE,
    EligibilityRunnerForm,
    FormRunner,
    TicketRunnerForm,
    end_detour,
    is_no,
    is_yes,
    start_detour,
)
from bot.conversation.forms import (
    resolve_profile_item,
)
from bot.conversation.helpers import clip as _clip
from bot.conversation.helpers import is_number as _is_number
from bot.conversation.helpers import join as _join
from bot.conversation.helpers import resolve_ticket_field_name as _resolve_ticket_field
from bot.conversation.market_steps import MarketSteps
from bot.conversation.state import PROGRESS_STEP, ConversationState, Step
from bot.conversation.store import (
    StaleConversation,
    latest_conversation,
    latest_ticket,
    load_conversation,
    load_verdicts,
    save_conversation,
)
from bot.conversation.ticket_steps import TicketSteps
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import (
    CONSOLE_TEAM,
    Choice,
    ConversationKey,
    Lang,
    MarketProgress,
    Notification,
    Progress,
    Reply,
)
from bot.conversation.verdict_steps import VerdictSteps
from bot.i18n import (
    ALL_MARKETS_WORDS,
    CHANGE_FIELD_WORDS,
    CHANGE_PREFIXES,
    COMMANDS,
    CONFIRM_WORDS,
    CONTINUE_WORDS,
    DONE_WORDS,
    HANDOFF_OFFER_WORDS,
    OTHER_MARKETS_WORDS,
    SHORT_CHANGE_PREFIX,
    TICKET_WORDS,
    cjk_count,
    clearly_switches_to,
    detect_lang,
    normalize_command,
    t,
)
from bot.parsing import ParseError, parse_bool
from bot.privacy import ERASE_TEXTS, NO_LABEL, YES_LABEL, erase_vendor, is_erase_request
from bot.storage import load_profile, save_profile, transaction
from bot.texts import both
from rules.deposit import deposit_for
from rules.markets import MARKET_IDS
from rules.profile import PROFILE_FIELDS
from rules.ticket import TICKET_FIELDS

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
MAX_RETRIES = 3
# Steps that read numbers themselves (market lists, the numbered summary).
_OWN_NUMBERING: frozenset[str] = FLOW.steps_where("numbered")
TICKET_STEPS: frozenset[str] = FLOW.steps_where("ticket")
# Where no form question waits for an answer: a plain "合同签好了" may be a journey step.
_JOURNEY_FREE_STEPS: frozenset[str] = frozenset({"idle", "done", "verdict"})

# "转人工 <question>", "human: <question>": the command with the text to hand over. A bare word
# like 人工 or human needs a separator, so "人工智能…" or "humanities" stay ordinary text.
_HANDOFF_WITH_TEXT = re.compile(
    r"^\s*(?:(?:转人工|人工客服)\s*[：:，,]?|(?:人工|human|talk to a human|staff|support)"
    r"\s*[：:，,]|(?:人工|human|talk to a human)\s+)\s*(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# Steps where the vendor has something under way that "welcome back" can resume.
_RESUMABLE_STEPS: frozenset[str] = FLOW.steps_where("resume")
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


# Called inside the turn's transaction, just before COMMIT, with the final reply: an adapter's
# own writes (the reply into its outbox, its inbox event marked done) commit with the step.
OnCommit = Callable[[sqlite3.Connection, Reply], None]


class Engine(MarketSteps, VerdictSteps, TicketSteps):
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
        # One runner for both forms; the forms say only what differs (bot/conversation/
        # form_runner.py).
        self.form_runner = FormRunner(self)
        self.eligibility_form = EligibilityRunnerForm(self)
        self.ticket_form = TicketRunnerForm(self)

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
        journey_reply = self._on_journey(turn, text, command)
        if journey_reply is not None:
            return journey_reply
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

        handler: Callable[[_Turn, str], Reply] = getattr(
            self, "_on_" + FLOW.step(state.step).handler
        )
        return handler(turn, text)

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
            # "twenty five people roughly" at a yes/no question: an answer to another question
            # (the team size) says nothing about the language either.
            found = reading.interpret(self.eligibility_form.reader(turn), qid, text)
            return isinstance(found, reading.Correction) and found.reading is not None
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

    def _on_journey(self, turn: _Turn, text: str, command: str) -> Reply | None:
        """The joining journey (bot/journey.py): "完成 第4步", "合同签好了", "不再提醒", and
        进度 / status with the journey's steps once it has started. Plain statements are read
        only outside a walk-through, so an answer to a question is never taken for a step."""
        key, state = turn.key, turn.state
        outside_forms = state.step in _JOURNEY_FREE_STEPS
        if command in COMMANDS["status"] and outside_forms:
            started = journey.load_journey(self.db, key.team_id, key.user_id)
            if started is None:
                return None
            status = _join(self._status_text(turn), journey.render_journey(started, turn.lang))
            return Reply(text=status)
        found = journey.read_command(text, in_form=not outside_forms)
        if found is None:
            return None
        source = "home" if turn.clicked else "console" if key.team_id == CONSOLE_TEAM else "chat"
        said = journey.apply_vendor_command(
            self.db,
            key.team_id,
            key.user_id,
            found,
            lang=turn.lang,
            source=source,
            at=datetime.now(UTC),
        )
        if state.step in ("idle", "done"):
            return Reply(text=said)
        return self._prefixed(said, self._prompt(turn))

    def _reset_walkthrough(self, state: ConversationState) -> None:
        state.markets, state.pending, state.asked = [], [], []
        state.detour, state.resume_step = None, None
        state.ticket_detour, state.ticket_resume_step = None, None
        state.eligible, state.ticket_markets, state.ticket_pending = [], [], []
        state.ticket_fields, state.ticket_id = {}, None

    def _on_back(self, turn: _Turn) -> Reply:
        """`back` / 上一步 as the flow table says: to a step, or to the form's previous field
        (a detour — a changed answer — goes back to where the vendor was)."""
        state = turn.state
        spec = FLOW.step(state.step)
        if state.detour and state.step == "question":
            return self._finish_detour(turn, prefix="")
        if state.ticket_detour and state.step == "ticket_field":
            state.advance(end_detour(state, TICKET_PLACE) or "ticket_review")  # type: ignore[arg-type]
            return self._prompt(turn)
        if spec.back == "previous_slot":
            form = self.ticket_form if state.step == "ticket_field" else self.eligibility_form
            if form.step_back(state):
                return self._prompt(turn)
            if spec.back_else is None:
                return self._prefixed(t("back_at_first", turn.lang), self._prompt(turn))
            return self._enter(turn, spec.back_else)
        if spec.back == "last_slot":
            state.ticket_pending = [TICKET_FIELDS[-1]]
            state.advance("ticket_field")
            return self._prompt(turn)
        if spec.back is not None:
            return self._enter(turn, spec.back)
        return self._prefixed(t("back_nothing", turn.lang), self._prompt(turn))

    def _enter(self, turn: _Turn, step: str) -> Reply:
        """Go to `step` and put its question; the verdict is worked out again on entry (and
        without markets there is none: the market menu instead)."""
        if step == "verdict" and turn.state.markets:
            return self._show_verdict(turn)
        turn.state.advance("choose_markets" if step == "verdict" else step)  # type: ignore[arg-type]
        return self._prompt(turn)

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
                    text=both(
                        "notify.handoff", who=key.user_id, language=t("notify.language_name", lang)
                    )
                    + f": {question}",
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
                # A change during another change keeps the first return point.
                resume = "ticket_field" if state.step == "ticket_field" else "ticket_review"
                start_detour(state, TICKET_PLACE, ticket_field, state.ticket_resume_step or resume)
                state.advance("ticket_field")
                return self._prompt(turn)
        qid = self._resolve_profile_item(turn, rest)
        if qid is None:
            if state.step == "ticket_field" or prefix == SHORT_CHANGE_PREFIX:
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
        start_detour(state, ELIGIBILITY_PLACE, qid)
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
        if target == "ticket_field" and not (state.ticket_pending or state.ticket_detour):
            target = "ticket_review"
        state.advance(target)
        return self._prefixed(prefix, self._prompt(turn))

    # ----- steps --------------------------------------------------------------------------

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

    def _on_answer(self, turn: _Turn, text: str) -> Reply:
        return self.form_runner.on_input(turn, self.eligibility_form, text)

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
            if not any(word in body.lower() for word in HANDOFF_OFFER_WORDS):
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
        """What the current step asks, as a Reply (text + choices); no state change. Which
        prompt a step shows is the flow table's `prompt` (bot/data/flow.yaml)."""
        prompt: Callable[[_Turn], Reply] = getattr(
            self, "_prompt_" + FLOW.step(turn.state.step).prompt
        )
        return prompt(turn)

    def _prompt_eligibility_form(self, turn: _Turn) -> Reply:
        return self.form_runner.prompt(turn, self.eligibility_form)

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
                lines.append(t("status_value_line", lang, label=q.label(qid, lang), value=value))
        else:
            lines.append(t("status_markets", lang, markets=q.market_list(state.markets, lang)))
            requests = q.requests_by_id(state.markets)
            answered = [qid for qid in requests if q.known_value(turn.profile, qid) is not None]
            remaining = [qid for qid in requests if qid not in answered]
            lines.append(t("status_answered", lang, count=len(answered)))
            for qid in answered:
                value = q.format_value(qid, q.known_value(turn.profile, qid), lang)
                lines.append(t("status_value_line", lang, label=q.label(qid, lang), value=value))
            sep = t("list_separator", lang)
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


_is_yes = is_yes
_is_no = is_no


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


# Every handler and prompt the flow table names exists (checked once, at import).
_missing_handlers = [
    f"{prefix}{name}"
    for spec in FLOW.steps.values()
    for prefix, name in (("_on_", spec.handler), ("_prompt_", spec.prompt))
    if not callable(getattr(Engine, prefix + name, None))
]
if _missing_handlers:
    raise FlowError(f"bot/data/flow.yaml names methods Engine lacks: {_missing_handlers}")
