"""Bounded logging: a fault that repeats thousands of times a second is one line per period."""

from __future__ import annotations

import asyncio
import errno
import logging

import pytest

from bot.logsafety import BoundedLog, quiet_accept_errors


def test_bounded_log_holds_repeats_and_counts_them(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    bounded = BoundedLog(logging.getLogger("t"), period=10, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING):
        for _ in range(1000):
            bounded.warning("k", "disk full")
        now[0] = 11
        bounded.warning("k", "disk full")
    assert [r.getMessage() for r in caplog.records] == [
        "disk full",
        "disk full (999 more like this in the last 10 s)",
    ]


async def test_accept_emfile_is_one_line_without_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    quiet_accept_errors(loop, BoundedLog(logging.getLogger("t"), period=60))
    try:
        with caplog.at_level(logging.INFO):
            for _ in range(5000):
                loop.call_exception_handler(
                    {
                        "message": "socket.accept() out of system resource",
                        "exception": OSError(errno.EMFILE, "Too many open files"),
                    }
                )
    finally:
        loop.set_exception_handler(previous)
    assert len(caplog.records) == 1 and not caplog.records[0].exc_info
    assert "out of system resource" in caplog.records[0].getMessage()
