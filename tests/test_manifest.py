"""manifest.yml is a valid Slack app manifest and matches what the code listens to."""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
MANIFEST_PATH = REPO / "manifest.yml"
# CI checks out shared/ beside the repository clone.
SCHEMA_PATH = REPO.parent / "shared" / "slack" / "manifest.schema.1.0.0.json"

EXPECTED_COMMANDS = {"/onboard", "/vendor", "/commission"}

# Scopes a subscription or feature cannot work without (Slack rejects or silently drops).
SCOPE_FOR_EVENT = {"app_mention": "app_mentions:read", "message.im": "im:history"}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST_PATH.read_text(encoding="utf-8"))


class RecordingApp:
    """Stands in for Bolt's AsyncApp in `register(app)`: records what gets subscribed."""

    def __init__(self) -> None:
        self.events: set[str] = set()
        self.commands: set[str] = set()
        self.interactive = False

    def _decorator(self, *args: Any, **kwargs: Any) -> Any:
        return lambda function: function

    def event(self, event: Any, *args: Any, **kwargs: Any) -> Any:
        # Bolt accepts "type" or {"type": ..., "subtype": ...}.
        self.events.add(event["type"] if isinstance(event, dict) else str(event))
        return self._decorator()

    def message(self, *args: Any, **kwargs: Any) -> Any:
        self.events.add("message")
        return self._decorator()

    def command(self, command: Any, *args: Any, **kwargs: Any) -> Any:
        self.commands.add(str(command))
        return self._decorator()

    def _interactive(self, *args: Any, **kwargs: Any) -> Any:
        self.interactive = True
        return self._decorator()

    action = view = view_submission = view_closed = options = shortcut = _interactive
    block_action = global_shortcut = message_shortcut = _interactive

    def __getattr__(self, name: str) -> Any:
        # middleware, error handlers and the like subscribe to nothing.
        return self._decorator


@pytest.fixture(scope="module")
def registered() -> RecordingApp:
    import handlers

    app = RecordingApp()
    for module_info in pkgutil.iter_modules(handlers.__path__, prefix="handlers."):
        module = importlib.import_module(module_info.name)
        register = getattr(module, "register", None)
        if callable(register):
            register(app)
    return app


def test_manifest_validates_against_slacks_schema(manifest: dict[str, Any]) -> None:
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"Slack's manifest schema not found at {SCHEMA_PATH} (shared/ not checked out)")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

    errors = sorted(
        jsonschema.validators.validator_for(schema)(schema).iter_errors(manifest),
        key=lambda e: list(e.path),
    )

    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_schema_rejects_a_broken_manifest(manifest: dict[str, Any]) -> None:
    # Guards the test above against a schema that accepts anything.
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"Slack's manifest schema not found at {SCHEMA_PATH}")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    broken = {**manifest, "display_information": {"name": "x" * 36}}

    assert not jsonschema.validators.validator_for(schema)(schema).is_valid(broken)


def test_slash_commands_are_exactly_the_three(manifest: dict[str, Any]) -> None:
    commands = manifest["features"]["slash_commands"]

    assert {c["command"] for c in commands} == EXPECTED_COMMANDS
    assert len(commands) == len(EXPECTED_COMMANDS)
    for command in commands:
        assert command["usage_hint"].strip(), command["command"]
        # Chinese first, English after: the description serves both kinds of user.
        assert any("\u4e00" <= ch <= "\u9fff" for ch in command["description"]), command
        assert any(ch.isascii() and ch.isalpha() for ch in command["description"]), command


def test_every_command_the_code_registers_is_in_the_manifest(
    manifest: dict[str, Any], registered: RecordingApp
) -> None:
    listed = {c["command"] for c in manifest["features"]["slash_commands"]}

    assert registered.commands, "no handler registered a slash command"
    assert registered.commands <= listed


def test_every_event_the_code_subscribes_to_is_listed(
    manifest: dict[str, Any], registered: RecordingApp
) -> None:
    bot_events = set(manifest["settings"]["event_subscriptions"]["bot_events"])

    assert registered.events, "no handler subscribed to an event"
    for event in registered.events:
        if event == "message":
            # Bolt's "message" is delivered per conversation kind; the bot works in DMs.
            assert any(e.startswith("message.") for e in bot_events), bot_events
        else:
            assert event in bot_events, f"code listens to {event!r}; add it to bot_events"


def test_scopes_cover_the_subscriptions(manifest: dict[str, Any], registered: RecordingApp) -> None:
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    bot_events = manifest["settings"]["event_subscriptions"]["bot_events"]

    for event in bot_events:
        if event in SCOPE_FOR_EVENT:
            assert SCOPE_FOR_EVENT[event] in scopes, event
    assert "commands" in scopes
    assert {"chat:write", "im:write", "users:read", "usergroups:read", "files:write"} <= scopes
    if registered.interactive:
        assert manifest["settings"]["interactivity"]["is_enabled"] is True


def test_app_settings(manifest: dict[str, Any]) -> None:
    settings = manifest["settings"]
    home = manifest["features"]["app_home"]

    assert settings["socket_mode_enabled"] is True
    assert settings["org_deploy_enabled"] is False
    assert settings["token_rotation_enabled"] is False
    assert home == {
        "home_tab_enabled": True,
        "messages_tab_enabled": True,
        "messages_tab_read_only_enabled": False,
    }
    assert manifest["features"]["bot_user"] == {
        "display_name": "onboard-bot",
        "always_online": True,
    }
    urls = [c["url"] for c in manifest["features"]["slash_commands"]] + [
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    ]
    assert all(url.endswith("/slack/events") for url in urls)
