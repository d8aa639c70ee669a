"""The verdict word of a yes / no question about a rule, echoing how it is asked.

"安全市场是不是要求7×24小时的售后技术服务？" is answered 是 / 不是, "Is a receipt issued after we
pay the deposit?" Yes / No: the one place that decides the word from the ask, after the reply
is built (bot/answers/yes_no.py, verdicts.py put 需要 / 有 / 可以 first; a 是不是 question gets
是 / 不是 in front of it).

When the reply opens with no verdict, the word is read off the reply itself: 是 / Yes only when
one of its sentences states the very thing asked (its topic words and every figure asked) with
no negation; otherwise the reply stays as it was — no verdict word rather than a wrong one.
"""

from __future__ import annotations

import re

from bot.answers import bare_month, verdicts
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

# "是不是要求…", "…是累加计算的吗", "是在…点充值交纳吗": asked whether a statement holds.
_ASKS_IS_ZH = lazy_compile(
    r"是不是(?P<what>[^,，。；;？?]*)|是(?P<what2>[^,，。；;？?是]{2,40})(吗|么|嘛)\s*[?？]*\s*$"
)
# "Is a receipt issued…", "Do we get a receipt…", "Does the Security market require…".
_ASKS_IS_EN = lazy_compile(r"(^|[.!;]\s+)(is|are|does|do|will)\b(?P<what>[^?.!;]*)\?\s*$")
# "需要补全公司信息吗", "提交工单的时候需要填快递地址吗": asked whether a step or a rule is needed.
_ASKS_NEED_ZH = lazy_compile(
    r"(需要|必须|得|要)(?!求)(?P<what>[^,，。；;？?]{2,30})(吗|么|嘛)\s*[?？]*\s*$"
)
# The same thing in other words ("累加计算" is the guide's 累计).
_SAME_WORDS = ((lazy_compile(r"(累加|叠加|相加|累计)(计算|算)?"), "累计"),)
# What makes the statement asked a negative one ("是不是不能…", "isn't it…"): its polarity is
# then no plain yes.
_NEGATED_ASK = lazy_compile(
    r"不|没|无|未|别|非|\b(not|no|never|isn't|aren't|don't|doesn't|without|cannot|can't)\b"
)
# A reply that opens with a verb's yes or no (需要：, 有。, 可以：, 会：, 必须).
_OPENS_YES = lazy_compile(r"\s*(需要|必须|要|有|可以|能|会)(?=[。：:，,])")
_OPENS_NO = lazy_compile(
    r"\s*(还不能|还没有完|还没有|不需要|无须|无需|不必|没有|不能|不可以|不会|不收|不抽|不行)(?=[。：:，,])"
)
# A reply that already echoes (是 / 不是 / 对 / Yes / No) or judges the vendor's case.
_OPENS_ECHOED = lazy_compile(
    r"\s*(是|不是|对|不对|不一样|不完全一样|一样|yes\b|no\b|not the same\b|the same\b)",
    re.IGNORECASE,
)
# A sentence that denies (不是, 没有, 无须, 不参与, "not"); 不低于 / 不少于 bound a figure and
# 不限于 widens a list: they deny nothing.
_DENIES = lazy_compile(
    r"(不|没|未|无|非)(?!低于|少于|高于|超过|限于|同|仅)"
    r"|\b(not|no|never|none|cannot|can't|isn't|aren't|doesn't|don't|won't)\b"
)
_SENTENCE_END = lazy_compile(r"[。；;！!？?\n]|(?<=[A-Za-z)])\.\s")
# Function characters (and 只 / 仅 / 对, which frame "只对…开放" without naming its topic).
_ZH_FUNCTION = lazy_compile(
    r"[的在上里了是有要把被给和与及或也都还就才吗呢啊吧您你我们那一时候话只仅对]"
)
_ZH_FRAME = lazy_compile(
    r"是不是|必须|需要|要求|一定|我们|你们|请问|阿里云|云市场|指南|入驻|市场|集市|服务商|申请|的话"
)
_EN_STOP = frozenset(
    "the a an is are do does did can could will would must should may has have need needs to of"
    " for in on at and or we our us you your it its be been this that with by from as any i me"
    " get gets got there once paid pay paying receive received given give"
    " provide provided".split()
)
# Asked of every market named ("是不是都…", "do both…").
_ASKS_ALL = lazy_compile(r"都|全部|均|\b(both|all|each|every)\b")
# Asked whether a market takes companies of an industry ("open to", "对…开放", "accept").
_ASKS_OPEN = lazy_compile(r"开放|面向|接受|\b(open to|accepts?|allow|admits?)\b")
# An industry asked to be one of those listed ("在里面吗", "算在其中吗", "is X one of them",
# "is X included / among them").
_ASKS_MEMBER = lazy_compile(
    r"(在|算在|包括在|包含在)(不在)?(里面|里头|其中|之内|内|这.{0,3}(里|中|之内))|是其中之一|之一吗|包(括|含)[^，,。？?]{0,12}(吗|么)"
    r"|\b(one of (them|those|these|the \w+)|among (them|those|these|the \w+)|included|covered"
    r"|on (the|that|this) list|in (the|that|this) list)\b"
)
# A wh-question or a choice: no yes / no asked.
_WH = lazy_compile(
    r"什么|哪|多少|怎么|怎样|如何|几|为什么|谁|多久|还是|\b(what|which|how|why|when|where|who|or)\b"
)
# A percentage ("20%", "15 %").
_RATE = lazy_compile(r"(\d+(?:\.\d+)?)\s*%")
_FIGURE = lazy_compile(r"\d+(?:[.,]\d+)*")
# The sentence must hold this share of the asked words (Chinese character pairs).
_ZH_SHARE = 2 / 3


