"""`onboard-bot run`: Socket Mode, HTTP mode (--http), or the console when no Slack credentials."""

from __future__ import annotations

import argparse
import sys

from bot.config import Settings


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.has_any_slack_credentials:
        print(
            "No Slack credentials (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET) are set: "
            "starting the console chat instead. 未配置 Slack 凭据，进入终端对话。",
            file=sys.stderr,
        )
        from bot.console import cmd_console

        args.user = getattr(args, "user", "console-user")
        args.staff = getattr(args, "staff", False)
        return cmd_console(args, settings)
    raise NotImplementedError("Slack modes are wired by the Slack issue")
