"""Round 19 (fix19e): the reply's FIRST sentence answers what was asked — the step(s) asked, where
the application starts, which button first, the repeat application's rule, the ticket category,
how the deposit is got back, why a deposit, who interprets the policy, per category or combined,
and the values asked for several markets. Paraphrases of our own (dev15a/b's classes); each
failed on the code before the fix (main af8ff4f)."""

from __future__ import annotations

import re

import pytest

from bot.answers import answer

_FIRST = re.compile(r"^.+?(?:[。！？]|[.!?](?=\s)|\n|$)", re.DOTALL)


def _first_sentence(question: str) -> str:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    match = _FIRST.match(reply.text.strip())
    assert match is not None
    return match.group(0)


def _first_line(question: str) -> str:
    return answer(question).text.strip().split("\n", 1)[0]


# --- the values asked for several markets: in the first sentence (dev15a 141/148, b 137/138) -
@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("安全市场和建站市场的注册资金各要多少？", ["安全市场", "建站市场", "100万"]),
        ("企业应用和服务市场营业执照各要满几年", ["企业应用市场", "服务市场", "2 年"]),
        (
            "How old must the business license be for Basic Software and API?",
            ["Basic Software", "1 year", "API Market: no"],
        ),
        (
            "What founding-time or licence rule applies to Retail Link and to Basic Software?",
            ["Retail Link", "1 year", "Basic Software"],
        ),
    ],
)
def test_values_for_several_markets_in_the_first_sentence(question: str, values: list[str]) -> None:
    first = _first_line(question)
    for value in values:
        assert value in first, first
    assert not re.search(r"都有|Yes, all|Not all", first), first


# A yes / no asked of several markets keeps its verdict lead.
def test_whether_several_markets_set_a_condition_keeps_the_verdict() -> None:
    first = _first_line("服务市场和基础软件市场都要求注册资金吗？")
    assert "都有" in first, first


# --- what comes after paying the deposit: step 6, the ticket, first (dev15b n=155) ---------
@pytest.mark.parametrize(
    "question",
    [
        "What happens after the deposit has been paid?",
        "What happens once we've paid the deposit?",
        "Deposit paid — what's next?",
        "交完保证金以后会发生什么？",
        "保证金交完之后下一步做什么？",
    ],
)
def test_after_the_deposit_opens_with_the_ticket(question: str) -> None:
    first = _first_sentence(question)
    assert re.search(r"工单|ticket", first), first
