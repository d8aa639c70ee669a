"""What every Slack handler needs, injected by a global middleware as `context["deps"]`, and
the durable turn: the engine's step, the vendor's reply (into the outbox) and the inbox event
marked done commit in one transaction (`run_turn`).

The conversation core is synchronous SQLite work measured in milliseconds, so handlers call it
directly on the event loop: one connection, no thread hand-off, and no two engine calls can
interleave mid-step (each call runs to completion between awaits). Nothing awaits inside a
transaction, so the inbox claims made by the middleware never land in an engine transaction.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlite_utils
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.conversation.store import latest_conversation
from bot.conversation.types import ConversationKey, Lang, Progress, Reply
from bot.inbox import inbox_for
from bot.journey import load_journey
from bot.notify import enqueue_notifications, enqueue_reply
from bot.slack_text import escape_mrkdwn
from bot.staff_overview import staff_overview
from bot.storage import transaction, utc_now
from bot.texts import pair
from handlers.blocks import build_home_view, build_reply_messages
from handlers.journey_blocks import build_journey_blocks, build_staff_home_view
from handlers.outbox_sender import OutboxSender
from handlers.staff_directory import StaffDirectory

log = logging.getLogger(__name__)


OnCommit = Callable[[sqlite3.Connection, Reply], None]


class EngineLike(Protocol):
    """bot.conversation.Engine as the handlers use it; `on_commit` runs inside the turn's
    transaction (an engine that ignores it still works: `TurnCommit.ensure` commits after)."""

    def start(
        self, key: ConversationKey, lang: Lang | None = None, *, on_commit: OnCommit | None = None
    ) -> Reply: ...
    def handle_text(
        self, key: ConversationKey, text: str, *, on_commit: OnCommit | None = None
    ) -> Reply: ...
    def handle_choice(
        self, key: ConversationKey, value: str, *, on_commit: OnCommit | None = None
    ) -> Reply: ...
    def submit_ticket_form(
        self, key: ConversationKey, fields: Mapping[str, str], *, on_commit: OnCommit | None = None
    ) -> Reply | dict[str, str]: ...
    def progress(self, team_id: str, user_id: str) -> Progress: ...


class HomeTab:
    """App Home bookkeeping: who has opened it (their Home is republished after each of their
    turns; in memory: after a restart, opening Home again re-registers) and the Slack locale
    of users the bot has no conversation with (users.info, cached for the process)."""

    def __init__(self) -> None:
        self.viewers: set[tuple[str, str]] = set()
        self.locales: dict[str, Lang] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def slack_lang(self, client: AsyncWebClient | None, user_id: str) -> Lang | None:
        """en for an English Slack locale, zh for any other; None when unknown."""
        if user_id in self.locales:
            return self.locales[user_id]
        if client is None:
            return None
        try:
            answer = await client.users_info(user=user_id, include_locale=True)
        except Exception as exc:  # noqa: BLE001 - the default language is fine without it
            log.warning("users.info failed for %s: %s", user_id, str(exc).splitlines()[-1])
            return None
        locale = str((answer.get("user") or {}).get("locale") or "")
        lang: Lang = "en" if locale.lower().startswith("en") else "zh"
        self.locales[user_id] = lang
        return lang

    def track(self, task: asyncio.Task[None]) -> None:
        # Kept referenced until done: a bare create_task may be garbage-collected mid-run.
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


@dataclass
class Deps:
    db: sqlite_utils.Database
    settings: Settings
    engine: EngineLike
    staff: StaffDirectory
    outbox: OutboxSender
    # The app's Web API client, for work scheduled after a turn (republishing Home).
    client: AsyncWebClient | None = None
    home: HomeTab = field(default_factory=HomeTab)


def conversation_lang(deps: Deps, team_id: str, user_id: str) -> Lang | None:
    """The language of the user's latest conversation with the bot; None if they have none."""
    known = latest_conversation(deps.db, team_id, user_id)
    return known.lang if known is not None else None


