"""A vendor's stated profile judged right (fix23a): support hours written any way, durations
attached to what they measure, the verdict word of "is that a problem" questions, a verdict
first for every profile question, and a condition joining two things asked one at a time.
Paraphrases of our own, each class failing before (main 7465b1c)."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _reply(question: str) -> str:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    return reply.text


def _first_line(question: str) -> str:
    return _reply(question).split("\n", 1)[0]


# --- support hours in words judged against a 7x24 condition: No first -------------------------
@pytest.mark.parametrize(
    "question",
    [
        "We build security software, licence 4 years, capital 3 million CNY, 28 staff on social "
        "insurance. Support is Monday to Friday, business hours only. Can we join Security?",
        "安全市场：公司成立5年，注册资金500万，40人交社保，售后朝九晚六，能入驻吗",
        "Security market: licence 3 years, capital 5M CNY, 35 staff on social insurance, "
        "after-sales runs during office hours. Can we join?",
        "Security market: 3 years old, 2 million CNY capital, 30 people on social insurance, our "
        "after-sales desk is weekdays only. Are we eligible?",
    ],
)
def test_weekday_support_fails_a_7x24_condition(question: str) -> None:
    text = _reply(question)
    first = text.split("\n", 1)[0]
    assert first.startswith(("不能", "No")), first
    assert "7" in first and "24" in first, first


# --- durations attached to what they measure ------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "The company has only half a year of service experience - can we join the API market?",
        "Our company has just 11 months of service experience. Could we list in the API market?",
        "公司只有10个月的服务经验，API市场能进吗",
    ],
)
def test_months_of_experience_are_experience_not_licence_age(question: str) -> None:
    text = _reply(question)
    first = text.split("\n", 1)[0]
    assert first.startswith(("不能", "No")), first
    assert "licence age" not in text and "执照" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "api市场 公司正规 执照才8个月 技术加客服30人有社保表 5x8售后 做接口服务三年 能对接api "
        "协议都同意 可以入驻吗",
        "API market: registered company, licence only 5 months old, 22 staff with the social "
        "insurance statement, 5x8 after-sales, 2 years of API service experience, we can "
        "integrate with the Marketplace API and accept the agreements. Can we join?",
        "API market: we're a registered company, licence only 3 months old, 26 staff on social "
        "insurance with the statement, 5x8 after-sales, 4 years of API service experience, we "
        "can integrate with the Marketplace API and accept the agreements. Can we join?",
    ],
)
def test_a_young_licence_is_not_experience_where_no_licence_age_is_asked(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("能", "Yes")), first


@pytest.mark.parametrize(
    "question",
    [
        "Data Intelligence market: we have 5 years of web development experience and no big "
        "data experience at all. Do we satisfy its experience condition?",
        "数据智能市场，我们做了三年软件外包，没有大数据经验，经验这条满足吗",
        "数据智能市场：做了四年ERP实施，大数据方面没有经验，经验这一项够吗",
    ],
)
def test_other_experience_is_not_big_data_experience(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("不满足", "No")), first


# --- "is that a problem / would that stop us": yes when a condition fails --------------------
# fix31b: in English the verdict on joining opens ("Yes" alone read as "yes, you can").
_CANNOT_YES = "You cannot join as things stand, so yes"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Basic Software market: our product only ships as an on-premise installer, not as an "
            "ECS image. Would that be a problem?",
            _CANNOT_YES,
        ),
        ("我们想进基础软件市场，但产品没法做成ECS镜像交付，有影响吗？", "会影响"),
        (
            "Our product can't be delivered as an ECS image. Would that stop us joining Basic Software?",
            _CANNOT_YES,
        ),
        ("安全市场：我们售后只有周一到周五上班时间，这样会卡住吗", "会卡住"),
        ("We only have 15 staff. Is that a problem for the API market?", _CANNOT_YES),
    ],
)
def test_a_failed_condition_is_a_problem(question: str, opening: str) -> None:
    first = _first_line(question)
    assert first.startswith(opening), first


@pytest.mark.parametrize(
    "question",
    [
        "Our marketing software isn't cloud-based. Would that prevent us from joining "
        "Enterprise Application?",
        "我们的营销工具不是基于云开发的，会不会卡住企业应用市场的入驻？",
        "Our marketing software does not run on the cloud. Does that stop us entering the "
        "Enterprise Application market?",
    ],
)
def test_the_marketing_note_does_not_prevent_entry(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("No", "不影响")), first


# --- every profile question gets a verdict first ----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Registered company here: 28 tech and support staff on social insurance with the "
        "statement, 5x8 after-sales support, 2 years of API service experience, able to "
        "integrate with the Marketplace API, and we accept the agreements. Eligible for the API "
        "market?",
        "New Retail: ecosystem-certified, 3-year licence, 1.5 million CNY capital, 40 staff on "
        "social insurance and the statement ready, 5x8 online customer service, our products "
        "completed the joint solution work, legal entity, all agreements accepted. Do we "
        "qualify?",
        "We hold the Alibaba Cloud ecosystem certification, licence 4 years, capital 2 million "
        "CNY, 25 staff on social insurance with the statement, 5x8 online customer service, our "
        "product finished its SaaS cloud migration, we are a legal company and accept the "
        "agreements. Can we join New Retail?",
    ],
)
def test_a_full_profile_gets_a_verdict_not_steps_or_one_condition(question: str) -> None:
    first = _first_line(question)
    assert first.startswith("Yes"), first


@pytest.mark.parametrize(
    "question",
    [
        "企业应用市场，售后7x24小时，服务时间这个要求够吧？",
        "我们售后是全天候的，想入驻企业应用市场，服务时间满足吧？",
        "售后7x24小时，想入驻企业应用市场，服务时长这条达标了吧？",
        "我们售后24小时在线，企业应用市场服务时间这一条没问题吧",
    ],
)
def test_service_hours_are_support_never_the_services_market(question: str) -> None:
    text = _reply(question)
    assert text.startswith(("满足", "这一项满足")), text
    assert "服务市场" not in text and "不对" not in text, text


# --- a condition joining two things, asked whether one will do --------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Is software alone enough for the IoT market or do we need hardware as well?",
        "物联网市场只提供软件可以吗，还是硬件也要有？",
        "IoT market: we only make hardware, is that ok or must we provide software too?",
    ],
)
def test_both_of_a_joined_condition_are_needed(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("Both", "两样都要")), first


# --- experience in another line (IT services, outsourcing) is no industry's experience --------
@pytest.mark.parametrize(
    "question",
    [
        "我们有2年IT服务经验，想进安全市场，经验这条算吗",
        "We have 3 years of experience in cloud services but none in security. Do we meet the "
        "Security market's experience requirement?",
        "数据智能市场：我们做了3年系统集成，能进吗",
    ],
)
def test_another_lines_experience_is_not_the_markets_own(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("不满足", "不能", "No")), first


# --- support hours alone, or as days and hours, judged before the join ------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("安全市场：执照4年，注册资金300万，30人交社保，售后5天8小时，安全经验3年，能进吗", "不能"),
        ("安全市场：售后朝九晚六，能不能进", "不能"),
        ("Our support is weekdays 9 to 6 only. Can we join the Security market?", "No"),
    ],
)
def test_support_hours_alone_are_judged(question: str, opening: str) -> None:
    first = _first_line(question)
    assert first.startswith(opening), first
