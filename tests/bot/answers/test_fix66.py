"""Round 51 (session 56): the answers the black-box reading s64 found wrong
(docs/evaluation/black_box_s64/report.md), each mended with the tester's own words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "question",
    [
        # D8: priced, with a note, though the day named is before the policy.
        "security market, November 2016, 100k, settled on Nov 5",
        "security market 100k settled 5th November 2016, commission?",
        "security market, 2016-11 sales 100k, settled on the 3rd",
    ],
)
def test_an_order_settled_before_the_policy_is_declined(question: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith("An order settled on 2016-11-0")
    assert "10,000" not in found.text


def test_a_day_after_the_policy_start_is_priced() -> None:
    found = answer("security market, November 2016, 100k, settled on Nov 20", today=DAY)
    assert found.text.startswith("Commission: 10,000 yuan")


def test_which_rules_apply_to_a_settled_order_are_the_periods() -> None:
    # D10: "which rules apply?" got the management rules.
    found = answer(
        "our order was paid on March 28 2021 but settled on April 2 2021, which rules apply?",
        today=DAY,
    )
    assert found.topic != "notice.management_rules"
    assert "2021-03-31" in found.text


@pytest.mark.parametrize(
    "question",
    ["what do they mail to this address?", "what is sent to the delivery address"],
)
def test_what_the_delivery_address_is_for(question: str) -> None:
    # D11: "outside what I can answer".
    found = answer(question, today=DAY)
    assert found.text.startswith("The guide only says the Marketplace issues a receipt")


@pytest.mark.parametrize(
    "question",
    [
        # (A first mend of D2 declined these as "the guide names only ACP" — score run h127:
        # nine right answers turned wrong; the entry was taken out.)
        "解决方案市场，我们团队没有ACP的工程师，只有一个ACA，这样可以吗",
        "解决方案市场：我们有2个ACA认证工程师，没有ACP，行不行？",
    ],
)
def test_aca_instead_of_acp_is_a_no(question: str) -> None:
    assert answer(question, today=DAY).text.startswith("不能")


def test_a_tier_rate_asked_beside_an_order_number() -> None:
    # holdout83 #167: declined as a look-up of the vendor's account.
    found = answer("订单号202010150008812这单是建站市场的，第一档佣金多少？", today=DAY)
    assert found.text.startswith("建站市场第1档的佣金比例是 20%")


def test_what_an_order_was_charged_is_still_a_look_up() -> None:
    assert answer("订单 2020101500088 这单按第一档收了多少佣金？", today=DAY).out_of_scope


def test_a_sum_written_out_is_the_months_total() -> None:
    # holdout84 #130: "18万+12万" read as 18万 (tier 1 instead of tier 2).
    found = answer("上个月建站市场卖了18万+12万，其中分销3万，佣金按哪档算、多少钱？", today=DAY)
    assert "30万元（300,000元）" in found.text
    assert "第2档 15%" in found.text


def test_rate_and_deposit_asked_without_a_comma() -> None:
    # holdout84 #139: only the deposit was answered.
    found = answer(
        "For the New Retail and DevOps markets, what commission rate applies and what deposit"
        " do we pay?",
        today=DAY,
    )
    assert "not in the commission rate table" in found.text
    assert "30,000" in found.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # D17: declined as outside the guide; the guide gives the deposit in 人民币, paid online.
        ("can we pay the deposit by bank transfer in USD?", "The guide gives the deposit in RMB"),
        ("保证金能用美元交吗", "指南写的保证金金额都是人民币"),
    ],
)
def test_the_deposit_in_another_currency(question: str, head: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith(head)
    assert found.out_of_scope  # what the guide leaves open is passed on


def test_an_exchange_rate_is_still_declined() -> None:
    assert answer("what's the USD exchange rate?", today=DAY).text.startswith("Sorry")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 56 R6: the rates of a day inside the policy, a deposit's rules.
        (
            "an order settled on 2020-05-10 in the security market, which rates apply?",
            "Security Market (rate table: 安全市场)",
        ),
        (
            "the deposit was settled on May 3 2022, which rules apply to getting it refunded?",
            "If you did not violate",
        ),
        # R7: the settlement day, not the payment day.
        (
            "security market, November 2016, 100k, paid on Nov 10, settled on Nov 20",
            "Commission: 10,000 yuan",
        ),
        # R13: where the ticket goes is no delivery address.
        ("what's the address for submitting the ticket?", "Step 6, the ticket"),
        # dev25c #88: a part named again keeps the parts apart.
        (
            "Data Intelligence, February 2021, three orders settled: 120k + 50k + 30k RMB; the"
            " 30k one came through a distributor. What's our commission and how much gets"
            " refunded in early March?",
            "Commission: 8,500 yuan (tier 2, 5%)",
        ),
    ],
)
def test_after_the_review(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
