"""`onboard-bot vendor erase` and `onboard-bot purge` (the rules: bot/privacy.py, docs/PRIVACY.md)."""

from __future__ import annotations

import argparse

from bot.config import Settings
from bot.privacy import erase_command, purge_expired
from bot.texts import both
from cli.common import EXIT_OK, BadInput, open_existing_db


def cmd_vendor_erase(args: argparse.Namespace, settings: Settings) -> int:
    """`onboard-bot vendor erase USER_ID_OR_COMPANY`: 0 erased, 2 nobody (or several) named."""
    db = open_existing_db(settings.onboard_db)
    try:
        ok, message = erase_command(db, args.target, actor="cli", team_id=None)
    finally:
        db.conn.close()
    if not ok:
        raise BadInput(message)
    print(message)
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    """`onboard-bot purge [--days N]`: forget event bodies and sent messages older than N
    days (default ONBOARD_RETENTION_DAYS)."""
    days = args.days if args.days is not None else settings.onboard_retention_days
    if days < 1:
        raise BadInput(both("cli.purge.days", separator="\n", days=days))
    db = open_existing_db(settings.onboard_db)
    try:
        report = purge_expired(db, days)
    finally:
        db.conn.close()
    print(f"purged (older than {days} days): {report.summary()}")
    return EXIT_OK
