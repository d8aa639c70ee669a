"""Fact-check finding 7: a category with no rate reads "no rate in the policy" (SPEC 9), with
the market's name, in the vendor's DM; never as no fee, never as a bare id."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.commission.summary import SummaryRow
from handlers.commission.post import vendor_message
from rules.commission import compute


def test_vendor_dm_names_the_market_and_says_the_rate_is_missing_not_zero() -> None:
    result = compute("devops", Decimal("80000"), Decimal("0"), date(2020, 10, 1))
    text = vendor_message("V1", "2020-10", [SummaryRow("V1", "2020-10", 3, result)])
    lines = text.split("\n")
    assert lines[1].startswith("• 开发运维市场：应结算实收现金总额 80,000.00 元")
    assert (
        lines[2] == "  政策费率表中没有开发运维市场的费率，无法计算（不是 0%），请向工作人员确认。"
    )
    assert "• DevOps Market: settled cash total CNY 80,000.00" in text
    assert (
        "  The policy's rate table has no rate for DevOps Market: commission cannot be computed"
        " (it is not 0 %); please check with staff."
    ) in lines
    assert "不计算平台服务费" not in text and "no commission is computed" not in text
