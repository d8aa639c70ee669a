"""Benchmark: import 1,000,000 settlement orders and summarize a month.

    .venv/bin/python bench/bench_commission.py [--orders 1000000] [--no-write]

Generates a seeded random CSV (vendors × categories × months), then, side by side in one run,
times `onboard-bot commission import` (the same `import_csv` the CLI calls), a plain sqlite3
load of the same file (the floor), a re-import of the same file (every order already known),
`summarize_month`, and the same GROUP BY run directly with Python's sqlite3 module. Each load
runs in its own process so its peak RSS is its own; peak RSS is also measured at 100,000 and
500,000 orders. Writes the numbers into docs/PERFORMANCE.md under
"## Commission import and summary (1,000,000 orders)" unless --no-write.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
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
            "SELECT vendor_key, category, SUM(amount_fen),"
            " SUM(CASE WHEN distribution = 1 THEN amount_fen ELSE 0 END)"
            " FROM settlement_orders WHERE month = ? GROUP BY vendor_key, category",
            (month,),
        ).fetchall()
    finally:
        conn.close()


def child(kind: str, csv_path: Path, db_path: Path) -> None:
    """Run one load in this (fresh) process and print seconds and peak RSS as JSON."""
    start = time.perf_counter()
    if kind == "bare":
        raw_sqlite_load(csv_path, db_path)
        note = ""
    else:
        db = open_db(db_path)
        report = import_csv(db, csv_path, actor="bench")
        db.close()
        note = f"{report.new_orders:,} new, {report.known_orders:,} known"
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "note": note}))


def in_child(kind: str, csv_path: Path, db_path: Path) -> dict[str, float | str]:
    """Each load in its own process, so its peak RSS is its own."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(csv_path), str(db_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.splitlines()[-1])


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
    parser.add_argument("--memory-sizes", default="100000,500000", help="smaller runs for RSS")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "CSV", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    results: list[tuple[str, float, str]] = []
    memory: list[tuple[int, float, float, float]] = []  # orders, MB, seconds, bare MB
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in [int(n) for n in args.memory_sizes.split(",") if n]:
            small_csv = folder / f"s{size}.csv"
            generate(small_csv, size)
            ours = in_child("import", small_csv, folder / f"s{size}.db")
            bare = in_child("bare", small_csv, folder / f"raw{size}.db")
            memory.append(
                (size, float(ours["peak_mb"]), float(ours["seconds"]), float(bare["peak_mb"]))
            )
            small_csv.unlink()
        csv_path, db_path = folder / "settlement.csv", folder / "bench.db"
        timed(
            f"generate CSV ({args.orders:,} rows)", results, lambda: generate(csv_path, args.orders)
        )
        size_mb = csv_path.stat().st_size / 1e6
        first = in_child("import", csv_path, db_path)
        results.append(
            (
                "commission import (new orders)",
                float(first["seconds"]),
                f"{first['note']}, {size_mb:.0f} MB file, peak RSS {float(first['peak_mb']):.0f} MB",
            )
        )
        bare = in_child("bare", csv_path, folder / "raw.db")
        results.append(
            (
                "plain sqlite3 load of the same CSV (no checks)",
                float(bare["seconds"]),
                f"floor: csv + executemany into a bare table, peak RSS {float(bare['peak_mb']):.0f} MB",
            )
        )
        again = in_child("import", csv_path, db_path)
        results.append(
            (
                "commission import again (all known)",
                float(again["seconds"]),
                f"{again['note']}, peak RSS {float(again['peak_mb']):.0f} MB",
            )
        )
        memory.append(
            (args.orders, float(first["peak_mb"]), float(first["seconds"]), float(bare["peak_mb"]))
        )
        db = open_db(db_path)
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
    floor = seconds["plain sqlite3 load of the same CSV (no checks)"]
    import_ratio = seconds["commission import (new orders)"] / floor
    reimport_ratio = seconds["commission import again (all known)"] / floor
    summary_ratio = (
        seconds[f"summarize_month({month}) incl. compute()"]
        / seconds[f"same GROUP BY, plain sqlite3 ({month})"]
    )
    table += [
        "",
        f"Ratios, ours ÷ plain sqlite3 load: import {import_ratio:.2f}× (target ≤ 2×), "
        f"re-import {reimport_ratio:.2f}× (target ≤ 1.5×); month summary ÷ bare GROUP BY "
        f"{summary_ratio:.2f}×.",
        "",
        "Peak RSS of the import by file size (each run in its own process; target ≤ 120 MB and flat):",
        "",
        "| orders | import peak RSS MB | import seconds | plain sqlite3 load peak RSS MB |",
        "|-------:|-------------------:|---------------:|-------------------------------:|",
        *(
            f"| {orders:,} | {mb:.0f} | {secs:.1f} | {bare_mb:.0f} |"
            for orders, mb, secs, bare_mb in sorted(memory)
        ),
    ]
    print("\n".join(table))
    print(machine())
    if not args.no_write:
        section = (
            f"{HEADING}\n\n"
            f"Measured {time.strftime('%Y-%m-%d %H:%M')} on: {machine()}; file-backed SQLite (WAL); "
            f"load average at start {os.getloadavg()[0]:.1f} (the machine is shared, so seconds "
            "vary run to run; the ratios are side by side in one run).\n"
            f"Rerun: `.venv/bin/python bench/bench_commission.py` "
            f"(`--orders N` for a smaller run, `--no-write` to leave this file alone).\n\n"
            + "\n".join(table)
            + "\n\n"
            "Notes: the import streams the file (CSV decoded line by line, .xlsx through openpyxl "
            "read-only), validates each row in Python and inserts batches of 10,000 straight into "
            "`settlement_orders` inside one transaction (rolled back on any bad row). Known order "
            "ids are skipped by the primary key (`ON CONFLICT DO NOTHING`); only a batch with "
            "skipped rows is compared with what is stored, and in a re-import each batch is "
            "compared first so known orders cost one look-up. Memory is the page cache "
            "(32 MiB during the import) plus one batch; nothing grows with the number of rows. "
            "The floor inserts into a table with only its primary key and checks nothing; ours "
            "also writes `vendor_key`, the `import_id` index and the covering month index "
            "`settlement_orders_month (month, vendor_key, category, distribution, amount_fen, "
            "settled_on)` that makes the month summary one index range scan. A load that at "
            "least doubles the orders (this one) builds that index once at the end instead of "
            "row by row; the rest of the gap is Python's per-row validation and the wider rows "
            "and extra index. (Checked and ruled out: the WAL journal; the same import with a "
            "rollback journal took the same CPU time.)\n\n"
        )
        write_doc(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
