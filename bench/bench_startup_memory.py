"""Start-up time and peak memory of the bot, idle and under the HTTP load of bench_http.py.

    .venv/bin/python bench/bench_startup_memory.py [--runs 5]

Start-up: process start → first 200 on GET /healthz (and → the "ready" log line) for
`onboard-bot run --http`, the bare Bolt app, and `onboard-bot console` (→ its first reply to a
piped line). Peak RSS is VmHWM from /proc/<pid>/status read just before the process stops.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parents[1] / "tests"),
]

from bench_http import build_mix  # noqa: E402
from fakeslack import FakeSlackThread  # noqa: E402
from harness import (  # noqa: E402
    BOT_COMMAND,
    BotProcess,
    bare_bolt,
    bot_env,
    http_bot,
    machine_line,
    print_table,
    run_load,
)


def start_and_measure(make: object, load: int) -> tuple[float, float | None, int]:
    process: BotProcess = make()  # type: ignore[operator]
    with process:
        if load:
            requests, _ = build_mix(
                load, users=250, user_prefix="UM", response_url="http://127.0.0.1:9/r"
            )
            asyncio.run(
                run_load(
                    process.url + "/slack/events", requests, concurrency=32, ordered_per_user=True
                )
            )
            time.sleep(1.0)  # the after-ack work finishes before we read the peak
        process.sample_peak_rss()
    return process.healthy_after_s or 0.0, process.ready_line_after_s, process.peak_rss_kib or 0


def console_run(db_path: Path, env: dict[str, str]) -> tuple[float, int]:
    """Pipe one line into the console; time to exit and the child's peak RSS (getrusage)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [*BOT_COMMAND, "console", "--db", str(db_path)],
        input="保证金交多少\n".encode(),
        env={key: value for key, value in env.items() if not key.startswith("SLACK_")},
        capture_output=True,
        check=True,
        timeout=60,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(before, after)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--load", type=int, default=3000)
    args = parser.parse_args()
    print(machine_line())
    rows = []
    with FakeSlackThread() as fake, tempfile.TemporaryDirectory() as tmp:
        for name, factory in (
            ("onboard-bot run --http", lambda: http_bot(fake.api_url, Path(tmp) / "bot.db")),
            ("bare bolt", lambda: bare_bolt(fake.api_url, Path(tmp) / "bare.db")),
        ):
            idle = [start_and_measure(factory, 0) for _ in range(args.runs)]
            loaded = start_and_measure(factory, args.load)
            rows.append(
                [
                    name,
                    f"{statistics.median(h for h, _, _ in idle) * 1000:.0f}",
                    f"{statistics.median((r or 0) for _, r, _ in idle) * 1000:.0f}",
                    f"{max(k for _, _, k in idle) / 1024:.0f}",
                    f"{loaded[2] / 1024:.0f} ({args.load} requests)",
                ]
            )
        env = bot_env(fake.api_url, Path(tmp) / "console.db")
        console = [console_run(Path(tmp) / "console.db", env) for _ in range(args.runs)]
        rows.append(
            [
                "onboard-bot console (one piped line)",
                f"{statistics.median(e for e, _ in console) * 1000:.0f} (to exit)",
                "",
                f"{max(k for _, k in console) / 1024:.0f}",
                "",
            ]
        )
    print_table(
        [
            "process",
            "start → /healthz 200 ms (median)",
            "start → ready line ms",
            "peak RSS idle MB",
            "peak RSS under load MB",
        ],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
