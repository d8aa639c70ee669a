"""fix25g: a detailed profile judged on what it states — support hours short of a level, a
support level of no named kind, the asked kind kept only by day, an ACP exam still pending, a
team only partly on the company's social insurance, no company, a line unrelated to the
market's (paraphrases of our own, never the set's wording)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

TODAY = date(2026, 12, 2)


def _first(text: str) -> str:
    return text.split("\n")[0]


# A support level stated as the vendor's support, of no named kind, at least the level asked:
# met (SPEC decision 3: 7x24 covers 5x8).
@pytest.mark.parametrize(
    "question",
    [
        "API market: we provide support 24/7. Is the 5x8 requirement satisfied?",
        "我们的支持是7x24的，API市场要求的5x8算满足吗？",
        "Data Intelligence market wants 5x8 — our support runs 7x24, does that count?",
    ],
)
def test_support_of_no_named_kind_at_least_the_level_is_met(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not _first(reply.text).startswith(("Not certain", "还不能确定")), reply.text
    assert "unclear: you did not say" not in reply.text
    assert "无法判断：您没有说明" not in reply.text


# Days and hours stated that cover no level (3 or 4 hours a day): the 5x8 condition fails.
@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "建站市场的客服时间我们够不够？我们客服周一到周五上午9点到12点在线。",
            ("不能", "不满足"),
        ),
        ("建站市场客服时间够不够？我们客服工作日每天只在线4个小时。", ("不能", "不满足")),
        (
            "Website building market: is our customer service time enough? Our CS is online "
            "Monday to Friday 9am-12pm only.",
            ("No", "does NOT meet"),
        ),
    ],
)
def test_support_hours_short_of_every_level_fail_the_condition(
    question: str, words: tuple[str, ...]
) -> None:
    reply = answer(question, today=TODAY)
    assert any(word in _first(reply.text) for word in words), reply.text
    assert "5x8满足" not in reply.text and "5x8 meets it" not in reply.text


def test_noon_is_twelve_not_twenty_four() -> None:
    from bot.answers.support_hours import stated_hours

    assert stated_hours("online 9am-12pm on weekdays") == 3
    assert stated_hours("周一到周五早9点到晚6点") == 9


# The kind a market asks 7x24 of kept only on weekdays or by day: fails, whatever the other
# kind's hours.
@pytest.mark.parametrize(
    "question",
    [
        "我们在线客服是7x24的，但售后技术只有工作日白天有人。安全市场我们满足吗？",
        "安全市场：客服7*24在线，不过售后工程师只在工作日白天值班，能进吗？",
        "Security market: our online customer service is 7x24, but after-sales engineers only "
        "work weekday daytime. Do we meet it?",
    ],
)
def test_after_sales_only_by_day_fails_a_7x24_after_sales_condition(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert _first(reply.text).startswith(("不能", "No")), reply.text


# An ACP exam still ahead (ACA held, ACP being studied for, nobody certified yet): no ACP
# holder, judged — never declined as a question about the exam.
@pytest.mark.parametrize(
    "question",
    [
        "我们做物流解决方案，别的都满足，只有一个ACA证书，ACP还在备考，解决方案市场能进吗？",
        "解决方案市场：我们是金融行业方案商，同事ACP还在准备考，目前没人拿到，这样行不行？",
        "Solution market: we are an e-commerce solutions company, capital 3M, license 5 years, "
        "but our ACP exam is scheduled next month and nobody is certified yet. Can we join?",
    ],
)
def test_a_pending_acp_exam_is_no_acp_holder(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert not reply.out_of_scope, reply.text
    assert _first(reply.text).startswith(("不满足", "不能", "No")), reply.text
    assert "ACP" in reply.text


def test_the_acp_exam_itself_is_still_declined() -> None:
    assert answer("ACP考试怎么报名？", today=TODAY).out_of_scope
    assert answer("How do we sign up for the ACP exam?", today=TODAY).out_of_scope


# A head count of which fewer are on the company's social insurance: the insured count is
# the team (SPEC rule 4).
@pytest.mark.parametrize(
    "question",
    [
        "API market: we have 28 staff but only 11 are on our company social insurance, the "
        "others come from an agency. Do we meet the team condition?",
        "API市场：我们团队26人，但公司只给13个人交了社保，其余是外包的，团队这条满足吗？",
        "Enterprise Application market: 30 employees, only 15 are on our social insurance, the "
        "rest are contractors. Is our team enough?",
    ],
)
def test_a_team_partly_insured_counts_the_insured(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert _first(reply.text).startswith(("不满足", "不能", "No")), reply.text
    assert "20" in reply.text


# No company yet, a market named: every market asks for a registered company.
@pytest.mark.parametrize(
    "question",
    [
        "我还没注册公司，个人做小程序两年了，能入驻建站市场吗？",
        "I am an individual developer with no registered company. Can I join the API market?",
        "我是自由职业者，没有公司，想进企业应用市场，可以吗？",
    ],
)
def test_no_company_with_a_market_named_is_a_no(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert _first(reply.text).startswith(("不能", "No")), reply.text


# The vendor's line said to have nothing to do with the market's own (big data).
@pytest.mark.parametrize(
    "question",
    [
        "我们做的是进销存系统，与大数据无关，数据智能市场能入驻吗？",
        "数据智能市场：我们的产品是OA审批，跟大数据不沾边，能进吗？",
        "Data Intelligence market: our product is an HR system, it has nothing to do with big "
        "data. Can we join?",
    ],
)
def test_a_line_unrelated_to_big_data_fails_data_intelligence(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert _first(reply.text).startswith(("不能", "No")), reply.text


# What the guide never covers: a merged licence (三证合一) and a company outside mainland
# China — declined, the related rule after it where there is one.
@pytest.mark.parametrize(
    "question",
    [
        "我们的营业执照是三证合一的，零售通要求的税务登记证还要单独交吗？",
        "多证合一了，组织机构代码证早就没有了，零售通材料怎么办？",
        "Our license is a three-in-one licence, what do we submit for Retail Link's tax "
        "registration certificate?",
    ],
)
def test_a_merged_licence_is_declined_with_the_documents_rule(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    assert "税务登记证" in reply.text or "tax registration" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "We are a Vietnamese company without a China business license. Can we join?",
        "We're a Hong Kong company and don't have a mainland business license — can we sell on "
        "the marketplace?",
        "我们没有国内的营业执照，公司是在新加坡注册的，能入驻吗？",
    ],
)
def test_a_company_outside_mainland_china_is_declined(question: str) -> None:
    assert answer(question, today=TODAY).out_of_scope


# A rule doubted ("really requires …?", "真的必须…吗") with what the vendor uses instead after
# it: the rule's yes first.
@pytest.mark.parametrize(
    "question",
    [
        "零售通真的要开钉钉吗？我们用飞书",
        "Is DingTalk really mandatory for Retail Link? Our team is on Teams.",
        "Security market actually requires 7x24 after-sales? We thought 5x8 was enough.",
    ],
)
def test_a_rule_doubted_opens_with_its_yes(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert _first(reply.text).startswith(("需要", "Yes")), reply.text


# A count of ACP holders ("只有1个人考过ACP", "a single engineer holds the ACP") asked against
# the certification condition: at least 1 is met — never the team of 20 judged with it.
@pytest.mark.parametrize(
    "question",
    [
        "解决方案市场：我们只有1个人考过弹性计算ACP，就一个人，够吗？",
        "Solution market: only 1 person on our side passed the Elastic Compute ACP. Is that enough?",
        "Solution market: a single engineer of ours holds the ACP (Elastic Compute). Is one enough?",
    ],
)
def test_one_acp_holder_meets_the_certification_condition(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert _first(reply.text).startswith(("这一条满足", "满足", "Yes")), reply.text
    assert "20" not in reply.text


# Which markets are NOT blocked by a stated fact: the open ones named, not only the blocked.
@pytest.mark.parametrize(
    "question",
    [
        "我们注册资金30万，哪些市场不会被注册资金卡住？",
        "注册资本只有50万，哪些市场不受注册资金影响？",
        "Capital is only 200k yuan. Which markets would not be ruled out by that?",
    ],
)
def test_markets_not_blocked_are_named(question: str) -> None:
    reply = answer(question, today=TODAY)
    first = _first(reply.text)
    assert all(name in first for name in ("API", "物联网" if "万" in question else "IoT")), first


# Both markets of a list asked ("A和B市场都想进", "同时进", "both"): each judged, none dropped
# for lacking its own market word.
@pytest.mark.parametrize(
    ("question", "names"),
    [
        (
            "我们想同时进API和建站市场：接口开发做了3年，建站只做了半年，经验够吗？",
            ("API", "建站"),
        ),
        (
            "物联网和解决方案市场我们都想进：成立1年，注册资本300万，做物流方案，30人，5x8售后，"
            "有2个弹性计算ACP，有知名案例，能对接API。两个都行吗？",
            ("物联网", "解决方案"),
        ),
        (
            "We want both the API and Website Building markets. 2 years of API development, 1 "
            "year of website building. Is our experience enough for both?",
            ("API", "Website"),
        ),
    ],
)
def test_both_markets_of_a_list_are_judged(question: str, names: tuple[str, ...]) -> None:
    reply = answer(question, today=TODAY)
    first = _first(reply.text)
    assert all(name in first for name in names), reply.text


# Where to pay the deposit and which ticket after it, asked together: the page first, then the
# ticket — never the ticket alone.
@pytest.mark.parametrize(
    "question",
    [
        "Where is the deposit paid, and which ticket category do we use afterwards?",
        "保证金去哪里交？交了以后提哪类工单？",
        "Where do I pay the Marketplace deposit and what ticket should I file once it's paid?",
    ],
)
def test_where_to_pay_and_which_ticket_are_both_answered(question: str) -> None:
    reply = answer(question, today=TODAY)
    assert "用户中心" in reply.text or "user center" in reply.text, reply.text
    assert "资金管理" in reply.text
