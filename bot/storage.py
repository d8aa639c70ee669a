"""SQLite storage: one file, numbered migrations applied at start, WAL, busy timeout.

Migrations are `bot/migrations/NNNN_name.sql`, applied in order inside one transaction each
and recorded in `schema_migrations`; a database is never left half-migrated.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.commission.vendor_names import fold_vendor_name
from bot.texts import t

BUSY_TIMEOUT_MS = 5000
# The database holds vendors' personal data (tickets, conversations, stored event bodies):
# owner read/write only, for the file and SQLite's -wal/-shm/-journal companions.
DB_FILE_MODE = 0o600
DB_COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _migration_scripts() -> list[tuple[int, str, str]]:
    scripts = []
    for entry in resources.files("bot.migrations").iterdir():
        name = entry.name
        if not name.endswith(".sql"):
            continue
        number = int(name.split("_", 1)[0])
        scripts.append((number, name, entry.read_text(encoding="utf-8")))
    scripts.sort()
    numbers = [number for number, _, _ in scripts]
    if len(numbers) != len(set(numbers)):
        raise RuntimeError(f"two migrations share a number: {[n for _, n, _ in scripts]}")
    return scripts


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet applied; return the names applied now."""
    conn = db.conn
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT number FROM schema_migrations")}
    applied = []
    for number, name, sql in _migration_scripts():
        if number in done:
            continue
        # executescript() would commit mid-way; run statement by statement in one transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                (number, name, utc_now()),
            )
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _split_sql(sql: str) -> list[str]:
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError(f"incomplete SQL statement in migration: {buffer.strip()[:80]}")
    return statements


class StorageUnavailable(Exception):
    """The database cannot be opened or is not an onboard-bot database (corrupt, a directory,
    unreadable, on a path that cannot be created). The CLI prints it and exits 2."""

    def __init__(self, path: Path | str, cause: BaseException) -> None:
        reason = str(cause) or type(cause).__name__
        # English first: the command line's own messages are in English.
        values = {"path": path, "reason": reason}
        super().__init__(
            t("storage.unavailable", "en", **values)
            + " "
            + t("storage.unavailable", "zh", **values)
        )
        self.path = path
        self.reason = reason


def open_db(path: Path | str | None = None, *, memory: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database.

    `memory=True` (or path ":memory:") gives a private in-memory database for tests.
    A file that cannot be opened, created or read as SQLite raises `StorageUnavailable`.
    """
    if memory or str(path) == ":memory:":
        return _open_db(None, memory=True)
    if path is None:
        raise ValueError("a database path is needed (--db or ONBOARD_DB)")
    try:
        return _open_db(path, memory=False)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StorageUnavailable(path, exc) from exc


def _open_db(path: Path | str | None, *, memory: bool) -> sqlite_utils.Database:
    if memory or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True)
    else:
        if path is None:
            raise ValueError("a database path is needed (--db or ONBOARD_DB)")
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        # umask covers the files SQLite creates now (later -wal/-shm files take the main
        # file's mode); chmod fixes files an older version created 0644.
        with restricted_umask():
            conn = sqlite3.connect(
                str(target),
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            db = sqlite_utils.Database(conn)
            db.conn.execute("PRAGMA journal_mode=WAL")
            db.conn.execute("PRAGMA synchronous=NORMAL")
        restrict_db_files(target)
    db.conn.isolation_level = None  # explicit BEGIN/COMMIT only; no implicit transactions
    db.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.conn.execute("PRAGMA foreign_keys=ON")
    # Migration 0008 (and any SQL that folds vendor names) calls the one Python definition.
    db.conn.create_function("fold_vendor_name", 1, fold_vendor_name, deterministic=True)
    migrate(db)
    return db


@contextlib.contextmanager
def restricted_umask() -> Iterator[None]:
    """Files created inside are owner-only (umask 077)."""
    old_umask = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old_umask)


def restrict_db_files(target: Path) -> None:
    """chmod 0600 the database and whichever of its -wal/-shm/-journal files exist."""
    for suffix in DB_COMPANION_SUFFIXES:
        companion = target.with_name(target.name + suffix)
        try:
            if companion.exists() and (companion.stat().st_mode & 0o777) != DB_FILE_MODE:
                companion.chmod(DB_FILE_MODE)
        except OSError:  # owned by someone else: opening it worked, so reading is allowed
            pass


class transaction:  # noqa: N801 - used as a context manager, reads like a statement
    """`with transaction(db): ...` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.conn = db.conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def audit(
    db: sqlite_utils.Database,
    actor: str,
    action: str,
    subject: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one row to the audit log (never updated, never deleted)."""
    db.conn.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)",
        (
            utc_now(),
            actor,
            action,
            subject,
            json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str) if detail else None,
        ),
    )


def load_profile(db: sqlite_utils.Database, team_id: str, user_id: str) -> dict[str, Any]:
    row = db.conn.execute(
        "SELECT profile_json FROM vendor_profiles WHERE team_id = ? AND user_id = ?",
        (team_id, user_id),
    ).fetchone()
    return json.loads(row[0]) if row else {}


def save_profile(
    db: sqlite_utils.Database,
    team_id: str,
    user_id: str,
    profile: dict[str, Any],
    *,
    actor: str,
    changed: dict[str, Any] | None = None,
) -> None:
    """Store the whole profile and audit what changed, atomically (caller may wrap more)."""
    payload = json.dumps(profile, ensure_ascii=False, sort_keys=True, default=str)
    now = utc_now()
    db.conn.execute(
        "INSERT INTO vendor_profiles (team_id, user_id, profile_json, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (team_id, user_id) DO UPDATE SET profile_json = excluded.profile_json,"
        " updated_at = excluded.updated_at",
        (team_id, user_id, payload, now, now),
    )
    if changed:
        audit(db, actor, "profile.update", f"{team_id}/{user_id}", changed)
