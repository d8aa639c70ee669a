"""Score one question set once, the way the blind sets were scored.

    .venv/bin/python bench/score_set.py SET.yaml OUT.jsonl

Run from the checkout's root with its virtualenv. Each item is checked with the evaluation's own
check (`tests/bot/answers/test_eval.py`: must_contain groups, must_not_contain, out_of_scope
declines) and the invented-number check; OUT.jsonl gets one line per question (its number, the
question, the reply, why the check counts it wrong — null when right —, the invented numbers,
declined or not, and what the item expects), for a judge to read. The rows are
bench/score_all.py's, so one set scored alone and every set scored together agree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_all import reply_rows  # noqa: E402


def main(set_path: Path, out_path: Path) -> str:
    # The same rows as bench/score_all.py, with what each item expects beside them.
    rows = reply_rows(set_path, with_expected=True)
    right = sum(row["why"] is None for row in rows)
    invented_total = sum(len(row["invented"]) for row in rows)  # type: ignore[arg-type]
    out_path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    return (
        f"{right}/{len(rows)} right ({right / len(rows):.1%}); invented numbers: {invented_total}"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(main(Path(sys.argv[1]), Path(sys.argv[2])))
