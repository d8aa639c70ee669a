"""The one setting `onboard-bot ask` needs, the time zone (`ONBOARD_TZ`), read without
pydantic-settings.

`ask` needs no database and no Slack, only "this month" in the configured zone. Importing
pydantic-settings and checking every setting (bot/config.py) was about a tenth of its start-up
(docs/PERFORMANCE.md, "Start-up of `onboard-bot ask`"). The value is found as pydantic-settings
finds it for `Settings` (SPEC "Environment"): the environment variable, its name matched without
regard to case, else the `.env` file of the working directory, else Asia/Shanghai; it is checked
by the same rule and a bad one fails with the same ValidationError, so `onboard-bot ask` still
exits 2 naming ONBOARD_TZ (pydantic is imported only then: a good zone needs none of it, and
its import was a tenth of `ask`'s start-up). Other settings are not read, so a mistake in one of them (a log
level, say) no longer stops `ask`, which has no use for it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Shanghai"
ENV_FILE = ".env"


def check_zone(value: str) -> str:
    """The configured zone name, or ValueError naming what is wrong (also used by Settings)."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {value!r} (e.g. Asia/Shanghai)") from exc
    return value


@dataclass(frozen=True)
class AskSettings:
    onboard_tz: str = DEFAULT_TZ

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.onboard_tz)


def load_ask_settings() -> AskSettings:
    """ONBOARD_TZ from the environment or `.env`; raises pydantic's ValidationError if unknown."""
    zone = _setting("onboard_tz")
    if zone is None:
        return AskSettings()
    try:
        check_zone(zone)
    except ValueError:
        _refuse_zone(zone)
    return AskSettings(onboard_tz=zone)


def _refuse_zone(zone: str) -> None:
    """Raise the ValidationError `Settings` raises for this zone (same location and words)."""
    from pydantic import BaseModel, field_validator

    class _Zone(BaseModel):
        onboard_tz: str

        @field_validator("onboard_tz")
        @classmethod
        def _known_zone(cls, value: str) -> str:
            return check_zone(value)

    _Zone(onboard_tz=zone)
    raise AssertionError(f"{zone!r} was refused by check_zone but not by pydantic")


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
