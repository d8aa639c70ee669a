"""Round 22 (dev17d, a week of vendor-support chat): each class with paraphrases of our own
that main 76e056c answered with a neighbouring rule or without the answer first."""

from __future__ import annotations

import pytest

from bot.answers import answer


# --- how many markets, asked by a vendor who says it is a team (dev17d n=1) -----------------
@pytest.mark.parametrize(
    "question",
    [
        "我们团队想问一下云市场有多少个集市",
        "我们是做SaaS的小团队，云市场一共有几个市场？",
        "We are a small team of five. How many markets does the Marketplace have?",
        "Our team is new here: how many categories are there in total?",
    ],
)
def test_market_count_asked_beside_the_team_is_the_count(question: str) -> None:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    assert "十二" in reply.text or "twelve" in reply.text, reply.text
    assert "20" not in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(
    "question", ["How many markets require a 20-person team?", "有几个市场要求7x24小时售后？"]
)
def test_markets_counted_by_a_condition_stay_the_condition(question: str) -> None:
    reply = answer(question)
    assert "twelve" not in reply.text and "十二大" not in reply.text, reply.text


# --- the rate after the policy's end, named by its last day (dev17d n=184) -----------------
@pytest.mark.parametrize(
    "question",
    [
        "What is the commission rate after 31 March 2021 when the policy ended?",
        "2021-03-31以后平台抽成几个点",
        "After the fee-reduction policy expired, what percentage does the platform take?",
        "优惠政策到期之后佣金比例是多少？",
    ],
)
def test_rate_after_the_policy_end_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert not reply.text.startswith(("是", "Yes", "能")), reply.text


def test_the_last_day_itself_is_still_inside() -> None:
    reply = answer("2021年3月31号当天结算的订单能按阶梯算吗")
    assert reply.text.startswith("能"), reply.text


# --- joining another cloud's marketplace, then asking how (dev17d n=195) -------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们也打算上架华为云市场，需要哪些步骤？",
        "准备同时入驻京东云的云市场，要交多少保证金？",
        "We also want to list on AWS Marketplace, what is the process?",
        "We plan to join the Tencent Cloud marketplace too; what are the steps?",
    ],
)
def test_joining_another_cloud_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope and not reply.confident, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "We're already listed on AWS Marketplace. How do we join?",
        "我们在AWS上都有产品，入驻流程是什么？",
    ],
)
def test_another_cloud_as_background_is_still_answered(question: str) -> None:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text


# --- the one step before a step, asked in the singular (dev17d n=153) ----------------------
@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("签合同之前必须先做完哪一步？", "申请入驻"),
        ("申请入驻前得先完成哪个步骤？", "实名认证"),
        ("Which step has to be done before signing the contracts?", "Apply"),
        ("Which step must we complete before paying the deposit?", "Sign"),
    ],
)
def test_step_before_asked_in_the_singular(question: str, word: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("第", "Before")), reply.text
    assert word in reply.text.split("\n")[0], reply.text


# --- why tier 1 was charged first, with an order's number beside it (dev17d n=170) ---------
@pytest.mark.parametrize(
    "question",
    [
        "订单号 202011020000567 是网站建设类目的，为啥一开始扣的是第一档的佣金？",
        "为什么平台先按20%扣了我们的佣金？",
        "Order 2020110300017 (Website Building): why did the platform take 20% at first?",
        "Why were we charged the tier 1 rate up front?",
    ],
)
def test_why_tier_one_first_is_the_precharge_rule(question: str) -> None:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    assert "第1档" in reply.text or "tier 1" in reply.text, reply.text
    assert "返还" in reply.text or "refund" in reply.text, reply.text


# --- tax incentives and a listing's billing model are declined (dev17d n=190, 200) ---------
@pytest.mark.parametrize(
    "question",
    [
        "作为双软企业，云市场卖软件的收入能免税吗？",
        "我们是高新技术企业，云市场的收入能享受税收减免吗",
        "We are a high-tech enterprise; how do we claim a tax break on Marketplace income?",
        "商品可以按年订阅还是按量付费？价格怎么定？",
        "Can we sell our listing as a monthly subscription or pay-as-you-go?",
        "包年包月和按量付费的商品都能上架吗",
    ],
)
def test_tax_and_billing_model_are_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert not reply.text.startswith(("1)", "指南列出的各市场入驻条件")), reply.text


def test_tax_registration_certificate_is_still_a_condition() -> None:
    reply = answer("零售通要提供税务登记证吗？")
    assert reply.confident and not reply.out_of_scope, reply.text


# --- the step right after one (dev17d n=154) ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Which step comes directly after the real-name verification?", "step 3"),
        ("What's the step immediately following the contract signing?", "step 5"),
        ("What is the step just after registering the account?", "step 2"),
    ],
)
def test_step_right_after_opens_with_the_next_step(question: str, number: str) -> None:
    reply = answer(question)
    assert reply.text.startswith("After") and number in reply.text.split("\n")[0], reply.text


# --- the sub-step after a button clicked (dev17d n=152) ------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("点完立即加入以后要做什么", "勾选同意书"),
        ("点击了查看详情以后然后呢？", "立即加入"),
        ("After clicking Join as a partner, what do I do next?", "查看详情"),
        ("Once I click 查看进度, what should I do next?", "sign"),
    ],
)
def test_next_sub_step_after_a_click(question: str, expected: str) -> None:
    reply = answer(question)
    assert expected in reply.text.split("\n")[0], reply.text
    assert not reply.text.startswith(("申请入口", "Where to apply")), reply.text


# --- where one field goes in the ticket (dev17d n=173) -------------------------------------
@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("公司名称写在保证金工单的哪一栏？", "公司名称："),
        ("快递地址在工单里填哪里", "快递地址："),
        ("Where do I put our phone number 13800138000 in the deposit ticket?", "电话："),
        ("Which line of the ticket description takes the contact person?", "联系人："),
    ],
)
def test_ticket_field_place_opens_with_its_line(question: str, label: str) -> None:
    reply = answer(question)
    first = reply.text.split("\n")[0]
    assert label in first.split("。")[0].split(". ")[0], reply.text


# --- commission asked beside what the vendor sells (dev17d n=32) ---------------------------
@pytest.mark.parametrize(
    "question",
    [
        "在物联网市场上架镜像，佣金怎么收？",
        "我们在API市场卖数据接口，平台抽多少？",
        "We sell APIs on the API market; what commission does the platform take?",
    ],
)
def test_commission_beside_what_is_sold_opens_with_the_rate(question: str) -> None:
    reply = answer(question)
    assert "0%" in reply.text.split("\n")[0].split("。")[0], reply.text


# --- a market asked to take any industry (dev17d n=54) --------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("解决方案市场什么行业的公司都能进吗？", "不是"),
        ("是不是所有行业都可以入驻解决方案市场", "不是"),
        ("Is the Solution market open to all industries?", "No"),
    ],
)
def test_any_industry_is_no_first(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text


# --- a market's rate asked after the policy's end opens with the end (dev17d n=184) --------
@pytest.mark.parametrize(
    "question",
    [
        "优惠政策到期之后，建站市场的佣金按多少收？",
        "After the discount policy ended, what commission does the Security market charge?",
        "2021年3月31日以后，API市场和物联网市场收佣金吗",
    ],
)
def test_market_rate_after_the_policy_end_opens_with_the_end(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    first = reply.text.split("\n")[0]
    assert "2021" in first and ("结束" in first or "ended" in first), reply.text
