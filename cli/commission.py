"""`onboard-bot commission import|summary|post|void|amend` and `onboard-bot vendor alias…`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from tqdm import tqdm

from bot.commission.corrections import all_posted_months, posted_changes_notice
from bot.commission.export import render
from bot.commission.importer import ImportRejected, import_csv
from bot.commission.orders import OrderChange, OrderChangeError, amend_order, void_order
from bot.commission.summary import (
    MonthError,
    check_month_in_policy,
    empty_summary_text,
    summarize_month,
)
from bot.commission.vendors import AliasError, add_alias, aliases_text, remove_alias
from bot.config import Settings
from bot.storage import open_db
from bot.texts import both
from cli.common import EXIT_OK, BadInput, open_existing_db
from rules.commission import CommissionInputError, PolicyPeriodError

ProgressCallback = Callable[[int, int | None, str], None]


def _progress_bar() -> tuple[ProgressCallback | None, Callable[[], None]]:
    """A progress bar (total, percentage, time left) on a terminal; nothing when stderr is
    piped or in CI, where per-row lines would only be noise."""
    if not sys.stderr.isatty():
        return None, lambda: None
    bars: list[tqdm] = []

    def update(done: int, total: int | None, unit: str) -> None:
        if not bars:
            bars.append(
                tqdm(
                    total=total,
                    unit=unit,
                    unit_scale=unit == "B",
                    desc=both("cli.commission.importing", separator=" "),
                    file=sys.stderr,
                    dynamic_ncols=True,
                    mininterval=0.5,
                    leave=True,
                )
            )
        bar = bars[0]
        bar.update(done - bar.n)

    def close() -> None:
        if bars:
            bars[0].close()

    return update, close


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    db_path = Path(settings.onboard_db)
    new_folders = [
        folder for folder in (db_path.parent, *db_path.parent.parents) if not folder.exists()
    ]
    new_database = not db_path.exists()
    db = open_db(settings.onboard_db)
    progress, close_progress = _progress_bar()
    try:
        try:
            report = import_csv(db, args.file, actor="cli", settings=settings, progress=progress)
        finally:
            close_progress()
    except ImportRejected as exc:
        db.close()
        if new_database:
            _remove_new_database(db_path, new_folders)
        raise BadInput(f"{exc.text('zh')}\n{exc.text('en')}") from None
    finally:
        db.close()
    # One summary, to reconcile with the source file (rows and amount total).
    print(report.summary_line("zh"))
    print(report.summary_line("en"))
    for lang in ("zh", "en"):
        if report.name_notices:
            print(report.notices_text(lang))
    _print_posted_changes(settings, {month for month, _, _ in report.per_month_vendor})
    return EXIT_OK


def _remove_new_database(db_path: Path, new_folders: list[Path]) -> None:
    """A refused import leaves nothing behind: not even the database file (with its -wal,
    -shm and inbox companions) or the folders it created for it."""
    for suffix in ("", "-wal", "-shm", "-journal", "-inbox", "-inbox-wal", "-inbox-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    for folder in new_folders:  # innermost first
        with contextlib.suppress(OSError):
            folder.rmdir()


def _print_posted_changes(settings: Settings, months: set[str]) -> None:
    """After a change: which vendors of already-posted months now have other figures."""
    db = open_db(settings.onboard_db)
    try:
        notice = posted_changes_notice(db, months)
    finally:
        db.close()
    if notice:
        print(notice)


def cmd_summary(args: argparse.Namespace, settings: Settings) -> int:
    try:
        month = check_month_in_policy(args.month)
    except MonthError as exc:
        raise BadInput(str(exc)) from None
    fmt = "json" if args.json else (args.format or "table")
    if args.json and args.format not in (None, "json"):
        raise BadInput(both("cli.commission.json_format", format=args.format))
    if fmt == "xlsx" and not args.output:
        raise BadInput(both("cli.commission.xlsx_output"))
    db = open_existing_db(settings.onboard_db)
    try:
        rows = summarize_month(db, month, args.vendor)
        empty_text = "" if rows else empty_summary_text(db, month, args.vendor, "zh")
    except (PolicyPeriodError, CommissionInputError) as exc:
        raise BadInput(str(exc)) from None
    finally:
        db.close()
    if fmt == "table" and empty_text:
        content: str | bytes = empty_text
    else:
        content = render(rows, month, fmt)
    if args.output:
        _write(Path(args.output), content)
        print(both("cli.commission.written") + f": {args.output}", file=sys.stderr)
    else:
        assert isinstance(content, str)
        print(content)
    if args.chart:
        if not rows:
            raise BadInput(both("cli.commission.no_chart", month=month))
        from bot.commission.chart import render_month_chart

        _write(Path(args.chart), render_month_chart(rows, month))
        print(both("cli.commission.chart_written") + f": {args.chart}", file=sys.stderr)
    return EXIT_OK


def _write(path: Path, content: str | bytes) -> None:
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content if content.endswith("\n") else content + "\n", "utf-8")
    except OSError as exc:
        raise BadInput(both("cli.commission.cannot_write", path=path, error=exc.strerror)) from None


def cmd_post(args: argparse.Namespace, settings: Settings) -> int:
    from handlers.commission.post import PostError, make_client, post_month

    try:
        month = check_month_in_policy(args.month)
    except MonthError as exc:
        raise BadInput(str(exc)) from None
    if not settings.slack_bot_token:
        raise BadInput(both("cli.commission.no_token"))
    if not settings.onboard_commission_channel:
        raise BadInput(both("commission.post.no_channel"))
    # Posting reads the month's orders: a database that does not exist has none to post.
    db = open_existing_db(settings.onboard_db)

    async def run() -> str:
        client = make_client(settings)
        report = await post_month(db, settings, client, month)
        return report.text()

    try:
        print(asyncio.run(run()))
    except (PostError, MonthError) as exc:
        raise BadInput(str(exc)) from None
    finally:
        db.close()
    return EXIT_OK


def cmd_void(args: argparse.Namespace, settings: Settings) -> int:
    return _change_order(
        settings, lambda db: void_order(db, args.order_id, reason=args.reason, actor="cli")
    )


def cmd_amend(args: argparse.Namespace, settings: Settings) -> int:
    return _change_order(
        settings,
        lambda db: amend_order(
            db,
            args.order_id,
            amount=args.amount,
            distribution=args.distribution,
            reason=args.reason,
            actor="cli",
        ),
    )


def _change_order(
    settings: Settings, change: Callable[[sqlite_utils.Database], OrderChange]
) -> int:
    """Void or amend one order, say what changed and whether its month needs a correction."""
    db = open_existing_db(settings.onboard_db)
    try:
        done = change(db)
    except OrderChangeError as exc:
        raise BadInput(str(exc)) from None
    finally:
        db.close()
    print(done.text())
    _print_posted_changes(settings, {done.month})
    return EXIT_OK


def cmd_vendor(args: argparse.Namespace, settings: Settings) -> int:
    """`onboard-bot vendor alias NAME CANONICAL | unalias NAME | aliases`."""
    db = open_existing_db(settings.onboard_db)
    try:
        if args.vendor_command == "alias":
            text = add_alias(db, args.name, args.canonical, actor="cli")
        elif args.vendor_command == "unalias":
            text = remove_alias(db, args.name, actor="cli")
        else:
            text = aliases_text(db)
    except AliasError as exc:
        raise BadInput(str(exc)) from None
    finally:
        db.close()
    print(text)
    if args.vendor_command in ("alias", "unalias"):
        _print_posted_changes(settings, set(all_posted_months_of(settings)))
    return EXIT_OK


def all_posted_months_of(settings: Settings) -> list[str]:
    db = open_existing_db(settings.onboard_db)
    try:
        return all_posted_months(db)
    finally:
        db.close()
