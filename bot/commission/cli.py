"""`onboard-bot commission import|summary|post` (dispatched from bot.cli)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable

from bot.cli import EXIT_OK, BadInput
from bot.commission.importer import ImportRejected, import_csv
from bot.commission.summary import (
    MonthError,
    empty_summary_text,
    format_summary,
    parse_month,
    summarize_month,
)
from bot.config import Settings
from bot.storage import open_db
from rules.commission import CommissionInputError, PolicyPeriodError

LARGE_FILE_BYTES = 5_000_000


def _progress_printer(total_bytes: int) -> Callable[[int], None] | None:
    if total_bytes < LARGE_FILE_BYTES or not sys.stderr.isatty():
        return None

    def show(line: int) -> None:
        print(f"\r导入中 importing… line {line:,}", end="", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    db = open_db(settings.onboard_db)
    try:
        size = 0
        try:
            with open(args.file, "rb") as handle:
                size = handle.seek(0, 2)
        except OSError:
            pass  # import_csv names the unreadable file
        progress = _progress_printer(size)
        try:
            report = import_csv(db, args.file, actor="cli", settings=settings, progress=progress)
        finally:
            if progress:
                print(file=sys.stderr)
    except ImportRejected as exc:
        raise BadInput(f"{exc.text('zh')}\n{exc.text('en')}") from None
    finally:
        db.close()
    print(report.text("zh"))
    print(report.text("en").splitlines()[0])
    return EXIT_OK


def cmd_summary(args: argparse.Namespace, settings: Settings) -> int:
    try:
        month = parse_month(args.month)
    except MonthError as exc:
        raise BadInput(str(exc)) from None
    db = open_db(settings.onboard_db)
    try:
        rows = summarize_month(db, month, args.vendor)
        empty_text = "" if rows else empty_summary_text(db, month, args.vendor, "zh")
    except (PolicyPeriodError, CommissionInputError) as exc:
        raise BadInput(str(exc)) from None
    finally:
        db.close()
    if args.json:
        print(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        print(empty_text or format_summary(rows, month, "zh"))
    return EXIT_OK


def cmd_post(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commission.post import PostError, make_client, post_month

    try:
        month = parse_month(args.month)
    except MonthError as exc:
        raise BadInput(str(exc)) from None
    if not settings.slack_bot_token:
        raise BadInput(
            "未设置 SLACK_BOT_TOKEN，无法发到 Slack / SLACK_BOT_TOKEN is not set, cannot post to Slack"
        )
    if not settings.onboard_commission_channel:
        raise BadInput(
            "未设置 ONBOARD_COMMISSION_CHANNEL（月度汇总发到哪个频道）/ "
            "ONBOARD_COMMISSION_CHANNEL is not set (the channel for the monthly overview)"
        )
    db = open_db(settings.onboard_db)

    async def run() -> str:
        client = make_client(settings)
        report = await post_month(db, settings, client, month)
        return report.text()

    try:
        print(asyncio.run(run()))
    except PostError as exc:
        raise BadInput(str(exc)) from None
    finally:
        db.close()
    return EXIT_OK
