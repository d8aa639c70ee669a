"""Small helpers shared by the engine and its steps (no state, no storage)."""

from __future__ import annotations

import re

from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.forms import resolve_ticket_field
from rules.markets import MARKET_IDS, find_markets_in_text

# "1,3", "2 和 5": numbers picking options of a numbered list.
NUMBER_LIST = re.compile(r"^\s*\d+(\s*[,，、/;；\s]\s*\d+|\s*(和|and|&|\+)\s*\d+)*\s*$")


def join(*parts: str) -> str:
    """Paragraphs of a reply, empty ones left out."""
    return "\n\n".join(part for part in parts if part)


def clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def is_number(text: str) -> bool:
    # str.isdigit() accepts "²" and other digits int() refuses.
    return text.isascii() and text.isdigit()


def resolve_ticket_field_name(text: str) -> str | None:
    return resolve_ticket_field(text)


def read_markets(text: str) -> reading.MarketChoice:
    return reading.read_market_choice(text, MARKET_IDS, find_markets_in_text, q.market_list)
