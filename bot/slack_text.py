"""Text crossing the Slack boundary: one decoder for what comes in, one escaper for what goes out.

Slack encodes what people type before an app sees it: `&`, `<`, `>` arrive as `&amp;`,
`&lt;`, `&gt;`; an e-mail as `<mailto:a@b.com|a@b.com>`; a link as `<http://x.com|x.com>` or
`<http://x.com>`; a channel as `<#C123|name>`; `@channel` as `<!channel>`
(api.slack.com/reference/surfaces/formatting#retrieving-messages). `decode_incoming` turns
that back into what the person typed, so parsing (an e-mail account, `A&B Cloud Ltd`) and
storage see plain text. User mentions `<@U…>` stay: the id is the only thing that names a
user (`/vendor link @user …` reads it, mentions of the bot are stripped by the listener).

`escape_mrkdwn` makes any text inert in a message (top-level `text` and mrkdwn blocks alike):
`<!channel>`, `<@U…>` and `<https://evil|label>` typed by someone stay plain text.
"""

from __future__ import annotations

import re
from typing import Any

from bot.texts import both

# <target> or <target|label>; Slack never leaves a raw < or > inside one.
_SLACK_TOKEN = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_USER_MENTION = re.compile(r"^@[UW][A-Z0-9]+$")


def unescape_entities(text: str) -> str:
    """Slack's &amp; &lt; &gt; back to & < > (what was typed, or what a reader sees)."""
    # &amp; last, so a typed "&lt;" (sent as "&amp;lt;") stays "&lt;".
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _decode_token(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if _USER_MENTION.match(target):
        return match.group(0)
    if target.startswith("#"):
        return "#" + unescape_entities(label) if label else target
    if target.startswith("!"):
        # <!channel>, <!here>, <!subteam^S123|@team>, <!date^…|fallback>: what the reader saw.
        return unescape_entities(label) if label else "@" + target[1:].split("^")[0]
    if label is not None:
        return unescape_entities(label)
    if target.startswith("mailto:"):
        return unescape_entities(target[len("mailto:") :])
    return unescape_entities(target)


def decode_incoming(text: str) -> str:
    """Text of a Slack event or slash command as the person typed it (see module doc)."""
    if "<" not in text and "&" not in text:
        return text
    out: list[str] = []
    position = 0
    for match in _SLACK_TOKEN.finditer(text):
        out.append(unescape_entities(text[position : match.start()]))
        out.append(_decode_token(match))
        position = match.end()
    out.append(unescape_entities(text[position:]))
    return "".join(out)


def escape_mrkdwn(text: str) -> str:
    """Text made inert for Slack: `<!channel>`, `<@U…>` and links stay plain text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- size limits (the last guard)

# Slack cuts `text` at 40,000 characters and refuses a message whose blocks hold more than
# about 12,000 (msg_blocks_too_long) or number more than 50 (SPEC "Slack platform facts").
# Surfaces budget their content below these (a verdict is condensed, long replies are split,
# big tables go as files); this guard makes sure nothing over them is ever sent.
MAX_TEXT_CHARS = 40_000
MAX_BLOCK_TEXT_CHARS = 12_000
MAX_MESSAGE_BLOCKS = 50
TRUNCATED_NOTE = "\n" + both("slack.truncated")


def block_text_length(value: Any) -> int:
    """Characters of every `text` string inside blocks (what Slack's block limit counts)."""
    if isinstance(value, list):
        return sum(block_text_length(item) for item in value)
    if isinstance(value, dict):
        return sum(
            len(item) if key == "text" and isinstance(item, str) else block_text_length(item)
            for key, item in value.items()
        )
    return 0


def fit_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """`text` within `limit` characters, saying so when it had to be cut (never an entity or
    a code block cut open: a trailing partial `&…;` is dropped and an odd ``` is closed)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(TRUNCATED_NOTE) - 4]
    amp = cut.rfind("&")
    if amp >= 0 and ";" not in cut[amp:]:
        cut = cut[:amp]
    if cut.count("```") % 2:
        cut += "```"
    return cut + TRUNCATED_NOTE


def blocks_fit(blocks: list[dict[str, Any]] | None) -> bool:
    return not blocks or (
        len(blocks) <= MAX_MESSAGE_BLOCKS and block_text_length(blocks) <= MAX_BLOCK_TEXT_CHARS
    )


def fit_message(
    text: str, blocks: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]] | None]:
    """(text, blocks) Slack will accept whole: blocks over Slack's limits are left out (the
    text carries the message), text over 40,000 characters is cut with a note."""
    return fit_text(text), (blocks if blocks_fit(blocks) else None)
