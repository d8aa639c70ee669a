"""The rules' validated data kept on disk (rules/datafile.py `load_validated`): a warm start
rebuilds the same objects without importing pydantic, and any change to a data file or to the
rules code is validated afresh (docs/PERFORMANCE.md, issue 10 "fast start")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rules import cache as disk_cache
from rules.datafile import PACKAGED_DATA_DIR, RULES_DATA_ENV, load_validated, parse_yaml
from rules.markets import Condition

# Every validated value of the rules, printed in full, and whether pydantic was needed.
_DUMP_ALL = """
import sys
import rules.commission, rules.deposit, rules.eligibility, rules.markets, rules.process
import rules.profile, rules.ticket
print(repr(rules.markets.all_markets()))
print(repr(rules.deposit._DATA))
print(repr(rules.process._DATA))
print(repr(rules.ticket.TICKET_FIELD_DATA))
print(repr(rules.profile._PROFILE_DATA))
print(repr(rules.commission.default_policy()))
print("pydantic imported:", "pydantic" in sys.modules)
"""


def _run(code: str, cache_home: Path, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    if data_dir is not None:
        env[RULES_DATA_ENV] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def _copy_of_the_data(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    shutil.copytree(PACKAGED_DATA_DIR, directory)
    return directory


def test_a_warm_start_rebuilds_the_same_rules_without_pydantic(tmp_path: Path) -> None:
    cold = _run(_DUMP_ALL, tmp_path / "cache")
    warm = _run(_DUMP_ALL, tmp_path / "cache")
    assert cold.returncode == 0 and warm.returncode == 0, cold.stderr + warm.stderr
    assert cold.stdout.splitlines()[-1] == "pydantic imported: True"  # validated, then stored
    assert warm.stdout.splitlines()[-1] == "pydantic imported: False"  # read back
    assert warm.stdout.splitlines()[:-1] == cold.stdout.splitlines()[:-1]
    assert "Market(id='api'" in warm.stdout and "Decimal(" in warm.stdout


def test_a_broken_edit_is_refused_even_when_the_cache_is_warm(tmp_path: Path) -> None:
    data = _copy_of_the_data(tmp_path)
    assert _run("import rules.deposit", tmp_path / "cache", data).returncode == 0
    deposit = data / "deposit.yaml"
    deposit.write_text(
        deposit.read_text("utf-8").replace("retail_link: 50000", "retail_link: '5万'"), "utf-8"
    )
    result = _run("import rules.deposit", tmp_path / "cache", data)
    assert result.returncode != 0
    assert str(deposit) in result.stderr and "per_market.retail_link" in result.stderr


def test_a_change_to_a_file_another_is_checked_against_is_validated_afresh(tmp_path: Path) -> None:
    # deposit.yaml's per_market must name markets of markets.yaml: renaming a market there must
    # fail deposit.yaml's check, though deposit.yaml itself did not change.
    data = _copy_of_the_data(tmp_path)
    assert _run("import rules.deposit", tmp_path / "cache", data).returncode == 0
    markets = data / "markets.yaml"
    text = markets.read_text("utf-8")
    assert text.count("id: retail_link") == 1
    markets.write_text(text.replace("id: retail_link", "id: retail_link_renamed"), "utf-8")
    result = _run("import rules.deposit", tmp_path / "cache", data)
    assert result.returncode != 0
    assert "deposit.yaml" in result.stderr and "unknown markets" in result.stderr


def test_unknown_keys_are_refused_and_a_valid_value_reads_back_equal(
    monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "condition.yaml"
    condition = (
        "key: team_size\ncheck: min\nthreshold: 20\nseed_text: 20 人以上\nseed_item: 1\n"
        "summary_zh: 20 人以上团队\nsummary_en: a team of 20 or more\n"
    )

    def load() -> Condition:
        return load_validated(
            [path], Condition, lambda texts: parse_yaml(texts[0]), shown="condition.yaml"
        )

    path.write_text(condition + "colour: red\n", "utf-8")
    with pytest.raises(RuntimeError, match="condition.yaml: colour: Unexpected keyword"):
        load()
    path.write_text(condition.replace("threshold: 20", "threshold: -1"), "utf-8")
    with pytest.raises(RuntimeError, match="non-negative integer threshold"):
        load()
    path.write_text(condition, "utf-8")
    first, second = load(), load()  # validated and stored, then read back
    assert first == second and first.threshold == 20 and first is not second


def test_only_rules_dataclasses_are_built_from_the_cache() -> None:
    value = {"d": (Decimal("0.05"), date(2021, 3, 1)), "items": [1, "x", None]}
    assert disk_cache.objects_from_plain(disk_cache.objects_to_plain(value)) == value
    with pytest.raises(TypeError):
        disk_cache.objects_to_plain(object())
    for module, name in (("os", "system"), ("rules.markets", "re"), ("tests.x", "Condition")):
        with pytest.raises(ValueError):
            disk_cache.objects_from_plain(("\0object", module, name, {}))
