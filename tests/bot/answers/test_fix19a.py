"""Round 19 (fix19a): dev15a's misses as classes, each with paraphrases of our own that main
af8ff4f got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

# --- a lack stated, then "还差什么 / what are we missing" -----------------------------------


@pytest.mark.parametrize(
    ("question", "verdict", "condition"),
    [
        ("基础软件市场：我们做了1年行业服务，其他条件都有，还缺什么吗？", "不满足", "二年"),
        ("API市场：我们团队只有12个人，其余都达标，还差啥？", "不满足", "20"),
        ("服务市场这边我们只有一年的行业经验，别的都符合，是不是还差点什么？", "不满足", "两年"),
        (
            "Basic Software market: our industry experience is just 1 year, everything else is "
            "fine. What are we missing?",
            "No",
            "2 years",
        ),
        (
            "Website market: our licence is 1 year old, we meet all the other conditions. Are we "
            "missing anything?",
            "No",
            "2 years",
        ),
    ],
)
def test_a_stated_lack_and_what_is_missing_gets_the_verdict_first(
    question: str, verdict: str, condition: str
) -> None:
    reply = answer(question)
    first = first_line(reply.text)
    assert first.startswith(verdict), reply.text
    assert condition in first, reply.text


def test_everything_else_met_and_the_stated_fact_met_is_a_yes() -> None:
    reply = answer("基础软件市场：我们有3年行业经验，其他都满足，还差什么？")
    assert reply.text.startswith("能"), reply.text


# --- only part of the staff on the social insurance ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "API市场：团队22人，社保只交了16个，能进吗？",
        "安全市场：我们25个员工，社保只给17个人交了，可以吗？",
        "Website market: we are 25 people but we pay social insurance for only 17 of them. OK?",
    ],
)
def test_an_insured_count_below_the_rule_is_not_met(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("不能", "不满足", "No")), reply.text
    assert "20" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "建站市场：我们20个人，只有部分人交了社保，可以吗？",
        "API market: 20 staff, only some of them have social insurance. Is that enough?",
        "安全市场：我们一共20个技术和客服，社保没有全交，能进吗？",
    ],
)
def test_partial_insurance_with_no_number_is_not_met(question: str) -> None:
    reply = answer(question)
    first = first_line(reply.text)
    assert first.startswith(("不满足", "No")), reply.text
    assert "满足。" not in reply.text.replace("不满足", ""), reply.text
    assert "20" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "服务市场：团队30人，不是每个人都交了社保，能入驻吗？",
        "我们团队25人，有些人没交社保，有影响吗？",
        "Security market: 22 engineers and support staff, but not everyone is on social "
        "insurance. Can we join?",
    ],
)
def test_partial_insurance_above_the_rule_is_not_shown_met(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("还不能算满足", "Not shown to be met")), reply.text
    assert "20" in reply.text, reply.text


# --- one market's rule, then "the other markets" ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "first", "others"),
    [
        ("零售通要求几个员工？其他集市呢？", "4", "20"),
        ("How many staff does Retail Link need? And what about the other markets?", "4", "20"),
        (
            "How much registered capital does New Retail need? What about the other markets?",
            "1,000,000",
            "100,000",
        ),
        ("API市场要几年经验？别的市场对经验有什么要求？", "一年", "二年"),
    ],
)
def test_the_other_markets_are_answered_too(question: str, first: str, others: str) -> None:
    reply = answer(question)
    assert first in reply.text and others in reply.text, reply.text


# --- several products, "which market for each" -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "markets"),
    [
        (
            "公司有两款产品：一个是BI数据可视化报表，一个是网络安全扫描工具，分别进哪个类目？",
            ("数据智能市场", "安全市场"),
        ),
        (
            "We have three products: an SMS verification API, a smart lock built on Alibaba "
            "Cloud IoT, and an HR SaaS. Which market for each?",
            ("API Market", "IoT Market", "Enterprise Application Market"),
        ),
        (
            "我们做两样东西：门店收银数字化方案和网站建设服务，各自应该放哪个集市？",
            ("新零售市场", "建站市场"),
        ),
    ],
)
def test_each_product_gets_its_market(question: str, markets: tuple[str, ...]) -> None:
    reply = answer(question)
    lines = reply.text.splitlines()
    for market in markets:
        assert any("→" in line and market in line for line in lines), reply.text


# --- markets whose guide text exempts non-cloud marketing tools ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "营销软件不是基于云的，能进哪些市场？",
        "我们做短信营销推广工具，不是云产品，可以进哪些集市？",
        "Our marketing software isn't cloud based - which markets will take it?",
    ],
)
def test_non_cloud_marketing_names_every_market_with_the_note(question: str) -> None:
    reply = answer(question)
    first = first_line(reply.text)
    assert ("基础软件" in first and "企业应用" in first) or (
        "Basic Software" in first and "Enterprise Application" in first
    ), reply.text


# --- an order number beside a rule question ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "单号452000这笔是分销的，这单平台会抽成吗？",
        "订单560000属于分销订单，这一单要计佣吗？",
        "Order #250000 is a distribution order - do we pay commission on it?",
        "Order #380000 was a distribution order. Do we pay commission on it?",
    ],
)
def test_an_order_number_beside_the_distribution_rule_gets_the_rule(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert "不参与" in reply.text or "no commission" in reply.text, reply.text
    for amount in ("76,000", "50,000", "112,000", "90,400"):
        assert amount not in reply.text, reply.text


def test_the_charge_of_one_order_is_still_a_look_up() -> None:
    reply = answer("订单号380000那笔是分销订单，扣了多少佣金？")
    assert reply.out_of_scope, reply.text


# --- judge (dev15a_judgement.md) classes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("企业应用市场：执照3年，注册资金200万，其它方面都符合，可以入驻吗？", "能"),
        ("建站市场：执照3年，注册资金150万，其余都达标，能进吗？", "能"),
        (
            "Website market: licence 3 years, capital 1.5 million, all the other conditions are "
            "met too. Can we join?",
            "Yes",
        ),
    ],
)
def test_others_met_and_can_we_join_gets_the_verdict_first(question: str, verdict: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text
    assert "可以申请入驻" in reply.text or "you can apply" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "技术和客服加起来正好20人，社保都交了，算不算满足20人以上？",
        "技术加客服刚好20个人，都有社保，这算不算达到20人以上的要求？",
        "Our tech and support team is exactly 20 people, all on social insurance. Does that "
        "count as '20 or more'?",
    ],
)
def test_an_exact_count_of_both_roles_is_judged_against_the_rule(question: str) -> None:
    reply = answer(question)
    first = first_line(reply.text) + reply.text.splitlines()[1]
    assert "满足" in first or "meets" in first, reply.text
    assert "都算" not in reply.text and "Both count" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [
        ("刚才问的是服务市场，不对，我想问的是安全市场：注册资金要多少？", "安全市场", "服务市场"),
        ("基础软件市场，哦说错了，是建站市场，营业执照要几年？", "建站市场", "基础软件"),
        (
            "Service market, sorry I meant the Security market: how much registered capital?",
            "Security",
            "Service Market",
        ),
    ],
)
def test_a_market_taken_back_is_not_answered(question: str, kept: str, dropped: str) -> None:
    reply = answer(question)
    assert kept in reply.text and dropped not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "佣金可以从保证金里扣吗？",
        "能不能拿押金抵平台服务费？",
        "Can our deposit be used to pay the commission?",
        "Can the commission be deducted from our margin instead?",
    ],
)
def test_the_deposit_offsetting_commission_is_declined_as_unstated(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    first = first_line(reply.text)
    assert "佣金" in first or "commission" in first, reply.text
    assert "分期" not in reply.text and "instalment" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "新零售市场：执照3年，注册资本200万，30人社保，已做完联合解决方案和SaaS化上云改造，能进吗？",
        "新零售市场需要完成联合解决方案改造吗？",
    ],
)
def test_a_market_name_inside_another_markets_condition_words_is_no_market(question: str) -> None:
    reply = answer(question)
    assert "解决方案市场" not in reply.text, reply.text


def test_partial_insurance_beside_no_statement_keeps_the_statements_verdict() -> None:
    """Guard (dev15b n=112): the statement said lacking is 不能 of its own."""
    reply = answer("我们团队22人，但有一部分没交社保，拿不出社保缴费情况表，能入驻企业应用市场吗？")
    assert reply.text.startswith("不能"), reply.text