async def user_lang(deps: Deps, client: AsyncWebClient | None, team_id: str, user_id: str) -> Lang:
    """How to talk to a user: their conversation's language, else their Slack locale, else zh."""
    return (
        conversation_lang(deps, team_id, user_id)
        or await deps.home.slack_lang(client, user_id)
        or "zh"
    )


def team_of(body: dict[str, Any]) -> str:
    team = body.get("team_id") or body.get("team")
    if isinstance(team, dict):
        team = team.get("id")
    if not team:
        team = (
            (body.get("user") or {}).get("team_id") if isinstance(body.get("user"), dict) else None
        )
    return str(team or "")


# The one line a channel thread gets when the ticket (contact data) continues in the DM.
CONTINUE_IN_DM: dict[str, str] = pair("slack.continue_in_dm")._asdict()


def _is_dm(channel: str) -> bool:
    """A DM id (D…) or a user id (a DM the sender opens); channels are C…/G…."""
    return channel[:1] in {"D", "U", "W"}


def mark_inbox_done(conn: sqlite3.Connection, inbox_id: str) -> None:
    """Record in the main database, inside the turn's transaction, that the inbox entry's
    effects are committed (the claim itself lives in the inbox file, bot/inbox.py)."""
    now = utc_now()
    conn.execute(
        "INSERT INTO slack_events (event_id, received_at, status, done_at)"
        " VALUES (?, ?, 'done', ?)"
        " ON CONFLICT (event_id) DO UPDATE SET status = 'done', done_at = excluded.done_at",
        (inbox_id, now, now),
    )


def release_inbox(db: sqlite_utils.Database, inbox_id: str) -> None:
    """Forget a claim whose input was refused (a ticket form with errors): the vendor's
    corrected or repeated submission must be processed, not dropped as a duplicate."""
    inbox_for(db).release(inbox_id)


@dataclass
class TurnCommit:
    """The engine's `on_commit` hook for one vendor input.

    Inside the engine's transaction: the reply goes into the outbox (for `channel`/`thread_ts`,
    keyed `reply:{source_id}` so a replayed input can never queue a second reply), with the
    reply's staff notifications, and the inbox event (if any) is marked done.
    """

    db: sqlite_utils.Database
    source_id: str
    channel: str
    thread_ts: str | None = None
    inbox_id: str | None = None
    # The vendor this turn answers: a click on the reply's buttons counts only from them.
    owner: str | None = None
    team_id: str | None = None
    # A line added under the reply, per reply language (the thread @mention hint).
    note: Mapping[str, str] | None = None
    committed: bool = False
    # Hand-offs within this window share one staff post (run_turn sets it from Settings;
    # None: bot.notify's default).
    handoff_window_seconds: float | None = None
    # The channel thread a private reply was moved away from (see `_route`).
    thread_channel: str | None = None
    _asked_in: tuple[str, str | None, Mapping[str, str] | None] | None = field(
        default=None, repr=False
    )

    def __call__(self, conn: sqlite3.Connection, reply: Reply) -> None:
        self._route(conn, reply)
        note = (self.note or {}).get(reply.lang)
        # A reply too long for one Slack message goes as several, in order (the first keeps
        # the key `reply:{source}`; replays never queue any part twice).
        messages = build_reply_messages(reply, note=note)
        for index, (text, blocks) in enumerate(messages):
            enqueue_reply(
                conn,
                dedupe_key=f"reply:{self.source_id}" + (f":{index + 1}" if index else ""),
                channel=self.channel,
                # The core's text is plain (the console shows it as is); as the message's
                # top-level `text` (notifications, fallback) it is escaped like the blocks:
                # values people typed (ticket fields) never turn into pings or links.
                text=escape_mrkdwn(text),
                blocks=blocks,
                thread_ts=self.thread_ts,
                owner=self.owner,
                lang=reply.lang,
            )
        if reply.notifications:
            enqueue_notifications(
                conn, reply.notifications, handoff_window_seconds=self.handoff_window_seconds
            )
        if self.inbox_id:
            mark_inbox_done(conn, self.inbox_id)
        self.committed = True

    def _route(self, conn: sqlite3.Connection, reply: Reply) -> None:
        """Where this reply goes: where it was asked, except a reply showing the ticket in a
        channel, which goes to the vendor's DM (addressed to the user: the sender opens the
        DM) while the thread gets one line saying where to continue."""
        if self._asked_in is None:
            self._asked_in = (self.channel, self.thread_ts, self.note)
        # Called again after a rolled-back attempt: start from where it was asked.
        self.channel, self.thread_ts, self.note = self._asked_in
        self.thread_channel = None
        if not (reply.private and self.owner and not _is_dm(self.channel)):
            return
        enqueue_reply(
            conn,
            dedupe_key=f"reply:{self.source_id}:moved-to-dm",
            channel=self.channel,
            text=CONTINUE_IN_DM[reply.lang],
            thread_ts=self.thread_ts,
            owner=self.owner,
            lang=reply.lang,
        )
        self.thread_channel = self.channel
        self.channel, self.thread_ts, self.note = self.owner, None, None

    def ensure(self, reply: Reply) -> None:
        """The engine committed nothing (an internal error, busy): queue its reply anyway, so
        the vendor hears what happened and the input is not replayed forever."""
        if not self.committed:
            with transaction(self.db) as conn:
                self(conn, reply)


