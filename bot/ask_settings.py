"""The one setting `onboard-bot ask` needs, the time zone (`ONBOARD_TZ`), read without
pydantic-settings.

`ask` needs no database and no Slack, only "this month" in the configured zone. Importing
pydantic-settings and checking every setting (bot/config.py) was about a tenth of its start-up
(docs/PERFORMANCE.md, "Start-up of `onboard-bot ask`"). The value is found as pydantic-settings
finds it for `Settings` (SPEC "Environment"): the environment variable, its name matched without
regard to case, else the `.env` file of the working directory, else Asia/Shanghai; it is checked
by the same rule and a bad one fails with the same ValidationError, so `onboard-bot ask` still
exits 2 naming ONBOARD_TZ. Other settings are not read, so a mistake in one of them (a log
level, say) no longer stops `ask`, which has no use for it.
"""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, field_validator

DEFAULT_TZ = "Asia/Shanghai"
ENV_FILE = ".env"


def check_zone(value: str) -> str:
    """The configured zone name, or ValueError naming what is wrong (also used by Settings)."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {value!r} (e.g. Asia/Shanghai)") from exc
    return value


class AskSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    onboard_tz: str = DEFAULT_TZ

    @field_validator("onboard_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return check_zone(value)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.onboard_tz)


def load_ask_settings() -> AskSettings:
    """ONBOARD_TZ from the environment or `.env`; raises pydantic's ValidationError if unknown."""
    zone = _setting("onboard_tz")
    return AskSettings() if zone is None else AskSettings(onboard_tz=zone)


def _setting(field: str) -> str | None:
    for name, value in os.environ.items():
        if name.lower() == field:
            return value
    env_file = Path(ENV_FILE)
    if env_file.is_file():
        from dotenv import dotenv_values  # what pydantic-settings reads `.env` with

        for name, value in dotenv_values(env_file, encoding="utf-8").items():
            if name.lower() == field and value is not None:
                return value
    return None
