"""The tokens of the answer indexes' texts (the knowledge base's phrasings, the guide's
conditions, descriptions and notes), kept on disk between processes (rules/cache.py).

Tokenising those ~700 texts was most of what a one-off `onboard-bot ask` spent building its
indexes. The table maps each text to its tokens and is keyed by a hash of everything tokens
depend on (this package's code and data, the rules data, the stemmer and fuzzy-match
libraries, the Python version), so any change to them starts a fresh table. Only texts from
the data files go in, through `cached_tokens`: a vendor's question is never written to disk.
A text missing from the table is tokenised as before and the table is rewritten once, when the
process exits; a missing, stale or unreadable table just means building as if there were none.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections import Counter
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from rules import cache as disk_cache
from rules.datafile import data_dir

_NAME = "answer-tokens"  # one slot per install and rules data directory: see _loaded
_PACKAGE_DIR = Path(__file__).parent

_lock = threading.Lock()
_table: dict[str, dict[str, int]] | None = None
_slot = ""
_key = ""
_dirty = False


def cached_tokens(text: str, tokenise: Callable[[str], Counter[str]]) -> Counter[str]:
    """`tokenise(text)` for a text from the data files, from the table when it is there."""
    global _dirty
    table = _loaded()
    found = table.get(text)
    if found is not None:
        return Counter(found)
    counts = tokenise(text)
    with _lock:
        table[text] = dict(counts)
        if not _dirty:
            _dirty = True
            atexit.register(save)
    return counts


def save() -> bool:
    """Write the table if texts were added to it (at exit; callable earlier)."""
    global _dirty
    with _lock:
        if _table is None or not _dirty:
            return False
        _dirty = False
        snapshot = dict(_table)
    return disk_cache.store(_slot, _key, snapshot)


def _loaded() -> dict[str, dict[str, int]]:
    global _table, _slot, _key
    if _table is None:
        with _lock:
            if _table is None:
                _slot = disk_cache.slot(_NAME, str(_PACKAGE_DIR), str(data_dir()))
                _key = _fingerprint()
                stored = disk_cache.load(_slot, _key)
                _table = stored if isinstance(stored, dict) else {}
    return _table


def _fingerprint() -> str:
    # Code by size and modification time (as Python checks its own .pyc files), data by content.
    import rules

    parts: list[bytes | str] = [sys.version]
    for directory, suffix, by_content in (
        (_PACKAGE_DIR, ".py", False),
        (_PACKAGE_DIR.parent, ".py", False),  # bot/*.py: helpers the tokeniser might come to use
        (Path(rules.__file__).parent, ".py", False),
        (_PACKAGE_DIR / "data", "", True),
        (data_dir(), "", True),
    ):
        for entry in sorted(os.scandir(directory), key=lambda entry: entry.name):
            if entry.is_file() and entry.name.endswith(suffix):
                stat = entry.stat()
                parts.append(f"{directory}/{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
                if by_content:
                    parts.append(Path(entry.path).read_bytes())
    for name in ("snowballstemmer", "Stemmer", "rapidfuzz"):
        parts.append(_library_id(name))
    return disk_cache.fingerprint(*parts)


def _library_id(name: str) -> str:
    """A library's file, size and time (an upgrade changes them), found without importing it:
    the same whether or not this process has loaded it yet."""
    try:
        spec = find_spec(name)  # a top-level name: nothing is imported to find it
        origin = spec.origin if spec else None
        stat = os.stat(origin) if origin else None
    except (ImportError, OSError, ValueError):
        return f"{name}: unknown"
    return f"{origin}:{stat.st_size}:{stat.st_mtime_ns}" if stat else f"{name}: none"
