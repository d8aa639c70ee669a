"""Attributes the guide never states (interest on the deposit, how long its refund takes, what
a violation costs): said to be absent, never answered with the topic's other facts."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.knowledge import unstated_attributes
from bot.answers.text import normalize


def test_no_unstated_attribute_is_in_the_seed(seed_text: str) -> None:
    lines = [normalize(line) for line in seed_text.splitlines()]
    whole = "".join(lines)
    for attribute in unstated_attributes():
        for form in attribute.forms:
            assert normalize(form) not in whole, (attribute.name, form)
        for pattern in attribute.patterns:
            assert not any(pattern.search(line) for line in lines), (attribute.name, pattern)


@pytest.mark.parametrize(
    ("question", "lang", "says"),
    [
        ("押金交了有没有利息", "zh", "计息"),
        ("保证金的年化收益率是多少", "zh", "计息"),
        ("Does the deposit earn any interest?", "en", "interest"),
        ("what interest rate do you pay on the margin", "en", "interest"),
        ("保证金退回要多久到账", "zh", "多长时间"),
        ("how long until the deposit is refunded after we leave", "en", "how long"),
        ("违规了会扣多少保证金", "zh", "扣多少"),
        ("Can the deposit be forfeited for a violation?", "en", "deducted"),
    ],
)
def test_unstated_attribute_is_declined_saying_so(question: str, lang: str, says: str) -> None:
    reply = answer(question)
    assert reply.lang == lang
    assert reply.out_of_scope and not reply.confident
    assert says in reply.text
    assert ("human" if lang == "en" else "转人工") in reply.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("保证金交多少", "30,000"),
        ("I'm interested in the API market, how much is the deposit?", "30,000"),
        ("Is it fine to check the deposit amount for Retail Link here?", "50,000"),
        ("保证金能退吗", "退回"),
        ("佣金多收的部分什么时候返还", "次月"),
    ],
)
def test_stated_facts_next_to_those_words_are_still_answered(question: str, fact: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope
    assert fact in reply.text
