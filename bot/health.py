"""Is the database still usable for writing? (`/healthz` in HTTP mode.)

Two ways a running bot loses its database without any query failing at once: the file is
deleted or replaced (the process keeps writing to an inode nobody will ever read again), or
the disk fills up (every commit fails with "database or disk is full"). `DatabaseHealth`
checks both: the path still names the file that was opened, and a one-row write commits.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from bot.logsafety import BoundedLog
from bot.storage import utc_now

log = logging.getLogger(__name__)


def database_path(db: sqlite_utils.Database) -> Path | None:
    """The main database's file; None for an in-memory database."""
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


@dataclass
class HealthReport:
    ok: bool
    problem: str | None = None

    def as_json(self) -> dict[str, object]:
        body: dict[str, object] = {"ok": self.ok, "db": self.ok}
        if self.problem:
            body["problem"] = self.problem
        return body


class DatabaseHealth:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.path = database_path(db)
        self.identity = _identity(self.path) if self.path is not None else None
        self._log = BoundedLog(log, period=60.0)

    def check(self) -> HealthReport:
        report = self._check()
        if not report.ok:
            self._log.warning("unhealthy", "database unhealthy: %s", report.problem)
        return report

    def _check(self) -> HealthReport:
        if self.path is not None and _identity(self.path) != self.identity:
            return HealthReport(
                False, f"the database file {self.path} was deleted or replaced while running"
            )
        conn = self.db.conn
        if conn.in_transaction:
            # Another turn is mid-transaction on this connection (cannot happen between
            # awaits, but never commit someone else's work).
            return HealthReport(True)
        # Never wait here: a long import holding the write lock means the file is writable.
        previous_timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout=0")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(
                    "INSERT INTO health_probe (id, checked_at) VALUES (1, ?)"
                    " ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
                    (utc_now(),),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return HealthReport(True)
            return HealthReport(False, f"the database cannot be written: {exc}")
        except sqlite3.DatabaseError as exc:
            return HealthReport(False, f"the database cannot be written: {exc}")
        finally:
            conn.execute(f"PRAGMA busy_timeout={int(previous_timeout)}")
        return HealthReport(True)
