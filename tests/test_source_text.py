"""No control characters in the source. A regex edited through a non-raw Python string turns
"\b" into a backspace (U+0008) that no reader sees and no linter flags; three such slips in
round 38 were caught only by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("bot", "rules", "handlers", "cli", "tests", "bench", "scripts")
SUFFIXES = (".py", ".yaml", ".yml", ".toml", ".md")
# Every C0 control character but tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _sources() -> list[Path]:
    return sorted(
        path
        for folder in FOLDERS
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and path.suffix in SUFFIXES and ".venv" not in path.parts
    )


@pytest.mark.parametrize("path", _sources(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [
        (text.count("\n", 0, match.start()) + 1, repr(match.group(0)))
        for match in _CONTROL.finditer(text)
    ]
    assert found == [], f"{path.relative_to(ROOT)}: control characters at (line, char) {found}"


def test_the_check_sees_a_backspace() -> None:
    assert _CONTROL.search('r"\x08(before)"')
    assert not _CONTROL.search('r"\\b(before)"\n\t')
