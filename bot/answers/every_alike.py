"""A rule asked of every market at once: "Is the deposit the same for every market?", "Do all
markets need social-insurance records?", "保证金每个市场都一样吗".

The guide does not set every rule alike: the deposit is 伍万 for 零售通 and 叁万 for each other
category (§3); 零售通's conditions 1-7 ask no social-insurance statement (SPEC decision 4). Asked
of every market, the answer is then 不是 / No, with the markets that differ, before the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize, yuan
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import DEPOSIT_PER_MARKET, deposits_unlike_default
from rules.markets import market_label

# Every market at once: "all markets", "every market", "所有市场", "每个市场都", "各个集市".
_EVERY_MARKET = lazy_compile(
    r"(所有|全部|每个|每一个|各个|各)(的)?(市场|集市|类目)|(市场|集市|类目)(都|全都|全部)"
    r"|\b(all|every|each)( (of )?the)? (markets?|categories|category)\b"
    r"|\b(for|in|across) (every|each|all) (market|markets|category|categories)\b"
    # "which markets need it? is it all of them?": the markets just asked, every one of them.
    r"|\b(is it|is that|are they|are those|that's|thats) (all|every one|each one) of them\b"
    r"|是不是(所有|全部|每个)(的)?(都|市场)|(全部|所有|每个)(市场)?都(是|要|需要)?吗"
)
# Asked to be alike: 一样 / 相同 / the same.
_ASKS_ALIKE = lazy_compile(
    r"一样|相同|一致|同样|统一|\b(the same|same|identical|equal|uniform)\b"
    # "is it 50k like Retail Link?"
    r"|\bis (it|that|this)\b[^?.,]{0,24}\blike\b|\bas (much|high) as\b"
)
_DEPOSIT_RULE = "deposit.amount"
# A reply already opening with its no.
_OPENS_NO = lazy_compile(r"\s*(不是|不一样|no\b)", re.IGNORECASE)
_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
# Words naming one condition the question asks about, by the condition's key.
_KEY_WORDS: dict[str, re.Pattern[str]] = {
    "social_insurance_proof": lazy_compile(r"社保|社会保险|缴费|\bsocial[- ]?insurance\b"),
    # The 20-person technical and customer-service team; 零售通 counts its employees (4) instead.
    "team_size": lazy_compile(
        r"20\s*(个)?(人|名)|技术(及|和|与|加|\+|&)?客服团队|\b20[- ]?(person|people|staff|member)"
        r"|\btech(nical)? (and|&|\+) (cs|customer service|support) team\b"
    ),
}


_LEVEL_ASKED = lazy_compile(
    r"小时|时长|在线|5\s*[x×*]\s*8|7\s*[x×*]\s*24|24/7|\b(hours?|weekends?)\b"
)
# Keys a market may set in another form (the team as 零售通's employee count).
_KEYS_SET_OTHERWISE = frozenset({"team_size"})


def asks_every_market(question: str) -> bool:
    """The question names every market at once and no one market."""
    return bool(_EVERY_MARKET.search(normalize(question))) and not markets_in_question(question)


def with_deposit_not_alike(
    question: str, found: Answer, entry: Callable[[str, Lang], Answer]
) -> Answer:
    """不是 / No first when the deposit is asked to be the same for every market: 零售通 pays
    伍万, every other category 叁万 (§3), then the deposit rule (`entry`: a knowledge entry by
    id, in a language), not the sum over every market."""
    if found.out_of_scope or not (found.topic or "").startswith(("deposit", "computed.deposit")):
        return found
    norm = normalize(question)
    if not (_DEPOSIT.search(norm) and _ASKS_ALIKE.search(norm) and asks_every_market(question)):
        return found
    unlike = deposits_unlike_default()
    if not unlike or _OPENS_NO.match(found.text):
        return found
    markets = t("list_separator", found.lang).join(market_label(m, found.lang) for m in unlike)
    amount = yuan(next(iter(unlike.values())))
    head = t(
        "answers_claim_not_same",
        found.lang,
        market=markets,
        amount=amount,
        usual=yuan(DEPOSIT_PER_MARKET),
    )
    rule = entry(_DEPOSIT_RULE, found.lang)
    rule.text = head + rule.text
    return rule


def not_every_head(
    question: str,
    groups: Iterable[tuple[list[str], list[str]]],
    without: list[str],
    lang: Lang,
) -> str | None:
    """不是 / No, with the markets that set no such condition, when a condition is asked of
    every market and some market does not set it. `groups`: each group's market ids and its
    conditions' keys; `without`: the ids of the markets with none of the keys."""
    if not asks_every_market(question):
        return None
    norm = normalize(question)
    lacking = list(without)
    differing = False
    for key, words in _KEY_WORDS.items():
        if key in _KEYS_SET_OTHERWISE and _LEVEL_ASKED.search(norm):
            # "do all markets require the tech and support team to work 5x8?": the hours are
            # asked, not the team's size.
            continue
        if words.search(norm):
            other = [m for ids, keys in groups if key not in keys for m in ids]
            lacking += other
            # 零售通 asks 4 employees rather than the 20-person team: another figure, not none.
            differing = differing or (key in _KEYS_SET_OTHERWISE and bool(other))
    if not lacking:
        return None
    names = t("list_separator", lang).join(market_label(m, lang) for m in dict.fromkeys(lacking))
    key = "answers_not_every_market_figure" if differing else "answers_not_every_market"
    return t(key, lang, markets=names)
