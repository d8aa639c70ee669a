"""Questions naming two or more markets: each market answered, not only the first.

"基础软件和服务市场对注册资金的要求分别是多少", "Security vs API: after-sales?", "新零售跟开发运维
佣金费率": one line per market from the same rules data the one-market answers use, with a
headline when one kind of condition is asked ("都要求" / "企业应用市场不要求").
"""

from __future__ import annotations

from datetime import date

from bot.answers import computed, rate_heads
from bot.answers.facts import join_names
from bot.answers.knowledge import entry_by_id, sections, source_line
from bot.answers.model import MAX_ANSWER_CHARS, Answer, with_source
from bot.answers.order import step_answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules import commission as commission_rules
from rules.deposit import deposit_for_market
from rules.markets import MARKET_IDS, SUPPORT_LEVELS, Condition, get_market, market_label
from rules.process import JOINING_STEPS


def _names(market_ids: list[str], lang: Lang) -> str:
    return t("list_separator", lang).join(market_label(get_market(m), lang) for m in market_ids)


def _kinds(keys: tuple[str, ...]) -> list[tuple[tuple[str, ...], str, str]]:
    return [kind for kind in computed.CONDITION_KINDS if set(keys) & set(kind[0])]


# "Minimum registered capital for A and B?", "A和B的注册资本门槛": the values, asked as a noun
# phrase, unless asked yes / no ("do both set a minimum …?").
_ASKS_MINIMUM = lazy_compile(
    r"最低|最少|至少|门槛|下限|\b(minimums?|minima|min|at least|lowest|thresholds?)\b"
)
_ASKS_YES_NO = lazy_compile(
    r"吗|么|是否|是不是|有没有|^\s*(do|does|is|are|did|will|would|can|could|must|should)\b"
)


def _has_kind(market_id: str, kind_keys: tuple[str, ...]) -> bool:
    return any(c.key in kind_keys for c in get_market(market_id).conditions)


# The values asked, not whether each market sets one ("分别是多少", "各要几年", "what are the …
# requirements for A and B").
_ASKS_VALUES = lazy_compile(
    r"分别|多少|几年|多久|多长|几个|几人|多大|是什么|什么要求|啥要求|要求是|各要|各是|各为|各自"
    # "比较一下…的执照年限要求", "compare the licence-age requirements": the values side by side.
    r"|比较|对比|比一比|区别|差别|不同"
    r"|\b(what|how (many|much|long|old)|compare|comparison|versus|differ|difference)\b"
    # "registered capital needed for 基础软件 and for 新零售?": the values, the verb left out.
    r"|^(?!\s*(do|does|is|are|did|will|would|can|could|must|should|which|what)\b)[a-z ]{0,30}"
    r"\b(needed|required)\b"
)


def _values_line(market_ids: list[str], kind_keys: tuple[str, ...], label: str, lang: Lang) -> str:
    """Each market's value of the one kind asked, in one sentence."""
    sep = t("answers.rule_separator", lang)
    items = []
    for market_id in market_ids:
        market = get_market(market_id)
        name = market_label(market, lang)
        chosen = [c for c in market.conditions if c.key in kind_keys]
        if chosen:
            summary = sep.join(dict.fromkeys(_summary(c, lang) for c in chosen))
            items.append(t("answers_multi_value_item", lang, name=name, summary=summary))
        else:
            items.append(t("answers_multi_value_none", lang, name=name, label=label))
    return t("answers_multi_values", lang, items=t("answers_multi_value_sep", lang).join(items))


def _headline(market_ids: list[str], keys: tuple[str, ...], lang: Lang, question: str = "") -> str:
    """With one kind of condition asked: each market's value when the values are asked, else
    whether every market, none or only some set it."""
    kinds = _kinds(keys)
    if len(kinds) > 1:
        return _kinds_headline(market_ids, kinds, lang, question)
    if len(kinds) != 1:
        return ""
    kind_keys, label_zh, label_en = kinds[0]
    label = label_en if lang == "en" else label_zh
    having = [m for m in market_ids if _has_kind(m, kind_keys)]
    lacking = [m for m in market_ids if m not in having]
    norm = normalize(question)
    if having and (
        _ASKS_VALUES.search(norm) or (_ASKS_MINIMUM.search(norm) and not _ASKS_YES_NO.search(norm))
    ):
        return _values_line(market_ids, kind_keys, label, lang) + "\n"
    if having and lacks_and_asks_join(question):
        # "都要求客户案例吗？我们没有，两个都进不了吗": whether the vendor can join is answered too.
        head = (
            t("answers_multi_all_set", lang, names=_names(having, lang), label=label)
            if not lacking
            else t(
                "answers_multi_some_set",
                lang,
                having=_names(having, lang),
                label=label,
                lacking=_names(lacking, lang),
            )
        )
        closed = t("answers_multi_lack_closed", lang, names=_names(having, lang))
        if lacking:
            closed += t("answers_multi_lack_open", lang, names=_names(lacking, lang))
        return f"{head}{closed}\n"
    if not _ASKS_YES_NO.search(norm) and _ASKS_HOW_WHAT.search(norm):
        # "how is the product delivered, and what support hours does each need?": the values
        # below answer it; a "Yes, all of them set …" answers nothing asked (holdout43 #2).
        return ""
    if not lacking:
        return t("answers_multi_all_set", lang, names=_names(having, lang), label=label) + "\n"
    if not having:
        return t("answers_multi_none_set", lang, names=_names(lacking, lang), label=label) + "\n"
    return (
        t(
            "answers_multi_some_set",
            lang,
            having=_names(having, lang),
            label=label,
            lacking=_names(lacking, lang),
        )
        + "\n"
    )


