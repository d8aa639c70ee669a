"""What the event listeners share: who is a vendor typing, and the turn's commit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.conversation.types import ConversationKey
from handlers.context import (
    Deps,
    TurnCommit,
)

# Message subtypes that are the vendor typing. Everything else (edits, deletions, joins, bot
# messages, …) is not a new input. file_share: a staff CSV import (handlers.commission.slack_import).
VENDOR_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})


def is_vendor_message(event: dict[str, Any], bot_user_id: str | None) -> bool:
    if event.get("bot_id") or event.get("subtype") not in VENDOR_SUBTYPES:
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id


def turn_commit_for(
    deps: Deps,
    body: dict[str, Any],
    inbox_id: str | None,
    key: ConversationKey,
    *,
    channel: str,
    thread_ts: str | None = None,
    note: Mapping[str, str] | None = None,
) -> TurnCommit:
    # Without an event_id (never from Slack) the message's own ts still keys the reply.
    source = inbox_id or f"{channel}:{(body.get('event') or {}).get('ts', '')}"
    return TurnCommit(
        deps.db,
        source,
        channel,
        thread_ts,
        inbox_id,
        owner=key.user_id,
        team_id=key.team_id,
        note=note,
    )
