"""Round 30 (fix30b): verdict words first, and the markets a stated level rules out.

1. "Which markets would rule us out / 会被哪些市场挡在外面 / which markets are closed to us" with
   support kept on working days in working hours ("工作日上班", "business hours on weekdays",
   "weekday 9-to-6"): the markets whose requirement that level fails (only 安全市场, 7x24), not
   a list of the markets that have a support condition;
2. a yes/no question ("一样吗 / same for all? / 够不够 / enough? / 算不算 / before …? /
   是不是马上 / 收不收") opens with its verdict word (是/不是/够/不够/一样/不一样/能/不能/算,
   Yes/No; 不收 for 收不收), not the rule, a list, a step order or a total.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

_DAY = date(2020, 11, 15)


# --- 1. the markets a working-week support level rules out ----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们客服和售后都只有工作日上班，会被哪些市场挡在外面？",
        "售后只能做到周一到周五白天，哪些市场进不去？",
        "我们售后朝九晚六、双休，会被哪个市场拒绝？",
        "We can only provide weekday 9-to-6 after-sales and customer support. Which markets "
        "would that rule us out of?",
        "Our support can only cover working hours Monday to Friday. Which market would reject "
        "us because of that?",
        "If our support is business hours on weekdays only, which markets are closed to us?",
        "Support is Mon-Fri office hours only. Which markets would we fail?",
        "Our after-sales desk is staffed weekdays during the day only — which categories would "
        "turn us down?",
    ],
)
def test_working_week_support_rules_out_only_security(question: str) -> None:
    text = answer(question, today=_DAY).text
    head = first_line(text)
    assert "安全市场" in head or "Security Market" in head, text
    for other in ("API", "数据智能", "Data Intelligence", "物联网", "IoT"):
        assert other not in head, text


# --- 2. a yes/no question opens with its verdict word -----------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("每个市场的保证金都一样多吗？", "不一样"),
        ("各个市场交的保证金是不是都一样？", "不一样"),
        ("Is the deposit amount the same for all markets?", "No"),
        ("Do all markets ask for the same deposit?", "No"),
        ("API市场和零售通的保证金一样吗？", "不一样"),
        ("API市场和服务市场的保证金一样吗？", "一样"),
        ("Is the deposit for Security and IoT the same?", "Yes"),
    ],
)
def test_same_deposit_opens_with_the_verdict(question: str, opening: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith(opening), text


def test_same_deposit_names_both_amounts() -> None:
    head = first_line(answer("每个市场的保证金都一样多吗？", today=_DAY).text)
    assert "零售通" in head and "50,000" in head and "30,000" in head, head


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("物联网和API市场收不收佣金？保证金各要多少？", "都不收"),
        ("API市场收不收佣金？", "不收"),
        ("物联网市场抽不抽成？", "不收"),
    ],
)
def test_a_not_a_commission_opens_with_the_content_word(question: str, opening: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith(opening), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("安全市场和基础软件市场，对服务时间的要求一样吗？分别是多少", "不一样"),
        ("安全市场和API市场的售后要求一样吗？", "不一样"),
        (
            "Are the support-hour requirements of the Security and Basic Software markets the same?",
            "No",
        ),
        ("API市场和物联网市场的售后要求一样吗？", "一样"),
    ],
)
def test_wholly_different_requirements_say_not_the_same(question: str, opening: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith(opening), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "我们售后是5天8小时，数据智能市场要求多少？我们够不够？",
            ("满足", "够", "能", "这一项满足"),
        ),
        ("我们售后是五天八小时，物联网市场够吗？", ("满足", "够", "能", "这一项满足")),
        (
            "Our after-sales team works 5 days x 8 hours. Is that enough for the Data "
            "Intelligence market?",
            ("Yes",),
        ),
        ("We run after-sales 5 days 8 hours. Is that enough for the API market?", ("Yes",)),
        ("我们售后是5天8小时，安全市场够不够？", ("不满足", "不够", "不能")),
    ],
)
def test_days_and_hours_support_gets_a_verdict(question: str, opening: tuple[str, ...]) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith(opening), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("提交完申请是不是马上就能签合同，中间还有啥环节", ("不是", "还不能")),
        ("申请提交了就能直接签合同吗？中间还有什么步骤", ("不是", "还不能")),
        ("May we list products before the deposit is paid, or only afterwards?", "No"),
        ("Can we put products on sale before paying the deposit, or only after?", "No"),
    ],
)
def test_order_supposition_opens_with_no(question: str, opening: str | tuple[str, ...]) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith(opening), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # (the rule named by its figure is judged first, fix30d: 够 / Yes)
        ("我们技术和客服团队正好20人，都交社保，算不算满足“20人以上”？", "够"),
        ("技术客服一共20个人，够不够20人以上的要求？", "够"),
        (
            'We have exactly 20 people in tech and support, all insured. Does that count as "20 '
            'or more"?',
            "Yes",
        ),
    ],
)
def test_figure_across_markets_opens_with_the_verdict(question: str, opening: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_sentence(text).startswith(opening), text


# --- round 2 (dev21g) -----------------------------------------------------------------------
# 3. Time spent in an industry ("years in the security industry", "安全行业干几年") asks the
#    experience condition, not the market's industry range (dev21g 58).
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Security market: how many years in the security industry do we need?", "Security"),
        ("How many years in the big data industry for Data Intelligence?", "Data Intelligence"),
        ("安全市场要求在安全行业干几年？", "安全市场要求：一年以上"),
        ("安全市场需要几年安全行业的从业时间", "安全市场要求：一年以上"),
        ("数据智能市场在大数据行业要待几年", "数据智能市场要求：一年以上"),
    ],
)
def test_years_in_an_industry_is_the_experience_condition(question: str, opening: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_line(text).startswith(opening), text
    assert "1 year" in first_line(text) or "一年以上" in first_line(text), text


@pytest.mark.parametrize(
    "question",
    ["解决方案市场面向哪几个行业？", "Which industries does the Solution market accept?"],
)
def test_industry_range_stays_the_industry_condition(question: str) -> None:
    text = answer(question, today=_DAY).text
    assert "金融" in first_line(text) or "finance" in first_line(text), text


# 4. "minimums / thresholds" (plural) asks each market's value, not whether they set one
#    (dev21g 141).
@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "Registered capital minimums for the Service market and the Basic Software market?",
            ("1,000,000", "100,000"),
        ),
        ("Licence age minimums for Service and Basic Software markets?", ("2 years", "1 year")),
        ("Registered capital thresholds for Service and Basic Software?", ("1,000,000", "100,000")),
    ],
)
def test_plural_minimums_open_with_the_values(question: str, figures: tuple[str, ...]) -> None:
    text = answer(question, today=_DAY).text
    head = first_line(text)
    assert not head.startswith("Yes"), text
    assert all(figure in head for figure in figures), text


# 5. A rate claimed with the month's total stated, the total in that rate's tier ("本月卖了30万，
#    是不是按5%收"): no "only one tier's rate" opener; the month outside the ended policy comes
#    first (dev21g 62, 65). A total in another tier keeps it.
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("我们基础软件本月卖了30万，佣金是不是按5%收？", "本月（2026年12月）不在"),
        ("上个月我们建站卖了60万，佣金是按10%算吧？", "上个月（2026年11月）不在"),
        ("Basic software sold 300,000 yuan this month, is the commission 5%?", "This month"),
        ("建站市场卖了60万，佣金是按10%算吧？", "佣金 6万元"),
    ],
)
def test_rate_claim_with_its_total_opens_with_the_month(question: str, opening: str) -> None:
    text = answer(question, today=date(2026, 12, 2)).text
    assert first_line(text).startswith(opening), text


def test_rate_claim_with_a_total_of_another_tier_keeps_not_exactly() -> None:
    text = answer("建站市场卖了10万，佣金是按10%算吧？", today=date(2026, 12, 2)).text
    assert first_line(text).startswith("不完全是"), text


# 6. "签完合同多久店铺能开通": the time from signing to a later step (the shop opening), read
#    as the steps that remain with no duration given, not the contracts' term (dev21g 180).
@pytest.mark.parametrize(
    "question",
    [
        "签完合同多久店铺能开通？",
        "合同签了多久能开店？",
        "协议签完多长时间可以上架商品？",
        "How long after signing the contract does the shop open?",
    ],
)
def test_time_from_signing_to_the_shop_gives_the_steps_left(question: str) -> None:
    text = answer(question, today=_DAY).text
    assert "续签" not in text and "renewed" not in text, text
    assert "第5步" in text or "step 5" in text, text


@pytest.mark.parametrize("question", ["合同签多久？", "合同多久到期"])
def test_contract_term_stays_the_contract_term(question: str) -> None:
    text = answer(question, today=_DAY).text
    assert first_line(text).startswith("指南没有写合同的期限"), text


# 7. A deposit total with its ticket asked in two parts: the ticket's template keeps its first
#    line ("入驻云市场已缴纳保证金…元，请转财务") though the first part quotes it (dev21g 134).
@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "我们要同时进零售通、服务市场和API市场，保证金一共多少？工单里金额大写怎么写？",
            "入驻云市场已缴纳保证金壹拾壹万元，请转财务",
        ),
        (
            "进服务市场和API市场要交多少保证金？工单怎么写？",
            "入驻云市场已缴纳保证金陆万元，请转财务",
        ),
        (
            "How much deposit for the Service and API markets, and what do I write in the ticket?",
            "入驻云市场已缴纳保证金陆万元，请转财务",
        ),
    ],
)
def test_ticket_template_keeps_its_first_line(question: str, first: str) -> None:
    text = answer(question, today=_DAY).text
    template = text[text.rfind("\n", 0, text.find("阿里云账号：") - 1) :]
    assert first in template, text
