"""The shape a signed Slack payload must have before Bolt and the handlers see it.

A valid signature proves the bytes came from someone holding the signing secret, not that
they are a well-formed payload (a misbehaving proxy, a replayed test fixture, a leaked secret).
Handlers read `body["user"]["id"]`, `event["type"]` and so on directly; anything else would
be a 500 with a traceback. `shape_error(body)` names the first thing wrong, and the server
answers it 400 without calling Bolt. Only what the bot's code relies on is checked: Slack adds
fields freely.
"""

from __future__ import annotations

from typing import Any

# Slack's payloads nest a few levels (a modal's blocks: ~10); JSON nested deeper than this is
# refused before anything walks it.
MAX_NESTING = 64

_INTERACTIVE_TYPES = frozenset(
    {
        "block_actions",
        "view_submission",
        "view_closed",
        "shortcut",
        "message_action",
        "block_suggestion",
        "interactive_message",
        "dialog_submission",
    }
)


def nesting_exceeds(value: Any, limit: int = MAX_NESTING) -> bool:
    """True when dicts/lists nest deeper than `limit` (walked without recursion, so a hostile
    depth cannot exhaust the stack here; json.dumps of the stored body would)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _optional(body: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> str | None:
    if key in body and body[key] is not None and not isinstance(body[key], kind):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        return f"{key} is not a {names}"
    return None


def _user_object(body: dict[str, Any]) -> str | None:
    user = body.get("user")
    if not isinstance(user, dict) or not _is_str(user.get("id")) or not user.get("id"):
        return "user.id is missing"
    return None


def _event_callback(body: dict[str, Any]) -> str | None:
    event = body.get("event")
    if not isinstance(event, dict):
        return "event is not an object"
    if not _is_str(event.get("type")):
        return "event.type is missing"
    if not _is_str(body.get("event_id")) or not body.get("event_id"):
        return "event_id is missing"
    for key, kind in (
        ("user", str),
        ("channel", str),
        ("text", str),
        ("ts", str),
        ("thread_ts", str),
        ("subtype", str),
        ("channel_type", str),
        ("bot_id", str),
        ("files", list),
        ("blocks", list),
        ("tab", str),
    ):
        problem = _optional(event, key, kind)
        if problem:
            return f"event.{problem}"
    files = event.get("files") or []
    if any(not isinstance(item, dict) for item in files):
        return "event.files has an entry that is not an object"
    return _optional(body, "team_id", str) or _optional(body, "authorizations", list)


def _interactive(body: dict[str, Any], kind: str) -> str | None:
    problem = _user_object(body)
    if problem:
        return problem
    for key, expected in (("team", dict), ("channel", dict), ("message", dict), ("view", dict)):
        problem = _optional(body, key, expected)
        if problem:
            return problem
    if kind == "block_actions":
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions:
            return "actions is missing"
        if any(not isinstance(a, dict) or not _is_str(a.get("action_id")) for a in actions):
            return "actions has an entry without an action_id"
    if kind in {"view_submission", "view_closed"}:
        view = body.get("view")
        if not isinstance(view, dict) or not _is_str(view.get("callback_id")):
            return "view.callback_id is missing"
        state = view.get("state")
        if state is not None and not (
            isinstance(state, dict) and isinstance(state.get("values", {}), dict)
        ):
            return "view.state.values is not an object"
        values = (state or {}).get("values") or {}
        if any(not isinstance(block, dict) for block in values.values()):
            return "view.state.values has a block that is not an object"
        problem = _optional(view, "private_metadata", str) or _optional(view, "id", str)
        if problem:
            return f"view.{problem}"
    return None


def _slash_command(body: dict[str, Any]) -> str | None:
    for key in ("command", "user_id"):
        if not _is_str(body.get(key)) or not body.get(key):
            return f"{key} is missing"
    return None


def shape_error(body: Any) -> str | None:
    """None when `body` (as Bolt parsed it) has the shape the handlers rely on; else what is
    wrong, e.g. "event is not an object"."""
    if not isinstance(body, dict):
        return "the payload is not an object"
    if nesting_exceeds(body):
        return f"the payload nests deeper than {MAX_NESTING} levels"
    if "command" in body and "type" not in body:
        return _slash_command(body)
    kind = body.get("type")
    if not _is_str(kind):
        return "type is missing or not a string"
    if kind == "event_callback":
        return _event_callback(body)
    if kind in _INTERACTIVE_TYPES:
        return _interactive(body, kind)
    if kind == "url_verification":
        return None if _is_str(body.get("challenge")) else "challenge is missing"
    return None
