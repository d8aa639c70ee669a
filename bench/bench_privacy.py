"""Benchmark: erasing one vendor and the retention purge on a database with a large backlog.

    .venv/bin/python bench/bench_privacy.py [--rows 10000,100000] [--no-write]

Fills a temp SQLite file with N stored event bodies and as many sent replies (5,000
vendors), then times `erase_vendor` for one vendor (one transaction: how long it holds the
write lock), the same two full-table scans done with bare sqlite3 (the floor: erasure cannot
avoid reading every free-text cell once), and `purge_expired` of the whole backlog with its
longest single batch (how long a purge can hold the write lock). Writes the numbers into
docs/PERFORMANCE.md under HEADING unless --no-write.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bot.privacy as privacy  # noqa: E402
from bot.storage import open_db, utc_now  # noqa: E402

HEADING = "## Personal data: erase and retention purge (bench_privacy.py)"
VENDORS = 5000
VICTIM = "U00042"


def fill(path: Path, rows: int) -> None:
    db = open_db(path)
    now = utc_now()
    conn = db.conn
    conn.execute("BEGIN")
    for i in range(rows):
        user = f"U{i % VENDORS:05d}"
        body = {
            "type": "event_callback",
            "event": {"type": "message", "user": user, "text": f"注册资金 {i} 万，电话 139{i:08d}"},
        }
        blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "答案" * 200}}]
        conn.execute(
            "INSERT INTO slack_events (event_id, event_type, received_at, body_json, status)"
            " VALUES (?, 'message', ?, ?, 'done')",
            (f"Ev{i}", now, json.dumps(body, ensure_ascii=False)),
        )
        conn.execute(
            "INSERT INTO outbox (dedupe_key, kind, channel, text, data_json, created_at,"
            " sent_at, sent_ts, posted_channel) VALUES (?, 'reply', ?, ?, ?, ?, ?, ?, ?)",
            (
                f"reply:Ev{i}",
                "D" + user,
                "好的，已保存：注册资金 " + str(i) * 20,
                json.dumps({"user": user, "lang": "zh", "blocks": blocks}, ensure_ascii=False),
                now,
                now,
                f"{i}.000100",
                "D" + user,
            ),
        )
    fields = {
        "account": "bench@example.com",
        "company": "杭州基准测试科技有限公司",
        "address": "浙江省杭州市余杭区文一西路969号",
        "contact": "欧阳建国",
        "phone": "13912345678",
    }
    conn.execute(
        "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text, status,"
        " created_at) VALUES ('T1', ?, '[\"api\"]', 30000, ?, 't', 'final', ?)",
        (VICTIM, json.dumps(fields, ensure_ascii=False), now),
    )
    conn.execute("COMMIT")
    conn.close()


def measure(rows: int) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        fill(path, rows)
        size_mb = path.stat().st_size / 1e6

        raw = sqlite3.connect(path)
        start = time.perf_counter()
        raw.execute(
            "SELECT COUNT(*) FROM slack_events WHERE instr(body_json, ?) > 0", (f'"{VICTIM}"',)
        ).fetchone()
        raw.execute(
            "SELECT COUNT(*) FROM outbox WHERE instr(text, ?) > 0 OR instr(data_json, ?) > 0",
            ("13912345678", f'"{VICTIM}"'),
        ).fetchone()
        floor = time.perf_counter() - start
        raw.close()

        db = open_db(path)
        scans: list[float] = []
        original_scan = privacy._scan

        def timed_scan(*args: object) -> object:
            began = time.perf_counter()
            found = original_scan(*args)  # type: ignore[arg-type]
            scans.append(time.perf_counter() - began)
            return found

        privacy._scan = timed_scan  # type: ignore[assignment]
        try:
            start = time.perf_counter()
            report = privacy.erase_vendor(db, "T1", VICTIM, actor="bench")
            erase = time.perf_counter() - start
        finally:
            privacy._scan = original_scan  # type: ignore[assignment]
        # The first scan runs before the transaction; the rest of the erase holds the lock.
        locked = erase - scans[0]

        batches: list[float] = []
        original = privacy._purge_batch

        def timed_batch(*args: object) -> bool:
            began = time.perf_counter()
            more = original(*args)  # type: ignore[arg-type]
            batches.append(time.perf_counter() - began)
            return more

        privacy._purge_batch = timed_batch  # type: ignore[assignment]
        try:
            start = time.perf_counter()
            purged = privacy.purge_expired(db, 30, now=datetime(2100, 1, 1, tzinfo=UTC))
            purge = time.perf_counter() - start
        finally:
            privacy._purge_batch = original  # type: ignore[assignment]
        db.conn.close()
    return {
        "size_mb": size_mb,
        "floor": floor,
        "erase": erase,
        "erase_locked": locked,
        "erased_rows": report.total,
        "purge": purge,
        "purged": purged.event_bodies + purged.outbox_rows,
        "batches": len(batches),
        "max_batch": max(batches),
    }


def write_doc(section: str) -> None:
    doc = ROOT / "docs" / "PERFORMANCE.md"
    text = doc.read_text("utf-8")
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    doc.write_text(text, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--rows", default="10000,100000", help="backlog sizes, comma-separated (each table)"
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    sizes = [int(part) for part in args.rows.split(",") if part.strip()]
    results = [measure(rows) for rows in sizes]
    print(json.dumps(dict(zip(map(str, sizes), results, strict=True)), indent=2))
    if not args.no_write:
        machine = (
            f"{platform.machine()}, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}"
        )

        def row(label: str, cell: Callable[[dict[str, float | int]], str]) -> str:
            return f"| {label} | " + " | ".join(cell(r) for r in results) + " |\n"

        section = (
            f"{HEADING}\n\n"
            f"`.venv/bin/python bench/bench_privacy.py --rows {args.rows}` "
            f"({datetime.now(UTC):%Y-%m-%d}, {machine}; shared 2-core machine). "
            f"N stored event bodies + N sent replies from {VENDORS:,} vendors, one vendor "
            "erased, then the whole backlog purged.\n\n"
            "| what | "
            + " | ".join(f"N = {rows:,}" for rows in sizes)
            + " |\n|---|"
            + "---|" * len(sizes)
            + "\n"
            + row("database size", lambda r: f"{r['size_mb']:.0f} MB")
            + row(
                "floor: bare sqlite3, one full scan of the event bodies and of the outbox",
                lambda r: f"{r['floor']:.2f} s",
            )
            + row("`erase_vendor`, all of it", lambda r: f"{r['erase']:.2f} s")
            + row(
                "of which holding the write lock (deletes, updates, a scan of rows added "
                "since the first scan)",
                lambda r: f"{r['erase_locked'] * 1000:.0f} ms",
            )
            + row("`purge_expired` of the whole backlog", lambda r: f"{r['purge']:.2f} s")
            + row(
                "longest purge batch (the longest the purge holds the write lock)",
                lambda r: f"{r['max_batch'] * 1000:.0f} ms",
            )
            + "\nErasure scans every stored body, message and audit row once (by the vendor's "
            "id and the values they typed) before taking the write lock, then changes what it "
            "found in one transaction. For `/vendor erase` in Slack that scan runs in a "
            "thread on its own read-only connection, so acks and replies go on; a vendor's "
            'own request ("删除我的数据") runs inside their conversation turn, which already '
            "holds the lock and the event loop, so there the whole erase (the row above) "
            "holds both. With the default 30-day retention these "
            "tables hold one month of traffic. The purge at start and daily works in batches "
            "of 1,000 rows and yields to the event loop between them.\n"
        )
        write_doc(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
