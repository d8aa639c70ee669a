"""A condition's words quoted and their meaning asked: "API market lists '有接口开发能力' — what
does that actually mean for us?", "“企业名称认证”是什么意思".

The quoted words are the guide's, not something the vendor says it has, so no verdict: the reply
is the condition's whole sentence in the guide (which often explains itself: "有接口开发能力，可根据
云市场API接口进行开发接入") and, for an English reader, its plain rendering.
"""

from __future__ import annotations

import re
from typing import Any

from bot.answers.facts import join_names
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import Market, all_markets, get_market, market_label
from rules.profile import PROFILE_FIELDS

_ASKS_MEANING = lazy_compile(
    r"什么意思|啥意思|指什么|指的是什么|是指什么|具体指|怎么理解|什么概念|是啥[?？。]*(?:[，,]|$)"
    r"|\bwhat (does|do) (that|this|it|they)\b[^?]{0,20}\bmean\b|\bwhat is meant\b|\bmeans what\b"
    r"|\bwhat (does|do) ['\"“‘][^'\"”’]{2,40}['\"”’] (actually |really |exactly )?mean\b"
)
_QUOTED = lazy_compile(r"[“\"'‘「『]([^”\"'’」』]{2,60})[”\"'’」』]")
_SPACES = lazy_compile(r"\s+")
# The term asked about, alone before its meaning is asked: "营销策划是指什么", "那个联合解决方案是啥意思".
_TERM_BEFORE = lazy_compile(
    r"(?:请问|那个|这个|那|问一下|想问下?)?[“\"'‘]?(?P<term>[\u4e00-\u9fff0-9a-z]{2,12}?)[”\"'’]?"
    r"(?:能力|要求|这一条|这个词|这项)?\s*(?:是指什么|指的是什么|是什么意思|是啥意思|什么意思|啥意思|"
    r"具体指什么|具体指啥|怎么理解|(?P<what>是啥|是什么|是啥东西|是什么东西))[?？。]*$"
)
# The words before "mean" in English, unquoted: "what does integrate with the marketplace API
# mean" (black-box s53 D4).
_TERM_BEFORE_EN = lazy_compile(
    r"\bwhat (?:does|do) (?:the )?(?:condition |requirement |phrase |word )?"
    # ("what does 依托 mean here?", "what does joint solution / SaaS migration mean here" —
    # black-box s80 D10, s79 D12: declined; the guide's own Chinese words asked in English.)
    r"(?P<term>[\u4e00-\u9fff]{2,12}|[a-z0-9' ]{6,60}?)(?: / [a-z0-9' ]{3,40}?)?"
    r"(?: (?:actually|really|exactly))? mean\b"
)
# One or two words ("what does 7x24 mean") are a term other answers explain, not a condition's words.
_MIN_WORDS_UNQUOTED_EN = 2
# A term asked with a bare "是啥" / "是什么" is at least this long ("1688会员", "企业名称认证").
_MIN_WHAT_TERM = 4
# An alias this long or longer names its question ("1688", "中国站"; not "会员").
_MIN_ALIAS_CHARS = 3
# Quoted words found in more markets' conditions than this name no one condition.
_MAX_MARKETS_UNNAMED = 2
# One condition shared by more markets than this (the agreements: eleven) is asked of as a
# whole elsewhere ("Before you join"), not as one market's line.
_MAX_MARKETS_SHARING = 5


# The reply's text by (one market, the markets' descriptions quoted after it).
_MEANING_KEYS = {
    (True, False): "answers_condition_meaning",
    (False, False): "answers_condition_meaning_shared",
    (True, True): "answers_condition_meaning_in_description",
    (False, True): "answers_condition_meaning_shared_in_description",
}


# Spaces and the marks between words: "成熟稳定" is the guide's "成熟、稳定" (review 60 N7).
_BETWEEN_WORDS = lazy_compile(r"[\s、，,;；·]+")
# "mature and stable product": the label's "mature, stable product".
_AND_EN = lazy_compile(r"\band\b")
# An unquoted Chinese term is cut back to this many characters at the least to find its
# condition ("成熟稳定的软件" → "成熟稳定的": the guide says 应用软件 / 安全软件 / 软件和硬件服务).
_MIN_TERM_CUT = 4


def _plain(text: str) -> str:
    return _BETWEEN_WORDS.sub("", text).lower()


def _bare(text: str) -> str:
    """`text` without punctuation or spaces: two wordings compared as words only."""
    return re.sub(r"[\W_]+", "", text).lower()


