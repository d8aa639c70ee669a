"""Round 14 answer routing, facts and declines (holdout12's misses, after its blind score): each
class with paraphrases of our own that the old code (main 113e1f4) got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    "question",
    [
        "帮我看下我们公司上个月的佣金返还到账没有，服务商ID是88231",
        "麻烦查一下我们的保证金退回来没有，账号ID 53317",
        "请帮忙确认下返还的佣金到账了吗？我们的服务商编号是 7712",
        "帮我查下佣金返还到账了没，服务商ID：45120",
    ],
)
def test_a_lookup_beside_a_short_id_is_handed_off_and_the_id_is_no_amount(question: str) -> None:
    """A look-up of the vendor's own record is handed off; the id (4–5 digits after ID/编号/账号)
    is never rated as a month's total."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "档" not in reply.text and "tier" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "So the deposit for all twelve would be 380,000 yuan, right?",
        "So if we join all twelve, the total deposit is 380,000, correct?",
        "The deposit for all twelve comes to 380,000 yuan, right?",
    ],
)
def test_a_claimed_deposit_for_all_twelve_is_confirmed(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith("Yes"), reply.text
    assert "380,000" in reply.text, reply.text


def test_a_wrong_deposit_for_all_twelve_is_contradicted() -> None:
    reply = answer("So the deposit for all twelve would be 360,000 yuan, right?")
    assert reply.text.startswith("No"), reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("我们交的保证金能不能转到另一个阿里云账号下面？", "转到另一个阿里云账号"),
        ("保证金可以转移到我们另一个账号吗", "转到另一个阿里云账号"),
        ("Can we move our deposit over to a different Alibaba Cloud account?", "moved to another"),
        ("Can the deposit be transferred to our parent company's account?", "moved to another"),
        ("麻烦直接帮我把我们账号 ali_vendor_2019 的保证金退掉", "合作终止后将会退回"),
        ("你直接帮我们把 shop_abc_01 这个账号的保证金退了吧", "合作终止后将会退回"),
        ("Please refund the deposit on our account vendor_cn_88 for us.", "cannot act"),
        ("Just refund our deposit for us, account id acme_cn_01.", "cannot act"),
        ("商品被平台下架了，怎么申诉？", "下架"),
        ("我们的产品被下架了，可以申诉吗", "下架"),
        ("我们的商品被云市场强制下架了，怎么恢复？", "下架"),
        ("Our product was taken down by the platform. How do we appeal?", "taken down"),
    ],
)
def test_moving_or_refunding_the_deposit_for_us_and_delisting_appeals_are_handed_off(
    question: str, says: str
) -> None:
    """The guide says nothing of these: declined with a hand-off, saying what it does say."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert says in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["保证金能退吗", "保证金怎么退回来", "How do we get the deposit back?", "商品怎么上架"],
)
def test_the_refund_and_listing_rules_stay_answered(question: str) -> None:
    assert not answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "Does the Service market ask for any marketing capability?",
        "Does the Service Market ask for marketing and planning ability?",
        "Does the Retail Link market ask for registered capital?",
        "Does the API market expect a 5x8 after-sales service?",
    ],
)
def test_does_a_market_ask_for_a_rule_it_sets_opens_with_yes(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "For most markets what team size is required, and what proof do we have to show?",
        "What proof of our team size does the API market want?",
        "We have 22 employees. Which documents do we need to provide?",
    ],
)
def test_the_team_proof_reads_social_insurance_in_english(question: str) -> None:
    """The rule's statement is the company's social insurance payment statement, in two words."""
    reply = answer(question)
    assert "social insurance" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "我们这个月建站市场卖了30万，平台佣金按多少收？",
        "这个月我们在服务市场卖了25万，佣金按多少收",
    ],
)
def test_how_much_commission_is_charged_is_no_negotiation(question: str) -> None:
    """按多少收 asks the rate (this month is outside the policy period), not for a lower one."""
    reply = answer(question)
    assert "协商" not in reply.text, reply.text
    assert "2021年3月31日" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["商品审核多久", "企业实名认证审核多久", "上架的产品审核要几天"]
)
def test_a_review_other_than_the_applications_gets_no_application_notice(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "邮件" not in reply.text, reply.text


def test_the_applications_review_keeps_its_notice() -> None:
    assert "邮件" in answer("入驻申请审核要多久").text
