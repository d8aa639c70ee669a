"""`onboard-bot run`: Socket Mode, `--http`, or the console chat when no Slack credentials
are set (the servers themselves: handlers/runner.py)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import Settings
from bot.logsafety import configure_logging
from bot.storage import open_db
from bot.texts import t
from cli.common import EXIT_BAD_INPUT, EXIT_OK
from cli.console import cmd_console


def missing_credentials(settings: Settings, *, http: bool) -> list[str]:
    needed = (
        {
            "SLACK_BOT_TOKEN": settings.slack_bot_token,
            "SLACK_SIGNING_SECRET": settings.slack_signing_secret,
        }
        if http
        else {
            "SLACK_BOT_TOKEN": settings.slack_bot_token,
            "SLACK_APP_TOKEN": settings.slack_app_token,
        }
    )
    return [name for name, value in needed.items() if not value]


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.has_any_slack_credentials:
        print(
            t("cli.run.no_credentials", "en") + " " + t("cli.run.no_credentials", "zh"),
            file=sys.stderr,
        )
        args.user = getattr(args, "user", "console-user")
        args.staff = getattr(args, "staff", False)
        return cmd_console(args, settings)
    http = bool(getattr(args, "http", False))
    missing = missing_credentials(settings, http=http)
    if missing:
        mode = "HTTP mode (--http)" if http else "Socket Mode"
        hint = "" if http else " (or use --http with SLACK_SIGNING_SECRET)"
        print(
            f"onboard-bot: {mode} needs {' and '.join(missing)}; set it in the environment or "
            f".env{hint}. "
            + t(
                "cli.run.missing", "zh", missing=t("commission.list_separator", "zh").join(missing)
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    # Here, not at the top: the console fallback above never needs Slack's libraries.
    from handlers.runner import serve_http, serve_socket_mode

    configure_logging(settings.onboard_log_level)
    # The answer indexes are built at start, so the first free question is not the slow one —
    # in a thread beside the start-up, not before it: after a crash, the replies owed to acked
    # events must not wait for it (tests/reliability/test_kill_restart.py).
    import threading

    from bot.answers.prepare import prepare_answers

    threading.Thread(target=prepare_answers, name="prepare-answers", daemon=True).start()
    db = open_db(settings.onboard_db)
    try:
        if http:
            asyncio.run(serve_http(settings, db, host=args.host, port=args.port))
        else:
            asyncio.run(serve_socket_mode(settings, db))
    finally:
        db.conn.close()
    return EXIT_OK
