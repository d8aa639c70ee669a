"""Configuration, loaded and validated once at start and passed down.

Nothing below `cli/` reads `os.environ`; everything it needs arrives in a `Settings`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.ask_settings import check_zone
from bot.working_hours import WorkingHours, parse_working_days, parse_working_hours

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = DEFAULT_SLACK_API_URL

    onboard_db: Path = Field(default=Path("onboard.db"))
    onboard_staff_users: Annotated[frozenset[str], NoDecode] = frozenset()
    onboard_staff_group: str | None = None
    onboard_staff_channel: str | None = None
    onboard_commission_channel: str | None = None
    onboard_tz: str = "Asia/Shanghai"
    # Safety limits (docs/RELIABILITY.md "Security"): log level (DEBUG never logs message
    # bodies), HTTP mode's idle/header timeout, body read timeout and connection cap (default:
    # the open-file limit minus headroom for the database and the Web API connections).
    onboard_log_level: str = "INFO"
    onboard_http_idle_timeout: float = Field(default=15.0, gt=0, le=300)
    onboard_http_read_timeout: float = Field(default=10.0, gt=0, le=300)
    onboard_http_max_connections: int | None = Field(default=None, gt=0)
    # How long a staff member's group membership is trusted (removed staff lose access
    # within this time; while the group cannot be read, access fails closed after it).
    onboard_staff_cache_seconds: float = Field(default=30.0, ge=0, le=60)
    # Days stored event bodies and sent messages are kept (docs/PRIVACY.md).
    onboard_retention_days: int = Field(default=30, ge=1)
    # Hand-offs from one vendor within this many minutes share one staff-channel post.
    onboard_handoff_merge_minutes: float = Field(default=10.0, ge=0)
    # Working time for staff timers and vendor reminders (bot/working_hours.py), in ONBOARD_TZ:
    # ISO weekdays (Monday = 1) and opening hours.
    onboard_working_days: str = "1-5"
    onboard_working_hours: str = "09:00-18:00"
    # A vendor whose joining journey has not moved for this many days gets one reminder
    # (bot/followup.py; at most one a week, in working time).
    onboard_reminder_days: int = Field(default=7, ge=1, le=365)
    # An unclaimed help-desk case is raised once in the staff channel after this many working
    # hours (bot/cases.py).
    onboard_case_stale_hours: float = Field(default=4.0, gt=0)

    @field_validator("onboard_staff_users", mode="before")
    @classmethod
    def _split_users(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        # slack_sdk joins base_url + method name, so the slash matters.
        return value if value.endswith("/") else value + "/"

    @field_validator("onboard_log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"unknown log level {value!r} (DEBUG, INFO, WARNING, ERROR)")
        return level

    @field_validator("onboard_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return check_zone(value)

    @field_validator("onboard_working_days")
    @classmethod
    def _known_days(cls, value: str) -> str:
        parse_working_days(value)
        return value

    @field_validator("onboard_working_hours")
    @classmethod
    def _known_hours(cls, value: str) -> str:
        parse_working_hours(value)
        return value

    @field_validator(
        "slack_bot_token",
        "slack_app_token",
        "slack_signing_secret",
        "onboard_staff_group",
        "onboard_staff_channel",
        "onboard_commission_channel",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.onboard_tz)

    @property
    def working_hours(self) -> WorkingHours:
        return WorkingHours.parse(self.onboard_working_days, self.onboard_working_hours, self.tz)

    @property
    def has_socket_mode_credentials(self) -> bool:
        return bool(self.slack_bot_token and self.slack_app_token)

    @property
    def has_any_slack_credentials(self) -> bool:
        return bool(self.slack_bot_token or self.slack_app_token or self.slack_signing_secret)

    def is_staff_user(self, user_id: str) -> bool:
        return user_id in self.onboard_staff_users


def load_settings(**overrides: object) -> Settings:
    """Read the environment (and `.env`) once; overrides win (CLI flags such as --db)."""
    clean = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**clean)
