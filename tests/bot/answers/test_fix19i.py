"""fix19i: a wh-question's reply opens with exactly what was asked (dev15e judge items)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

TODAY = date(2026, 12, 1)


def _first(question: str) -> str:
    return answer(question, today=TODAY).text.split("\n", 1)[0]


# --- a computed commission opens with the figure asked, the worked bullets after -------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2019年5月企业应用市场卖了40万（分销5万），平台抽多少佣金？", "佣金 17,500元"),
        ("2020年6月安全类目成交60万，没有分销，佣金怎么算，要交多少？", "佣金 1.8万元"),
        (
            "Basic software, March 2020: 300,000 CNY, 50,000 of it distribution. What fee do we owe?",
            "Commission: 12,500",
        ),
        (
            "Security market, April 2020, 120,000 CNY with no distribution: what is the commission?",
            "Commission: 12,000",
        ),
    ],
)
def test_commission_is_the_first_sentence(question: str, expected: str) -> None:
    assert _first(question).startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2020年8月建站市场总额40万，分销5万，下个月能退回多少？", "次月初返还 17,500元"),
        ("基础软件2019年7月卖了25万，没分销，月初返还的是多少钱？", "次月初返还 12,500元"),
        (
            "Website building, June 2020: 250,000 CNY, none via distribution. How much comes back next month?",
            "Refunded early next month: 12,500",
        ),
    ],
)
def test_refund_is_the_first_sentence(question: str, expected: str) -> None:
    assert _first(question).startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "2020年2月企业应用市场卖了15万，没有分销，下个月会退钱吗？",
        "基础软件2019年9月交易额10万，月初有返还吗？",
        "Enterprise apps, May 2020, 90,000 CNY and no distribution: is anything refunded?",
    ],
)
def test_no_refund_is_said_first(question: str) -> None:
    first = _first(question)
    assert first.startswith(("不会返还", "No refund")), first


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2020年5月数据智能市场自营30万、分销30万，先预收多少？", "当月先按第1档 10% 预收 3万元"),
        (
            "Data intelligence, July 2020: 300,000 direct, 300,000 distribution. What is charged up front?",
            "Pre-charged at tier 1 (10%): 30,000",
        ),
        (
            "2020年5月建站市场30万，分销10万，先收多少、最后返多少？",
            "当月先按第1档 20% 预收 4万元（40,000元）；次月初返还 1万元",
        ),
    ],
)
def test_precharge_is_the_first_sentence(question: str, expected: str) -> None:
    assert _first(question).startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2020年9月服务市场总额21万，分销1万，算哪一档、费率多少？", "第2档，费率 5%"),
        (
            "Enterprise apps, August 2020: 520,000 CNY, no distribution. What tier are we in?",
            "Tier 3, rate",
        ),
        ("2019年3月基础软件成交50万整，没有分销，落在第几档？", "第3档，费率 3%"),
    ],
)
def test_tier_is_the_first_sentence(question: str, expected: str) -> None:
    assert _first(question).startswith(expected)


# --- "is the rate 0%?" / "is it free?" is a Yes, never "No: … charges no commission" ---------


@pytest.mark.parametrize(
    "question",
    [
        "Is the commission rate in the IoT market 0%?",
        "物联网市场的佣金比例是0%吗？",
        "API市场是不是免佣金？",
        "Is the API market commission-free?",
    ],
)
def test_free_rate_asked_is_not_contradicted(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert not text.lstrip().startswith(("No", "不收", "不是")), text
    assert "No:" not in text and "不收：" not in text, text


# --- the step after one named ("what step comes right after …") -----------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What step comes right after signing the contracts?", "step 5"),
        ("Which step follows enterprise verification?", "step 3"),
        ("What step is next after registering the account?", "step 2"),
    ],
)
def test_step_after_named_step(question: str, expected: str) -> None:
    assert expected in _first(question)


# --- the ticket page item after 财务类 --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "工单页面点了财务类以后，接着选哪个？",
        "提工单时财务类选好了，下一步点什么？",
        "On the ticket page, after the finance category, what do I choose next?",
    ],
)
def test_ticket_item_after_finance(question: str) -> None:
    first = _first(question)
    assert "资金管理" in first and not first.startswith(("是的", "Yes")), first


# --- the contract's term: declined on its own topic -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How long is the term of the agreement we sign with the Marketplace?",
        "What is the term of the Marketplace agreement?",
        "How many years do the Marketplace contracts last?",
    ],
)
def test_contract_term_declined_on_its_topic(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope
    assert "contracts run" in reply.text and "any joining step" not in reply.text


# --- when the commission policy started: its first day, not the notice's date ---------------


@pytest.mark.parametrize(
    "question",
    [
        "云市场服务费减免优惠是从哪天开始施行的？",
        "平台服务费减免优惠政策从哪天起生效？",
        "What is the start date of the platform fee reduction policy?",
    ],
)
def test_policy_start_day_first(question: str) -> None:
    first = _first(question)
    assert "2016年11月17日" in first or "2016-11-17" in first, first


# --- deposit online / before or after the review / the e-mail: the verdict first ------------


@pytest.mark.parametrize(
    "question",
    ["保证金能不能网上交？", "押金可以在线缴纳吗", "Can we pay our deposit online?"],
)
def test_deposit_online_yes(question: str) -> None:
    assert _first(question).startswith(("可以", "Yes"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("审核还没结束，保证金是不是必须先缴纳？", "不是"),
        ("Do we have to pay the deposit before our application is approved?", "No"),
        ("保证金是不是审核通过之后才交？", "是的"),
        ("Is the deposit paid once the review has passed?", "Yes"),
    ],
)
def test_deposit_against_review_verdict(question: str, verdict: str) -> None:
    assert _first(question).startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "申请进度有变化会邮件通知我们吗？",
        "Do we receive an email when the application moves forward?",
    ],
)
def test_email_notice_yes(question: str) -> None:
    first = _first(question)
    assert first.startswith(("会", "Yes")) and ("邮件" in first or "email" in first), first


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "2020年4月建站市场60万，分销10万，月初按第1档扣的，佣金多少？下月退多少？",
            "佣金 5万元（50,000元）（第3档 10%）；次月初返还 5万元",
        ),
        (
            "Security, May 2020: 300,000 CNY, 100,000 via distribution. What is the commission, "
            "and how much comes back?",
            "Commission: 10,000 yuan (tier 2, 5%). Refunded early next month: 10,000 yuan",
        ),
        (
            "Service market, Aug 2020: 250,000 CNY, of which 20,000 distribution. Which tier?",
            "Tier 2, rate 5%",
        ),
    ],
)
def test_each_asked_figure_first(question: str, expected: str) -> None:
    assert _first(question).startswith(expected)


# --- one market's deposit "for the others": the per-market rule first -----------------------


@pytest.mark.parametrize(
    "question",
    [
        "零售通以外的市场，保证金每个多少？",
        "除了零售通，其余市场的保证金一个是多少？",
        "Apart from Retail Link, how much is the deposit for each other market?",
    ],
)
def test_per_market_deposit_for_the_others(question: str) -> None:
    first = _first(question).split("。")[0]
    assert "30,000" in first and "33万" not in first, first


# --- how the vendor learns how the review goes: the e-mail first ----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "入驻申请提交后，怎么才能知道审核进度？",
        "申请交了以后在哪里查看审核结果？",
        "After applying, how will we know whether we were approved?",
    ],
)
def test_how_to_know_review_progress(question: str) -> None:
    first = _first(question)
    assert "邮件" in first or "email" in first, first


@pytest.mark.parametrize(
    ("question", "heads"),
    [
        (
            "2020年5月建站市场30万、企业应用市场25万，各自佣金多少？",
            ["建站市场：佣金 4.5万元", "企业应用市场：佣金 12,500元"],
        ),
        (
            "2020年6月，安全市场60万，基础软件市场10万，两个类目分别交多少佣金？",
            ["安全市场：佣金 1.8万元", "基础软件市场：佣金 1万元"],
        ),
    ],
)
def test_each_category_names_its_commission(question: str, heads: list[str]) -> None:
    lines = answer(question, today=TODAY).text.split("\n")
    for head in heads:
        assert any(line.startswith(head) for line in lines), lines
