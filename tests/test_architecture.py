"""The layers (docs/ARCHITECTURE.md): cli > handlers > bot > rules, checked on the code itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

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
