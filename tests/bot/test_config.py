from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_API_URL",
        "ONBOARD_DB",
        "ONBOARD_STAFF_USERS",
        "ONBOARD_STAFF_GROUP",
        "ONBOARD_TZ",
        "ONBOARD_STAFF_CHANNEL",
        "ONBOARD_COMMISSION_CHANNEL",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the developer's checkout


def test_defaults() -> None:
    settings = load_settings()
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.onboard_tz == "Asia/Shanghai"
    assert settings.onboard_db == Path("onboard.db")
    assert not settings.has_any_slack_credentials


def test_environment_and_staff_list(monkeypatch) -> None:
    monkeypatch.setenv("ONBOARD_STAFF_USERS", " U1, U2 ,,")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_APP_TOKEN", "")
    settings = load_settings()
    assert settings.onboard_staff_users == frozenset({"U1", "U2"})
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert settings.slack_app_token is None
    assert settings.has_any_slack_credentials and not settings.has_socket_mode_credentials
    assert settings.is_staff_user("U1") and not settings.is_staff_user("U3")


def test_dotenv_file_is_read(tmp_path) -> None:
    (tmp_path / ".env").write_text("ONBOARD_DB=from-dotenv.db\nONBOARD_TZ=UTC\n", encoding="utf-8")
    settings = load_settings()
    assert settings.onboard_db == Path("from-dotenv.db")
    assert settings.onboard_tz == "UTC"


def test_cli_override_wins(monkeypatch) -> None:
    monkeypatch.setenv("ONBOARD_DB", "env.db")
    assert load_settings(onboard_db="flag.db").onboard_db == Path("flag.db")
    assert load_settings(onboard_db=None).onboard_db == Path("env.db")


def test_unknown_time_zone_is_rejected(monkeypatch) -> None:
    monkeypatch.setenv("ONBOARD_TZ", "Mars/Olympus")
    with pytest.raises(ValidationError, match="unknown time zone"):
        Settings()


def test_bad_configuration_exits_2_naming_the_variable(monkeypatch, capsys) -> None:
    from cli.main import main

    monkeypatch.setenv("ONBOARD_TZ", "Mars/Olympus")
    assert main(["ask", "保证金"]) == 2
    assert "ONBOARD_TZ" in capsys.readouterr().err
