"""The lead's mends of round 24 (session 29): a first-charge rate asked with no amount gets its
是的 / 不是 by the market's tier 1 rate; the 多少 of a head count does not turn a receipt asked of
the deposit into the deposit's amount."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line


@pytest.mark.parametrize(
    ("question", "opening", "rate"),
    [
        ("服务市场一开始先按20%收佣金吗", "不是", "10%"),
        ("建站市场是不是先按20%预收", "是的", "20%"),
        ("Is the Service market first charged at 10%?", "Yes", "10%"),
        ("Is the Website Building market initially charged at 10%?", "No", "20%"),
    ],
)
def test_first_charge_rate_without_an_amount(question: str, opening: str, rate: str) -> None:
    reply = answer(question).text
    assert first_line(reply).startswith(opening), reply
    assert rate in first_line(reply), reply
    assert "这一笔订单" not in reply and "one order alone" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "安全市场要多少人？另外保证金开收据还是发票",
        "零售通要几个员工？还有交了保证金以后给开收据还是发票",
        "How many staff does the Security market need? And for the deposit, is it a receipt or an"
        " invoice?",
    ],
)
def test_a_head_count_beside_the_receipt_keeps_the_receipt(question: str) -> None:
    reply = answer(question).text
    assert "收据" in reply or "receipt" in reply, reply
    assert "3万元" not in reply and "30,000" not in reply, reply


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # A full date after 执照是 is no bare year (the 年 left out had dodged the month's check).
        ("执照是2024年12月15号的，想进企业应用市场，执照年限现在够了吗？", "不能"),
        ("建站市场：营业执照2024年12月1日的，执照年限够了吗", "这一项满足"),
        # One date said twice is one date, not a licence date and a day to count up to.
        (
            "我们执照是去年11月的，也就是2025年11月。想同时进数据智能和基础软件，光看执照年限这一条，"
            "两个市场现在都够了吗？",
            "数据智能市场：这一项满足",
        ),
    ],
)
def test_a_licence_date_asked_of_its_age(question: str, opening: str) -> None:
    reply = answer(question).text
    assert first_line(reply).startswith(opening), reply
    assert "0年" not in reply and "还需确认" not in reply, reply


@pytest.mark.parametrize(
    ("question", "opening", "shown"),
    [
        # A date with its day, in English too: "2 Dec 2025" is exactly one year old today.
        (
            "Data Intelligence Market: our licence was issued 2 Dec 2025. Is the licence-age"
            " condition met today?",
            "Yes",
            "1 year meets",
        ),
        # 超过1年 is judged to the day: two days past the year is more than one year.
        (
            "Retail Link: company founded 30 November 2025, registered capital RMB 1.5M. Do the"
            " founding-date and capital conditions pass?",
            "Yes",
            "1 year and 2 days meets",
        ),
        (
            "零售通：公司2025年11月30日成立，注册资金150万，这两条满足吗",
            "这几项都满足",
            "1年零2天满足",
        ),
        ("零售通：公司2025年12月2日成立，满足成立时间吗", "不能", "1年不满足"),
    ],
)
def test_a_licence_age_from_a_date_is_judged_to_the_day(
    question: str, opening: str, shown: str
) -> None:
    reply = answer(question).text
    assert first_line(reply).startswith(opening), reply
    assert shown in reply, reply
