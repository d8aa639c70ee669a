"""The on-disk cache of parsed data (rules/cache.py): a miss, never an error, when the file is
missing, damaged or cannot be written; a changed text is parsed afresh."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from rules import cache as disk_cache
from rules.datafile import PACKAGED_DATA_DIR, parse_yaml


@pytest.fixture
def cache_home(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / disk_cache.APP_DIR_NAME


def test_a_stored_value_is_loaded_back_and_older_keys_are_removed(cache_home) -> None:
    value = {"a": [1, 2.5, None, True], "b": {"c": "保证金"}}
    assert disk_cache.load("thing", "k1") is disk_cache.MISSING
    assert disk_cache.store("thing", "k1", value)
    assert disk_cache.load("thing", "k1") == value
    assert disk_cache.store("thing", "k2", [1])
    assert [path.name for path in cache_home.glob("thing.*")] == ["thing.k2.bin"]
    assert disk_cache.load("thing", "k1") is disk_cache.MISSING


def test_a_damaged_file_is_a_miss(cache_home) -> None:
    disk_cache.store("thing", "k", {"a": 1})
    path = cache_home / "thing.k.bin"
    blob = path.read_bytes()
    path.write_bytes(blob[:-3] + b"xyz")  # same length, other content: the checksum differs
    assert disk_cache.load("thing", "k") is disk_cache.MISSING
    path.write_bytes(blob[:10])  # cut short
    assert disk_cache.load("thing", "k") is disk_cache.MISSING


def test_an_unwritable_place_is_skipped_without_error(monkeypatch, tmp_path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert disk_cache.store("thing", "k", [1]) is False
    assert disk_cache.load("thing", "k") is disk_cache.MISSING
    assert parse_yaml("a: [1, 2]", cache_name="t.yaml") == {"a": [1, 2]}


def test_data_that_marshal_cannot_hold_is_not_stored(cache_home) -> None:
    assert disk_cache.store("thing", "k", {"when": object()}) is False


def test_dates_survive_the_round_trip() -> None:
    value = {"from": date(2020, 10, 1), "at": [datetime(2020, 10, 1, 8, 30)], "n": 1}
    plain, found = disk_cache.to_plain(value)
    assert found and disk_cache.from_plain(plain) == value
    assert disk_cache.to_plain({"n": [1, "x"]}) == ({"n": [1, "x"]}, False)


def test_every_data_file_reads_back_from_the_cache_as_parsed(cache_home) -> None:
    answers_data = PACKAGED_DATA_DIR.parents[1] / "bot" / "answers" / "data"
    paths = sorted([*PACKAGED_DATA_DIR.glob("*.yaml"), *answers_data.glob("*.yaml")])
    assert len(paths) >= 9
    for path in paths:
        text = path.read_text(encoding="utf-8")
        fresh = yaml.load(text, Loader=yaml.SafeLoader)
        assert parse_yaml(text, cache_name=path.name) == fresh, path  # a miss: parsed, stored
        assert len(list(cache_home.glob(f"yaml-{path.name}-*.bin"))) == 1, path
        assert parse_yaml(text, cache_name=path.name) == fresh, path  # a hit


def test_a_changed_text_is_parsed_afresh(cache_home) -> None:
    assert parse_yaml("deposit: 30000\n", cache_name="/a/x.yaml") == {"deposit": 30000}
    assert parse_yaml("deposit: 50000\n", cache_name="/a/x.yaml") == {"deposit": 50000}
    assert len(list(cache_home.glob("yaml-x.yaml-*.bin"))) == 1  # the older one removed
    # The same file name elsewhere (another checkout, another data directory) has its own slot.
    assert parse_yaml("deposit: 30000\n", cache_name="/b/x.yaml") == {"deposit": 30000}
    assert len(list(cache_home.glob("yaml-x.yaml-*.bin"))) == 2
