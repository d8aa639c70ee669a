"""A vendor's own profile stated in a question, read once with the walk-through's slot parsers
and judged by rules/eligibility.py for exactly the asked market(s) (fix22p,
bot/answers/profile_read.py and profile_verdict.py). Paraphrases of our own, each class failing
on the hint-word reading before (main dd71668)."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _reply(question: str) -> str:
    reply = answer(question)
    assert reply.confident and not reply.out_of_scope, reply.text
    return reply.text


def _first_line(question: str) -> str:
    return _reply(question).split("\n", 1)[0]


# --- everything stated: one overall 能 / Yes, never a stated fact "to confirm" ---------------
@pytest.mark.parametrize(
    "question",
    [
        # a skill stated ("能按云市场API接口开发") is had, not read as lacking
        "公司执照4年，技术和客服30人都在公司交社保，提供5*8售后技术服务，做API服务3年了，"
        "可以按照云市场的API接口做开发，两份协议都接受，API市场能入驻吗",
        # "信用都没问题" is the good-credit condition stated
        "零售通这边：公司成立4年，注册资金300万，1688上是通过企业名称认证的服务型企业，"
        "三证扫描件齐全，有专人对接运营并开通了钉钉，员工8人，公司和老板信用都没问题，"
        "客服5*8在线，可以入驻吗",
        "Security market check: properly registered company, license for 4 years, capital 3M, "
        "26 tech and support staff all on social insurance, 7x24 after-sales, 3 years of "
        "security services, mature security software deployable as an ECS image, we accept "
        "all the agreements. Are we eligible for the Security market?",
        # "2 years" against 二年以上: the number itself counts
        "Website market: license since 2019-05-10, capital 1,200,000 CNY, team of 22 on social "
        "insurance, 2 years of website building, 5x8 online support, all built on Alibaba "
        "Cloud, agreements accepted. Can we join?",
    ],
)
def test_a_full_profile_gets_an_overall_yes(question: str) -> None:
    first = _first_line(question)
    assert first.startswith(("能", "Yes")), first
    assert "确认" not in first and "confirm" not in first


# --- one thing lacking: 不能 / No naming it; the stated skills stay met -----------------------
@pytest.mark.parametrize(
    ("question", "lacking", "not_lacking"),
    [
        (
            "Solutions market: we do logistics, 4-year license, 3M capital, 30 staff on social "
            "insurance, 2 ACP engineers, 5x8 after-sales, API integration skills - but no "
            "famous customer case so far. Can we join?",
            "cases",
            "integrate with the Marketplace API in production → as you say: you do NOT",
        ),
        (
            "新零售市场：我们的生态认证已经做完了，但是产品还没有做SaaS化改造，也没有联合解决方案，"
            "可以入驻吗",
            "联合解决方案",
            "生态体系资质评估和认证 → 按您说的，不满足",
        ),
        (
            "Service market: license 4 years, capital 2M, 25 staff on social insurance, 3 years "
            "of ops experience, 5x8 online support. To be honest we have no marketing ability. "
            "Does that block us?",
            "marketing",
            "",
        ),
    ],
)
def test_a_stated_lack_is_the_failing_condition(
    question: str, lacking: str, not_lacking: str
) -> None:
    text = _reply(question)
    first = text.split("\n", 1)[0]
    # "Does that block us?" is answered yes when a condition fails (fix23a, blocks_asked.py).
    assert first.startswith(("不能", "No", "You cannot join as things stand")), text
    assert lacking in first, text
    if not_lacking:
        assert not_lacking not in text, text


# --- the team is the staff on the company's social insurance (SPEC) ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "企业应用市场：我们技术加客服一共28人，不过只有12个人在公司交社保，其余是外包，团队这条满足吗",
        "API market: 30 people in tech and support, but only 14 of them are on our company "
        "social insurance, the others are contractors. Do we meet the team condition?",
        "我们团队24个人，其中只有9个交了公司社保，物联网市场团队人数这条够吗",
    ],
)
def test_insured_count_is_the_team(question: str) -> None:
    text = _reply(question)
    assert text.startswith(("不满足", "No")), text
    assert "20" in text


@pytest.mark.parametrize(
    "question",
    [
        "我们员工编号从2001到2040，一共40个人都交社保，企业应用市场团队人数够吗",
        "我们技术和客服刚好20个人，全部在公司交社保，服务市场人数这条满足不",
        "My client has exactly 21 technical and customer-service staff, all on the company's "
        "social insurance. Is that enough for the API market?",
    ],
)
def test_all_insured_meets_the_team_rule(question: str) -> None:
    text = _reply(question)
    assert text.startswith(("满足", "这几项都满足", "Yes")), text
    assert "无法判断" not in text and "not judged" not in text


# --- experience is per market; an unasked market is never judged --------------------------------
@pytest.mark.parametrize(
    ("question", "asked", "unasked"),
    [
        (
            "We've done 4 years of website building but only 8 months of security services. "
            "Do we meet the Security market's experience condition?",
            "Security Market",
            "Website Building Market",
        ),
        (
            "我们做建站有3年了，安全服务才做了半年，安全市场的经验要求满足吗",
            "安全市场",
            "建站市场",
        ),
    ],
)
def test_experience_is_judged_for_the_asked_market_only(
    question: str, asked: str, unasked: str
) -> None:
    text = _reply(question)
    assert text.startswith(("不满足", "No")), text
    assert asked in text and unasked not in text


# --- a licence year: judged when the whole year gives one verdict -------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们2017年拿的营业执照，建站市场的执照年限够不够",
        "We got our business license in 2016. Is it old enough for the Service market?",
        "公司2019年成立的，安全市场营业执照满2年这条满足吗",
    ],
)
def test_a_licence_year_long_ago_meets_the_age_rule(question: str) -> None:
    assert _first_line(question).startswith(("满足", "这几项都满足", "Yes"))


# --- two conditions asked together: both judged -------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们是做物流行业的方案商，有2个通过ACP认证的工程师，解决方案市场的行业和工程师这两条能过吗",
        "Our company is in the finance industry and has one ACP-certified engineer. Do we meet "
        "the Solutions market's industry and certification conditions?",
    ],
)
def test_industry_and_acp_are_both_judged(question: str) -> None:
    text = _reply(question)
    assert text.startswith(("满足", "这几项都满足", "Yes")), text
    assert "ACP" in text and ("行业" in text or "industries" in text)


# --- a rule asked with no case stated: the rule's answer, never "met as you say" ---------------
@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("物联网市场要不要有成功的客户案例", "客户案例"),
        ("解决方案市场入驻需不需要知名客户案例", "客户案例"),
        ("零售通要求在哪些平台上没有违规记录", "淘宝"),
    ],
)
def test_a_rule_asked_is_not_read_as_stated(question: str, rule: str) -> None:
    text = _reply(question)
    assert not text.startswith("这一条满足"), text
    assert "按您说的" not in text and rule in text, text