_ASKS_HOW_WHAT = lazy_compile(r"怎么|如何|怎样|什么|多少|\b(how|what)\b")
# "Do both require customer cases, and which of them also requires ACP?", "两个市场都要客户案例吗，
# 哪个还要ACP": per kind asked, whether every market named sets it or which do.
_ASKS_WHICH_SETS = lazy_compile(r"都|哪个|哪一个|谁|\b(both|all|which|either|each of them)\b")


def _kinds_headline(
    market_ids: list[str], kinds: list[tuple[tuple[str, ...], str, str]], lang: Lang, question: str
) -> str:
    """Several kinds asked of several markets, yes / no or which: one sentence per kind, those
    every market sets first; "" when the values are asked or a ranking is."""
    norm = normalize(question)
    if (
        _ASKS_VALUES.search(norm)
        or _ASKS_EASIER.search(norm)
        or not (_ASKS_WHICH_SETS.search(norm) and (_ASKS_YES_NO.search(norm) or "?" in norm))
    ):
        return ""
    lines: list[tuple[int, str]] = []
    for kind_keys, label_zh, label_en in kinds:
        label = label_en if lang == "en" else label_zh
        having = [m for m in market_ids if _has_kind(m, kind_keys)]
        lacking = [m for m in market_ids if m not in having]
        if not lacking:
            line = t("answers_multi_all_set", lang, names=_names(having, lang), label=label)
        elif not having:
            line = t("answers_multi_none_set", lang, names=_names(lacking, lang), label=label)
        else:
            line = t(
                "answers_multi_only_set",
                lang,
                having=_names(having, lang),
                label=label,
                lacking=_names(lacking, lang),
            )
        lines.append((0 if not lacking else 1, line))
    lines.sort(key=lambda pair: pair[0])
    return "\n".join(line for _, line in lines) + "\n"


# After the rule asked, the vendor says it lacks it and asks whether it can join ("我们还没有，
# 是不是两个都进不了", "We have none, so can we join either?").
_LACK_STATED = lazy_compile(
    r"(我们|我司|公司|咱们)?(还|都|也|暂时|目前)?(没有|没|缺|不具备|尚未|未)(?!问题|关系)"
    r"|\b(we|i) (have|hold|got) (none|no|nothing)\b|\b(we|i) (don't|do not|haven't|have not|lack)\b"
    r"|\bnone (yet|so far)\b|\bwithout (one|them|it|any)\b"
)
_ASKS_JOIN = lazy_compile(
    r"进不了|进不去|能进|能入|可以进|可以入|能不能|可不可以|还能|入驻"
    r"|\b(join|get in|eligible|apply|list)\b"
)


def lacks_and_asks_join(question: str) -> bool:
    """The vendor says it lacks the condition asked about and asks whether it can join."""
    norm = normalize(question)
    ask = _ASKS_YES_NO.search(norm)
    at = ask.end() if ask else 0
    rest = norm[at:]
    return bool(_LACK_STATED.search(rest) and _ASKS_JOIN.search(rest))


def lack_said_then_asks_join(question: str) -> bool:
    """The vendor states a lack, asks about the rule, and last asks whether it can join ("基本没啥
    营销策划能力，服务市场这方面有要求吗？我们能进吗"): the verdict on joining is the last ask and
    the one reply that answers both (fix31b)."""
    norm = normalize(question)
    ask = _ASKS_YES_NO.search(norm)
    if ask is None:
        return False
    return bool(_LACK_STATED.search(norm[: ask.start()]) and _ASKS_JOIN.search(norm[ask.end() :]))


