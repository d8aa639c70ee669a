"""fix30d: team figures read in their roles, experience read apart from the licence and from
other people's years, and "this month" commission of two markets with the policy first.

Each class is tested with paraphrases (both languages where it applies); the assertions are on
the reply's first line or sentence, where the answer to the ask must stand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer
from bot.answers.text import headcount_mentioned, team_in_parts_mentioned, years_mentioned

# The bot's "today" outside the commission policy period, as the blind sets are scored.
TODAY = date(2026, 12, 2)


def _reply(question: str) -> str:
    return answer(question, today=TODAY).text


# --- D. Three or more roles are summed as the technical and customer-service team ----------


@pytest.mark.parametrize(
    ("question", "team"),
    [
        ("团队有开发10人、测试5人、客服3人，API市场人数够吗？", 18),
        ("团队里设计师8人、程序员7人、客服3人。建站市场能进吗？", 18),
        ("我们有前端6人、后端8人、测试4人、客服3人，安全市场的团队人数够吗？", 21),
        ("研发9人、运维4人、售后5人，物联网市场20人的要求我们达到了吗？", 18),
        ("Team: 11 developers, 4 testers and 4 support agents. Enough for the IoT market?", 19),
        ("We have 9 developers, 5 QA engineers and 4 customer service staff.", 18),
        ("Our team: 12 programmers, 5 designers and 3 support staff.", 20),
        ("技术8人，销售5人，安全市场人数够吗？", 8),
    ],
)
def test_roles_listed_are_summed_as_the_team(question: str, team: int) -> None:
    assert team_in_parts_mentioned(question) == team
    assert headcount_mentioned(question) == team


@pytest.mark.parametrize(
    ("question", "verdict", "team"),
    [
        # "人数够吗" asks the one point (fix39d): 不满足 with both figures (fix40).
        ("团队有开发10人、测试5人、客服3人，API市场人数够吗？", "不满足", "18"),
        ("研发9人、运维4人、售后5人，物联网市场20人的要求我们达到了吗？", "不能", "18"),
        ("我们有前端6人、后端8人、测试4人、客服3人，安全市场的团队人数够吗？", "这一项满足", "21"),
        (
            "Team: 11 developers, 4 testers and 4 support agents. Enough for the IoT market team "
            "size?",
            "No",
            "19",
        ),
        (
            "We have 9 developers, 5 QA engineers and 4 customer service staff. Is that enough "
            "for the Security market team size?",
            "No",
            "18",
        ),
        (
            "Our team: 12 programmers, 5 designers and 3 support staff. Does that meet the API "
            "market team requirement?",
            "Yes",
            "20",
        ),
    ],
)
def test_a_role_list_is_judged_as_its_sum_and_the_roles_are_named(
    question: str, verdict: str, team: str
) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith(verdict), text
    assert f"{team}人" in text or f"{team} people" in text, text
    # Which roles were counted is said.
    assert "注：技术及客服团队按" in text or "Note: the technical and customer service team" in text


# --- D. A whole less the other roles; only the named part --------------------------------


@pytest.mark.parametrize(
    ("question", "team"),
    [
        ("公司一共30人，其中销售6人、行政财务5人，其余都是技术和客服。", 19),
        ("全公司40人，其中销售8人、行政5人、财务2人，剩下的都是技术和客服。", 25),
        ("公司共40人，6个销售，4个行政，剩下的都是开发和客服", 30),
        ("We are a team of 30, of which 4 are sales and 6 are admin/finance, the rest tech.", 20),
        ("Company of 32 people, of which 10 are sales and 5 are admin, the rest tech.", 17),
    ],
)
def test_the_rest_of_a_whole_is_the_team(question: str, team: int) -> None:
    assert team_in_parts_mentioned(question) == team


@pytest.mark.parametrize(
    ("question", "verdict", "team"),
    [
        (
            "公司一共30人，其中销售6人、行政财务5人，其余都是技术和客服。企业应用市场团队人数够吗？",
            "不满足",
            "19",
        ),
        (
            "全公司40人，其中销售8人、行政5人、财务2人，剩下的都是技术和客服，数据智能市场的人数够不够？",
            "这一项满足",
            "25",
        ),
        (
            "We are a team of 30, of which 4 are sales and 6 are admin/finance, the rest tech and "
            "support. Enough for the 20-person team requirement?",
            "Yes",
            "20",
        ),
        (
            "Company of 32 people, of which 10 are sales and 5 are admin, the rest tech and "
            "support. Enough for the IoT market team size?",
            "No",
            "17",
        ),
        (
            "Team of 28, but only 5 are technical and 3 support, the rest is sales. Is Enterprise "
            "Application market ok for team size?",
            "No",
            "8",
        ),
    ],
)
def test_a_team_by_subtraction_gets_a_verdict_not_a_template(
    question: str, verdict: str, team: str
) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith(verdict), text
    assert f"{team}人" in text or f"{team} people" in text, text
    assert "工单" not in first_line(text) and "contact" not in first_line(text), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "We have 25 engineers but only 10 of them are on our company social insurance, "
            "others are contractors. Does that count for the 20-person team rule?",
            "No",
        ),
        (
            "We have 30 employees but only 9 of them are on our company social insurance. Does "
            "that count for the 20-person team rule?",
            "No",
        ),
        ("零售通和新零售都想进，人数要求各是多少？我们一共12个人，技术客服都算上。", "零售通市场"),
    ],
)
def test_a_count_asked_against_the_rule_is_no_who_counts_explainer(
    question: str, verdict: str
) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith(verdict), text
    assert not text.startswith(("Both count", "都算")), text


# --- H. Experience read as the business's own, apart from the licence ---------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("每个人都有五六年大数据经验", Decimal(5)),
        ("做了七八个月", Decimal(7) / 12),
        ("5-6 years of experience", Decimal(5)),
        ("3 to 5 years", Decimal(3)),
    ],
)
def test_a_range_of_years_is_its_lower_bound(question: str, said: Decimal) -> None:
    assert years_mentioned(question) == said


@pytest.mark.parametrize(
    ("question", "verdict", "rule"),
    [
        (
            "我们公司成立3年，注册资金200万，不过建站业务是去年才开始做的，才1年多，能进建站市场吗？",
            "不能",
            "建站业务服务经验",
        ),
        (
            "公司成立4年，不过建站业务是今年才开始做的，才8个月，能进建站市场吗？",
            "不能",
            "建站业务服务经验",
        ),
        (
            "We've only been building websites for 18 months, everything else is fine. Can we "
            "join the Website building market?",
            "No",
            "website building experience",
        ),
        (
            "We've only been developing APIs for 9 months, everything else is fine. Can we join "
            "the API market?",
            "No",
            "service experience",
        ),
    ],
)
def test_a_business_duration_is_experience_not_licence_age(
    question: str, verdict: str, rule: str
) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith(verdict), text
    # The experience is what fails, never the licence's age.
    line = next(line for line in text.split("\n") if rule in line)
    assert "不满足" in line or "NOT" in line, text
    assert "营业执照满 2 年 → 4年满足" in text or "执照" not in first_line(text), text


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        (
            "我们公司刚成立8个月，不过核心团队都是从某大厂大数据部门出来的，每个人都有五六年大数据经验，"
            "团队25人。想进数据智能市场，可以吗？",
            ("56年", "5年满足"),
        ),
        ("公司成立10个月，但创始团队每人都有七八年安全经验，能进安全市场吗？", ("78年", "7年满足")),
        (
            "我们公司是去年年底才成立的，不过老板的另一家公司做了十年建站。想用新公司入驻建站市场，可以吗？",
            ("10年满足",),
        ),
        (
            "我们公司是今年年初才注册的，不过老板的另一家公司做了八年建站，能进建站市场吗？",
            ("8年满足",),
        ),
        (
            "Our company is 8 months old but our founders each have 10 years of big data "
            "experience. Can we join Data Intelligence?",
            ("10 years: you meet", "10 years meets"),
        ),
    ],
)
def test_other_peoples_years_are_not_the_companys(question: str, not_said: tuple[str, ...]) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith(("不能", "No")), text
    assert not any(bad in text for bad in not_said), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Our team did website building 3 years and API work only 6 months. Experience-wise "
            "can we join Website building and API market?",
            "Website Building Market: yes on this point; API Market: no",
        ),
        (
            "We did security work for 4 years and IoT work only 5 months. Experience-wise can we "
            "join Security and IoT market?",
            "Security Market: yes on this point",
        ),
    ],
)
def test_experience_wise_judges_each_markets_own_line(question: str, opening: str) -> None:
    text = _reply(question)
    assert opening in first_line(text), text
    assert "not certain" not in first_line(text), text


# --- I. "This month" commission: the policy's end first; all distribution is 0 --------------


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("服务市场和建站市场这个月都各做了30万，没有分销，佣金各是多少？", ("15,000", "45,000")),
        ("服务市场和建站市场这个月各做了40万，没有分销，佣金分别多少？", ("20,000", "60,000")),
        ("安全市场和企业应用本月各25万元，佣金各是多少？", ("12,500",)),
        (
            "Service and Website Building each did 300,000 this month, no distribution. "
            "Commission for each?",
            ("15,000", "45,000"),
        ),
    ],
)
def test_two_markets_this_month_open_with_the_policy_end(
    question: str, figures: tuple[str, ...]
) -> None:
    text = _reply(question)
    assert any(word in first_line(text) for word in ("不在", "outside")), text
    assert all(figure in text for figure in figures), text
    reference = text.find("仅供参考") if "仅供参考" in text else text.find("For reference only")
    assert 0 < reference < text.find(figures[0]), text


@pytest.mark.parametrize(
    "question",
    [
        "Enterprise Application: 600,000 CNY this month, but every single order was a "
        "distribution order. How much commission?",
        "API market 300,000 this month and all of our orders were distribution orders — "
        "commission?",
        "企业应用这个月60万，每一单都是分销，佣金多少？",
    ],
)
def test_every_order_distribution_is_no_commission(question: str) -> None:
    text = _reply(question)
    assert any(word in first_line(text) for word in ("不在", "outside")), text
    assert any(zero in text for zero in ("commission 0 yuan", "不需要交佣金（0元）")), text
