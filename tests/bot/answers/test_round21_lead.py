"""The lead's fixes after holdout18's blind score (round 21; not blind)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

IN_POLICY = date(2020, 10, 1)


# holdout18 n=81: a lower support level said absent beside 7x24 is no lack (SPEC rule 3).
@pytest.mark.parametrize(
    "question",
    [
        "我们只有7x24小时的售后，没有专门的5x8，这算满足API市场的售后要求吗",
        "售后是7*24的，没单独做5*8，数据智能市场的售后要求算满足吗",
        "We run 24/7 support but no dedicated 5x8 desk. Does that meet the API market's "
        "after-sales requirement?",
    ],
)
def test_a_lower_level_absent_beside_7x24_is_met(question: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert text.startswith(("这一项满足", "满足", "Yes")), text
    assert "不满足" not in text.split("\n")[0] and "not meet" not in text.split("\n")[0], text


# Without a higher level the lack stands.
def test_a_lower_level_absent_alone_is_a_lack() -> None:
    text = answer("我们没有5x8客服，能进API市场吗", today=IN_POLICY).text
    assert text.startswith("不能"), text
