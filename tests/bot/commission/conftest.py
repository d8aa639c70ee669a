from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlite_utils

from bot.storage import open_db


@pytest.fixture
def fresh_db() -> Iterator[sqlite_utils.Database]:
    db = open_db(memory=True)
    yield db
    db.close()
