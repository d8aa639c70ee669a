"""A higher support level asked as if it were required: "零售通需要客服24小时在线吗", "Does the
Security market need 24/7 online customer service?". A market whose condition for that kind of
support is 5x8 does not require 7x24: 不需要 / No first, with the level it does ask for (levels
ordered none < 5x8 < 7x24, SPEC decision 3), then the reply.
"""

from __future__ import annotations

import dataclasses

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

_SUPPORT_KEYS = ("aftersales_support", "online_cs")
# Round-the-clock support named: 24小时, 7x24, 全天, 24/7, around the clock.
_ROUND_THE_CLOCK = lazy_compile(
    r"24\s*小时|7\s*[x*×]\s*24|24\s*[/x*×]\s*7|全天|全年无休|\b(24h|around the clock|round the clock|24 hours)\b"
)
# Asked whether it is needed.
_ASKS_NEEDED = lazy_compile(
    r"需要|要求|必须|得|要不要|是不是要|\b(need|needs|require|requires|required|must|have to|has to)\b"
)
_AFTERSALES = lazy_compile(r"售后|\b(after-?sales?|technical service|tech support)\b")
_ONLINE = lazy_compile(r"客服|在线|\b(online|customer service|cs)\b")
_ALREADY_NO = lazy_compile(r"^(不需要|不是|不用|no\b)", flags=2)
_VERDICT_OPENING = lazy_compile(
    r"^(这一项|这一条|满足|不满足|能|不能|可以|yes on|yes,|no:)", flags=2
)
# The vendor's own level stated ("我们是7*24的", "our support is 24/7", "we provide 7x24").
_OWN_LEVEL = lazy_compile(r"我们|我司|咱们|\b(we|our|we're|ours)\b")
# The level itself asked as a need: "要不要7x24那种", "需不需要24小时", "do we need 24/7".
_LEVEL_ASKED_OUTRIGHT = lazy_compile(
    r"(要不要|需不需要|是不是要|是否需要|是不是必须|必须要?|一定要)\s*(做到|提供|达到|是|搞)?\s*"
    r"(7\s*[x*×]\s*24|24\s*小时|全天|24\s*[/x*×]\s*7)"
    r"|\b(do|does|would|will) (we|i|it|they|you) (need|have|require)( to (offer|provide|have|do))?\s+"
    r"(24/7|7x24|24x7|round[- ]the[- ]clock|around the clock)"
)
# The "met" head of a verdict on a level the vendor only asked about (the catalogue's words).
_VERDICT_HEAD = tuple(t("answers.threshold_met_one", lang) + "\n" for lang in ("zh", "en"))
# An opening that says the level is needed ("需要。", "是，需要。", "Yes. ").
_NEEDED_OPENING = lazy_compile(r"^(是，?)?(需要|要求)[。，：:]\s*|^yes[.,:]\s*", flags=2)


def with_level_not_required(question: str, found: Answer) -> Answer:
    """`found` with 不需要 / No first when a 7x24 level is asked of a market that asks 5x8 of that
    kind of support; unchanged otherwise."""
    norm = normalize(question)
    if found.out_of_scope or not (_ROUND_THE_CLOCK.search(norm) and _ASKS_NEEDED.search(norm)):
        return found
    asked_outright = _LEVEL_ASKED_OUTRIGHT.search(norm) is not None
    if _ALREADY_NO.match(found.text) or (
        not asked_outright and (_VERDICT_OPENING.match(found.text) or _OWN_LEVEL.search(norm))
    ):
        # "我们是7*24的，满足吧": the vendor's own level judged, not the level asked as a need.
        # ("我们是做API的，…要不要7x24那种" — holdout89's successor holdout90 #3: the level asked
        # outright, whoever "我们" are.)
        return found
    markets = markets_in_question(question)
    if len(markets) != 1:
        return found
    kinds = [
        key
        for key, words in zip(_SUPPORT_KEYS, (_AFTERSALES, _ONLINE), strict=True)
        if words.search(norm)
    ]
    if not kinds:
        # "审核需要24小时吗", "24小时内交保证金": a deadline, no kind of support named.
        return found
    conditions = [c for c in get_market(markets[0]).conditions if c.key in kinds]
    if not conditions or any(c.threshold != "5x8" for c in conditions):
        return found
    summary = "；".join(c.summary_en if found.lang == "en" else c.summary_zh for c in conditions)
    head = t(
        "answers_level_not_required",
        found.lang,
        market=market_label(markets[0], found.lang),
        summary=summary,
    )
    body = _NEEDED_OPENING.sub("", found.text, count=1)
    if asked_outright:
        # (Not the vendor's level judged: the "这一项满足" head and its per-level lines go.)
        body = next((body[len(h) :] for h in _VERDICT_HEAD if body.startswith(h)), body)
    return dataclasses.replace(found, text=head + "\n" + body)
