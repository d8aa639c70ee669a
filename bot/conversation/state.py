"""The conversation state: explicit steps, moves checked against the flow table, JSON round trip.

Every move goes through `advance()`, which refuses a move the flow table (bot/data/flow.yaml)
does not allow, so a bug in a handler shows up as an `IllegalTransition` instead of a vendor
stuck in a nonsensical step.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Final, Literal, get_args

from bot.conversation.flow import FLOW
from bot.conversation.types import Lang

Step = Literal[
    "idle",  # nothing going on (new vendor, cancelled)
    "choose_markets",  # waiting for the markets to check
    "confirm_known",  # showing answers already on file; continue or change one
    "question",  # asking one eligibility question (pending[0], or `detour`)
    "verdict",  # verdict shown; offer ticket / other markets / done
    "ticket_markets",  # which markets the ticket is for (when none was found eligible)
    "ticket_field",  # collecting one ticket field (ticket_pending[0], or `detour`)
    "ticket_review",  # ticket text shown; confirm or change a field
    "ticket_pick_field",  # which ticket field to change
    "done",  # ticket filed or vendor finished
]

# The step names as constants for the code that must name one (a handler that moves to a
# step); the names themselves are the flow table's (bot/data/flow.yaml), checked below.
IDLE: Final = "idle"
CHOOSE_MARKETS: Final = "choose_markets"
CONFIRM_KNOWN: Final = "confirm_known"
QUESTION: Final = "question"
VERDICT: Final = "verdict"
TICKET_MARKETS: Final = "ticket_markets"
TICKET_FIELD: Final = "ticket_field"
TICKET_REVIEW: Final = "ticket_review"
TICKET_PICK_FIELD: Final = "ticket_pick_field"
DONE: Final = "done"

STEPS: tuple[Step, ...] = (
    IDLE,
    CHOOSE_MARKETS,
    CONFIRM_KNOWN,
    QUESTION,
    VERDICT,
    TICKET_MARKETS,
    TICKET_FIELD,
    TICKET_REVIEW,
    TICKET_PICK_FIELD,
    DONE,
)

# The moves between steps, what `back` does and which steps resume live in the flow table
# (bot/data/flow.yaml, checked at load by bot/conversation/flow.py).
if set(FLOW.steps) != set(STEPS) or set(get_args(Step)) != set(STEPS):
    raise RuntimeError("bot/data/flow.yaml, state.Step and state.STEPS name different steps")
if FLOW.start != IDLE:
    raise RuntimeError("bot/data/flow.yaml must start at idle (a fresh ConversationState)")

log = logging.getLogger(__name__)

# The step handler, before-step job or command handling the current message (set by the
# engine's dispatch): a move it makes that the table does not list as made `by` it is logged.
MOVER: ContextVar[str | None] = ContextVar("conversation_mover", default=None)


@contextmanager
def moving_as(mover: str) -> Iterator[None]:
    """Moves made inside the block are made by `mover` (a handler, job or command name)."""
    token = MOVER.set(mover)
    try:
        yield
    finally:
        MOVER.reset(token)


# What each step means to App Home (`Progress.step`).
PROGRESS_STEP: dict[str, str] = {name: spec.progress for name, spec in FLOW.steps.items()}


class IllegalTransition(RuntimeError):
    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"conversation cannot move from {current!r} to {target!r}")
        self.current = current
        self.target = target


@dataclass
class ConversationState:
    """Everything needed to continue a conversation after a restart; stored as JSON."""

    step: Step = "idle"
    lang: Lang = "zh"
    # True once the language was chosen explicitly or detected from a first message.
    lang_settled: bool = False
    # True once the vendor said "English" / "中文": then only another such choice switches.
    lang_explicit: bool = False
    markets: list[str] = field(default_factory=list)
    # The markets of the latest walk-through; kept after cancel/restart (for `status`).
    last_markets: list[str] = field(default_factory=list)
    # Eligibility question ids still to ask, in order ("registered_capital",
    # "experience_years:security"); the current one is pending[0].
    pending: list[str] = field(default_factory=list)
    # Question ids answered in this walk-through, oldest first (for `back`).
    asked: list[str] = field(default_factory=list)
    # A question asked out of order (change an earlier answer) and where to go afterwards.
    detour: str | None = None
    resume_step: Step | None = None
    # The same for the ticket form (a field changed from the review); each form keeps its own
    # place, so changing an answer while changing a ticket field returns to that field
    # (migration 0014 moved release 0.1.0's shared detour here for ticket steps).
    ticket_detour: str | None = None
    ticket_resume_step: Step | None = None
    eligible: list[str] = field(default_factory=list)
    ticket_markets: list[str] = field(default_factory=list)
    ticket_fields: dict[str, str] = field(default_factory=dict)
    ticket_pending: list[str] = field(default_factory=list)
    ticket_id: int | None = None
    # The vendor's latest free question the bot could not answer confidently: what a bare
    # `转人工` hands over (a confidently answered question never is).
    unanswered_question: str | None = None
    # A bare `转人工` with nothing to hand over asked "what should I pass on?": the next
    # message (unless it is a command) is the question for staff.
    awaiting_handoff: bool = False
    # "删除我的数据" asked for confirmation: the next message decides (yes erases, else kept).
    awaiting_erase: bool = False
    # A value read as approximate or implausible ("20多人", "一百万" people), waiting for the
    # vendor's 是 before it is stored: {"slot": question id, "value": JSON value, "said": text}.
    confirming: dict[str, Any] | None = None
    # A value that waited for 是 when another answer's estimate was asked out of order ("三十来个人"
    # then "安全这块做了三年多" — black-box s65 D12: the 30 dropped, the team asked again): it
    # waits again once that detour ends.
    confirming_after: dict[str, Any] | None = None
    # The numbered topics of the latest unsure answer: a bare number next picks one.
    suggested_topics: list[str] = field(default_factory=list)
    # The joining step the latest answer was about ("之后是第3步" → 3): a bare "然后呢" / "what's
    # next?" typed next asks for the step after it. 0 when the latest answer named no step.
    last_step: int = 0
    # The topic of the latest answer and the question it answered: a bare "新零售呢" / "what
    # about new retail?" right after a commission or deposit answer asks the same of that market.
    last_topic: str = ""
    # The whole market menu was shown after an answer in this talk: later answers end with a
    # one-line hint instead (black-box 48 D27, 49 D25, 50 D8: the 12-line list after every answer).
    menu_shown_after_answer: bool = False
    # A missing answer given after the verdict as an estimate ("建站经验2年多"): asked there.
    confirm_missing: str | None = None
    last_question: str = ""
    # The markets chosen when checking only the ones still open was last offered (once per
    # choice of markets: "只看…" re-chooses, and the offer may come again for the new choice).
    narrowing_offered_for: list[str] = field(default_factory=list)
    # A ticket left with 取消 (markets and the fields filled so far): the next ticket resumes it.
    ticket_draft: dict[str, Any] | None = None
    # Messages handled so far, and the one that left `unanswered_question`: a bare 转人工 many
    # turns later (or in a later session) asks before forwarding an old question.
    turn_number: int = 0
    unanswered_turn: int = 0
    # The turn whose goodbye closed the market menu: a bare "3" right after it picks nothing
    # from a list no longer on screen (black-box s67 D19: market #3's check started).
    menu_closed_turn: int = -1
    # 转人工 asked "forward this old question?": 是 forwards `unanswered_question`.
    confirm_handoff: bool = False
    # Markets read from an input that needs a yes first ("不要零售通" → all but 零售通?).
    confirm_markets: list[str] = field(default_factory=list)
    # The markets of a walk-through left with 取消 at a question: 开始 resumes its questions.
    paused_markets: list[str] = field(default_factory=list)
    # A licence date said as a year only ("2017年") whose month was asked: a month alone next
    # ("3月", "March") is read in that year.
    year_without_month: int | None = None
    # A licence date recorded from its year alone (its month not known, and no day of that year
    # changing the verdicts of the markets then chosen): checked again when markets change.
    licence_year_only: int | None = None
    # The markets whose agreements the "yes" on file was given for (black-box s71 D18: asked
    # again for 服务+建站 after a 基础软件 check in between): a later check of them reuses it.
    agreements_markets: list[str] = field(default_factory=list)

    def advance(self, target: Step) -> None:
        """Move to `target`, refusing a move the flow table does not allow (or whose guard
        does not hold on the state as it is now)."""
        previous = self.step
        if not FLOW.allows(previous, target, self):
            log.warning(
                "refused move %s -> %s: bot/data/flow.yaml does not allow it on this state",
                previous,
                target,
            )
            raise IllegalTransition(previous, target)
        mover = MOVER.get()
        if (
            mover is not None
            and target != previous
            and not any(m.to == target and mover in m.by for m in FLOW.moves_from(previous))
        ):
            log.warning(
                "move %s -> %s made by %r, which bot/data/flow.yaml does not list for it",
                previous,
                target,
                mover,
            )
        self.step = target

    @property
    def current_question(self) -> str | None:
        if self.step != "question":
            return None
        if self.detour:
            return self.detour
        return self.pending[0] if self.pending else None

    @property
    def current_ticket_field(self) -> str | None:
        if self.step != "ticket_field":
            return None
        if self.ticket_detour:
            return self.ticket_detour
        return self.ticket_pending[0] if self.ticket_pending else None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, payload: str) -> ConversationState:
        data: dict[str, Any] = json.loads(payload)
        known = {f.name for f in fields(cls)}
        # Fields added in later versions get their defaults; unknown ones are dropped.
        state = cls(**{name: value for name, value in data.items() if name in known})
        if state.step not in STEPS:
            state.step = "idle"
        return state


# A draft kept while the ticket's markets are asked again ("修改 市场"), marked so that the
# markets chosen are said as a correction of the ticket under way, not as a draft left earlier.
MARKETS_CHANGED = "markets_changed"


def markets_change_draft(state: ConversationState) -> dict[str, Any]:
    return {"markets": state.ticket_markets, "fields": state.ticket_fields, MARKETS_CHANGED: True}
