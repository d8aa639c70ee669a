""" "要求写的是5*8售后，我们是7*24，这个算符合吗", "the rule says 5x8 — we do 7x24, does that
count?": a support level of the vendor's put against the one the rule asks. The reply opens
with the verdict on that comparison (levels ordered none < 5x8 < 7x24, rules.markets), then
whatever else the answer says about the profile.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.model import Answer
from bot.answers.text import normalize, quotes_requirement
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import SUPPORT_LEVELS

_LEVEL = lazy_compile(r"(7\s*[x*×]\s*24|24\s*[/x*×]\s*7|5\s*[x*×]\s*8|8\s*[x*×]\s*5)")
# The rule's level named after its word ("要求写的是5*8", "the requirement says 5x8").
_RULE_BEFORE = lazy_compile(
    r"(要求|规定|写的是|写着|条件是|\b(requirement|rule|requires?|required|says|asks for|calls for))"
    r"[^\d，,。;；!！?？]{0,10}$"
)
# An opening that already gives the support's verdict ("Yes: … (5x8 after-sales …)").
_OPENS_WITH_LEVEL_VERDICT = lazy_compile(
    r"^(能|不能|满足|不满足|这一项|yes|no)[^\n]*(5\s*[x×*]\s*8|7\s*[x×*]\s*24)", re.IGNORECASE
)
# Whether the vendor's level counts is asked ("算符合吗", "算不算", "does ours count").
_ASKS_COUNTS = lazy_compile(
    r"算|符合|满足|覆盖|包含|够|行吗|可以吗|没问题吧"
    r"|\b(count|counts|cover|covers|meet|meets|satisf\w*|enough|ok|okay|qualif\w*|fine)\b"
)


def _level(text: str) -> str:
    return "5x8" if text.lstrip()[0] in "58" else "7x24"


def _compared(question: str) -> tuple[str, str] | None:
    """(the vendor's level, the rule's level) when the question puts one against the other."""
    norm = normalize(question)
    ours: set[str] = set()
    rule: set[str] = set()
    for match in _LEVEL.finditer(norm):
        quoted = quotes_requirement(norm, match.start(), match.end()) or _RULE_BEFORE.search(
            norm[max(0, match.start() - 30) : match.start()]
        )
        kind = rule if quoted else ours
        kind.add(_level(match.group(1)))
    if len(ours) != 1 or len(rule) != 1 or ours == rule:
        return None
    return next(iter(ours)), next(iter(rule))


def with_level_verdict(question: str, found: Answer) -> Answer:
    """`found` opened with whether the vendor's level meets the rule's, when that is asked."""
    if found.out_of_scope or found.topic == "computed.support":
        return found  # the support answer says it already
    if _OPENS_WITH_LEVEL_VERDICT.search(found.text):
        return found
    if not _ASKS_COUNTS.search(normalize(question)):
        return found
    compared = _compared(question)
    if compared is None:
        return found
    ours, rule = compared
    # The existing wording (computed.support_covers_answer): the order, then the verdict.
    line = t(
        "answers_level_covers"
        if SUPPORT_LEVELS.index(ours) >= SUPPORT_LEVELS.index(rule)
        else "answers_level_not_covers",
        found.lang,
        stated=ours,
        asked=rule,
        order=t("answers.rule_support_order", found.lang),
    )
    if found.text.startswith(line):
        return found
    return replace(found, text=f"{line}\n{found.text}")
