"""One vendor input being handled (`Turn`): what the engine and the form runner work on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.conversation.state import ConversationState
from bot.conversation.types import ConversationKey, Lang, Notification, Reply


@dataclass
class Turn:
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
    # The question a follow-up is kept as when it was answered as another one ("物联网呢" after a
    # refused sum: the rates answered, the sum with its figures followed up — review 62 R1).
    followed_as: str | None = None

    @property
    def lang(self) -> Lang:
        return self.state.lang


@dataclass(frozen=True)
class Said:
    """One message as the before-step jobs read it: the text (stripped), its command form
    (`normalize_command`) and whether that is one of the commands."""

    text: str
    command: str
    is_command: bool