def run_turn(deps: Deps, commit: TurnCommit, call: Callable[[OnCommit], Reply]) -> Reply:
    """Run one engine call with `commit` as its on_commit hook, then wake the outbox sender."""
    commit.handoff_window_seconds = deps.settings.onboard_handoff_merge_minutes * 60
    reply = call(commit)
    commit.ensure(reply)
    if commit.inbox_id:
        inbox_for(deps.db).mark_done([commit.inbox_id])
    wake_for(deps, commit, reply)
    return reply


def wake_for(deps: Deps, commit: TurnCommit, reply: Reply) -> None:
    """Wake the outbox sender for the reply's channel (staff notifications need a full pass)
    and refresh the vendor's App Home if they have opened it."""
    deps.outbox.wake(commit.channel)
    if commit.thread_channel:
        deps.outbox.wake(commit.thread_channel)
    if reply.notifications:
        deps.outbox.wake()
    if commit.owner and commit.team_id is not None:
        refresh_home_soon(deps, commit.team_id, commit.owner)


async def publish_home(
    deps: Deps, client: AsyncWebClient | None, team_id: str, user_id: str
) -> None:
    """Publish the user's App Home, in their conversation language or, for a user the bot
    has not talked with yet, their Slack locale."""
    if client is None:
        return
    if await deps.staff.is_staff(user_id, client):
        # Staff see the desk: open cases, the journey funnel, stalled vendors, commission.
        overview = staff_overview(deps.db, deps.settings, datetime.now(UTC))
        lang = await user_lang(deps, client, team_id, user_id)
        await client.views_publish(user_id=user_id, view=build_staff_home_view(overview, lang))
        return
    progress = deps.engine.progress(team_id, user_id)
    if conversation_lang(deps, team_id, user_id) is None:
        locale_lang = await deps.home.slack_lang(client, user_id)
        if locale_lang is not None:
            progress = replace(progress, lang=locale_lang)
    journey = build_journey_blocks(load_journey(deps.db, team_id, user_id), progress.lang)
    await client.views_publish(user_id=user_id, view=build_home_view(progress, journey))


def refresh_home_soon(deps: Deps, team_id: str, user_id: str) -> None:
    """After a turn: republish the Home of a user who has opened it (a background task; the
    turn is already committed, so a failed publish loses nothing but freshness)."""
    if (team_id, user_id) not in deps.home.viewers or deps.client is None:
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return

    async def publish() -> None:
        try:
            await publish_home(deps, deps.client, team_id, user_id)
        except Exception as exc:  # noqa: BLE001 - cosmetic, retried on the next turn
            log.warning("republishing Home for %s failed: %s", user_id, exc)

    deps.home.track(loop.create_task(publish()))


def finish_without_turn(deps: Deps, inbox_id: str | None) -> None:
    """An inbox event that needs no engine turn (ignored message, empty selection): done."""
    if inbox_id:
        mark_inbox_done(deps.db.conn, inbox_id)
        inbox_for(deps.db).mark_done([inbox_id])
