"""The conversation engine: one vendor message in, one `Reply` out, state persisted each turn.

The engine keeps only the turn. Each call runs inside `BEGIN IMMEDIATE … COMMIT`: load the
conversation, read the message, dispatch it as the flow table (bot/data/flow.yaml) says, write
the profile change and the new state together, commit. A crash between two messages therefore
loses nothing, and two messages for the same vendor can never interleave half-way. Side effects
that open their own transaction (handing a question to staff) run after commit. An adapter may
pass `on_commit` to commit its own writes (its outbox, its inbox) in the same transaction;
those after-commit side effects then join the transaction too.

Dispatch: every message passes the table's `before_step` jobs in order (`_before_<job>`: erase,
hand-off, journey, the commands, "change X", …); the first that answers ends the turn, else the
step's `handler` reads it. What each job or step does lives in its own module, mixed in below:
commands.py, change.py, handoff.py, language.py, free_question.py, erase.py, journey_steps.py,
and the steps around the two forms (market_steps.py, verdict_steps.py, ticket_steps.py; both
forms run through form_runner.py). `progress()` (App Home's view of `status`) is in
commands.py.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import sqlite_utils

from bot.config import Settings
from bot.conversation.change import ChangeAnswer
from bot.conversation.commands import RESUMABLE_STEPS, Commands
from bot.conversation.erase import Erase
from bot.conversation.flow import FLOW, FlowError
from bot.conversation.form_runner import (
    EligibilityRunnerForm,
    FormRunner,
    TicketRunnerForm,
    number_confirms_a_number,
)
from bot.conversation.free_question import OWN_NUMBERING, FreeQuestions
from bot.conversation.handoff import HANDOFF_FRESH_TURNS, Handoff
from bot.conversation.helpers import is_number, join
from bot.conversation.journey_steps import JourneyStatements
from bot.conversation.language import Language
from bot.conversation.market_steps import MarketSteps
from bot.conversation.recall import Recall
from bot.conversation.state import CHOOSE_MARKETS, DONE, IDLE, ConversationState, moving_as
from bot.conversation.store import StaleConversation, load_conversation, save_conversation
from bot.conversation.ticket_steps import TicketSteps
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Choice, ConversationKey, Lang, Reply
from bot.conversation.verdict_steps import VerdictSteps
from bot.i18n import COMMANDS, normalize_command, t
from bot.lazy_re import lazy_compile
from bot.storage import load_profile, save_profile, transaction

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
MAX_RETRIES = 3
# Steps that show or collect ticket data: a thread moves them to the vendor's DM.
TICKET_STEPS: frozenset[str] = FLOW.steps_where("ticket")

# Called inside the turn's transaction, just before COMMIT, with the final reply: an adapter's
# own writes (the reply into its outbox, its inbox event marked done) commit with the step.
OnCommit = Callable[[sqlite3.Connection, Reply], None]


# A command said last, after a sentence of its own: "…. cancel", "…，取消吧".
_TRAILING_COMMAND = lazy_compile(
    r"[.。!！;；,，]\s*(?P<word>cancel|stop|取消|退出流程)\s*(吧|了|please|pls)?[.。!！]*\s*$",
    re.IGNORECASE,
)


class Engine(
    Erase,
    FreeQuestions,
    Handoff,
    JourneyStatements,
    Commands,
    Recall,
    Language,
    ChangeAnswer,
    MarketSteps,
    VerdictSteps,
    TicketSteps,
):
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

        def submitted(turn: _Turn) -> Reply | dict[str, str]:
            # The form answers the step the vendor is at, as its handler would.
            with moving_as(FLOW.step(turn.state.step).handler):
                return self._on_form(turn, fields)

        return self._run(key, submitted, on_commit)

    # ----- the turn -----------------------------------------------------------------------

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

    def _move_ticket_to_dm(self, turn: _Turn) -> None:
        """A ticket holds contact data: drafting continues in the vendor's DM conversation,
        which takes over this thread's state; the thread keeps no ticket data."""
        key = turn.key
        dm_key = ConversationKey(key.team_id, key.user_id)
        dm = load_conversation(self.db, dm_key)
        save_conversation(self.db, dm_key, turn.state, dm.version)
        old = turn.state
        turn.state = ConversationState(
            step=DONE,
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

    # ----- dispatch -----------------------------------------------------------------------

    def _on_start(self, turn: _Turn, lang: Lang | None) -> Reply:
        state = turn.state
        if lang in ("zh", "en"):
            state.lang, state.lang_settled = lang, True
        # A new session: a question left unanswered before is no longer the obvious one for a
        # bare 转人工 (it is confirmed first).
        state.unanswered_turn = min(
            state.unanswered_turn, state.turn_number - HANDOFF_FRESH_TURNS - 1
        )
        if state.step not in RESUMABLE_STEPS:
            with moving_as("start"):
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
        command = normalize_command(text)
        tail = _TRAILING_COMMAND.search(text)
        if tail is not None and normalize_command(tail.group("word")) in COMMANDS["cancel"]:
            # "no, I don't want the API market. cancel" (black-box s61 D1, high: its "no" stored
            # a team of 0): a cancel said after the reason is the cancel.
            text = tail.group("word")
            command = normalize_command(text)
        said = Said(
            text=text,
            command=command,
            is_command=any(command in words for words in COMMANDS.values()),
        )
        for job in FLOW.before_step:
            before: Callable[[_Turn, Said], Reply | None] = getattr(self, "_before_" + job)
            with moving_as(job):
                answered = before(turn, said)
            if answered is not None:
                return answered

        if (
            is_number(text)
            and state.menu_closed_turn == state.turn_number - 1
            and state.step in (IDLE, CHOOSE_MARKETS)
        ):
            # "好的谢谢" → goodbye, then "3" (black-box s67 D19: market #3 of a menu shown many
            # turns before was checked): no list is on screen; the menu is shown to pick from.
            return self._prefixed(t("number_after_goodbye", turn.lang), self._prompt(turn))
        # A number picks the numbered option of the question on screen.
        choices = self._choices(turn)
        if (
            is_number(text)
            and choices
            and state.step not in OWN_NUMBERING
            and not number_confirms_a_number(state)
        ):
            index = int(text)
            if 1 <= index <= len(choices):
                text = choices[index - 1].value

        name = FLOW.step(state.step).handler
        handler: Callable[[_Turn, str], Reply] = getattr(self, "_on_" + name)
        with moving_as(name):
            return handler(turn, text)

    # ----- prompts ------------------------------------------------------------------------

    def _prefixed(self, prefix: str, prompt: Reply) -> Reply:
        prompt.text = join(prefix, prompt.text)
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


# Every handler, prompt, before-step job and command the flow table names exists (checked once,
# at import; flow.parse_flow takes the same check for a table given to it).
_missing = [
    f"{prefix}{name}"
    for prefix, names in (
        ("_on_", [spec.handler for spec in FLOW.steps.values()]),
        ("_prompt_", [spec.prompt for spec in FLOW.steps.values()]),
        ("_before_", list(FLOW.before_step)),
        ("_command_", list(FLOW.commands)),
    )
    for name in names
    if not callable(getattr(Engine, prefix + name, None))
]
if _missing:
    raise FlowError(f"bot/data/flow.yaml names methods Engine lacks: {_missing}")
