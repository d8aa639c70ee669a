"""Round 23 (fix23d, dev18a): the first sentence answers the ask — in wordings of our own that
main (7465b1c) got wrong:

1. a lower support level put to a market as "就行了吗 / will it do" ("是不是提供5*8就行了",
   "will 5x8 support do?"): 不是 / No first, the level the market needs after;
2. "besides X, does it also need Y" ("除了5*8客服，是不是还要求营销能力"): Y answered (是 / Yes),
   never the list of the other conditions without Y;
3. a dispute with a customer and its mediation ("合同纠纷平台能调解吗"): declined;
4. whether the marketing tool's not being cloud-based "blocks" the vendor ("会不会卡在这一条",
   "does that disqualify us"): 不影响 / No first;
5. an either-or the guide settles: the deposit at application or after approval (after), the
   tiers by month or by year (monthly), the review's progress by SMS or e-mail (e-mail, also
   beside a phone number the vendor got no text on): that option first;
6. a deposit top-up's serial number (充值流水号) in a look-up: declined with the deposit's own
   rule, not the month's sales;
7. a month's total given as "over" a bound ("过了50万", "topped CNY 500,000"): the tier's rate, and
   for a bound that spans tiers ("过了20万") each tier's rate — never a breakdown computed on the
   bound itself;
8. an account with a personal real-name verification asked whether it may apply ("账号是个人实
   名的，能直接申请吗"): 不能 / No, step 2 wants the company's verification;
9. an order stated to be a distribution order, commission on it asked ("这单是分销订单，要收佣金
   吗", "was a distribution order … Is commission charged on it?"): 不收 / No first;
10. a step said done in the past tense ("We submitted the finance ticket for our deposit. What
    happens next?"): the step after it (7: the shop opens), not the step itself;
11. a product introduced by "我们的产品是…" / "our product is …": the intro's words are no product
    words (舆情分析和BI可视化 fits 数据智能, not 开发运维 by 产品 and 分析);
12. what proves the team's size ("团队人数要交什么材料证明", "what document proves our team
    size?"): the social-insurance statement first; "staffing" / "personnel" name the team;
13. "where is the deposit paid?": step 5's page, not where refunds go.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_sentence


# --- 1. a lower support level "will do?" -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("安全市场的售后是不是做5x8就够了", "不"),
        ("我们打算进安全市场，售后是不是提供5*8就可以了？", "不"),
        ("Security market: will 5x8 support do?", "No"),
        ("Would 5x8 after-sales suffice for the Security market?", "No"),
    ],
)
def test_lower_level_will_do(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert re.search(r"7\s*[x×*]\s*24", reply.text), reply.text


# --- 2. besides X, also Y? -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "服务市场除了5*8客服以外，是不是还要求有营销方面的能力？",
        "除了注册资金，服务市场还要求营销策划能力吗",
        "服务市场除了团队人数，还要不要营销策划能力",
    ],
)
def test_besides_then_one_asked(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("是", "需要", "要")), reply.text
    assert "营销策划" in first_sentence(reply.text) or "营销策划" in reply.text.split("\n")[0]


# --- 3. disputes: declined -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "客户和我们有订单纠纷，云市场会帮忙处理吗",
        "我们和买家起了合同纠纷，平台可以出面调解吗",
        "A customer has a dispute with us over a contract. Will the marketplace mediate?",
        "Can Alibaba Cloud mediate a dispute between us and a buyer?",
    ],
)
def test_dispute_declined(question: str) -> None:
    assert answer(question).out_of_scope


# --- 4. the note "blocks" us? ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("我们的营销软件不是基于云开发的，基础软件市场会不会卡在这一条上", "不"),
        ("我们的推广工具没基于云部署，企业应用市场会不会因此进不了", "不"),
        (
            "Our promotion tool is not built on the cloud - will that block us from Basic Software?",
            "No",
        ),
        (
            "We make a promotion tool that is not cloud-based. Does that disqualify us from the "
            "Basic Software market?",
            "No",
        ),
    ],
)
def test_note_does_not_block(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text


# --- 5. an either-or the guide settles -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("保证金是申请的时候就交，还是等审核通过以后再交", "审核通过后"),
        ("押金在提交申请时交还是签完合同后交？", "审核通过后"),
        ("Do we pay the deposit when we apply, or after approval?", "After approval"),
        ("Is the deposit due with our application or once we are approved?", "After approval"),
        ("阶梯费率的档位是按月算还是按全年累计的交易额算", "按月"),
        ("Is the commission tier based on monthly sales or the yearly total?", "Monthly"),
        ("佣金分档看单月交易额还是一年的总额？", "按月"),
        ("审核有结果了是发短信还是发邮件？", "发邮件"),
        ("申请审核的进度会通过什么方式通知我们", "发邮件"),
        ("Will the application review result come by SMS or by email?", "By email"),
        ("我手机号13800001111一直没收到审核的短信，审核进度到底是短信还是邮件通知？", "发邮件"),
    ],
)
def test_either_or_option_first(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text


# --- 6. a deposit top-up's serial number -----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "保证金充值流水号 2020120100456，钱扣了但页面上没看到，怎么回事",
        "充值流水号 88812345678 的保证金到账了吗",
        "保证金打款了，流水号是 202011230099，为什么余额还是0",
    ],
)
def test_top_up_serial_declined_with_deposit_rule(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "结算" not in reply.text, reply.text
    assert "保证金" in reply.text, reply.text


# --- 7. "over" a bound -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("物联网类目当月交易额过了50万，佣金比例是多少？", "%"),
        ("Website Building sales topped CNY 500,000 in October 2020. What rate applies?", "10%"),
        ("2020年10月安全市场交易额突破了50万，费率多少", "3%"),
    ],
)
def test_over_a_bound_is_the_tier(question: str, rate: str) -> None:
    reply = answer(question)
    first = reply.text.split("\n", 1)[0]
    assert rate in first, reply.text
    assert "×" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "建站市场当月交易额过了20万，佣金费率多少",
        "Security sales were over CNY 200,000 in October 2020. What rate applies?",
    ],
)
def test_over_a_bound_spanning_tiers(question: str) -> None:
    reply = answer(question)
    first = reply.text.split("\n", 1)[0]
    assert re.search(r"第2档|tier 2", first) and re.search(r"第3档|tier 3", first), reply.text
    assert "×" not in reply.text, reply.text


# --- 8. a personal real-name account ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("账号用的是个人认证，可以直接申请入驻云市场吗", "不能"),
        ("公司的阿里云账号目前是个人实名认证，可以直接去申请入驻吗", "不能"),
        ("个人认证的阿里云账号能入驻云市场吗", "不能"),
        ("Our Alibaba Cloud account has personal real-name verification. Can we apply now?", "No"),
        ("Is a personal verified account enough to apply?", "No"),
    ],
)
def test_personal_account_cannot_apply(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert re.search(r"企业实名认证|企业认证|company", reply.text), reply.text


# --- 9. a distribution order's commission ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("订单2020110500021是分销订单，金额3万，建站类目，这单要收佣金吗", "不收"),
        ("这笔是走分销渠道卖出去的，8万，要抽佣吗？", "不收"),
        (
            "Order 2020120400077 was a distribution order of 30,000 CNY in the IoT category. Is commission charged on it?",
            "No",
        ),
        ("This sale came through a distribution channel. Do we pay commission on it?", "No"),
    ],
)
def test_distribution_order_not_charged(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text


# --- 10. the step after a step said done -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("We submitted the finance ticket for our deposit. What happens next?", "step 7"),
        ("We filed the deposit ticket yesterday. What comes next?", "step 7"),
        ("We signed the contracts. What do we do next?", "step 5"),
        ("We paid the deposit and filed the ticket. What happens next?", "step 7"),
    ],
)
def test_step_after_one_said_done(question: str, step: str) -> None:
    reply = answer(question)
    assert step in reply.text.split("\n", 1)[0], reply.text


# --- 11. a product introduced ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们的产品是舆情分析和BI可视化，应该入驻哪个市场",
        "我们的产品是舆情监测和数据可视化大屏，选哪个集市合适",
        "Our product is sentiment monitoring and BI dashboards. Which market should we join?",
    ],
)
def test_product_intro_words_are_no_product(question: str) -> None:
    reply = answer(question)
    lines = [line for line in reply.text.split("\n") if line.startswith("•")]
    assert lines and re.search(r"数据智能|Data Intelligence", lines[0]), reply.text


# --- 12. what proves the team's size ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "技术团队人数要用什么来证明",
        "API市场的团队人数要求拿什么材料证明",
        "What document proves our team size?",
        "How do we prove the headcount of our team?",
    ],
)
def test_team_proof_is_social_insurance(question: str) -> None:
    reply = answer(question)
    assert re.search(r"社保|social insurance", first_sentence(reply.text)), reply.text


def test_papers_beside_the_team_are_not_its_proof() -> None:
    reply = answer("零售通要提交哪些材料？团队人数有要求吗")
    assert not reply.text.startswith("证明团队人数"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the staffing requirements for Retail Link?",
        "Retail Link: what personnel do we need?",
    ],
)
def test_staffing_is_the_team(question: str) -> None:
    reply = answer(question)
    assert "employees" in reply.text.split("\n", 1)[0], reply.text
    assert "capital" not in reply.text, reply.text


# --- 13. where the deposit is paid -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Where is the deposit paid?",
        "Two questions: which agreements do we sign, and where is the deposit paid?",
    ],
)
def test_where_deposit_paid(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "充值交纳" in reply.text and "bank account" not in reply.text, reply.text
