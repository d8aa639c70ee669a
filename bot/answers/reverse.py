"""Questions about a condition or a kind of product with no market named, answered from the
markets' own data (`rules.markets`): "团队人数要求多少" (every market's rule on team size, grouped),
"哪个集市要求7x24小时售后" (the markets whose condition says so), "想把软件做成镜像卖，该入哪个市场"
(the markets whose guide description or conditions talk about it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from bot.answers import every_alike
from bot.answers.facts import join_names
from bot.answers.knowledge import guide_words_for, in_guide_words, sections, source_line
from bot.answers.matcher import data_tokens, tokens
from bot.answers.model import MAX_ANSWER_CHARS, Answer, with_source
from bot.answers.text import excluded_markets, market_name_spellings, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import pair, t
from rules.markets import Condition, Market, all_markets, find_markets_in_text, get_market
from rules.markets import market_label as _name

# The same keys as computed's (imported from there would be a cycle).
EXPERIENCE_KEY = "experience_years"
INDUSTRY_KEY = "industry"

# "哪个市场", "入哪个", "适合哪", "which market", "where should we list": the vendor wants a market
# named, not a market's rules.
_ASKS_WHICH = lazy_compile(
    r"(哪个|哪些|哪一个|哪几个|哪类|什么|啥)\s*(市场|集市|类目|板块)"
    # "去哪找人" asks whom to go to for help, never a market.
    # ("去哪里申请入驻" asks where to apply, the step's page.)
    r"|(入|进|选|去(?!\s*哪里?儿?\s*(找|问|联系|咨询|求助|反馈|投诉|申请|提交|办理|操作))|放|归|属于|适合|对应|报)\s*哪"
    r"|(入驻|加入|申请|上架到?|放到|归到)\s*哪(个|一个|些|里)"
    r"|\b(which|what)\s+(other\s+|else\s+)?(market|markets|category|categories"
    r"|marketplace category|marketplace)\b"
    r"|\bwhere should (i|we)\b"
    # "Where should an open-source ops tool go?": the market a product belongs in.
    r"|\bwhere (should|would|does|do|can|could|will) (a|an|the|this|our|my)\b[^?]{0,80}"
    r"\b(go|belong|fit|be listed|be placed|sit)\b"
    # "only one market wants 7x24 — which is it?", "只有一个市场要求7x24，是哪个": the market asked.
    r"|\b(only|just|single) (one )?(market|category)\b[^?]{0,40}\bwhich\b"
    r"|\bwhich( one)? is the (only|one|single) (market|category)\b"
    r"|只有一个(市场|集市|类目)[^？?]{0,20}(是|在)?哪(个|一个)"
    # "没有执照年限要求的市场有哪些": the markets asked after the rule.
    r"|的\s*(市场|集市|类目)\s*(有|是)\s*哪(些|几个|个)"
    # "既不要求营业执照年限、也不要求注册资金的有哪些": a rule, then which ones.
    r"|(要求|限制|门槛|规定|资金|资本|年限|执照)[^，,。？?]{0,6}的\s*(有|是)\s*哪(些|几个)"
    # "Is there any market that does NOT require the 20-person team?", "有没有哪个市场不要求…":
    # whether one exists, answered by naming it.
    r"|\b(is there|are there) (any|a|an) (market|markets|category|categories)\b"
    # "12个集市里，哪个把"营销策划能力"写进了入驻条件": the markets that list a rule.
    r"|哪(个|些|几个)[^，,。？?]{0,4}(把|将)[^，,。？?]{0,24}(写进|写入|列为|列入|放进)[^，,。？?]{0,4}(入驻)?(条件|要求)"
)
# Below this the best market shares only a word or two with the question: not a match.
_MIN_MATCH_SCORE = 3.0
_CLOSE_MATCH_RATIO = 0.6
_MAX_MATCHES = 3
# A yes / no of whether a rule is set at all ("Is there a minimum team size…?", "有没有…要求").
# "What requirements are there…", "How many staff do we need…": a what/how question asks for
# the rule itself, never a yes/no — no Yes / 需要 opener is put before the markets' rules.
# ("When we apply, must we…" opens with a clause of time, no what/how.)
_WH_OPENING = lazy_compile(r"^\s*(what|how|which|where|who)\b|什么|怎么|怎样|多少|哪些|几个|几年")
_ASKS_IS_THERE = lazy_compile(
    r"有没有|是否有|有[^，,。？?]{0,20}吗|\b(is|are) there\b"
    r"|^\s*(do|does)\b[^?]{0,40}\b(require|need|set|have)\b"
)
# "要不要交社保缴费记录", "must we hand in …", "is … needed": whether the condition is needed.
_ASKS_NEEDED = lazy_compile(
    r"要不要|需不需要|用不用|是否(需要|要|必须)"
    # (the 么 of 什么 / 怎么 asks what or how, no yes/no: "注册资金需要什么要求？")
    r"|(需要|必须|得)(?:(?!什么|怎么|怎样|多少|哪)[^，,。？?]){0,30}(?<![什怎])(吗|么|嘛)"
    r"|\b(do|does|must|should) (we|i|you|vendors?|applicants?|companies)\b[^?]{0,60}"
    r"\b(need|provide|submit|hand in|show|have)\b"
    r"|\b(is|are)\b[^?]{0,60}\b(needed|required|necessary|mandatory)\b"
)
_SENTENCE_END = lazy_compile(r"[。；;]|，(?=包括|包含|为|实现|通过|经过)")


def asks_which_market(question: str) -> bool:
    return bool(_ASKS_WHICH.search(normalize(question)))


# "新零售要求X，还有哪个市场也有这一条", "which other markets ask for it too": one market's rule
# asked of the others.
_ASKS_OTHERS = lazy_compile(
    r"还有(哪|什么|啥|别的|其他|其它)|(其他|其它|别的)(哪些|哪个|什么)?\s*(市场|集市|类目)(也|还)"
    r"|\b(which|what|any) (other|else)\b|\bother (markets|categories)\b.{0,30}\b(too|also|as well)"
)


def asks_other_markets(question: str) -> bool:
    return bool(_ASKS_OTHERS.search(normalize(question)))


# The industry an experience condition names: "安全行业服务经验", "security industry experience",
# "大数据行业", "big data experience", "建站业务", "website building experience".
_INDUSTRY_IN_SUMMARY = (
    re.compile(r"的(\w{2,3}?)(?:行业|业务)服务经验"),
    re.compile(r"of ((?:big data|security|website building))(?: industry)? experience"),
)


# "该行业" / "this line of business": a market's own line, no industry named.
_GENERIC_LINE = ("该", "this line of")


def _industry_named(groups: list[_Group], norm: str, lang: Lang) -> str | None:
    """The line of the one experience rule whose industry the question names, else None."""
    found = []
    for group in groups:
        for condition in group.conditions:
            if condition.key != EXPERIENCE_KEY:
                continue
            for pattern, summary in zip(
                _INDUSTRY_IN_SUMMARY, (condition.summary_zh, condition.summary_en), strict=True
            ):
                match = pattern.search(summary)
                if match and match.group(1) not in _GENERIC_LINE and match.group(1) in norm:
                    found.append((group, condition))
                    break
    if len({id(group) for group, _ in found}) != 1:
        return None
    group, condition = found[0]
    return t(
        "answers_experience_industry_head",
        lang,
        markets=_names(group.markets, lang),
        summary=_summary(condition, lang),
    )


def _summary(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


def _signature(condition: Condition, lang: Lang) -> tuple[str, ...]:
    # The rule and what it is said to ask: markets share a line only when the summary shown is
    # the same (一年以上的服务经验 is not 一年以上的大数据行业的服务经验, SPEC decision 5); the
    # guide's differing sentences behind one summary are each quoted with their markets.
    # 注册资金 and 注册资本 share a summary: the same rule worded apart.
    summary = _summary(condition, lang).replace("注册资本", "注册资金")
    return (condition.key, condition.check, str(condition.threshold), summary)


def _conditions_source(lang: Lang) -> str:
    return source_line(sections()["conditions"], None, lang)


_SUPPORT_KEYS = ("aftersales_support", "online_cs")


@dataclass
class _Group:
    conditions: list[Condition]  # one market's conditions of this rule (the first market's)
    markets: list[Market]
    seeds: dict[str, list[Market]]  # each distinct guide wording and the markets using it


def _group_markets(
    keys: tuple[str, ...], kind: str | None, lang: Lang
) -> tuple[list[_Group], list[Market], list[tuple[Market, list[Condition]]]]:
    """Markets with the same rule on `keys` grouped; the markets with none; and, when `kind`
    narrows support to one kind, the markets asking for the other kind instead."""
    groups: dict[tuple[tuple[str, ...], ...], _Group] = {}
    without: list[Market] = []
    other_kind: list[tuple[Market, list[Condition]]] = []
    for market in all_markets():
        chosen = [c for c in market.conditions if c.key in keys and (kind is None or c.key == kind)]
        chosen = list({_signature(c, lang): c for c in chosen}.values())
        if not chosen:
            others = [
                c
                for c in market.conditions
                if kind in _SUPPORT_KEYS and c.key in _SUPPORT_KEYS and c.key != kind
            ]
            if others:
                other_kind.append((market, others))
            else:
                without.append(market)
            continue
        signature = tuple(_signature(c, lang) for c in chosen)
        group = groups.setdefault(signature, _Group(chosen, [], {}))
        group.markets.append(market)
        seed = " ".join(dict.fromkeys(c.quote(lang) for c in chosen))
        group.seeds.setdefault(seed, []).append(market)
    return list(groups.values()), without, other_kind


def _names(markets: list[Market], lang: Lang) -> str:
    return t("list_separator", lang).join(_name(m, lang) for m in markets)


# "or a lower one", "或者要求更低的": markets with a lower figure asked beside those with none.
_OR_LOWER = lazy_compile(
    r"\bor (a )?(lower|smaller|less strict|lighter)( one| requirement| bar| threshold)?\b"
    r"|(或者|或|还是)(要求)?(更低|低一些|低一点|比较低|更少|少一些)"
)


def _lower_groups(ordered: list[_Group]) -> list[_Group]:
    """The groups whose figure is below the highest one among the markets that set it."""
    figures = [
        (group, max(c.decimal_threshold for c in group.conditions))
        for group in ordered
        if group.conditions and all(c.decimal_threshold is not None for c in group.conditions)
    ]
    if len(figures) < 2:
        return []
    top = max(value for _, value in figures)
    return [group for group, value in figures if value < top]


def _quote(group: _Group, lang: Lang) -> str:
    """The guide's words for the group: one quote when every market uses the same sentence,
    else each sentence with the markets it is theirs."""
    if len(group.seeds) == 1:
        seed = next(iter(group.seeds))
        return t("answers.guide_quote", lang, quote=seed)
    parts = [
        t("answers.markets_quote", lang, names=_names(markets, lang), quote=seed)
        for seed, markets in group.seeds.items()
    ]
    separator = t("answers.rule_separator", lang)
    return t("answers.guide_quotes", lang, quotes=separator.join(parts))


def _other_kind_lines(
    other_kind: list[tuple[Market, list[Condition]]], kind: str, lang: Lang
) -> list[str]:
    """ "要求售后技术服务（不是客服在线服务）：…": the markets whose support condition is of the
    other kind, so a vendor asking about one kind never reads them as asking nothing."""
    if not other_kind:
        return []
    other = next(key for key in _SUPPORT_KEYS if key != kind)
    by_rule: dict[str, list[Market]] = {}
    for market, conditions in other_kind:
        for condition in conditions:
            by_rule.setdefault(_summary(condition, lang), []).append(market)
    rules = t("answers.rule_separator", lang).join(
        t("label_value", lang, label=rule, value=_names(markets, lang))
        for rule, markets in by_rule.items()
    )
    other_label, asked_label = pair(f"condition_kind.{other}"), pair(f"condition_kind.{kind}")
    return [
        t("answers.other_support_kind", lang, other=other_label, asked=asked_label, rules=rules)
    ]


# "…的有哪些", "…是哪几个": which ones asked after what they are without.
_ASKS_WHICH_ONES = lazy_compile(r"的(有|是)哪(些|几个|几家)")
# "没有执照年限要求的市场", "which markets have no / don't require …": the markets without it.
_ASKS_WITHOUT = lazy_compile(
    r"(没有|没|无|不|不用|不需要)[^，,。;；?？]{0,12}(要求|限制|门槛|规定)|不要求|无要求|免"
    r"|不需要|不用|无需|无须|不必"
    # "哪些集市既不看执照年限也不看注册资金": not looked at, not held to.
    r"|(既|都|也)?不(看|管|卡|限|查|考核)(?!.{0,4}(吗|么))"
    r"|\brequires? neither\b|\bneither\b.{0,40}\bnor\b"
    r"|\b(no|without|don't|dont|do not|doesn't|doesnt|does not|not|neither)\b[^,.;?]{0,60}\b(requirements?|require"
    r"|required|conditions?|rules?|minimum|need|needs|ask for|asks for|thresholds?|bars?|limits?|floors?)\b"
)


# "(not after-sales)", "rather than after-sales", "而不是售后": an aside naming what is NOT
# meant, no question about markets without the condition.
_NOT_MEANT_ASIDE = lazy_compile(
    r"\(\s*(not|rather than)\b[^)]*\)|\b(rather than|instead of|as opposed to)\b[^,.;?]*"
    r"|[(（]\s*(不是|而不是|非)[^)）]*[)）]|而不是[^，,。;；?？]*"
    # "（不用满两年那种）": the kind set aside, in a parenthesis.
    r"|[(（]\s*(不用|不需要|不要|不必)[^)）]*(那种|的)[)）]"
)
# An aside setting a figure aside ("instead of two", "instead of the usual 20-person team",
# "（不是两年的那种）"); one naming a kind of support ("rather than after-sales") stays.
_FIGURE_SET_ASIDE = lazy_compile(
    r"\b(?:rather than|instead of|as opposed to)\s+(?:the\s+)?(?:usual\s+)?"
    r"(?:\d+(?:\s*[x*×]\s*\d+)?|one|two|three|four|five|ten|twenty)\b[^,.;?]*"
    r"|[(（]\s*(?:不是|而不是|非|不用|不需要|不要|不必)[^)）]*[\d一二两三四五六七八九十][^)）]*[)）]"
    r"|而不是[^，,。;；?？]*[\d一二两三四五六七八九十][^，,。;；?？]*"
    # "只要求一年、不用两年的": the other figure set aside after a list mark.
    r"|(?<=[、，,])\s*(?:不用|不需要|不要|不必|不是|非)[^，,。;；?？]{0,6}[\d一二两三四五六七八九十][^，,。;；?？]{0,6}",
    re.IGNORECASE,
)
_SENTENCE = lazy_compile(r"[^.?!。？！;；]+")
# "客服在线服务而不是售后技术服务", "online CS rather than after-sales": one kind of support asked,
# the other set aside by name.
_SETS_KIND_ASIDE = lazy_compile(
    r"(而不是|而非|并非|不是|而不要求)\s*[“”\"'‘’「」]?\s*(售后|客服|在线)"
    r"|\b(rather than|instead of|as opposed to|not)\s+[\"'“‘]?(the\s+)?"
    r"(after-?sales?|aftersales|online|customer[- ]service)"
)


def without_set_aside(question: str) -> str:
    """A "which markets" question without the figure it sets aside ("Which markets have only a
    one-year licence requirement instead of two?", "…一年以上的行业服务经验（不是两年的那种）"):
    the aside's figure is no rule asked and no figure of the vendor's."""
    if not asks_which_market(normalize(question)):
        return question
    return _FIGURE_SET_ASIDE.sub(" ", question).strip()


# Markets offered as the possible answers of a "which markets" question: "- only 安全市场, or
# some others as well?", "是解决方案还是物联网，还是两个都要？", "只有安全市场还是还有别的？".
_MARKETS_OFFERED = lazy_compile(
    r"\s*[-—–,;:]?\s*\bonly\s+[^,?.;]{1,30}?,?\s+or\s+(are there\s+)?(some|any)\s+others?"
    r"(\s+(as well|too|also))?(?=\s*[?.]|\s*$)"
    r"|[，,]?\s*(是|就)?[^，,。？?]{1,10}还是[^，,。？?]{1,10}[，,]?\s*(还是)?(两个|两者|二者|都)[^，,。？?]{0,4}"
    r"(?=\s*[？?。]|\s*$)"
    r"|[，,]?\s*(是不是)?只有[^，,。？?]{1,10}[，,]?\s*还是(还有)?(别的|其他|其它)[^？?。]{0,6}(?=\s*[？?。]|\s*$)"
)


def without_markets_offered(question: str) -> str:
    """A "which markets" question without the markets it offers as possible answers: the
    answer lists the markets that set the rule (none of the offered is asked alone)."""
    if not asks_which_market(normalize(question)):
        return question
    offered = _MARKETS_OFFERED.search(question)
    if offered is None or not find_markets_in_text(offered.group(0)):
        return question
    return (question[: offered.start()] + question[offered.end() :]).strip()


def asks_markets_without(question: str) -> bool:
    """ "没有执照年限要求的市场有哪些", "which markets don't require …": asked in the sentence
    that asks which markets, so a situation told before it ("we have no online service at all.
    Which markets list 5x8 online service?") asks no markets without it."""
    norm = normalize(question)
    asking = [
        s.group(0)
        for s in _SENTENCE.finditer(norm)
        # "哪个市场门槛最低？既不要求执照年限、也不要求注册资金的有哪些": the second asks too.
        if asks_which_market(s.group(0)) or _ASKS_WHICH_ONES.search(s.group(0))
    ]
    for sentence in asking or [norm]:
        if _ASKS_WITHOUT.search(_NOT_MEANT_ASIDE.sub(" ", sentence)):
            return True
    return False


def _without_named(question: str, keys: tuple[str, ...]) -> list[Market] | None:
    """The markets without the condition the question names in particular ("don't require
    social insurance proof": 零售通, though it sets a team size); None when it names none."""
    from bot.answers.verdicts import named_condition_keys
    from rules.markets import all_markets

    named = named_condition_keys(question, keys)
    if not named:
        return None
    return [m for m in all_markets() if not any(c.key in named for c in m.conditions)]


def _with_other_figure(question: str, keys: tuple[str, ...], free: list[Market]) -> list[Market]:
    """Markets whose rule on `keys` is not the figure the question quotes ("不要求20人的团队":
    零售通 asks for 4 employees), beside those with no such rule."""
    from bot.answers.text import _digits
    from bot.answers.verdicts import _quoted_figure_differs

    converted = _digits(normalize(question))
    found = []
    for market in all_markets():
        if market in free:
            continue
        figured = [
            differs
            for c in market.conditions
            if c.key in keys and (differs := _quoted_figure_differs(converted, c)) is not None
        ]
        if figured and all(figured):
            found.append(market)
    return found


_NEGATED_FIGURE = lazy_compile(
    r"(不要求?|不需要|不用|而不是|不是|无需|并非|\b(?:not|rather than|instead of|no)\s+)"
    r"\s*\d+(?:\.\d+)?\s*(个人|人|名|位|年|万|people|staff|years?)?"
)


def _groups_with_quoted_figure(groups: list[_Group], question: str) -> list[_Group]:
    """The groups whose rule is exactly the figure the question quotes ("at least 2 years"),
    when some but not all groups have it; otherwise none (the whole overview answers)."""
    from bot.answers.text import _digits
    from bot.answers.verdicts import _quoted_figure_differs

    # "只要求4人，不要20人团队": the figure set aside is not the one asked for.
    converted = _NEGATED_FIGURE.sub(" ", _digits(normalize(question)))
    found = []
    for group in groups:
        figured = [_quoted_figure_differs(converted, c) for c in group.conditions]
        if False in figured and True not in figured:
            found.append(group)
    return found if 0 < len(found) < len(groups) else []


# Characters kept free for an opening a caller adds ("With the social insurance statement: …").
_ROOM_FOR_HEAD = 400
# Up to this many markets with the rule asked are named in the reply's first line.
_NAMED_IN_HEAD = 3
_ASKS_EXPERIENCE = lazy_compile(r"经验|\bexperience\b")


_ASKS_LOWEST = lazy_compile(
    r"(门槛|要求|条件)?(最低|最少|最小|最宽松|最容易|最好进)|\b(lowest|smallest|least|easiest|loosest)\b"
)
# ("杭州今年最低是多少" asks the lowest of something else: a requirement must be named.)
_REQUIREMENT_WORD = lazy_compile(
    r"门槛|要求|条件|需要|\b(requires?|required|requirements?|needs?|thresholds?|bar|minimum)\b"
)
_NUMBERED_CHECKS = ("min", "more_than", "years_min", "years_more_than")


def _lowest_line(groups: list[_Group], norm: str, lang: Lang) -> str | None:
    """The market(s) whose figure is the lowest, when the question asks for the lowest and the
    rule is one number; None otherwise."""
    if not (_ASKS_LOWEST.search(norm) and _REQUIREMENT_WORD.search(norm)) or len(groups) < 2:
        return None
    numbered = [[c for c in group.conditions if c.check in _NUMBERED_CHECKS] for group in groups]
    if any(len(conditions) != 1 for conditions in numbered):
        return None
    figures = [int(str(conditions[0].threshold)) for conditions in numbered]
    lowest = min(figures)
    if figures.count(lowest) != 1:
        # "满1年" and "超过1年" tie on the figure: no single lowest to name.
        return None
    at = figures.index(lowest)
    return t(
        "answers_lowest_condition",
        lang,
        markets=_names(groups[at].markets, lang),
        rule=_summary(numbered[at][0], lang),
    )


def conditions_across_markets(
    keys: tuple[str, ...],
    lang: Lang,
    level: str | None = None,
    kind: str | None = None,
    which: bool = False,
    question: str = "",
) -> Answer | None:
    """Every market's rule on `keys`, markets with the same rule in the same words on one line.
    With `level` (a support level such as "7x24") the markets whose condition asks exactly that
    come first: they answer "which market requires 7x24"; `kind` narrows support to 售后 or
    客服在线服务, and the markets asking for the other kind are said to."""
    if INDUSTRY_KEY in keys and _ASKS_EXPERIENCE.search(normalize(question)):
        # "行业经验" / "industry experience" asks the experience condition, not the industry
        # range of 解决方案 (as in computed's per-market answer).
        keys = tuple(key for key in keys if key != INDUSTRY_KEY) + (EXPERIENCE_KEY,)
    ordered, without, other_kind = _group_markets(keys, kind, lang)
    norm = normalize(question)
    source = _conditions_source(lang)
    if level and kind in _SUPPORT_KEYS:
        asked = [g for g in ordered if any(str(c.threshold) == level for c in g.conditions)]
        other_level = [(m, [c for c in cs if str(c.threshold) == level]) for m, cs in other_kind]
        other_level = [(m, cs) for m, cs in other_level if cs]
        if not asked and other_level:
            # "哪个市场要求7x24客服": none asks it of online service; say who asks it of the other.
            asked = pair(f"condition_kind.{kind}")
            head = t("answers.no_market_requires_level", lang, level=level, kind=asked)
            body = "\n".join([head, *_other_kind_lines(other_level, kind, lang)])
            return Answer(
                with_source(body, source, lang), lang, True, "computed.which_markets", source, []
            )
    if not ordered:
        return None
    matching: list[_Group] = []
    if level:
        matching = [g for g in ordered if any(str(c.threshold) == level for c in g.conditions)]
        if not matching:
            return None
        ordered = [g for g in ordered if g not in matching]

    figured = _groups_with_quoted_figure(ordered, question) if which else []

    def line(group: _Group, quote: bool) -> str:
        rule = t("answers.rule_separator", lang).join(_summary(c, lang) for c in group.conditions)
        names = _names(group.markets, lang)
        bullet = t("answers.bullet_label_value", lang, label=rule, value=names)
        return bullet + (_quote(group, lang) if quote else "")

    def render(quote: bool) -> str:
        lines: list[str] = []
        if which and asks_markets_without(question):
            # "Which markets have no licence-age requirement at all?": those are the answer.
            named = _without_named(question, keys)
            free = without if named is None else named
            free = free + _with_other_figure(question, keys, free)
            excluded = excluded_markets(question)
            if excluded and not [m for m in free if m.id not in excluded]:
                # "除了零售通，还有哪个市场不要求20人": none besides the one set aside.
                shown = join_names([_name(get_market(m), lang) for m in excluded], lang)
                lines.append(t("answers_which_none_besides_rule", lang, excluded=shown))
                lines.append(t("answers.each_market_requires", lang))
                lines.extend(line(g, False) for g in ordered)
                lines.append(t("answers.ask_market_conditions", lang))
                return "\n".join(lines)
            free = [m for m in free if m.id not in excluded]
            if free:
                lines.append(t("answers_markets_without", lang, markets=_names(free, lang)))
                # "哪个市场不需要20人的团队？": 零售通, whose own rule of the kind (4 人) is said too.
                for group in ordered:
                    own = [m for m in group.markets if m in free]
                    if own and len(own) == len(group.markets):
                        rule = t("answers.rule_separator", lang).join(
                            _summary(c, lang) for c in group.conditions
                        )
                        lines.append(
                            t(
                                "answers_markets_without_own_rule",
                                lang,
                                names=_names(own, lang),
                                rule=rule,
                            )
                        )
            else:
                lines.append(t("answers_markets_without_none", lang))
            lower = _lower_groups(ordered) if _OR_LOWER.search(normalize(question)) else []
            if free and lower:
                # "which markets have no capital requirement or a lower one?" (black-box s63
                # D12: 基础软件's 10万 left out): the markets whose figure is lower, too.
                lines.append(t("answers_markets_lower", lang))
                lines.extend(line(g, False) for g in lower)
            if free:
                # The markets asked for are the answer: naming the others (with their rules)
                # reads as if they were among them.
                lines.append(t("answers_which_others_unnamed_require", lang))
                # The example market of ask_market_conditions would name one of the others.
                lines.append(t("answers.ask_one_market_conditions", lang))
                return "\n".join(lines)
            lines.append(t("answers.each_market_requires", lang))
            lines.extend(line(g, False) for g in ordered)
            lines.append(t("answers.ask_market_conditions", lang))
            return "\n".join(lines)
        if which and figured:
            # "Which markets require a licence held for at least 2 years?": the markets whose
            # rule is that figure are the answer; the others (1 year, none) go unnamed.
            lines.append(t("answers.markets_with_condition", lang))
            lines.extend(line(g, quote) for g in figured)
            lines.append(t("answers_which_others_unnamed_differ", lang))
            lines.append(t("answers.ask_one_market_conditions", lang))
            return "\n".join(lines)
        if matching:
            # "Which markets require 7x24?": those markets are the whole answer; naming the
            # others (with their 5x8) reads as if they required it too.
            # The markets named in the first line ("Markets that require 7x24: Security Market.").
            requiring = [m for g in matching for m in g.markets]
            named = _names(requiring, lang)
            # One market alone: "只有安全市场要求 7x24" says that no other does.
            key = (
                "answers_only_market_requiring_level"
                if len(requiring) == 1
                else "answers.markets_requiring_level"
            )
            lines.append(t(key, lang, level=level, markets=named))
            lines.extend(line(g, True) for g in matching)
            lines.append(t("answers.ask_one_market_conditions", lang))
            return "\n".join(lines)
        if which and len(with_rule := [m for g in ordered for m in g.markets]) <= _NAMED_IN_HEAD:
            # "只有哪个市场要求ACP工程师": the few markets named in the first line.
            key = (
                # "只有服务市场": one market alone sets it — said so ("是不是普遍要求").
                "answers.markets_with_condition_only"
                if len(with_rule) == 1
                else "answers.markets_with_condition_named"
            )
            lines.append(t(key, lang, markets=_names(with_rule, lang)))
        elif which:
            lowest = _lowest_line(ordered, norm, lang)
            if lowest is not None:
                lines.append(lowest)
            lines.append(t("answers.markets_with_condition", lang))
        else:
            not_every = every_alike.not_every_head(
                question,
                [([m.id for m in g.markets], [c.key for c in g.conditions]) for g in ordered],
                [m.id for m in without],
                lang,
            )
            own_line = _industry_named(ordered, norm, lang)
            lowest = _lowest_line(ordered, norm, lang)
            if own_line is not None:
                # "how many yrs of security-industry exp": the one market whose experience is
                # in that industry, first.
                lines.append(own_line)
            elif lowest is not None:
                # "哪个门槛最低": the market with the lowest figure named first (holdout37 #153).
                lines.append(lowest)
            elif ordered and _WH_OPENING.search(norm.split("?")[0].split("？")[0]):
                pass  # the rule asked ("what … is required"): no yes/no opener
            elif ordered and not_every is not None:
                # "Do all markets need social-insurance records?": no, not 零售通 (every_alike.py).
                lines.append(not_every)
            elif ordered and _ASKS_IS_THERE.search(norm):
                # "Is there a minimum team size for most markets?": yes first, the rules after.
                lines.append(t("answers_overview_yes", lang))
            elif ordered and _ASKS_NEEDED.search(norm):
                # "申请时要不要交员工社保缴费记录": needed (by the markets that set it) first.
                lines.append(t("answers_overview_needed", lang))
            lines.append(t("answers.each_market_requires", lang))
        lines.extend(line(g, quote and not matching) for g in ordered)
        if kind in _SUPPORT_KEYS and which and other_kind and _SETS_KIND_ASIDE.search(norm):
            # "哪些市场要求客服在线服务而不是售后": the markets of the kind asked are the whole
            # answer; the other kind's markets go unnamed, as they were set aside.
            other = next(key for key in _SUPPORT_KEYS if key != kind)
            lines.append(
                t("answers_which_others_other_kind", lang, other=pair(f"condition_kind.{other}"))
            )
        elif kind in _SUPPORT_KEYS:
            lines.extend(_other_kind_lines(other_kind, kind, lang))
        if without and which:
            lines.append(t("answers.no_other_market_condition", lang))
        elif without:
            names = _names(without, lang)
            lines.append(t("answers.no_such_condition", lang, markets=names))
        ask = "answers.ask_one_market_conditions" if which else "answers.ask_market_conditions"
        lines.append(t(ask, lang))
        return "\n".join(lines)

    def rendered(quote: bool) -> str:
        body = render(quote)
        excluded = excluded_markets(question) if level and matching else []
        asking_ids = [m.id for g in matching for m in g.markets]
        if excluded and set(asking_ids) <= set(excluded):
            # "除了安全市场还有别的吗": none besides the markets set aside — 没有, first.
            head = t(
                "answers_no_other_level_market",
                lang,
                markets=_names([m for g in matching for m in g.markets], lang),
                level=level,
            )
            return head + "\n" + body
        if level and every_alike.asks_every_market(question):
            # "Do all markets require 24/7?": no — only the markets that ask that level do, and
            # the others' own level (from the data) is said with them.
            asking = [m for g in matching for m in g.markets]
            other_levels = {
                str(c.threshold)
                for m in all_markets()
                if m not in asking
                for c in m.conditions
                if c.key in _SUPPORT_KEYS and c.threshold is not None
            }
            every_other_sets_one = all(
                any(c.key in _SUPPORT_KEYS for c in m.conditions)
                for m in all_markets()
                if m not in asking
            )
            if len(other_levels) == 1 and every_other_sets_one:
                head = t(
                    "answers_only_markets_require_level",
                    lang,
                    markets=_names(asking, lang),
                    level=level,
                    other=next(iter(other_levels)),
                )
                return head + "\n" + body
        if which and not level and figured and every_alike.asks_every_market(question):
            # "哪些市场要求执照满两年？所有都要吗": No, and the markets whose figure is another.
            others = [m for g in ordered if g not in figured for m in g.markets] + without
            head = t("answers_not_every_market_figure", lang, markets=_names(others, lang))
            if not body.startswith(head):
                body = head + "\n" + body
        elif which and not level:
            # "which markets need the 20-person team? is it all of them?": No first, with the
            # market that sets it otherwise.
            head = every_alike.not_every_head(
                question,
                [([m.id for m in g.markets], [c.key for c in g.conditions]) for g in ordered],
                [m.id for m in without],
                lang,
            )
            if head is not None and not body.startswith(head):
                body = head + "\n" + body
        return body

    body = rendered(quote=len(ordered) <= 2)
    # Measured before with_source, which would cut the reply to fit rather than report it long;
    # room is kept for an opening a caller puts first (the team's proof, a verdict).
    if len(body) + len(source) + len("\n(Source: )") > MAX_ANSWER_CHARS - _ROOM_FOR_HEAD:
        body = rendered(quote=False)
    topic = "computed.which_markets" if level or which else "computed.conditions_overview"
    return Answer(with_source(body, source, lang), lang, True, topic, source, [])


@dataclass(frozen=True)
class _MarketText:
    market: Market
    sentences: tuple[str, ...]  # the guide's own sentences: description and conditions
    sentence_tokens: tuple[Counter[str], ...]  # tokenised once: tokenising is the slow part
    counts: Counter[str]
    # Each Chinese sentence's English rendering from rules/data (a description clause → the
    # English description; a condition → its seed_text_en), for English replies.
    english: dict[str, str]


def _content_tokens(text: str, *, from_data: bool = False) -> Counter[str]:
    # Concept tokens (@join, @marketplace …) say what kind of question it is, not which market.
    # `from_data`: the guide's own text, whose tokens are kept on disk (never a question's).
    counted = data_tokens(text) if from_data else tokens(text)
    return Counter({t: n for t, n in counted.items() if not t.startswith("@")})


@cache
def _market_texts() -> tuple[_MarketText, ...]:
    texts = []
    for market in all_markets():
        sentences = [s.strip() for s in _SENTENCE_END.split(market.description) if s.strip()]
        english = dict.fromkeys(sentences, market.described("en"))
        for condition in market.conditions:
            sentences.extend((condition.seed_text, condition.summary_en))
            english[condition.seed_text] = condition.seed_text_en
        unique = tuple(dict.fromkeys(sentences))
        sentence_tokens = tuple(_content_tokens(sentence, from_data=True) for sentence in unique)
        counts: Counter[str] = Counter()
        for tokenised in sentence_tokens:
            counts.update(tokenised.keys())
        texts.append(_MarketText(market, unique, sentence_tokens, counts, english))
    return tuple(texts)


@cache
def _idf() -> dict[str, float]:
    texts = _market_texts()
    frequency: Counter[str] = Counter()
    for text in texts:
        frequency.update(text.counts.keys())
    total = len(texts)
    return {token: math.log(1 + (total - df + 0.5) / (df + 0.5)) for token, df in frequency.items()}


def _score(query: Counter[str], counts: Counter[str]) -> float:
    idf = _idf()
    # Saturating term frequency: a word said five times in a description is not five times
    # the evidence.
    return sum(idf[t] * (1 + math.log(counts[t])) for t in query if counts.get(t))


def _best_sentence(query: Counter[str], text: _MarketText, lang: Lang) -> str:
    pairs = list(zip(text.sentences, text.sentence_tokens, strict=True))
    # The best-matching sentence, in the reply's language when one matches as well (an English
    # question matched through the guide's words finds the Chinese description).
    sentence = max(
        pairs, key=lambda pair: (_score(query, pair[1]), (lang == "en") == pair[0].isascii())
    )[0]
    rendered = text.english.get(sentence, "")
    if lang != "en" or sentence.isascii() or not rendered:
        return sentence
    if rendered == text.market.described("en"):
        # The description's clause that best matches, as the Chinese one is a clause of it.
        clauses = [c.strip() for c in _EN_CLAUSE_END.split(rendered) if c and c.strip()]
        chinese = set(_content_tokens(sentence, from_data=True))

        def overlap(clause: str) -> tuple[bool, int, int]:
            # The clause saying what the Chinese one says (by the guide's words for its
            # English), then the one the question's words match.
            said = set(_content_tokens(f"{clause} {guide_words_for(normalize(clause))}"))
            same_start = bool(_LISTING_ZH.match(sentence)) == bool(_LISTING_EN.match(clause))
            return same_start, len(said & chinese), len(set(query) & said)

        best = max(clauses, key=overlap)
        rendered = best[:1].upper() + best[1:].rstrip(".")
    # An English reply says the guide's words in English, the Chinese original after them.
    return rendered + t("answers.guide_quote", lang, quote=sentence)


# The English description's clauses, cut where the Chinese one is (包括/包含/为 …): at a
# sentence's end, or at the comma before "including", "covering", "giving" ….
# A clause listing what the market covers: 包括/包含 in the guide, "including"/"covering".
_LISTING_ZH = lazy_compile(r"^(包括|包含)")
_LISTING_EN = lazy_compile(r"^(including|covering)\b", re.IGNORECASE)
_EN_CLAUSE_END = lazy_compile(r"(?<=\.)\s+(?=[A-Z])|,\s+(?=(?:including|covering|giving)\b)")


# The frame of a which-market question ("我们…该入驻哪个集市", "which market should we join"):
# its words are in every market's text or in none, and say nothing about the product.
_QUESTION_FRAME = lazy_compile(
    # "我的客户做舆情分析…": whom the consultant asks for, no word of the product.
    r"(我的|我们的|我们|我)客户|\bmy (client|customer)s?\b|"
    r"(哪个|哪些|哪一个|哪几个|哪类|什么|啥)?\s*(云市场|市场|集市|类目|板块)|入驻|加入|申请|"
    r"我们|我司|公司|应该|适合|可以|能|想|该|要|的|\b(which|what|market|markets|category"
    r"|categories|marketplace|should|we|our|join|fits?|suitable)\b"
    # "we have an OCR capability", "有人脸识别能力": 能力 is in several markets' rules
    # (营销策划能力, 计量计费能力, 接口开发能力) and says nothing of what is sold.
    r"|能力|\b(capability|capabilities|ability|abilities)\b"
    # "我们的产品是舆情分析…", "our product is …": the product introduced, none of its words.
    r"|产品(是|为|主要是|包括|有)|\b(our )?(product|products) (is|are)\b"
)


_HYPHENED = lazy_compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def fitting_markets(
    question: str,
    lang: Lang,
    among: list[str] | None = None,
    min_score: float = _MIN_MATCH_SCORE,
) -> list[tuple[Market, str]]:
    """The markets (of `among`, or all) whose guide text best matches what the vendor wants to
    sell, each with its best-matching sentence; [] when no market stands out."""
    norm = normalize(question)
    # "a host-security agent": a hyphened compound's words count on their own too.
    norm = f"{norm} {' '.join(m.group().replace('-', ' ') for m in _HYPHENED.finditer(norm))}"
    # An English question is matched in the guide's own (Chinese) words too.
    query = _content_tokens(_QUESTION_FRAME.sub(" ", in_guide_words(norm)))
    scored = sorted(
        (
            (_score(query, text.counts), text)
            for text in _market_texts()
            if not among or text.market.id in among
        ),
        key=lambda pair: pair[0],
        reverse=True,
    )
    if not scored:
        return []
    best = scored[0][0]
    if best < min_score:
        return []
    written = f"{norm} {guide_words_for(norm)}"
    top = scored[0][1]
    chosen = [
        text
        for score, text in scored[:_MAX_MATCHES]
        if score >= best * _CLOSE_MATCH_RATIO
        and (text is top or _fits_on_its_own(query, text, top, written))
    ]
    return [(text.market, _best_sentence(query, text, lang)) for text in chosen]


def fits_beside(described: str, market: Market, best: Market) -> bool:
    """Whether `market` fits what `described` sells by a word of its own, beside `best` (the
    market the product's main words fit): "HR and finance management SaaS" fits 企业应用; 数据
    智能 shares only "management", "SaaS", "companies" with it, so it is no second fit."""
    norm = normalize(described)
    written = f"{norm} {guide_words_for(norm)}"
    query = _content_tokens(_QUESTION_FRAME.sub(" ", written))
    texts = {text.market.id: text for text in _market_texts()}
    return _fits_on_its_own(query, texts[market.id], texts[best.id], written)


def _fits_on_its_own(
    query: Counter[str], text: _MarketText, top: _MarketText, written: str
) -> bool:
    """Whether a runner-up matches a word of the question that the best match does not already
    cover, or every word the best matched: "做BI和舆情分析的SaaS" fits 数据智能 (BI, 舆情);
    开发运维 shares only SaaS and the 分析 of 舆情分析, a phrase the best match already took, so
    it is no second fit."""
    covered = [token for token in query if top.counts.get(token)]
    if all(text.counts.get(token) for token in covered):
        # As strong as the best on every word it matched (两个市场都要求ECS镜像交付): a tie.
        return True
    for token in query:
        if not text.counts.get(token) or top.counts.get(token):
            continue
        if any(_glued(token, other, written) for other in covered):
            continue
        return True
    return False


def _glued(token: str, other: str, written: str) -> bool:
    """`token` and `other` are parts of one Chinese phrase of the question (舆情 + 分析)."""
    if token.isascii() or other.isascii():
        return False
    return any(
        joined in written
        for joined in (other + token, token + other, other + token[1:], token + other[1:])
    )


def markets_described_by(
    question: str,
    lang: Lang,
    among: list[str] | None = None,
    min_score: float = _MIN_MATCH_SCORE,
) -> Answer | None:
    """The markets whose guide text (description and conditions) best matches what the vendor
    wants to sell; None when no market stands out (then the knowledge base answers)."""
    chosen = fitting_markets(question, lang, among, min_score)
    if not chosen:
        return None
    return fit_answer(chosen, lang)


def fit_answer(chosen: list[tuple[Market, str]], lang: Lang) -> Answer:
    """The markets that fit, each with the guide's sentence that matched, best first."""
    lines = [
        t("answers.bullet_label_value", lang, label=_name(market, lang), value=sentence)
        for market, sentence in chosen
    ]
    # The best match named in the first sentence, the others after it.
    best, *others = [_name(market, lang) for market, _ in chosen]
    head = (
        t("answers.closest_markets", lang, market=best, others=join_names(others, lang))
        if others
        else t("answers.closest_market", lang, market=best)
    )
    # How to ask for the best match's conditions, by its own name.
    tail = t("answers_check_fitting_conditions", lang, market=_name(chosen[0][0], lang))
    body = "\n".join([head, *lines, tail])
    source = _conditions_source(lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.which_markets", source, [])


# --- a condition named by its own words ----------------------------------------------------
# "做零售通需要阿里巴巴账号么" names 零售通's 阿里巴巴中国站会员账号 condition without any of the
# hint words; "社保证明要交啥表" names the 社保个人月缴费信息情况表 of the team condition. A word of
# the question found in a condition's guide text (rare words weigh most) picks that condition.

# Below this (sum of the shared words' weights) the overlap is a word or two of everyday text.
_MIN_CONDITION_SCORE = 5.0
# Keys whose score comes this close to the best are named too (the same words, another key).
_CLOSE_CONDITION_RATIO = 0.8


@dataclass(frozen=True)
class _ConditionText:
    market_id: str
    condition: Condition
    seed: Counter[str]
    summary: Counter[str]


@cache
def _condition_texts() -> tuple[_ConditionText, ...]:
    return tuple(
        _ConditionText(
            market.id,
            condition,
            _content_tokens(condition.seed_text, from_data=True),
            _content_tokens(f"{condition.summary_zh} {condition.summary_en}", from_data=True),
        )
        for market in all_markets()
        for condition in market.conditions
    )


@cache
def _condition_idf() -> dict[str, float]:
    # One document per distinct condition wording: a sentence repeated by eleven markets is
    # one sentence, and its words are common only if many different conditions use them.
    documents: dict[str, set[str]] = {}
    for text in _condition_texts():
        words = set(text.seed) | set(text.summary)
        documents.setdefault(text.condition.seed_text + text.condition.key, set()).update(words)
    frequency: Counter[str] = Counter()
    for words in documents.values():
        frequency.update(words)
    total = len(documents)
    return {token: math.log(1 + (total - df + 0.5) / (df + 0.5)) for token, df in frequency.items()}


@cache
def _note_tokens() -> tuple[tuple[str, Counter[str]], ...]:
    return tuple(
        (market.id, _content_tokens(note, from_data=True))
        for market in all_markets()
        for note in market.notes
    )


# A note's words this strongly in a question (营销软件…基于云…开发) name the note.
_MIN_NOTE_SCORE = 6.0
_CLOUD_WORDS = lazy_compile(
    r"云|\bcloud"
    # "企业应用市场对营销软件有啥特别说明", "anything special about marketing software": the
    # note itself asked for (fix30f).
    r"|特别说明|特殊说明|特别规定|特殊规定|特别要求|特殊要求|有啥说明|有什么说明|备注"
    r"|\b(special|specific) (note|rule|rules|provision|provisions|treatment|about)\b"
    r"|\bnote (on|about|for)\b|\banything (special|specific)\b"
)
# The Marketplace's own name holds 云 / cloud: no word about the product's deployment.
_MARKETPLACE_NAME = lazy_compile(r"阿里云|云市场|\b(alibaba|aliyun) cloud\b|\bcloud marketplace\b")


def asks_marketing_cloud(question: str, concepts: set[str]) -> bool:
    """ "营销软件不是基于云的，能进哪些市场", "which markets say a non-cloud marketing tool is
    fine": a marketing tool and the cloud, asked of the markets (the note beside 基础软件's and
    企业应用's conditions answers it, not the descriptions that fit the product)."""
    norm = normalize(question)
    return (
        "marketing_tool" in concepts
        and bool(_CLOUD_WORDS.search(_MARKETPLACE_NAME.sub(" ", norm)))
        and asks_which_market(question)
    )


def about_marketing_cloud(question: str, concepts: set[str]) -> bool:
    """ "是不是要求营销软件必须基于云部署", "must marketing software be cloud-based": a marketing
    tool and the cloud asked together (the note beside the conditions answers it)."""
    norm = _MARKETPLACE_NAME.sub(" ", normalize(question))
    return "marketing_tool" in concepts and bool(_CLOUD_WORDS.search(norm))


def markets_noting(question: str, market_ids: list[str], concepts: set[str]) -> list[str]:
    """The markets (among `market_ids`, or all) whose note the question asks about: its words
    (营销软件需要基于云开发吗), or a marketing tool and the cloud ("does marketing software have
    to be cloud-based"). Notes are the guide's words beside a market's conditions."""
    norm = normalize(question)
    stripped = _QUESTION_FRAME.sub(" ", _market_name_pattern().sub(" ", norm))
    query = _content_tokens(stripped)
    idf = _condition_idf()
    about_marketing_cloud = "marketing_tool" in concepts and bool(_CLOUD_WORDS.search(norm))
    noted: list[str] = []
    for market_id, note in _note_tokens():
        if market_ids and market_id not in market_ids:
            continue
        score = sum(idf.get(t, 0.0) for t in query if t in note)
        if (score >= _MIN_NOTE_SCORE or about_marketing_cloud) and market_id not in noted:
            noted.append(market_id)
    if noted and not about_marketing_cloud and condition_keys_named(question, market_ids):
        # "哪些市场要求服务必须以阿里云产品为依托": a condition's own words (依托) match better
        # than the note's (基于云): the condition is asked (condition_keys_named yields keys only
        # when no note scores as high).
        return []
    return noted


@cache
def _market_name_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name in market_name_spellings()))


def condition_keys_named(
    question: str, market_ids: list[str], min_score: float = _MIN_CONDITION_SCORE
) -> tuple[str, ...]:
    """The condition keys of `market_ids` (every market when empty) whose guide wording the
    question uses; () when no condition's words stand out. Market names and the question's
    frame (入驻, 需要 …) are not evidence."""
    stripped = _QUESTION_FRAME.sub(" ", _market_name_pattern().sub(" ", normalize(question)))
    query = _content_tokens(stripped)
    if not query:
        return ()
    idf = _condition_idf()
    wanted = set(market_ids)
    scores: dict[str, float] = {}
    for text in _condition_texts():
        if wanted and text.market_id not in wanted:
            continue
        # The guide's sentence or the condition's summary (English questions meet only the
        # English summary); a word in both counts half again: the sentence is shared by
        # several keys (team size and the 社保 statement), the summary says which is meant.
        in_seed = sum(idf.get(t, 0.0) for t in query if t in text.seed)
        in_summary = sum(idf.get(t, 0.0) for t in query if t in text.summary)
        score = max(in_seed, in_summary) + 0.5 * min(in_seed, in_summary)
        key = text.condition.key
        scores[key] = max(scores.get(key, 0.0), score)
    if not scores:
        return ()
    best = max(scores.values())
    for market_id, note in _note_tokens():
        if wanted and market_id not in wanted:
            continue
        # A note (基础软件: marketing tools need not be cloud-based) is no condition: the full
        # list, which shows the notes, answers a question in a note's words.
        if sum(idf.get(t, 0.0) for t in query if t in note) >= best:
            return ()
    if best <= 0 or best < min_score:
        return ()
    return tuple(key for key, score in scores.items() if score >= best * _CLOSE_CONDITION_RATIO)
