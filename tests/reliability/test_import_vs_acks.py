"""A 1,000,000-order commission import commits on the bot's database while 30 DMs, 30 slash
commands and 30 button clicks arrive over HTTP: every ack within 1 s, no 5xx, every reply
sent, and the import is complete (all or nothing is kept: it is one transaction)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import aiohttp
import pytest
from fakeslack import FakeSlackThread, block_actions_payload, interactive_form, slash_command_form
from reliability_support import (
    BOT_COMMAND,
    bot_env,
    db_rows,
    form_request,
    http_bot,
    new_dm_envelope,
    request_headers,
    wait_until,
)
from reliability_support import event_request as signed_event

from handlers.blocks import HOME_START_ACTION

pytestmark = pytest.mark.reliability

ORDERS = 1_000_000
PER_KIND = 30
ACK_LIMIT_S = 1.0
ARRIVAL_GAP_S = 0.05


class LockWatcher(threading.Thread):
    """Notes when someone else holds the database's write lock (the import committing)."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.windows: list[tuple[float, float]] = []
        self.stop = threading.Event()
        self.first_lock = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        started: float | None = None
        while not self.stop.is_set():
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                if started is not None:
                    self.windows.append((started, time.monotonic()))
                    started = None
            except sqlite3.OperationalError:
                if started is None:
                    started = time.monotonic()
                    self.first_lock.set()
            time.sleep(0.01)
        if started is not None:
            self.windows.append((started, time.monotonic()))
        conn.close()

    def held_at(self, moment: float) -> bool:
        return any(start <= moment <= end for start, end in self.windows)


async def _post(
    session: aiohttp.ClientSession, url: str, body: str, headers: dict[str, str]
) -> tuple[int, float, float]:
    sent = time.monotonic()
    try:
        async with session.post(url, data=body.encode(), headers=headers) as response:
            await response.read()
            return response.status, sent, time.monotonic() - sent
    except (TimeoutError, aiohttp.ClientError):
        return 0, sent, time.monotonic() - sent  # no answer at all (before the fix: > 30 s)


def test_acks_stay_fast_while_a_million_orders_commit(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    from bench_commission import generate  # bench/ is on sys.path once reliability_support is

    fake = fake_slack_thread
    db_path = tmp_path / "bot.db"
    csv_path = tmp_path / "orders.csv"
    generate(csv_path, ORDERS)
    bot = http_bot(fake.api_url, db_path, ONBOARD_STAFF_CHANNEL="CSTAFF")
    with bot:
        watcher = LockWatcher(db_path)
        watcher.start()
        importer = subprocess.Popen(
            [*BOT_COMMAND, "commission", "import", str(csv_path)],
            env=bot_env(fake.api_url, db_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert watcher.first_lock.wait(180), "the import never took the write lock"
        requests: list[tuple[str, str, dict[str, str]]] = []
        for index in range(PER_KIND):
            envelope = new_dm_envelope(f"UIMPDM{index:02d}", "保证金交多少")
            dm = signed_event(envelope)
            requests.append(("dm", dm.body, request_headers(dm)))
            command = form_request(
                "command",
                slash_command_form(
                    "/onboard",
                    "start",
                    f"UIMPCMD{index:02d}",
                    response_url=fake.make_response_url(),
                ),
            )
            requests.append(("command", command.body, request_headers(command)))
            click = form_request(
                "action",
                interactive_form(
                    block_actions_payload(
                        f"UIMPCLK{index:02d}", HOME_START_ACTION, "start", view={"id": "VHOME"}
                    )
                ),
            )
            requests.append(("click", click.body, request_headers(click)))

        async def send_all() -> list[tuple[int, float, float]]:
            # People type: the 90 inputs arrive 50 ms apart (4.5 s, inside the import's
            # write-lock window), each on its own connection, overlapping freely.
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
                tasks = []
                for _, body, headers in requests:
                    tasks.append(
                        asyncio.create_task(
                            _post(session, bot.url + "/slack/events", body, headers)
                        )
                    )
                    await asyncio.sleep(ARRIVAL_GAP_S)
                return await asyncio.gather(*tasks)

        results = asyncio.run(send_all())
        output, _ = importer.communicate(timeout=300)
        watcher.stop.set()
        watcher.join()
        users = [
            f"UIMP{kind}{index:02d}" for kind in ("DM", "CMD", "CLK") for index in range(PER_KIND)
        ]

        def every_user_answered() -> bool:
            posted = {
                str(call.params.get("channel"))
                for call in fake.calls("chat.postMessage")
                if call.ok
            }
            return all(f"D{user}" in posted for user in users)

        answered = asyncio.run(wait_until(every_user_answered, timeout=120))
        orders = db_rows(db_path, "SELECT COUNT(*) FROM settlement_orders")[0][0]
        log_text = bot.log_text()
    statuses = [status for status, _, _ in results]
    latencies = sorted(latency for _, _, latency in results)
    during_lock = sum(watcher.held_at(sent) for _, sent, _ in results)
    window = max((end - start for start, end in watcher.windows), default=0.0)
    print(
        f"\nimport vs acks: {ORDERS:,} orders, longest write-lock window {window:.1f}s; "
        f"{len(results)} requests ({during_lock} sent while the import held the lock): "
        f"ack max {latencies[-1] * 1000:.0f} ms, p50 {latencies[len(latencies) // 2] * 1000:.0f} ms; "
        f"statuses {sorted(set(statuses))}; every reply sent: {answered}; orders stored {orders:,}"
    )
    assert importer.returncode == 0, output.decode(errors="replace")[-2000:]
    assert orders == ORDERS
    assert all(status == 200 for status in statuses), statuses
    assert latencies[-1] <= ACK_LIMIT_S, latencies[-5:]
    assert during_lock > 0, "no request arrived while the import held the lock"
    assert answered, log_text[-3000:]
    assert "database is locked" not in log_text or "retrying" in log_text
    assert "Traceback" not in log_text, log_text[-3000:]
