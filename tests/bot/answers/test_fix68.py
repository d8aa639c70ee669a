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


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout88 #4: "按您说的情况目前不满足" for a vendor who stated nothing.
        (
            "建站市场这边，我们给客户做的建站服务必须用阿里云的产品吗，还是别家云也行？",
            "建站市场要求：提供的服务均以阿里云产品为依托。",
        ),
        # holdout88 #14: the nine conditions, the 钉钉 line buried.
        (
            "零售通对我们内部用的办公沟通工具有要求没",
            "零售通市场要求：有专人对接运营服务并已开通钉钉。",
        ),
        # holdout88 #59: declined as a deposit paid twice by mistake.
        (
            "if we join 2 markets do we pay the deposit twice or just once?",
            "2 market(s): 2 × 30,000 = 60,000 yuan",
        ),
        # holdout88 #110: the outsourced-support decline for a team of 19.
        (
            "Team of 19 (tech + CS), the rest is outsourced. API market ok?",
            "No: 19 people is below the 20 people the API Market requires",
        ),
        # holdout88 #184: the contracts' term for the time signing takes.
        (
            "Once we pass review, how long does the contract signing usually take?",
            "The guide does not say how long this takes",
        ),
    ],
)
def test_holdout88_mended(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_the_support_asked_beside_the_team_is_judged() -> None:
    # holdout88 #99: the 7x24 after-sales said and asked, never judged.
    text = answer(
        "25 staff + social-insurance statement + 7x24 after-sales; API market — are the team and "
        "support conditions OK?",
        today=DAY,
    ).text
    assert "• 5x8 after-sales technical service → 7x24: you meet it" in text


@pytest.mark.parametrize(
    "question",
    [
        # holdout88 #155: every experience rule listed, the 1-year ones too.
        "Which markets ask for two or more years of experience?",
        "Which markets ask for 2+ years of experience?",
    ],
)
def test_markets_by_years_of_experience_said_in_words(question: str) -> None:
    text = answer(question, today=DAY).text
    assert "Basic Software Market, Service Market" in text
    assert "Website Building Market" in text
    assert "API Market" not in text and "Security Market" not in text


@pytest.mark.parametrize(
    "question",
    [
        # holdout88 #173: the commission rule instead of "I cannot see your account".
        "Account ID 5123441099870001 (Hangzhou XX Tech) — can you tell me what we paid in"
        " commission last month?",
        "can you tell me what we paid in commission last month?",
        "how much we were charged in fees last month",
    ],
)
def test_our_own_last_month_commission_is_declined(question: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope
    assert reply.text.startswith("I cannot look up your account's records")


def test_last_month_commission_worked_out_from_given_figures_is_still_computed() -> None:
    reply = answer(
        "we sold 300,000 of website building last month, what we paid in commission last month?",
        today=DAY,
    )
    assert not reply.out_of_scope
    assert "15,000" in reply.text
