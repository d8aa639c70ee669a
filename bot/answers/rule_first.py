""" "零售通也要求20人以上的团队吗？我们只有8个人": whether a rule applies to a market is asked,
and a fact of the vendor's own is told beside it. The rule is the answer (不需要 / 需要 / No /
Yes, with what the market does ask: 零售通 — 员工人数不少于4人); the vendor's fact judged
against it follows.

Without this the stated number wins and the reply opens "这一项满足" about the market's own rule,
never saying whether the rule asked about applies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers import verdicts
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile

_THRESHOLD_TOPIC = "computed.threshold"
_CONDITIONS_TOPIC = "computed.conditions"
# Sentences end at these marks; a sentence's clauses at commas.
_SENTENCE = lazy_compile(r"[^。.!！?？;；\n]+[。.!！?？;；\n]*")
_CLAUSE = lazy_compile(r"[^,，]+[,，]*")
# A clause that asks: a question mark, an asking particle, or an English asking word first.
_ASKING = lazy_compile(
    r"[?？]|吗|么|嘛|是否|是不是|要不要|需不需要"
    r"|^\s*(and |but |so |also )?(do|does|did|is|are|will|would|must|should)\b"
)
# "零售通也要20人吗", "还得有ACP吗": another market's rule asked of this one.
_ASKS_ALSO = lazy_compile(
    r"(也|还|同样|一样)(是)?(要|得|需|需要|要求)[^，,。;；?？]{0,20}(吗|么|嘛|[?？])"
)
# "成立时间达标吗", "够不够", "is that enough": whether the vendor's fact meets the rule.
_ASKS_MEETS = lazy_compile(
    r"满足|符合|达到|达标|够不够|够吗|够了吗|算不算|\b(meet|meets|enough|qualify|qualifies|satisfy"
    r"|satisfies)\b"
)
# The reply to the rule asked opens with its verdict (需要 / 不需要 / Yes / No).
_RULE_VERDICT = lazy_compile(r"\s*(不需要|需要|无需|无须|不用|不是|是|yes\b|no\b)", re.IGNORECASE)
# A line judging one stated fact against one market's condition.
_JUDGED_LINE = "•"


def _asking_part(question: str) -> str | None:
    """The clauses that ask, without the ones that only state the vendor's facts; None when
    nothing is left out."""
    kept: list[str] = []
    dropped = False
    for sentence in _SENTENCE.findall(question):
        for clause in _CLAUSE.findall(sentence):
            if _ASKING.search(normalize(clause)):
                kept.append(clause)
            else:
                dropped = True
    rest = "".join(kept).strip(" ，,")
    return rest if dropped and rest else None


def with_rule_first(question: str, found: Answer, rule_for: Callable[[str], Answer]) -> Answer:
    """`found` (the vendor's stated facts judged) with the rule asked about answered first;
    unchanged unless the question asks whether a rule applies and also states a fact."""
    if found.topic != _THRESHOLD_TOPIC or found.out_of_scope:
        return found
    norm = normalize(question)
    if not (verdicts.asks_if_required(question) or _ASKS_ALSO.search(norm)):
        return found
    if verdicts.asks_met(norm) or _ASKS_MEETS.search(norm) or verdicts.asks_to_join(question):
        # "成立时间达标吗", "能进吗": whether the vendor meets it is asked, not the rule.
        return found
    asked = _asking_part(question)
    if asked is None:
        return found
    rule = rule_for(asked)
    if rule.topic != _CONDITIONS_TOPIC or rule.out_of_scope or not rule.source:
        return found
    if not _RULE_VERDICT.match(rule.text):
        return found
    head = rule.text[: rule.text.rfind("\n")].strip()
    judged = [line for line in found.text.splitlines() if line.startswith(_JUDGED_LINE)]
    body = "\n".join([head, *judged])
    return Answer(
        with_source(body, rule.source, rule.lang), rule.lang, True, rule.topic, rule.source
    )
