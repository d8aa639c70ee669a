"""What every subcommand shares: exit codes, the bad-input error, opening an existing database.

A leaf module: `cli.main` imports the subcommands lazily and they all import this, never
`cli.main` (which would be an import cycle).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils  # pulls in numpy: `onboard-bot ask` imports this module, never a database

EXIT_OK = 0
EXIT_BAD_INPUT = 2
# What Python itself exits with on EPIPE (docs: "Note on SIGPIPE").
EXIT_BROKEN_PIPE = 1


class BadInput(Exception):
    """Raised by a subcommand for input it refuses; the message is shown as is, exit 2."""


def open_existing_db(path: object) -> sqlite_utils.Database:
    """Commands that only read (or change what exists) never create a database: a mistyped
    --db would otherwise leave an empty file (and its folder) behind and report "nothing"
    instead of the typo."""
    from bot.storage import open_db

    if path is not None and str(path) != ":memory:" and not Path(str(path)).exists():
        from bot.texts import both

        raise BadInput(both("cli.db_not_found", separator="\n", path=path))
    return open_db(path)