def _summary(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


# "要求是一样的吗", "are they the same", "有什么区别": whether the markets differ is asked first.
_ASKS_SAME = lazy_compile(
    r"一样|相同|一致|区别|不同|差别|差异|同一|一回事|是一个"
    r"|\b(same|different|differ|differs|identical|difference)\b"
    # "is it 50k like Retail Link?": the figure of one asked to be the other's.
    r"|\bis (it|that|this)\b[^?.,]{0,24}\blike\b|\bas (much|high) as\b"
)


def asks_same(question: str) -> bool:
    return bool(_ASKS_SAME.search(normalize(question)))


def _same_thresholds(market_ids: list[str], keys: tuple[str, ...], *, bound: bool = True) -> bool:
    """Every market sets each kind asked, with the same figure and the same bound (the wording
    may differ)."""
    figures = []
    for market_id in market_ids:
        # ("零售通和服务市场的注册资金要求是一样的吗？都是100万？" — holdout53 #137: 超过 100万
        # and 不低于 100万 are not the same rule.)
        chosen = {
            c.key: (c.threshold, c.check if bound else None)
            for c in get_market(market_id).conditions
            if c.key in keys
        }
        if set(chosen) != set(keys) or any(value[0] is None for value in chosen.values()):
            return False
        figures.append(chosen)
    return all(figure == figures[0] for figure in figures)


def _same_lead(question: str, same: bool, lang: Lang, none_shared: bool = False) -> str:
    """一样 / 不一样 first; 不完全一样 only when the markets share part of what they ask."""
    if not _ASKS_SAME.search(normalize(question)):
        return ""
    if same:
        return t("answers_multi_same", lang) + "\n"
    return t("answers_multi_differ" if none_shared else "answers_multi_not_same", lang) + "\n"


# "有啥区别", "差在哪", "what's the difference": the difference itself is asked, not only whether
# there is one ("一样吗" keeps 一样 / 不一样 first).
_ASKS_WHAT_DIFFERS = lazy_compile(
    r"区别|差别|差异|差在|不同(之处|点|在哪|在于)|有(什么|啥|哪些)不(一样|同)|哪里不(一样|同)"
    r"|\b(differences?|differs?)\b"
)


# 两 and 二 are one numeral in the guide's wordings ("两年及以上" / "二年及以上").
_SAME_NUMERAL = str.maketrans({"两": "二"})
# "软件能部署在ECS实例上…" (安全市场) and "能部署在ECS实例上…" (基础软件市场): one rule, the
# subject said or left out.
_LEADING_SUBJECT = lazy_compile(
    r"^(软件|产品|服务)(?=能|可|须|需|应)|^(the )?(software|product) (?=can|must|deployable|delivered)",
    flags=2,
)


def _one_rule(summary: str) -> str:
    """A summary as compared: the same rule worded with or without its subject, 两 or 二."""
    return _LEADING_SUBJECT.sub("", summary.translate(_SAME_NUMERAL)).strip()


def _difference_lead(
    market_ids: list[str], keys: tuple[str, ...], lang: Lang, question: str
) -> str:
    """The difference asked, in the first sentence: what each market asks of the kind asked
    ("不一样：安全市场要求提供 7×24 小时售后技术服务，企业应用市场要求提供 5×8 小时售后技术服务。"),
    fix32e. "" unless a difference is asked of one to three kinds the markets do not all share."""
    kinds = _kinds(keys)
    if not _ASKS_WHAT_DIFFERS.search(normalize(question)) or not 1 <= len(kinds) <= 3:
        return ""
    kind_keys = {key for kind in kinds for key in kind[0]}
    label = t("answers_multi_difference_or", lang).join(
        kind[2] if lang == "en" else kind[1] for kind in kinds
    )
    joiner = t("answers_multi_difference_and", lang)
    items: list[str] = []
    asked: set[tuple[str, ...]] = set()
    for market_id in market_ids:
        market = get_market(market_id)
        name = market_label(market, lang)
        chosen = [c for c in market.conditions if c.key in kind_keys]
        summaries = tuple(dict.fromkeys(_summary(c, lang) for c in chosen))
        # 二年及以上 and 两年及以上 are one rule worded twice.
        asked.add(tuple(summary.translate(_SAME_NUMERAL) for summary in summaries))
        if summaries:
            items.append(
                t("answers_multi_difference_item", lang, name=name, summary=joiner.join(summaries))
            )
        else:
            items.append(t("answers_multi_difference_none", lang, name=name, label=label))
    if len(asked) < 2:
        return ""
    separator = t(
        "answers_multi_difference_while" if len(items) == 2 else "answers_multi_difference_sep",
        lang,
    )
    lead = t("answers_multi_difference", lang, items=separator.join(items)) + "\n"
    return lead + _exactly_the_figure(market_ids, kind_keys, lang)


def _exactly_the_figure(market_ids: list[str], keys: set[str], lang: Lang) -> str:
    """ "正好100万：零售通市场不够…，解决方案市场满足…" when two markets set one figure, one as
    "more than" and one as "at least" (holdout105 #135: the difference left to the reader);
    "" otherwise."""
    bounded = [
        (get_market(market_id), condition)
        for market_id in market_ids
        for condition in get_market(market_id).conditions
        # ("零售通和数据智能对营业执照年限有啥区别" — review 68 N5: the years too.)
        if condition.key in keys
        and condition.check in ("min", "more_than", "years_min", "years_more_than")
    ]
    if len(bounded) != 2 or bounded[0][1].threshold != bounded[1][1].threshold:
        return ""
    over = [market for market, c in bounded if c.check in ("more_than", "years_more_than")]
    at_least = [market for market, c in bounded if c.check in ("min", "years_min")]
    if len(over) != 1 or len(at_least) != 1:
        return ""
    return (
        t(
            "answers_exactly_the_figure",
            lang,
            over=market_label(over[0], lang),
            at_least=market_label(at_least[0], lang),
        )
        + "\n"
    )


def _merged_alike(
    market_ids: list[str], keys: tuple[str, ...], lang: Lang
) -> tuple[list[str], list[str]] | None:
    """One line per rule when every market named sets the kinds asked, some in the very same
    words (the line would repeat but for its market's name); None otherwise."""
    sep = t("answers.rule_separator", lang)
    groups: dict[tuple[str, str], list[str]] = {}
    for market_id in market_ids:
        market = get_market(market_id)
        chosen = list(dict.fromkeys(c for c in market.conditions if c.key in keys))
        if not chosen or computed.missing_kinds_text(market_id, keys, lang):
            return None
        summary = sep.join(dict.fromkeys(_summary(c, lang) for c in chosen))
        quote = ("" if lang == "zh" else " ").join(dict.fromkeys(c.quote(lang) for c in chosen))
        groups.setdefault((summary, quote), []).append(market_label(market, lang))
    if len(groups) == len(market_ids):
        return None
    lines = [
        t(
            "answers_multi_condition_line",
            lang,
            name=join_names(names, lang),
            summary=summary,
            quote=quote,
        )
        for (summary, quote), names in groups.items()
    ]
    short = [
        t("answers_multi_condition_short", lang, name=join_names(names, lang), summary=summary)
        for (summary, _), names in groups.items()
    ]
    return lines, short


def conditions_for_markets(
    market_ids: list[str], lang: Lang, keys: tuple[str, ...], question: str = ""
) -> Answer:
    """Each market's conditions on `keys`, one line per market; a market that sets none of that
    kind is said so. Asked whether they are the same, that comes first."""
    sep = t("answers.rule_separator", lang)
    lines: list[str] = []
    short: list[str] = []
    for market_id in market_ids:
        market = get_market(market_id)
        chosen = list(dict.fromkeys(c for c in market.conditions if c.key in keys))
        name = market_label(market, lang)
        if chosen:
            summary = sep.join(dict.fromkeys(_summary(c, lang) for c in chosen))
            quote = ("" if lang == "zh" else " ").join(dict.fromkeys(c.quote(lang) for c in chosen))
            lines.append(
                t("answers_multi_condition_line", lang, name=name, summary=summary, quote=quote)
            )
            short.append(t("answers_multi_condition_short", lang, name=name, summary=summary))
            # "营业执照年限和注册资金分别要求多少": a kind asked that this market does not set is
            # said too, not left out of its line.
            for text in computed.missing_kinds_text(market_id, keys, lang):
                bullet = t("answers.bullet_sentence", lang, text=text[:1].upper() + text[1:])
                lines.append(bullet)
                short.append(bullet)
        else:
            # A sentence starts with a capital (a no-op on Chinese).
            missing = [
                t("answers.bullet_sentence", lang, text=text[:1].upper() + text[1:])
                for text in computed.missing_kinds_text(market_id, keys, lang)
            ] or [t("answers_multi_no_condition", lang, name=name)]
            lines.extend(missing)
            short.extend(missing)
    summaries = {
        tuple(
            sorted(_one_rule(_summary(c, lang)) for c in get_market(m).conditions if c.key in keys)
        )
        for m in market_ids
    }
    # "安全和基础软件对服务时间的要求一样吗": 7x24 after-sales vs 5x8 online service share nothing.
    none_shared = len(summaries) == len(market_ids) and all(
        not set(one) & set(other) for one in summaries for other in summaries if one != other
    )
    same_figures = len(summaries) > 1 and _same_thresholds(market_ids, keys)
    bound_differs = (
        len(summaries) > 1
        and not same_figures
        and _same_thresholds(market_ids, keys, bound=False)
        and _ASKS_SAME.search(normalize(question)) is not None
    )
    headline = (
        _difference_lead(market_ids, keys, lang, question)
        # "零售通和服务市场的注册资金要求是一样的吗？都是100万？" (holdout53 #137): the same
        # figure, one bound leaving it out (超过) and one taking it in (不低于).
        or (t("answers_multi_bound_differs", lang) + "\n" if bound_differs else "")
        or (
            # "Service vs Website: licence, capital, years of experience — same or different?":
            # every figure is the same; only the line of business worded differs.
            t("answers_multi_same_figures", lang) + "\n"
            if same_figures and _ASKS_SAME.search(normalize(question))
            else ""
        )
        or _same_lead(question, len(summaries) == 1, lang, none_shared)
        # "基础软件和服务市场哪个门槛更低？比较注册资金和执照年限": the lower one first.
        or _easier_lead(market_ids, question, lang, keys)
        or _headline(market_ids, keys, lang, question)
    )
    if headline and not headline.endswith("\n"):
        headline += "\n"
    merged = _merged_alike(market_ids, keys, lang)
    if merged is not None:
        # "服务市场和建站市场的团队要多大": the same rule in the same words, one line for both.
        lines, short = merged
    body = headline + "\n".join(lines)
    if len(body) > 820:
        # Three markets' quotes do not fit a chat message: the summaries alone do.
        body = headline + "\n".join(short)
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


def rates_for_markets(
    market_ids: list[str],
    lang: Lang,
    today: date,
    question: str = "",
    decline_first: bool = False,
) -> Answer:
    """Each market's commission rate per tier, or that the policy table gives it none: the
    answer to what was asked first, whose rates they are last (first only for a question about
    a time after the policy, `decline_first`)."""
    period = commission_rules.default_policy().periods[-1]
    sep = t("answers.rule_separator", lang)
    lines: list[str] = []
    for market_id in market_ids:
        market = get_market(market_id)
        row = period.row_for(market_id)
        name = market_label(market, lang)
        if row is None:
            lines.append(t("answers_multi_no_rate", lang, name=name))
            continue
        tiers = sep.join(
            t(
                "answers_multi_tier_rate",
                lang,
                tier=tier.tier,
                rate=commission_rules.format_percent(row.rate(tier.tier)),
            )
            for tier in period.tiers
        )
        lines.append(
            t("answers_multi_rate_line", lang, name=name, table=row.table_name, tiers=tiers)
        )
    bands = sep.join(
        t(
            "answers_multi_tier_band",
            lang,
            tier=tier.tier,
            label=tier.label_en if lang == "en" else tier.label_zh,
        )
        for tier in period.tiers
    )
    tail = t("answers_multi_tiers_tail", lang, bands=bands)
    if decline_first or computed.names_month_after_policy(question, today):
        lead = computed.month_rates_lead(question, today, lang)
        body = lead + "\n" + "\n".join(lines) + "\n" + tail
    else:
        head = rate_heads.rates_head(question, market_ids, lang)
        trail = computed.guide_rates_trail(today, lang)
        body = (head + "\n" if head else "") + "\n".join(lines) + "\n" + tail + "\n" + trail
    source = source_line(sections()["commission"], t("answers_rates_subsection", lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.rate", source, [])


# "API和IoT哪个门槛低", "which is easier to get into", "哪个要求更高": a ranking is asked.
_ASKS_EASIER = lazy_compile(
    r"门槛[^，,。？?]{0,4}(低|高)|(容易|好进|简单|难进|难|宽松|严格|严)(一些|一点|些)?"
    # ("要求多大规模", "要求多少人" ask a size: 多大 / 多少 are question words, no ranking.)
    r"|要求[^，,。？?]{0,4}(高|低|多(?![大少久长])|(?<!多)少|严|松)"
    r"|\b(easier|harder|simpler|tougher|stricter|less strict|more strict|lower (bar|threshold)"
    r"|higher (bar|threshold|requirements?)|more demanding|less demanding)\b"
)
# The conditions a ranking compares: those with a figure (SPEC decision 1's thresholds).
_RANKED_KEYS = (
    ("license_date",),
    ("registered_capital",),
    ("team_size", "employees"),
    ("experience_years",),
    ("acp_engineers",),
    computed.SUPPORT_KEYS,
)


def _figure(market_id: str, keys: tuple[str, ...]) -> tuple[float, Condition | None]:
    """The market's figure on one ranked kind (0 when it sets none); 超过 ranks just above 以上."""
    for condition in get_market(market_id).conditions:
        if condition.key not in keys:
            continue
        if condition.check == "support_min":
            return float(SUPPORT_LEVELS.index(str(condition.threshold)) + 1), condition
        if isinstance(condition.threshold, int):
            strict = condition.check in ("more_than", "years_more_than")
            return condition.threshold + (0.001 if strict else 0.0), condition
    return 0.0, None


def _easier_lead(
    market_ids: list[str], question: str, lang: Lang, keys: tuple[str, ...] = ()
) -> str:
    """ "API和IoT哪个门槛低": by the guide's figures (licence age, capital, people, experience,
    ACP, support hours), the market at or below the other on every one and below on some;
    the differences named. Empty unless two markets and a ranking is asked."""
    if len(market_ids) != 2 or not _ASKS_EASIER.search(normalize(question)):
        return ""
    first, second = market_ids
    diffs: list[str] = []
    lower = {first: 0, second: 0}
    # The kinds asked, when some are ranked ("比较注册资金和营业执照年限"); else every one.
    ranked = [kind for kind in _RANKED_KEYS if set(kind) & set(keys)] or list(_RANKED_KEYS)
    for kind in ranked:
        (a, ca), (b, cb) = _figure(first, kind), _figure(second, kind)
        if a == b:
            continue
        lower[first if a < b else second] += 1
        diffs.append(
            t(
                "answers_multi_rank_diff",
                lang,
                first=market_label(get_market(first), lang),
                first_rule=_summary(ca, lang) if ca else t("answers_multi_rank_none", lang),
                second=market_label(get_market(second), lang),
                second_rule=_summary(cb, lang) if cb else t("answers_multi_rank_none", lang),
            )
        )
    sep = t("answers.rule_separator", lang)
    asked = len(ranked) < len(_RANKED_KEYS)
    if not diffs:
        return "" if asked else t("answers_multi_rank_equal", lang)
    if lower[first] and lower[second]:
        return t("answers_multi_rank_mixed", lang, diffs=sep.join(diffs))
    easy, hard = (first, second) if lower[first] else (second, first)
    return t(
        # On the kinds asked only, the lead names no others.
        "answers_multi_rank_lower_asked" if asked else "answers_multi_rank_lower",
        lang,
        easy=market_label(get_market(easy), lang),
        hard=market_label(get_market(hard), lang),
        diffs=sep.join(diffs),
    )


# "有什么区别", "what's the difference": asked of the markets themselves unless conditions are named.
_ASKS_DIFFERENCE = lazy_compile(
    r"区别|不同|差别|差异|\b(difference|differences|differ|different|distinguish)\b"
)
# An English description's first clause (up to ", covering …", " — …" or the full stop).
_FIRST_SENTENCE_EN = lazy_compile(
    r"(?s).*?(?=, (?:and|covering|including|giving|helping)\b| —|\.(?= |$))|.*"
)
_NAMES_CONDITIONS = lazy_compile(
    r"条件|要求|门槛|资质|\b(conditions?|requirements?|criteria|eligibility|qualifications?)\b"
)


# "除了执照和资金，还有哪些共同的要求", "besides capital, what do both have in common": what
# the markets share, without the kinds set aside.
_SHARED = lazy_compile(
    r"共同|共有|都有的|都要求的|一样的|\b(in common|shared?|common to|both (require|need|ask))"
)


_BESIDES = lazy_compile(
    r"(除了|除开|除去)[^。?？]{0,20}(还|另外|其他|其它)|(以外|之外)[^。?？]{0,6}(还|另外|其他|其它)"
    r"|\b(besides|apart from|other than|aside from|except( for)?)\b"
)
# Capital named bare ("除了执照和资金"): the registered capital set aside.
_CAPITAL_SET_ASIDE = lazy_compile(r"资金|资本|\bcapital\b")


def asks_shared_besides(question: str) -> bool:
    norm = normalize(question)
    return bool(_SHARED.search(norm) and _BESIDES.search(norm))


def set_aside_keys(question: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds a "besides" sets aside: the keys read, and the capital named bare."""
    if _CAPITAL_SET_ASIDE.search(normalize(question)):
        return (*keys, "registered_capital")
    return keys


# Special requirements asked ("特殊要求", "特别的条件", "special requirements").
_SPECIAL_ASKED = lazy_compile(
    r"特殊|特别|特有|独有|独特|专门|别的市场没有|其他市场没有|其它市场没有"
    r"|\b(special|specific|unusual|unique|particular)\b|\bother markets? (do(es)?n'?t|do(es)? not)\b"
)


def _shared_special(market_ids: list[str], lang: Lang) -> list[str]:
    """The conditions every market of `market_ids` sets and no other market does."""
    others = {c.key for m in MARKET_IDS if m not in market_ids for c in get_market(m).conditions}
    first = get_market(market_ids[0]).conditions
    # (The same line in each, not only the same kind: 建站's "以阿里云产品为依托" and 物联网's
    # "以阿里云IoT产品为依托" are two requirements — review 60 R9.)
    return list(
        dict.fromkeys(
            _summary(c, lang)
            for c in first
            if c.key not in others
            and all(
                any(_summary(x, lang) == _summary(c, lang) for x in get_market(m).conditions)
                for m in market_ids
            )
        )
    )


def compare_conditions(
    market_ids: list[str], lang: Lang, question: str = "", without_keys: tuple[str, ...] = ()
) -> Answer:
    """Several markets' full conditions: those every one of them sets once, then each market's
    own, so two or three markets fit a chat message. `without_keys`: kinds set aside by the
    question ("除了执照和资金"), left out."""
    summaries = {
        m: list(
            dict.fromkeys(
                _summary(c, lang) for c in get_market(m).conditions if c.key not in without_keys
            )
        )
        for m in market_ids
    }
    shared = [
        line for line in summaries[market_ids[0]] if all(line in summaries[m] for m in market_ids)
    ]
    sep = t("answers.rule_separator", lang)
    lines = []
    same = all(set(summaries[m]) == set(shared) for m in market_ids)
    lead = _same_lead(question, same, lang) or _easier_lead(market_ids, question, lang)
    if lead:
        lines.append(lead.strip())
    special = (
        _shared_special(market_ids, lang) if _SPECIAL_ASKED.search(normalize(question)) else []
    )
    if special:
        # "新零售和开发运维这两个市场有啥共同的特殊要求？" (holdout91 #137: the ten shared
        # conditions, none picked out): what they both set and no other market does, first.
        names = join_names([market_label(get_market(m), lang) for m in market_ids], lang)
        lines.append(
            t("answers_multi_shared_special", lang, names=names, special=sep.join(special))
        )
    conditions: list[str] = []
    if shared:
        conditions.append(t("answers_multi_shared", lang, shared=sep.join(shared)))
    for market_id in market_ids:
        own = [line for line in summaries[market_id] if line not in shared]
        conditions.append(
            t(
                "answers_multi_own",
                lang,
                name=market_label(get_market(market_id), lang),
                own=sep.join(own) or t("answers_multi_nothing_more", lang),
            )
        )
    source = source_line(sections()["conditions"], None, lang)
    if _ASKS_DIFFERENCE.search(question) and not _NAMES_CONDITIONS.search(question):
        # "建站市场和服务市场有什么区别": what each market covers (its description) before how
        # their conditions differ — when both fit one message; the conditions are never cut
        # for the descriptions ("In their entry conditions:…" once stood for all of them).
        covers = [
            t(
                "answers_multi_covers",
                lang,
                name=market_label(get_market(m), lang),
                # English renderings are longer: their first clause says what each covers.
                description=_FIRST_SENTENCE_EN.match(get_market(m).described(lang)).group(0)
                if lang == "en"
                else get_market(m).described(lang),
            )
            for m in market_ids
        ]
        room = MAX_ANSWER_CHARS - len(t("answers.source", lang, source=source)) - 1
        then = t("answers_multi_conditions_then", lang)
        # The conditions both set are no difference: left out before anything else is.
        own_only = conditions[1:] if shared else conditions
        for kept in (conditions, own_only):
            described = [*lines, *covers, then, *kept]
            if len("\n".join(described)) <= room:
                return Answer(
                    with_source("\n".join(described), source, lang),
                    lang,
                    True,
                    "computed.conditions",
                    source,
                    [],
                )
    lines.extend(conditions)
    body = "\n".join(lines)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# The joining step whose contracts a topics question may ask (rules/data/process.yaml).
_CONTRACT_STEP = "sign_contract"
# Which contracts are signed, asked ("要签哪些合同", "which agreements do we sign"); not
# "contractors" or an agreement only accepted.
_ASKS_CONTRACTS = lazy_compile(
    r"(签|签署|签订)[^，,。？?]{0,4}(哪些|什么|哪几份|几份|啥)[^，,。？?]{0,2}(合同|协议)"
    r"|(哪些|什么|哪几份|几份|啥)(合同|协议)|(合同|协议)[^，,。？?]{0,4}(签|签署)(哪些|什么|哪几份|几份|啥)"
    r"|要签的(合同|协议)"
    r"|\b(which|what)\b[^.?!]{0,20}\b(contracts?|agreements?)\b[^.?!]{0,30}\bsign"
    r"|\bsign\w*\b[^.?!]{0,20}\b(which|what)\b[^.?!]{0,10}\b(contracts?|agreements?)\b"
)


# A deposit topic other than its amount, asked beside a market's condition: its guide entry.
_DEPOSIT_TOPIC_ENTRIES = (("receipt", "deposit.receipt"), ("refund", "deposit.refund"))
# The deposit's own amount asked: "保证金多少", "保证金要交几万", "how much is the deposit",
# "how much deposit", "the deposit amount".
# The deposit as one of the things listed ("the deposit and commission rate", "保证金和佣金").
_DEPOSIT_LISTED = lazy_compile(
    r"\b(what|which) (is|are) the deposits? and\b"
    # "Deposit and tier-1 commission rate", "保证金和第1档佣金费率": a tier named before the rate.
    r"|\bdeposits? (and|&) (the )?((tier|level)[- ]?\d+ |(first|lowest)[- ]tier )?(commission|rate|fee)"
    r"|\b(commission|rate|fee)s? (and|&) (the )?deposits?\b"
    r"|保证金(和|与|跟|、|以及)(第\s*\d\s*档|最低档)?(的)?(佣金|费率|抽成)"
    r"|(佣金|费率|抽成)(和|与|跟|、|以及)保证金"
    # "deposit for each, and support hours for each?", "保证金和服务时间分别是多少" (holdout39 #180).
    r"|\bdeposits? (for|of) (each|both|them)\b|保证金(和|与|跟|、|以及)[^，,。；;？?]{0,10}(分别|各是|各自)"
)
_DEPOSIT_AMOUNT_ASKED = lazy_compile(
    r"保证金[^，,。；;？?]{0,6}(多少|几万|几千|金额|数额)|(多少|几万)[^，,。；;？?]{0,4}保证金"
    r"|\bhow much\b[^.?!;]{0,25}\bdeposit\b|\bdeposit\b[^.?!;]{0,10}\b(amount|how much)\b"
)


def _topics_for_markets(
    market_ids: list[str],
    concepts: set[str],
    keys: tuple[str, ...],
    lang: Lang,
    today: date,
    question: str,
) -> Answer | None:
    """ "For New Retail and DevOps: registered capital minimum, and the commission rate?": a
    condition of each market and their rates, both parts; None unless both are asked."""
    asks_conditions = bool(keys)
    asks_rate = bool(concepts & {"commission", "tier"})
    # "服务市场和零售通，客服时长要求和保证金分别是多少", "deposit and commission rate for Retail
    # Link and for the API market": the deposit is a part of its own (holdout33 #143, #144).
    asks_deposit = "deposit" in concepts and bool(
        _DEPOSIT_AMOUNT_ASKED.search(normalize(question))
        or _DEPOSIT_LISTED.search(normalize(question))
    )
    if asks_conditions + asks_rate + asks_deposit < 2 or (
        "deposit" in concepts and not asks_deposit
    ):
        return None
    parts: list[str] = []
    sources: list[str | None] = []
    if asks_conditions:
        conditions = conditions_for_markets(market_ids, lang, keys, question)
        parts.append(conditions.text[: conditions.text.rfind("\n")])
        sources.append(conditions.source)
    if asks_deposit:
        parts.append(computed.deposit_total_line(market_ids, lang))
        sources.append(source_line(sections()["deposit"], None, lang))
    if asks_rate:
        rates = rates_for_markets(market_ids, lang, today, question)
        parts.append(rates.text[: rates.text.rfind("\n")])
        sources.append(rates.source)
    source = t("answers_routing_sources_joiner", lang).join(
        dict.fromkeys(str(s) for s in sources if s)
    )
    body = "\n".join(parts)
    return Answer(with_source(body, source, lang), lang, True, "computed.topics", source, [])


def topics_answer(
    market_ids: list[str],
    concepts: set[str],
    keys: tuple[str, ...],
    lang: Lang,
    today: date,
    question: str = "",
) -> Answer | None:
    """One market, several topics in one question ("IoT market: after-sales and commission?",
    "建站市场：团队人数、售后时间和保证金"): each topic answered from rules data, in the order
    conditions, deposit, commission; None unless two or more of them are asked."""
    if 2 <= len(market_ids) <= 3:
        return _topics_for_markets(market_ids, concepts, keys, lang, today, question)
    if len(market_ids) != 1:
        return None
    market_id = market_ids[0]
    asks_conditions = bool(keys) and any(c.key in keys for c in get_market(market_id).conditions)
    asks_deposit = "deposit" in concepts
    asks_rate = bool(concepts & {"commission", "tier"})
    # "which contracts do we sign and how much deposit": the contracts (step 4) are a topic too.
    asks_contracts = "contract" in concepts and bool(_ASKS_CONTRACTS.search(normalize(question)))
    if asks_conditions + asks_deposit + asks_rate + asks_contracts < 2:
        return None
    parts: list[str] = []
    sources: list[str] = []
    if asks_contracts:
        signing = next(step for step in JOINING_STEPS if step.id == _CONTRACT_STEP)
        part = step_answer(signing, lang)
        parts.append(part.text[: part.text.rfind("\n")] if part.source else part.text)
        sources.append(str(part.source))
    if asks_conditions:
        part = computed.conditions_answer(market_id, lang, keys)
        parts.append(part.text[: part.text.rfind("\n")])
        sources.append(part.source)
    # "零售通要几个员工？还有交了保证金以后给开收据还是发票": the deposit's receipt (or refund)
    # is what its part asks, not the amount; that part names no market and is still answered.
    deposit_topic = next(
        (
            entry
            for concept, entry in _DEPOSIT_TOPIC_ENTRIES
            if concept in concepts and not (concept == "refund" and asks_rate)
        ),
        None,
    )
    # "安全市场要多少人？另外保证金开收据还是发票": the 多少 of the head count does not ask the
    # deposit's amount; only an amount said of the deposit itself does.
    amount_of_deposit = "amount" in concepts and (
        deposit_topic is None or bool(_DEPOSIT_AMOUNT_ASKED.search(normalize(question)))
    )
    if asks_deposit and deposit_topic is not None:
        if amount_of_deposit:
            amount = computed.money_text(deposit_for_market(market_id), lang)
            parts.append(t("answers.conditions_deposit", lang, amount=amount).strip())
        entry = entry_by_id()[deposit_topic]
        parts.append(entry.body(lang).strip())
        sources.append(str(entry.source(lang)))
    elif asks_deposit:
        amount = computed.money_text(deposit_for_market(market_id), lang)
        parts.append(t("answers.conditions_deposit", lang, amount=amount).strip())
        sources.append(source_line(sections()["deposit"], None, lang))
    if asks_rate:
        part = computed.rate_answer(market_id, lang, today)
        parts.append(part.text[: part.text.rfind("\n")])
        sources.append(part.source)
    source = t("answers_routing_sources_joiner", lang).join(dict.fromkeys(sources))
    body = "\n".join(parts)
    return Answer(with_source(body, source, lang), lang, True, "computed.topics", source, [])