def meaning_answer(question: str, lang: Lang) -> Answer | None:
    """The condition whose words are quoted, in the guide's full sentence; None unless a
    condition's words are quoted and their meaning asked."""
    term_en = _TERM_BEFORE_EN.search(normalize(question))
    if (
        term_en is not None
        and term_en.group("term").isascii()
        and len(term_en.group("term").split()) < _MIN_WORDS_UNQUOTED_EN
    ):
        term_en = None
    if not _ASKS_MEANING.search(normalize(question)) and term_en is None:
        return None
    quoted = [_plain(m.group(1)) for m in _QUOTED.finditer(question)]
    named = markets_in_question(question)
    term = None
    if not quoted:
        # "营销策划是指什么", "联合解决方案是啥意思" (black-box D14, D24): the words before the
        # meaning asked are the term, unquoted — a condition's words when a condition holds them
        # (联合解决方案 is 新零售 / 开发运维's, not the Solution market's name).
        term = _TERM_BEFORE.match(normalize(question).strip())
        if term is None:
            # "阿里巴巴中国站会员是啥，1688那个吗" (black-box s52 D18, s55 D8): the term's
            # meaning asked in the first clause, a guess of it after.
            head = re.split(r"[，,]", normalize(question).strip(), maxsplit=1)[0]
            term = _TERM_BEFORE.match(head) if head != normalize(question).strip() else None
        if term is not None and term.group("what") and len(term.group("term")) < _MIN_WHAT_TERM:
            term = None  # "天猫是啥": a platform's name, no condition's words
        if term is not None:
            quoted = [_plain(term.group("term"))]
            named = []
        elif term_en is not None:
            quoted = [_plain(term_en.group("term"))]
        else:
            return None
    markets = [get_market(m) for m in named] if named else list(all_markets())
    found = _holding(markets, quoted)
    if not found and term_en is not None and not term:
        # "what does mature and stable product mean": the label's "mature, stable product"
        # (only when the words as written hold no condition — review 62 R5).
        quoted = [_plain(_AND_EN.sub(" ", term_en.group("term")))]
        found = _holding(markets, quoted)
    if not found and term is not None:
        # "成熟稳定的产品是什么意思" (review 60 N7: the commission rules): the term cut back
        # until the summary of a condition asked per market holds it (no other condition:
        # "注册资本金" cut to 注册资本 is not the licence line it shares — review 62 R4).
        whole = quoted[0]
        for end in range(len(whole) - 1, _MIN_TERM_CUT - 1, -1):
            cut = [
                (m, c)
                for m, c in _holding(markets, [whole[:end]])
                if PROFILE_FIELDS[c.key].by_market
                and whole[:end] in _plain(c.summary_zh) + _plain(c.summary_en)
            ]
            if cut:
                found, quoted = cut, [whole[:end]]
                break
    if not found:
        # "1688会员是什么意思" (black-box s55 D8): a question's own name for the words (its
        # aliases in rules/data/profile.yaml: 1688 is the 阿里巴巴中国站) names its condition.
        keys = {
            key
            for key, spec in PROFILE_FIELDS.items()
            for alias in spec.aliases
            if len(alias) >= _MIN_ALIAS_CHARS and any(_plain(alias) in quote for quote in quoted)
        }
        found = [
            (market, condition)
            for market in markets
            for condition in market.conditions
            if condition.key in keys
        ]
    # An English summary is shared in part by several markets' conditions ("can integrate with
    # the Marketplace API" and "… in production"): the shortest summary holding the words is
    # the condition meant.
    # ("营销策划是指什么": the sentence holds the online service too; the condition whose own
    # summary holds the words is the one meant.)
    in_summary = [
        pair
        for pair in found
        if any(q in _plain(pair[1].summary_en) or q in _plain(pair[1].summary_zh) for q in quoted)
    ]
    each_own = len({c.key for _, c in in_summary}) == 1 and all(
        PROFILE_FIELDS[c.key].by_market for _, c in in_summary
    )
    if each_own:
        # ("成熟稳定是什么意思": 应用软件 / 安全软件 / 软件和硬件服务 are one condition, asked
        # per market — review 60 N7: every market's line, not the shortest one.)
        found = in_summary
        key = in_summary[0][1].key
        every = [(m, c) for m in markets for c in m.conditions if c.key == key]
        if (term is not None or term_en is not None) and _shares_every_line(quoted[0], every):
            # ("成熟稳定的软件" holds IoT's 软件和硬件 only: the words every market's line shares,
            # unquoted, name the condition, every market's; "硬件服务" and "安全软件" are one
            # market's own words — review 62 R6.)
            found = every
    elif in_summary:
        shortest = min(len(condition.summary_en) for _, condition in in_summary)
        found = [pair for pair in in_summary if len(pair[1].summary_en) == shortest]
    # ("“云市场”是什么意思": words in every market's conditions name no one condition — unless
    # they are one condition's words, the same in every market that lists it.)
    same_condition = len({condition.quote("en") for _, condition in found}) == 1
    one_key = len({condition.key for _, condition in found}) == 1
    by_market = all(PROFILE_FIELDS[c.key].by_market for _, c in found)
    if not found or (
        len({market.id for market, _ in found}) > _MAX_MARKETS_UNNAMED
        and not same_condition
        and not (one_key and by_market)
    ):
        return None
    names = list(dict.fromkeys(market_label(m, lang) for m, _ in found))
    if len(names) > _MAX_MARKETS_SHARING:
        return None
    market, condition = found[0]
    if not same_condition and len(names) > _MAX_MARKETS_UNNAMED and one_key and by_market:
        # One condition in each market's own words (成熟、稳定的应用软件 / 安全软件 / 软件和硬件
        # 服务): each market's sentence.
        lines = "".join(
            t(
                "answers_condition_described_line",
                lang,
                name=market_label(m, lang),
                text=c.quote(lang),
            )
            for m, c in found
        )
        body = t("answers_condition_meaning_each", lang, name=join_names(names, lang), lines=lines)
        source = source_line(sections()["conditions"], market_label(market, lang), lang)
        return Answer(
            with_source(body, source, lang), lang, True, "computed.conditions", source, []
        )
    described = _described_in_market(condition.key, [m for m, _ in found], lang)
    summary = condition.summary_en if lang == "en" else condition.summary_zh
    key = _MEANING_KEYS[(len(names) == 1, bool(described))]
    if key == "answers_condition_meaning" and _bare(summary) == _bare(condition.quote(lang)):
        # ("依托啥意思" — black-box s76 D19: "也就是" said the same sentence again.)
        key = "answers_condition_meaning_verbatim"
    body = t(
        key,
        lang,
        name=names[0] if len(names) == 1 else join_names(names, lang),
        quote=condition.quote(lang),
        summary=condition.summary_en if lang == "en" else condition.summary_zh,
    )
    if described:
        body += t("answers_condition_described", lang, described=described)
    source = source_line(sections()["conditions"], market_label(market, lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# Shared words this long at the least name a condition's every line ("成熟稳定", "maturestable").
_MIN_SHARED = {True: 8, False: 4}


def _shares_every_line(term: str, pairs: list[tuple[Market, Any]]) -> bool:
    """Whether `term` holds words that every one of the markets' lines opens with alike (成熟、
    稳定的… in 应用软件 / 安全软件 / 软件和硬件服务)."""
    if len(pairs) < 2:
        return False
    english = term.isascii()
    lines = [_plain(c.summary_en if english else c.summary_zh) for _, c in pairs]
    common = lines[0]
    for line in lines[1:]:
        size = 0
        while size < min(len(common), len(line)) and common[size] == line[size]:
            size += 1
        common = common[:size]
    need = _MIN_SHARED[english]
    return any(term[start : start + need] in common for start in range(0, len(term) - need + 1))


def _holding(markets: list[Market], quoted: list[str]) -> list[tuple[Market, Any]]:
    """(market, condition) for each condition whose words hold one of `quoted`."""
    return [
        (market, condition)
        for market in markets
        for condition in market.conditions
        if any(
            quote in text
            for quote in quoted
            for text in (
                _plain(condition.seed_text),
                _plain(condition.summary_zh),
                _plain(condition.summary_en),
                _plain(condition.quote("en")),
                # "镜像交付是啥意思" (black-box s70 D18: out of scope): the question's label
                # (能部署在 ECS 上以镜像交付) holds words the sentence splits.
                _plain(PROFILE_FIELDS[condition.key].label_zh),
                _plain(_AND_EN.sub(" ", PROFILE_FIELDS[condition.key].label_en)),
            )
        )
    ]


# A condition whose words the markets' own descriptions explain: the image the ECS condition
# delivers ("为用户提供镜像及相关服务，通过预装集成环境及软件，实现云服务器即开即…" — black-box s70
# D18). {condition key: (the word in the Chinese description, in the English one)}.
_EXPLAINED_IN_DESCRIPTION = {"ecs_image": ("镜像", "image")}
_DESCRIPTION_SENTENCE_ZH = lazy_compile(r"[^。；]+")
_DESCRIPTION_SENTENCE_EN = lazy_compile(r"[^.;]+")
# A description sentence longer than this is cut at its colon (the Security Market's runs to
# 400 characters and its line was cut from the reply — review 60 N7; Basic Software's keeps
# what the image is — review 62 R7).
_LONG_SENTENCE = 240


def _described_in_market(key: str, markets: list[Market], lang: Lang) -> str:
    """The description sentences, market by market, that hold the condition's word."""
    words = _EXPLAINED_IN_DESCRIPTION.get(key)
    if words is None:
        return ""
    lines = []
    for market in dict.fromkeys(markets):
        text = market.description_en if lang == "en" else market.description
        pattern = _DESCRIPTION_SENTENCE_EN if lang == "en" else _DESCRIPTION_SENTENCE_ZH
        word = words[1] if lang == "en" else words[0]
        sentence = next(
            (m.group(0).strip() for m in pattern.finditer(text) if word in m.group(0)), ""
        )
        if len(sentence) > _LONG_SENTENCE and ":" in sentence:
            parts = sentence.split(":")
            sentence = next((part for part in parts if word in part), parts[0]).strip()
        if sentence:
            lines.append(
                t(
                    "answers_condition_described_line",
                    lang,
                    name=market_label(market, lang),
                    text=sentence,
                )
            )
    return "".join(lines)
