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


# A market named as one ("安全市场", "Solutions market"), and a clause describing the vendor
# ("we're a logistics software company", "我们是做安全软件的"), whose product words name no market.
MARKET_WORD = re.compile(r"市场|\bmarkets?\b", re.IGNORECASE)
DESCRIBES_VENDOR = re.compile(
    r"我们|我司|公司|做的|是做|we'?re|we are|we make|we build|we do|our |company", re.IGNORECASE
)
_CLAUSE = re.compile(r"[，,。;；—–:：!！?？]")


def markets_named(text: str) -> list[str]:
    """Markets in `text`; when some are named as markets, the product words of a clause that
    describes the vendor ("Solutions market — we're a logistics software company") add none."""
    found = find_markets_in_text(text)
    if not MARKET_WORD.search(text):
        return found
    described: set[str] = set()
    for clause in _CLAUSE.split(text):
        if not MARKET_WORD.search(clause) and DESCRIBES_VENDOR.search(clause):
            described.update(find_markets_in_text(clause))
    kept = [market for market in found if market not in described]
    return kept or found


def read_markets(text: str) -> reading.MarketChoice:
    return reading.read_market_choice(text, MARKET_IDS, markets_named, q.market_list)
