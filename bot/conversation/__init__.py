"""The conversation core: `Engine` plus the adapter contract of `types.py`."""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from bot.conversation.engine import Engine


def __getattr__(name: str) -> Any:
    # The engine (storage, forms, every rule) loads on first use, not with the package: modules
    # that only need `Lang` or `Reply` from types.py (the answers, `onboard-bot ask`) stay light.
    if name == "Engine":
        from bot.conversation.engine import Engine

        return Engine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CONSOLE_TEAM",
    "Choice",
    "ConversationKey",
    "Engine",
    "Lang",
    "MarketProgress",
    "Notification",
    "Progress",
    "Reply",
]
