"""One point of a stated profile asked: "We are a media company, 30 staff, licence 2019 … Does our
industry qualify for the Solutions market?", "Does the licence age qualify us for 建站?",
"行业和执照、资本这几条我们够不够". The profile's verdict on the whole join ("Not sure yet …")
answered a question not asked; the point asked is said first, met or not, read off the
profile's own lines, and the rest follows.
"""

from __future__ import annotations

import dataclasses

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market

# The point named, asked whether it passes.
_ASPECTS = {
    "industry": r"industry|行业",
    "license_date": r"licen[cs]e( age)?|执照(年限)?",
    "registered_capital": r"(registered )?capital|注册资[金本]|资本|资金",
    "team_size": r"team( size)?|headcount|团队|人数",
    "experience_years": r"experience|经验",
}
_ASKS_ASPECT_EN = lazy_compile(
    r"\b(does|do|will|would|is|are) (our|the|my|this) (?P<aspect>[a-z ]{3,30}?) "
    r"(qualify|meet|count|pass|satisfy|work|ok|okay|enough)\b"
)
_ONE_POINT_JUDGED = lazy_compile(
    r"\s*(no: (this|1 of the)|yes,? on this point|这一项|这一条|这几项|不满足|满足)", flags=2
)
# A profile's line of the points met: "• Met: …", "• 满足：…".
_MET_LINE_STARTS = ("Met:", "满足：")
_PROFILE_TOPICS = frozenset({"computed.profile", "computed.threshold", "computed.verdict"})
# The points given said met, the summary listed in brackets after it.
_LISTED_AS_MET = lazy_compile(r"(gave|given|stated) are met \([^)]*$|(几项|都)满足[（(][^）)]*$")
_MET_WORDS = lazy_compile(r"you meet it|meets it|\bmet\b|满足|符合")
_NOT_MET_WORDS = lazy_compile(r"not meet|NOT|不满足|不符合|未满|不够")


def with_aspect_first(question: str, found: Answer) -> Answer:
    """`found` with the asked point's verdict first; unchanged unless one point is asked."""
    if found.out_of_scope or found.topic not in _PROFILE_TOPICS:
        return found
    if _ONE_POINT_JUDGED.match(found.text):
        # "No: this point does NOT meet…": the reply already judges the one point asked.
        return found
    asked = _ASKS_ASPECT_EN.search(normalize(question))
    markets = markets_in_question(question)
    if asked is None or len(markets) != 1:
        return found
    words = asked.group("aspect")
    keys = [key for key, pattern in _ASPECTS.items() if lazy_compile(pattern).search(words)]
    if len(keys) != 1:
        return found
    condition = next((c for c in get_market(markets[0]).conditions if c.key == keys[0]), None)
    if condition is None:
        return found
    summary = condition.summary_en if found.lang == "en" else condition.summary_zh
    line = next((ln for ln in found.text.split("\n") if summary in ln), None)
    if line is None:
        return found
    before = line[: line.index(summary)]
    after = line[line.index(summary) + len(summary) :]
    if (
        line.lstrip("• ").startswith(_MET_LINE_STARTS)
        or _LISTED_AS_MET.search(before)
        or (_MET_WORDS.search(after) and not _NOT_MET_WORDS.search(after))
    ):
        key = "answers_aspect_met"
    elif _NOT_MET_WORDS.search(after):
        key = "answers_aspect_not_met"
    else:
        return found
    head = t(key, found.lang, summary=summary)
    return dataclasses.replace(found, text=head + "\n" + found.text)
