"""fix31c: declines and scope. A question the guide cannot answer is declined (the hand-off,
with the related rule where there is one); an answerable one is not declined because of a
sentence of background beside it."""

from __future__ import annotations

import pytest

from bot.answers import Answer, answer
from tests.bot.answers.answer_checks import IN_POLICY, first_line, first_sentence

_GENERAL_DECLINE = ("抱歉，这个问题不在", "Sorry, that is outside")


def _reply(question: str) -> Answer:
    return answer(question, today=IN_POLICY)


# 1. Another platform the vendor sells on, said as background, is no ask about that platform:
# the Marketplace question beside it is answered (holdout21 36).
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "What's the credit requirement for Retail Link? We also sell on 1688.",
            "legal representative",
        ),
        (
            "We also sell on Tmall. What's the credit requirement for Retail Link?",
            "legal representative",
        ),
        ("Retail Link credit condition? We sell on Taobao too.", "legal representative"),
        ("We sell on Taobao and Tmall. How much is the deposit?", "30,000"),
    ],
)
def test_other_platform_as_background_is_not_declined(question: str, fact: str) -> None:
    reply = _reply(question)
    assert not reply.out_of_scope, reply.text
    assert fact in first_line(reply.text), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "We also sell on 1688.",
        "We want to sell on Tmall too. How?",
        "How do I open a Taobao store?",
    ],
)
def test_other_platform_asked_about_stays_declined(question: str) -> None:
    assert _reply(question).out_of_scope


# 2. Pricing advice, however worded, is outside the guide: declined with the one charge the
# guide ties to sales (holdout21 191).
@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "What's the best way to price my SaaS product on the marketplace to maximize conversions?",
            "no pricing advice",
        ),
        ("How to price our analytics app on the Marketplace?", "no pricing advice"),
        ("What is the right way to price a subscription listing?", "no pricing advice"),
        ("产品怎么定价转化率最高？", "指南没有"),
        ("上架以后怎么提高转化率？", "抱歉"),
        ("How can we boost conversions on our listing page?", "Sorry"),
    ],
)
def test_pricing_and_conversion_advice_declined(question: str, said: str) -> None:
    reply = _reply(question)
    assert reply.out_of_scope, reply.text
    assert said in first_sentence(reply.text), reply.text


@pytest.mark.parametrize(
    "question",
    ["Is commission charged on the list price or the actual price paid?", "佣金按标价还是实收算"],
)
def test_commission_basis_still_answered(question: str) -> None:
    assert not _reply(question).out_of_scope


# 3. Another platform's fee, alone or compared with the Marketplace's: the guide names none, so
# no comparison either; the Marketplace's own deposit is offered, its figure not stated beside the
# decline (test_fix23f) (dev21c 192).
@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("淘宝开店的保证金是多少？跟云市场的一样吗", "保证金多少"),
        ("天猫的保证金和云市场的一样吗？", "保证金多少"),
        ("天猫开店的佣金几个点？云市场呢？", "保证金多少"),
        ("淘宝开店保证金多少？", "保证金多少"),
        (
            "Is the Taobao shop deposit the same as the Marketplace deposit?",
            "How much is the deposit",
        ),
        ("How much is the Tmall deposit? Is it the same as here?", "How much is the deposit"),
        ("What's the deposit on Tmall? Same as the Marketplace?", "How much is the deposit"),
    ],
)
def test_other_platform_fee_declined_with_own_deposit(question: str, own: str) -> None:
    reply = _reply(question)
    assert reply.out_of_scope, reply.text
    first = first_sentence(reply.text)
    assert "没有写淘宝" in first or "says nothing about the deposit" in first, reply.text
    assert own in reply.text, reply.text
    assert "3万" not in reply.text and "30,000" not in reply.text, reply.text
    assert "不一样" not in reply.text and "No:" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["我们之前在淘宝有违规记录，零售通保证金多少", "京东云市场抽成多少"],
)
def test_other_platform_fee_reader_leaves_records_and_clouds(question: str) -> None:
    text = _reply(question).text
    assert "没有写淘宝" not in text, text


