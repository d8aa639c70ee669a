import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from rules.datafile import PACKAGED_DATA_DIR, RULES_DATA_ENV, load_data_file


class _NeedsAField(BaseModel):
    field_that_is_not_there: int


def test_a_data_file_that_does_not_fit_its_model_stops_start_up_naming_file_and_entry() -> None:
    with pytest.raises(RuntimeError, match=r"rules/data/deposit\.yaml: field_that_is_not_there"):
        load_data_file("data/deposit.yaml", _NeedsAField)


def test_yaml_is_read_with_the_c_loader_when_libyaml_is_there() -> None:
    import yaml

    from rules import datafile

    if hasattr(yaml, "CSafeLoader"):
        assert datafile._yaml_loader() is yaml.CSafeLoader
    assert datafile.parse_yaml("a: [1, 2]") == {"a": [1, 2]}


def _run_with_data_dir(directory: str, code: str) -> subprocess.CompletedProcess[str]:
    # The directory is read once, when rules is first imported: a fresh interpreter each time.
    env = {**os.environ, RULES_DATA_ENV: directory}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_onboard_rules_data_points_rules_at_another_directory(tmp_path: Path) -> None:
    for source in PACKAGED_DATA_DIR.glob("*.yaml"):
        shutil.copy(source, tmp_path / source.name)
    deposit = tmp_path / "deposit.yaml"
    deposit.write_text(
        deposit.read_text("utf-8").replace("retail_link: 50000", "retail_link: 70000"), "utf-8"
    )
    result = _run_with_data_dir(
        str(tmp_path), "from rules.deposit import deposit_for; print(deposit_for(['retail_link']))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "70000"


def test_a_missing_or_broken_override_stops_start_up_naming_the_file(tmp_path: Path) -> None:
    result = _run_with_data_dir(str(tmp_path / "nowhere"), "import rules.markets")
    assert result.returncode != 0
    assert f"{RULES_DATA_ENV}=" in result.stderr and "not a directory" in result.stderr

    result = _run_with_data_dir(str(tmp_path), "import rules.markets")
    assert result.returncode != 0
    assert str(tmp_path / "markets.yaml") in result.stderr and "file missing" in result.stderr


def test_the_c_loader_reads_every_data_file_as_the_python_loader_does() -> None:
    import yaml

    from rules.datafile import parse_yaml

    root = PACKAGED_DATA_DIR.parents[1]
    files = [*PACKAGED_DATA_DIR.glob("*.yaml"), *(root / "bot" / "answers" / "data").glob("*.yaml")]
    assert len(files) >= 7
    for path in files:
        text = path.read_text("utf-8")
        assert parse_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader), path
