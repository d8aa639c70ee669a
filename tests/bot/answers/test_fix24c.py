"""Round 24 (fix24c; dev18a/b/c after int23): money openings, steps and declines — in wordings of
our own that int23 got wrong:

1. a 0 % market whose tier changed: no refund because tier 1's rate is the same, never "the tier
   did not change";
2. the commission and the refund both asked ("Final commission and refund?", "how much
   commission and refund"): both lead, never the pre-charge the vendor only told;
3. "怎么划分 / 如何划分 / how are … split" is no yes/no: no stray "收。" before the rate table;
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.answers import answer

TODAY = date(2026, 12, 2)


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


def _first_sentence(text: str) -> str:
    return re.split(r"[。.!?！？\n；;]", text.strip(), maxsplit=1)[0]


# --- 1. a 0 % market: no refund because the rate is the same ------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "API市场2020年8月流水35万，佣金多少？",
        "物联网市场2020年6月交易额70万元，平台佣金要交多少？",
        "API market, May 2020: 450k of orders. What commission do we owe?",
        "IoT market, October 2019, turnover CNY 800,000 — commission?",
    ],
)
def test_zero_rate_market_no_refund_reason(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "档位没变" not in text and "tier stays the same" not in text
    assert "0%" in text


# --- 2. commission and refund both asked lead -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "Security market, June 2020: settled total 800k, 300k of it distribution. We were "
            "pre-charged at tier 1. Final commission and refund?",
            ("15,000", "35,000"),
        ),
        (
            "Website market, March 2020, orders worth CNY 600,000. How much commission and refund?",
            ("60,000", "60,000"),
        ),
        (
            "Enterprise app market, Aug 2020, total 300k. Platform took tier 1 upfront. "
            "Commission and refund?",
            ("15,000", "15,000"),
        ),
    ],
)
def test_commission_and_refund_lead(question: str, wanted: tuple[str, str]) -> None:
    first = _first_line(answer(question, today=TODAY).text)
    assert "Pre-charged" not in first.split(";")[0].split(".")[0]
    for figure in wanted:
        assert figure in first


# --- 3. "how are the tiers split" is no yes/no ------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "服务市场佣金阶梯档位是怎么划分的？",
        "企业应用市场的佣金档位如何划分？",
        "建站市场的阶梯费率怎样分档的？",
        "How are the commission tiers split for the Service market?",
    ],
)
def test_how_split_no_stray_verdict(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert not text.startswith("收。") and not text.startswith("Yes.")
