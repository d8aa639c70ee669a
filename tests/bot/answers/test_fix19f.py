"""Round 19 (fix19f): a yes / no question about a RULE in general opens with the verdict word,
echoing the ask (是不是 → 是 / 不是, 需要…吗 → 需要, is / does → Yes), and is never read as the
vendor stating a lack (是不是 holds 不是). Paraphrases of our own (dev15e/f's classes); each
failed on the code before the fix (main a06ecd3)."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(question: str) -> str:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    return reply.text.strip().split("\n", 1)[0]


# --- 是不是 + a rule is a rule question, not the vendor's lack (dev15e n=5, 6) --------------
@pytest.mark.parametrize(
    "question",
    [
        "安全市场是不是需要7*24小时售后服务？",
        "请问安全市场是不是得提供7×24的售后技术服务？",
        "解决方案市场是不是只开放给六个行业的公司？",
        "解决方案市场是不是只面向六个垂直行业的公司开放",
    ],
)
def test_shi_bu_shi_rule_is_not_a_stated_lack(question: str) -> None:
    first = _first_line(question)
    assert first.startswith("是"), first
    assert "不满足" not in answer(question).text


# --- 是不是 asked of a rule the reply states: 是 first (dev15e n=16, 21, 154) -----------------
@pytest.mark.parametrize(
    "question",
    [
        "开发运维市场是不是必须完成SaaS化上云改造？",
        "建站市场的服务是不是一定要以阿里云产品为依托？",
        "企业应用市场和解决方案市场的注册资金是不是都要100万？",
    ],
)
def test_shi_bu_shi_rule_opens_with_shi(question: str) -> None:
    first = _first_line(question)
    assert first.startswith("是"), first


# --- 是不是都… with one market's figure another's not: 不是 (dev15e n=152) -------------------
@pytest.mark.parametrize(
    "question",
    [
        "服务市场和安全市场是不是都只要求5x8小时的服务？",
        "API市场和安全市场是不是都要求7x24小时服务？",
    ],
)
def test_not_all_markets_opens_with_bu_shi(question: str) -> None:
    first = _first_line(question)
    assert first.startswith("不是"), first


# --- a figure the rule does not state gets no 是 (安全市场 asks 7×24) ----------------------
def test_shi_bu_shi_other_figure_gets_no_yes() -> None:
    first = _first_line("安全市场是不是要求5x8的售后？")
    assert not first.startswith("是"), first


# --- 是…吗 / 需要…吗 of a step or a sum: 是的 / 需要 first (dev15e n=27, 30, 35, 58) ----------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("申请两个类目保证金是叠加的吗？", "是"),
        ("交保证金是在阿里云通用保证金那一行点充值交纳的吗", "是"),
        ("首次申请要补全公司信息吗？", "需要"),
        ("工单里要写快递地址吗？", "需要"),
        ("财务工单的描述里需要填公司名称吗", "需要"),
    ],
)
def test_shi_or_need_step_opens_with_verdict(question: str, opening: str) -> None:
    first = _first_line(question)
    assert first.startswith(opening), first


# --- a denial in the reply is no yes (分销订单不参与平台抽佣) -------------------------------
def test_denied_rule_gets_no_need() -> None:
    first = _first_line("分销的订单要算平台抽佣吗？")
    assert not first.startswith("需要"), first


# --- is / does / do asked of a rule: Yes first (dev15e n=60, 81; dev15f n=63) ---------------
@pytest.mark.parametrize(
    "question",
    [
        "Will we receive a receipt once the deposit is paid?",
        "Does the Marketplace issue a receipt for the deposit?",
        "We only want the Security market. Is its deposit 30,000 yuan?",
    ],
)
def test_english_rule_question_opens_with_yes(question: str) -> None:
    first = _first_line(question)
    assert first.startswith("Yes"), first


# --- an industry asked of a market open to some only: 是 / 不是, Yes / No (dev15e n=67) -------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Does the Solutions market accept healthcare companies?", "No"),
        ("Is the Solutions market open to companies in the gaming industry?", "No"),
        ("解决方案市场是不是面向医疗行业的公司开放？", "不是"),
        ("解决方案市场是不是对物流公司开放？", "是"),
    ],
)
def test_industry_asked_of_the_market_opens_with_verdict(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert "按您说的情况" not in reply.text, reply.text


# --- the thing a rule asked for is not what the vendor has (dev15e n=9, 69) -----------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("我们打算入驻零售通，需要注册钉钉吗？", "需要"),
        ("零售通是不是必须开通钉钉？", "是"),
        ("Do we have to open DingTalk for Retail Link?", "Yes"),
        ("Does Retail Link require vendors to use DingTalk?", "Yes"),
    ],
)
def test_a_requirement_asked_is_not_a_stated_fact(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
    assert "按您说的情况" not in reply.text and "from what you say" not in reply.text, reply.text
