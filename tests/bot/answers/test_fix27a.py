"""fix27a: one condition (or one kind) of a market asked — the reply opens with that condition,
stated as the answer, never the market's whole list and never cut with "…".

Classes (each with paraphrases of our own, zh and en):
- the member account asked by a broad word, and another platform's account offered in its place;
- an ability asked besides the team (the market's marketing ability; none set → said so first);
- the requirements on the product itself ("what is required of the products");
- a second part asking only "how many" of another market ("…, and how many does X need?");
- a stated profile saying the vendor can develop against the Marketplace API ("API spec").
- (continued) a figure asked after the company's facts, which are background (figure_asked.py);
- a kind the market does not set asked "any requirement about X or how old Y is" → No first;
- the marketing ability said to be missing beside stated figures → that condition judged;
- only one kind of support offered, short of every market's level → No whichever kind.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import answer

# The whole-list heading (bot/texts.py answers.conditions_head) and a numbered line.
_WHOLE_LIST = re.compile(r"入驻条件：|Entry conditions for|^\s*\d+\.\s", re.MULTILINE)


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _no_whole_list(text: str) -> None:
    assert not _WHOLE_LIST.search(text), text
    assert "…" not in text, text


@pytest.mark.parametrize(
    ("question", "platform"),
    [
        ("零售通入驻要的会员账号是哪家平台的？我们的淘宝账号能用吗", "淘宝"),
        ("零售通要什么会员？拿天猫商家账号代替可以吗", "天猫"),
        ("想进零售通，会员号用我们京东的账号行不行？", "京东"),
        (
            "Retail Link wants a member account from which platform? Would our Taobao account do?",
            "Taobao",
        ),
        (
            "For Retail Link, can we use a Tmall seller account instead of the member account?",
            "Tmall",
        ),
        ("Is our Alipay account OK for the Retail Link membership requirement?", "Alipay"),
    ],
)
def test_other_platform_account_gets_the_named_account_first(question: str, platform: str) -> None:
    text = answer(question).text
    first = _first_line(text)
    assert "中国站" in first or "1688" in first, text
    assert platform in first, text
    assert "没有说" in first or "does not say" in first, text
    _no_whole_list(text)


@pytest.mark.parametrize(
    "question",
    [
        "零售通要求的是哪个平台的会员？",
        "零售通说的会员账号指什么平台",
        "Which platform's member account does Retail Link ask for?",
    ],
)
def test_member_account_asked_by_a_broad_word(question: str) -> None:
    text = answer(question).text
    assert "中国站" in _first_line(text) or "1688" in _first_line(text), text
    _no_whole_list(text)


@pytest.mark.parametrize(
    "question",
    [
        "服务市场除了团队人数，还看重什么能力？",
        "服务市场除了团队还要求什么能力？",
        "做服务市场，除了技术客服团队之外，还得具备啥能力，是不是要懂营销",
        "Besides the team, does the Services market ask for any other ability? We heard marketing matters.",
        "Apart from the team, what other skills does the Service market want from us?",
    ],
)
def test_ability_besides_the_team_is_the_marketing_ability(question: str) -> None:
    text = answer(question).text
    first = _first_line(text)
    assert "营销" in first or "marketing" in first.lower(), text
    assert "20" not in first, text
    _no_whole_list(text)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("API市场要会做营销吗？", "没有营销策划能力要求"),
        ("Does the DevOps market ask for a member account?", "sets no"),
        ("新零售市场除了团队还要求什么能力？", "没有"),
    ],
)
def test_a_kind_the_market_does_not_set_is_said_first(question: str, said: str) -> None:
    assert said in _first_line(answer(question).text)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What is required of the products for the DevOps market?", ("joint solution",)),
        ("What must our products meet for New Retail?", ("joint solution",)),
        ("What's expected of the products in the Security market?", ("mature",)),
        ("开发运维市场对入驻的产品有什么要求？", ("联合解决方案",)),
        ("新零售市场的产品方面有哪些要求", ("联合解决方案",)),
    ],
)
def test_product_requirement_asked_alone(question: str, words: tuple[str, ...]) -> None:
    text = answer(question).text
    assert any(word in _first_line(text) for word in words), text
    _no_whole_list(text)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("How many staff does Retail Link need, and how many does DevOps need?", "4", "20"),
        (
            "How many people does the API market need, and how many does Retail Link need?",
            "20",
            "4",
        ),
        (
            "How many employees does Retail Link require, and how many does the Security market require?",
            "4",
            "20",
        ),
    ],
)
def test_second_part_asking_how_many_of_another_market(
    question: str, first: str, second: str
) -> None:
    text = answer(question).text
    _no_whole_list(text)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 2, text
    assert first in paragraphs[0].split("\n")[0], text
    assert second in paragraphs[1].split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "We want the API market: 30 tech and support staff, all insured, 5x8 after-sales, two "
        "years of experience, and we can develop against your API spec. Do we meet the conditions?",
        "我们想入API市场：技术客服25人都交社保，5x8售后，做了两年，能按你们的API文档开发接入，"
        "符合条件吗？",
        "API市场：25个技术和客服，社保都在公司交，7x24售后，两年API服务经验，能开发接入云市场API，"
        "够条件吗？",
    ],
)
def test_api_development_stated_is_judged(question: str) -> None:
    """Every point stated is judged: the interface condition is met, never left to confirm."""
    text = answer(question).text
    lines = [line for line in text.split("\n") if "Marketplace API" in line or "接口开发" in line]
    assert lines, text
    assert all("meet" in line or "满足" in line for line in lines), text
    assert "Marketplace API" not in _first_line(text) and "接口开发" not in _first_line(text), text
    assert "…" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "For Retail Link, on which platforms must we have no violation records?",
        "零售通要求在哪个平台没有违规记录？",
        "我们天猫店铺没有违规记录，能进零售通吗",
    ],
)
def test_platform_records_stay_the_credit_condition(question: str) -> None:
    text = answer(question).text
    assert "中国站会员账号" not in _first_line(text) and "member account" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("服务市场除了团队之外，还要求有其他能力吗？据说跟营销有关", "需要"),
        ("API市场除了团队还要求别的能力么", "需要"),
        ("新零售市场除了团队，还需要其他能力吗？", "不需要"),
    ],
)
def test_something_more_asked_gets_the_verdict_first(question: str, verdict: str) -> None:
    text = answer(question).text
    assert text.startswith(verdict), text


# --- fix27a, continued: a figure asked after the company's facts (figure_asked.py) ------------


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "我们团队40人，执照5年，请问解决方案市场要几个ACP认证工程师？",
            "解决方案市场要求：至少 1 名",
        ),
        (
            "公司注册资金500万、成立三年，想了解一下服务市场需要几年的行业服务经验",
            "服务市场要求：两年及以上",
        ),
        (
            "We are 30 people with 7x24 support and a 3-year licence. How many ACP engineers "
            "does the Solutions market need?",
            "Solution Market: at least 1 engineer",
        ),
        (
            "We have 25 staff and a licence from 2019. How many years of experience does the "
            "Service market ask for?",
            "Service Market: at least 2 years",
        ),
    ],
)
def test_figure_asked_after_background_facts_opens_with_it(question: str, opening: str) -> None:
    text = answer(question).text
    assert text.startswith(opening), text
    _no_whole_list(text)


@pytest.mark.parametrize(
    "question",
    ["我们有15人，服务市场要求多少人？", "执照3年，注册资金50万，解决方案市场注册资金要多少？"],
)
def test_figure_asked_of_a_stated_fact_keeps_the_verdict(question: str) -> None:
    # The figure asked first (round 24: "要求多少人" gets the rule's line), its verdict in it.
    opening = answer(question).text.split("\n")[0]
    assert opening.startswith("不能") or opening.endswith("不满足。"), answer(question).text


# --- a kind the market does not set, asked as "any requirement about X or how old Y is" --------


@pytest.mark.parametrize(
    "question",
    [
        "Does the API market set any requirement about registered capital or about how old the "
        "licence is?",
        "Does the API market have any requirement about how old our business license is?",
        "Does the API market have any requirements about registered capital or how long the "
        "licence has been held?",
    ],
)
def test_kind_not_set_asked_about_opens_with_no(question: str) -> None:
    text = answer(question).text
    assert text.startswith("No."), text
    assert "API Market" in _first_line(text), text


def test_kind_set_asked_about_opens_with_yes() -> None:
    text = answer(
        "Is there any requirement about registered capital or how old the licence is for the "
        "Retail Link market?"
    ).text
    assert text.startswith("Yes."), text


# --- the marketing ability said to be missing, beside stated figures (verdicts._NO_MARKETING) ---


@pytest.mark.parametrize(
    "question",
    [
        "团队30人，行业经验4年，不过营销能力比较弱，服务市场会因为这个卡住吗？",
        "我们有28个人，服务经验三年，没啥营销策划的能力，服务市场这关过得去吗",
        "我们公司26人，做了5年服务，但营销策划能力一般，服务市场会被这个挡住吗？",
        "We have 22 staff and 3 years of experience but little marketing ability. Will that block "
        "us from the Service market?",
    ],
)
def test_lack_of_marketing_is_judged_with_the_figures(question: str) -> None:
    text = answer(question).text
    head = _first_line(text)
    assert "满足" not in head or "不满足" in head, text
    assert "营销策划" in text or "marketing" in text, text
    assert head.startswith(("不能", "会卡住", "会影响", "You cannot join as things stand")), text


# --- only one kind of support offered, short of the market's level (_kind_when_all_short) -----


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "We only offer online support Monday to Friday 9 to 5. Enough for the Security market?",
            "No",
        ),
        (
            "We only have online support weekdays 9am to 6pm, does that satisfy the Security market?",
            "No",
        ),
        ("我们只有5x8的在线客服，安全市场够吗？", "不能"),
        (
            "Our only support is online chat on weekdays 9 to 5. Is that enough for the Security "
            "market?",
            "No",
        ),
        (
            "We just provide online customer service Monday to Friday 9 to 5 — will that do for "
            "the Security market?",
            "No",
        ),
    ],
)
def test_only_support_short_of_every_level_is_no(question: str, verdict: str) -> None:
    text = answer(question).text
    assert text.startswith(verdict), text
    assert "7x24" in text or "7×24" in text, text


def test_only_support_of_the_other_kind_at_the_level_stays_uncertain() -> None:
    text = answer(
        "We only provide 7x24 online customer service. Is that enough for the Security market?"
    ).text
    assert text.startswith("Not certain"), text


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Basic Software market — does our product have to be deployable on ECS?", "mature"),
        ("For Basic Software, does our product need to run on ECS as an image?", "mature"),
        ("Basic Software: do our products have to be deployable on ECS?", "mature"),
    ],
)
def test_product_condition_named_is_not_every_product_condition(question: str, absent: str) -> None:
    text = answer(question).text
    assert text.startswith("Yes"), text
    assert absent not in text, text
