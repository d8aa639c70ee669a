"""fix33b: commission over-collected under other verbs reaches the pre-charge rule (§4 注)."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

# Class 1: "over-collected", "collected too much", "over-deducted" name the overcharge the guide
# refunds after the next month's re-rating, not the markets without a rate.
_OVERCHARGE_EN = (
    "How is over-collected commission handled, and when?",
    "What do you do with over-collected commission?",
    "How is over-deducted commission handled?",
    "Over-billed commission: how is it handled?",
    "How is commission that was collected in excess handled?",
    "Overcollected commission — what happens to it?",
    "How is over-taken commission handled?",
    "Commission was over-collected last month, what happens?",
    "If you collected too much commission, when is it returned?",
    "Over-deducted commission: when do we get it back?",
    "What happens to commission that was overcharged?",
    "If you charge too much commission, when do we get it back?",
)
_OVERCHARGE_ZH = (
    "多收的佣金怎么处理、什么时候退",
    "预收多了的佣金怎么办",
    "多扣的佣金怎么处理",
)


@pytest.mark.parametrize("question", _OVERCHARGE_EN)
def test_overcharge_en_gets_precharge_rule(question: str) -> None:
    line = first_line(answer(question).text)
    assert "pre-charged at the tier 1 rate" in line
    assert "refunds any overcharge" in line
    assert "not in the commission rate table" not in line


@pytest.mark.parametrize("question", _OVERCHARGE_ZH)
def test_overcharge_zh_gets_precharge_rule(question: str) -> None:
    line = first_line(answer(question).text)
    assert "先默认按第1档费率收取" in line
    assert "单独返还" in line
