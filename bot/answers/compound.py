"""Several questions in one message: "第一，…？第二，…？", "(1) … (2) …", "一、… 二、…", or three
questions in a row.

Vendors write to support the way they write an email: a greeting, who they are, then a numbered
list of questions. Answered as one question, only one of them gets its answer (the deposit, say)
and the rest are lost. Here each part is answered on its own, with the markets the message names
elsewhere carried into a part that names none ("企业应用市场… 第二，售后需要5x8还是7x24？"),
and the replies are put together, shortened to stay within one reply's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.answers.facts import join_names
from bot.answers.model import MAX_ANSWER_CHARS, Answer
from bot.answers.names import markets_in_question
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import market_label

# Markers that start one of several questions.
_ENUMERATION = lazy_compile(
    r"(?:^|(?<=[\s，,。.;；:：?？!！]))"
    r"(第[一二三四五六七八九1-9][个点条]?[，,、:：.\s]"
    r"|[（(][1-9一二三四五六][)）]"
    r"|[1-9][)）、](?!\d)"
    r"|[1-9]\.(?!\d)\s*"
    r"|[一二三四五六][、.．]"
    r"|[①②③④⑤⑥]"
    r"|\b(?:first|second|third|fourth|firstly|secondly|thirdly|also|lastly|finally)\b[,:])"
)
_QUESTION_END = lazy_compile(r"(?<=[?？])")
# Politeness around the questions, not a question itself.
_COURTESY = lazy_compile(
    r"^(谢谢|感谢|多谢|麻烦|辛苦|thanks|thank you|many thanks|cheers|best|regards)", re.IGNORECASE
)
_MIN_PART = 4
# "the commission rates for those three, and what would the combined deposit be?": a second
# question joined by "and" inside one sentence.
_SECOND_ASK = lazy_compile(r"(?<=[,，])\s*(?=and (what|whether|how|which|who)\b)")
_SECOND_ASK_WORD = lazy_compile(r"what|whether|how|which|who")
# Questions in a row that make a message of several (two are often one question said twice).
_MIN_QUESTIONS = 2


def _strip_marker(piece: str) -> str:
    """The part without the marker it starts with ("第二，", "(2)")."""
    marker = _ENUMERATION.match(piece)
    return piece[marker.end() :].strip() if marker else piece.strip()


def _parts(question: str) -> tuple[str, list[str]] | None:
    """(preamble, parts) when the message holds at least two questions."""
    starts = [m.start() for m in _ENUMERATION.finditer(question)]
    if len(starts) >= 2:
        preamble = question[: starts[0]]
        pieces = [
            question[a:b].strip() for a, b in zip(starts, [*starts[1:], len(question)], strict=True)
        ]
    else:
        if money_mentions(question)[1]:
            # "52万，其中分销12万。预收多少？应收多少？返还多少？" is one computation.
            return None
        sentences = [s.strip() for s in _QUESTION_END.split(question) if s.strip()]
        asked = [
            piece.strip()
            for sentence in sentences
            if sentence.endswith(("?", "？"))
            for piece in _SECOND_ASK.split(sentence)
            if piece and piece.strip() and not _SECOND_ASK_WORD.fullmatch(piece.strip())
        ]
        if len(asked) < _MIN_QUESTIONS:
            return None
        first = question.find(asked[0])
        preamble = ""
        pieces = asked
        # Statements before the first question belong to it ("我们团队40人。…要几年？").
        pieces[0] = question[:first].strip() + " " + pieces[0] if first > 0 else pieces[0]
    pieces = [_strip_marker(p) for p in pieces]
    pieces = [p for p in pieces if len(p) >= _MIN_PART and not (_COURTESY.match(p) and len(p) < 16)]
    if len(pieces) < 2:
        return None
    return preamble, pieces


# "再加一个基础软件类目", "plus Security too": the part's markets come on top of the message's.
_ADDS = lazy_compile(r"再加|加上|另外|同时|也|还有|\b(plus|also|too|as well|both|together)\b")


def _with_context(part: str, context_markets: list[str], lang: Lang) -> str:
    """The part, led by the message's markets when it names none of its own (or adds its own
    to them)."""
    own = markets_in_question(part)
    if own and _ADDS.search(normalize(part)):
        context_markets = [m for m in context_markets if m not in own]
    elif own:
        return part
    if not context_markets:
        return part
    names = [market_label(m, lang) for m in context_markets]
    return t("answers_compound_context", lang, markets=join_names(names, lang), part=part)


def compound_answer(
    question: str,
    lang: Lang,
    today: date,
    answer_one: Callable[[str, Lang, date], Answer],
) -> Answer | None:
    """One reply to every question in the message, or None when it holds only one (or when
    no part gets a real answer: then the message is answered as one question)."""
    found = _parts(question)
    if found is None:
        return None
    preamble, pieces = found
    context = markets_in_question(preamble) or markets_in_question(question)
    replies = [answer_one(_with_context(p, context, lang), lang, today) for p in pieces]
    answered = [r for r in replies if r.confident and not r.out_of_scope and r.source]
    if len(answered) < 2:
        return None
    if len({r.text for r in replies}) < len(replies):
        # Two parts asking one thing ("按下单还是结算时间？算9月还是10月？") are one question.
        return None
    budget = (MAX_ANSWER_CHARS - 80) // len(replies)
    blocks: list[str] = []
    sources: list[str] = []
    for index, reply in enumerate(replies, 1):
        body = reply.text
        if reply.source and "\n" in body:
            body = body.rsplit("\n", 1)[0]
        blocks.append(f"{index}) " + _shortened(body, budget))
        if reply.source and reply.source not in sources and reply in answered:
            sources.append(reply.source)
    source = t("answers.rule_separator", lang).join(sources)
    tail = t("answers.source", lang, source=source)
    text = "\n".join(blocks) + "\n" + tail
    first = answered[0]
    return Answer(text, lang, True, first.topic, source, [])


_LEAD_NOISE = lazy_compile(
    r"^(以下是指南|仅供参考|本月（|These are the rates|Rates of the guide|This month)"
)


def _shortened(body: str, budget: int) -> str:
    """The reply's lines up to `budget` characters, cut at a line end; lines that only say
    whose rates these are go first."""
    lines = [line for line in body.split("\n") if line.strip()]
    kept = [line for line in lines if not _LEAD_NOISE.match(line)] or lines
    out: list[str] = []
    used = 0
    for line in kept:
        if used + len(line) > budget and out:
            break
        out.append(line if len(line) <= budget else line[: budget - 1] + "…")
        used += len(line) + 1
    return "\n".join(out)


def names_several_questions(question: str) -> bool:
    return _parts(normalize(question)) is not None