# 4. Writing the vendor's own documents (API docs, a manual) is no rule of joining (dev21c 195).
@pytest.mark.parametrize(
    "question",
    [
        "Can you help me write the API documentation for the product we'll publish on the API Market?",
        "Could you draft a user manual for our app?",
        "Please write the technical docs for our listing.",
        "能帮我写一下API市场商品的接口文档吗？",
        "帮我们写个产品使用手册",
        "可以帮忙编写一份产品说明书吗",
    ],
)
def test_writing_documents_declined(question: str) -> None:
    reply = _reply(question)
    assert reply.out_of_scope, reply.text
    assert first_sentence(reply.text).startswith(_GENERAL_DECLINE), reply.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Can you help me write the ticket text?", "入驻云市场已缴纳保证金"),
        ("帮我写一下工单", "入驻云市场已缴纳保证金"),
    ],
)
def test_ticket_text_still_written(question: str, fact: str) -> None:
    reply = _reply(question)
    assert not reply.out_of_scope and fact in reply.text, reply.text


# 5. When a paid deposit shows up in the account: no time in the guide, declined with step 5
# ("recharge" is the top-up of step 5, no commission) (dev14b 131).
@pytest.mark.parametrize(
    "question",
    [
        "How long after the online recharge does the deposit show up in the account?",
        "We recharged the deposit online, when will it show in our account?",
        "When will the deposit show up in our account after we top up?",
        "After paying online, when does the deposit appear in the account?",
        "保证金在线充值以后多久能到账？",
        "保证金在线充值以后什么时候能显示到账？",
    ],
)
def test_deposit_arrival_time_declined(question: str) -> None:
    reply = _reply(question)
    assert reply.out_of_scope, reply.text
    first = first_sentence(reply.text)
    assert "指南没有写明" in first or "The guide does not say how long" in first, reply.text
    assert "第5步" in reply.text or "step 5" in reply.text, reply.text


def test_recharge_how_is_step_five() -> None:
    reply = _reply("How do I recharge the deposit?")
    assert not reply.out_of_scope and "Step 5" in first_line(reply.text), reply.text


# 6. Two asks, the guide answering the first and silent on the second's time: the first is
# answered in its part, the second says no time is given, with the review's e-mail (dev21c 124).
@pytest.mark.parametrize(
    "question",
    [
        "第一次申请和再次申请要填的东西有啥区别？另外提交以后大概多久出结果",
        "首次申请和再次申请有什么不同？审核要多长时间",
        "What's the difference between a first and a repeat application? And how long does the review take?",
    ],
)
def test_answered_part_and_unstated_time(question: str) -> None:
    text = _reply(question).text
    assert first_line(text).startswith("1)"), text
    assert "业务资质" in first_line(text) or "business qualifications" in first_line(text), text
    assert "2) 指南没有写明" in text or "2) The guide does not say how long" in text, text
    assert "邮件" in text or "email" in text, text


# 7. "registered capital" / "a registered company" is the company's, no account registration
# (step 1): an e-mail's background sentence naming the review then gets no order of steps
# (dev14d 2).
@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Re: Re: onboarding questions\n\nHi Lily,\nThanks for the call yesterday, the slides "
            "were very helpful and our CTO has reviewed them.\nOne last thing before we submit: "
            "does the API market set any minimum registered capital?",
            "no registered capital requirement",
        ),
        (
            "Our CTO has reviewed them. Before we submit: is there a registered capital "
            "requirement for the IoT market?",
            "no registered capital requirement",
        ),
    ],
)
def test_registered_capital_names_no_step(question: str, said: str) -> None:
    reply = _reply(question)
    assert said in first_line(reply.text), reply.text
    assert "Step 1" not in reply.text, reply.text


def test_account_registered_still_step_one() -> None:
    text = _reply("We have registered an account, what's next?").text
    assert "step 2" in first_line(text), text
