"""A module-level name is bound once. ruff does not flag a second `_CLAUSE_END = …` far down a
long module, and a function reading the name then gets the later pattern while the code above it
was written for the first (two such slips in round 37, five found dead in round 38)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "rules", "handlers", "cli")
# Rebinding on purpose: the catalogue's literal dict is wrapped in its lookup class.
WRAPPED = {("bot/texts.py", "MESSAGES")}


def _bound_names(tree: ast.Module) -> dict[str, list[int]]:
    bound: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            bound[name].append(node.lineno)
    return bound


def _modules() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_each_module_level_name_is_bound_once(path: Path) -> None:
    relative = str(path.relative_to(ROOT))
    twice = {
        name: lines
        for name, lines in _bound_names(ast.parse(path.read_text(encoding="utf-8"))).items()
        if len(lines) > 1 and (relative, name) not in WRAPPED
    }
    assert twice == {}, f"{relative}: bound more than once (name: lines) {twice}"


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse('_END = "a"\n\ndef f():\n    return _END\n\n_END = "b"\n')
    assert _bound_names(tree)["_END"] == [1, 6]
