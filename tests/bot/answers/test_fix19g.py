"""Round 19 (fix19g): the vendor states its own situation and asks whether it meets / can
join — the verdict first, from the stated fact checked against the condition."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

# --- a lack stated ("为零", "nobody has", "we cannot"), asked as "满足…吗" / "do we meet" -----


@pytest.mark.parametrize(
    ("question", "topic_word"),
    [
        ("我们做游戏外包的，大数据方面的经验为零，符合数据智能市场的经验条件吗？", "大数据"),
        ("我们营销策划能力几乎没有，满足服务市场的入驻要求吗", "营销"),
        ("Nobody in our company holds the ACP yet, only ACA. Is that OK for Solutions?", "ACP"),
        (
            "We have no marketing planning skills at all. Would we meet the Service market bar?",
            "marketing",
        ),
        (
            "Nobody on our team holds an ACP certificate. Do we qualify for the Solutions market?",
            "ACP",
        ),
    ],
)
def test_stated_lack_is_no_first(question: str, topic_word: str) -> None:
    reply = answer(question)
    first = first_line(reply.text)
    assert first.startswith(("不能", "No")), reply.text
    assert topic_word in reply.text


# --- interface development said to be missing: the market's API-integration condition --------


@pytest.mark.parametrize(
    "question",
    [
        "We are not able to do interface development. Can we join the Data Intelligence market?",
        "Our developers cannot do interface development work. Is Enterprise Applications open to us?",
        "We're unable to do interface development. Can we apply to the Data Intelligence market?",
    ],
)
def test_no_interface_development_is_no(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("不能", "No")), reply.text
    # An English reply quotes the guide in English (fix22e).
    assert "接口" in reply.text or "interfaces" in reply.text


# --- a clock span of working hours on weekdays covers 5x8 -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们客服周一到周五早9点到晚6点在线，服务市场的客服要求满足吗",
        "建站市场要客服在线，我们工作日 9:00-18:00 都有人在线，符合吗",
        "Our customer service is online weekdays 9am to 6pm. Does that meet the Website Building"
        " market requirement?",
    ],
)
def test_weekday_clock_span_covers_5x8(question: str) -> None:
    reply = answer(question)
    first = first_line(reply.text)
    assert first.startswith(("这一项满足", "Yes")), reply.text


def test_weekday_clock_span_short_of_level_is_left_alone() -> None:
    # 9:00 to 12:00 is 3 hours a day: no level is covered, nothing is rounded up.
    reply = answer("我们客服周一到周五早9点到12点在线，服务市场满足吗")
    assert not first_line(reply.text).startswith("这一项满足"), reply.text


# --- one certified engineer stated with "we have … one engineer with the ACP" ----------------


@pytest.mark.parametrize(
    "question",
    [
        "We have precisely one engineer holding the ACP (Elastic Computing) cert. Enough for the"
        " Solutions market?",
        "Our team has a single engineer certified with the Alibaba Cloud ACP. Does that satisfy"
        " the Solutions market?",
        "We employ one engineer who holds the ACP certificate. Is that sufficient for the Solutions market?",
    ],
)
def test_one_acp_engineer_is_enough(question: str) -> None:
    reply = answer(question)
    assert first_line(reply.text).startswith("Yes"), reply.text


# --- how long a service has been provided is experience, not the licence's age ---------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        (
            "We've only been offering API services for 7 months. Can we apply to the API market?",
            "1 year",
        ),
        (
            "We have been serving API customers for 9 months. Can we apply to the API market?",
            "1 year",
        ),
        ("我们对外提供API服务才半年，能申请API市场吗", "一年"),
    ],
)
def test_service_provided_for_months_is_experience(question: str, word: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("不能", "No")), reply.text
    assert word in reply.text
    assert "licen" not in first_line(reply.text).lower()


# --- "有一名通过ACP认证的工程师": a count of certified engineers, never the team's size -------


@pytest.mark.parametrize(
    "question",
    [
        "我们公司正好有一名通过ACP认证的工程师，解决方案市场够吗",
        "我们这边有一位通过了ACP认证的工程师，解决方案市场可以吗",
        "我们有1位持有ACP证书的工程师，解决方案市场满足吗",
    ],
)
def test_count_of_certified_engineers_is_not_the_team(question: str) -> None:
    reply = answer(question)
    assert first_line(reply.text).startswith("这一条满足"), reply.text
    assert "20 人" not in reply.text


# --- a thing said done, then "but" about another thing: the first is had ---------------------


@pytest.mark.parametrize(
    "question",
    [
        "DevOps market: we have already completed the ecosystem certification but our product"
        " has not done a joint solution yet. Can we join?",
        "New Retail: we finished the ecosystem assessment, but the product has had no SaaS"
        " transformation. Are we eligible?",
        "新零售市场：生态认证我们已经通过了，但是产品还没做联合解决方案，可以入驻吗",
    ],
)
def test_done_then_but_other_thing(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("不能", "No")), reply.text
    ecosystem_line = next(
        line
        for line in reply.text.split("\n")
        if "生态体系资质评估" in line or "ecosystem qualification assessment" in line
    )
    assert "you meet it" in ecosystem_line or "，满足" in ecosystem_line, reply.text


# --- the market's level quoted with "asks / expects", the vendor's own level after it ---------


@pytest.mark.parametrize(
    "question",
    [
        "The API market asks for 5x8 after-sales support and ours runs 7x24. Do we meet it?",
        "Enterprise Applications expects 5x8 after-sales service; we offer 7x24 support. OK for us?",
        "Data Intelligence asks 5x8 after-sales; our support desk is 7x24. Fine?",
    ],
)
def test_quoted_level_is_not_the_vendors(question: str) -> None:
    reply = answer(question)
    assert first_line(reply.text).startswith("Yes"), reply.text
    assert "7x24 meets it" in reply.text


# --- a profile: "N years of X experience" after a sentence's full stop; "is on Alibaba Cloud" -


@pytest.mark.parametrize(
    "question",
    [
        "We are a registered web studio, licence 3 years old, capital 1.5 million CNY, 22 tech and"
        " CS staff all on social insurance. 4 years of website-building experience, online"
        " customer service 5x8, all our sites are on Alibaba Cloud, and we accept the agreements"
        " and rules. Can we join the Website Building market?",
        "Legally registered company, licence 5 years old, capital 3 million, 30 tech+CS people"
        " on company social insurance and we can hand over the monthly statement. 2 years of"
        " site-building experience, 5x8 online customer service, everything we build is on"
        " Alibaba Cloud products, we accept all agreements and rules. Can we join Website Building?",
        "We are a lawfully registered agency, licence 2 years old, registered capital 1 million,"
        " 20 technical and CS staff on social insurance and we can provide the statement. 3"
        " years of web-building experience, 5x8 online customer service, all projects are on"
        " Alibaba Cloud, and we accept the agreements and management rules. Can we apply for"
        " Website Building?",
    ],
)
def test_full_profile_with_experience_sentence(question: str) -> None:
    reply = answer(question)
    assert first_line(reply.text).startswith("Yes"), reply.text


# --- "And the IoT market?" after a condition asked: the same condition, for that market -------


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("Does the Solutions market require customer cases? And the IoT market?", "IoT Market:"),
        (
            "Are customer cases required in the IoT market? And the Solutions market?",
            "Solution Market:",
        ),
        ("解决方案市场需要客户案例吗？物联网市场呢？", "物联网市场要求"),
    ],
)
def test_and_the_other_market_keeps_the_condition(question: str, second: str) -> None:
    reply = answer(question)
    assert second in reply.text, reply.text
    # Not the second market's whole numbered list of conditions.
    assert not any(line[:1].isdigit() for line in reply.text.split("\n")), reply.text
