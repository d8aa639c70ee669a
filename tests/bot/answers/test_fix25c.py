"""Round 22 (fix25c; holdout18 / dev18g leftovers at b971a71): declines on the asked topic, and the
openings of step, month and two-part questions — in wordings of our own:

1. pricing advice ("what price should we set"): declined naming pricing, never the featuring of
   products;
2. a penalty amount for breaking the rules, or what the agreements' clauses say: "the guide does
   not give …" first, handed off — never the "read the rules" note or step 4 as an answer;
3. how many working days a listing's review takes: the review time named as not given, never the
   count of products;
4. how many years one signing of the contract covers: declined first, not step 4 repeated;
5. 服务时长 beside markets: the support hours (7*24 / 5*8), never a duration of the process;
6. when the shop opens / when products may be listed: after the deposit is paid (step 7) —
   answered, not declined (how many days is still declined);
7. the third (or later) application: 不需要 first — only the business qualifications;
8. "first step?" in words ("first step", "最开始要做什么"): step 1 first, not the 7-step list;
9. a market's rate asked for a dated order ("what commission rate applies"): the rate, not "Yes";
10. several months with no year: the policy-ended opening first, then the reference figures;
11. which contracts AND how much deposit for one market: both answered.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

TODAY = date(2026, 12, 2)


# --- 1. pricing advice --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Could you suggest a reasonable price for our monitoring tool once it is listed?",
        "What price should we put on our backup software in the marketplace?",
        "我们的数据可视化软件上架后定价多少合适？",
        "能不能帮我们建议一下商品售价？",
    ],
)
def test_pricing_advice_is_declined_on_pricing(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    first = first_sentence(reply.text)
    assert "pricing" in first or "定价" in first, reply.text
    assert "featur" not in reply.text and "推荐、推广" not in reply.text


# --- 2. penalties and agreement clauses ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How big is the fine in the agreement if a vendor breaches the platform rules?",
        "What's the fine amount under the agreement if we break any of the platform's operating rules?",
        "Is there a penalty figure in the contract for vendors who break the marketplace norms?",
    ],
)
def test_penalty_amount_is_declined_first(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    first = first_sentence(reply.text)
    assert first.startswith(("The guide says nothing", "指南没有")), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Which clauses does the Marketplace agreement contain about data ownership?",
        "What does the Y20 framework agreement say about terminating the partnership?",
        "云市场协议里面都写了什么？",
        "Y20框架协议有哪些具体条款",
    ],
)
def test_agreement_contents_are_declined_first(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    first = first_sentence(reply.text)
    assert first.startswith(("The guide does not give", "指南没有给出")), reply.text
    assert not reply.text.startswith(("Step 4", "第4步"))


def test_agreement_clauses_said_in_passing_are_no_question() -> None:
    reply = answer("法务对协议条款没有异议。请问合同是在交保证金之前签吗？", today=TODAY)
    assert "指南没有给出这些协议" not in reply.text


# --- 3. a listing's review time -----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "商品提交上架后审核需要几个工作日？",
        "How many business days does the review of a new product listing take?",
        "上架的商品审核一般要多长时间",
    ],
)
def test_listing_review_time_is_named_as_not_given(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    assert "多少个商品" not in reply.text and "how many products" not in reply.text
    first = first_sentence(reply.text)
    assert "审核" in first or "review" in first, reply.text


def test_listing_count_still_declined_on_its_topic() -> None:
    assert "多少个商品" in answer("一个店铺最多能上架几个商品", today=TODAY).text


# --- 4. how many years one signing covers -------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "合同一签是几年？",
        "云市场协议签一次管几年，到期怎么办",
        "协议一签多久有效？",
    ],
)
def test_contract_years_declined_first(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    assert reply.text.startswith(("指南没有写合同的期限", "1) 指南没有写合同的期限")), reply.text


# --- 5. 服务时长 is the support hours -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("安全市场对服务时长有啥要求？", ("7×24",)),
        ("企业应用和安全两个市场的服务时长要求各是多少", ("5×8", "7×24")),
        ("解决方案市场的服务时长要求是什么", ("5×8",)),
    ],
)
def test_service_duration_is_support_hours(question: str, wanted: tuple[str, ...]) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope, reply.text
    for level in wanted:
        assert level in reply.text, reply.text
    assert "多长时间" not in reply.text


# --- 6. when the shop opens ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们的店铺啥时候能开通？",
        "When is our Marketplace shop switched on?",
        "什么时候可以开始上架商品",
    ],
)
def test_when_the_shop_opens_is_answered_by_step_7(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope, reply.text
    first = first_line(reply.text)
    assert "保证金缴纳完成后" in first or "Once the deposit is paid" in first, reply.text


def test_how_many_days_until_the_shop_opens_stays_declined() -> None:
    reply = answer("交完保证金几天能开店", today=TODAY)
    assert reply.out_of_scope and "没有写明具体需要几天" in reply.text


# --- 7. the third or later application ----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "这已经是我们第三次提交入驻申请了，公司信息还要重新补吗？",
        "第4回申请了，身份信息还得再确认一遍吗",
        "3rd application coming up: must we complete the company information too?",
    ],
)
def test_nth_application_opens_with_no_need(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.text.startswith(("不需要", "No need")), reply.text


# --- 8. the first step asked in words -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What's the first step for a company that wants to sell on the marketplace?",
        "first step if our studio wants to start selling here?",
        "想入驻云市场，最开始要做什么？",
        "一开始先干啥？我们想入驻",
    ],
)
def test_first_step_opens_with_step_1(question: str) -> None:
    reply = answer(question, today=TODAY)
    first = first_line(reply.text)
    assert first.startswith(("Step 1", "第1步")), reply.text
    assert "7 steps" not in first and "共7步" not in first


# --- 9. a dated order's rate --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("IoT market order settled 2019-09-09 — what rate applies?", "0%"),
        ("Which commission rate applies to an API market order settled 2018-04-20?", "0%"),
        ("物联网市场2019年5月6日结算的订单，适用多少费率？", "0%"),
    ],
)
def test_dated_order_rate_opens_with_the_rate(question: str, rate: str) -> None:
    reply = answer(question, today=TODAY)
    first = first_line(reply.text)
    assert not first.startswith(("Yes", "能")), reply.text
    assert rate in first, reply.text


# --- 10. several months with no year ------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "安全市场9月结算30万，10月结算12万，这两个月佣金合计多少？",
        "Enterprise apps: September 250k, October 80k settled. Commission for both months together?",
        "建站市场8月和9月各卖了10万，两个月佣金一共多少",
    ],
)
def test_months_without_year_open_with_policy_ended(question: str) -> None:
    reply = answer(question, today=TODAY)
    first = first_line(reply.text)
    assert first.startswith(("指南的佣金优惠政策只在", "The guide's commission policy ran")), (
        reply.text
    )


def test_months_with_a_year_have_no_such_opening() -> None:
    reply = answer("安全市场2020年9月结算30万，10月结算12万，两个月佣金合计多少？", today=TODAY)
    assert not reply.text.startswith("指南的佣金优惠政策只在"), reply.text


# --- 11. contracts and deposit ------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "For the Security market only, which agreements do we sign and what deposit is due?",
        "只做数据智能市场，要签的合同和保证金分别是什么",
        "入驻建站市场需要签什么合同、交多少保证金",
    ],
)
def test_contracts_and_deposit_both_answered(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "Y20" in text and "云市场协议" in text, text
    assert "30,000" in text, text