def with_echoed_verdict(question: str, found: Answer) -> Answer:
    """`found` with 是 / 不是 (Yes / No) first when `question` asks whether a statement about a
    rule holds and the reply says so one way; else unchanged."""
    if found.out_of_scope or not found.confident or found.topic in (None, "greeting"):
        return found
    if found.topic == "computed.verdict":
        # The vendor's own case judged (verdicts.py): its 能 / 不能 is the answer.
        return found
    if bare_month.opens_with_lead(found.text, found.lang):
        # "API市场10月要交服务费吗": the month's two readings come first (bare_month.py).
        return found
    if found.text.startswith(t("answers_number_not_checked", found.lang)):
        # ("合同编号…是不是就是那个框架协议": no 是的 over a number that cannot be checked.)
        return found
    norm = normalize(question)
    if opens_with_industry_verdict(found):
        # The industry asked already answered first (any_industry.py: "不在：…").
        return found
    if _ASKS_MEMBER.search(norm) and not _OPENS_ECHOED.match(found.text):
        # "开放哪些行业？教育在里面吗", "is healthcare one of them?": an industry asked to be
        # among the listed ones, beside the list asked — the listed industries decide.
        industry = _industry_verdict(norm, found, _ASKS_MEMBER)
        if industry is not None:
            found.text = t(industry, found.lang) + "\n" + found.text
            return found
    asked = _asked_statement(norm, found.lang)
    if asked is None:
        return found
    what, is_form = asked
    if _NEGATED_ASK.search(what) or _OPENS_ECHOED.match(found.text):
        return found
    industry = _industry_verdict(norm, found) if is_form else None
    if industry is not None:
        # "Is the Solutions market open to education companies?": the industries listed decide.
        found.text = t(industry, found.lang) + "\n" + found.text
        return found
    no = _OPENS_NO.match(found.text) is not None
    if no or _OPENS_YES.match(found.text):
        # 需要 / 不需要 first: 需要…吗 is answered so already; 是不是 gets 是 / 不是 before it —
        # 是 only when the reply states every figure asked ("是不是要求5x8": 安全市场 7×24).
        if is_form and found.lang == "zh" and (no or _figures_in(what, found.text)):
            found.text = t("answers_echo_no" if no else "answers_echo_yes", "zh") + found.text
        return found
    if not _figures_in(what, found.text):
        return found
    from bot.answers import claims

    if claims.claim_is_wrong(question):
        # "零售通保证金是不是也按3w一个类目算": 3万 is the other markets' figure — 不是, never
        # 是的 read off their sentence.
        if is_form and found.lang == "zh":
            found.text = t("answers_echo_no", "zh") + found.text
        return found
    if (holds := _states_it(what, norm, found)) is False:
        found.text = t("answers_echo_not_all", found.lang) + found.text
    elif holds:
        key = "answers_echo_yes_full"
        if found.lang == "zh" and not is_form:
            key = "answers_need_yes"  # 需要…吗 is answered 需要
        found.text = t(key, found.lang) + found.text
    return found


