"""Round 26 (fix26a): head counts and whose years, second wave — wordings of our own that int25
got wrong:

1. staff counted in groups ("开发分两组，每组六人，客服三班每班两人") is the product of each
   group's size and number, summed;
2. a list of roles that ends with the support staff ("9 devs + 8 testers + 4 support") is the
   technical and customer-service team, summed;
3. a whole count less the sales and admin people, "the rest tech and support", is the team;
4. "only N are technical and M support" is a team of N + M, not N.
"""

from __future__ import annotations

import pytest

from bot.answers.text import headcount_mentioned


@pytest.mark.parametrize(
    ("question", "team"),
    [
        ("我们开发分两组，每组六人，客服三班每班两人，能进企业应用吗？", 18),
        ("技术分成4个小组，每组5人，售后2班每班3人，够不够？", 26),
        ("运维分3组每组4个人，客服分2班每班4个人，社保都交", 20),
    ],
)
def test_staff_in_groups(question: str, team: int) -> None:
    assert headcount_mentioned(question) == team


@pytest.mark.parametrize(
    ("question", "team"),
    [
        ("Our team: 9 devs + 8 testers + 4 support, can we join the API market?", 21),
        ("we have 7 engineers + 6 designers + 3 customer service staff", 16),
        ("团队是8个开发+6个测试+5个客服，够20人吗？", 19),
    ],
)
def test_role_list_ending_with_support(question: str, team: int) -> None:
    assert headcount_mentioned(question) == team


@pytest.mark.parametrize(
    ("question", "team"),
    [
        (
            "Company of 40: 12 are sales and 5 finance, the rest are technical and support staff.",
            23,
        ),
        ("We're a team of 25, 3 are marketing, 2 admin, the rest engineers and CS. Enough?", 20),
        ("公司一共26人，5个销售，3个行政，其余都是技术和客服，人数够吗？", 18),
    ],
)
def test_rest_of_the_whole_is_the_team(question: str, team: int) -> None:
    assert headcount_mentioned(question) == team


@pytest.mark.parametrize(
    ("question", "team"),
    [
        (
            "We have 40 staff but only 9 are technical and 4 support. Enough for Security market?",
            13,
        ),
        ("Headcount 30, only 11 are engineers and 6 are customer service.", 17),
        ("公司30人，只有10个技术、5个客服，够不够20人？", 15),
    ],
)
def test_only_parts_are_the_team(question: str, team: int) -> None:
    assert headcount_mentioned(question) == team


# --- 5. the company opened ("开公司才10个月") is the licence's age, whatever the people's years --
@pytest.mark.parametrize(
    "question",
    [
        "创始人做了十年建站，开了公司才1年，能进建站市场吗？",
        "技术总监干了7年大数据，自己开企业才4个月，想入驻数据智能市场可以吗？",
        "我在大厂做了8年运维，出来开公司才5个月，服务市场能入驻吗？",
    ],
)
def test_company_opened_is_the_licence_age(question: str) -> None:
    from bot.answers import answer

    assert answer(question).text.startswith("不能")


# --- 6. a market for a small team: the fitting market's own team condition is named with it ---
@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("我们只有7个人，哪个市场对团队人数没那么高要求？", "不少于 4 人"),
        ("公司就5个员工，能进哪个市场？", "不少于 4 人"),
        ("With just 9 staff, which market could take us?", "at least 4"),
    ],
)
def test_small_team_market_names_its_team_rule(question: str, rule: str) -> None:
    from bot.answers import answer

    text = answer(question).text
    assert "零售通" in text or "Retail Link" in text
    assert rule in text
