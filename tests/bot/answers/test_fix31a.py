"""fix31a: "can we join X?" with some of the market's conditions stated and none failing opens
with the overall verdict — 还不能确定 / "Not sure yet:" — says the stated points are met and
names the conditions left (no "可以问“XX市场入驻条件”" placeholder, no "都满足"). A stated
figure that fails still opens 不能 / No; a question about the stated items only keeps its
per-item verdict and names what else the market requires; a market that sets no condition on
the stated figures: 还不能确定, those points do not matter, then what it does require."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence


def _reply(question: str) -> str:
    return answer(question).text


# Figures only, one market, joining it asked.
@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("注册资金300万，营业执照2015年的，能进服务市场吗", "营销策划"),
        ("我们执照2016年办的，注册资本50万，可以入驻基础软件市场吗？", "镜像"),
        ("我们做网站的，注册资金120万，执照2017年办的，想入驻建站市场", "阿里云产品"),
        ("执照2019年的，注册资金30万，技术客服25人，能去基础软件市场吗", "社保"),
        ("数据智能市场：执照2018年，注册资金80万，能不能上？", "大数据"),
    ],
)
def test_figures_join_zh_opens_not_sure(question: str, named: str) -> None:
    text = _reply(question)
    first = first_line(text)
    assert first.startswith("还不能确定"), text
    assert "满足" in first and named in first, text
    assert "都满足" not in text and "入驻条件”" not in text, text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        (
            "Registered capital 2 million, licence from 2016. Can we join the Service Market?",
            "marketing",
        ),
        (
            "Our licence is from 2015 and our registered capital is 3 million. Can we get into the "
            "Website Building Market?",
            "Alibaba Cloud products",
        ),
        (
            "New Retail market: licence since 2017, registered capital 4M, 60 staff on social "
            "insurance. Are we in?",
            "ecosystem",
        ),
    ],
)
def test_figures_join_en_opens_not_sure(question: str, named: str) -> None:
    text = _reply(question)
    first = first_line(text)
    assert first.startswith("Not sure yet:"), text
    assert named in first, text
    assert "Yes, on these points" not in text and "full conditions" not in text, text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("注册资金50万，执照2015年的，能进服务市场吗", "不能"),
        ("执照2016年的，注册资金5万，能入驻基础软件市场吗", "不能"),
        ("Capital 500,000 and a licence from 2015. Can we join the Service Market?", "No"),
    ],
)
def test_a_stated_figure_failing_still_opens_no(question: str, opening: str) -> None:
    assert first_sentence(_reply(question)).startswith(opening)


def test_two_markets_one_open_one_failing() -> None:
    text = _reply("执照2016年拿的，注册资金50万，能入基础软件和服务市场吗")
    assert first_line(text) == "基础软件市场：还不能确定；服务市场：不能。", text
    assert "基础软件市场还要满足：" in text, text


# Facts stated in words (the profile readers): the same opening, never "都满足".
@pytest.mark.parametrize(
    "question",
    [
        "安全市场：我们提供7×24售后，做安全3年了，团队30人都交社保。能入驻吗？",
        "建站市场：我们做建站6年了，技术客服40人都交社保，能进吗",
        "服务市场：执照4年、注册资金300万、35人社保齐全、做运维5年、7*24客服、接受协议。可以入驻吗？",
        "物联网市场：技术客服30人交社保，售后7x24，能入驻吗",
        "我们注册资金500万，2016年成立的，员工12个，想进零售通，可以吗",
    ],
)
def test_profile_in_words_zh_opens_not_sure(question: str) -> None:
    text = _reply(question)
    assert first_line(text).startswith("还不能确定"), text
    assert "都满足" not in first_line(text), text


@pytest.mark.parametrize(
    "question",
    [
        "Security market: 7x24 after-sales, 4 years in security, 30 staff all on social "
        "insurance. Can we join?",
        "API market: we have 40 staff on social insurance and 2 years of API experience. Good "
        "enough?",
        "We're a logistics company with 2 ACP-certified engineers. Can we join the Solutions "
        "market?",
    ],
)
def test_profile_in_words_en_opens_not_sure(question: str) -> None:
    text = _reply(question)
    assert first_line(text).startswith("Not sure yet:"), text
    assert "Every point you gave is met" not in text, text


# The market sets no condition on what was stated.
def test_no_condition_on_the_figures_zh() -> None:
    text = _reply("注册资金20万，营业执照2016年的，能入驻API市场吗")
    first = first_line(text)
    assert first.startswith("还不能确定"), text
    assert "没有要求" in first and "接口开发能力" in first, text


def test_no_condition_on_the_figures_en() -> None:
    text = _reply("Capital 200,000 and a licence from 2016. Can we join the API Market?")
    first = first_line(text)
    assert first.startswith("Not sure yet:"), text
    assert "does not require" in first and "Marketplace API" in first, text


def test_no_condition_one_figure_names_the_rest() -> None:
    text = _reply("our licence is only 6 months old. can we still apply to the IoT Market?")
    assert first_line(text).startswith("Yes"), text
    assert "does not require" in text and "customer cases" in text, text
    assert "full conditions" not in text, text


# Only the stated items asked: their verdict first, what else the market asks named after.
@pytest.mark.parametrize(
    ("question", "opening", "rest"),
    [
        ("基础软件：注册资金20万，执照2016年的，这两条过了吗", "这几项都满足", "其余条件也要满足"),
        ("服务市场：注册资金200万，执照2015年，这两项满足吗", "这几项都满足", "营销策划"),
    ],
)
def test_stated_items_only_keep_their_verdict(question: str, opening: str, rest: str) -> None:
    text = _reply(question)
    assert first_line(text).startswith(opening), text
    assert rest in text and "入驻条件”" not in text, text


# The facts read in words that complete a profile (the opening must not turn a full profile
# into "Not sure yet").
@pytest.mark.parametrize(
    "question",
    [
        "Service market: license 2018, registered capital 1.5M, 28 people insured, 3 years in ops "
        "service, online CS 5x8, we have a marketing team. Eligible?",
        "Data intelligence: license 2020, 25 staff with social insurance statement, 5x8 "
        "after-sales, 3 years big data, BI SaaS product, can do API integration, accept the "
        "agreements. Can we join?",
        "Retail Link: 6 employees, DingTalk opened, one dedicated ops person, 1688 member account "
        "with company name verified, service company, founded 2017, capital 3M, all documents "
        "ready, no violations on Taobao/Tmall/1688, online CS 5x8. Can we join?",
    ],
)
def test_full_profiles_read_in_words_en(question: str) -> None:
    assert first_line(_reply(question)).startswith("Yes"), _reply(question)


def test_full_profile_lawful_company_zh() -> None:
    text = _reply(
        "我们是合法经营的物联网公司，技术和客服团队40人，社保缴费表可以提供，售后7*24小时，有可追溯的"
        "知名客户案例，软硬件产品成熟稳定，方案全部基于阿里云IoT平台，也接受云市场的相关协议和管理规范。"
        "能进物联网市场吗？"
    )
    assert first_line(text).startswith("能"), text


def test_uninsured_is_not_the_statement() -> None:
    text = _reply(
        "Service market: license 2018, registered capital 1.5M, 28 people but they are "
        "uninsured, 3 years in ops service, online CS 5x8, we have a marketing team. Eligible?"
    )
    assert not first_line(text).startswith("Yes"), text
