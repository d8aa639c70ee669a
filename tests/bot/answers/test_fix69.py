"""Round 54 (session 59): black-box s67 D17 (docs/evaluation/black_box_s67/report.md) — the
general commission question in Chinese gets the whole rule, as the English one does."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    ["云市场的佣金怎么收的", "佣金是怎么收的", "云市场怎么收佣金的", "平台的佣金怎么算？"],
)
def test_how_commission_is_charged_is_the_whole_rule(question: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith("佣金即平台服务费")
    assert "第1档 <20万，第2档 20万≤额<50万，第3档 ≥50万（含）" in text
    assert "现已结束" in text


def test_a_market_named_keeps_its_rates() -> None:
    text = answer("建站市场的佣金怎么收的", today=DAY).text
    assert text.startswith("建站市场（费率表：网站建设）按当月该类目应结算实收现金总额分档")
