"""`onboard-bot ask "QUESTION"`: one answer from the knowledge base, no database needed."""

from __future__ import annotations

import argparse
from datetime import datetime

from bot.answers import answer
from bot.ask_settings import AskSettings
from bot.texts import t
from cli.common import BadInput


def cmd_ask(args: argparse.Namespace, settings: AskSettings) -> int:
    question = str(getattr(args, "question", "") or "").strip()
    if not question:
        raise BadInput("ask: " + t("cli.ask.empty", "en") + " (" + t("cli.ask.empty", "zh") + ")")
    # "This month" is the month in the configured zone (ONBOARD_TZ, Asia/Shanghai by default).
    reply = answer(question, today=datetime.now(settings.tz).date())
    print(reply.text)
    return 0
