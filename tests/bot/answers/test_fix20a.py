"""Round 20 (fix20a): holdout15's verdict misses as classes, each with paraphrases of our own
that main bd99688 got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

# --- part of the staff insured, said as "N在公司交社保" / "on our company's insurance" ---------


@pytest.mark.parametrize(
    ("question", "verdict", "count"),
    [
        (
            "API市场：我们30个人，其中只有16个在公司交的社保，其他是外包，20人的要求满足吗",
            "不能",
            "16",
        ),
        ("安全市场：团队28人，只有17人由公司缴纳社保，剩下是劳务派遣，够不够", "不能", "17"),
        ("API市场：我们有25个人，社保在公司交的只有15个，其余外包，满足20人吗", "不能", "15"),
        (
            "API market: we have 26 people, but only 14 are on our company's social insurance, "
            "the rest are contractors. Do we meet the 20-person rule?",
            "No",
            "14",
        ),
    ],
)
def test_insured_count_said_with_who_pays_is_the_team(
    question: str, verdict: str, count: str
) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text
    assert count in reply.text, reply.text


# --- before paying the deposit, may we sell / put products on sale ----------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Are we allowed to start selling before we pay the deposit?", "No"),
        ("Is it OK to put our products on sale first and pay the deposit later?", "No"),
        ("没交保证金可以先卖东西吗", "不能"),
        ("未缴纳保证金之前，商品可以先发布出来售卖吗", "不能"),
    ],
)
def test_selling_before_the_deposit_is_a_no(question: str, verdict: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text


# --- applied twice: is the deposit paid twice -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("API市场申请了两次才通过，保证金是不是得交两次", "不用"),
        ("我们被驳回后重新申请了，保证金要重复交吗", "不用"),
        (
            "We applied twice to the API market before being approved. Do we pay the deposit twice?",
            "No",
        ),
        (
            "If our first application was rejected and we reapply, is the deposit charged again?",
            "No",
        ),
    ],
)
def test_a_second_application_costs_one_deposit(question: str, verdict: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text
    assert not reply.out_of_scope


def test_a_deposit_paid_twice_by_mistake_is_not_this_class() -> None:
    reply = answer("我们重新申请以后保证金已经交了两次，多交的怎么退")
    assert not reply.text.startswith("不用"), reply.text


# --- a month stated: had the commission policy started then -----------------------------------


@pytest.mark.parametrize(
    ("question", "verdict", "first_day"),
    [
        ("2017年2月我们就开始卖了，那时佣金优惠政策已经开始了吗", "是", "2016年11月17日"),
        ("Had the commission discount policy started by January 2017?", "Yes", "2016-11-17"),
        (
            "Was the tiered commission reduction already in effect in March 2019?",
            "Yes",
            "2016-11-17",
        ),
        ("2016年10月的时候优惠政策开始了吗", "没有", "2016年11月17日"),
    ],
)
def test_had_the_policy_started_by_a_month(question: str, verdict: str, first_day: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text
    assert first_day in reply.text, reply.text


# --- the vendor's own distributors: recruiting them, their share -> declined ------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们想招一些代理商帮我们卖，给代理商多少分成合适",
        "渠道商怎么找？返给渠道商的提成一般几个点",
        "How do we recruit distributors, and what share should we give them?",
        "What percentage do resellers usually get from us?",
    ],
)
def test_recruiting_distributors_and_their_share_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "分销" in reply.text or "distribution" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["分销订单要交佣金吗", "Distribution orders: do they pay commission?"]
)
def test_distribution_orders_commission_still_answered(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text


# --- every staff member insured, said with who pays: the statement is met ---------------------


@pytest.mark.parametrize(
    "question",
    [
        "企业应用市场：我们技术客服正好20人，都在公司交社保，人数够吗",
        "API市场：技术和客服22人，全部由公司缴纳社保，满足吗",
        "Security market: 21 tech and support staff, all on our company's social insurance. Enough?",
    ],
)
def test_all_insured_with_who_pays_meets_the_statement(question: str) -> None:
    reply = answer(question)
    first = first_line(reply.text)
    assert first.startswith(("这几项都满足", "Yes")), reply.text


# --- Website market: a refund guarantee asked in English --------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Website market: is there a full refund if a client is unhappy while the site is being built?",
        "Does the Website Building market guarantee a refund to unhappy customers during the project?",
        "Website Building market - what is the refund policy when the customer is not satisfied?",
    ],
)
def test_website_refund_guarantee_is_a_yes_in_english(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith("Yes"), reply.text
    assert "full refund" in first_line(reply.text), reply.text


# --- marketing software not built on the cloud: does it affect joining -> 不影响 ----------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("我们的营销工具没部署在云上，入驻企业应用市场有影响吗", "不影响"),
        ("我们的推广工具不是基于云开发的，入驻企业应用市场会受影响吗", "不影响"),
        (
            "Our marketing software isn't built on the cloud. Does that affect joining the "
            "Enterprise Application market?",
            "No",
        ),
    ],
)
def test_marketing_tool_not_on_the_cloud_does_not_affect_joining(
    question: str, verdict: str
) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text


# --- the team named "技术跟客服" / "tech plus support": the team size first --------------------


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("安全市场技术以及客服人员至少几个", "20"),
        ("建站市场技术同客服团队要多少人", "20"),
        ("What is the minimum tech plus support team for the API market?", "20"),
    ],
)
def test_team_named_by_its_two_halves_gets_the_count_first(question: str, count: str) -> None:
    reply = answer(question)
    assert count in first_line(reply.text), reply.text
    assert "没有客服在线" not in first_line(reply.text), reply.text


# --- "行业经验年限" is the experience, not the licence's 年限 ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们只做SaaS，行业经验年限基本为零，企业应用市场看这个吗",
        "企业应用市场：我们从业年限是0，有影响吗",
        "我们没什么行业服务年限，企业应用市场会看吗",
    ],
)
def test_experience_years_are_not_the_licence(question: str) -> None:
    reply = answer(question)
    assert "营业执照" not in first_line(reply.text), reply.text
    assert "无法判断" not in reply.text, reply.text
    assert "没有服务经验要求" in reply.text, reply.text
