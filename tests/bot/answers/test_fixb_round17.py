"""Round 17 (computed answers and verdicts): classes from holdout13's judgement and own probes."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

# --- "which markets require X": exactly the markets whose rule is X --------------------------


@pytest.mark.parametrize(
    ("question", "listed", "not_listed"),
    [
        (
            "哪些市场要求两年及以上的行业服务经验？",
            ["基础软件", "服务市场", "建站"],
            ["API", "数据智能", "安全"],
        ),
        ("哪几个市场需要2年经验？", ["基础软件", "服务市场", "建站"], ["API", "数据智能"]),
        (
            "Which markets require at least 2 years of experience?",
            ["Basic Software", "Service Market", "Website"],
            ["API", "Data Intelligence", "Security"],
        ),
        ("哪些市场要求一年以上经验", ["API", "数据智能", "安全"], ["基础软件", "建站"]),
        ("哪些市场注册资金要求10万", ["基础软件"], ["服务市场", "建站", "企业应用"]),
        (
            "Which markets require registered capital of at least 1 million?",
            ["Service Market", "Enterprise"],
            ["Basic Software"],
        ),
    ],
)
def test_which_markets_lists_only_the_markets_with_the_quoted_figure(
    question: str, listed: list[str], not_listed: list[str]
) -> None:
    text = answer(question).text
    for name in listed:
        assert name in text, text
    for name in not_listed:
        assert name not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "We only have after-sales tech support, no online customer service at all. Which markets "
        "list 5x8 online customer service (not after-sales) as the condition?",
        "Which markets list 5x8 online customer service (not after-sales) as the condition?",
        "我们只有售后技术支持，没有在线客服。哪些市场规定的是5x8在线客服，而不是售后？",
        "We have no online chat support. Which markets specify 5x8 online customer service?",
    ],
)
def test_which_markets_ask_online_service_not_after_sales(question: str) -> None:
    text = answer(question).text
    for name in ("基础软件", "服务市场", "建站", "新零售", "开发运维", "零售通"):
        english = {
            "基础软件": "Basic Software",
            "服务市场": "Service Market",
            "建站": "Website",
            "新零售": "New Retail",
            "开发运维": "DevOps",
            "零售通": "Retail Link",
        }[name]
        assert name in text or english in text, text
    for name in ("数据智能", "Data Intelligence", "企业应用", "Enterprise", "None"):
        assert name not in text, text


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("Which markets don't require a team of 20?", "Retail Link"),
        ("哪些市场不要求20人团队", "零售通"),
        ("没有执照年限要求的市场有哪些", "API市场"),
    ],
)
def test_markets_without_a_rule_are_the_answer(question: str, market: str) -> None:
    text = answer(question).text
    assert market in first_line(text), text
    # Only the markets without the rule: a market with it named beside them reads as fitting.
    assert "Service" not in first_line(text) and "服务市场" not in first_line(text), text


@pytest.mark.parametrize(
    "question",
    [
        "服务市场要求执照满1年吗",
        "服务市场也要10万注册资金吗",
        "服务市场需要1年经验吗",
        "Does the Service Market require 1 year of experience?",
    ],
)
def test_a_figure_below_the_rule_is_never_answered_not_needed(question: str) -> None:
    text = answer(question).text
    assert not text.startswith(("不需要", "No")), text
    assert "2" in text or "100" in text, text


# --- a profile and "what else": the conditions not spoken of, and the verdict on the rest ---


@pytest.mark.parametrize(
    ("question", "remaining"),
    [
        (
            "For Data Intelligence: license since 2022, 25 staff with social insurance statements, "
            "5x8 after-sales support, 2 years of big data experience. What other conditions do we "
            "still need to meet?",
            ["big data applications", "API", "agreements"],
        ),
        (
            "数据智能市场：执照2022年的，25人都有社保缴费表，5x8售后，大数据经验2年，还需要满足什么？",
            ["大数据相关的应用服务", "接口开发", "协议"],
        ),
        (
            "企业应用市场，我们注册资金200万，成立3年，30人社保齐全，5x8售后，还差什么条件",
            ["企业软件", "接口开发", "协议"],
        ),
        (
            "Enterprise Apps: capital 2M, founded 2020, 30 staff. What else do we need?",
            ["enterprise software", "API", "agreements", "social insurance"],
        ),
    ],
)
def test_what_else_lists_every_condition_not_stated(question: str, remaining: list[str]) -> None:
    text = answer(question).text
    head = first_line(text)
    for item in remaining:
        assert item in head, text
    assert "not judged" not in text and "无法判断" not in text, text


def test_a_field_of_experience_is_no_offering() -> None:
    text = answer("大数据市场：执照2022年，25人社保齐全，5x8售后，经验2年，能进吗").text
    assert "大数据相关的应用服务" in first_line(text), text


def test_remaining_conditions_named_replace_the_one_of_them_tail() -> None:
    text = answer(
        "零售通这块，我们公司一共只有3个员工，不过有专人对接运营，钉钉也开通了，行不行？"
    ).text
    assert text.startswith("不能"), text
    assert "您还没提到" in text and "这只是其中" not in text, text


# --- "is the deposit waived": No first, then the amount asked ------------------------------


@pytest.mark.parametrize(
    ("question", "opener", "amount"),
    [
        ("Is the deposit waived for the API market?", "No", "30,000"),
        ("Is the deposit waived for Retail Link?", "No", "50,000"),
        ("Do IoT vendors get the deposit waived since commission is 0?", "No", "30,000"),
        ("Is there any market where the deposit is waived?", "No", "30,000"),
        ("Can the deposit be waived if we join three markets?", "No", "90,000"),
        ("保证金可以免吗", "不是", "30,000"),
        ("零售通免保证金吗", "不是", "50,000"),
        (
            "API和物联网两个市场佣金都是0，那保证金是不是也免了？两个一起入驻要交多少",
            "不是",
            "60,000",
        ),
    ],
)
def test_deposit_waived_opens_with_no_then_the_amount(
    question: str, opener: str, amount: str
) -> None:
    text = answer(question).text
    assert text.startswith(opener), text
    assert amount in text, text


# --- a figure corrected inside the message: only the corrected one is judged ----------------


@pytest.mark.parametrize(
    ("question", "opener", "shown"),
    [
        ("我们注册资本300万，哦不对是30万，能进服务市场吗", "不能", "30万"),
        ("成立3年，不是不是，1年，能进服务市场吗", "不能", "1年"),
        (
            "We have 7x24 — wait, actually only 5x8 after-sales. Can we still meet the Security "
            "market support requirement?",
            "No",
            "5x8",
        ),
        ("Our capital is 2 million, sorry, 800k. Can we join the Website market?", "No", "800,000"),
        ("注册资金50万，说错了，是150万，能进服务市场吗", "这一项满足", "150万"),
    ],
)
def test_a_corrected_figure_replaces_the_one_taken_back(
    question: str, opener: str, shown: str
) -> None:
    text = answer(question).text
    assert text.startswith(opener), text
    assert shown in text, text


def test_a_corrected_head_count_keeps_its_unit() -> None:
    text = answer(
        "我们团队19个人，不对，上个月又招了两个，现在21个，社保都交，API市场人数这条够吗？"
    ).text
    assert "21人满足" in text and "19人" not in text, text


def test_thousand_is_a_money_unit() -> None:
    text = answer(
        "Our company register capital is 500 thousand yuan, can join Enterprise Application "
        "market or not?"
    ).text
    assert text.startswith("No"), text
    assert "500,000" in text, text


# --- the month's pre-charge and refund asked with an amount: commission -------------------


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("服务市场本月80万全是自营，先扣多少，最后退多少？", ["80,000", "56,000"]),
        ("建站这个月19万，先扣多少？下个月会退一部分吗？", ["38,000"]),
        ("安全市场这个月30万，预收多少佣金？", ["30,000", "15,000"]),
        ("Website market, 300k this month, how much is pre-charged and refunded?", ["60,000"]),
    ],
)
def test_pre_charge_with_an_amount_is_the_commission(question: str, figures: list[str]) -> None:
    text = answer(question).text
    for figure in figures:
        assert figure in text, text


# --- a founding year given as background: what is asked is answered ------------------------


@pytest.mark.parametrize(
    ("question", "expected", "unexpected"),
    [
        ("（2014年成立）安全市场要求几乘几的售后？", "7×24", "满11年"),
        ("零售通 员工 最少几个人（2014年成立）", "4 人", "满11年"),
        ("(founded 2014)When does the commission discount policy end?", "2021-03-31", "2,014"),
        ("14年成立的，建站市场第一档扣点多少", "20%", "满"),
        (
            "We were founded in 2012. What is the total deposit for Security and Enterprise "
            "Application markets?",
            "60,000",
            "at least 13 years",
        ),
    ],
)
def test_a_founding_year_as_background_is_not_judged(
    question: str, expected: str, unexpected: str
) -> None:
    text = answer(question).text
    assert expected in text and unexpected not in text, text


def test_a_founding_year_is_still_judged_when_a_verdict_is_asked() -> None:
    text = answer("2014年成立的公司，能进服务市场吗").text
    assert "至少满11年满足" in text, text


# --- rates: the highest / lowest row of the rate table ------------------------------------


@pytest.mark.parametrize(
    ("question", "named", "unnamed"),
    [
        ("哪个类目佣金比例最高？", "建站", "企业应用"),
        ("which category has the highest fee rate?", "Website", "Enterprise"),
        ("哪个市场抽成最低", "API市场", "建站"),
        ("Which market has the lowest commission?", "IoT", "Website"),
    ],
)
def test_highest_and_lowest_rate_name_that_row_only(
    question: str, named: str, unnamed: str
) -> None:
    text = answer(question).text
    assert named in first_line(text) and unnamed not in text, text


# --- verdicts: a condition the market does not set, a lack beside a support level ----------


@pytest.mark.parametrize(
    ("question", "opener"),
    [
        ("We have only 5万 registered capital. Still can apply data intelligence market?", "Yes"),
        ("我们注册资金只有5万，能进API市场吗", "可以"),
        ("执照才半年，能进API市场吗", "可以"),
    ],
)
def test_a_fact_the_market_sets_no_condition_on_gets_a_yes(question: str, opener: str) -> None:
    assert answer(question).text.startswith(opener)


@pytest.mark.parametrize(
    "question",
    [
        "Security software only as SaaS, can not be deployed on ECS as image, 7x24 support ok. "
        "can we join security market?",
        "安全市场，我们7x24售后，没有镜像交付，能进吗",
    ],
)
def test_a_stated_lack_decides_beside_a_support_level(question: str) -> None:
    assert answer(question).text.startswith(("No", "不能"))


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "Security Feb 2021: self-operated 450k + distribution 100k. final commission and refund?",
            ["13,500", "31,500"],
        ),
        ("Solutions: how many ACP engineers?", ["1"]),
    ],
)
def test_a_loose_market_name_heading_the_message_names_it(
    question: str, figures: list[str]
) -> None:
    text = answer(question).text
    for figure in figures:
        assert figure in text, text
    assert "Tell me the market" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "哪个市场只要求员工不少于4人，不要20人团队？",
        "Which market asks for at least 4 employees rather than 20 people?",
    ],
)
def test_a_figure_set_aside_is_not_the_one_asked(question: str) -> None:
    text = answer(question).text
    assert "零售通" in text or "Retail Link" in text, text
    assert "API" not in text, text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("零售通再加两个别的市场，工单里保证金金额大写怎么写？", "壹拾壹万"),
        ("零售通再加两个别的市场，保证金一共多少", "110,000"),
        ("API plus two other markets, total deposit?", "90,000"),
    ],
)
def test_markets_on_top_of_the_named_ones_are_counted(question: str, total: str) -> None:
    assert total in answer(question).text


# --- two markets compared: which asks less, by the guide's figures -------------------------


@pytest.mark.parametrize(
    ("question", "easier"),
    [
        ("API和IoT哪个门槛低", "物联网市场门槛更低"),
        ("基础软件和服务市场哪个要求更高", "服务市场要求更高"),
        ("安全市场和企业应用哪个更难进", "安全市场要求更高"),
        ("Which is easier to get into, API market or Basic Software?", "API Market has the lower"),
    ],
)
def test_which_of_two_markets_asks_less(question: str, easier: str) -> None:
    assert easier in first_line(answer(question).text)


def test_staff_on_social_insurance_is_the_statement_as_said() -> None:
    text = answer("API市场：25人，社保都交，能进吗").text
    assert "无法判断" not in text, text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("预算15万，能进哪些市场组合？", "5 个"),
        ("Budget 150k, what combinations of markets can we join?", "5 markets"),
    ],
)
def test_a_budget_asked_as_combinations_is_how_many_markets(question: str, figure: str) -> None:
    assert figure in first_line(answer(question).text)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How much is refunded if website sales are 250k in a month?", "37,500"),
        ("企业应用这个月20万，会退吗", "10,000"),
        ("建站上个月30万，退多少", "15,000"),
    ],
)
def test_a_months_amount_in_a_market_is_its_commission(question: str, figure: str) -> None:
    assert figure in answer(question).text


def test_staff_on_social_insurance_among_more_are_the_team() -> None:
    text = answer("30个人，其中15个交社保，能进建站吗").text
    assert text.startswith("不能") and "15人不满足" in text, text


# --- a figure asked as the rule ("do we need 20 people") is never the vendor's own -----------


@pytest.mark.parametrize(
    ("question", "opener"),
    [
        ("零售通我们需要20人吗", "不需要"),
        ("Do we need 20 people for Retail Link?", "No"),
        ("Do we need a 2 year license for Data Intelligence?", "No"),
        ("我们要满2年执照才能进数据智能吗", "不需要"),
    ],
)
def test_our_own_word_asking_the_rule_quotes_it(question: str, opener: str) -> None:
    text = answer(question).text
    assert text.startswith(opener), text
    assert "meets it" not in text and "满足" not in first_line(text), text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("We paid 80,000 deposit. Which markets could that be?", "Retail Link plus 1"),
        ("交了8万保证金，是哪些市场", "零售通加 1"),
        ("How much more deposit if we add Retail Link to our existing API market?", "50,000"),
    ],
)
def test_deposit_paid_or_added_in_other_words(question: str, expected: str) -> None:
    assert expected in first_line(answer(question).text)


def test_a_month_stays_with_the_corrected_year() -> None:
    text = answer(
        "Our business license is from 2023 — sorry, I mean June 2025. Can we join the Service "
        "market now?"
    ).text
    assert text.startswith("No"), text


def test_what_else_with_two_facts_judges_them_and_lists_the_rest() -> None:
    text = answer(
        "我们注册资金200万，30个技术客服都有社保，想进企业应用市场，还要满足哪些条件？"
    ).text
    assert "30人满足" in text and "营业执照满 2 年" in first_line(text), text


# --- dev14c's computed classes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "opener"),
    [
        ("We provide 7x24 online customer service. Does that satisfy a 5x8 requirement?", "Yes"),
        ("我们是7x24售后，能满足5x8的要求吗", "能"),
        ("我们只有5x8，能满足7x24的要求吗", "不能"),
    ],
)
def test_one_support_level_against_another(question: str, opener: str) -> None:
    assert answer(question).text.startswith(opener)


@pytest.mark.parametrize(
    "question",
    [
        "Do orders sold through our distribution partners count toward the tier threshold, even "
        "though they pay no commission?",
        "分销订单算不算档位",
    ],
)
def test_distribution_counting_toward_the_tier_opens_with_yes(question: str) -> None:
    assert answer(question).text.startswith(("Yes", "算"))


def test_which_two_categories_charge_nothing() -> None:
    text = answer("Which two categories have a 0% commission rate?").text
    assert "API" in first_line(text) and "IoT" in first_line(text), text
    assert "Website" not in text and "20%" not in text, text


def test_service_and_maintenance_names_the_service_market() -> None:
    text = answer(
        "Service & maintenance: 150,000 own sales and 80,000 distribution in a month. "
        "What's the commission?"
    ).text
    assert "7,500" in text, text
