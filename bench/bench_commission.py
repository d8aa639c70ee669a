"""Benchmark: import 1,000,000 settlement orders and summarize a month.

    .venv/bin/python bench/bench_commission.py [--orders 1000000] [--no-write]

Generates a seeded random CSV (vendors × categories × months), then times
`onboard-bot commission import` (the same `import_csv` the CLI calls), a re-import of the same
file (every order already known), `summarize_month`, and the same GROUP BY run directly with
Python's sqlite3 module on the same database. Writes the numbers into docs/PERFORMANCE.md under
"## Commission import and summary (1,000,000 orders)" unless --no-write.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.commission.importer import import_csv  # noqa: E402
from bot.commission.summary import summarize_month  # noqa: E402
from bot.storage import open_db  # noqa: E402

HEADING = "## Commission import and summary (1,000,000 orders)"
CATEGORIES = ["website", "enterprise", "software", "service", "security", "solution", "api"]
CATEGORIES += ["data", "iot", "new_retail", "网站建设", "服务&代维"]
MONTHS = [f"2020-{m:02d}" for m in range(1, 13)]


def generate(path: Path, orders: int, seed: int = 20201017) -> None:
    rng = random.Random(seed)
    vendors = [f"服务商{i:03d}" for i in range(50)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("order_id,vendor,category,amount,distribution,settled_on\n")
        for number in range(orders):
            month = rng.choice(MONTHS)
            out.write(
                f"O{number:09d},{rng.choice(vendors)},{rng.choice(CATEGORIES)},"
                f"{rng.randint(1, 5_000_000) / 100:.2f},{'true' if rng.random() < 0.2 else 'false'},"
                f"{month}-{rng.randint(1, 28):02d}\n"
            )


def timed(label: str, results: list[tuple[str, float, str]], func, note: str = ""):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = func()
    results.append((label, time.perf_counter() - start, note))
    return value


def raw_sqlite_load(csv_path: Path, db_path: Path) -> int:
    """The floor for the import: the same rows into a bare table, no validation at all."""
    import csv

    conn = sqlite3.connect(db_path)
    try:
        conn.execute(
            "CREATE TABLE orders (order_id TEXT PRIMARY KEY, vendor TEXT, category TEXT,"
            " amount_fen INTEGER, distribution INTEGER, settled_on TEXT, month TEXT)"
        )
        with csv_path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            rows = (
                (o, v, c, round(float(a) * 100), d == "true", s, s[:7])
                for o, v, c, a, d, s in reader
            )
            with conn:
                conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def raw_sqlite_aggregate(db_path: Path, month: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT vendor, category, SUM(amount_fen),"
            " SUM(CASE WHEN distribution = 1 THEN amount_fen ELSE 0 END)"
            " FROM settlement_orders WHERE month = ? GROUP BY vendor, category",
            (month,),
        ).fetchall()
    finally:
        conn.close()


def machine() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or "?"
    return (
        f"nproc {nproc}; CPU {cpu}; Python {platform.python_version()}; "
        f"SQLite {sqlite3.sqlite_version}"
    )


def write_doc(section: str) -> None:
    doc = ROOT / "docs" / "PERFORMANCE.md"
    text = doc.read_text("utf-8") if doc.exists() else "# Performance\n"
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    doc.write_text(text, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, db_path = Path(tmp) / "settlement.csv", Path(tmp) / "bench.db"
        timed(
            f"generate CSV ({args.orders:,} rows)", results, lambda: generate(csv_path, args.orders)
        )
        size_mb = csv_path.stat().st_size / 1e6
        db = open_db(db_path)
        report = timed(
            "commission import (new orders)",
            results,
            lambda: import_csv(db, csv_path, actor="bench"),
        )
        results[-1] = (*results[-1][:2], f"{report.new_orders:,} new, {size_mb:.0f} MB file")
        timed(
            "plain sqlite3 load of the same CSV (no checks)",
            results,
            lambda: raw_sqlite_load(csv_path, Path(tmp) / "raw.db"),
            "floor: csv + executemany into a bare table",
        )
        again = timed(
            "commission import again (all known)",
            results,
            lambda: import_csv(db, csv_path, actor="bench"),
        )
        results[-1] = (*results[-1][:2], f"{again.known_orders:,} known, 0 new")
        month = "2020-06"
        rows = timed(
            f"summarize_month({month}) incl. compute()",
            results,
            lambda: summarize_month(db, month),
        )
        orders = sum(row.orders for row in rows)
        results[-1] = (*results[-1][:2], f"{len(rows)} groups over {orders:,} orders")
        timed(
            f"same GROUP BY, plain sqlite3 ({month})",
            results,
            lambda: raw_sqlite_aggregate(db_path, month),
            f"{len(rows)} groups",
        )
        timed(
            "summarize_month for all 12 months",
            results,
            lambda: [summarize_month(db, m) for m in MONTHS],
        )
        db.close()

    width = max(len(label) for label, _, _ in results)
    table = [f"| {'step':<{width}} | seconds | notes |", f"|{'-' * (width + 2)}|--------:|-------|"]
    table += [f"| {label:<{width}} | {secs:7.3f} | {note} |" for label, secs, note in results]
    seconds = {label: secs for label, secs, _ in results}
    import_ratio = (
        seconds["commission import (new orders)"]
        / seconds["plain sqlite3 load of the same CSV (no checks)"]
    )
    summary_ratio = (
        seconds[f"summarize_month({month}) incl. compute()"]
        / seconds[f"same GROUP BY, plain sqlite3 ({month})"]
    )
    table += [
        "",
        f"Ratios, ours ÷ plain sqlite3: import {import_ratio:.2f}× "
        f"(the price of validating every row and all-or-nothing conflict checks), "
        f"month summary {summary_ratio:.2f}×.",
    ]
    print("\n".join(table))
    print(machine())
    if not args.no_write:
        section = (
            f"{HEADING}\n\n"
            f"Measured {time.strftime('%Y-%m-%d')} on: {machine()}; file-backed SQLite (WAL).\n"
            f"Rerun: `.venv/bin/python bench/bench_commission.py` "
            f"(`--orders N` for a smaller run, `--no-write` to leave this file alone).\n\n"
            + "\n".join(table)
            + "\n\n"
            "Notes: the import validates every row in Python (csv module), streams batches of "
            "20,000 into a TEMP staging table with executemany, finds conflicts in SQL, then "
            "copies new orders in one transaction. The summary is one GROUP BY over the covering "
            "index `settlement_orders_month (month, vendor, category, distribution, amount_fen, "
            "settled_on)`, so it reads only the month's index entries; compute() per group is "
            "negligible next to it.\n\n"
        )
        write_doc(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
