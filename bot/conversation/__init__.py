"""The conversation core: `Engine` plus the adapter contract of `types.py`."""

from bot.conversation.engine import Engine
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
