"""Round 29 (fix29c): commission and deposit asks answered as asked, as classes, each with
paraphrases of our own that int27 got wrong."""

from __future__ import annotations

import re

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0]


# --- 1. a settlement day after the policy, its start day named as a premise: 不能 / No first ----


@pytest.mark.parametrize(
    "question",
    [
        "政策是2016年11月17日起的，2021年5月3日结算的单子还适用阶梯吗",
        "优惠从2016年11月17号开始，那2021年6月1号结算的订单还能按阶梯减免算吗",
        "The discount policy started on 17 November 2016. Can orders settled on 15 April 2021 "
        "still use the tiers?",
        "Since the tiers began on November 17, 2016, do they still apply to an order settled on "
        "May 3, 2021?",
    ],
)
def test_day_after_policy_beside_its_start_is_no(question: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert first.startswith(("不能", "No")), reply.text
    assert "2021年3月31日" in reply.text or "2021-03-31" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "政策2016年11月17日开始，2019年5月3日结算的订单能按阶梯算吗",
        "The policy began on 17 November 2016; can an order settled on 3 May 2019 use the tiers?",
    ],
)
def test_day_inside_policy_beside_its_start_is_yes(question: str) -> None:
    reply = answer(question)
    assert _first_line(reply.text).startswith(("能", "Yes")), reply.text


# --- 2. one ordinary market, 零售通 set aside in brackets: 30,000, no 零售通 case added ----------


@pytest.mark.parametrize(
    "question",
    [
        "我们只进一个普通类目（不是零售通），押金多少？",
        "入驻1个普通市场(不是零售通)，要交多少保证金",
        "For one ordinary market (not Retail Link), how much is the deposit?",
        "How much deposit for 1 regular market (not Retail Link)?",
    ],
)
def test_one_ordinary_market_not_retail_is_its_own_deposit(question: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert "30,000" in first, reply.text
    assert "80,000" not in reply.text and "8万" not in reply.text, reply.text


def test_retail_link_named_beside_an_ordinary_market_still_adds_up() -> None:
    reply = answer("入驻零售通和一个普通市场，保证金多少")
    assert "80,000" in reply.text, reply.text


# --- 3. an overcharge in plain words ("takes too much commission"): the re-rating and refund ---


@pytest.mark.parametrize(
    "question",
    [
        "What if the marketplace charges us too much commission one month?",
        "Suppose too much commission is taken from us this month, then what?",
        "If the platform takes too much commission from my orders, what happens next?",
        "要是平台这个月佣金扣多了怎么办",
        "如果平台这个月佣金收太多了会怎样",
    ],
)
def test_too_much_commission_is_the_refund_next_month(question: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert ("refund" in first and "following month" in first) or (
        "返还" in first and "次月" in first
    ), reply.text
    assert "…" not in reply.text, reply.text


# --- 4. "was it first charged at N%?" of one order: 是的/不是, Yes/No first, no month claimed ----


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("建站市场一笔5万的订单，是不是先按20%收佣金？", "是的"),
        ("安全市场一笔3万的单子，一开始是按5%扣的佣金吗", "不是"),
        ("An order of 80,000 yuan in the Services market: was it initially charged at 10%?", "Yes"),
        (
            "Our 40,000 yuan Website Building order, settled 2019-06-02: was it first charged 15%?",
            "No",
        ),
    ],
)
def test_first_charged_rate_is_a_verdict_first(question: str, verdict: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert first.startswith(verdict), reply.text
    assert not re.search(r"(?<![\d,.])0 ?(yuan|元)", reply.text), reply.text
    assert "no refund" not in reply.text and "不会返还" not in reply.text, reply.text
