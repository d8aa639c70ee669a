"""Round 19 (fix19g): the vendor states its own situation and asks whether it meets / can
join — the verdict first, from the stated fact checked against the condition."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


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
    first = _first_line(reply.text)
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
    assert "接口" in reply.text


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
    first = _first_line(reply.text)
    assert first.startswith(("这一项满足", "Yes")), reply.text


def test_weekday_clock_span_short_of_level_is_left_alone() -> None:
    # 9:00 to 12:00 is 3 hours a day: no level is covered, nothing is rounded up.
    reply = answer("我们客服周一到周五早9点到12点在线，服务市场满足吗")
    assert not _first_line(reply.text).startswith("这一项满足"), reply.text


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
    assert _first_line(reply.text).startswith("Yes"), reply.text


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
    assert "licen" not in _first_line(reply.text).lower()


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
    assert _first_line(reply.text).startswith("这一条满足"), reply.text
    assert "20 人" not in reply.text
