"""Erasure (staff, CLI), retention purge and the audit log's one allowed redaction."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Settings
from bot.privacy import (
    EraseTargetError,
    erase_vendor,
    find_vendors,
    is_erase_request,
    purge_expired,
    run_purge_schedule,
)
from bot.staff import run_staff_command, vendor_command
from bot.storage import audit, open_db, save_profile
from cli.main import main


def _ticket(db: sqlite_utils.Database, team: str, user: str, company: str, phone: str) -> None:
    fields = {"company": company, "phone": phone, "address": "北京市朝阳区某某路100号"}
    db.conn.execute(
        "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text, status,"
        " created_at) VALUES (?, ?, '[\"api\"]', 30000, ?, ?, 'final', '2024-05-01')",
        (team, user, json.dumps(fields, ensure_ascii=False), f"公司名称：{company}\n电话：{phone}"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "删除我的数据",
        "请删除我的个人信息",
        "帮我删除所有数据。",
        "清除我的资料",
        "删掉我的数据吧",
        "delete my data",
        "Please delete all my personal data.",
        "erase my information please",
        "Forget me",
        "ｄｅｌｅｔｅ ｍｙ ｄａｔａ",
    ],
)
def test_erase_requests_in_both_languages(text: str) -> None:
    assert is_erase_request(text)


@pytest.mark.parametrize(
    "text", ["删除", "数据", "怎么删除商品", "delete", "my data is wrong", "删除我的数据库备份方案"]
)
def test_other_text_is_not_an_erase_request(text: str) -> None:
    assert not is_erase_request(text)


def test_staff_erase_by_company_name_and_refusals(fresh_db: sqlite_utils.Database) -> None:
    settings = Settings()
    _ticket(fresh_db, "T1", "UAAA", "甲乙科技有限公司", "13911112222")
    _ticket(fresh_db, "T1", "UBBB", "甲乙网络有限公司", "13933334444")
    save_profile(fresh_db, "T1", "UAAA", {"team_size": 25}, actor="UAAA")

    ambiguous = vendor_command(fresh_db, settings, actor="USTAFF", team_id="T1", text="erase 甲乙")
    assert "多个" in ambiguous and "several" in ambiguous
    unknown = vendor_command(fresh_db, settings, actor="USTAFF", team_id="T1", text="erase 丙丁")
    assert "未找到" in unknown
    done = vendor_command(
        fresh_db, settings, actor="USTAFF", team_id="T1", text="erase 甲乙科技有限公司"
    )
    assert "<@UAAA>" in done
    owners = fresh_db.conn.execute("SELECT DISTINCT user_id FROM tickets").fetchall()
    assert owners == [("UBBB",)]
    assert fresh_db.conn.execute("SELECT COUNT(*) FROM vendor_profiles").fetchone() == (0,)
    [(actor, subject)] = fresh_db.conn.execute(
        "SELECT actor, subject FROM audit_log WHERE action = 'vendor.erase'"
    ).fetchall()
    assert (actor, subject) == ("USTAFF", "T1/UAAA")


def test_find_vendors_by_mention_link_and_console_id(fresh_db: sqlite_utils.Database) -> None:
    fresh_db.conn.execute(
        "INSERT INTO vendor_links VALUES ('某某科技', 'T1', 'UCCC', 'USTAFF', '2024-05-01')"
    )
    save_profile(fresh_db, "console", "console-user", {"team_size": 3}, actor="x")
    assert find_vendors(fresh_db, "<@UCCC|ccc>") == [("T1", "UCCC")]
    assert find_vendors(fresh_db, "某某科技") == [("T1", "UCCC")]
    assert find_vendors(fresh_db, "console-user") == [("console", "console-user")]
    with pytest.raises(EraseTargetError, match="某某科技"):
        find_vendors(fresh_db, "某某科技", team_id="T2")  # another workspace's link
    # A Slack id with nothing in the tables is still erased (event bodies, messages).
    assert find_vendors(fresh_db, "UNEW", team_id="T1") == [("T1", "UNEW")]


async def test_slack_staff_erase_scans_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import bot.privacy as privacy

    db = open_db(tmp_path / "onboard.db")
    _ticket(db, "T1", "UAAA", "甲乙科技有限公司", "13911112222")
    db.conn.execute(
        "INSERT INTO outbox (dedupe_key, kind, channel, text, data_json, created_at, sent_at)"
        " VALUES ('reply:1', 'reply', 'DUAAA', '电话：13911112222', '{\"user\": \"UAAA\"}',"
        " '2024-05-01', '2024-05-01')"
    )
    scanned_in: list[str] = []
    scan = privacy._scan

    def recording_scan(*args: object) -> object:
        scanned_in.append(threading.current_thread().name)
        return scan(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(privacy, "_scan", recording_scan)
    answer = await run_staff_command(
        db, Settings(), actor="USTAFF", team_id="T1", command="/vendor", text="ERASE <@UAAA>"
    )
    assert "<@UAAA>" in answer and "tickets 1" in answer
    # The full scan ran in a worker thread; only the short re-scan in the transaction on the loop.
    assert scanned_in[0] != threading.main_thread().name
    assert scanned_in[1] == threading.main_thread().name
    assert db.conn.execute("SELECT text FROM outbox").fetchone() == ("",)


def test_console_staff_erase_a_console_vendor(fresh_db: sqlite_utils.Database) -> None:
    from bot.conversation import ConversationKey, Engine
    from cli.console import respond

    settings = Settings()
    engine = Engine(fresh_db, settings)
    vendor = ConversationKey("console", "console-user")
    respond(engine, fresh_db, settings, vendor, "开始", staff=False)
    staff = ConversationKey("console", "staff-member")
    answer = respond(engine, fresh_db, settings, staff, "/vendor erase console-user", staff=True)
    assert "console-user" in answer
    assert fresh_db.conn.execute(
        "SELECT COUNT(*) FROM conversations WHERE user_id = 'console-user'"
    ).fetchone() == (0,)


def test_audit_rows_may_only_be_redacted(fresh_db: sqlite_utils.Database) -> None:
    audit(fresh_db, "U1", "profile.update", "T1/U1", {"team_size": 25})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        fresh_db.conn.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        fresh_db.conn.execute("UPDATE audit_log SET detail_json = '{\"forged\": 1}'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        fresh_db.conn.execute("DELETE FROM audit_log")
    erase_vendor(fresh_db, "T1", "U1", actor="USTAFF")
    rows = fresh_db.conn.execute(
        "SELECT actor, action, subject, detail_json FROM audit_log ORDER BY id"
    ).fetchall()
    assert rows[0] == ("U1", "profile.update", "T1/U1", None)
    assert rows[1][:3] == ("USTAFF", "vendor.erase", "T1/U1")


def test_erase_cancels_unsent_messages_and_keeps_ids_for_click_checks(
    fresh_db: sqlite_utils.Database,
) -> None:
    for key, sent in (("reply:1", "2024-05-01"), ("reply:2", None)):
        fresh_db.conn.execute(
            "INSERT INTO outbox (dedupe_key, kind, channel, text, data_json, created_at, sent_at)"
            " VALUES (?, 'reply', 'DU1', '电话：13911112222', ?, '2024-05-01', ?)",
            (key, json.dumps({"user": "U1", "lang": "zh", "blocks": [{"x": 1}]}), sent),
        )
    erase_vendor(fresh_db, "T1", "U1", actor="U1")
    rows = fresh_db.conn.execute(
        "SELECT dedupe_key, text, data_json, failed_at IS NOT NULL FROM outbox ORDER BY id"
    ).fetchall()
    assert [(key, text, failed) for key, text, _, failed in rows] == [
        ("reply:1", "", 0),
        ("reply:2", "", 1),
    ]
    assert json.loads(rows[0][2]) == {"user": "U1", "lang": "zh", "erased": True}


def test_rows_written_between_the_scan_and_the_lock_are_erased_too(
    fresh_db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.privacy as privacy

    _ticket(fresh_db, "T1", "U1", "甲乙科技有限公司", "13911112222")
    scan = privacy._scan
    calls = []

    def scan_then_a_message_arrives(*args: object) -> object:
        found = scan(*args)  # type: ignore[arg-type]
        if not calls:  # the unlocked scan is done: a reply is queued before the lock
            fresh_db.conn.execute(
                "INSERT INTO outbox (dedupe_key, kind, channel, text, data_json, created_at)"
                " VALUES ('reply:late', 'reply', 'DU1', '电话：13911112222', '{\"user\": \"U1\"}',"
                " '2024-05-01')"
            )
        calls.append(found)
        return found

    monkeypatch.setattr(privacy, "_scan", scan_then_a_message_arrives)
    erase_vendor(fresh_db, "T1", "U1", actor="USTAFF")
    assert len(calls) == 2
    assert fresh_db.conn.execute(
        "SELECT text FROM outbox WHERE dedupe_key = 'reply:late'"
    ).fetchone() == ("",)


def _old_and_new_rows(db: sqlite_utils.Database, now: datetime, suffix: str = "") -> None:
    old = (now - timedelta(days=31)).isoformat(timespec="milliseconds")
    new = (now - timedelta(days=1)).isoformat(timespec="milliseconds")
    for event_id, at in ((f"EvOLD{suffix}", old), (f"EvNEW{suffix}", new)):
        db.conn.execute(
            "INSERT INTO slack_events (event_id, event_type, received_at, body_json, status)"
            " VALUES (?, 'message', ?, '{\"text\": \"电话 13911112222\"}', 'done')",
            (event_id, at),
        )
    for key, at in ((f"reply:old{suffix}", old), (f"reply:new{suffix}", new)):
        db.conn.execute(
            "INSERT INTO outbox (dedupe_key, kind, channel, text, data_json, created_at, sent_at)"
            " VALUES (?, 'reply', 'DU1', '电话 13911112222', '{\"user\": \"U1\"}', ?, ?)",
            (key, at, at),
        )
    db.conn.execute(
        "INSERT INTO outbox (dedupe_key, kind, channel, text, created_at)"
        " VALUES (?, 'reply', 'DU1', '电话 13911112222', ?)",
        (f"reply:unsent{suffix}", old),
    )


def test_purge_forgets_old_event_bodies_and_sent_messages_only(
    fresh_db: sqlite_utils.Database,
) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    _old_and_new_rows(fresh_db, now)
    report = purge_expired(fresh_db, 30, now=now)
    assert (report.event_bodies, report.outbox_rows) == (1, 1)
    bodies = dict(fresh_db.conn.execute("SELECT event_id, body_json FROM slack_events"))
    assert bodies["EvOLD"] is None and bodies["EvNEW"] is not None
    texts = dict(fresh_db.conn.execute("SELECT dedupe_key, text FROM outbox"))
    # The unsent one is still wanted: it is sent, then purged once old.
    assert texts == {
        "reply:old": "",
        "reply:new": "电话 13911112222",
        "reply:unsent": texts["reply:unsent"],
    }
    assert texts["reply:unsent"]
    assert purge_expired(fresh_db, 30, now=now).outbox_rows == 0  # idempotent


def test_purge_works_through_a_backlog_in_batches(
    fresh_db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.privacy.PURGE_BATCH_ROWS", 2)
    now = datetime(2024, 6, 1, tzinfo=UTC)
    for batch in range(3):
        _old_and_new_rows(fresh_db, now, suffix=str(batch))
    report = purge_expired(fresh_db, 30, now=now)
    assert (report.event_bodies, report.outbox_rows) == (3, 3)
    assert fresh_db.conn.execute(
        "SELECT COUNT(*) FROM slack_events WHERE body_json IS NULL"
    ).fetchone() == (3,)


async def test_the_bot_purges_at_start(fresh_db: sqlite_utils.Database) -> None:
    _old_and_new_rows(fresh_db, datetime.now(UTC))
    task = asyncio.create_task(run_purge_schedule(fresh_db, Settings(onboard_retention_days=30)))
    try:
        for _ in range(500):
            if fresh_db.conn.execute(
                "SELECT body_json FROM slack_events WHERE event_id = 'EvOLD'"
            ).fetchone() == (None,):
                break
            await asyncio.sleep(0.01)
        else:
            pytest.fail("the start-up purge did not run")
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def test_cli_vendor_erase_and_purge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "onboard.db"
    db = open_db(path)
    _ticket(db, "T1", "UAAA", "甲乙科技有限公司", "13955556666")
    _old_and_new_rows(db, datetime.now(UTC))
    db.conn.close()

    assert main(["--db", str(path), "vendor", "erase", "丙丁"]) == 2
    assert "丙丁" in capsys.readouterr().err
    assert main(["--db", str(path), "vendor", "erase", "甲乙科技有限公司"]) == 0
    assert "UAAA" in capsys.readouterr().out
    assert main(["--db", str(path), "purge"]) == 0
    assert "event bodies 1" in capsys.readouterr().out
    assert main(["--db", str(path), "purge", "--days", "0"]) == 2
    assert main(["--db", str(tmp_path / "missing.db"), "purge"]) == 2
    assert not (tmp_path / "missing.db").exists()

    db = open_db(path)
    assert db.conn.execute("SELECT COUNT(*) FROM tickets").fetchone() == (0,)


def test_erase_and_purge_reach_the_inbox_file(tmp_path: Path) -> None:
    """Event bodies of a file database live in the inbox file beside it (bot/inbox.py)."""
    from bot.inbox import inbox_for

    db = open_db(tmp_path / "bot.db")
    inbox = inbox_for(db)
    assert inbox.separate
    phone_event = {"event": {"user": "UERASE", "text": "电话 13912345678"}}
    other_event = {"event": {"user": "UOTHER", "text": "保证金交多少"}}
    assert inbox.claim("EvA", "message", phone_event)
    assert inbox.claim("EvB", "message", other_event)
    erase_vendor(db, "T1", "UERASE", actor="USTAFF")
    bodies = dict(inbox.conn.execute("SELECT event_id, body_json FROM slack_events"))
    assert bodies["EvA"] is None
    assert bodies["EvB"] is not None and "保证金" in bodies["EvB"]
    later = datetime.now(UTC) + timedelta(days=40)
    purge_expired(db, 30, now=later)
    assert inbox.conn.execute(
        "SELECT COUNT(*) FROM slack_events WHERE body_json IS NOT NULL"
    ).fetchone() == (0,)
