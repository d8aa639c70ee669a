"""What every Slack handler needs, injected by a global middleware as `context["deps"]`.

The conversation core is synchronous SQLite work measured in milliseconds, so handlers call it
directly on the event loop: one connection, no thread hand-off, and no two engine calls can
interleave mid-step (each call runs to completion between awaits).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Protocol

import sqlite_utils
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.conversation.types import ConversationKey, Lang, Progress, Reply
from bot.notify import OutboxSender, enqueue_notifications
from bot.staff import StaffDirectory
from handlers.blocks import build_reply_blocks

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


class EngineLike(Protocol):
    def start(self, key: ConversationKey, lang: Lang | None = None) -> Reply: ...
    def handle_text(self, key: ConversationKey, text: str) -> Reply: ...
    def handle_choice(self, key: ConversationKey, value: str) -> Reply: ...
    def submit_ticket_form(self, key: ConversationKey, fields: Any) -> Reply | dict[str, str]: ...
    def progress(self, team_id: str, user_id: str) -> Progress: ...


@dataclass
class Deps:
    db: sqlite_utils.Database
    settings: Settings
    engine: EngineLike
    staff: StaffDirectory
    outbox: OutboxSender


def guess_lang(text: str) -> Lang:
    """Chinese unless the text is clearly English (Latin words and no Chinese characters)."""
    if _CJK.search(text or ""):
        return "zh"
    return "en" if _LATIN_WORD.search(text or "") else "zh"


def team_of(body: dict[str, Any]) -> str:
    team = body.get("team_id") or body.get("team")
    if isinstance(team, dict):
        team = team.get("id")
    if not team:
        team = (
            (body.get("user") or {}).get("team_id") if isinstance(body.get("user"), dict) else None
        )
    return str(team or "")


async def post_reply(
    deps: Deps,
    client: AsyncWebClient,
    reply: Reply,
    *,
    channel: str,
    thread_ts: str | None = None,
) -> None:
    """Queue the reply's staff notifications, wake the sender, then post the reply.

    Queued first: the core has already stored the step, so a failed post must not lose the
    notification too. The sender is woken every time because the step may have recorded a
    handoff (a question for staff) without returning a notification.
    """
    if reply.notifications:
        enqueue_notifications(deps.db, reply.notifications)
    deps.outbox.wake()
    kwargs: dict[str, Any] = {
        "channel": channel,
        "text": reply.text,
        "blocks": build_reply_blocks(reply),
    }
    if thread_ts:
        kwargs["thread_ts"] = thread_ts
    await client.chat_postMessage(**kwargs)
