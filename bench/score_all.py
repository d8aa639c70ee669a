"""Score every evaluated set of this checkout once, one jsonl per set, for comparing runs.

    .venv/bin/python bench/score_all.py OUT_DIR [--jobs 2]
    .venv/bin/python bench/score_all.py --diff OLD_DIR NEW_DIR

Run from the checkout's root with its virtualenv. Each line holds the question's number, the
question, the reply, why the evaluation's check counts it a miss (null when right) and the
numbers it states that come from neither the guide nor the question. The summary line gives the
misses, the invented numbers and the sets below their held count (tests/bot/answers/test_eval.py
REQUIRED_RIGHT). `--diff` lists every reply that changed between two runs, right → wrong first:
read them all before landing a change — the check's strings miss wrong replies that keep their
words.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "tests" / "bot" / "answers"))


def reply_rows(set_path: Path, with_expected: bool = False) -> list[dict[str, object]]:
    """Each question of the set answered once on the set's day (tests/bot/answers/sets_day.py):
    its number, the question, the reply, why the check counts it a miss (None when right) and
    the invented numbers; `with_expected` adds whether it was declined and what the item
    expects, for a judge to read (bench/score_set.py)."""
    import test_eval
    import yaml

    from bot.answers import answer

    items = yaml.safe_load(set_path.read_text(encoding="utf-8"))
    today = test_eval.day_of(set_path.name)
    rows: list[dict[str, object]] = []
    for number, item in enumerate(items, 1):
        reply = answer(item["q"], today=today)
        row: dict[str, object] = {
            "n": number,
            "q": item["q"],
            "answer": reply.text,
            "why": test_eval.check_reply(item, reply),
            "invented": list(test_eval.invented_numbers(item["q"], reply.text, today)),
        }
        if with_expected:
            row["out_of_scope"] = reply.out_of_scope
            row["expected"] = {key: value for key, value in item.items() if key != "q"}
        rows.append(row)
    return rows


def _score(path: str) -> tuple[str, list[dict[str, object]], int | None]:
    import test_eval

    set_path = Path(path)
    name = set_path.name.removesuffix("_questions.yaml")
    return name, reply_rows(set_path), test_eval.REQUIRED_RIGHT.get(set_path.name)


def score(out: Path, jobs: int) -> str:
    import test_eval

    out.mkdir(parents=True, exist_ok=True)
    misses = invented = below = total = 0
    with Pool(jobs) as pool:
        for name, rows, held in pool.imap_unordered(_score, [str(p) for p in test_eval.EVERY_SET]):
            lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
            (out / f"{name}.jsonl").write_text(lines, encoding="utf-8")
            right = sum(row["why"] is None for row in rows)
            total += len(rows)
            misses += len(rows) - right
            invented += sum(len(row["invented"]) for row in rows)  # type: ignore[arg-type]
            if held is not None and right < held:
                below += 1
                print(f"below its count: {name} {right} < {held}", flush=True)
    return (
        f"misses {misses} of {total}; invented numbers {invented}; sets below their count {below}"
    )


def diff(old: Path, new: Path) -> list[str]:
    changed: list[tuple[int, str]] = []
    for path in sorted(new.glob("*.jsonl")):
        before_path = old / path.name
        if not before_path.exists():
            continue
        before = {
            row["n"]: row for row in map(json.loads, before_path.read_text("utf-8").splitlines())
        }
        for row in map(json.loads, path.read_text("utf-8").splitlines()):
            was = before.get(row["n"])
            if was is None or was["answer"] == row["answer"]:
                continue
            moved = (was["why"] is None, row["why"] is None)
            order = {(True, False): 0, (False, True): 1}.get(moved, 2)
            tag = ("right → wrong", "wrong → right", "changed")[order]
            changed.append(
                (
                    order,
                    f"{tag} {path.stem} #{row['n']}: {row['q']}\n"
                    f"  before: {was['answer']}\n  after:  {row['answer']}",
                )
            )
    return [text for _, text in sorted(changed, key=lambda pair: pair[0])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "dirs", nargs="+", type=Path, help="OUT_DIR, or OLD_DIR NEW_DIR with --diff"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()
    if args.diff:
        lines = diff(*args.dirs[:2])
        print("\n".join(lines) + f"\n{len(lines)} replies changed")
    else:
        print(score(args.dirs[0], args.jobs))


if __name__ == "__main__":
    main()
