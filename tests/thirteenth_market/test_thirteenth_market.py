"""A thirteenth market from a fixture data file, with no code change (issue 10).

A copy of rules/data/ gets one more market (thirteenth_market.yaml: new id, conditions,
deposit, a commission rate); `checks_with_13_markets.py` then runs in a fresh interpreter with
ONBOARD_RULES_DATA pointing at the copy (the rules data is read once, at import) and checks the
market menu, a walk-through to a verdict, the deposit and its 大写, the drafted ticket,
"有几个市场 / how many markets" and a commission summary.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from rules.datafile import PACKAGED_DATA_DIR, RULES_DATA_ENV

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def write_rules_with_thirteenth_market(directory: Path) -> None:
    extra = yaml.safe_load((HERE / "thirteenth_market.yaml").read_text("utf-8"))

    def rewrite(name: str, change: object) -> None:
        data = yaml.safe_load((PACKAGED_DATA_DIR / name).read_text("utf-8"))
        change(data)  # type: ignore[operator]
        (directory / name).write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")

    for source in PACKAGED_DATA_DIR.glob("*.yaml"):
        (directory / source.name).write_text(source.read_text("utf-8"), "utf-8")
    rewrite("markets.yaml", lambda data: data["markets"].append(extra["market"]))
    rewrite("deposit.yaml", lambda data: data["per_market"].update(education=extra["deposit"]))
    rewrite("commission.yaml", lambda data: data["periods"][-1]["rates"].append(extra["rate"]))


def test_a_thirteenth_market_from_data_reaches_every_screen(tmp_path: Path) -> None:
    rules_data = tmp_path / "rules-data"
    rules_data.mkdir()
    write_rules_with_thirteenth_market(rules_data)
    result = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
            str(HERE / "checks_with_13_markets.py"),
        ],
        env={**os.environ, RULES_DATA_ENV: str(rules_data)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout
