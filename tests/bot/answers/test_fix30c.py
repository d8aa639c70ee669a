"""fix30c: a second or conditional part of one message is answered in its own part (group C),
and a "what do I write / click" ask opens with the fields or clicks (group F)."""

from __future__ import annotations

import re

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import IN_POLICY, first_line, first_sentence

_OFFER_ZH = "如果您问的是"
_OFFER_EN = "If you meant"


def _reply(question: str) -> str:
    return answer(question, today=IN_POLICY).text


# C: "which step? on which page?" — the page part gets its own answer, never an offer.
@pytest.mark.parametrize(
    "question",
    [
        "保证金是在哪一步交的？在哪个页面交？",
        "保证金是第几步交？具体在哪个页面点？",
        "押金在第几步交？在哪里交？",
        "保证金什么时候交？在哪个页面操作？",
    ],
)
def test_deposit_step_and_page_both_answered(question: str) -> None:
    text = _reply(question)
    assert "第5步" in first_line(text), text
    assert "用户中心" in text and "充值交纳" in text, text
    assert _OFFER_ZH not in text, text


# F: what else goes in the ticket besides the amount — the fields first.
@pytest.mark.parametrize(
    "question",
    [
        "工单问题描述除了金额还要填哪些信息",
        "工单描述里，金额那行下面还要写什么？",
        "工单里除了写保证金金额，还要写哪几项",
        "工单问题描述中金额以外还要填什么",
    ],
)
def test_ticket_fields_besides_amount_zh(question: str) -> None:
    line = first_line(_reply(question))
    assert "阿里云账号" in line and "快递地址" in line and "电话" in line, line
    assert "财务类" not in line, line


@pytest.mark.parametrize(
    "question",
    [
        "On the ticket description, what do I have to write apart from the deposit amount?",
        "Besides the amount, what else goes in the ticket description?",
        "Apart from the amount, what else do we write in the ticket?",
    ],
)
def test_ticket_fields_besides_amount_en(question: str) -> None:
    line = first_line(_reply(question))
    assert "company name" in line and "mailing address" in line and "phone" in line, line
    assert "Finance" not in line, line


# C/F: "is this number OK for the phone line? what else?" — 是的 and the fields.
@pytest.mark.parametrize(
    "question",
    [
        "电话填13912345678可以吧？还要填哪些",
        "工单里电话那栏我填 13912345678 可以吧？除了电话还要填哪些",
        "工单电话一栏写我手机15800001111可以吗？另外还要填哪几项？",
        "电话写158 0000 1111行吗？其他还要写什么",
    ],
)
def test_phone_confirmed_and_other_fields(question: str) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith("是的"), text
    assert "阿里云账号" in text and "快递地址" in text and "联系人" in text, text
    assert "审核" not in text, text


# C: the office app (钉钉) asked beside the head count, in a second part or in one.
@pytest.mark.parametrize(
    "question",
    [
        "零售通对员工人数和办公软件有什么规定",
        "零售通对人数有什么要求？需要用什么办公软件？",
        "零售通最少几个人，要用哪个办公工具？",
        "零售通需要用什么办公软件？",
    ],
)
def test_retail_link_office_app_answered(question: str) -> None:
    text = _reply(question)
    # Outside the guide's quoted words ("原文：…"): the reply itself names it.
    body = re.sub(r"原文：[^\n]*", "", text)
    assert "钉钉" in body, text
    # The rule asked, not the market's whole list of conditions.
    assert "\n1. " not in text, text


# C: "which contracts, and where do we pay" — both asked, contracts first, no step order.
@pytest.mark.parametrize(
    "question",
    [
        "After approval, which contracts we must sign, and where exactly do we pay the deposit?",
        "Which contracts do we sign, and on which page do we top up the deposit?",
        "Which agreements must we sign, and from which page do we pay the deposit?",
        "After approval, which contracts must we sign?",
    ],
)
def test_contracts_and_deposit_page(question: str) -> None:
    text = _reply(question)
    assert "Y20" in first_line(text), text
    assert "comes first" not in text, text
    if "deposit" in question:
        assert "保证金 (Deposits) page" in text, text


