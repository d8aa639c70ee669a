"""Round 42 (session 47; not blind): holdout50's four wrongs after its one blind score (the judge
196/200, docs/ANSWERS.md "holdout50 (blind, first score)")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # #116: a month in parts by time, its sum said again ("这50w"), is counted once.
        (
            "服务&代维 2020年12月：上半月30w，下半月20w，这50w里面有10w是分销。实际佣金和返还各多少？",
            "佣金 1.2万元（12,000元）（第3档 3%）；次月初返还 2.8万元（28,000元）",
            "100万",
        ),
        (
            "服务市场2020年12月：上半月30w，下半月20w，一共50w，其中10w是分销，佣金多少",
            "当月应结算实收现金总额 50万元",
            "总额 30万元",
        ),
        (
            "security market Dec 2020: first half 300k, second half 200k, commission?",
            "Commission: 15,000 yuan (tier 3, 3%)",
            "tier 2",
        ),
        # #120: the distribution orders' own subtotal ("分销订单一共30万") is no month total.
        (
            "网站建设2021年2月：自营两单 ¥88,888 和 ¥111,112，另外分销订单一共30万，佣金多少？",
            "佣金 2万元（20,000元）（第3档 10%）",
            "4.5万元",
        ),
        # #175: the question after "quick q:", not the ticket the sentence before names.
        (
            "ticket 0123-4567 was about our deposit. quick q: after paying the 30k deposit, is a "
            "receipt issued?",
            "issues you a receipt",
            "入驻云市场已缴纳保证金",
        ),
        # #200: the refund's bank account changed for the vendor: declined.
        (
            "Can you change the bank account our deposit refund goes to? new acct 6222 0000 1111 "
            "2222",
            "I cannot do that for you",
            "充值交纳",
        ),
        ("能不能把保证金退款的银行卡换一下", "我不能替您办这件事", "充值交纳"),
    ],
)
def test_holdout50s_wrongs(question: str, said: str, not_said: str) -> None:
    reply = answer(question, today=DAY).text
    assert said in reply
    assert not_said not in reply
    assert invented_numbers(question, reply, DAY) == []
