"""What every adapter (console, Slack) exchanges with the conversation core.

The core is synchronous and Slack-free: an adapter turns a vendor's message or button click
into a call on `Engine`, and renders the `Reply` it gets back (plain text in the terminal,
Block Kit in Slack). Nothing here imports Slack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["zh", "en"]

CONSOLE_TEAM = "console"


@dataclass(frozen=True)
class ConversationKey:
    """Who the conversation is with: Slack team + user (+ thread when it lives in a thread)."""

    team_id: str
    user_id: str
    thread_ts: str = ""


@dataclass(frozen=True)
class Choice:
    """One option the vendor may pick. Sending `value` as a message has the same effect."""

    value: str
    label: str


@dataclass(frozen=True)
class Notification:
    """Something the staff channel should hear about, at most once per `dedupe_key`."""

    kind: Literal["eligible", "ticket_drafted", "handoff"]
    text: str
    dedupe_key: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """The core's answer to one vendor input.

    `text` is complete on its own (the console prints just that; Slack uses it as the
    notification fallback and main section). `choices` become numbered lines in the terminal and
    buttons in Slack; with `multi_select` several may be combined (market picking).
    `form == "ticket"` means the ticket fields can also be filled in one form (a Slack modal);
    `form_values` prefill it.
    `private` marks a reply that shows the vendor's ticket (contact data): an adapter delivers
    it only to the vendor (their DM), never to a channel thread.
    """

    text: str
    lang: Lang = "zh"
    choices: list[Choice] = field(default_factory=list)
    multi_select: bool = False
    form: Literal["ticket"] | None = None
    form_values: dict[str, str] = field(default_factory=dict)
    notifications: list[Notification] = field(default_factory=list)
    private: bool = False


@dataclass
class MarketProgress:
    market: str
    status: Literal["eligible", "not_eligible", "incomplete"]


@dataclass
class Progress:
    """What the App Home / `status` shows: where the vendor stands."""

    lang: Lang
    step: str  # e.g. "idle", "choose_markets", "question", "verdict", "ticket", "done"
    markets: list[str]
    answered: int
    remaining: int
    verdicts: list[MarketProgress]
    ticket_status: Literal["none", "drafting", "review", "final"]
    ticket_amount: int | None = None
