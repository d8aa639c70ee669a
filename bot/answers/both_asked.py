"""A condition that asks for two things together, asked whether one alone will do.

"For the IoT market, must we provide hardware too, or is software only ok?", "物联网市场只提供软件
可以吗": the condition says "software and hardware services" (软件和硬件服务), so both are
needed; the reply opens with that, then the condition(s) as before.
"""

from __future__ import annotations

import re

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

# Two things joined in a condition's words: "software and hardware", "软件和硬件".
_PAIR_EN = lazy_compile(r"\b([a-z]{3,}) (?:and|&) ([a-z]{3,})\b")
_PAIR_ZH = lazy_compile(r"([\u4e00-\u9fff]{2})(?:和|及|与|以及)([\u4e00-\u9fff]{2})")
# One alone asked about, or the other asked as needed too.
_ONE_ALONE = lazy_compile(
    r"只|仅|光|单(?!位)|还是|也要|也得|也需要|都要|都得"
    r"|\b(only|alone|just|solely|too|as well|also|both|either)\b"
)
_LIST_ITEM = lazy_compile(r"^\s*(\d{1,2})\.\s+(.+)$")


_BULLET_LABEL = lazy_compile(r"^\s*•[^：:]{1,80}[：:]\s*")
# A choice between two alternatives: "A还是B", "A or B".
_CHOICE = lazy_compile(r"还是|或者|\bor\b")


def _same_side_of_choice(norm: str, first: str, second: str) -> bool:
    """Whether a choice in the question ("在线客服还是售后技术服务") keeps both words on one side,
    so it weighs them together against something else, not one against the other."""
    choice = _CHOICE.search(norm)
    if choice is None:
        return False
    before, after = norm[: choice.start()], norm[choice.end() :]
    return all(w in before for w in (first, second)) or all(w in after for w in (first, second))


def _pair_in(line: str, norm: str) -> tuple[str, str] | None:
    # "• 物联网市场及解决方案市场：…": the markets' names before the colon join no two things.
    labelled = _BULLET_LABEL.match(line)
    line = line[labelled.end() :] if labelled else line
    for pattern in (_PAIR_EN, _PAIR_ZH):
        for found in pattern.finditer(normalize(line)):
            first, second = found.group(1), found.group(2)
            if first == second:
                continue
            if not first.isascii() and (second + first in norm or first + second in norm):
                # "售后技术服务时间…只有工作日白天有人" (holdout102 #1): the two words are one
                # phrase of the question (售后技术), neither asked alone.
                continue
            if all(re.search(rf"(?<![a-z]){re.escape(w)}", norm) for w in (first, second)):
                if _same_side_of_choice(norm, first, second):
                    # "要的是在线客服还是售后技术服务": both words in one alternative (售后技术服务)
                    # against another thing; neither is asked alone.
                    continue
                return first, second
    return None


def with_both_needed(question: str, found: Answer) -> Answer | None:
    """`found` (a market's conditions) with "both are needed" first when the question asks
    whether one of two things a condition joins will do alone; None otherwise."""
    norm = normalize(question)
    if not _ONE_ALONE.search(norm):
        return None
    body = found.text.rstrip().rsplit("\n", 1)[0] if found.source else found.text
    for line in body.split("\n"):
        pair = _pair_in(line, norm)
        if pair is None:
            continue
        item = _LIST_ITEM.match(line)
        key = "answers_rule_both_needed_item" if item else "answers_rule_both_needed"
        number = item.group(1) if item else ""
        head = t(key, found.lang, a=pair[0], b=pair[1], number=number)
        found.text = head + "\n" + found.text
        return found
    return None
