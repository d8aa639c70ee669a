"""Round 23 (fix23b): every part of a two-part ask answered, the verdict first — in wordings of
our own that 7465b1c got wrong:

1. two asks in one message, the second asked A-not-A ("给不给收据", "算不算进档位") or the two
   parted by a space only ("零售通押金多少 能退吗"): both answered, the first part's first;
2. two markets each asked at its own tier ("Website building in tier 1, and Security in tier
   3"): each market's rate at its tier first;
3. a market's certification AND product requirements: both conditions given;
4. "…, and at what stage is the deposit due?": the second English question split off and
   answered (after approval, step 5);
5. an amount paid toward the deposits of the markets named ("只转了6万，够不够？差多少？"):
   不够 / No first, with what is still owed;
6. a month's commission and refund both asked in space-parted fragments ("佣金多少 退多少"):
   both in the first sentence;
7. yes / no on a rule with no verdict before: listing before the deposit is paid (No), whether
   Alibaba Cloud may change the policy while it runs (Yes, with notice), whether a year's
   orders came under the policy period (Yes / partly / No), whether a number goes in the
   ticket's field the vendor names (是的 / Yes, with every other line);
8. the order of the ticket page's categories: 财务类 > 资金管理 > 创建工单 first.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line


# --- 1. two asks, the second A-not-A or parted by a space --------------------------------------
@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("保证金合作结束后能退吗？还有交了以后开不开收据", ("退",), ("收据",)),
        ("押金退不退？另外缴完给不给收据", ("退",), ("收据",)),
        ("零售通押金多少 能退吗", ("5万", "50,000"), ("退",)),
        ("保证金交多少 给不给收据", ("3万", "30,000"), ("收据",)),
        ("数据智能市场佣金几个点？另外分销订单算不算进档位", ("10%",), ("计入",)),
    ],
)
def test_both_asks_answered_first_part_first(
    question: str, first: tuple[str, ...], second: tuple[str, ...]
) -> None:
    text = answer(question).text
    at_first = min((text.find(word) for word in first if word in text), default=-1)
    at_second = max((text.rfind(word) for word in second if word in text), default=-1)
    assert at_first >= 0, text
    assert at_second >= 0, text
    assert at_first < at_second, text


def test_a_leaning_yes_no_is_still_one_question() -> None:
    # "是不是也得20人" leans on the rule asked before it: one answer, its verdict first.
    text = answer("零售通市场对员工人数有啥要求？是不是也得20人的技术客服团队").text
    assert text.startswith(("不是", "不需要")), text


# --- 2. two markets, each at its own tier ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "rates"),
    [
        (
            "Tier 2 rate for the Enterprise Application market and tier 3 for Data Intelligence?",
            ("5%", "3%"),
        ),
        ("建站市场第1档和安全市场第3档的佣金各是多少？", ("20%", "3%")),
        ("企业应用第二档、数据智能第三档分别几个点", ("5%", "3%")),
        (
            "What's the tier 3 rate for Website Building, and for Security in tier 1?",
            ("10%", "10%"),
        ),
    ],
)
def test_each_market_at_its_own_tier_first(question: str, rates: tuple[str, str]) -> None:
    text = answer(question).text
    line = first_line(text)
    assert all(rate in line for rate in rates), text
    assert line.count("%") == 2, text


# --- 3. certification and product requirements ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "What certification and product requirements do the DevOps and New Retail markets have?",
            ("ecosystem", "joint solution"),
        ),
        ("新零售和开发运维对生态认证和产品有什么要求？", ("生态", "联合解决方案")),
        ("开发运维和新零售的认证和产品要求分别是什么", ("生态", "联合解决方案")),
        ("新零售市场的产品要求和资质认证要求是什么", ("生态", "联合解决方案")),
        (
            "What ecosystem certification and product criteria apply to New Retail and DevOps?",
            ("ecosystem", "joint solution"),
        ),
    ],
)
def test_certification_and_product_requirements_both_given(
    question: str, words: tuple[str, ...]
) -> None:
    text = answer(question).text
    assert all(word in text for word in words), text


# --- 4. ", and at what stage …" split -------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What do we get after paying the deposit, and at what stage is the deposit due?",
        "What document is issued once the deposit is paid, and at which stage of joining is it due?",
        "押金在哪个阶段交 交完给不给收据",
        "What receipt do we get for the deposit, and at which point in onboarding must it be paid?",
    ],
)
def test_receipt_and_stage_both_answered(question: str) -> None:
    text = answer(question).text
    assert re.search(r"receipt|收据", text), text
    assert re.search(r"approved|step 5|审核|第5步", text), text


# --- 5. an amount paid against the deposits owed --------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening", "gap"),
    [
        (
            "我们入了API、服务、建站三个市场，财务只转了60000元保证金，够不够？差多少？",
            "不够",
            "3万",
        ),
        ("API和安全市场，押金打了3万，够吗 还差多少", "不够", "3万"),
        (
            "We have paid 30,000 deposit for the API and Security markets — is that enough?",
            "No",
            "30,000",
        ),
        ("零售通和安全市场的保证金已经交了8万，够不够", "够", "8万"),
    ],
)
def test_paid_deposit_enough_first(question: str, opening: str, gap: str) -> None:
    text = answer(question).text
    assert text.startswith(opening), text
    assert gap in first_line(text), text


# --- 6. commission and refund asked in space-parted fragments --------------------------------------
@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("建站10月实收100万 其中40万是分销 佣金最后多少 返还多少", ("6万", "6万")),
        ("企业应用2020年6月应结算60万 佣金多少 返还多少", ("1.8万", "4.2万")),
        ("安全市场2019年5月结算60万 最终佣金多少 多收的退多少", ("1.8万", "4.2万")),
    ],
)
def test_commission_and_refund_both_first(question: str, figures: tuple[str, str]) -> None:
    text = answer(question).text
    head = first_line(text)
    assert "佣金" in head and "返还" in head, text
    assert all(figure in head for figure in figures), text


# --- 7. yes / no on a rule: the verdict first ---------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Are partners allowed to start selling before the deposit is paid?",
        "Is a new seller able to list products before signing the contracts?",
        "Is a company permitted to sell products before paying the deposit?",
    ],
)
def test_permitted_before_is_no_first(question: str) -> None:
    assert answer(question).text.startswith("No"), answer(question).text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Does Alibaba Cloud have the right to adjust the discount policy while it is still valid?",
            "Yes",
        ),
        ("Are they allowed to shorten the commission policy period currently in force?", "Yes"),
        ("Is Alibaba Cloud entitled to modify the commission policy while it is valid?", "Yes"),
    ],
)
def test_may_change_policy_is_yes_first(question: str, opening: str) -> None:
    text = answer(question).text
    assert text.startswith(opening), text
    assert "notif" in text, text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("2018年结算的订单适用佣金优惠政策吗", "是的"),
        ("Did the fee-reduction policy cover the orders we settled in 2019?", "Yes"),
        ("2015年的订单能享受优惠政策吗", "不适用"),
        ("2021年的订单还适用减免政策吗", "部分适用"),
    ],
)
def test_year_against_policy_period_verdict_first(question: str, opening: str) -> None:
    text = answer(question).text
    assert text.startswith(opening), text


@pytest.mark.parametrize(
    ("question", "opening", "field"),
    [
        ("工单的联系人那一栏写我名字就可以吗？另外还要写哪些", "是的", "联系人"),
        ("公司名称填在工单这一行对吧", "是的", "公司名称"),
        ("My mobile is 13800001111 - it goes in the ticket's phone field, right?", "Yes", "电话"),
    ],
)
def test_field_place_confirmed_first(question: str, opening: str, field: str) -> None:
    text = answer(question).text
    assert text.startswith(opening), text
    assert field in first_line(text).split("。")[0], text
    # Every line of the description is listed, so "what else" is answered too.
    assert "快递地址" in text, text
    assert "审核" not in text, text


# --- 8. the order of the ticket categories -------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "提保证金工单时，分类按什么顺序选？",
        "We paid the deposit; in what order do we select the ticket categories next?",
        "先交保证金再提工单，工单分类的顺序是怎样的",
        "保证金工单的分类先后顺序是什么",
        "After paying the deposit, what is the order of the ticket categories we click?",
    ],
)
def test_ticket_category_order_first(question: str) -> None:
    line = first_line(answer(question).text)
    assert line.index("财务类") < line.index("资金管理") < line.index("创建工单"), line