def opens_with_industry_verdict(found: Answer) -> bool:
    """Whether `found` opens with the 是 / 不是 of an industry asked to be a listed one."""
    keys = (
        "answers_echo_industry_yes",
        "answers_echo_industry_no",
        "answers_industry_in",
        "answers_industry_not_in",
    )
    return found.text.startswith(tuple(t(key, found.lang) for key in keys))


def _industry_verdict(norm: str, found: Answer, asks: re.Pattern[str] | None = None) -> str | None:
    """The message key of 是 / 不是 for an industry asked of a market whose listed conditions
    (in the reply) open it to some industries only; None when no industry is asked."""
    if found.topic != "computed.conditions" or not (asks or _ASKS_OPEN).search(norm):
        return None
    from rules.markets import MARKET_IDS, get_market

    listed = any(
        c.key == "industry" and (c.summary_zh in found.text or c.summary_en in found.text)
        for market_id in MARKET_IDS
        for c in get_market(market_id).conditions
    )
    state = verdicts.industry_asked(norm) if listed else None
    if state is None:
        return None
    return "answers_echo_industry_yes" if state == "has" else "answers_echo_industry_no"


def _asked_statement(norm: str, lang: str) -> tuple[str, bool] | None:
    """The statement asked to hold ("要求7×24小时的售后技术服务", "a receipt issued after we pay
    the deposit") and whether it is asked as 是不是 / 是…吗 / "is" (else 需要…吗), or None when
    the question asks no such thing."""
    if _WH.search(norm):
        return None
    if lang == "en":
        match = _ASKS_IS_EN.search(norm)
        return (match.group("what"), True) if match else None
    for pattern, same in _SAME_WORDS:
        norm = pattern.sub(same, norm)
    match = _ASKS_IS_ZH.search(norm)
    if match is not None:
        what = match.group("what") or match.group("what2") or ""
        # "成立3年，不是不是，1年": a correction, no statement asked.
        return (what, True) if what.strip() else None
    match = _ASKS_NEED_ZH.search(norm)
    return (match.group("what"), False) if match else None


def _words(text: str) -> set[str]:
    zh = _ZH_FUNCTION.sub(" ", _ZH_FRAME.sub(" ", text))
    pairs = {
        run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", zh) for i in range(len(run) - 1)
    }
    words = {
        re.sub(r"(ing|ed|es|e|s)$", "", word)[:5]
        for word in re.findall(r"[a-z][a-z-]{2,}", text)
        if word not in _EN_STOP
    }
    return pairs | words


def _states_it(what: str, question: str, found: Answer) -> bool | None:
    """True when the reply's sentences about `what` (its English words all, its Chinese pairs
    two thirds) all state it — every figure of it, no denial — and there is at least one; False
    when "all" is asked ("是不是都只要求5×8") and one states it while another gives other figures
    (安全市场 7×24); None otherwise: no verdict rather than a wrong one."""
    # "是不是都是100万": the statement's subject stands before the asking words.
    asked = _words(what) or _words(question)
    if not asked:
        return None
    english = {w for w in asked if w.isascii()}
    chinese = asked - english
    body = found.text.rstrip().rsplit("\n", 1)[0] if found.source else found.text
    stated = other_figures = denied = False
    # "是不是每个集市都要求20人以上": a market's line in the list without the figure asked
    # (零售通: 员工人数不少于 4 人) says another thing of that market.
    every = bool(_ASKS_ALL.search(question)) and bool(_FIGURE.search(what))
    for sentence in _SENTENCE_END.split(body):
        sentence = normalize(sentence)
        if every and sentence.startswith("•") and not _figures_in(what, sentence):
            other_figures = True
            continue
        have = _words(sentence)
        if not english <= have:
            continue
        if chinese and len(chinese & have) < _ZH_SHARE * len(chinese):
            continue
        if not _figures_in(what, sentence):
            other_figures = True
        elif _DENIES.search(sentence):
            denied = True
        else:
            stated = True
    asked_rates = set(_RATE.findall(what))
    if asked_rates and set(_RATE.findall(normalize(body))) - asked_rates:
        # "Is the Website Building rate 20%?": one tier's rate among others is no plain yes.
        return None
    if stated and not other_figures and not denied:
        return True
    if stated and other_figures and not denied and _ASKS_ALL.search(question):
        return False
    return None


def _figures_in(what: str, text: str) -> bool:
    """Every figure of the statement asked ("30,000", "7×24") stands in `text`."""
    figures = {f.replace(",", "") for f in _FIGURE.findall(what)}
    numbers = {f.replace(",", "") for f in _FIGURE.findall(text)}
    return figures <= numbers
