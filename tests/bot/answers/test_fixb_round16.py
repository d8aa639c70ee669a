"""Round 16 (computed answers and verdicts): classes from holdout13's judgement."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line


@pytest.mark.parametrize(
    "question",
    [
        # A two-digit year before 成立/注册 is a calendar year (2014), never 14 years of licence
        # age; "30多人" is a head count given, not one to re-ask.
        "您好～我们公司14年成立的，注册资金500万，技术+客服团队30多人社保都有，缴费情况表可以提供，"
        "做建站业务5年多了，客服在线是5*8，做的网站都是部署在阿里云上的，协议那些我们都接受。"
        "想问下建站市场能进吗？",
        "我们16年注册的公司，注册资金300万，技术和客服团队20多人都交社保，缴费情况表能提供，"
        "建站业务做了3年，5x8在线客服，网站都依托阿里云，协议都接受，建站市场可以入驻吗",
    ],
)
def test_two_digit_founding_year_and_rough_headcount_give_a_clear_yes(question: str) -> None:
    text = answer(question).text
    assert first_line(text).startswith("能"), text
    assert "14年满足" not in text and "16年满足" not in text, text
    assert "无法判断" not in text and "要确认" not in text, text


@pytest.mark.parametrize(
    ("question", "months"),
    [
        ("我们18年注册的公司，注册资金200万，企业应用市场能进吗", "至少满7年"),
        ("公司是98年成立的，注册资金200万，企业应用市场执照年限够吗", "至少满27年"),
    ],
)
def test_two_digit_founding_year_is_counted_as_a_year(question: str, months: str) -> None:
    text = answer(question, today=__import__("datetime").date(2026, 12, 1)).text
    assert months in text, text


def test_registered_capital_after_a_two_digit_number_is_not_a_year() -> None:
    text = answer("公司成立3年，注册资金200万，企业应用市场能进吗").text
    assert "200万" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # Markets counted with 零售通 left out: the ordinary deposit per market (3 × 30,000),
        # never 零售通's, nor the template's quoted 叁万.
        "The ticket template says 已缴纳保证金叁万元 — we joined three regular markets (no Retail "
        "Link). What should the amount be in Chinese capital numerals?",
        "We joined three markets, no Retail Link. How do we write the deposit amount in the ticket?",
        "模板里写的是已缴纳保证金叁万元，我们入驻了三个普通市场（不含零售通），工单金额大写应该怎么写？",
    ],
)
def test_ticket_for_counted_markets_without_retail_link(question: str) -> None:
    text = answer(question).text
    assert "玖万" in text and "伍万" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        # A licence's month and year in English is a date to judge, never "no figure given".
        (
            "Our business license was issued in March 2025 and registered capital is 2 million "
            "RMB. Do we meet the license-age and capital requirements for the Enterprise Apps "
            "market?",
            "No",
            "20 months does NOT meet it",
        ),
        (
            "Business license issued Nov 2025, registered capital 3 million. Is our license old "
            "enough for the Website Building market?",
            "No",
            "does NOT meet it",
        ),
        (
            "Our business license was issued in June 2023 and registered capital is 1.5 million. "
            "Do we meet the license-age and capital requirements for the Enterprise Apps market?",
            "Yes",
            "41 months meets it",
        ),
    ],
)
def test_english_month_and_year_of_a_licence_is_judged(
    question: str, verdict: str, shown: str
) -> None:
    text = answer(question, today=__import__("datetime").date(2026, 12, 1)).text
    assert first_line(text).startswith(verdict), text
    assert shown in text and "not judged" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # A head count after 只有 is not another tool used instead of 钉钉, and "钉钉也开通了" is
        # had: only the head count fails.
        "零售通这块，我们公司一共只有3个员工，不过有专人对接运营，钉钉也开通了，行不行？",
        "零售通：我们只有2个人，有专人对接运营，钉钉也开通了，能入驻吗",
    ],
)
def test_stated_dingtalk_and_contact_are_met_beside_a_short_headcount(question: str) -> None:
    text = answer(question).text
    assert first_line(text).startswith("不能"), text
    # The stated contact and DingTalk are met (fix22p: the rules engine's line, with the guide's
    # words after it).
    dingtalk = next(line for line in text.split("\n") if "并已开通钉钉" in line)
    assert "满足" in dingtalk and "不满足" not in dingtalk, text


@pytest.mark.parametrize(
    "question",
    [
        # The deposit asked per market: the one amount first, never a sum of 11 markets.
        "除了零售通，其他市场每个类目保证金多少？",
        "不算零售通，其他市场每个市场保证金是多少",
    ],
)
def test_deposit_per_market_is_the_amount_each(question: str) -> None:
    text = answer(question).text
    assert first_line(text).startswith("每个类目 3万元"), text
    assert "33万" not in text and "330,000" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # Commission 0% does not waive the deposit: 不是 first, then the sum.
        "API和物联网两个市场佣金都是0，那保证金是不是也免了？两个一起入驻要交多少",
        "物联网和API佣金为0，保证金也免吗？两个市场一共交多少",
    ],
)
def test_deposit_is_not_waived_says_no_first(question: str) -> None:
    text = answer(question).text
    assert first_line(text).startswith("不是"), text
    assert "6万元" in text, text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # "会让我们跳到第二档吗": 会/不会 first, then the breakdown.
        ("企业应用2020年6月自营15万、分销10万，分销会让我们跳到第二档吗？最后佣金多少", "会"),
        ("企业应用2020年6月自营10万、分销5万，分销能让我们升到第二档吗", "不会"),
        (
            "Enterprise Apps, June 2020: 150k direct and 100k distribution. Will distribution "
            "push us into tier 2? What's the commission?",
            "Yes",
        ),
    ],
)
def test_tier_reached_is_answered_first(question: str, opening: str) -> None:
    text = answer(question).text
    assert first_line(text).startswith(opening), text
