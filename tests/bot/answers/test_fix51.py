"""Round 43 (session 48; not blind): holdout51's six wrongs after its one blind score (the judge
194/200, docs/ANSWERS.md "holdout51 (blind, first score)")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # #38: the technical side asked with what is integrated with: that condition, in full.
        ("API市场技术上有啥要求，要对接啥东西？", "可根据云市场API接口进行开发接入", "入驻条件："),
        ("API市场要对接啥东西？", "可根据云市场API接口进行开发接入", "托管服务"),
        # #45: the policy may be shortened, with notice — the answer first.
        ("阿里云能不能提前结束这个佣金优惠？会不会通知", "会：", "2016年11月17日起，至"),
        # #65: the markets, called marketplaces.
        ("How many marketplaces are there in total? pls list them", "twelve markets", "7 steps"),
        # #108: "Anything missing for 安全市场?" names what is left to confirm.
        (
            "Security co. here: license since March 2022, capital 3 million, 40 staff on social "
            "insurance, 7x24 support, 3 yrs in security. Anything missing for 安全市场?",
            "delivered as an image",
            "Yes, on these points",
        ),
        # #174: a ticket's number names no ticket text asked for.
        (
            "Ticket #88231907 - we paid our ¥30,000 deposit on 2026-11-20. Is it refundable if we "
            "leave the marketplace later?",
            "refunded after the cooperation ends",
            "叁万",
        ),
        # #193: a Tmall flagship store is outside the guide.
        (
            "我们还想在天猫开个旗舰店，需要哪些资质？",
            "没有写淘宝、天猫、京东等其他平台的开店条件",
            "20 人",
        ),
    ],
)
def test_holdout51s_wrongs(question: str, said: str, not_said: str) -> None:
    reply = answer(question, today=DAY).text
    assert said in reply
    assert not_said not in reply
    assert invented_numbers(question, reply, DAY) == []
