"""A vendor's stated profile read right, second pass (fix24a): a duration of years and a half
("一年半", "two and a half years") judged and shown as said, never cut to its whole years.
Paraphrases of our own, each class failing before (int23 f51a07a)."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _reply(question: str) -> str:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    return reply.text


# --- "X年半" experience or licence age: shown as X 年半 / X.5 years, never "X 年" -----------
@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "大数据市场想入驻：营业执照3年，注册资本300万，技术客服30人交社保，做数据可视化"
            "SaaS，大数据行业经验差不多一年半，售后5x8，能对接API。行吗？",
            None,  # 1.5 years meets a one-year condition: nothing to show as unmet
        ),
        (
            "我们想进建站市场，执照4年，注册资金150万，技术加客服26人都交社保，做网站建设"
            "两年半了，网站都放在阿里云上，客服5x8在线，协议都接受，可以吗？",
            None,
        ),
        (
            "企业应用市场能进吗？我们执照刚满一年半，注册资金500万，40人交社保，做HR SaaS，"
            "售后5x8，有接口开发能力。",
            "1 年半",
        ),
        (
            "基础软件市场：公司成立5年，注册资本80万，22人交社保，中间件这行做了一年半，"
            "能做ECS镜像，有接口开发能力，客服5x8在线，能入驻吗",
            "1 年半",
        ),
    ],
)
def test_years_and_a_half_zh(question: str, shown: str | None) -> None:
    text = _reply(question)
    assert "1 年不满足" not in text and "1 年多" not in text, text
    if shown is None:
        assert not text.startswith("不能"), text
    else:
        assert text.startswith("不能") and (shown in text or "18个月" in text), text


@pytest.mark.parametrize(
    "question",
    [
        "Enterprise Application: our licence is one and a half years old, capital 5 million CNY, "
        "40 staff on social insurance, HR SaaS, 5x8 after-sales, production interface development. Can we join?",
        "Company 5 years old, capital 800,000 CNY, 22 staff on social insurance, 1 and a half "
        "years of middleware industry experience, ECS image delivery, interface development "
        "skills, 5x8 online support. Can we join Basic Software?",
        "Data Intelligence: our licence is two and a half years old, capital 3M CNY, 30 staff on "
        "social insurance, 5x8 after-sales, 4 years in big data. Do we qualify?",
    ],
)
def test_years_and_a_half_en(question: str) -> None:
    text = _reply(question)
    assert "1 year:" not in text and "over 1 year" not in text and "over 2 years" not in text
    assert "and a half years" in text or "18 months" in text or "30 months" in text, text


# --- a whole profile stated in words the per-fact readers miss: judged, never "to confirm" ----
@pytest.mark.parametrize(
    "question",
    [
        "Our HR SaaS firm: business license 2017, registered capital 3,000,000 RMB, 30 tech and "
        "support staff with social insurance statement, after-sales 5x8, we can develop against "
        "the marketplace API, we offer enterprise software and SaaS, and accept the agreements. "
        "Can we join Enterprise Application?",
        "We build logistics solutions. License 2012, capital 6M, 45 tech+CS staff with social "
        "insurance, 3 engineers with Alibaba Cloud ACP (Elastic Computing), after-sales 5x8, can "
        "develop with marketplace API, traceable successful cases with well-known logistics firms, "
        "accept all agreements. Can we join the Solutions market?",
        "我们做企业SaaS：营业执照2016年拿的，注册资本300万，技术和客服30人都交社保，售后5x8，"
        "有接口开发能力，提供企业软件和SaaS服务，协议都接受。能入驻企业应用市场吗？",
    ],
)
def test_profile_stated_in_words_is_judged(question: str) -> None:
    text = _reply(question)
    first = text.split("\n", 1)[0]
    assert first.startswith(("Yes", "能")), first
    assert "to confirm" not in text and "要确认" not in text, text


# --- how long a service has been offered is its service experience ---------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们做短信验证码API，接口上线运营已经两年了，执照3年，技术客服25人交社保，售后5x8，"
        "有接口开发能力，协议都接受，能进API市场吗",
        "我们提供物流轨迹查询API，对外服务已经三年，营业执照4年，技术和客服30人都交社保，"
        "售后5x8，有接口开发能力，协议都接受。能入驻API市场吗？",
        "API市场想入驻：我们的天气数据接口提供服务已经两年多，执照5年，22人交社保，售后5x8，"
        "有接口开发能力，协议都没问题，可以吗？",
    ],
)
def test_time_in_service_is_service_experience(question: str) -> None:
    text = _reply(question)
    assert text.startswith("能"), text
    assert "要确认" not in text, text
