"""The Slack half of `/commission`: posting the month and sending a long table as a CSV file
(bot/commission/staff.py `CommissionSlack`; the console has neither)."""

from __future__ import annotations

import sqlite_utils
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.summary import MonthError
from bot.config import Settings
from handlers.commission.post import PostError, post_month


class SlackCommission:
    def __init__(
        self, db: sqlite_utils.Database, settings: Settings, client: AsyncWebClient
    ) -> None:
        self.db = db
        self.settings = settings
        self.client = client

    async def post_month(self, month: str, *, actor: str) -> str:
        try:
            report = await post_month(self.db, self.settings, self.client, month, actor=actor)
        except (MonthError, PostError) as exc:
            return f"{exc.zh}\n{exc.en}"
        return report.text()

    async def send_csv_to_dm(
        self, *, user: str, filename: str, title: str, content: str, comment: str
    ) -> str | None:
        try:
            opened = await self.client.conversations_open(users=user)
            await self.client.files_upload_v2(
                channel=opened["channel"]["id"],
                filename=filename,
                title=title,
                content=content,
                initial_comment=comment,
            )
        except SlackApiError as exc:
            return str(exc.response.get("error"))
        return None
