"""Round 41 (session 46; not blind): the second black-box round's answer defects left open in
session 45 — digits with spoken units (D8), "website orders" (D18), a deposit for a count of
markets with one named (D20), how to get the ecosystem certification (D24)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # D8: 19万9千9百99块9毛9 is 199,999.99 (10% = 19,999.999 → 20,000.00 half up).
        ("基础软件一个月19万9千9百99块9毛9，佣金多少", "199,999.99元", "199,900"),
        ("基础软件一个月19万9千9百99块9毛9，佣金多少", "2万元（20,000元）", "19,990"),
        ("基础软件一个月19万9千9百99元，佣金多少", "199,999元", "199,900"),
        ("注册资金3万5千可以入驻零售通吗", "3.5万元", "5千"),
        # A colloquial tail ("49万9千9" = 499,900) is read as before.
        ("服务市场2020年4月卖了49万9千9，佣金多少", "499,900元", "490,009"),
        # D18: "website orders" name the market.
        (
            "so if in Oct 2020 we had 350k of website orders, 50k of them distribution, how much "
            "commission?",
            "Commission: 45,000 yuan",
            "Tell me the market",
        ),
        # D20: one market named of two: the other counted as "other", not "1 × 30,000".
        ("ok and whats the deposit for two markets, SaaS and data?", "1 other × 30,000", "+ 1 × "),
        ("两个市场 SaaS和数据 保证金多少", "另外 1 个市场 × 30,000", "+ 1 × "),
        ("deposit for two markets?", "2 × 30,000 = 60,000", "other"),
        # D24: how to get the ecosystem certification: the guide's pointer, not who needs it.
        (
            "how do i get the ecosystem certification",
            "ecosystem partner joining process",
            "No such condition",
        ),
        ("生态认证怎么拿", "参考阿里云官网生态伙伴入驻流程", "对这一项没有要求"),
        # … while whether a market needs it is still answered as before.
        ("新零售市场要求生态认证吗", "需要", "没有写具体的办理步骤"),
    ],
)
def test_black_box_answers(question: str, said: str, not_said: str) -> None:
    text = answer(question, today=DAY).text
    assert said in text
    assert not_said not in text
