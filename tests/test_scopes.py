"""The manifest asks for exactly the scopes the code needs: nothing missing, nothing unused.

The scopes the code needs are derived from the code itself: every Web API method it calls on a
slack_sdk client (found in the AST, mapped to its API method name through slack_sdk's own
source), every event the manifest subscribes to, the slash commands, and file downloads
(`url_private_download`). Each maps to its scope through `slack_rules` (Slack's method pages).
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import yaml
from slack_rules import (
    EVENT_SCOPES,
    HISTORY_SCOPES,
    MANIFEST_PATH,
    METHOD_SCOPES,
    PER_CHANNEL_METHODS,
    REPO_ROOT,
    SDK_HELPER_METHODS,
    manifest_scopes,
)
from slack_sdk.web.async_client import AsyncWebClient

CODE_DIRS = ("bot", "handlers", "cli")


def _api_method_of(python_name: str) -> tuple[str, ...]:
    """The Web API method(s) behind an AsyncWebClient method, read from slack_sdk's source."""
    if python_name in SDK_HELPER_METHODS:
        return SDK_HELPER_METHODS[python_name]
    source = inspect.getsource(getattr(AsyncWebClient, python_name))
    found = re.findall(r'api_call\(\s*"([^"]+)"', source)
    assert found, f"cannot tell which API method AsyncWebClient.{python_name} calls"
    return tuple(dict.fromkeys(found))


def web_api_methods_called() -> dict[str, set[str]]:
    """API method → files calling it (calls on anything named `…client`)."""
    called: dict[str, set[str]] = {}
    for directory in CODE_DIRS:
        for path in sorted((REPO_ROOT / directory).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                receiver = ast.unparse(node.func.value)
                name = node.func.attr
                if not receiver.lower().endswith("client") or not hasattr(AsyncWebClient, name):
                    continue
                if name in {"api_call", "close"} or name.startswith("_"):
                    continue
                for method in _api_method_of(name):
                    called.setdefault(method, set()).add(str(path.relative_to(REPO_ROOT)))
            if "url_private" in path.read_text(encoding="utf-8"):
                called.setdefault("file_download", set()).add(str(path.relative_to(REPO_ROOT)))
    return called


def scopes_the_code_needs() -> dict[str, str]:
    """scope → why (the method, event or feature that needs it)."""
    needed: dict[str, str] = {}
    for method in web_api_methods_called():
        assert method in METHOD_SCOPES or method in PER_CHANNEL_METHODS, (
            f"{method} is called but has no entry in tests/slack_rules.py METHOD_SCOPES"
        )
        if method in PER_CHANNEL_METHODS:
            # Run in the staff channel (public or private), mention threads (any channel
            # type the bot is mentioned in) and DMs: every kind of conversation.
            for scope in HISTORY_SCOPES.values():
                needed.setdefault(scope, method)
        elif METHOD_SCOPES[method]:
            needed.setdefault(str(METHOD_SCOPES[method]), method)
    manifest = yaml.safe_load(MANIFEST_PATH.read_text(encoding="utf-8"))
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        assert event in EVENT_SCOPES, f"event {event} has no entry in EVENT_SCOPES"
        if EVENT_SCOPES[event]:
            needed.setdefault(str(EVENT_SCOPES[event]), f"event {event}")
    if manifest["features"].get("slash_commands"):
        needed.setdefault("commands", "slash commands")
    return needed


def test_the_code_calls_the_methods_it_is_known_to_call() -> None:
    # Guards the AST scan itself: if it found nothing it would pass anything.
    called = web_api_methods_called()
    for method in ("chat.postMessage", "conversations.history", "conversations.replies"):
        assert method in called
    assert "handlers/outbox_sender.py" in called["conversations.history"]


def test_manifest_requests_exactly_the_scopes_the_code_needs() -> None:
    needed = scopes_the_code_needs()
    requested = manifest_scopes()
    missing = sorted(set(needed) - requested)
    unused = sorted(requested - set(needed))
    assert not missing, f"manifest.yml lacks {missing}: needed by " + ", ".join(
        f"{scope} ({needed[scope]})" for scope in missing
    )
    assert not unused, f"manifest.yml requests {unused}, which no code uses"


def test_setup_guide_explains_every_scope() -> None:
    guide = (Path(REPO_ROOT) / "docs" / "SLACK_SETUP.md").read_text(encoding="utf-8")
    for scope in manifest_scopes():
        assert f"`{scope}`" in guide, f"docs/SLACK_SETUP.md does not explain {scope}"
