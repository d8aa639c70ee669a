"""Shared fixtures for the whole suite. Keep this small: feature fixtures live beside their tests.

The fake Slack lives in `tests/fakeslack.py`; import it as `from fakeslack import ...` (pytest
puts this directory on sys.path because of this conftest).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from fakeslack import FakeSlack, FakeSlackThread


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A fake Slack on 127.0.0.1, on the test's own event loop."""
    async with FakeSlack() as fake:
        yield fake


@pytest.fixture
def fake_slack_thread() -> Iterator[FakeSlackThread]:
    """A fake Slack on its own loop in a background thread (sync tests, subprocess bots)."""
    with FakeSlackThread() as fake:
        yield fake
