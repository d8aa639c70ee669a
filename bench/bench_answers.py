"""Benchmark: latency of `bot.answers.answer` in-process, over the dev and held-out questions.

    .venv/bin/python bench/bench_answers.py [--repeat 20] [--no-write]

The first call (loading the YAML data and building the BM25 index) is timed on its own as the
cold start; then every question is answered `--repeat` times and each call is timed. Prints a
table (p50, p99, max, mean per set) and, unless --no-write, replaces the "Latency" section of
docs/ANSWERS.md between its markers with the same numbers and the machine they came from.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
ANSWERS_TESTS = REPO_ROOT / "tests" / "bot" / "answers"
# The dev set and every held-out set beside it (holdout, holdout2, …), as the evaluation runs them.
QUESTION_SETS = {
    path.name.removesuffix("_questions.yaml"): path
    for path in [
        ANSWERS_TESTS / "dev_questions.yaml",
        # holdout before holdout2 before holdout10
        *sorted(ANSWERS_TESTS.glob("holdout*_questions.yaml"), key=lambda p: (len(p.name), p.name)),
    ]
}
DOC = REPO_ROOT / "docs" / "ANSWERS.md"
BEGIN, END = "<!-- bench_answers:begin -->", "<!-- bench_answers:end -->"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="answers per question (20)")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/ANSWERS.md")
    args = parser.parse_args()

    started = time.perf_counter()
    from bot.answers import answer  # imports rules data too: part of the cold start

    answer("保证金交多少")
    cold_ms = (time.perf_counter() - started) * 1000

    rows = []
    everything: list[float] = []
    for name, path in QUESTION_SETS.items():
        if not path.exists():
            continue
        questions = [item["q"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
        samples = []
        for _ in range(args.repeat):
            for question in questions:
                t0 = time.perf_counter()
                answer(question)
                samples.append((time.perf_counter() - t0) * 1000)
        everything += samples
        rows.append((f"{name} ({len(questions)} q)", samples))
    rows.append(("all", everything))

    header = "| set | calls | p50 ms | p99 ms | max ms | mean ms |\n|---|---:|---:|---:|---:|---:|"
    lines = [header]
    for label, samples in rows:
        lines.append(
            f"| {label} | {len(samples)} | {percentile(samples, 0.5):.2f} | "
            f"{percentile(samples, 0.99):.2f} | {max(samples):.2f} | "
            f"{statistics.fmean(samples):.2f} |"
        )
    table = "\n".join(lines)
    machine = (
        f"Machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}; Python "
        f"{platform.python_version()} ({platform.system()} {platform.release()})."
    )
    command = f"Command: `.venv/bin/python bench/bench_answers.py --repeat {args.repeat}`."
    cold = f"Cold start (import + data + index + first answer): {cold_ms:.0f} ms."
    report = f"{machine}\n{command}\n{cold}\n\n{table}"
    print(report)

    if not args.no_write and DOC.exists():
        text = DOC.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            head, rest = text.split(BEGIN, 1)
            _, tail = rest.split(END, 1)
            DOC.write_text(f"{head}{BEGIN}\n{report}\n{END}{tail}", encoding="utf-8")
            print(f"\nwritten to {DOC.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
