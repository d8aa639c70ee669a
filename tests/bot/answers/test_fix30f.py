"""fix30f: dev21a's wrong first sentences (docs/ANSWERS.md): a rule asked of every market, one
condition asked to be all, and the other classes below. Each class in several wordings, both
languages where it applies."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import IN_POLICY, first_line, first_sentence


def _reply(question: str) -> str:
    return answer(question, today=IN_POLICY).text


# The deposit asked to be alike in every market: No, 零售通 pays 50,000 (§3).
@pytest.mark.parametrize(
    "question",
    [
        "Is the deposit the same for every market?",
        "Is the deposit amount identical across all markets?",
        "保证金每个市场都一样吗？",
        "各个市场的保证金是不是都相同？",
    ],
)
def test_deposit_not_alike_in_every_market(question: str) -> None:
    head = first_sentence(_reply(question))
    assert head.startswith(("No", "不是", "不一样")), head
    assert "50,000" in first_line(_reply(question))


# A condition asked of every market that 零售通 does not set: No, not 零售通 (SPEC 4).
@pytest.mark.parametrize(
    "question",
    [
        "Do all markets need social-insurance records?",
        "Does every market require the social insurance statement?",
        "所有市场都要社保缴费表吗？",
        "是不是每个市场都要求提供社保缴费信息？",
    ],
)
def test_social_insurance_not_every_market(question: str) -> None:
    line = first_line(_reply(question))
    assert line.startswith(("No", "不是")), line
    assert "Retail Link" in line or "零售通" in line, line


# One condition asked to be all a market needs: No, its other conditions count too.
@pytest.mark.parametrize(
    "question",
    [
        "api市场是不是只要团队够20个人就行了？",
        "API市场只要有20个人就可以入驻吗？",
        "Is a 20-person team all we need for the API Market?",
        "For the API Market, do we only need 20 people?",
    ],
)
def test_one_condition_is_not_all(question: str) -> None:
    reply = _reply(question)
    assert first_sentence(reply).startswith(("No", "不是")), reply
    assert "社保" in reply or "social insurance" in reply, reply


# Several products in one market: the deposit is per market, not per product (§3, SPEC 7).
@pytest.mark.parametrize(
    "question",
    [
        "同一个市场里我上好几个商品，保证金是交一次还是每个商品都要交？",
        "一个市场里上架三款产品，保证金是每款产品都要交吗？",
        "We list several products in one market. Is the deposit paid once, or for each product?",
    ],
)
def test_deposit_once_per_market_not_per_product(question: str) -> None:
    reply = _reply(question)
    head = first_sentence(reply)
    assert head.startswith(("不是", "No")), reply
    assert "类目" in first_line(reply) or "per market" in first_line(reply), reply


# The store opened once the deposit is paid (step 7), asked as a rule: answered, not looked up.
@pytest.mark.parametrize(
    "question",
    [
        "Once the deposit is paid, is our store opened?",
        "After the deposit is paid, is our store opened?",
    ],
)
def test_store_opened_after_deposit_is_answered(question: str) -> None:
    found = answer(question, today=IN_POLICY)
    assert not found.out_of_scope, found.text
    assert "shop opens" in found.text, found.text


@pytest.mark.parametrize(
    "question",
    [
        "Once the deposit is paid, is our store opened?",
        "Once the deposit is paid, is our shop open?",
    ],
)
def test_store_opened_after_deposit_yes_first(question: str) -> None:
    assert first_sentence(_reply(question)) == "Yes"


# A step said done with 完 / 了 / 好 around its words, and what next: the next step first.
@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("交完保证金还要干啥吗，还是直接就能卖了？", "第6步"),
        ("交完保证金还要干啥？", "第6步"),
        ("我已经注册了阿里云账号，接下来该干嘛？", "第2步"),
        ("已经注册了账号，接下来该干嘛", "第2步"),
        ("账号注册好了，下一步做什么？", "第2步"),
        ("阿里云账号已经注册了，然后呢？", "第2步"),
    ],
)
def test_next_step_after_one_said_done(question: str, step: str) -> None:
    line = first_line(_reply(question))
    assert f"之后是{step}" in line, line


# What the guide never covers: building an ECS image, shipping goods with 菜鸟 — declined, the
# related condition at most said beside the decline.
@pytest.mark.parametrize(
    "question",
    [
        "阿里云ECS的自定义镜像怎么制作？具体命令是啥",
        "How do we build a custom ECS image? What are the commands?",
        "我们想在云市场上卖实物硬件，物流怎么对接菜鸟？",
        "We sell physical hardware on the Marketplace — how do we connect our shipping with Cainiao?",
        "卖硬件的话，发货怎么对接物流？",
    ],
)
def test_image_building_and_logistics_declined(question: str) -> None:
    found = answer(question, today=IN_POLICY)
    assert found.out_of_scope, found.text


@pytest.mark.parametrize(
    "question",
    [
        "基础软件市场要求以镜像形式交付吗？",
        "We make IoT hardware and ship physical devices with our platform. Can we join the IoT market?",
    ],
)
def test_image_delivery_and_hardware_profile_still_answered(question: str) -> None:
    assert not answer(question, today=IN_POLICY).out_of_scope


# Weekdays 9:00-18:00, weekends off: 5 days × 9 hours covers 5x8 (建站 condition 4).
@pytest.mark.parametrize(
    "question",
    [
        "建站市场，我们客服工作日9点到18点在线，周末不在，这样满足吗？",
        "Website Building Market: our customer service is online weekdays 9:00-18:00, not on "
        "weekends. Does that meet the condition?",
        "For the Website Building Market, our online support runs 9am-6pm on weekdays, with "
        "weekends off. Is that enough?",
    ],
)
def test_weekday_office_hours_meet_5x8(question: str) -> None:
    found = answer(question, today=IN_POLICY)
    assert not found.out_of_scope, found.text
    assert first_sentence(found.text).startswith(("满足", "Yes")), found.text


# 企业应用's note on marketing software asked as a "special note": the note (SPEC 6), not declined.
@pytest.mark.parametrize(
    "question",
    [
        "企业应用市场对营销软件有啥特别说明？",
        "营销软件在企业应用市场有什么特殊规定？",
        "Does the Enterprise Application Market say anything special about marketing software?",
        "Is there a special note on marketing software for the Enterprise Application Market?",
    ],
)
def test_marketing_software_note_answered(question: str) -> None:
    found = answer(question, today=IN_POLICY)
    assert not found.out_of_scope, found.text
    assert "无须基于云部署" in first_line(found.text), found.text


# An account id beside a market added: the id is no fact stated, the amount more is answered.
@pytest.mark.parametrize(
    "question",
    [
        "Account UID 2089456123 here. We already paid the API market deposit; now we're adding "
        "the Service Market — how much more do we pay?",
        "UID 2089456123: API market deposit already paid, we're adding the Service Market. How "
        "much more deposit do we pay?",
        "我们的UID是2089456123。API市场保证金已经交了，现在要加服务市场，还要再交多少？",
    ],
)
def test_added_market_deposit_beside_an_id(question: str) -> None:
    head = first_sentence(_reply(question))
    assert "30,000" in head, head


# The tier goes by the category's month total, asked against a single order (§4 item 2).
@pytest.mark.parametrize(
    "question",
    [
        "佣金分档是按当月总额算，还是按单笔订单金额算？",
        "档位看单笔订单还是看一个月的总额？",
        "阶梯是按每笔订单算还是按月汇总？",
        "Is the commission tier based on the month's total or on each order?",
    ],
)
def test_tier_by_month_total_not_each_order(question: str) -> None:
    head = first_sentence(_reply(question))
    assert "当月" in head or "month" in head, head


# Which of two markets passes on two stated facts, both passing: both named first.
@pytest.mark.parametrize(
    "question",
    [
        "Capital RMB 200,000, licence 18 months old. Between Basic Software and Data "
        "Intelligence, which one passes on these two conditions?",
        "注册资金20万，执照18个月。基础软件和数据智能这两个市场，这两条哪个能过？",
    ],
)
def test_which_of_two_passes_names_both(question: str) -> None:
    head = first_sentence(_reply(question))
    assert head.startswith(("Both pass", "两个都满足")), head


# The deposit and the commission asked in one sentence: both answered.
@pytest.mark.parametrize(
    ("question", "deposit", "commission"),
    [
        ("我们想进API、物联网两个市场，保证金一共多少，佣金多少？", "6万", "0%"),
        ("How much is the deposit for API and IoT, and what is the commission?", "60,000", "0%"),
    ],
)
def test_deposit_and_commission_both_answered(question: str, deposit: str, commission: str) -> None:
    reply = _reply(question)
    assert deposit in first_line(reply), reply
    assert commission in reply, reply


_ENTERPRISE_PROFILE = (
    "Full profile for Enterprise Applications: legally registered company, licensed 2021, capital "
    "RMB 5M, 35 tech+support staff all on company social insurance (we can provide the monthly "
    "statement), 5x8 after-sales tech support, we sell HR and finance SaaS to SMEs, we can "
    "integrate against the Marketplace API, and we accept all Marketplace agreements and rules. "
    "Eligible?"
)
_SOLUTION_PROFILE = (
    "Solutions Market applicant in e-commerce: legally registered company, licensed 2020, capital "
    "RMB 5M, 45 tech+support staff on social insurance with statements, 2 ACP-certified engineers, "
    "5x8 after-sales, API integration capability, traceable well-known client cases, and we accept "
    "all marketplace agreements and rules. Eligible?"
)


# "integrate against the Marketplace API" is the interface condition, no API Market asked; a
# listed "traceable well-known client cases" is the vendor's own, credited.
@pytest.mark.parametrize(
    "question",
    [
        _ENTERPRISE_PROFILE,
        _SOLUTION_PROFILE,
        "Solution Market, logistics company: licensed 2016, capital 3M, 30 staff with social "
        "insurance statements, 1 ACP engineer, 5x8 support, API integration, successful customer "
        "cases, accept all agreements. Can we join?",
    ],
)
def test_full_profile_credited_yes(question: str) -> None:
    # Answered on the sets' day (conftest.py): a licence "2021" is under two years old on the
    # in-policy day the commission tests above are answered on.
    reply = answer(question).text
    assert first_line(reply).startswith("Yes"), reply
    assert "API Market" not in reply, reply


def test_denied_case_list_is_no_case_had() -> None:
    reply = _reply(
        "My client has no successful, traceable well-known customer case yet. Can they join the "
        "Solutions market?"
    )
    assert not first_line(reply).startswith("Yes"), reply
