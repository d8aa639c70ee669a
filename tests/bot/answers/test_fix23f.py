"""Round 23 (fix23f, dev18c): money, steps, tickets and declines — in wordings of our own that
main (7465b1c) got wrong:

1. markets set aside by a verb after them ("API和物联网我们不做，剩下的都入驻", "这三个不报，其余都报")
   or "all twelve except …": the deposit of the rest, never of the ones set aside nor 12 × 30,000;
2. an order named again to mark it ("…, the 60k one came through a distributor", "那笔4万走的分销"):
   one order marked distribution, not a fourth order;
3. a run of order numbers ("订单 2020110512 和 2020110513"): every one an id, never an amount;
4. a rate-table name for a market in English ("Service & O&M"): the market computed;
5. the figures asked lead the reply: the pre-charge "先被扣了多少", a bare "Final commission and
   refund?", each category's commission when several are asked "分别多少";
6. a month with no year ("10月", "in October") years after the policy: both readings first, the
   latest such month has no rate, one inside the policy gets the figure; "今年10月" is declined;
   the guide's own 10月份 example stays the guide's;
7. declines: another platform's shop deposit, the vendor's own statement, bookkeeping, an
   order's kind, how many days' notice of a policy change, a person's name or e-mail;
8. steps: what lies between two steps, the next choice after a click, the step just before one,
   "step 5 or step 6?";
9. openings: 第几档 is no count of tiers, 不收 is the verdict of "要交…吗", "still count" is no
   "still valid", "what does tier 1 / platform service fee mean", how many markets and whether one
   is among them, what proves the team, deposit per product, one market against the others.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

TODAY = date(2026, 12, 2)


# --- 1. markets set aside: the rest's deposit ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "total", "wrong"),
    [
        ("API市场和物联网市场我们不做，剩下的都入驻，保证金一共多少？", "320,000", "60,000"),
        ("安全市场不报，其余集市都报，保证金总共多少钱？", "350,000", "30,000"),
        ("零售通和新零售这两个不打算做，其余的都要进，要交多少保证金？", "300,000", "80,000"),
        (
            "Every one of the twelve markets except API and IoT: what is the total deposit?",
            "320,000",
            "360,000",
        ),
        ("All 12 markets apart from Retail Link: how much deposit in total?", "330,000", "380,000"),
    ],
)
def test_markets_set_aside(question: str, total: str, wrong: str) -> None:
    reply = answer(question, today=TODAY)
    assert total in reply.text, reply.text
    assert wrong not in first_line(reply.text).split("：")[0] or total in first_line(reply.text)
    assert "12 market(s)" not in reply.text


# --- 2. an order named again to mark it ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission"),
    [
        (
            "Enterprise Application, Sept 2020: orders of ¥100k, ¥80k and ¥50k (the ¥50k one came"
            " through a reseller). Commission?",
            "9,000",
        ),
        (
            "Security market, March 2020: orders 120,000 / 50,000 / 30,000 yuan, the 30,000 one"
            " marked distribution. Commission?",
            "8,500",
        ),
        (
            "Data Intelligence, May 2020: three orders, 70k, 90k and 60k; the 60k one was a"
            " distribution order. What commission?",
            "8,000",
        ),
    ],
)
def test_order_named_again(question: str, commission: str) -> None:
    reply = answer(question, today=TODAY)
    assert commission in first_line(reply.text), reply.text


# --- 3. a run of order numbers is no amount ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission"),
    [
        (
            "订单 2020090101 和 2020090102 都是建站市场的，金额分别是6万和5万，2020年9月就这两单，没有分销，佣金多少？",
            "2.2万",
        ),
        (
            "Orders 2020070011, 2020070012 in the Security market: 50k and 40k, July 2020, no distribution. Commission?",
            "9,000",
        ),
        (
            "单号 2020050301、2020050302 是基础软件的，分别10万、12万，2020年5月没有分销，佣金多少？",
            "1.1万",
        ),
    ],
)
def test_order_numbers_are_no_amounts(question: str, commission: str) -> None:
    reply = answer(question, today=TODAY)
    assert commission in first_line(reply.text), reply.text
    assert "2,020" not in reply.text


# --- 4. a rate-table name in English --------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Service & O&M, May 2020: 800,000 yuan, no distribution. Commission?",
        "Services & O&M, April 2020, sales 800k. Commission?",
        "Service O&M market, Jan 2021, sales of 800,000 yuan, no distributors: commission?",
    ],
)
def test_service_and_om(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert "24,000" in reply.text, reply.text


# --- 5. the figures asked lead the reply -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("安全市场2020年6月流水30万，没有分销。月中先被扣了多少？次月能退多少？", ("3万", "1.5万")),
        ("基础软件2020年3月卖了80万，没分销，先被收了多少佣金？返还多少？", ("8万", "5.6万")),
        (
            "Solutions, Aug 2020: 700,000 yuan, no distribution. Final commission and refund?",
            ("21,000", "49,000"),
        ),
        (
            "Security market, 2020-09, 300k own orders. Commission and refund of the pre-charge?",
            ("15,000", "15,000"),
        ),
    ],
)
def test_figures_asked_first(question: str, figures: tuple[str, str]) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert all(figure in first for figure in figures), first


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "2020年8月建站市场卖了10万、安全市场卖了40万，没有分销，两个类目的佣金分别多少？",
            ("2万", "2万"),
        ),
        (
            "Nov 2020: Website building ¥300k and Security ¥100k, no distribution. Commission for each?",
            ("45,000", "10,000"),
        ),
        ("2020年5月基础软件60万、解决方案25万，都没分销，各自佣金是多少？", ("1.8万", "12,500")),
    ],
)
def test_each_category_first(question: str, figures: tuple[str, str]) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert all(figure in first for figure in figures), first
    assert not first.startswith(("分开算", "Separately"))


# --- 6. a month with no year -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "figure", "month"),
    [
        ("10月建站市场卖了15万，没有分销，佣金多少？", "3万", "10月"),
        ("我们8月份安全市场流水30万，佣金怎么算？", "1.5万", "8月"),
        (
            "Website building sold 150k in October, no distribution. Commission?",
            "30,000",
            "October",
        ),
        (
            "In March our Security market sales were 300k. What commission do we owe?",
            "15,000",
            "March",
        ),
    ],
)
def test_month_without_year(question: str, figure: str, month: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert first.startswith(("指南的佣金优惠政策只在", "The guide's commission policy ran")), first
    assert "2021" in first and month in first and figure in first, first
    assert first.index(month) < first.index(figure)


@pytest.mark.parametrize(
    "question",
    [
        "今年10月建站市场交易额30万，佣金多少？",
        "今年8月份安全市场卖了30万，佣金多少？",
        "This year in October, website building sold 300k: commission?",
    ],
)
def test_month_this_year_declined(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    ["指南里那个10月份建站市场的例子，佣金是多少？", "指南中10月份A公司的那个例子，最后返还多少？"],
)
def test_guide_example_stays(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert "100万" in reply.text and "6万" in reply.text, reply.text
    assert "若是政策期内" not in reply.text


# --- 7. declines ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "天猫开店要交多少保证金？",
        "京东开店大概要交多少押金？",
        "能把我们上个月在云市场的结算单发我一份吗？",
        "帮我导出一下我们10月份的对账单",
        "Can you send me our settlement statement for last month?",
        "保证金财务上怎么做账？",
        "交的押金在会计上记什么科目？",
        "How should we book the deposit in our accounting entries?",
        "订单号 2020101288 是不是分销订单？",
        "单号 2020093377 属不属于分销？",
        "Is order 2020110777 a distribution order?",
        "阿里云要调整佣金政策的话，会提前多少天通知我们？",
        "佣金费率要是改了，提前几天告诉我们？",
        "If the commission policy changes, how many days' notice do vendors get?",
        "云市场负责服务商入驻的经理叫什么？",
        "入驻对接人是谁？",
        "Who is the manager in charge of vendor onboarding, and what is their email?",
    ],
)
def test_declined(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    assert "30,000" not in reply.text and "3万" not in reply.text


# --- 8. steps -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("提交入驻申请之后到签合同之前，中间还要经过什么？", "审核"),
        ("申请提交了，到签合同中间有哪些环节？", "审核"),
        ("What happens between submitting the application and signing the contracts?", "review"),
    ],
)
def test_between_steps(question: str, first: str) -> None:
    assert first in first_line(answer(question, today=TODAY).text)


@pytest.mark.parametrize(
    "question",
    [
        "进了工单系统，点了财务类的“提问”，接下来要选什么？",
        "工单系统里点了财务类的提问，接下来选啥？",
        "我在工单系统点了财务类“提问”，接下来该怎么选？",
    ],
)
def test_after_click(question: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert "资金管理" in first and "创建工单" in first, first
    assert not first.startswith(("是", "第6步（提交工单）之后是第7步")), first


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("What is the step just before signing the contract?", "is step 3"),
        ("Which step is paying the deposit, and what is the step right before it?", "is step 4"),
        (
            "Which step number is paying the deposit, and what is the step just before it?",
            "is step 4",
        ),
    ],
)
def test_step_just_before(question: str, number: str) -> None:
    text = answer(question, today=TODAY).text
    assert number in text, text
    assert "\n3.\n" not in text and "1)" not in text and "step 1" not in text, text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Is submitting the finance ticket step 5 or step 6?", "That is step 6"),
        ("Is signing the contracts step 3 or step 4?", "That is step 4"),
        ("交保证金是第4步还是第5步？", "这是第5步"),
    ],
)
def test_step_number_offered(question: str, opening: str) -> None:
    assert answer(question, today=TODAY).text.startswith(opening)


# --- 9. openings ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "tier"),
    [
        ("我们某个类目当月交易额刚好50万，算第几档？", "第3档"),
        ("单个类目一个月18万算第几档？", "第1档"),
        ("某类目一个月做了30万，属于第几档？", "第2档"),
    ],
)
def test_which_tier_is_no_count(question: str, tier: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert tier in first and "共 3 档" not in first, first


@pytest.mark.parametrize(
    "question",
    [
        "API市场要交平台服务费吗？比例是多少？",
        "物联网市场要交平台服务费吗？",
        "API市场要交平台服务费吗？",
    ],
)
def test_no_fee_verdict(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert not text.startswith("需要"), text
    assert text.startswith(("不收", "不需要")), text


@pytest.mark.parametrize(
    "question",
    [
        "Distribution orders pay no commission, but do they still count when the tier is decided?",
        "Do reseller orders still count toward the tier even though no commission is charged?",
        "Distributor sales are commission-free; are they still included when the tier is worked out?",
    ],
)
def test_still_count(question: str) -> None:
    assert answer(question, today=TODAY).text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "band"),
    [
        ('What does "tier 1" refer to in the commission table?', "200,000"),
        ("What does tier 1 mean in the rate table?", "200,000"),
        ("佣金表里的第2档指的是什么？", "20万"),
    ],
)
def test_tier_meaning(question: str, band: str) -> None:
    assert band in first_line(answer(question, today=TODAY).text)


@pytest.mark.parametrize(
    "question",
    [
        'What does "platform service fee" mean in the commission notice?',
        "通知里说的平台服务费指的是什么？",
        "What is meant by the platform service fee?",
    ],
)
def test_platform_service_fee_meaning(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "交易佣金" in first_line(text), text
    assert not text.startswith("是的")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("How many markets does the Marketplace have, and is Retail Link one of them?", "Yes"),
        ("云市场一共有几个集市？零售通算不算其中一个？", "是"),
        ("How many markets are there? Is the IoT market included?", "Yes"),
    ],
)
def test_markets_count_and_member(question: str, opening: str) -> None:
    text = answer(question, today=TODAY).text
    assert text.startswith(opening), text
    assert "十二" in text or "twelve" in text


@pytest.mark.parametrize(
    "question",
    [
        "要求“20人以上的技术及客服团队”，拿什么材料来证明？",
        "要求20人以上团队，用什么材料证明？",
        "入驻要20人的团队，怎么证明我们有这么多人？",
    ],
)
def test_team_proof(question: str) -> None:
    assert "社保" in first_line(answer(question, today=TODAY).text)


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("我们准备在安全市场上架5个商品，保证金是按商品数交吗？一共要交多少？", "3万"),
        ("建站市场上10个产品，保证金是不是按产品数量算？", "3万"),
        ("Is the deposit per product? We plan 8 listings in the API market.", "30,000"),
    ],
)
def test_deposit_not_per_product(question: str, amount: str) -> None:
    text = answer(question, today=TODAY).text
    assert text.startswith(("不是", "No")), text
    assert amount in text
    assert "1)" not in text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("零售通要求的人数和其他市场要求的团队人数有什么不一样？", "不一样"),
        ("How does Retail Link's headcount rule differ from the other markets'?", "They differ"),
        ("安全市场的团队人数要求跟别的市场比有区别吗？", "和大多数市场一样"),
    ],
)
def test_one_against_others(question: str, opening: str) -> None:
    text = answer(question, today=TODAY).text
    assert text.startswith(opening), text
    assert "4" in text and "20" in text


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("10月建站市场佣金比例是多少？", "10月"),
        ("What is the Website Building commission rate for October?", "October"),
        ("API市场10月要交平台服务费吗？", "10月"),
        ("Does the IoT market charge commission in October?", "October"),
    ],
)
def test_rate_month_without_year(question: str, month: str) -> None:
    first = first_line(answer(question, today=TODAY).text)
    assert first.startswith(("指南的佣金优惠政策只在", "The guide's commission policy ran")), first
    assert month in first, first
