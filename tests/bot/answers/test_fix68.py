"""Round 53 (session 58): the answers behind black-box s68's D4 and D8
(docs/evaluation/black_box_s68/report.md), mended with the tester's own lines and variants."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        # D4: the guide's worked example alone — no tiers, rates or the policy's end.
        "how is the commission calculated",
        "How is commission calculated?",
        "how does the commission work",
        "how is commission charged?",
        "can you explain how the platform fee is calculated?",
    ],
)
def test_how_commission_works_is_the_whole_rule(question: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith("Commission (the platform service fee")
    assert "tier 1 < 200,000; tier 2 200,000 – < 500,000; tier 3 ≥ 500,000 yuan" in text
    assert "has ended" in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # The worked example and a market's rates asked are still those.
        ("show me a commission calculation example", "The guide's example"),
        (
            "how is the commission calculated for website building?",
            "Website Building Market (rate table: 网站建设) commission",
        ),
        # The pre-charge asked "during the month" is the pre-charge note.
        (
            "How is the commission charged during the month, when the tier is not known yet?",
            "During the month the commission is pre-charged at the tier 1 rate",
        ),
    ],
)
def test_narrower_commission_questions_keep_their_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # D8: "No, the other way round" and the rule four times.
        (
            "can I list products before paying the deposit",
            "No. Vendors who have not paid the deposit may not list products",
        ),
        (
            "can we start selling before the deposit is paid?",
            "No. Vendors who have not paid the deposit may not list products",
        ),
        ("能不能先上架商品再交保证金", "不能。未缴纳保证金的服务商不得上架商品"),
    ],
)
def test_listing_before_the_deposit_is_a_plain_no(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "other way round" not in text
    assert text.count("may not list products") + text.count("不得上架商品") == 1


def test_the_order_asked_either_way_keeps_the_steps() -> None:
    text = answer("do I pay the deposit before or after listing products?", today=DAY).text
    assert "Order: step 5 (Pay the deposit) → step 6 (File a ticket) → step 7" in text
