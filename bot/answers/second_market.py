"""A vendor already in one market asking where joining another starts: "我们已经在API市场了，想再加个
建站市场，流程从哪一步开始？账号、实名这些要重新搞吗", "we're already on the API market — to add
Security, do we start over?". The account (step 1) and the enterprise verification (step 2) are
the vendor's already; the guide's step 3 says a repeat application only fills in the business
qualification (再次申请…填写业务资质信息即可), then the contracts, the new market's deposit and
the ticket follow (§2).
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import DEPOSIT_PER_MARKET, deposit_for_market

_RETAIL_LINK = "retail_link"

_ALREADY_IN = lazy_compile(
    r"已经(在|入驻|进了|进驻|上了|加入)|已入驻|现在在.{0,8}市场"
    r"|\b(already (in|on|joined|listed|selling)|we're (in|on) the|we are (in|on) the)\b"
)
_ASKS_START = lazy_compile(
    r"从哪(一)?步(开始)?|哪一步开始|重新(搞|做|注册|认证|走|来|弄)|再走一遍|从头|要不要重新"
    r"|\b(start (over|from|again)|from scratch|redo|re-do|again from|which step)\b"
)


def second_market_answer(question: str, lang: Lang) -> Answer | None:
    """Where a vendor already in a market starts joining another; None unless asked."""
    norm = normalize(question)
    if not (_ALREADY_IN.search(norm) and _ASKS_START.search(norm)):
        return None
    if len(markets_in_question(question)) < 2:
        return None
    body = t(
        "answers_second_market_start",
        lang,
        per_market=f"{DEPOSIT_PER_MARKET:,}",
        retail=f"{deposit_for_market(_RETAIL_LINK):,}",
    )
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])
