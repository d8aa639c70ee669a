"""Which markets set a licence age of N years ("执照年限门槛是1年而不是2年的是哪几个市场？",
"which markets only need a 1-year-old licence?"): the markets whose licence (or founding) age
condition is N years, listed from the data — never read as a vendor's own 1 year checked against
every market (holdout85 #155: 零售通's "成立时间超过1年" put under "不满足")."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.answers.knowledge import source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

_LICENCE_KEY = "license_date"
# The threshold asked of the markets: "门槛是1年的是哪几个市场", "要求满1年的有哪些市场",
# "which markets have a 1-year licence requirement".
_THRESHOLD_ASKED = lazy_compile(
    r"(门槛|要求|年限)(是|为|只要|只需要?)?(满)?(?P<zh>[1-9一二两三])\s*年[^？?]{0,16}(哪几个|哪些|哪个)(市场|集市|类目)?"
    r"|\b(which|what) (markets?|categories)\b[^?]{0,40}\b(?P<en>[1-9]|one|two|three)[- ]years?\b"
    r"[^?]{0,20}\b(licen[cs]e|requirement|threshold|old)"
)
_LICENCE_WORDS = lazy_compile(r"执照|成立|licen[cs]e|founded|company age|years? old")
_EXPERIENCE_WORDS = lazy_compile(r"经验|\bexperience")
_OWN_AGE_OR_JOIN = lazy_compile(
    r"(我们|我司|公司|我的)[^，,。？?]{0,10}(刚|才|已经|只有|满|成立)"
    r"|能进|可以进|能入驻|可以入驻|能不能|可以吗|行吗"
    r"|\b(can|could) (we|i|a|an|our)\b|\b(we|our company) (are|is|have been)\b|\bjoin\b"
)
_OTHER_CONDITION = lazy_compile(
    r"资金|资本|团队|人数|员工|社保|售后|客服|\b(capital|team|staff|employees|headcount|support)\b"
)
_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "one": 1, "two": 2, "three": 3}


def licence_threshold_answer(question: str, lang: str) -> Answer | None:
    """The markets whose licence-age condition is the number of years asked; None otherwise."""
    norm = normalize(question)
    asked = _THRESHOLD_ASKED.search(norm)
    if (
        asked is None
        # (Experience years are another condition: "经验要求是2年的是哪几个市场" — review 57 R3.)
        or not _LICENCE_WORDS.search(norm)
        or _EXPERIENCE_WORDS.search(norm)
        # (Another condition beside it — "licence 2 years + capital 1M" (h131, holdout57 #156):
        # the markets with both, which the conditions' list answers.)
        or _OTHER_CONDITION.search(norm)
        # (The vendor's own licence age, or a market to join, is a verdict asked: "我们营业执照
        # 刚满1年，…零售通可以吗" — review 57 R4.)
        or _OWN_AGE_OR_JOIN.search(norm)
        # (Only the one question: "…注册资金也要100万吗" asks more.)
        or re.search(r"[?？]", norm[asked.end() :].rstrip(" ?？。.!！"))
        or len(re.findall(r"[?？]", norm)) > 1
    ):
        return None
    said = asked.group("zh") or asked.group("en")
    years = Decimal(_NUMBERS.get(said, said))
    matching: list[str] = []
    other: list[str] = []
    unset: list[str] = []
    for market_id in MARKET_IDS:
        condition = next(
            (c for c in get_market(market_id).conditions if c.key == _LICENCE_KEY), None
        )
        name = market_label(get_market(market_id), lang)
        if condition is None:
            unset.append(name)
            continue
        summary = condition.summary_en if lang == "en" else condition.summary_zh
        line = t("answers_licence_threshold_item", lang, name=name, rule=summary)
        (matching if condition.decimal_threshold == years else other).append(line)
    if not matching:
        return None
    sep = t("list_separator", lang)
    body = t(
        "answers_licence_threshold",
        lang,
        years=years,
        markets=sep.join(matching),
        others=sep.join(other),
        unset=sep.join(unset),
    )
    from bot.answers.computed import _section

    source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.threshold", source, [])
