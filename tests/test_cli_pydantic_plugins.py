"""`onboard-bot` starts without pydantic's plugin scan, unless the operator asks for plugins."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "import cli.main, os; print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))"


def _probe(extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env={**env, **extra}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_cli_turns_the_plugin_scan_off() -> None:
    assert _probe({}) == "__all__"


def test_an_operator_setting_is_kept() -> None:
    assert _probe({"PYDANTIC_DISABLE_PLUGINS": "logfire"}) == "logfire"
