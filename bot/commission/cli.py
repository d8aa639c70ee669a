"""`onboard-bot commission import|summary|post` (dispatched from bot.cli)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from tqdm import tqdm

from bot.cli import EXIT_OK, BadInput
from bot.commission.importer import ImportRejected, import_csv
from bot.commission.summary import (
    MonthError,
    check_month_in_policy,
    empty_summary_text,
    format_summary,
    summarize_month,
)
from bot.config import Settings
from bot.storage import open_db
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
                    desc="导入 importing",
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


def _existing_db(path: Path | str | None) -> sqlite_utils.Database:
    """Read commands never create a database: a mistyped --db would otherwise leave an empty
    file (and its folder) behind and report "no orders" instead of the typo."""
    if path is not None and str(path) != ":memory:" and not Path(path).exists():
        raise BadInput(
            f"数据库文件不存在：{path}（请检查 --db 或 ONBOARD_DB；未创建任何文件）\n"
            f"database file not found: {path} (check --db or ONBOARD_DB; nothing was created)"
        )
    return open_db(path)


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    db = open_db(settings.onboard_db)
    progress, close_progress = _progress_bar()
    try:
        try:
            report = import_csv(db, args.file, actor="cli", settings=settings, progress=progress)
        finally:
            close_progress()
    except ImportRejected as exc:
        raise BadInput(f"{exc.text('zh')}\n{exc.text('en')}") from None
    finally:
        db.close()
    # One summary, to reconcile with the source file (rows and amount total).
    print(report.summary_line("zh"))
    print(report.summary_line("en"))
    for lang in ("zh", "en"):
        if report.name_notices:
            print(report.notices_text(lang))
    return EXIT_OK


def cmd_summary(args: argparse.Namespace, settings: Settings) -> int:
    try:
        month = check_month_in_policy(args.month)
    except MonthError as exc:
        raise BadInput(str(exc)) from None
    db = _existing_db(settings.onboard_db)
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
        month = check_month_in_policy(args.month)
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
    # Posting reads the month's orders: a database that does not exist has none to post.
    db = _existing_db(settings.onboard_db)

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
