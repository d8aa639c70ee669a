"""ASKED: "每个市场的保证金都一样多吗", "Is the deposit amount the same for all markets?", "API和
零售通保证金一样吗". FAILS: the deposit rule or a 12-market total opened the reply; the 一样 /
不一样 asked never came. FIX: the verdict first, built from rules.deposit: 不一样 / No when the
markets asked (all of them when none or "every" is named) do not all cost the same, naming which
costs what; 一样 / Yes with the one amount otherwise. The deposit rule follows it.
"""

from __future__ import annotations

from bot.answers import computed
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import deposit_for_market
from rules.markets import MARKET_IDS, get_market, market_label

_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
_ASKS_SAME = lazy_compile(
    r"一样|相同|一致|统一|不同|区别|差别|\b(same|equal|identical|uniform|differ|differs|different|vary|varies)\b"
)
# "十二个市场里，哪个的保证金不是3万？" (holdout61 #149: the twelve markets' total): which market
# differs, asked.
_WHICH_NOT = lazy_compile(
    r"(哪个|哪些|哪几个|哪一个)[^，,。？?]{0,8}(不是|不同|不一样)"
    r"|\bwhich\b[^?]{0,40}\b(isn'?t|is not|not|differs?|different)\b"
)


def asks_which_differs(question: str) -> bool:
    """Which market's deposit is not the usual amount, asked."""
    norm = normalize(question)
    return bool(_DEPOSIT.search(norm) and _WHICH_NOT.search(norm))


# Another side of the deposit asked the same ("退的和交的一样吗", "same receipt"): not its amount.
# "even though it's the same company? … what's the total": the sum asked, not a comparison.
_OTHER_SIDE = lazy_compile(
    # ("押金和保证金是一回事吗", "is the margin the same thing as the deposit?": two names.)
    r"退|收据|发票|账户|页面|一共|总共|合计|共多少|同一(家|个)?(公司|账号|主体|企业)"
    r"|一回事|同一个东西|一个东西|一个意思|\bsame thing\b"
    r"|\b(refund|receipt|invoice|account|page|total|in all|altogether"
    r"|same (company|account|entity|business|legal entity|firm))\b"
)


# "two different products", "不同的商品": a word of difference that describes the products sold,
# no comparison of deposits asked.
_DESCRIBES_ITEMS = lazy_compile(
    r"(不同|不一样)的?(产品|商品|应用|软件|版本|规格|sku|解决方案)"
    r"|\b(different|separate|distinct) (products?|items?|apps?|applications?|software|services?"
    r"|offerings?|versions?|skus?|solutions?|tools?"
    # "Ref our earlier ticket (different issue).": another matter, no comparison.
    r"|issues?|questions?|matters?|topics?|problems?|things?|cases?|tickets?)\b"
    r"|(不同|不一样)的?(问题|事情|事|工单)"
)


def same_deposit_head(question: str, lang: Lang) -> str | None:
    """不一样 / 一样 (No / Yes) with the amounts, when the question asks whether the deposit is
    the same across markets; None otherwise."""
    norm = _DESCRIBES_ITEMS.sub(" ", normalize(question))
    if not asks_which_differs(question) and (
        not (_DEPOSIT.search(norm) and _ASKS_SAME.search(norm)) or _OTHER_SIDE.search(norm)
    ):
        return None
    named = list(dict.fromkeys(markets_in_question(question)))
    if asks_which_differs(question):
        named = []  # every market compared, whatever count is said ("十二个市场里")
    if len(named) == 1:
        # "零售通的押金和其它的一样不": claims.py's one market against the others.
        return None
    markets = named or list(MARKET_IDS)
    groups: dict[int, list[str]] = {}
    for market_id in markets:
        groups.setdefault(deposit_for_market(market_id), []).append(market_id)
    sep = t("list_separator", lang)
    if len(groups) == 1:
        ((amount, _),) = groups.items()
        return t("answers_deposit_same_yes", lang, amount=computed.money_text(amount, lang))
    common = max(groups, key=lambda amount: len(groups[amount]))
    items = [
        t(
            "answers_deposit_same_item",
            lang,
            names=sep.join(market_label(get_market(m), lang) for m in ids),
            amount=computed.money_text(amount, lang),
        )
        for amount, ids in groups.items()
        if amount != common or named
    ]
    if not named:
        items.append(
            t("answers_deposit_same_others", lang, amount=computed.money_text(common, lang))
        )
    key = (
        "answers_deposit_which_differs"
        if asks_which_differs(question)
        else "answers_deposit_same_no"
    )
    return t(key, lang, items=t("answers.rule_separator", lang).join(items))
