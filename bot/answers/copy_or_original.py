"""A copy asked about where the guide names scans of the originals.

"零售通的营业执照用复印件可以吗，还是要原件扫描", "Will photocopies of our licences do for Retail Link?":
the documents condition says 原件扫描件 (scans of the originals), so the reply opens with 不行 /
No — the originals' scans are needed — then that condition, never another of the market's.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.documents_asked import DOCUMENTS_KEY
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market

# A copy named: 复印件, 影印件, "photocopies", "a copy of the licence".
_COPY = lazy_compile(
    r"复印件|复印的|复印版|影印件|影印本|\b(photo ?cop(y|ies)|xerox(es)?|cop(y|ies) of)\b"
)


def _with_documents(market: str) -> bool:
    return any(c.key == DOCUMENTS_KEY for c in get_market(market).conditions)


def copy_answer(
    question: str,
    markets: list[str],
    lang: Lang,
    conditions: Callable[[str, tuple[str, ...]], Answer],
) -> Answer | None:
    """不行 / No, then the documents condition, when a copy is asked about for a market whose
    conditions ask for scans of the originals; None otherwise."""
    if not _COPY.search(normalize(question)):
        return None
    named = [m for m in markets if _with_documents(m)]
    if markets and not named:
        return None
    chosen = named or [m for m in MARKET_IDS if _with_documents(m)]
    if len(chosen) != 1:
        return None
    found = conditions(chosen[0], (DOCUMENTS_KEY,))
    found.text = t("answers_documents_copy_no", lang) + found.text
    return found
