"""Round 30 (fix30a): a vendor's eligibility question is judged on what the vendor stated, and on
nothing else — as classes, each with paraphrases of our own (zh and en).

A. A full profile for one or several markets credits the facts stated in words ("insured",
   "(statement ok)", "all documents ready", "a well-known bank case", "built on Alibaba Cloud
   IoT", "客服5*8在线", "安全和软件这两块都做了3年") and opens with the verdict per market
   (能 / 不能 / 还不能确定), never "not certain" over a fact the vendor gave; one condition asked
   of several markets is judged on that condition only.
G. A condition only named in a question ("must we use DingTalk?") is not credited as stated,
   and a question's own words ("不看营业执照年限") are no industry the vendor has.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

TODAY = date(2026, 12, 2)


def _first(question: str) -> str:
    return first_line(answer(question, today=TODAY).text)


# --- A1. full profile, several markets: facts said in words are credited ----------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Security and Solution markets together: licence 2017, capital 10M, 50 staff insured "
            "(statement ok), 7x24 after-sales, 3 years in security, mature security software "
            "shipped as ECS image, we serve the finance industry, 2 ACP engineers, API "
            "integration, a well-known bank case, all agreements accepted. Which can we join?",
            ("Security Market: yes", "Solution Market: yes"),
        ),
        (
            "We want both Security and Enterprise Application. License 2018, capital 2M, 30 staff "
            "insured, after-sales 5x8 only. We have an HR SaaS for companies and a host-security "
            "software image, and can integrate API. Which of the two can we join?",
            ("Security Market: no", "Enterprise Application Market: yes"),
        ),
        (
            "Our company license is 8 months old, capital 3M, 35 staff on social insurance, 5x8 "
            "after-sales, 1 ACP engineer, IoT product on Alibaba Cloud IoT, mature hardware and "
            "software, traceable customer case with a famous logistics company, API integration "
            "ok, accept agreements. Can we enter IoT market and Solutions market?",
            ("IoT Market: yes", "Solution Market: no"),
        ),
        (
            "Logistics SaaS vendor: licence 5 years, capital 5M, 60 employees insured, 7x24 "
            "support, 3 ACP engineers, can integrate the marketplace API, big customer cases "
            "with major carriers, we accept the agreements. Can we join the Solution and "
            "Enterprise Application markets?",
            ("Solution Market: yes", "Enterprise Application Market: yes"),
        ),
        (
            "我们注册资金50万，执照3年，售后7*24，安全和软件这两块都做了3年，40人都有社保，客服5*8在线，"
            "软件成熟稳定能做成ECS镜像，有接口开发能力，协议都接受。想同时入驻安全市场和基础软件市场，"
            "两个都能进吗？",
            ("安全市场：不能", "基础软件市场：能"),
        ),
        (
            "想同时进安全和基础软件市场：注册资本300万，执照4年，安全和软件两条线都做了4年，"
            "35人都在公司交社保，售后7x24，客服5x8在线，软件成熟稳定能做ECS镜像，能做接口开发，"
            "协议都接受。两个都能进吗？",
            ("安全市场：能", "基础软件市场：能"),
        ),
    ],
)
def test_several_markets_credit_stated_facts(question: str, expected: tuple[str, ...]) -> None:
    first = _first(question)
    for verdict in expected:
        assert verdict in first, first
    assert "not certain" not in first and "还不能确定" not in first, first


# --- A2. full profile, one market: 能 / Yes on facts stated in words ----------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Enterprise Application: licence 4 years, capital 3M, 24 tech+support on social "
            "insurance with statement, 5x8 after-sales, we sell HR SaaS to companies, can "
            "develop against the marketplace API, accept all rules. Good to go?",
            "Yes",
        ),
        (
            "Retail Link: we have 5 employees, DingTalk opened, one dedicated ops person, 1688 "
            "member account with company name verified, we are service company, founded 2019, "
            "capital 2M, all documents ready, no violations on Taobao/Tmall/1688, online CS 5x8. "
            "Can we join?",
            "Yes",
        ),
        (
            "IoT market: 30 staff on social insurance, 5x8 after-sales tech support, traceable "
            "known customers (a big utility company), stable hardware and software, all built on "
            "Alibaba Cloud IoT platform. We accept the agreements. Eligible?",
            "Yes",
        ),
        (
            "零售通：公司2018年成立，注册资本300万，8个员工，钉钉已经开通了，有专人对接运营，1688会员已做"
            "企业名称认证，是服务型公司，证件齐全，淘宝天猫1688都没有违规，在线客服5x8，能入驻吗？",
            "能",
        ),
        (
            "物联网市场：正规公司，32人都交社保，售后5x8，有知名物流客户案例可追溯，软硬件成熟稳定，"
            "产品全部基于阿里云IoT，协议都接受。我们够格吗？",
            "能",
        ),
        (
            "We make a backup software for Linux servers. License 2019, capital 1M, 30 staff on "
            "social insurance, online customer service 5x8, software runs as ECS image, API "
            "integration ok. But honestly we are only 1 year in this industry. Can we join "
            "Basic Software market?",
            "No",
        ),
        (
            "We provide weather APIs. License 2017, our tech team plus customer service is 18 "
            "persons, all have social insurance. After-sales support 5x8, we can integrate with "
            "marketplace API. Can we join API market?",
            "No",
        ),
        (
            "We are hospital information system vendor, license 2012, capital 10M, 100 staff with "
            "social insurance, 3 ACP engineers, 5x8 after-sales, API integration, many famous "
            "hospital cases. Can we join the Solutions market?",
            "No",
        ),
    ],
)
def test_one_market_profile_verdict_first(question: str, verdict: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert first.startswith(verdict), first


def test_one_market_open_profile_says_not_certain_first() -> None:
    # Something the guide asks is not stated: the verdict word first, naming only that.
    first = _first("数据智能市场：执照3年，30人交社保，售后5x8，做了2年大数据分析。能入驻吗？")
    assert first.startswith("还不能确定"), first
    assert "执照" not in first and "社保" not in first, first


# --- A3. one condition asked of several markets: that condition only ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "公司成立4年，注册资本正好100万，员工25人。服务市场和零售通的注册资金要求我们分别满足吗？",
        "注册资本刚好100万，服务市场和零售通市场的注册资金这条我们各自满足吗？",
        "Our registered capital is exactly 1M CNY, 4-year licence, 25 staff. Does it meet the "
        "capital rule of the Service market and of Retail Link?",
    ],
)
def test_one_condition_of_two_markets(question: str) -> None:
    text = answer(question, today=TODAY).text
    first = first_line(text)
    assert "确定" not in first and "certain" not in first, text
    assert "营销" not in text and "marketing" not in text, text
    assert "不能" in first or "不满足" in first or "no" in first.lower(), first


# --- G. a condition only named in a question is not credited --------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Retail Link: minimum how many employees? and must we use DingTalk?",
        "Must we use DingTalk for the Retail Link market?",
        "For Retail Link, should we register DingTalk?",
        "零售通最少几个人？我们要用钉钉吗？",
    ],
)
def test_named_condition_is_not_stated(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "from what you say" not in text and "按您说的" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "公司成立才半年，有哪些市场是不看营业执照年限的？",
        "我们执照才8个月，哪些市场是不要求执照年限的？",
    ],
)
def test_no_industry_invented_from_the_question(question: str) -> None:
    text = answer(question, today=TODAY).text
    assert "行业范围" not in first_line(text), text
    assert "六个垂直行业" not in text, text
    assert "API" in first_line(text), text


# --- A4. "those conditions": the conditions just stated are what is asked ----------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "We are a data analytics company: 25 tech and support staff on social insurance (we "
            "can provide the statement), business license from 2018, two years of big-data "
            "experience and 5x8 after-sales support. Do we meet those conditions of the Data "
            "Intelligence market?",
            "Yes",
        ),
        (
            "Licence 3 years, capital 2M, 30 staff on social insurance, 5x8 after-sales. Do we "
            "meet these requirements of the Enterprise Application market?",
            "Yes",
        ),
        (
            "我们执照3年，注册资本200万，30人交社保，售后5x8。企业应用市场的这些条件我们都满足吗？",
            "满足",
        ),
    ],
)
def test_those_conditions_are_the_stated_ones(question: str, verdict: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert verdict in first[:8], first
    assert "certain" not in first and "确定" not in first, first


# --- A5. services deployed on Alibaba Cloud rest on its products (Website Building) -----------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "我们公司2017年注册，注册资金200万，技术团队加客服一共24人，都在公司交社保并能出社保缴费明细。"
            "专做企业官网和小程序建站5年，所有站点都部署在阿里云ECS和OSS上。在线客服周一至周五"
            "9:00-18:00。两份协议和云市场管理规范都接受。请问我们符合建站市场的入驻条件吗？",
            "能",
        ),
        (
            "Website Building market: licence 6 years, capital 2M, 28 tech and support staff on "
            "social insurance with statement, 4 years of website building, every site we build "
            "is hosted on Alibaba Cloud, online customer service 5x8, we accept the agreements. "
            "Are we eligible?",
            "Yes",
        ),
    ],
)
def test_sites_on_alibaba_cloud_are_credited(question: str, verdict: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert first.startswith(verdict), first


# --- G3. a head count with the statement said lacking: the team rule is not met ---------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("我们社保在册有25人，但拿不出社保个人月缴费信息情况表，团队这条符合要求吗？", "不满足"),
        ("社保有30人在交，就是开不出缴费表，人数这条算达标吗？", "不满足"),
        (
            "30 people on our social insurance but we cannot provide the statement. Does our "
            "team meet the requirement?",
            "No",
        ),
    ],
)
def test_team_without_statement_is_not_met(question: str, verdict: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert first.startswith(verdict), first


# --- A6. "everything else is met" and experience said with a slash or an ampersand ------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "We have exactly 1 year of big-data experience and meet everything else. Are we "
            "eligible for the Data Intelligence market?",
            "Yes",
        ),
        ("我们大数据经验刚好一年，其他条件都满足，能进数据智能市场吗？", "能"),
        (
            "We have only 8 months of big-data experience and meet everything else. Are we "
            "eligible for the Data Intelligence market?",
            "No",
        ),
        (
            "Service Market: licence 2017, capital 1.5 million, 30 staff socially insured, 5x8 "
            "online support, but we've only done IT O&M services for 1 year. Eligible?",
            "No",
        ),
        (
            "Business license since 2017, capital 2 million RMB, 40 engineers and support staff "
            "all on company social insurance (we can provide the monthly statement), 5x8 "
            "after-sales, have done big data / BI projects for 4 years, own BI SaaS product, can "
            "integrate with your marketplace APIs, accept all agreements. Can we join the Data "
            "Intelligence market?",
            "Yes",
        ),
    ],
)
def test_others_met_and_experience_forms(question: str, verdict: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert first.startswith(verdict), first


# --- A7. cases credited by what they are, and a case said lacking is a lack --------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "IoT market check: lawful company, 40 tech/support staff with social insurance "
            "statement, 5x8 after-sales, traceable case with a famous logistics firm, mature "
            "hardware+software, everything built on Alibaba Cloud IoT, we accept the rules. Are "
            "we eligible?",
            "Yes",
        ),
        (
            "IoT market: lawful company, 40 staff with social insurance statement, 5x8 "
            "after-sales, no traceable case with a famous firm yet, mature hardware+software, "
            "everything built on Alibaba Cloud IoT, we accept the rules. Are we eligible?",
            "No",
        ),
        (
            "物联网市场：正规公司，30人都交社保，售后5x8，还没有知名客户案例，软硬件成熟稳定，"
            "全部基于阿里云IoT，接受协议。符合吗？",
            "不能",
        ),
    ],
)
def test_cases_credited_and_lacked(question: str, verdict: str) -> None:
    first = first_sentence(answer(question, today=TODAY).text)
    assert first.startswith(verdict), first
