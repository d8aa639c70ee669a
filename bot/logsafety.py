"""Logging that cannot leak vendors' personal data or flood the disk.

- `configure_logging(level)`: the process's log format and level. Libraries that dump whole
  request and response bodies at DEBUG (slack_sdk logs every chat.postMessage with its text;
  slack_bolt logs every incoming payload) are held at INFO or above whatever the level, and a
  filter on the handlers masks phone numbers and e-mail addresses in anything else.
- `BoundedLog`: a message that can repeat thousands of times a second (accept() failing with
  EMFILE, the database full) is logged once per period with a count of what was suppressed.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from typing import Any

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# These log request/response bodies (message text, modal values) at DEBUG.
BODY_LOGGING_LIBRARIES = ("slack_sdk", "slack_bolt", "aiohttp.client", "aiohttp.web")
# Mainland mobile numbers and landlines as the ticket accepts them, optionally +86; e-mails.
_PHONE = re.compile(
    r"(?<![0-9])(?:\+?86[- ]?)?(?:1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8})(?![0-9])"
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _EMAIL.sub(REDACTED, _PHONE.sub(REDACTED, text))


class PersonalDataFilter(logging.Filter):
    """Masks phone numbers and e-mail addresses in a record's final message (and traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO and record.name.startswith(BODY_LOGGING_LIBRARIES):
            # Bolt sets its app logger's level itself after configure_logging ran.
            return False
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string is logged as it is
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def hold_body_loggers(level: int) -> None:
    """Keep the body-dumping libraries at INFO or above even when the process logs DEBUG."""
    for name in BODY_LOGGING_LIBRARIES:
        logging.getLogger(name).setLevel(max(level, logging.INFO))


def configure_logging(level: int | str = logging.INFO) -> None:
    numeric = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(numeric, int):
        numeric = logging.INFO
    logging.basicConfig(level=numeric, format=LOG_FORMAT)
    root = logging.getLogger()
    root.setLevel(numeric)
    for handler in root.handlers:
        if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
            handler.addFilter(PersonalDataFilter())
    hold_body_loggers(numeric)


class BoundedLog:
    """At most one line per `period` seconds per key; the next line says how many were held."""

    def __init__(
        self,
        logger: logging.Logger,
        period: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.period = period
        self.clock = clock
        self._last: dict[str, float] = {}
        self._suppressed: dict[str, int] = {}

    def log(self, level: int, key: str, message: str, *args: Any) -> bool:
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last < self.period:
            self._suppressed[key] = self._suppressed.get(key, 0) + 1
            return False
        self._last[key] = now
        held = self._suppressed.pop(key, 0)
        suffix = f" ({held} more like this in the last {self.period:.0f} s)" if held else ""
        self.logger.log(level, message + suffix, *args)
        return True

    def warning(self, key: str, message: str, *args: Any) -> bool:
        return self.log(logging.WARNING, key, message, *args)


def quiet_accept_errors(loop: asyncio.AbstractEventLoop, bounded: BoundedLog) -> None:
    """asyncio logs `socket.accept() out of system resource` with a traceback every time
    accept() fails with EMFILE/ENFILE (it then pauses accepting for a second); log one line
    per period instead. Every other loop error keeps the default handling."""

    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        message = str(context.get("message", ""))
        if (
            "out of system resource" in message
            or "accept" in message.lower()
            and isinstance(context.get("exception"), OSError)
        ):
            exc = context.get("exception")
            bounded.warning(
                "accept",
                "not accepting connections for a moment: %s (%s); too many open connections "
                "or files (see docs/RELIABILITY.md, fd limit and ONBOARD_HTTP_MAX_CONNECTIONS)",
                message,
                exc,
            )
            return
        loop.default_exception_handler(context)

    loop.set_exception_handler(handle)
