"""No personal data in the logs at any level: a ticket drafted over HTTP with the bot logging
at DEBUG leaves neither the phone number nor the address in its output."""

from __future__ import annotations

import sqlite3
import sys
import time
import urllib.request
import uuid
from pathlib import Path

from fakeslack import FakeSlackThread, dm_message_event, event_callback

from bot.logsafety import redact

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from harness import event_request, http_bot, request_headers  # noqa: E402

PHONE = "13912345678"
ADDRESS = "浙江省杭州市西湖区隐私路77号"
ACCOUNT = "privacy-check@example.com"
TEXTS = [
    "开始", "API市场", "是", "2018-03-01", "200万", "25", "是", "7x24", "3", "是", "是",
    "起草工单", ACCOUNT, "杭州某某科技有限公司", ADDRESS, "张三", PHONE,
]  # fmt: skip


def _unsent(db_path: Path) -> int:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        return conn.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def _replied(db_path: Path, source: str) -> bool:
    """The reply to inbox event `source` was sent (its outbox row is keyed by the event)."""
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        row = conn.execute(
            "SELECT sent_at FROM outbox WHERE dedupe_key = ?", (f"reply:{source}",)
        ).fetchone()
    finally:
        conn.close()
    return row is not None and row[0] is not None


def test_debug_logs_of_a_ticket_walk_through_hold_no_phone_or_address(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    db_path = tmp_path / "bot.db"
    fake_slack_thread.invite("CSTAFF")  # /invite @onboard-bot (docs/SLACK_SETUP.md)
    with http_bot(
        fake_slack_thread.api_url,
        db_path,
        ONBOARD_LOG_LEVEL="DEBUG",
        ONBOARD_STAFF_CHANNEL="CSTAFF",
    ) as bot:
        for text in TEXTS:
            envelope = event_callback(
                dm_message_event("UPRIV1", text), event_id=f"EvPRIV{uuid.uuid4().hex[:10]}"
            )
            request = event_request(envelope)
            http = urllib.request.Request(
                bot.url + "/slack/events",
                data=request.body.encode(),
                headers=request_headers(request),
                method="POST",
            )
            with urllib.request.urlopen(http, timeout=10) as response:
                assert response.status == 200
            deadline = time.monotonic() + 15
            while not (_replied(db_path, envelope["event_id"]) and _unsent(db_path) == 0):
                assert time.monotonic() < deadline, f"no reply to {text!r}:\n{bot.log_text()}"
                time.sleep(0.02)
        log_text = bot.log_text()
    posted = " ".join(
        str(c.params.get("text")) for c in fake_slack_thread.calls("chat.postMessage")
    )
    assert PHONE in posted and ADDRESS in posted  # the ticket really was drafted
    assert "DEBUG" in log_text  # the bot really logged at DEBUG
    for secret in (PHONE, ADDRESS, ACCOUNT, "隐私路"):
        assert secret not in log_text, secret


def test_redact_masks_phones_and_emails_but_not_ids() -> None:
    text = "user UPRIV1 phone 13912345678 +86 13800138000 tel 0571-88886666 mail a.b@example.com ts 1700000000.000100"
    cleaned = redact(text)
    assert "13912345678" not in cleaned and "13800138000" not in cleaned
    assert "88886666" not in cleaned and "example.com" not in cleaned
    assert "UPRIV1" in cleaned and "1700000000.000100" in cleaned