# C: the amount and the receipt, asked together, both answered.
@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("安全市场保证金多少，开收据还是发票", "3万"),
        ("零售通押金交多少，给收据还是发票？", "5万"),
        ("API市场保证金要交多少，开发票还是收据", "3万"),
    ],
)
def test_deposit_amount_and_receipt(question: str, amount: str) -> None:
    text = _reply(question)
    assert amount in first_line(text), text
    assert "收据" in text, text


# C: "must we have it? we don't yet — can we join first?" — the verdict on joining first.
@pytest.mark.parametrize(
    "question",
    [
        "零售通一定要有中国站会员吗？我们还没有，能先入驻吗",
        "零售通必须有1688会员吗？我们现在没有，可以先入驻吗？",
    ],
)
def test_lack_then_join_first(question: str) -> None:
    assert first_sentence(_reply(question)).startswith("不能"), _reply(question)


# C: "if only one can be joined, what deposit?" — the one the profile passes.
_PROFILE_ZH = (
    "我们是6个人的服务公司，2018年成立，注册资本300万，1688会员已企业名称认证，是服务型企业，"
    "证件扫描件齐全，钉钉和专人对接都有，信用良好，客服5×8在线。"
)


@pytest.mark.parametrize(
    "ask",
    [
        "我们想同时进零售通和服务市场，可以吗？如果只能进一个，保证金交多少？",
        "零售通和服务市场都想进，行吗？只能选一个的话保证金要多少？",
    ],
)
def test_only_one_deposit(ask: str) -> None:
    text = _reply(_PROFILE_ZH + ask)
    assert "5万元" in text, text
    assert "8万" not in text, text


def test_only_one_deposit_en() -> None:
    text = _reply(
        "We have 6 employees, founded in 2018, registered capital 3M, 1688 member account with "
        "verified company name, all document scans ready, DingTalk and an ops contact, good "
        "credit, 5x8 online support. Can we join both Retail Link and the Service market? If we "
        "can only join one, what deposit do we pay?"
    )
    assert "50,000 yuan" in text, text
    assert "80,000" not in text, text


# C (en): "which step? which page?" — the page part is about the deposit, not the contracts.
@pytest.mark.parametrize(
    "question",
    [
        "At which step do we pay the deposit? On which page?",
        "Which step is the deposit paid at? Where do we pay it?",
    ],
)
def test_deposit_step_and_page_en(question: str) -> None:
    text = _reply(question)
    assert "step 5" in first_line(text).lower(), text
    assert "保证金 (Deposits) page" in text, text
    assert "Y20" not in text and _OFFER_EN not in text, text


# C: "contract or deposit first? how much do we pay?" — the amount is the deposit's.
@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("先签协议还是先交保证金？交多少钱？（就入一个安全市场）", "3万元"),
        ("先签合同还是先交押金？要交多少？", "30,000"),
    ],
)
def test_order_then_amount_paid(question: str, amount: str) -> None:
    text = _reply(question)
    assert first_line(text).startswith("先签署"), text
    assert amount in text, text
    assert "接受云市场服务商入驻协议" not in text, text


# fix30c2 — a profile question with a second ask (deposit, commission, receipt, steps) answers both.
_SOLUTION_ZH = (
    "解决方案市场：我们做金融行业的，注册资金300万，执照2016年，团队50人社保齐全，有2个ACP，"
    "5x8售后，能按云市场API接口开发接入，有某城商行等可追溯的知名客户案例，公司资质正规，"
    "接受云市场协议和管理规范。"
)
_SECURITY_ZH = "安全市场：注册资金200万，执照3年，团队30人有社保，7x24售后。"
_SECURITY_EN = (
    "Security market: registered capital 2 million yuan, licence 3 years, "
    "30 staff with social insurance, 7x24 after-sales support. "
)


@pytest.mark.parametrize(
    "ask",
    ["能入吗，保证金多少", "能入吗，保证金要交多少钱", "够条件吗，保证金多少", "能进吗，押金多少"],
)
def test_profile_verdict_and_deposit(ask: str) -> None:
    text = _reply(_SOLUTION_ZH + ask)
    assert first_line(text).startswith("能。"), text
    assert "3万" in text, text


