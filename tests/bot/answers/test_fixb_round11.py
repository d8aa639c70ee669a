"""Computed answers, round 11: classes from holdout10's misses and its judge's reading, in my
own wording. Every case failed on the code before its class was fixed."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import IN_POLICY
from tests.bot.answers.answer_checks import check_answer as _check


# Two parts joined by + / 加 / 另外 / plus, one of them distribution, no total stated: the month
# is their sum, only the own part is charged (seed §4; SPEC 9).
@pytest.mark.parametrize(
    ("question", "any_of", "none_of"),
    [
        (
            "We sold 150k ourselves + 40k through distribution in the Security market last "
            "month. Commission?",
            ("150,000 × 10%",),
            ("month total 150,000",),
        ),
        ("安全市场这个月15万+分销4万，佣金多少？", ("150,000 × 10%",), ("总额 15万",)),
        ("安全市场分销4万加上我们自己卖的15万，要交多少佣金", ("150,000 × 10%",), ()),
        (
            "Security market: 40k via resellers plus 150k sold in-house, what do we pay?",
            ("150,000 × 10%",),
            (),
        ),
        (
            "Website category, May 2019: 400k own sales + 200k via distribution. What was "
            "precharged and what comes back?",
            ("80,000", "8万"),
            ("exceeds",),
        ),
    ],
)
def test_parts_joined_without_a_total(
    question: str, any_of: tuple[str, ...], none_of: tuple[str, ...]
) -> None:
    _check(question, any_of, none_of)


# The distribution part inside a stated month: still read as inside, not added.
@pytest.mark.parametrize(
    ("question", "any_of"),
    [
        ("数据智能这个月80万，其中分销30万，佣金多少", ("500,000 × 3%",)),
        (
            "Data Intelligence: 800k this month and 300k of that was distribution. Commission?",
            ("500,000 × 3%",),
        ),
    ],
)
def test_distribution_inside_a_stated_month(question: str, any_of: tuple[str, ...]) -> None:
    _check(question, any_of)


# Every market with its own amount is charged, named by an everyday word too (Security 600k).
@pytest.mark.parametrize(
    "question",
    [
        "Same month: Security 600k, IoT 300k, API 100k, all direct. Total commission?",
        "同一个月：安全60万，物联网30万，API 10万，都是直销，佣金一共多少？",
        "This month data 100k and security 600k, what's the commission altogether?",
    ],
)
def test_every_market_with_an_amount_is_charged(question: str) -> None:
    _check(question, ("600,000 × 3%",))


# Exactly one year under a 超过1年 rule fails (SPEC 1: 超过 excludes the number), 周年 included.
@pytest.mark.parametrize(
    "question",
    [
        "零售通：公司今天刚好成立满一周年，成立时间这条算满足吗？",
        "零售通市场，我们成立正好1周年了，注册资金200万，够吗",
        "零售通：我们公司注册刚满一周年，可以吗",
    ],
)
def test_exactly_one_year_fails_more_than_one_year(question: str) -> None:
    _check(question, ("1年不满足",), ("无法判断",))


# "API接口" in a profile is the interface condition, not API市场 (nobody asked about it).
@pytest.mark.parametrize(
    "question",
    [
        "数据智能市场：执照2年，能按云市场API接口开发接入，30人有社保，能进吗",
        "解决方案市场，我们有API对接能力，团队25人，执照3年，可以入驻吗",
        "Data Intelligence market: 25 staff, 2-year licence, we do API integration. Can we join?",
    ],
)
def test_api_interface_is_no_market(question: str) -> None:
    _check(question, ("满足", "meet"), ("API市场", "API Market"))


# A market with no rate in the table: said to have none, never with a 0 % beside it (SPEC 9).
@pytest.mark.parametrize(
    "question",
    [
        "开发运维市场抽成多少？",
        "零售通 2020年6月 卖了40万，佣金比例多少",
        "What is the commission rate for New Retail?",
        "DevOps market, Jan 2020, 500k sales. What rate?",
    ],
)
def test_no_rate_is_never_said_with_a_zero_percent(question: str) -> None:
    _check(question, ("没有给出", "no rate"), ("0%", "0 %"))


# An English month and year is the settlement month: inside the policy the figures are given
# without the "policy has ended" lead; outside it the month is said to be outside.
@pytest.mark.parametrize(
    ("question", "any_of", "none_of"),
    [
        ("Website, Sept 2020: 300k, all direct. Commission?", ("300,000 × 15%",), ("ended",)),
        ("Security market, March 2019: 600k direct. Commission?", ("600,000 × 3%",), ("ended",)),
        ("Security market, May 2022: 600k direct. Commission?", ("outside",), ("× 3%",)),
        (
            "Service & maintenance category, Feb 2020: direct 120k, distribution 30k. Commission?",
            ("120,000 × 10%",),
            ("Tell me the market",),
        ),
    ],
)
def test_english_month_names_the_settlement_month(
    question: str, any_of: tuple[str, ...], none_of: tuple[str, ...]
) -> None:
    _check(question, any_of, none_of)


# A whole profile and "能入驻吗" for one market: 能 / 不能 first, every condition checked for
# that market only, nothing cut off.
@pytest.mark.parametrize(
    ("question", "starts", "must"),
    [
        (
            "请问安全市场：正规公司，注册资金800万，执照4年，40人都交社保能出缴费表，7x24售后，"
            "做安全4年，安全软件成熟稳定，能以ECS镜像交付，入驻协议和平台服务协议都接受。能进吗？",
            "能。",
            "7×24",
        ),
        (
            "数据智能市场：我们是正规注册公司，营业执照2年，团队22人有社保、能提供缴费表，5x8售后，"
            "做了2年大数据，产品是BI SaaS，能按API接口开发接入，相关协议规范都接受，可以入驻吗",
            "能。",
            "大数据",
        ),
        (
            "Security market: registered company, 8 years old, capital 5 million, 45 staff with "
            "social insurance statement, mature security software shipped as an ECS image, 3 years "
            "in security, we accept the agreements. Support is 5x8 only. Can we join?",
            "No",
            "7x24",
        ),
        (
            "建站市场：执照3年，注册资金150万，30人有社保，5x8在线客服，都基于阿里云产品，"
            "做建站1年，协议都接受，能入驻吗",
            "不能",
            "二年以上",
        ),
    ],
)
def test_a_whole_profile_gets_its_verdict_first(question: str, starts: str, must: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert text.startswith(starts), text
    assert must in text, text
    assert "…" not in text and "API市场" not in text and "API Market" not in text, text


# No company: 不能 / No first, with the reason (every market asks for 正规的公司资质).
@pytest.mark.parametrize(
    "question",
    [
        "我是个人开发者，没有公司，能入驻云市场吗",
        "我们团队还没注册公司，能不能先入驻？",
        "As an individual developer with no registered company, can I sell on the marketplace?",
        "Freelancer here, no company yet. Can we join?",
    ],
)
def test_no_company_cannot_join(question: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert text.startswith(("不能", "No")), text
    assert "公司资质" in text, text


# "Which markets have / lack X" over the rate table: the markets themselves, first.
@pytest.mark.parametrize(
    ("question", "starts", "names", "not_named"),
    [
        ("哪些市场不收平台佣金？", "不抽佣金", ("API市场", "物联网市场"), ("建站市场",)),
        ("哪几个类目是零佣金的", "不抽佣金", ("API市场", "物联网市场"), ("安全市场",)),
        (
            "Which categories charge no commission at all?",
            "Markets that charge no commission",
            ("API Market", "IoT Market"),
            ("Security Market",),
        ),
        (
            "哪些市场在费率表里查不到？",
            "费率表里查不到",
            ("新零售", "开发运维", "零售通"),
            ("API",),
        ),
        (
            "Which markets are not listed in the commission rate table?",
            "Markets not in the rate table",
            ("New Retail", "DevOps", "Retail Link"),
            ("API",),
        ),
    ],
)
def test_which_markets_by_rate(
    question: str, starts: str, names: tuple[str, ...], not_named: tuple[str, ...]
) -> None:
    text = answer(question, today=IN_POLICY).text
    assert text.startswith(starts), text
    assert all(name in text for name in names), text
    assert not any(name in text for name in not_named), text


# A market joined before and one added: the added deposit, then the total, whatever shop words
# ("we already sell in …") come with it.
@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("We already sell in the API market. Adding Retail Link, what extra deposit?", "50,000"),
        (
            "We already sell on the Security market; if we also join IoT, how much more deposit?",
            "60,000",
        ),
        ("我们已经在API市场卖了（保证金交过了），再加零售通要补多少保证金？", "50,000"),
    ],
)
def test_deposit_for_an_added_market(question: str, must: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert must in text and text.startswith(("Adding", "新增")), text


# The company's facts as context, the ticket's amount asked: the ticket text with 大写.
@pytest.mark.parametrize(
    ("question", "capitals"),
    [
        (
            "我们成立5年，注册资本200万，35人有社保，准备入驻安全市场和物联网市场，交完保证金后工单里金额"
            "怎么写？",
            "陆万",
        ),
        (
            "We are 40 people, licence 4 years, capital 3m, joining Retail Link and Website. What "
            "amount do we write in the deposit ticket?",
            "捌万",
        ),
        (
            "公司6年、50人，想进企业应用、API和零售通三个市场，工单问题描述的大写金额是多少",
            "壹拾壹万",
        ),
    ],
)
def test_ticket_amount_asked_beside_a_profile(question: str, capitals: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert f"入驻云市场已缴纳保证金{capitals}元" in text, text


# One market's rule, asked of the others: every market that sets it.
@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("开发运维要求完成生态体系资质评估和认证，还有哪个市场也有这一条？", ("新零售市场",)),
        ("物联网市场要求有客户案例，还有哪些市场也要求？", ("解决方案市场",)),
        (
            "The DevOps market needs ecosystem certification. Which other markets require it too?",
            ("New Retail Market",),
        ),
    ],
)
def test_other_markets_with_the_same_rule(question: str, names: tuple[str, ...]) -> None:
    _check(question, names)


# Amounts first, then a question leaning on them ("what's the commission in each?"): one
# computation, every category charged, never the rates table instead.
@pytest.mark.parametrize(
    "question",
    [
        "Oct 2020: Security direct 120k and Enterprise Apps direct 160k. Is the tier based on the "
        "280k together? And what is the commission in each?",
        "2020年10月安全市场自营12万、企业应用自营16万。档位按28万合起来算吗？各自佣金多少？",
        "In Oct 2020 we did Security 120k and Enterprise Apps 160k, all direct. Are they combined "
        "for the tier? What do we pay per category?",
    ],
)
def test_a_follow_up_question_leans_on_the_amounts(question: str) -> None:
    _check(question, ("120,000 × 10%",), ("tier 1 10%; tier 2", "第1档 10%；第2档"))
    _check(question, ("160,000 × 10%",))


# Several categories' months: a market named again adds to its own month, amounts listed in
# the markets' order pair up, a share written before 分销 is the distribution part.
@pytest.mark.parametrize(
    ("question", "any_of"),
    [
        ("安全30万、建站40万、数据智能60万，其中数据智能有分销20万，佣金一共多少", ("87,000",)),
        ("建站和安全2020年8月分别30万和40万，佣金多少", ("65,000",)),
        ("Website and Security in June 2020: 300k and 400k respectively. Commission?", ("65,000",)),
        ("数据智能2020年5月50万，其中一半是分销，佣金多少？", ("250,000 × 3%",)),
        ("建站2020年5月流水40万，三成来自分销，佣金多少", ("280,000 × 15%",)),
    ],
)
def test_several_months_and_shares(question: str, any_of: tuple[str, ...]) -> None:
    _check(question, any_of)


# A profile in English with "integrate the API" and a short "行吗": still one market's verdict.
@pytest.mark.parametrize(
    ("question", "starts"),
    [
        (
            "We're an e-commerce software company, 4 years old, capital 3 million, 25 staff on "
            "social insurance, 1 ACP engineer, 5x8 after-sales, known customer cases, we can "
            "integrate the API and accept the agreements. Can we join the Solution market?",
            # A company 4 years old holds a business licence: the lawful-company condition is
            # met too, so every condition is and the answer is a plain yes (round 16).
            "Yes. As you describe it",
        ),
        (
            "企业应用市场，我们执照3年、注册资本80万、团队30人有社保、做ERP SaaS，5x8售后，行吗？",
            "不能",
        ),
        # fix31a: the open profile opens with the overall verdict (was "您说到的各项都满足").
        ("数据智能市场：执照2年，25人社保，5x8售后，做BI三年，可以吗？", "还不能确定：您说到的"),
    ],
)
def test_profile_phrasings(question: str, starts: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert text.startswith(starts), text
    assert "API Market" not in text and "API市场" not in text, text


# A stated lack, can-we-join, no market named: the markets it rules out, one line per rule.
@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("我们没有社保缴费表，能入驻吗", "进不了的市场"),
        ("公司拿不出社保证明，可以入驻云市场吗", "进不了的市场"),
        ("We have no DingTalk, can we still join?", "ruled out"),
    ],
)
def test_a_stated_lack_rules_markets_out(question: str, must: str) -> None:
    text = answer(question, today=IN_POLICY).text
    assert must in text and "…" not in text, text


# 不到一年 / 快满2年 / less than 2 years: just short of the number, so 满N年 is not met.
@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("数据智能市场，我们执照不到1年，可以入驻吗", "不到1年不满足"),
        ("执照快满2年了，安全市场能进吗", "不到2年不满足"),
        (
            "Our licence is less than 2 years old, can we join the Security market?",
            "under 2 year(s) does NOT meet",
        ),
    ],
)
def test_just_short_of_the_years(question: str, must: str) -> None:
    _check(question, (must,))
