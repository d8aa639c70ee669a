"""Real Slack's rules, as data and small checks, shared by the fake Slack and the tests.

- which OAuth scope each Web API method needs (per channel type where Slack asks for that),
  and which scope each subscribed event / feature needs;
- how Slack encodes what people type before it reaches an app (`slack_encode`);
- the size limits Slack enforces on messages and Block Kit payloads (`payload_problem`).

Sources: api.slack.com/methods/<method> ("Required scopes"), api.slack.com/reference/block-kit
and chat.postMessage ("Truncating content"); summarised in ../shared/SPEC.md ("Slack platform
facts to design for").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

REPO_ROOT = Path(__file__).resolve().parents[1]
MANIFEST_PATH = REPO_ROOT / "manifest.yml"

ChannelKind = Literal["public", "private", "im", "mpim"]

# Methods whose scope depends on the kind of conversation they read.
HISTORY_SCOPES: dict[ChannelKind, str] = {
    "public": "channels:history",
    "private": "groups:history",
    "im": "im:history",
    "mpim": "mpim:history",
}
PER_CHANNEL_METHODS = frozenset({"conversations.history", "conversations.replies"})

# Bot-token scope per Web API method (None: no scope needed).
METHOD_SCOPES: dict[str, str | None] = {
    "auth.test": None,
    "apps.connections.open": None,  # app-level token (connections:write), not a bot scope
    "chat.postMessage": "chat:write",
    "chat.update": "chat:write",
    "chat.delete": "chat:write",
    "chat.postEphemeral": "chat:write",
    "conversations.open": "im:write",
    "views.open": None,
    "views.update": None,
    "views.push": None,
    "views.publish": None,
    "users.info": "users:read",
    "usergroups.users.list": "usergroups:read",
    "files.info": "files:read",
    "file_download": "files:read",  # url_private_download with the bot token
    "files.getUploadURLExternal": "files:write",
    "files.completeUploadExternal": "files:write",
}

# Python helpers of slack_sdk that stand for several Web API methods.
SDK_HELPER_METHODS: dict[str, tuple[str, ...]] = {
    "files_upload_v2": ("files.getUploadURLExternal", "files.completeUploadExternal"),
}

# Scope each subscribed bot event needs (api.slack.com/events/<event>).
EVENT_SCOPES: dict[str, str | None] = {
    "app_home_opened": None,
    "app_mention": "app_mentions:read",
    "message.im": "im:history",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.mpim": "mpim:history",
}

# Slack's limits (SPEC "Slack platform facts"; api.slack.com/reference/block-kit/blocks).
MAX_TEXT_CHARS = 40_000  # chat.postMessage `text`: longer is truncated
MAX_BLOCK_TEXT_CHARS = 12_000  # all text in a message's blocks: more is msg_blocks_too_long
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_TEXT = 3_000
MAX_OPTION_LABEL = 75
MAX_MODAL_TITLE = 24


def manifest_scopes(path: Path = MANIFEST_PATH) -> frozenset[str]:
    manifest = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(manifest["oauth_config"]["scopes"]["bot"])


def default_channel_kind(channel: str) -> ChannelKind:
    """Slack's id prefixes: D… a DM, G… a private channel (older mpims too), C… public."""
    if channel[:1] == "D":
        return "im"
    if channel[:1] == "G":
        return "private"
    return "public"


def scope_needed(method: str, kind: ChannelKind | None = None) -> str | None:
    if method in PER_CHANNEL_METHODS:
        return HISTORY_SCOPES[kind or "public"]
    return METHOD_SCOPES.get(method)


# ---------------------------------------------------------------- how Slack encodes typed text

# Already Slack-formatted tokens (mentions, channel links, links) pass through unchanged, so a
# test can write "<@U2>" for a mention as Slack would deliver it.
_SLACK_TOKEN = re.compile(r"<(?:[@#!][^<>]*|(?:https?|mailto):[^<>]*)>")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_URL = re.compile(
    r"(?<![\w/])(?:https?://[^\s<>]+|www\.[^\s<>]+|[\w-]+\.(?:com|cn|net|org)\b(?:/[^\s<>]*)?)",
    re.ASCII,
)


