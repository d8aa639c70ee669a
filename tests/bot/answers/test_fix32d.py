"""fix32d: stated facts the profile readers dropped or misread, and a deposit question with
several products in one market.

1a. "售后7*24 … 客服5*8在线": the per-fact reading takes one support level for the whole message
    and left 客服 unclear; each clause's own level is read (profile_read), so 基础软件市场 is 能.
1b. "30 engineers but they are contractors": not on the company's social insurance, so not the
    team the guide counts (SPEC decision 4) — never "30 people: you meet it".
1c. "建站经验还不到一年", "一年不到", "less than a year": just short of the year, shown so and
    judged so (an API market "一年以上" is not met by it).
2.  "two different products in the API market and also the Service market, how much deposit":
    the sum first (no "Yes: the same"), per market, not per product.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

DAY = date(2026, 12, 2)


def _reply(question: str) -> str:
    return answer(question, today=DAY).text


# --- 1a: two support levels, one per kind ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们注册资金50万，执照3年，售后7*24，安全和软件这两块都做了3年，40人都有社保，客服5*8在线，"
        "软件成熟稳定能做成ECS镜像，有接口开发能力，协议都接受。想同时入驻安全市场和基础软件市场，"
        "两个都能进吗？",
        "执照3年，注册资金50万，售后7x24小时，安全和软件都做了3年，40人都交社保，在线客服5x8，"
        "软件成熟稳定能做ECS镜像，有接口开发能力，协议都接受，安全市场和基础软件市场分别能进吗",
    ],
)
def test_two_support_levels_zh_each_credited(question: str) -> None:
    text = _reply(question)
    first = first_line(text)
    assert "基础软件市场：能" in first, text
    assert "还不能确定" not in text and "5×8 小时的客服在线服务；" not in text, text


def test_two_support_levels_en_each_credited() -> None:
    text = _reply(
        "License 3 years, registered capital 500k, 40 staff on social insurance, after-sales "
        "support 7x24, online customer service 5x8, 3 years in the software industry, mature "
        "product, ECS image delivery, API development capability, we accept the agreements. Can "
        "we join the Basic Software market and the Security market?"
    )
    assert first_line(text).startswith("Basic Software Market: yes"), text
    assert "Not sure yet" not in text, text


# --- 1b: contractors are not the team --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "IoT market question: we have 30 engineers but they are contractors, we cannot provide "
        "social insurance payment records. is that a problem?",
        "We have 25 engineers but they're all contractors, so we can't provide a company social "
        "insurance statement. Can we join Data Intelligence?",
    ],
)
def test_contractors_en_team_not_met(question: str) -> None:
    text = _reply(question)
    assert "team of at least 20 people" in first_sentence(text), text
    assert "contractors not on the company's social insurance" in text, text
    assert "people: you meet it" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "团队25人都是兼职/外包，不交社保，API市场能入驻吗",
        "我们技术客服30人，都是外包的，公司没给交社保，符合数据智能市场的团队要求吗？",
        "团队25人都是兼职/外包，不交社保",
    ],
)
def test_contractors_zh_team_not_met(question: str) -> None:
    text = _reply(question)
    assert "外包/兼职，不在公司交社保，不计入团队" in text, text
    assert "人满足" not in text, text


def test_part_contracted_keeps_insured_count() -> None:
    # Only part of them contractors: the insured count is the team, as before.
    text = _reply(
        "API market: we have 25 staff but only 12 are on our company social insurance, the rest "
        "are contractors from an agency. Can we still meet the team condition?"
    )
    assert "12 people" in text and "contractors not on" not in text, text


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "我们团队一共20个人，其中5个是外包没交社保，api市场看看能不能进",
            "在公司交社保的15人不满足",
        ),
        (
            "公司账面30个人，其中12个是外包人员，社保不在我们这交，做服务市场团队人数够吗",
            "18人不满足",
        ),
        (
            "我们 team 有 25 个人，但是其中 10 个是外包，不在公司社保里，API market 的 20 人要求能满足吗？",
            "15人不满足",
        ),
    ],
)
def test_part_contracted_zh_rest_is_the_team(question: str, left: str) -> None:
    text = _reply(question)
    assert left in text, text
    assert not any(f"→ {n}人满足" in text for n in (20, 25, 30)), text


@pytest.mark.parametrize(
    "question",
    [
        "我们团队22个人，但大部分是外包的，公司出不了社保个人月缴费情况表，这样能入驻企业应用吗",
        "我们有25个技术和客服，不过大多是外包人员，没在我们公司交社保，拿不出社保个人月缴费信息情况表。"
        "这样API市场能进吗？",
    ],
)
def test_most_contracted_zh_team_not_judged(question: str) -> None:
    text = _reply(question)
    assert first_line(text).startswith("不能"), text
    assert "人满足" not in text, text


def test_part_contracted_en_rest_is_the_team() -> None:
    text = _reply(
        "We have 30 engineers, 8 of them are contractors. Do we meet the API market team rule?"
    )
    assert "22 people on the company's social insurance" in text, text


# --- 1c: "less than a year" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们有两年多的APP开发经验，不过做建站的经验还不到一年，符合建站市场的条件吗？",
        "建站经验一年不到，能进建站市场吗",
        "我们做建站还不满一年，能入驻建站市场吗",
    ],
)
def test_under_a_year_zh_said_as_said(question: str) -> None:
    text = _reply(question)
    assert first_line(text).startswith("不能"), text
    assert "不到1年不满足" in text and "→ 1 年不满足" not in text, text


def test_under_a_year_zh_fails_one_year_rule() -> None:
    text = _reply("我们做接口开发的经验不到一年，满足API市场的经验要求吗")
    assert first_sentence(text).startswith("不满足"), text
    assert "不到1年不满足" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "we have less than a year of website building experience, can we join the website "
        "building market?",
        "We have done website building for less than a year, so can we join the Website "
        "Building market?",
    ],
)
def test_under_a_year_en(question: str) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith("No"), text
    assert "under 1 year" in text, text


# --- 2: several products in a market, the deposit asked -----------------------------------------


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "We will sell two different products in the API market and also join the Service "
            "market. How much deposit do we pay?",
            "60,000",
        ),
        ("Three products, all in the Security market — deposit?", "30,000"),
        ("We sell 3 different products, all in the Security market. Deposit?", "30,000"),
    ],
)
def test_products_deposit_en_sum_first(question: str, amount: str) -> None:
    text = _reply(question)
    first = first_sentence(text)
    assert amount in first and "the same" not in first, text
    assert "not per product" in text, text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("API市场上两个产品，再加服务市场，保证金一共交多少", "6万"),
        ("API市场上两个不同的产品，再加服务市场，保证金一共交多少", "6万"),
        ("我们有两个不同的产品都放在API市场，保证金多少", "3万"),
    ],
)
def test_products_deposit_zh_sum_first(question: str, amount: str) -> None:
    text = _reply(question)
    assert amount in first_sentence(text) and "一样" not in first_line(text), text
    assert "不按商品数" in text, text


def test_products_deposit_zh_asked_per_product() -> None:
    text = _reply("我们在建站市场卖3个商品，保证金要交3份吗")
    assert first_sentence(text).startswith("不是按商品数"), text
    assert "3万" in text, text


def test_deposit_same_still_asked() -> None:
    # A comparison of deposits asked still gets its 一样 / 不一样.
    assert first_line(_reply("API市场和零售通的保证金一样吗")).startswith("不一样"), ""
    text = _reply("Is the deposit different for different markets?")
    assert first_sentence(text).startswith("No"), text


def test_outsourcing_as_a_line_of_business_is_no_contractor() -> None:
    # "公司原来做运维外包": the company's former business, not its staff.
    text = _reply(
        "我们2018年注册的，注册资本300万，技术+客服28人，社保缴费表可以提供。公司原来做运维外包，"
        "安全业务是去年这个时候开始做的，到今天刚好满一年。产品是自研的数据库审计软件，运行稳定，"
        "能以ECS镜像方式交付。售后有7×24小时值班电话和工程师轮班。入驻协议和管理规范都接受。安全市场能进吗？"
    )
    assert first_line(text).startswith("能"), text
    assert "28人满足" in text, text