@pytest.mark.parametrize(
    ("ask", "wanted"),
    [
        ("能入吗，佣金多少", "10%"),
        ("够条件吗，交保证金给收据还是发票", "收据"),
        ("能不能入驻，下一步怎么做", "共7步"),
        ("能入吗，保证金多少", "3万"),
    ],
)
def test_profile_second_ask_zh(ask: str, wanted: str) -> None:
    text = _reply(_SECURITY_ZH + ask)
    # fix31a: the open profile opens with the overall verdict (was "您说到的各项都满足").
    assert first_line(text).startswith("还不能确定：您说到的几项满足"), text
    assert wanted in text, text


@pytest.mark.parametrize(
    ("ask", "wanted"),
    [
        ("Can we join, and what is the commission?", "10%"),
        ("Can we join and do we get a receipt or an invoice for the deposit?", "receipt"),
        ("Are we eligible, and what are the steps?", "7 steps"),
        ("Are we eligible, and how much is the deposit?", "30,000"),
    ],
)
def test_profile_second_ask_en(ask: str, wanted: str) -> None:
    text = _reply(_SECURITY_EN + ask)
    # fix31a: the open profile opens with the overall verdict (was "Every point you gave is met").
    assert first_line(text).startswith("Not sure yet: the points you gave are met"), text
    assert wanted in text, text


# fix30c2 — several conditions asked in one message: each in the reply's own words, in the order
# asked; the quote keeps the guide's conditions apart.
@pytest.mark.parametrize(
    "question",
    [
        "基础软件：资金要多少，执照要几年，客服时间有啥要求？",
        "基础软件市场资金多少、执照几年、客服时间要求是什么",
        "基础软件市场，资金需要多少，执照几年，客服时间有什么要求",
    ],
)
def test_conditions_in_asked_order_zh(question: str) -> None:
    text = _reply(question)
    line = first_line(text)
    assert line.startswith("基础软件市场要求：注册资金不低于 10万元"), text
    assert "营业执照满 1 年" in line and "5×8" in line, text
    assert "10万具有" not in text, text


def test_conditions_in_asked_order_en() -> None:
    text = _reply(
        "Basic software: how much capital, how many years of licence, and what support hours?"
    )
    assert first_line(text).startswith("Basic Software Market: registered capital"), text
    assert "5x8" in first_line(text), text


def test_conditions_one_clause_keep_guide_order() -> None:
    line = first_line(_reply("基础软件市场注册资金和执照年限有什么要求"))
    assert line.startswith("基础软件市场要求：营业执照满 1 年；注册资金不低于 10万元"), line


# fix30c2 — "a receipt or an invoice?" is a choice: no Yes/No opener; "the Security deposit"
# names the Security market's own amount.
@pytest.mark.parametrize(
    "question",
    [
        "How much is the Security deposit, and do we get a receipt or an invoice?",
        "Do we get a receipt or an invoice for the deposit?",
        "When we pay the deposit, do we receive a receipt or an invoice?",
    ],
)
def test_receipt_or_invoice_no_yes(question: str) -> None:
    text = _reply(question)
    assert not re.search(r"(^|\n)(Yes|No)\b", text), text
    assert "receipt" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "How much is the Security deposit, and do we get a receipt or an invoice?",
        "How much is the Security deposit?",
        "What is the Security deposit amount?",
    ],
)
def test_security_deposit_named(question: str) -> None:
    assert first_sentence(_reply(question)).startswith("Deposit for Security Market: 30,000")


def test_security_deposit_lowercase_stays_general() -> None:
    assert "50,000" in first_line(_reply("How much is the security deposit?"))


@pytest.mark.parametrize(
    "question", ["安全市场保证金多少，给收据还是发票？", "交保证金给收据还是发票？"]
)
def test_receipt_or_invoice_zh(question: str) -> None:
    text = _reply(question)
    assert not re.search(r"(^|\n)(是的|不是)", text), text
    assert "收据" in text, text
