"""bench/score_set.py scores one set with bench/score_all.py's rows: one answer per question,
the evaluation's check and the invented-number check, what the item expects beside them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_one_set_scored_alone_gives_score_all_rows_and_the_expectations(tmp_path: Path) -> None:
    items = [
        {"q": "零售通保证金多少", "lang": "zh", "pattern": "fact", "out_of_scope": False,
         "must_contain_any": [["5万"]]},
        # The same question expecting a figure the guide never gives: counted wrong.
        {"q": "零售通保证金多少", "lang": "zh", "pattern": "fact", "out_of_scope": False,
         "must_contain_any": [["999万"]]},
    ]  # fmt: skip
    set_path = tmp_path / "tiny_questions.yaml"
    set_path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    out_path = tmp_path / "tiny.jsonl"
    done = subprocess.run(
        [sys.executable, "bench/score_set.py", str(set_path), str(out_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "1/2 right (50.0%); invented numbers: 0"
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [(row["n"], row["q"], row["why"] is None, row["invented"]) for row in rows] == [
        (1, "零售通保证金多少", True, []),
        (2, "零售通保证金多少", False, []),
    ]
    assert rows[1]["why"] == "none of ['999万']"
    assert rows[0]["answer"] == rows[1]["answer"]
    assert "5万" in rows[0]["answer"]
    assert rows[0]["out_of_scope"] is False
    assert rows[1]["expected"] == {key: value for key, value in items[1].items() if key != "q"}
