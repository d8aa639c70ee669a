"""Session 27, the lead's mends after merging round 22's fixers."""

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "基础软件和数据智能这两个市场，营业执照年限和注册资金分别要求多少？",
            "数据智能市场没有注册资金要求",
        ),
        ("数据智能和基础软件的执照年限、注册资金各是多少要求", "数据智能市场没有注册资金要求"),
        ("API和建站市场的营业执照和注册资金各要求多少", "API市场没有营业执照年限要求"),
    ],
)
def test_a_kind_asked_that_one_market_does_not_set_is_said(question: str, said: str) -> None:
    assert said in answer(question).text
