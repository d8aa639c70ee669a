import json

import pytest
import sqlite_utils

from bot.answers import record_handoff


def test_handoff_row_and_audit(fresh_db: sqlite_utils.Database) -> None:
    handoff_id = record_handoff(fresh_db, "T1", "U1", "  保证金可以分期交吗？ ", "zh")
    rows = [
        {key: row[key] for key in ("id", "team_id", "user_id", "question", "lang", "posted_at")}
        for row in fresh_db["handoffs"].rows
    ]
    assert rows == [
        {
            "id": handoff_id,
            "team_id": "T1",
            "user_id": "U1",
            "question": "保证金可以分期交吗？",
            "lang": "zh",
            "posted_at": None,
        }
    ]
    audit_rows = [
        (row["actor"], row["action"], row["subject"], json.loads(row["detail_json"]))
        for row in fresh_db["audit_log"].rows
    ]
    assert audit_rows == [("U1", "handoff.create", "T1/U1", {"handoff_id": handoff_id})]


def test_handoff_ids_increase(fresh_db: sqlite_utils.Database) -> None:
    first = record_handoff(fresh_db, "T1", "U1", "question one", "en")
    second = record_handoff(fresh_db, "T1", "U2", "question two", "en")
    assert second == first + 1


@pytest.mark.parametrize(("question", "lang"), [("   ", "zh"), ("ok", "fr")])
def test_bad_handoff_writes_nothing(fresh_db: sqlite_utils.Database, question, lang) -> None:
    with pytest.raises(ValueError):
        record_handoff(fresh_db, "T1", "U1", question, lang)
    assert fresh_db["handoffs"].count == 0
    assert fresh_db["audit_log"].count == 0


def test_handoff_inside_a_caller_transaction_rolls_back_with_it(
    fresh_db: sqlite_utils.Database,
) -> None:
    from bot.storage import transaction

    with pytest.raises(RuntimeError), transaction(fresh_db):
        record_handoff(fresh_db, "T1", "U1", "question", "zh")
        raise RuntimeError("the caller's later step fails")
    assert fresh_db["handoffs"].count == 0
    assert fresh_db["audit_log"].count == 0
