"""Round 58 (session 63): the notes left by round 57's reviews (review 65 N3, review 66 N3)
and the seven steps given for "成为云市场服务商要什么条件"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "成为云市场服务商要什么条件",
        "要成为云市场的服务商，需要满足哪些条件",
        "成为服务商需要什么资格",
        "我想加入云市场，需要什么条件",
    ],
)
def test_becoming_a_vendor_asks_the_conditions(question: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith("每个集市的入驻条件不同，共同点是")


def test_the_steps_stay_the_steps() -> None:
    assert answer("成为云市场服务商要走哪些步骤", today=DAY).text.startswith("入驻云市场共7步")


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("我们做HR系统的合适吗", "企业应用市场"),
        ("我们是做OA系统的，合适吗", "企业应用市场"),
        ("我司做舆情分析的适合吗", "数据智能市场"),
    ],
)
def test_a_product_fit_asked_of_no_market(question: str, market: str) -> None:
    # Review 66 N3: declined as outside the guide.
    found = answer(question, today=DAY)
    assert found.text.startswith(f"按指南中各集市的介绍和入驻条件，最相符的是{market}")


def test_a_plural_retail_links_is_retail_link() -> None:
    # Review 65 N3: the three no-rate markets answered.
    found = answer("what is the commission for retail links market?", today=DAY)
    assert found.text.startswith("Retail Link Market is not in the commission rate table")
