"""Start-up of `onboard-bot ask`, side by side with the floor, and first vs 100th question.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--write]

Wall time of whole processes, interleaved run by run (so a busy moment on the shared machine
hits all of them alike), median and min of `--runs`:
- floor: `python -c "import sqlite3"` (the interpreter alone) and `python -c "import slack_bolt"`;
- `onboard-bot ask "保证金交多少"` (the installed entry point).
Then, in one process: the indexes built at start (`prepare_answers`, as `onboard-bot run` does),
then 100 different free questions, timing the first and the hundredth answer.
`--write` replaces the "Start-up of `onboard-bot ask`" results in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ENTRY_POINT = str(Path(PYTHON).with_name("onboard-bot"))
QUESTION = "保证金交多少"
DOC = ROOT / "docs" / "PERFORMANCE.md"
BEGIN, END = "<!-- bench_startup:begin -->", "<!-- bench_startup:end -->"

COMMANDS: dict[str, list[str]] = {
    'floor: python -c "import sqlite3"': [PYTHON, "-c", "import sqlite3"],
    'floor: python -c "import slack_bolt"': [PYTHON, "-c", "import slack_bolt"],
    f'onboard-bot ask "{QUESTION}"': [ENTRY_POINT, "ask", QUESTION],
}

# Run in a fresh interpreter: build the indexes as `onboard-bot run` does, then answer 100
# different vendor questions (the held-out evaluation sets in tests/bot/answers/), printing the
# index build, the first and the hundredth answer's time and the median, in milliseconds.
_IN_PROCESS = """
import glob, time, yaml
from bot.answers import answer
from bot.answers.prepare import prepare_answers
questions = []
for path in sorted(glob.glob("tests/bot/answers/holdout*_questions.yaml")):
    for item in yaml.safe_load(open(path, encoding="utf-8")):
        if item["q"] not in questions and item["q"] != "保证金交多少":
            questions.append(item["q"])
questions = questions[:100]
assert len(questions) == 100, len(questions)
started = time.perf_counter()
prepare_answers()
prepared = time.perf_counter() - started
times = []
for q in questions:
    t = time.perf_counter(); answer(q); times.append(time.perf_counter() - t)
print(prepared * 1000, times[0] * 1000, times[99] * 1000, sorted(times)[50] * 1000)
"""


def time_command(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", action="store_true", help="update docs/PERFORMANCE.md")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    for command in COMMANDS.values():  # warm the page cache and .pyc files once
        time_command(command)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            samples[name].append(time_command(command))
    in_process = subprocess.run(
        [PYTHON, "-c", _IN_PROCESS], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout.split()
    prepared_ms, first_ms, hundredth_ms, median_ms = (float(value) for value in in_process)

    lines = [
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on: nproc {os.cpu_count()}; "
        f"Python {sys.version.split()[0]}; load average {load_before:.1f} at start "
        "(the machine is shared: compare the rows with each other, they ran interleaved).",
        "Rerun: `.venv/bin/python bench/bench_startup.py --write`.",
        "",
        f"| process (wall time, {args.runs} runs interleaved) | median s | min s |",
        "|---|---:|---:|",
    ]
    for name, values in samples.items():
        lines.append(f"| `{name}` | {statistics.median(values):.3f} | {min(values):.3f} |")
    ask = statistics.median(samples[f'onboard-bot ask "{QUESTION}"'])
    floor = statistics.median(samples['floor: python -c "import slack_bolt"'])
    lines += [
        "",
        f"`ask` ÷ bare `import slack_bolt`: {ask / floor:.2f}×.",
        "",
        "| in one process (`prepare_answers()` at start, then 100 different free questions) | ms |",
        "|---|---:|",
        f"| building the answer indexes at start | {prepared_ms:.1f} |",
        f"| first question | {first_ms:.2f} |",
        f"| 100th question | {hundredth_ms:.2f} |",
        f"| median of the 100 | {median_ms:.2f} |",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        document = DOC.read_text(encoding="utf-8")
        if BEGIN not in document:
            raise SystemExit(f"{DOC}: no {BEGIN} … {END} block to update")
        pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
        DOC.write_text(pattern.sub(BEGIN + "\n" + text + "\n" + END, document), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
