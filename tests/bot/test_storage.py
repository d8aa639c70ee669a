import sqlite3

import pytest
import sqlite_utils

from bot import storage
from bot.storage import audit, load_profile, migrate, open_db, save_profile, transaction


def test_all_migrations_applied_in_order(fresh_db: sqlite_utils.Database) -> None:
    numbers = [row["number"] for row in fresh_db["schema_migrations"].rows]
    assert numbers == sorted(numbers)
    assert numbers[0] == 1
    assert {"vendor_profiles", "audit_log", "tickets", "vendor_links"} <= set(
        fresh_db.table_names()
    )


def test_migrate_twice_applies_nothing(fresh_db: sqlite_utils.Database) -> None:
    assert migrate(fresh_db) == []


def test_file_database_uses_wal_and_busy_timeout(tmp_path) -> None:
    db = open_db(tmp_path / "sub" / "bot.db")
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == storage.BUSY_TIMEOUT_MS
    # Re-opening an existing file migrates nothing again and keeps data.
    save_profile(db, "T1", "U1", {"team_size": 20}, actor="U1")
    db.conn.close()
    again = open_db(tmp_path / "sub" / "bot.db")
    assert load_profile(again, "T1", "U1") == {"team_size": 20}


def test_profile_round_trip_and_audit_rows(fresh_db: sqlite_utils.Database) -> None:
    assert load_profile(fresh_db, "T1", "U1") == {}
    save_profile(
        fresh_db, "T1", "U1", {"legal_entity": True}, actor="U1", changed={"legal_entity": True}
    )
    save_profile(
        fresh_db,
        "T1",
        "U1",
        {"legal_entity": True, "team_size": 25},
        actor="U1",
        changed={"team_size": 25},
    )
    assert load_profile(fresh_db, "T1", "U1") == {"legal_entity": True, "team_size": 25}
    rows = [
        (r["actor"], r["action"], r["subject"], r["detail_json"])
        for r in fresh_db["audit_log"].rows
    ]
    assert rows == [
        ("U1", "profile.update", "T1/U1", '{"legal_entity": true}'),
        ("U1", "profile.update", "T1/U1", '{"team_size": 25}'),
    ]


def test_audit_log_is_append_only(fresh_db: sqlite_utils.Database) -> None:
    audit(fresh_db, "staff", "vendor.link", "ACME", {"user": "U9"})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        fresh_db.conn.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        fresh_db.conn.execute("DELETE FROM audit_log")
    assert fresh_db["audit_log"].count == 1


def test_transaction_rolls_back_everything_on_error(fresh_db: sqlite_utils.Database) -> None:
    with pytest.raises(RuntimeError):
        with transaction(fresh_db):
            save_profile(fresh_db, "T1", "U1", {"team_size": 3}, actor="U1", changed={"x": 1})
            raise RuntimeError("boom")
    assert fresh_db["vendor_profiles"].count == 0
    assert fresh_db["audit_log"].count == 0


def test_broken_migration_leaves_no_trace(fresh_db: sqlite_utils.Database, monkeypatch) -> None:
    good = storage._migration_scripts()
    bad = (9999, "9999_broken.sql", "CREATE TABLE half_done (x INTEGER);\nNOT SQL AT ALL;")
    monkeypatch.setattr(storage, "_migration_scripts", lambda: [*good, bad])
    with pytest.raises(sqlite3.OperationalError):
        migrate(fresh_db)
    assert "half_done" not in fresh_db.table_names()
    assert fresh_db["schema_migrations"].count == len(good)


def test_memory_requires_no_path_but_file_mode_does() -> None:
    with pytest.raises(ValueError, match="--db"):
        open_db(None)


def test_click_and_thread_lookups_use_their_indexes(fresh_db: sqlite_utils.Database) -> None:
    plans = {
        "sent": "SELECT id FROM outbox WHERE kind = 'reply' AND sent_ts = '1.2'"
        " AND posted_channel = 'D1'",
        "thread": "SELECT 1 FROM outbox WHERE kind = 'reply' AND thread_ts = '1.2'",
    }
    details = {
        name: " ".join(row[3] for row in fresh_db.conn.execute("EXPLAIN QUERY PLAN " + sql))
        for name, sql in plans.items()
    }
    assert "outbox_sent_message" in details["sent"]
    assert "outbox_thread" in details["thread"]
