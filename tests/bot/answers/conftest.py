"""Collects the evaluation accuracy lines so they show in pytest's terminal summary."""

from __future__ import annotations

import pytest

_REPORT = pytest.StashKey[list[str]]()


@pytest.fixture
def eval_report(request: pytest.FixtureRequest) -> list[str]:
    return request.config.stash.setdefault(_REPORT, [])


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    lines = config.stash.get(_REPORT, [])
    if lines:
        terminalreporter.write_sep("-", "answers evaluation")
        for line in lines:
            terminalreporter.write_line(line)
