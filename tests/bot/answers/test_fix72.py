"""Round 57 (session 62): review 64's notes N1–N3 on the answers' side
(docs/evaluation/diff_review_round56c.md)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("零售通我们公司一共就俩员工，人数够吗", 2),
        ("零售通我们公司一共就俩人，人数够吗", 2),
        ("零售通我们公司员工就俩，够吗", 2),
        ("零售通我们公司员工就仨，够吗", 3),
        ("零售通我们公司一共就两个人，人数够吗", 2),
        ("零售通我们公司就两名员工，够吗", 2),
    ],
)
def test_two_and_three_as_people_say_them(question: str, people: int) -> None:
    # N1: the condition listed with no verdict.
    found = answer(question, today=DAY)
    assert f"{people}人低于零售通市场要求的4人" in found.text.splitlines()[0]


def test_two_before_renminbi_is_no_head_count() -> None:
    from bot.answers.text import _digits, normalize

    assert _digits(normalize("两人民币")) == "两人民币"
    assert _digits(normalize("就两人")) == "就2人"


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "For the website market, is the pre-charge the lowest rate or the highest?",
            "The highest: Website Building Market is pre-charged at tier 1, 20%, its highest rate",
        ),
        ("建站预收是按第一档还是第三档", "先按最高的费率：建站市场当月按第1档 20% 预收"),
        ("安全市场预收是按最高的费率还是最低的", "先按最高的费率：安全市场当月按第1档 10% 预收"),
        ("Is the pre-charge at the top rate or the bottom rate?", "The highest: the month is"),
        ("预收是按第一档还是第三档", "先按最高的费率：当月按第1档预收"),
    ],
)
def test_the_pre_charge_is_the_highest_rate(question: str, head: str) -> None:
    # N2: "Website Building Market's lowest rate is 10%"; the tier table with no answer.
    found = answer(question, today=DAY)
    assert found.text.startswith(head)
    assert "lowest rate is" not in found.text


def test_the_lowest_rate_asked_alone_is_still_the_lowest() -> None:
    assert answer("企业应用最低费率是多少", today=DAY).text.startswith(
        "企业应用市场的费率最低是 3%"
    )


@pytest.mark.parametrize("bracket", ["()", "[]"])
def test_bracketed_distribution_beside_english_everyday_names(bracket: str) -> None:
    # N3: "Tell me the market" with both markets named.
    left, right = bracket
    found = answer(
        f"Dec 2020 we had security ¥300,000 {left}100k of it via distribution{right} and "
        f"solution ¥450,000 {left}no distribution{right}. Commission per category and total?",
        today=DAY,
    )
    assert found.text.startswith("Commission in all: 32,500 yuan.")
    assert "Security Market: month total 300,000 yuan (distribution 100,000)" in found.text


@pytest.mark.parametrize(
    "question",
    [
        "我们营销团队就两个人，算吗？",
        "营销团队算吗",
        "we have a marketing team of 3, does that count?",
        "do we need a marketing team?",
    ],
)
def test_a_marketing_team_asked_gets_the_marketing_condition(question: str) -> None:
    # Found beside N1: the contact page ("marketplace team"), the 20-person team ("Yes."), or
    # the two marketing people judged as the technical team.
    found = answer(question, today=DAY)
    assert found.topic == "computed.conditions_overview"
    assert found.text.startswith(
        ("指南对营销只要求“具有一定的营销策划能力”", 'The guide asks only for "a certain marketing')
    )


def test_a_marketing_team_beside_the_technical_team_is_not_counted() -> None:
    found = answer("我们营销团队有5个人，技术客服20人，能进服务市场吗", today=DAY)
    assert "→ 20人满足" in found.text
    assert "5人不满足" not in found.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s74 D4: the IoT market's conditions.
        ("物联网市场收多少", "物联网市场各档的佣金比例都是 0%"),
        # D5: the credit condition, or the market's description.
        (
            "no I just want to know how old the company must be for retail link",
            "Retail Link Market: company founded more than 1 year ago.",
        ),
        (
            "what about retail link, how old must the company be?",
            "Retail Link Market: company founded more than 1 year ago.",
        ),
        # D6: the whole list of conditions (SPEC rule 1: 超过 is strictly more).
        ("零售通刚好满一年行不行", "不能：零售通市场要求企业成立时间超过 1 年，1年没有超过。"),
        (
            "is exactly one year enough for retail link?",
            "No: the Retail Link Market requires company founded more than 1 year ago",
        ),
        # D7: the seven joining steps.
        ("我想入驻云市场，要啥条件", "每个集市的入驻条件不同"),
    ],
)
def test_black_box_s74_questions(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_money_asked_of_a_market_stays_its_deposit() -> None:
    assert answer("安全市场收多少钱", today=DAY).text.startswith("入驻安全市场需缴纳保证金共 3万元")