def _encode_plain(text: str) -> str:
    # The order matters: & first, then links (whose own text is escaped inside).
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def email(match: re.Match[str]) -> str:
        return f"<mailto:{match.group(0)}|{match.group(0)}>"

    def url(match: re.Match[str]) -> str:
        shown = match.group(0)
        target = shown if shown.startswith("http") else f"http://{shown}"
        return f"<{target}>" if target == shown else f"<{target}|{shown}>"

    pieces = []
    position = 0
    for found in _EMAIL.finditer(escaped):
        pieces.append(_URL.sub(url, escaped[position : found.start()]))
        pieces.append(email(found))
        position = found.end()
    pieces.append(_URL.sub(url, escaped[position:]))
    return "".join(pieces)


def slack_encode(text: str) -> str:
    """`text` as a person typed it, the way Slack delivers it in an event: `& < >` as
    entities, e-mails as `<mailto:a@b.com|a@b.com>`, links as `<http://…|…>`; mentions and
    channel links already written as `<@U…>` / `<#C…|name>` stay as they are."""
    out = []
    position = 0
    for token in _SLACK_TOKEN.finditer(text):
        out.append(_encode_plain(text[position : token.start()]))
        out.append(token.group(0))
        position = token.end()
    out.append(_encode_plain(text[position:]))
    return "".join(out)


# ---------------------------------------------------------------- payload limits


def block_text_length(value: Any) -> int:
    """Characters of every `text` string inside blocks (what msg_blocks_too_long counts)."""
    if isinstance(value, list):
        return sum(block_text_length(item) for item in value)
    if isinstance(value, dict):
        total = 0
        for key, item in value.items():
            if key == "text" and isinstance(item, str):
                total += len(item)
            else:
                total += block_text_length(item)
        return total
    return 0


def _option_labels(value: Any) -> list[str]:
    labels: list[str] = []
    if isinstance(value, list):
        for item in value:
            labels.extend(_option_labels(item))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in {"options", "initial_options"} and isinstance(item, list):
                for option in item:
                    text = (
                        (option.get("text") or {}).get("text") if isinstance(option, dict) else None
                    )
                    if isinstance(text, str):
                        labels.append(text)
            labels.extend(_option_labels(item))
    return labels


def blocks_problem(blocks: Any, *, max_blocks: int) -> str | None:
    """Why Slack would refuse these blocks (None: fine)."""
    if not isinstance(blocks, list):
        return "blocks must be a list"
    if len(blocks) > max_blocks:
        return f"no more than {max_blocks} items allowed [json-pointer:/blocks]"
    for index, block in enumerate(blocks):
        if not isinstance(block, dict):
            return f"block {index} is not an object"
        if block.get("type") == "section":
            text = (block.get("text") or {}).get("text")
            if isinstance(text, str) and len(text) > MAX_SECTION_TEXT:
                return f"must be less than {MAX_SECTION_TEXT + 1} characters [json-pointer:/blocks/{index}/text/text]"
        try:
            parsed = Block.parse(block)
            if parsed is not None:
                parsed.validate_json()
        except SlackObjectFormationError as exc:
            return f"{exc} [json-pointer:/blocks/{index}]"
    for label in _option_labels(blocks):
        if len(label) > MAX_OPTION_LABEL:
            return f"option text must be less than {MAX_OPTION_LABEL + 1} characters"
    return None


def message_problem(blocks: Any) -> tuple[str, str] | None:
    """(error, detail) for a message's blocks Slack would refuse; None when fine."""
    if blocks in (None, "", []):
        return None
    problem = blocks_problem(blocks, max_blocks=MAX_MESSAGE_BLOCKS)
    if problem:
        return "invalid_blocks", problem
    if block_text_length(blocks) > MAX_BLOCK_TEXT_CHARS:
        return "msg_blocks_too_long", f"blocks hold more than {MAX_BLOCK_TEXT_CHARS} characters"
    return None


def view_problem(view: dict[str, Any]) -> str | None:
    """Why Slack would refuse this modal / Home view (None: fine)."""
    title = (view.get("title") or {}).get("text")
    if isinstance(title, str) and len(title) > MAX_MODAL_TITLE:
        return f"title must be less than {MAX_MODAL_TITLE + 1} characters"
    for key in ("submit", "close"):
        label = (view.get(key) or {}).get("text")
        if isinstance(label, str) and len(label) > MAX_MODAL_TITLE:
            return f"{key} must be less than {MAX_MODAL_TITLE + 1} characters"
    return blocks_problem(view.get("blocks") or [], max_blocks=MAX_VIEW_BLOCKS)
