"""fix31f: a condition the vendor states in words is credited, so a full profile opens 能 / Yes
rather than fix31a's 还不能确定 / "Not sure yet: … also needs 1 more to confirm: X".

- Retail Link's credit condition said good in the vendor's own words (信用记录良好, 征信没问题,
  "clean credit on Taobao/Tmall/1688", "credit record is spotless").
- Support kept on the working days written as "workdays" / "work days", or over a day range
  with an en or em dash ("Mon–Sat 9 to 18"): the days and hours read as the level they cover.
- After-sales said round the clock ("round-the-clock", "around the clock", "24-hour", 全天候,
  24小时): 7x24.

Guards: a stated lack stays a lack ("no online support", "只有工作日上午", weekday office hours
against 7x24), credit with a violation stays failed, and a condition never stated (dev19b 87's
social-insurance statement) stays "Not sure yet"."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence


def _reply(question: str) -> str:
    return answer(question).text


_RETAIL_EN = (
    "Retail Link: founded 2020, registered capital 3 million CNY, legally registered, 6 employees, "
    "a dedicated ops contact on DingTalk, 1688 member verified as a service company, "
    "license/tax/organization-code scans ready, {credit}, 5x8 online customer service. "
    "Are we eligible?"
)
_RETAIL_ZH = (
    "零售通：公司2020年成立，注册资本300万，合法注册，6名员工，有钉钉运营对接人，1688服务型企业"
    "会员已认证，执照税务登记组织机构代码扫描件齐全，{credit}，5x8在线客服。能入驻吗？"
)
_SERVICE_EN = (
    "We're a managed-ops firm: licence since 2015, capital RMB 1.5 million, 40 engineers and "
    "support staff on company social insurance, 6 years of ops experience, {support}, a marketing "
    "team that plans campaigns, and we accept the onboarding and platform service agreements and "
    "the rules. Do we qualify for the Service market?"
)
_SERVICE_ZH = (
    "我们是运维服务商：2015年拿的执照，注册资本150万，40名技术和客服都交社保，6年运维经验，"
    "{support}，有营销团队，接受入驻协议和平台服务协议及规则。能入驻服务市场吗？"
)
_SECURITY_EN = (
    "We're a security vendor: founded 2013, capital RMB 5 million, 60 tech and support staff on "
    "social insurance, {support}, 7 years in security, a mature host-security product deployable "
    "as an ECS image, and we accept the agreements and rules. Can we join the Security market?"
)
_SECURITY_ZH = (
    "我们是安全厂商：2013年成立，注册资本500万，60名技术和客服都交社保，{support}，7年安全经验，"
    "成熟的主机安全产品可以ECS镜像交付，接受协议和规则。能进安全市场吗？"
)
_WEBSITE_EN = (
    "We are website building studio. Company 4 years old, capital 2 million, team is 12 dev + "
    "10 designers + 5 CS, all insured. 4 years doing websites, {support}, all sites are hosted "
    "on Alibaba Cloud. Can we enter Website building market?"
)
_WEBSITE_ZH = (
    "我们是建站工作室，公司4年，注册资本200万，团队12个开发+10个设计+5个客服，都交社保，做网站4年，"
    "{support}，网站都托管在阿里云上。能进建站市场吗？"
)


def _opens_yes(text: str) -> None:
    first = first_sentence(text)
    assert first.startswith(("Yes", "能")), text
    assert "Not sure" not in first_line(text) and "还不能确定" not in first_line(text), text


def _opens_no(text: str, opener: str) -> None:
    first = first_sentence(text)
    assert first.startswith(opener), text
    assert not first.startswith(("Not sure", "还不能确定")), text


# --- Retail Link's credit condition said good ------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "clean credit on Taobao/Tmall/1688",
        "our credit record is spotless",
        "credit history is good on Alibaba platforms",
        "good credit standing on Tmall",
    ],
)
def test_credit_said_good_en_is_met(credit: str) -> None:
    _opens_yes(_reply(_RETAIL_EN.format(credit=credit)))


@pytest.mark.parametrize(
    "credit",
    ["企业和法人信用记录良好", "征信没问题", "公司和法人信用状况良好", "在淘宝天猫1688上零违规"],
)
def test_credit_said_good_zh_is_met(credit: str) -> None:
    _opens_yes(_reply(_RETAIL_ZH.format(credit=credit)))


def test_credit_with_a_violation_stays_failed() -> None:
    text = _reply(
        _RETAIL_EN.format(credit="our legal rep had a violation record on Tmall last year")
    )
    _opens_no(text, "No")


def test_credit_unstated_stays_not_sure() -> None:
    text = _reply(_RETAIL_ZH.format(credit="公司在杭州"))
    assert first_line(text).startswith("还不能确定"), text
    assert "信用良好" in first_line(text), text


# --- online customer service on working days / a day range with a dash -------------------------


@pytest.mark.parametrize(
    "support",
    [
        "online support 9-18 on workdays",
        "online customer service on work days from 9 to 18",
        "customer service every workday 9am-6pm",
    ],
)
def test_workdays_support_en_meets_5x8(support: str) -> None:
    _opens_yes(_reply(_SERVICE_EN.format(support=support)))


@pytest.mark.parametrize(
    "support",
    ["工作日9点到18点在线客服", "在线客服周一至周五9:00-18:00", "在线客服周一–周五9点到18点"],
)
def test_workdays_support_zh_meets_5x8(support: str) -> None:
    _opens_yes(_reply(_SERVICE_ZH.format(support=support)))


@pytest.mark.parametrize(
    "support",
    [
        "support Mon–Sat 9 to 18",
        "customer service Monday—Saturday 9 to 18",
        "support Mon–Fri 9am–6pm",
    ],
)
def test_dashed_day_range_en_meets_5x8(support: str) -> None:
    _opens_yes(_reply(_WEBSITE_EN.format(support=support)))


@pytest.mark.parametrize("support", ["周一至周六9-18在线客服", "客服周一–周六9点到18点在线"])
def test_day_range_zh_meets_5x8(support: str) -> None:
    _opens_yes(_reply(_WEBSITE_ZH.format(support=support)))


def test_no_online_support_stays_a_lack() -> None:
    text = _reply(_SERVICE_EN.format(support="no online support"))
    _opens_no(text, "No")


@pytest.mark.parametrize(
    ("template", "support", "opener"),
    [
        (_SERVICE_ZH, "在线客服只有工作日上午", "不能"),
        (_SERVICE_EN, "online support only on workday mornings", "No"),
        (_SERVICE_EN, "online support 9-12 on workdays", "No"),
    ],
)
def test_half_day_support_is_a_lack(template: str, support: str, opener: str) -> None:
    text = _reply(template.format(support=support))
    _opens_no(text, opener)


# --- after-sales round the clock -------------------------------------------------------------


@pytest.mark.parametrize(
    "support",
    [
        "round-the-clock after-sales support",
        "after-sales support around the clock",
        "24-hour after-sales support",
        "after-sales service round the clock",
    ],
)
def test_round_the_clock_en_meets_7x24(support: str) -> None:
    _opens_yes(_reply(_SECURITY_EN.format(support=support)))


@pytest.mark.parametrize("support", ["全天候售后技术支持", "售后24小时在线", "24小时售后技术服务"])
def test_round_the_clock_zh_meets_7x24(support: str) -> None:
    _opens_yes(_reply(_SECURITY_ZH.format(support=support)))


@pytest.mark.parametrize(
    ("template", "support", "opener"),
    [
        (_SECURITY_EN, "after-sales support 9-18 on workdays", "No"),
        (_SECURITY_ZH, "售后只有工作日白天", "不能"),
    ],
)
def test_working_day_aftersales_fails_7x24(template: str, support: str, opener: str) -> None:
    text = _reply(template.format(support=support))
    _opens_no(text, opener)


def test_unstated_social_insurance_stays_not_sure() -> None:
    # dev19b 87: the statement never spoken of.
    text = _reply(
        "Security market: our security experience is exactly 1 year, license 3 years, capital "
        "1M, 7x24 after-sales, 21 people, mature WAF delivered as ECS image. Eligible?"
    )
    assert first_line(text).startswith("Not sure yet"), text
    assert "social insurance" in first_line(text), text
