"""Shared by the reliability tests: the bot as a real subprocess, simulated vendors, counting.

The subprocess and load machinery is bench/harness.py (one implementation for benchmarks and
fault runs); this module adds what the fault runs need on top: vendors that walk through the
conversation one message at a time the way Slack delivers them, and an oracle that replays the
same messages through an in-process `Engine` to say what the stored state must be.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from fakeslack import TEAM_ID, FakeSlackThread, dm_message_event, event_callback  # noqa: E402
from harness import (  # noqa: E402,F401 - re-exported for the tests
    BOT_COMMAND,
    BotProcess,
    SlackRequest,
    bot_env,
    event_request,
    form_request,
    free_port,
    http_bot,
    request_headers,
)

# A vendor checking the API market, answer by answer; the oracle decides what each one means,
# so a text the engine reads differently than intended still has one right outcome.
WALK_THROUGH = (
    "开始",
    "API市场",
    "是",
    "2018-03-01",
    "200万",
    "25",
    "是",
    "7x24",
    "3",
    "是",
    "是",
    "是",
)


def walk_for(vendor_index: int) -> list[str]:
    """Vary one answer per vendor so a mixed-up conversation cannot pass for another's."""
    texts = list(WALK_THROUGH)
    texts[5] = str(20 + vendor_index)  # team size
    return texts


def dm_channel(user: str) -> str:
    return f"D{user}"


def dm_replies(fake: FakeSlackThread, channel: str | None = None) -> Counter[str]:
    """Successful chat.postMessage calls per DM channel (what a vendor actually saw)."""
    counts: Counter[str] = Counter()
    for call in fake.calls("chat.postMessage"):
        target = str(call.params.get("channel", ""))
        if call.ok and target.startswith("D") and (channel is None or target == channel):
            counts[target] += 1
    return counts


def db_rows(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    import sqlite3

    conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored_state(db_path: Path, team_id: str = TEAM_ID) -> dict[str, tuple[str, str]]:
    """user -> (conversation step, profile JSON) as the bot stored them."""
    steps = dict(
        db_rows(
            db_path,
            "SELECT user_id, step FROM conversations WHERE team_id = ? AND thread_ts = ''",
            (team_id,),
        )
    )
    profiles = dict(
        db_rows(
            db_path,
            "SELECT user_id, profile_json FROM vendor_profiles WHERE team_id = ?",
            (team_id,),
        )
    )
    return {
        user: (steps.get(user, "idle"), _canonical(profiles.get(user, "{}")))
        for user in set(steps) | set(profiles)
    }


def _canonical(profile_json: str) -> str:
    return json.dumps(json.loads(profile_json), sort_keys=True, ensure_ascii=False)


def oracle_state(walks: dict[str, list[str]], team_id: str = TEAM_ID) -> dict[str, tuple[str, str]]:
    """What the state must be: each vendor's texts through a fresh in-process Engine, once."""
    from bot.config import Settings
    from bot.conversation import Engine
    from bot.conversation.types import ConversationKey
    from bot.storage import open_db

    db = open_db(memory=True)
    engine = Engine(db, Settings(_env_file=None))
    for user, texts in walks.items():
        for text in texts:
            engine.handle_text(ConversationKey(team_id, user), text)
    tmp = db.conn.execute("SELECT user_id, step FROM conversations").fetchall()
    steps = dict(tmp)
    profiles = dict(db.conn.execute("SELECT user_id, profile_json FROM vendor_profiles").fetchall())
    return {
        user: (steps.get(user, "idle"), _canonical(profiles.get(user, "{}")))
        for user in set(steps) | set(profiles)
    }


@dataclass
class DeliveryLog:
    """What the simulated Slack did: deliveries per event and which got a 200."""

    deliveries: int = 0
    acked_events: set[str] = field(default_factory=set)
    statuses: Counter[int] = field(default_factory=Counter)


async def deliver(
    session: aiohttp.ClientSession,
    url: str,
    envelope: dict[str, Any],
    log: DeliveryLog,
    *,
    retry_num: int = 0,
) -> int:
    request = event_request(envelope, retry_num=retry_num)
    log.deliveries += 1
    try:
        async with session.post(
            url, data=request.body.encode(), headers=request_headers(request)
        ) as response:
            await response.read()
            status = response.status
    except (aiohttp.ClientError, TimeoutError, OSError):
        status = 0
    log.statuses[status] += 1
    if status == 200:
        log.acked_events.add(envelope["event_id"])
    return status


def new_dm_envelope(user: str, text: str) -> dict[str, Any]:
    return event_callback(
        dm_message_event(user, text), event_id=f"Ev{uuid.uuid4().hex[:12].upper()}"
    )


async def wait_until(predicate: Any, timeout: float, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(interval)
    return bool(predicate())
