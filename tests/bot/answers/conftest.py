"""The day every answer in these tests is given on, and the evaluation accuracy lines shown in
pytest's terminal summary."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.answers.answer_day import answering_on
from tests.bot.answers.sets_day import SETS_DAY


@pytest.fixture(autouse=True)
def answered_on_the_sets_day() -> Iterator[None]:
    """Every answer counts SETS_DAY as today unless the test names its own day."""
    with answering_on(SETS_DAY):
        yield


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
