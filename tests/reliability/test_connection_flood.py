"""1,100 idle and slow-loris connections against a bot limited to 1,024 open files: the bot
closes every one of them within its idle timeout, logs a bounded number of lines, and
/healthz and a signed DM are answered again within that time."""

from __future__ import annotations

import resource
import socket
import time
from pathlib import Path

import pytest
from fakeslack import FakeSlackThread
from reliability_support import db_rows, http_bot, new_dm_envelope, request_headers
from reliability_support import event_request as signed_event

pytestmark = pytest.mark.reliability

FD_LIMIT = 1024
CONNECTIONS = 1_100
SLOW_LORIS = 300  # of them send a header line now and then, never finishing the request
IDLE_TIMEOUT_S = 4.0
# Closing is checked on the server's timer; allow a second for the last timer and the scan.
MARGIN_S = 2.0
MAX_LOG_LINES = 40


def _raise_own_fd_limit(wanted: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))


def _open(port: int) -> socket.socket | None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(2.0)
    try:
        sock.connect(("127.0.0.1", port))
    except OSError:
        sock.close()
        return None
    sock.setblocking(False)
    return sock


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        # Non-blocking recv: b"" = orderly close, an error = reset, BlockingIOError = open.
        return sock.recv(4096) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True
    except BlockingIOError:
        return False


def _http(port: int, raw: bytes, timeout: float = 3.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(raw)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks):
                break
        return b"".join(chunks)


def test_idle_connection_flood_is_cleared_within_the_idle_timeout(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    _raise_own_fd_limit(CONNECTIONS + 512)
    db_path = tmp_path / "bot.db"
    bot = http_bot(
        fake_slack_thread.api_url,
        db_path,
        ONBOARD_HTTP_IDLE_TIMEOUT=str(IDLE_TIMEOUT_S),
        ONBOARD_HTTP_READ_TIMEOUT=str(IDLE_TIMEOUT_S),
    )
    # The server process gets the classic 1,024 open-file limit.
    bot.command = ["sh", "-c", f'ulimit -n {FD_LIMIT} && exec "$@"', "sh", *bot.command]
    with bot:
        assert bot.port is not None
        lines_before = len(bot.log_text().splitlines())
        sockets: list[socket.socket] = []
        refused = 0
        for index in range(CONNECTIONS):
            sock = _open(bot.port)
            if sock is None:
                refused += 1
                continue
            if index < SLOW_LORIS:
                sock.send(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")
            sockets.append(sock)
        flood_done = time.monotonic()
        deadline = flood_done + IDLE_TIMEOUT_S + MARGIN_S
        open_ = list(sockets)
        while open_ and time.monotonic() < deadline:
            for sock in open_[:SLOW_LORIS]:
                try:
                    sock.send(b"X-Slow: 1\r\n")  # slow-loris: a header line now and then
                except OSError:
                    pass
            open_ = [sock for sock in open_ if not _closed_by_server(sock)]
            time.sleep(0.2)
        cleared_after = time.monotonic() - flood_done
        still_open = len(open_)
        for sock in sockets:
            sock.close()

        # Service is back within the same window.
        health = _http(bot.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        envelope = new_dm_envelope("UFLOOD1", "保证金交多少")
        request = signed_event(envelope)
        headers = request_headers(request)
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        body = request.body.encode()
        dm = _http(
            bot.port,
            (
                f"POST /slack/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{head}"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode()
            + body,
        )
        reply_deadline = time.monotonic() + IDLE_TIMEOUT_S + MARGIN_S
        replied = False
        while time.monotonic() < reply_deadline and not replied:
            replied = bool(
                db_rows(
                    db_path,
                    "SELECT 1 FROM outbox WHERE dedupe_key = ? AND sent_at IS NOT NULL",
                    (f"reply:{envelope['event_id']}",),
                )
            )
            time.sleep(0.05)
        log_lines = bot.log_text().splitlines()[lines_before:]
        assert bot.is_alive()
    print(
        f"\nconnection flood: {CONNECTIONS} opened ({refused} refused at connect, "
        f"{SLOW_LORIS} slow-loris), fd limit {FD_LIMIT}, idle timeout {IDLE_TIMEOUT_S}s: "
        f"{len(sockets) - still_open} closed by the server within {cleared_after:.1f}s, "
        f"{still_open} still open; log lines {len(log_lines)}; healthz {health[:15]!r}; "
        f"DM {dm[:15]!r}, reply sent {replied}"
    )
    assert still_open == 0, f"{still_open} connections still open after {cleared_after:.1f}s"
    assert health.startswith(b"HTTP/1.1 200"), health
    assert dm.startswith(b"HTTP/1.1 200"), dm
    assert replied, "\n".join(log_lines[-30:])
    assert len(log_lines) <= MAX_LOG_LINES, "\n".join(log_lines[:60])
    assert not any("Traceback" in line for line in log_lines), "\n".join(log_lines[:60])
