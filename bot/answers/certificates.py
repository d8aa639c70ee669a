""" "我们有等保三级和ISO27001，是不是就可以直接入驻安全市场了", "we hold ISO 27001, can we join the
Security market?": a certificate the guide's entry conditions never name, stated as held (or as
lacked) by the vendor. It neither qualifies nor disqualifies, and that is said first:

- the rest of the message states facts of the vendor's own that the guide judges (售后工作日9-18,
  团队25人): their verdict first (不能 / 能), the certificate's note right after it;
- nothing else judged: 不能只凭这个 (held) / 不影响 (lacked), then the named market's conditions.

The certificate's words are taken out before the rest is read, so "ISO 27001" is no amount of
money and 等保 no security topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers import computed
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

# A certificate or qualification no market's conditions name (the guide's conditions are the
# licence's age, capital, team, support, experience and the market's own items).
_CERTIFICATE = lazy_compile(
    r"(网络安全)?(等保|等级保护)(测评)?(三级|二级|四级|[234]级)?(测评)?(相关)?(的)?(资质|认证|证书|备案|证明)?"
    r"|iso\s*-?\s*\d{4,5}(\s*[:：]\s*\d{4})?(\s*(认证|证书|体系|certificates?|certification|certified))?"
    r"|iso\s*(认证|证书|体系)|cmmi\s*(\d|[三四五]级)?(级)?(认证|证书)?|软件著作权|软著|双软认证?"
    r"|高新技术企业(证书|认定)?"
    r"|\b(mlps( level[- ]?\d)?|level[- ]?[234] (protection|certification)|soc ?2( type (i|ii|1|2))?"
    r"|pci[- ]?dss|cmmi( level \d)?|iso certif\w*)( certificates?| certification| certified| audit)?\b"
)
# The vendor holds it ("我们拿到了", "还有…资质", "we hold", "we're … certified").
_HOLDS = lazy_compile(
    r"((我们|我司|咱们|本公司|公司|已经|已|还|也|都)[^，,。;；?？要需得]{0,4}(有|拿到|拿了|取得|通过|具备|获得|拥有|持有"
    r"|办了|办好|做了|过了))[^，,。;；?？]{0,8}$"
    r"|\b(have|has|hold|holds|got|gotten|obtained|achieved|passed|earned|are|we're)\b[^,.;?]{0,24}$"
)
_HELD_AFTER = lazy_compile(
    r"^\s*(认证|证书)?\s*(已经|已)?(拿到|通过|办好|到手)|^\s*(certified|certification)\b"
)
# The vendor lacks it ("没有等保", "we don't have ISO 27001").
_LACKS = lazy_compile(
    r"(没有|没|还没|尚未|未|不具备|缺)[^，,。;；?？]{0,6}$"
    r"|\b(no|without|lack|don't have|do not have|haven't got|have not got|haven't|have not)\b"
    r"[^,.;?]{0,16}$"
)
# A verdict the rest of the message got (不能 / 能 / No / Yes …).
_VERDICT_TOPICS = frozenset({"computed.threshold", "computed.verdict"})
_OPENS_VERDICT = lazy_compile(r"\s*(不能|能|可以|不可以|no\b|yes\b)", re.IGNORECASE)


def _state(norm: str) -> str | None:
    """ "holds" / "lacks" when the vendor says it has (lacks) a certificate named, else None."""
    found = list(_CERTIFICATE.finditer(norm))
    if not found:
        return None
    first = found[0]
    before = norm[: first.start()]
    if _LACKS.search(before):
        return "lacks"
    if _HOLDS.search(before) or _HELD_AFTER.search(norm[found[-1].end() :]):
        return "holds"
    return None


def _without_certificates(question: str) -> str:
    """The message without the certificate's words and the clause that only states it."""
    norm = normalize(question)
    kept: list[str] = []
    for clause in _CLAUSES.findall(norm):
        if not _CERTIFICATE.search(clause):
            kept.append(clause)
            continue
        rest = _CERTIFICATE.sub(" ", clause)
        if _ASKS.search(rest):
            kept.append(rest)
    return "".join(kept).strip(" ，,")


