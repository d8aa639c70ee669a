"""The turn worker: a second process that runs HTTP mode's conversation turns and the outbox.

Why a process: acks and after-ack work shared one event loop (and, with a thread, one GIL), so
every ack queued behind engine turns and Web API sends. In `onboard-bot run --http` the HTTP
process now only verifies, claims each DM/mention into the inbox (`slack_events`, status
'received', body stored) and acks; this process takes those rows in arrival order (rowid; so
each vendor's messages in order) and runs them through the same handler path as start-up
replay: engine step + outbox reply + inbox 'done' in one transaction. It also runs the one
outbox sender (rows are not claimed across processes, so exactly one sender may exist).
Slash commands and interactivity stay in the HTTP process (a view_submission's ack carries
`response_action: errors`); their replies go into the outbox and the HTTP process wakes the
sender here.

Wake-ups travel over an AF_UNIX SOCK_SEQPACKET pair (the parent's end in `WorkerLink`): b"i"
= an event was claimed, b"o" = full outbox pass, b"o:{channel}" = that channel's replies. A
datagram that does not fit the socket buffer is dropped: the worker rescans until the inbox
is empty, and scans every `SCAN_INTERVAL_SECONDS` anyway. The same socket tells the worker
that its parent died (EOF); it also asks the kernel for SIGKILL on parent death, so a
restarted bot never has two senders.

Run by `TurnWorkerSupervisor` as `python -m bot.worker --fd N --db PATH`; restarted if it dies.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from typing import Any

import sqlite_utils

from bot.config import Settings, load_settings
from bot.storage import open_db

log = logging.getLogger("onboard_bot.worker")

SCAN_INTERVAL_SECONDS = 1.0
SCAN_BATCH = 200
WAKE_INBOX = b"i"
WAKE_OUTBOX = b"o"
STOP_GRACE_SECONDS = 10.0
# A worker that dies sooner than this after its start is crash-looping: back off.
QUICK_EXIT_SECONDS = 2.0
MAX_RESTART_DELAY_SECONDS = 5.0
_PR_SET_PDEATHSIG = 1


class WorkerLink:
    """The HTTP process's end of the wake-up socket; also the outbox as its handlers see it
    (`wake(channel)`): the sender itself runs in the worker."""

    def __init__(self) -> None:
        self._sock: socket.socket | None = None

    def attach(self, sock: socket.socket | None) -> None:
        if self._sock is not None:
            self._sock.close()
        if sock is not None:
            sock.setblocking(False)
        self._sock = sock

    def _send(self, message: bytes) -> None:
        if self._sock is None:
            return  # no worker right now: it scans everything when it starts
        with contextlib.suppress(OSError):  # full buffer or a dead worker: its scan covers it
            self._sock.send(message)

    def wake_inbox(self) -> None:
        self._send(WAKE_INBOX)

    def wake(self, channel: str | None = None) -> None:
        self._send(WAKE_OUTBOX if channel is None else WAKE_OUTBOX + b":" + channel.encode())


class TurnWorkerSupervisor:
    """Starts the worker process, restarts it when it dies, stops it (SIGTERM) on `stop`."""

    def __init__(self, settings: Settings, link: WorkerLink) -> None:
        self.settings = settings
        self.link = link
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    def command(self, fd: int) -> list[str]:
        return [
            sys.executable,
            "-m",
            "bot.worker",
            "--fd",
            str(fd),
            "--db",
            str(self.settings.onboard_db),
        ]

    async def _start(self) -> asyncio.subprocess.Process:
        parent_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            process = await asyncio.create_subprocess_exec(
                *self.command(child_end.fileno()),
                pass_fds=(child_end.fileno(),),
                stdin=subprocess.DEVNULL,
            )
        except BaseException:
            parent_end.close()
            raise
        finally:
            child_end.close()
        self.link.attach(parent_end)
        self.starts += 1
        log.info("turn worker started: pid %d", process.pid)
        return process

    async def run(self, stop: asyncio.Event) -> None:
        delay = 0.1
        try:
            while not stop.is_set():
                started = time.monotonic()
                self.process = await self._start()
                exited = asyncio.ensure_future(self.process.wait())
                stopping = asyncio.ensure_future(stop.wait())
                await asyncio.wait({exited, stopping}, return_when=asyncio.FIRST_COMPLETED)
                stopping.cancel()
                if not exited.done():
                    exited.cancel()
                    break
                self.link.attach(None)
                log.error("turn worker exited with %s; restarting", self.process.returncode)
                quick = time.monotonic() - started < QUICK_EXIT_SECONDS
                delay = min(MAX_RESTART_DELAY_SECONDS, delay * 2) if quick else 0.1
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=delay)
        finally:
            await self._stop_process()

    async def _stop_process(self) -> None:
        process = self.process
        self.link.attach(None)
        if process is None or process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), timeout=STOP_GRACE_SECONDS)
        except TimeoutError:
            log.error("turn worker did not stop within %ss: killed", STOP_GRACE_SECONDS)
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()


# ------------------------------------------------------------------------------ the worker


def received_events(db: sqlite_utils.Database, limit: int = SCAN_BATCH) -> list[tuple[str, str]]:
    """Inbox events still to run, in arrival order. Only Events API rows: clicks and form
    submissions are run by the HTTP process that claimed them."""
    from handlers.events import DURABLE_EVENT_TYPES

    marks = ", ".join("?" for _ in DURABLE_EVENT_TYPES)
    return db.conn.execute(
        "SELECT event_id, body_json FROM slack_events WHERE status = 'received'"
        f" AND event_type IN ({marks}) ORDER BY rowid LIMIT ?",
        (*sorted(DURABLE_EVENT_TYPES), limit),
    ).fetchall()


async def run_worker(
    settings: Settings, db: sqlite_utils.Database, wake_socket: socket.socket
) -> None:
    """Run inbox events and the outbox until SIGTERM/SIGINT (or the parent's end closes)."""
    from bot.runner import web_api_session
    from bot.slack_app import build_app, process_inbox_row

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    inbox_woken = asyncio.Event()
    session = web_api_session()
    app = build_app(settings, db, session=session)
    outbox = app.deps.outbox  # type: ignore[attr-defined]

    async def listen() -> None:
        wake_socket.setblocking(False)
        while True:
            message = await loop.sock_recv(wake_socket, 256)
            if not message:
                # The HTTP process is gone; a new one starts its own worker: leave now, as a
                # crash would (every step here is safe to cut short).
                log.error("parent closed the wake-up socket: exiting")
                os._exit(1)
            if message == WAKE_INBOX:
                inbox_woken.set()
            elif message == WAKE_OUTBOX:
                outbox.wake()
            elif message.startswith(WAKE_OUTBOX + b":"):
                outbox.wake(message[2:].decode())

    async def run_inbox() -> None:
        while not stop.is_set():
            inbox_woken.clear()  # before the scan: a claim landing meanwhile wakes another
            rows = received_events(db)
            for event_id, body_json in rows:
                await process_inbox_row(app, event_id, body_json)
                # Let the sender post the reply just committed before the next turn.
                await asyncio.sleep(0)
            if rows:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    _first(inbox_woken.wait(), stop.wait()), timeout=SCAN_INTERVAL_SECONDS
                )

    tasks = [
        asyncio.create_task(listen(), name="wake-listener"),
        asyncio.create_task(run_inbox(), name="inbox"),
        asyncio.create_task(outbox.run(stop), name="outbox"),
    ]
    log.info("turn worker ready (pid %d)", os.getpid())
    try:
        await stop.wait()
    finally:
        # The inbox task ends between rows (a turn never awaits mid-transaction); the sender
        # finishes the sends in flight.
        await asyncio.gather(tasks[1], tasks[2], return_exceptions=True)
        tasks[0].cancel()
        await asyncio.gather(tasks[0], return_exceptions=True)
        await session.close()
        log.info("turn worker stopped")


async def _first(*waits: Any) -> None:
    futures = [asyncio.ensure_future(wait) for wait in waits]
    try:
        await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for future in futures:
            future.cancel()


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when the parent dies (no-op elsewhere)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.worker")
    parser.add_argument("--fd", type=int, required=True, help="the wake-up socket's fd")
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    _die_with_parent()
    if os.getppid() == 1:
        return 1  # the parent died before the line above took effect
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = load_settings(onboard_db=args.db)
    wake_socket = socket.socket(fileno=args.fd)
    db = open_db(settings.onboard_db)
    try:
        asyncio.run(run_worker(settings, db, wake_socket))
    finally:
        db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
