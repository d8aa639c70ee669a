"""The layers (docs/ARCHITECTURE.md): cli > handlers > bot > rules, checked on the code itself."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

REPO_ROOT = Path(__file__).resolve().parent.parent
OUR_PACKAGES = ("cli", "handlers", "bot", "rules")

# What a quick command must not pay for: Slack's libraries, the HTTP stack, charts, workbooks.
HEAVY_FOR_ASK = ("slack_bolt", "slack_sdk", "aiohttp", "matplotlib", "openpyxl", "handlers")


def test_ask_imports_only_what_it_needs(tmp_path: Path) -> None:
    code = (
        "import contextlib, io, sys\n"
        "from cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['--db', sys.argv[1], 'ask', '保证金交多少'])\n"
        f"print(code, sorted(m for m in {HEAVY_FOR_ASK!r} if m in sys.modules))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=True,
    )
    assert completed.stdout.split() == ["0", "[]"], completed.stdout + completed.stderr


def test_import_linter_contracts_hold() -> None:
    """`lint-imports` with the contracts in pyproject.toml ([tool.importlinter])."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    command = [str(lint_imports)] if lint_imports.exists() else [shutil.which("lint-imports")]
    assert command[0], "lint-imports is not installed (pip install -e '.[test]')"
    completed = subprocess.run(
        [*command, "--no-cache"], capture_output=True, text=True, cwd=REPO_ROOT
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "2 kept, 0 broken" in completed.stdout


def test_the_contracts_have_no_exceptions() -> None:
    """The issue asks for no exceptions: an `ignore_imports` would hide a wrong import."""
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert contracts and all(
        "ignore_imports" not in contract and "unmatched_ignore_imports_alerting" not in contract
        for contract in contracts
    )


def _import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of our modules that import each other, directly or through others (Tarjan's
    strongly connected components; imports inside functions count too)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = lowest[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules or graph.is_module_squashed(imported):
                continue
            if imported not in index:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in on_stack:
                lowest[module] = min(lowest[module], index[imported])
        if lowest[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycles_between_our_modules() -> None:
    graph = grimp.build_graph(*OUR_PACKAGES, cache_dir=None)
    assert _import_cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "b", "c"):
        graph.add_module(module)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="c")
    graph.add_import(importer="c", imported="a")
    assert _import_cycles(graph) == [["a", "b", "c"]]


def _our_modules() -> list[str]:
    modules = []
    for package in OUR_PACKAGES:
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
            if parts[-1] == "__main__":
                continue  # runs the command line when imported
            if parts[-1] == "__init__":
                parts.pop()
            modules.append(".".join(parts))
    return modules


# What our modules need from outside (the standard library and our dependencies): listed by one
# interpreter that imports every module of ours, so that the parent below can load exactly that.
_LIST_OTHER_MODULES = """
import importlib, json, sys
ours = tuple(sys.argv[1].split(","))
for name in sys.argv[2:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] not in ours)))
"""

# One new process per module of ours, forked from a parent that has loaded the libraries we use
# but no module of ours: each import starts with nothing of ours loaded and inherits nothing
# any other module of ours did (registrations, patched libraries, half-imported cycles).
# Loading the libraries once in the parent is what keeps ~120 imports within the time budget;
# a fresh interpreter per module would pay for aiohttp, slack_bolt and pydantic every time.
_IMPORT_EACH_IN_ITS_OWN_PROCESS = """
import importlib, json, os, sys, traceback
ours = tuple(sys.argv[1].split(","))
for name in json.loads(sys.argv[2]):
    try:
        importlib.import_module(name)
    except BaseException:
        pass  # a library's optional part; the child imports what it really needs
loaded_ours = [m for m in sys.modules if m.split(".")[0] in ours]
assert not loaded_ours, loaded_ours
failures, running, pending = {}, {}, list(sys.argv[3:])
while pending or running:
    while pending and len(running) < (os.cpu_count() or 1):
        name = pending.pop()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                importlib.import_module(name)
                code = 0
            except BaseException:
                os.write(write_end, traceback.format_exc(limit=-3)[-4000:].encode())
                code = 1
            os._exit(code)
        os.close(write_end)
        running[pid] = (name, read_end)
    pid, status = os.wait()
    name, read_end = running.pop(pid)
    with os.fdopen(read_end, "rb") as pipe:
        said = pipe.read().decode(errors="replace")
    if status != 0:
        failures[name] = said or f"exit status {status}"
print(json.dumps(failures))
"""


def test_every_module_imports_on_its_own() -> None:
    modules = _our_modules()
    assert "bot.i18n" in modules and "cli.main" in modules  # the scan found the tree
    ours = ",".join(OUR_PACKAGES)
    listed = subprocess.run(
        [sys.executable, "-c", _LIST_OTHER_MODULES, ours, *modules],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    completed = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH_IN_ITS_OWN_PROCESS, ours, listed.stdout, *modules],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == {}


def test_python_m_bot_is_still_the_command_line() -> None:
    """SPEC "Commands": `python -m bot` works the same as `onboard-bot` (and `python -m cli`)."""
    completed = subprocess.run(
        [sys.executable, "-m", "bot", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("usage: onboard-bot")


def test_plain_pytest_imports_our_packages_not_the_test_folders() -> None:
    """The `pytest` script (unlike `python -m pytest`) does not put the checkout on sys.path;
    tests/bot, tests/handlers and tests/rules must still not be taken for the packages
    (pyproject: [tool.pytest.ini_options] pythonpath). `-P` runs pytest the way the script
    does: without the current folder on sys.path."""
    completed = subprocess.run(
        [sys.executable, "-P", "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
        + [
            "tests/bot/test_lang.py",
            "tests/handlers/test_blocks.py",
            "tests/rules/test_markets.py",
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
