"""Which documents a vendor must scan, asked beside what it states of itself.

"我们是给零售通小店做运营的服务商，公司7个人，正在准备入驻材料。需要提供哪些证件的扫描件？": the
documents asked are Retail Link's condition (营业执照、税务登记证、组织机构代码证等原件扫描件),
first — not which markets seven people fit. Only a market whose conditions name documents
answers this way; a question naming none, or another market, is left to the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from rules.markets import get_market

# The conditions' key for the scanned documents (rules/data/markets.yaml).
DOCUMENTS_KEY = "documents_ready"
# "需要提供哪些证件的扫描件", "要交什么证照", "which documents do we need to scan".
_ASKS_DOCUMENTS = lazy_compile(
    r"(哪些|什么|啥|哪几[种样个])[^，,。；;？?]{0,8}(证件|证照|扫描件|资质文件|证明文件)"
    r"|(证件|证照|扫描件)[^，,。；;？?]{0,8}(哪些|什么|啥|哪几[种样个])"
    r"|\b(which|what) (documents?|scans|certificates|papers|licen[cs]es)\b"
    r"|\bdocuments?\b[^,.;?]{0,30}\b(scan|scanned|upload|submit|provide)\b"
)
# Another thing asked beside the documents ("…and how much is the deposit", "另外保证金多少").
_ANOTHER_ASK = lazy_compile(
    r"另外|还有|以及|同时|和(?=[^，,。？?]{0,12}(多少|什么|哪|吗))|\b(and|also|plus)\b"
)
# The clauses: the last one asks, those before state the vendor's case.
_CLAUSES = lazy_compile(r"[，,。；;！!？?]|\.\s")


def documents_answer(
    question: str, markets: list[str], conditions: Callable[[str, tuple[str, ...]], Answer]
) -> Answer | None:
    """The named market's documents condition (`conditions(market, keys)`) when the last
    sentence asks which documents; None otherwise."""
    if len(markets) != 1:
        return None
    clauses = [c for c in _CLAUSES.split(normalize(question)) if c.strip()]
    if len(clauses) < 2 or not _ASKS_DOCUMENTS.search(clauses[-1]):
        return None  # nothing stated before the ask: the conditions' own answers
    if _ANOTHER_ASK.search(clauses[-1]):
        return None  # "what documents and what credit standing": each part answered

    market = markets[0]
    if not any(c.key == DOCUMENTS_KEY for c in get_market(market).conditions):
        return None
    return conditions(market, (DOCUMENTS_KEY,))