_CLAUSES = lazy_compile(r"[^,，。.;；?？!！]+[,，。.;；?？!！]*")
_ASKS = lazy_compile(
    r"[?？]|吗|么|能不能|可不可以|是否|\b(can|could|may|do|does|is|are|will|would)\b"
)


# Whether the vendor can join is asked ("能进吗", "是不是就可以直接入驻", "can we join?").
_ASKS_JOIN = lazy_compile(
    r"能进|能入|可以进|可以入|能不能|可不可以|能否|行不行|行吗|够不够|够吗|就可以|就能|直接(进|入)"
    r"|\b(can|could|may) (we|i|they|our company)\b|\b(eligible|qualify|qualifies|enough|get in|allowed)\b"
    # "We have a couple of ACA holders — does that count?", "ACA算不算"
    r"|算不算|算吗|算数吗|管用吗|有用吗|\b(count|counts|accepted|acceptable|valid)\b"
)


def with_certificate_note(
    question: str, lang: Lang, answer_rest: Callable[[str], Answer]
) -> Answer | None:
    """The answer to a message stating a held (or lacked) certificate the guide never names;
    None when it states none."""
    norm = normalize(question)
    state = _state(norm)
    if state is None or not _ASKS_JOIN.search(norm):
        return None
    note = t("answers_certificate_note", lang)
    rest = _without_certificates(question)
    found = answer_rest(rest) if rest else None
    if (
        found is not None
        and found.topic in _VERDICT_TOPICS
        and not found.out_of_scope
        and _OPENS_VERDICT.match(found.text)
    ):
        # The vendor's own facts decide; the certificate's note right after the verdict.
        head, _, tail = found.text.partition("\n")
        found.text = f"{head}\n{note}\n{tail}"
        return found
    markets = markets_in_question(question)
    key = "answers_certificate_held" if state == "holds" else "answers_certificate_lacked"
    if len(markets) != 1:
        # No one market: what the markets ask instead, and where to read a market's list.
        source = source_line(sections()["conditions"], None, lang)
        body = t(key, lang) + t("answers_certificate_general", lang)
        return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source)
    listed = computed.conditions_answer(markets[0], lang)
    return Answer(f"{t(key, lang)}\n{listed.text}", lang, True, listed.topic, listed.source)


# Another Alibaba Cloud certificate than the one asked for ("只有一个ACA认证的工程师", "an
# ACA-certified engineer"): the associate level, not the Elastic Compute professional (ACP).
# Latin next to Chinese has no \b between them ("ACA行不行"), so letters are fenced by letters.
_OTHER_ALIYUN_CERT = lazy_compile(r"(?<![a-z])aca(?![a-z])")
_NAMES_ACP = lazy_compile(r"acp|专业认证|\bprofessional certification\b")
_CONDITION_TOPICS = ("computed.conditions", "conditions")


def with_other_certificate_verdict(question: str, found: Answer) -> Answer:
    """不能 / No first when the vendor's only certified engineer holds another certificate than
    the ACP a named market asks for, and whether they can join (or it is enough) is asked."""
    norm = normalize(question)
    if (
        found.out_of_scope
        or not (found.topic or "").startswith(_CONDITION_TOPICS)
        or not _OTHER_ALIYUN_CERT.search(norm)
        or _NAMES_ACP.search(norm)
        or not _ASKS_JOIN.search(norm)
        or _OPENS_VERDICT.match(found.text)
    ):
        return found
    lang = found.lang
    asking = [
        (m, c)
        for m in markets_in_question(question)
        for c in get_market(m).conditions
        if c.key == "acp_engineers"
    ]
    if len(asking) != 1:
        return found
    market, condition = asking[0]
    summary = condition.summary_zh if lang == "zh" else condition.summary_en
    head = t("answers_other_certificate_no", lang, market=market_label(market, lang), rule=summary)
    return replace(found, text=head + found.text)
