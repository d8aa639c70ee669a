"""Score one question set once, the way the blind sets were scored.

    .venv/bin/python bench/score_set.py SET.yaml OUT.jsonl

Run from the checkout's root with its virtualenv. Each item is checked with the evaluation's own
check (`tests/bot/answers/test_eval.py`: must_contain groups, must_not_contain, out_of_scope
declines) and the invented-number check; OUT.jsonl gets one line per question (the question,
the reply, declined or not, right or wrong and why, the expected facts), for a judge to read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "tests" / "bot" / "answers"))

import test_eval  # noqa: E402
import yaml  # noqa: E402

from bot.answers import answer  # noqa: E402


def main(set_path: Path, out_path: Path) -> str:
    items = yaml.safe_load(set_path.read_text(encoding="utf-8"))
    # The day the set's writer was given as today (tests/bot/answers/sets_day.py).
    today = test_eval.day_of(set_path.name)
    rows, right, invented_total = [], 0, 0
    for n, item in enumerate(items, 1):
        why = test_eval.check(item, today)
        reply = answer(item["q"], today=today)
        invented = list(test_eval.invented_numbers(item["q"], reply.text, today))
        invented_total += len(invented)
        right += why is None
        rows.append(
            {
                "n": n,
                "q": item["q"],
                "answer": reply.text,
                "out_of_scope": reply.out_of_scope,
                "verdict": "right" if why is None else "wrong",
                "why": why,
                "invented_numbers": invented,
                "expected": {key: value for key, value in item.items() if key != "q"},
            }
        )
    out_path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    return (
        f"{right}/{len(items)} right ({right / len(items):.1%}); invented numbers: {invented_total}"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(main(Path(sys.argv[1]), Path(sys.argv[2])))
