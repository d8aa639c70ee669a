"""Onboarding answers: the knowledge base of the seed guide, computed answers, hand-off.

`answer(question)` is what `onboard-bot ask`, the console and Slack all call, so the three give
the same reply. Order of work: decline what is out of scope; compute when the question names
markets or carries numbers (deposit sum, commission, a threshold, a market's conditions); else
find the closest knowledge-base entry and say so when unsure.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answers import computed
from bot.answers.handoff import record_handoff
from bot.answers.knowledge import Entry
from bot.answers.matcher import (
    default_index,
    domain_concepts,
    find_concepts,
    out_of_scope_topic,
)
from bot.answers.model import Answer, with_source
from bot.answers.text import (
    detect_lang,
    headcount_mentioned,
    market_count_mentioned,
    money_mentions,
    normalize,
    years_mentioned,
)
from bot.conversation.types import Lang
from rules.markets import find_markets_in_text

__all__ = ["Answer", "answer", "detect_lang", "record_handoff"]

# BM25 scores below this are noise (one shared bigram); tuned on the dev set.
MIN_CONFIDENT_SCORE = 6.0
# When the runner-up scores this close to the best, the question is ambiguous.
CLOSE_SECOND_RATIO = 0.8
SUGGESTION_COUNT = 3

# Condition keys a question is about, by concept or by a hint word.
_ASPECT_KEYS: dict[str, tuple[str, ...]] = {
    "capital": (computed.CAPITAL_KEY,),
    "license_age": (computed.LICENSE_KEY,),
    "team": (*computed.TEAM_KEYS, "social_insurance_proof"),
    "support": computed.SUPPORT_KEYS,
    "experience": (computed.EXPERIENCE_KEY,),
}
_KEY_HINTS: dict[str, tuple[str, ...]] = {
    "acp_engineers": ("acp", "认证工程师", "certified engineer"),
    "dingtalk_ops": ("钉钉", "dingtalk"),
    "customer_cases": ("客户案例", "案例", "customer case", "reference customer"),
    "alibaba_1688_member": ("1688", "中国站", "阿里巴巴会员", "alibaba.com"),
    "industry": ("行业", "垂直", "金融", "物流", "电商", "政务", "传媒", "industry", "industries"),
    "ecs_image": ("镜像", "ecs", "image"),
    "good_credit": ("信用", "违规记录", "credit"),
    "documents_ready": ("税务登记", "组织机构代码", "扫描件", "tax registration"),
    "ecosystem_certified": ("生态体系", "资质评估", "ecosystem certification"),
    "api_integration": ("接口", "api接口", "integration"),
}
_COMMISSION_CONTEXT = frozenset({"commission", "turnover", "tier", "distribution"})


def _decline(lang: Lang) -> Answer:
    if lang == "en":
        text = (
            "Sorry, that is outside what I can answer: I only know the Alibaba Cloud Marketplace "
            "onboarding guide (entry conditions, joining steps, deposit, commission). "
            'Reply "handoff" if you want me to pass your question to our staff.'
        )
    else:
        text = (
            "抱歉，这个问题不在云市场服务商入驻指南的范围内，我无法可靠回答。"
            "我可以解答入驻条件、入驻流程、保证金和佣金规则等问题；"
            "如需帮助，回复“转人工”，我把问题转给工作人员。"
        )
    return Answer(text, lang, False, None, None, [], out_of_scope=True)


def _unsure(entries: list[Entry], lang: Lang) -> Answer:
    titles = [entry.title(lang) for entry in entries[:SUGGESTION_COUNT]]
    numbered = "\n".join(f"{i}. {title}" for i, title in enumerate(titles, 1))
    if lang == "en":
        text = (
            "I'm not sure which topic you mean. The closest ones:\n"
            f'{numbered}\nAsk again naming one of them, or reply "handoff" and I will pass '
            "your question to our staff."
        )
    else:
        text = (
            "我不太确定您问的是哪一项。最接近的主题：\n"
            f"{numbered}\n可以换个说法或点名其中一项再问，也可以回复“转人工”，我把问题转给工作人员。"
        )
    return Answer(text, lang, False, None, None, titles)


def _from_entry(entry: Entry, lang: Lang) -> Answer:
    source = entry.source(lang)
    return Answer(with_source(entry.body(lang), source, lang), lang, True, entry.id, source, [])


def _aspect_keys(question: str, concepts: set[str]) -> tuple[str, ...]:
    keys: list[str] = []
    for concept, concept_keys in _ASPECT_KEYS.items():
        if concept in concepts:
            keys.extend(concept_keys)
    norm = normalize(question)
    for key, hints in _KEY_HINTS.items():
        if any(hint in norm for hint in hints):
            keys.append(key)
    return tuple(dict.fromkeys(keys))


def _computed(question: str, lang: Lang, concepts: set[str], markets: list[str]) -> Answer | None:
    _, money = money_mentions(question)
    if concepts & _COMMISSION_CONTEXT and money and "capital" not in concepts:
        result = computed.commission_answer(question, markets[0] if markets else None, lang)
        if result is not None:
            return result

    threshold = _threshold(question, lang, concepts, markets, [m.value for m in money])
    if threshold is not None:
        return threshold

    about_deposit = "deposit" in concepts or (
        markets and "amount" in concepts and not concepts & (_COMMISSION_CONTEXT | {"capital"})
    )
    asks_how_or_other = concepts & {"refund", "receipt", "where", "ticket", "shop"} or (
        "process" in concepts and "pay" in concepts and "amount" not in concepts
    )
    if about_deposit and not asks_how_or_other:
        if markets:
            return computed.deposit_answer(markets, lang)
        count = market_count_mentioned(question)
        if count and count > 1:
            return computed.deposit_count_answer(count, lang)

    if not markets:
        return None
    market = markets[0]
    if "commission" in concepts:
        return computed.rate_answer(market, lang)
    keys = _aspect_keys(question, concepts)
    if keys:
        return computed.conditions_answer(market, lang, keys)
    if "scope" in concepts and "conditions" not in concepts:
        return computed.scope_answer(market, lang)
    other_topics = concepts - {"join", "marketplace", "conditions", "amount", "markets_list"}
    if "conditions" in concepts or not other_topics:
        return computed.conditions_answer(market, lang)
    return None


def _threshold(
    question: str, lang: Lang, concepts: set[str], markets: list[str], money: list[Decimal]
) -> Answer | None:
    if "capital" in concepts and money:
        return computed.threshold_answer(markets, (computed.CAPITAL_KEY,), money[0], lang)
    years = years_mentioned(question)
    if years is not None and not concepts & _COMMISSION_CONTEXT:
        if "experience" in concepts:
            return computed.threshold_answer(markets, (computed.EXPERIENCE_KEY,), years, lang)
        if "license_age" in concepts or (markets and concepts & {"join", "conditions"}):
            return computed.threshold_answer(markets, (computed.LICENSE_KEY,), years, lang)
    people = headcount_mentioned(question)
    if people is not None and (markets or concepts & {"team", "conditions", "join"}):
        return computed.threshold_answer(markets, computed.TEAM_KEYS, Decimal(people), lang)
    return None


def answer(question: str, lang: Lang | None = None) -> Answer:
    """The bot's answer to one vendor question (Chinese or English)."""
    text = question.strip()
    chosen: Lang = lang or detect_lang(text)
    if not text:
        empty = (
            'Please type a question, e.g. "How much is the deposit?"'
            if chosen == "en"
            else "请输入问题，例如“保证金交多少”。"
        )
        return Answer(empty, chosen, False, None, None, [])
    if out_of_scope_topic(text):
        return _decline(chosen)
    concepts = find_concepts(text)
    markets = find_markets_in_text(text)
    result = _computed(text, chosen, concepts, markets)
    if result is not None:
        return result

    hits = default_index().search(text, limit=SUGGESTION_COUNT + 1)
    in_domain = bool(concepts & domain_concepts()) or bool(markets)
    if not hits or (not in_domain and hits[0].score < MIN_CONFIDENT_SCORE * 1.5):
        return _decline(chosen) if not in_domain else _unsure([h.entry for h in hits], chosen)
    best = hits[0]
    runner_up = hits[1].score if len(hits) > 1 else 0.0
    if best.score < MIN_CONFIDENT_SCORE or runner_up >= best.score * CLOSE_SECOND_RATIO:
        return _unsure([hit.entry for hit in hits], chosen)
    return _from_entry(best.entry, chosen)
