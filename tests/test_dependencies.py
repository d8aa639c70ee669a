"""Issue 15 item 13: every dependency is bounded below its next major and installed from
hash-pinned lock files that match pyproject.toml (refresh: scripts/lock-dependencies)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = [Requirement(r) for r in PROJECT["dependencies"]]
TEST = [Requirement(r) for r in PROJECT["optional-dependencies"]["test"]]


def _pins(lock: str) -> dict[str, str]:
    """name -> pinned version, for every requirement in a lock file (each with a hash)."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", block)
        if match:
            assert "--hash=sha256:" in block, f"{lock}: {match.group(1)} has no hash"
            pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


@pytest.mark.parametrize("requirement", RUNTIME + TEST, ids=str)
def test_every_dependency_has_an_upper_bound(requirement: Requirement) -> None:
    assert any(spec.operator in ("<", "<=", "~=", "==") for spec in requirement.specifier), (
        f"{requirement} has no upper bound: add '<NEXT_MAJOR'"
    )


@pytest.mark.parametrize(
    ("lock", "requirements"),
    [("requirements.lock", RUNTIME), ("requirements-test.lock", RUNTIME + TEST)],
)
def test_lock_files_pin_every_dependency_within_its_bounds(
    lock: str, requirements: list[Requirement]
) -> None:
    pins = _pins(lock)
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{lock} lacks {name}: run scripts/lock-dependencies"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{lock} pins {name}=={pins[name]} outside {requirement.specifier}"
        )
