""" "我们给零售通的品牌商做代运营，应该去哪个市场", "we help Retail Link brand owners with
operations. Which market is right for us?": the market named inside what the vendor does is
the market asked for. The reply names it first, with the guide's sentence that fits, never a
verdict on one stated fact nor the market's bare description.
"""

from __future__ import annotations

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from rules.markets import get_market

# Which one market is asked ("应该去哪个市场", "which market is right for us", "where do we
# belong"), not which markets a stated profile can enter.
_ASKS_ONE_MARKET = lazy_compile(
    r"(哪个|哪一个|什么)\s*(市场|集市|类目|板块)"
    r"|(去|进|入|放|归|属于|适合|对应|选)\s*哪(里|儿)"
    r"|\b(which|what) (market|category)\b|\bwhere (should|do|can) (i|we) (belong|go|list|join)\b"
)
# Whether it fits is asked ("应该", "适合", "right for us", "belong"), not a rule's market.
_FIT = lazy_compile(
    r"该|应该|适合|合适|归|属于|对应|对口"
    r"|\b(fits?|suits?|suitable|should|best|belong|right for (us|me))\b"
)
# A rule asked of the market ("哪个市场要求…", "which market has the lowest commission") or a
# choice offered ("零售通还是服务市场") is another question.
_OTHER_ASK = lazy_compile(
    r"要求|门槛|佣金|档|各自|分别|抽成|费率|保证金|押金|最低|最高|还是|能不能|可不可以|行不行|够不够|满足|符合"
    r"|\b(require\w*|commission|deposit|rate|fee|cheapest|lowest|highest|or|enough|meet|qualify|each)\b"
)


def named_market_fit(question: str, lang: Lang, markets: list[str]) -> Answer | None:
    """The one market the question names, first, when "which market fits us" is asked of it;
    None otherwise."""
    if len(markets) != 1:
        return None
    norm = normalize(question)
    if not (_ASKS_ONE_MARKET.search(norm) and _FIT.search(norm)) or _OTHER_ASK.search(norm):
        return None
    from bot.answers import reverse

    market = get_market(markets[0])
    whole = reverse.fitting_markets(question, lang, None)
    if whole and all(fit.id != market.id for fit, _ in whole):
        # "data migration, troubleshooting and security hardening": a market's word inside the
        # service (security) names no market when other markets' descriptions fit it, not its own.
        return None
    chosen = reverse.fitting_markets(question, lang, [market.id], min_score=0.0)
    if not chosen:
        return None
    return reverse.fit_answer(chosen, lang)
