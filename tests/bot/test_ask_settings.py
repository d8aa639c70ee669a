"""`onboard-bot ask` reads ONBOARD_TZ without pydantic-settings (bot/ask_settings.py), finding
it where `Settings` does (SPEC "Environment") and refusing a bad one in the same words."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.ask_settings import load_ask_settings
from bot.config import Settings, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    monkeypatch.delenv("ONBOARD_TZ", raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the developer's checkout


@pytest.mark.parametrize(
    ("environment", "dotenv", "zone"),
    [
        ({}, None, "Asia/Shanghai"),
        ({"ONBOARD_TZ": "UTC"}, None, "UTC"),
        ({"onboard_tz": "Europe/Berlin"}, None, "Europe/Berlin"),
        ({}, "ONBOARD_TZ=America/New_York\n", "America/New_York"),
        ({}, "# zone\nonboard_tz='Asia/Tokyo'\n", "Asia/Tokyo"),
        ({"ONBOARD_TZ": "UTC"}, "ONBOARD_TZ=Asia/Tokyo\n", "UTC"),
    ],
)
def test_the_zone_is_found_where_settings_find_it(
    monkeypatch, tmp_path, environment, dotenv, zone
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    if dotenv is not None:
        (tmp_path / ".env").write_text(dotenv, encoding="utf-8")
    assert load_ask_settings().onboard_tz == zone == load_settings().onboard_tz
    assert load_ask_settings().tz.key == zone


def test_a_bad_zone_is_refused_in_the_same_words(monkeypatch) -> None:
    monkeypatch.setenv("ONBOARD_TZ", "Mars/Olympus")
    with pytest.raises(ValidationError) as ask_error:
        load_ask_settings()
    with pytest.raises(ValidationError) as settings_error:
        Settings()
    assert [(e["loc"], e["msg"]) for e in ask_error.value.errors()] == [
        (e["loc"], e["msg"]) for e in settings_error.value.errors()
    ]


def test_ask_names_the_bad_variable_and_exits_2(monkeypatch, capsys) -> None:
    from cli.main import main

    monkeypatch.setenv("ONBOARD_TZ", "Mars/Olympus")
    assert main(["ask", "保证金交多少"]) == 2
    assert capsys.readouterr().err.strip() == (
        "onboard-bot: configuration ONBOARD_TZ: Value error, unknown time zone "
        "'Mars/Olympus' (e.g. Asia/Shanghai)"
    )
