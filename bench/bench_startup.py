"""Start-up of `onboard-bot ask`, side by side with the floor, and first vs 100th question.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--before DIR] [--write]

Wall time of whole processes, interleaved run by run (so a busy moment on the shared machine
hits all of them alike), median and min of `--runs`:
- floor: `python -c "import sqlite3"` (the interpreter alone) and `python -c "import slack_bolt"`;
- `onboard-bot ask "保证金交多少"` (the installed entry point), with its on-disk cache of parsed
  data and index tokens (rules/cache.py) warm, as every run after the first finds it;
- the same with the cache cold (an empty `XDG_CACHE_HOME` each run: a first run, or the first
  after the code or data changed);
- with `--before DIR` (an export of an older commit, e.g. `git archive 0ab5ca3 | tar -x -C DIR`),
  the same question asked by that code (`python -m bot ask`, run from DIR) in the same rounds.
Wall time and CPU time (user + system of the child): on a shared machine the CPU time moves
less with the other jobs' load than the wall time does. The load average is recorded at start
and end. Byte code: the project's modules are compiled first (`compileall`, as `pip install`
does for an installed package), so a checkout run with PYTHONDONTWRITEBYTECODE=1 does not pay
for compiling them in every process.
Then, in one process (three times, medians): the indexes built at start (`prepare_answers`, as
`onboard-bot run` does), then 100 vendor questions (the first asked again as the 100th), timing
the first and the 100th.
`--write` replaces the "Start-up of `onboard-bot ask`" results in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ENTRY_POINT = str(Path(PYTHON).with_name("onboard-bot"))
QUESTION = "保证金交多少"
DOC = ROOT / "docs" / "PERFORMANCE.md"
BEGIN, END = "<!-- bench_startup:begin -->", "<!-- bench_startup:end -->"

ASK = f'onboard-bot ask "{QUESTION}"'
ASK_COLD = f"{ASK}, cache cold"
COMMANDS: dict[str, list[str]] = {
    'floor: python -c "import sqlite3"': [PYTHON, "-c", "import sqlite3"],
    'floor: python -c "import slack_bolt"': [PYTHON, "-c", "import slack_bolt"],
    ASK: [ENTRY_POINT, "ask", QUESTION],
    ASK_COLD: [ENTRY_POINT, "ask", QUESTION],
}
PACKAGES = ("bot", "rules", "cli", "handlers")

# Run in a fresh interpreter: build the indexes as `onboard-bot run` does, then answer 100
# vendor questions (the held-out evaluation sets in tests/bot/answers/), printing the
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
# The same question first and 100th, 98 others between: the two times compare like for like.
questions = questions[:99] + questions[:1]
assert len(questions) == 100, len(questions)
started = time.perf_counter()
prepare_answers()
prepared = time.perf_counter() - started
times = []
for q in questions:
    t = time.perf_counter(); answer(q); times.append(time.perf_counter() - t)
print(prepared * 1000, times[0] * 1000, times[99] * 1000, sorted(times)[50] * 1000)
"""


def time_command(
    command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd, timeout=120, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, help="an older checkout to compare with")
    parser.add_argument("--write", action="store_true", help="update docs/PERFORMANCE.md")
    args = parser.parse_args()

    commands: dict[str, tuple[list[str], Path]] = {
        name: (command, ROOT) for name, command in COMMANDS.items()
    }
    if args.before:
        commands[f'before: python -m bot ask "{QUESTION}" ({args.before.name})'] = (
            [PYTHON, "-m", "bot", "ask", QUESTION],
            args.before.resolve(),
        )
    for root in (ROOT, args.before):
        for package in PACKAGES if root else ():
            if (root / package).is_dir():
                compileall.compile_dir(root / package, quiet=1)
    cache_home = Path(tempfile.mkdtemp(prefix="bench-startup-cache-"))
    warm_env = {**os.environ, "XDG_CACHE_HOME": str(cache_home / "warm")}

    def run(name: str, command: list[str], cwd: Path) -> tuple[float, float]:
        if name != ASK_COLD:
            return time_command(command, cwd, warm_env)
        cold = cache_home / "cold"
        shutil.rmtree(cold, ignore_errors=True)
        return time_command(command, cwd, {**os.environ, "XDG_CACHE_HOME": str(cold)})

    load_before = os.getloadavg()[0]
    for name, (command, cwd) in commands.items():  # warm the page cache and the disk cache
        run(name, command, cwd)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (command, cwd) in commands.items():
            samples[name].append(run(name, command, cwd))
    load_after = os.getloadavg()[0]
    # Three fresh processes, the median of each figure: one question takes a millisecond, so a
    # single sample on a shared machine can be a scheduler pause.
    in_process = [
        [
            float(value)
            for value in subprocess.run(
                [PYTHON, "-c", _IN_PROCESS],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=warm_env,
            ).stdout.split()
        ]
        for _ in range(3)
    ]
    shutil.rmtree(cache_home, ignore_errors=True)
    prepared_ms, first_ms, hundredth_ms, median_ms = (
        statistics.median(run[i] for run in in_process) for i in range(4)
    )

    lines = [
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on: nproc {os.cpu_count()}; "
        f"Python {sys.version.split()[0]}; load average {load_before:.1f} at start, "
        f"{load_after:.1f} at end "
        "(the machine is shared: compare the rows with each other, they ran interleaved).",
        "Rerun: `.venv/bin/python bench/bench_startup.py --write`.",
        "",
        f"| process ({args.runs} runs interleaved) | wall median s | wall min s | CPU median s |",
        "|---|---:|---:|---:|",
    ]
    for name, values in samples.items():
        walls, cpus = [wall for wall, _ in values], [cpu for _, cpu in values]
        lines.append(
            f"| `{name}` | {statistics.median(walls):.3f} | {min(walls):.3f} "
            f"| {statistics.median(cpus):.3f} |"
        )

    def median_wall(name: str) -> float:
        return statistics.median(wall for wall, _ in samples[name])

    ask = median_wall(ASK)
    floor = median_wall('floor: python -c "import slack_bolt"')
    lines += ["", f"`ask` ÷ bare `import slack_bolt` (wall medians): {ask / floor:.2f}×."]
    if args.before:
        before = median_wall(next(name for name in samples if name.startswith("before:")))
        lines.append(f"`ask` now ÷ before (wall medians): {ask / before:.2f}×.")
    lines += [
        "",
        "",
        "| in one process (`prepare_answers()` at start, cache warm, then 100 vendor questions; "
        "median of 3 processes) | ms |",
        "|---|---:|",
        f"| building the answer indexes at start | {prepared_ms:.1f} |",
        f"| first question | {first_ms:.2f} |",
        f"| 100th question (the first one again) | {hundredth_ms:.2f} |",
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
