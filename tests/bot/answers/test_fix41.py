"""fix41 (round 34, session 39; not blind): the wrongs round 33 named and left — why the
social-insurance statement is asked, a step's bare number after a part that gave the step,
an amount stated with its tax, and what happens after the application's 提交 (with the step
after it) asked in Chinese — then the blind development sets' wrongs of this round."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Why the statement is asked is what it is for (holdout35 #56): that first.
        ("为啥入驻还要交社保个人月缴费信息情况表？这个表是证明啥的", "用来证明技术及客服团队的人数"),
        ("why do we need to provide the social insurance statement?", "It backs the team size"),
        # An amount stated with its tax is the month's figure, not a tax question.
        ("服务市场本月含税收入30万，佣金多少", "本月（2026年12月）不在指南的佣金政策期间内"),
        ("service market revenue 300k incl. VAT this month, commission?", "This month (2026-12) is outside"),
        # The application's 提交 said without 点, and the step after it.
        ("提交申请以后会怎样？再下一步是什么？", "点了“提交”之后，下一步是第3步的 vi"),
        ("申请提交了之后下一步干嘛", "点了“提交”之后，下一步是第3步的 vi"),
        ("what happens after I hit submit?", "After clicking 提交, the next thing to do is step 3 vi"),
        # A founding month in English relative to today: "March last year", "last March".
        ("our licence is from March last year, is that old enough for the security market?", "No: 20 months is below the 2 years"),
        ("we were founded last March, is that old enough for the security market?", "No: 8 months is below the 2 years"),
        # A refund asked of an application turned down: none is paid before the review passes.
        ("Is the deposit refundable if we get rejected during review?", "No deposit has been paid if the review turns the application down"),
        ("审核不通过的话，保证金会退吗", "审核没通过时还没有交保证金，不涉及退还：保证金在审核通过、签署合同之后（入驻流程第5步）才缴纳。"),
    ],
)  # fmt: skip
def test_the_asked_thing_opens_the_reply(question: str, opening: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(opening), found.text
    assert not invented_numbers(question, found.text, DAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The step's bare number after a part that gave the whole step.
        ("which step is signing the contract? which agreements do we sign?", "《云市场协议》", "\nStep 4.\n"),
        ("签合同在第几步？要签哪些协议", "《云市场协议》", "\n第4步。\n"),
        # Its title once, the step after the review in both parts.
        ("提交申请以后会怎样？再下一步是什么？", "审核通过后是第4步 签署云市场合同：在阿里云", "申请入口"),
        # Why the statement is asked: no "Yes" to an unasked "is it needed".
        ("Why is the social insurance statement required?", "It backs the team size", "Yes, for the markets"),
        # What happens after submit, after the click before it: the email said whole.
        ("After I click 'join now' on the market page, what do I do next, and what happens after I hit submit?", "You get an email", "First the review"),
    ],
)  # fmt: skip
def test_the_reply_says_it_once(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text


@pytest.mark.parametrize(
    "question",
    ["软件企业有什么税收优惠", "what VAT rate applies to marketplace sales?", "do we pay vat on the commission"],
)  # fmt: skip
def test_tax_matters_stay_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # A founding month without its day: the month as said beside the verdict, no age made up.
        ("我们公司2025年3月成立的，注册资本200万，20个技术，想做安全市场，行吗？", "• 营业执照满 2 年 → 2025年3月成立，不满足"),
        ("Founded March 2025, capital 2 million, 20 tech staff, can we join the security market?", "→ founded March 2025: you do NOT meet it"),
    ],
)  # fmt: skip
def test_a_founding_month_is_shown_as_said(question: str, line: str) -> None:
    assert line in answer(question, today=DAY).text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("founded last March", date(2026, 3, 31)),
        ("set up in May of last year", date(2025, 5, 31)),
        ("June this year we started", date(2026, 6, 30)),
        ("this may take long; founded 2020-01-01", date(2020, 1, 1)),
    ],
)
def test_english_months_relative_to_today(text: str, day: date) -> None:
    from bot.answers.text import dates_mentioned

    assert dates_mentioned(text, DAY) == [day]
