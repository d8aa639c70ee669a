"""Imported first by tests/conftest.py, before any of our modules: the on-disk cache of parsed
data and index tokens (rules/cache.py) goes to a directory of this test run, never to the
developer's ~/.cache. Subprocesses started by tests inherit it; conftest removes it at the end."""

from __future__ import annotations

import os
import tempfile

CACHE_HOME = tempfile.mkdtemp(prefix="onboard-test-cache-")
os.environ["XDG_CACHE_HOME"] = CACHE_HOME
