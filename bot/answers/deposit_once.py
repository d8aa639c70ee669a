"""Whether one deposit covers several categories: "保证金是不是只交一份就行", "交一次够不够",
"Is one deposit enough for all our markets?".

The guide (§3) says no: the deposit is per category, and several categories add up (申请多个类目，
保证金金额累计计算). The deposit reply states that rule; 不是 / No goes first.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# One deposit supposed to cover all: 只交一份 / 一次 / 一笔, 交一份就行, one deposit for all.
_SUPPOSES_ONE = lazy_compile(
    r"(只|就|仅)(需要|需|要|用|得)?(交|缴|付|缴纳|交纳)?\s*(一份|一次|一笔|一个|1份|1次|1笔|1个)"
    r"|(一份|一次|一笔|1份|1次|1笔)(保证金)?\s*(就|够|就够|就行|就可以|通用|覆盖)"
    r"|\b(one|a single|just one|only one) deposit\b|\bdeposit (once|only once)\b"
    r"|\bpay (it )?(only )?once\b"
)
# The either-or opened with "per market": its first half is the answer.
_PER_MARKET_FIRST = lazy_compile(
    r"\bper (market|category)\b[^?]{0,10}\bor\b|(按|每个)(市场|类目)[^？?]{0,8}还是"
)
_SEVERAL = lazy_compile(
    r"好几个|几个|多个|两个|三个|都|所有|全部|各|\b(several|multiple|all|both|two|three|many)\b"
    r"|\d\s*个"
)
_ASKS_YES_NO = lazy_compile(
    r"吗|么|是不是|是否|够不够|行不行|可不可以|\b(is|are|do|does|will|would|can|could)\b"
)


def with_deposit_once_verdict(question: str, found: Answer) -> Answer:
    """不是 / No first when the vendor supposes one deposit covers several categories."""
    if found.out_of_scope or not (found.topic or "").startswith(("deposit", "computed.deposit")):
        return found
    norm = normalize(question)
    if not (_SUPPOSES_ONE.search(norm) and _SEVERAL.search(norm) and _ASKS_YES_NO.search(norm)):
        return found
    if found.text.startswith(t("answers_deposit_not_once", found.lang)) or opens_per_product(found):
        return found
    key = "answers_deposit_not_once"
    if _PER_MARKET_FIRST.search(norm):
        # "Is the deposit per market, or does one deposit cover all …?" (holdout87 #64: "No"
        # to its first half): per market, said as the answer.
        key = "answers_deposit_per_market_first"
    found.text = t(key, found.lang) + found.text
    return found


# The deposit supposed to go by products: "保证金是按商品数交吗", "is the deposit per product?".
_PER_PRODUCT = lazy_compile(
    r"(按|根据|以)(商品|产品|上架的?商品)(的)?(数|数量|个数|件数)?(来)?(交|缴|算|计|收)"
    r"|(每个|每件|每一个|一个)(商品|产品)[^，,。？?]{0,6}(都)?(要|需要|得)?(交|缴)[^，,。？?]{0,4}保证金"
    r"|\b(per|for each|for every|by the number of|per each) (product|listing|item)s?\b"
    # "保证金是交一次还是每个商品都要交": each product paying, the deposit named elsewhere.
    r"|(每个|每件|每一个|每款|每样)(商品|产品)[^，,。？?]{0,4}(都|各)?(要|需要|得|须|需)?(单独)?(交|缴|付)"
)
_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
# Several products counted ("上架3个产品", "五款商品", "3 products") and the deposit supposed
# multiplied by them ("交3份", "每个都交", "three deposits", "pay it for each").
_PRODUCTS_COUNTED = lazy_compile(
    r"([\d一两二三四五六七八九十几多]+)\s*(个|款|件|种)\s*(不同的?)?\s*(商品|产品|应用|软件)"
    r"|\b(\d+|two|three|four|five|several|multiple|many)\s+(different\s+|separate\s+|distinct\s+)?"
    r"(products|listings|items|apps)\b"
)
_DEPOSIT_MULTIPLIED = lazy_compile(
    r"[\d两二三四五六七八九十几多]+\s*(份|次|笔|个保证金)|每个|每款|每件|各(交|缴)|分别(交|缴)"
    r"|\b(\d+|two|three|four|five|several|multiple) (deposits|times)\b"
    r"|\b(for each|per product|each (one|product|listing))\b|\bseparate(ly)?\b"
)


def per_product_answer(
    question: str, lang: Lang, markets: list[str], amounts: Callable[[list[str]], Answer]
) -> Answer | None:
    """不是 / No first when the deposit is supposed to go by products: it goes by market
    (category); then the named markets' deposit (`amounts`), or each market's."""
    norm = normalize(question)
    products = _PRODUCTS_COUNTED.search(norm)
    # "two separate products": the products' word, not a deposit said multiplied.
    counted = products and _DEPOSIT_MULTIPLIED.search(_PRODUCTS_COUNTED.sub(" ", norm))
    if not _DEPOSIT.search(norm):
        return None
    if not (_PER_PRODUCT.search(norm) or counted):
        if not (products and _ASKS_AMOUNT.search(norm)):
            return None
        # "two different products in the API market and also the Service market, how much
        # deposit": the amount first, then that the products do not multiply it.
        found = amounts(markets)
        found.text = _after_first_sentence(found.text, t("answers_deposit_per_market_note", lang))
        return found
    found = amounts(markets)
    # "按商品交还是按市场交", "per product or per market?": the option the guide gives first
    # (fix32e), not 不是 / No to a choice.
    chosen = _EITHER_OR.search(norm) and _PER_MARKET.search(norm)
    key = "answers_deposit_per_market_chosen" if chosen else "answers_deposit_not_per_product"
    found.text = t(key, lang) + found.text
    return found


# The other option beside "per market": one deposit for the whole account or company.
_ONCE_FOR_ALL = lazy_compile(
    r"(只)?(交)?一次(性)?|一份|整个(账号|帐号|公司)|每个(账号|帐号|公司|企业)|按(账号|帐号|公司|企业)"
    r"|\b(one-?off|once|one[- ]time|single|lump[- ]sum)\b|\b(whole|entire) (account|company)\b"
    r"|\bper (account|company|vendor)\b"
)


def once_or_per_market_answer(
    question: str, lang: Lang, markets: list[str], amounts: Callable[[list[str]], Answer]
) -> Answer | None:
    """ "Is the deposit a one-off for the whole account, or per market?": per market (the
    option the guide gives), then the named markets' deposit (`amounts`), or each market's."""
    norm = normalize(question)
    if markets:
        # "Joining API and Service — once or per market, and the total?": the named markets'
        # total answers both (its own line says the deposits add up).
        return None
    if not (
        _DEPOSIT.search(norm)
        and _EITHER_OR.search(norm)
        and _PER_MARKET.search(norm)
        and _ONCE_FOR_ALL.search(norm)
    ):
        return None
    found = amounts(markets)
    found.text = t("answers_deposit_per_market_not_once", lang) + found.text
    return found


# The deposit's amount asked: "多少", "how much", "deposit?" said alone at the end.
_ASKS_AMOUNT = lazy_compile(
    r"多少|几万|一共|总共|合计|\bhow much\b|\b(what|which) (is the )?(deposit|amount|total)\b"
    r"|\b(total|amount)\b|\bdeposits?\s*[?？]\s*$"
)


# Where an answer's first sentence ends ("…in total — API 30,000 + Service 30,000. ").
_SENTENCE_END = lazy_compile(r"。|\.(\s|$)|\n")


def _after_first_sentence(text: str, note: str) -> str:
    """`text` with `note` put right after its first sentence."""
    found = _SENTENCE_END.search(text)
    if found is None:
        return text + note
    return text[: found.end()] + note + text[found.end() :]


# Two options side by side, one of them the market (category).
_EITHER_OR = lazy_compile(r"还是|或者|\bor\b")
_PER_MARKET = lazy_compile(
    r"(按|每个|每一个|以|根据|按照)(入驻的?)?(市场|类目|集市)|\b(per|each|by|for each|for every)"
    r" (market|category|marketplace category)\b"
    # "保证金是入驻几个市场就交几份吗？还是交一次就完事了" (holdout72 #55: 不是 to this option).
    r"|几个(市场|类目|集市)就(交|缴)几(份|次|笔|个)"
    # "If we join two markets is the deposit paid once or for each one?" (holdout77 #66).
    r"|\b(for|per) each one\b|\bfor both\b"
)


def opens_per_product(found: Answer) -> bool:
    """Whether `found` is the per-product 不是 (or the per-market choice) with the amount after
    it: one whole answer."""
    keys = (
        "answers_deposit_not_per_product",
        "answers_deposit_per_market_chosen",
        "answers_deposit_per_market_not_once",
    )
    return found.text.startswith(tuple(t(key, found.lang) for key in keys))


def per_product_head(found: Answer) -> str:
    """The per-product 不是 (or the per-market choice) `found` opens with, else ""."""
    keys = ("answers_deposit_not_per_product", "answers_deposit_per_market_chosen")
    return next((t(k, found.lang) for k in keys if found.text.startswith(t(k, found.lang))), "")


# A market set aside in a later "what if": "要是零售通先不进了，又是多少", "And if we drop 零售通
# from the plan?", "without Retail Link?".
_DROPPED_ZH = lazy_compile(
    r"(要是|如果|假如|若是?|万一)?(?P<span>[^，,。？?]{1,16}?)(先|暂时)?(不进了|不进|不入了|去掉|不要了|砍掉|拿掉|不做了)"
)
_DROPPED_EN = lazy_compile(
    r"\b(drop|dropping|without|remove|removing|exclude|excluding|skip|skipping|leave out|minus)\b"
    r"(?P<span>[^,.?;]{1,30})"
)
_ASKS_AGAIN = lazy_compile(r"多少|几万|\b(how much|total|what|then)\b|[?？]")


def dropped_markets(question: str, markets: list[str]) -> list[str]:
    """The markets a later "what if" leaves out of those named; [] when none is set aside."""
    from bot.answers.names import markets_in_question

    norm = normalize(question)
    for pattern in (_DROPPED_ZH, _DROPPED_EN):
        for match in pattern.finditer(norm):
            named = [m for m in markets_in_question(match.group("span")) if m in markets]
            if named and len(named) < len(markets) and _ASKS_AGAIN.search(norm[match.end() :]):
                return named
    return []


def with_dropped_total(question: str, found: Answer, markets: list[str]) -> Answer:
    """The deposit again without the market a "what if" drops, after the full one."""
    from rules.deposit import amount_in_capitals, deposit_for
    from rules.markets import market_label

    dropped = dropped_markets(question, markets)
    if not dropped or found.topic != "computed.deposit" or found.out_of_scope:
        return found
    kept = [m for m in markets if m not in dropped]
    amount = deposit_for(kept)
    line = t(
        "answers_deposit_without",
        found.lang,
        dropped=t("list_separator", found.lang).join(market_label(m, found.lang) for m in dropped),
        kept=t("list_separator", found.lang).join(market_label(m, found.lang) for m in kept),
        amount=f"{amount:,}",
        capitals=amount_in_capitals(amount),
    )
    body, _, source = found.text.rpartition("\n")
    found.text = f"{body}\n{line}\n{source}" if body else f"{line}\n{found.text}"
    return found
