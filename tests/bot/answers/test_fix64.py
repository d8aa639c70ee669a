"""Round 49 (session 54; not blind): the answer defects left from round 48's blind readings
(docs/ANSWERS.md "Round 48" Left), each mended before this round's new sets are scored."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 6)


def test_half_the_team_outsourced_is_half_the_count() -> None:
    # holdout74 #100: "未给出具体数字" on the count, and the 社保 statement read as lacking.
    text = answer(
        "我们团队30人，不过一半是外包、没在公司交社保，API市场的人数要求能过吗", today=DAY
    ).text
    assert text.startswith("不能")
    assert "在公司交社保的15人不满足" in text
    assert "按您说的情况，不满足" not in text
    assert "未给出具体数字" not in text


def test_half_of_an_odd_team_is_not_guessed() -> None:
    text = answer("我们团队25人，不过一半是外包，API市场的人数要求能过吗", today=DAY).text
    assert "12人" not in text and "13人" not in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout74 #155: 解决方案市场 offered as the best fit.
        ("我们是做在线教育的，有哪个市场会因为行业把我们挡在外面？", "进不了的：解决方案市场"),
        (
            "We do online education. Which market's industry rules would keep us out?",
            "Ruled out: Solution Market",
        ),
        ("我们做金融的，哪个市场会因为行业拒绝我们", "没有市场会因为行业把您挡在外面"),
    ],
)
def test_the_markets_an_industry_rules_out(question: str, head: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith(head)
    assert "最相符" not in text and "（）" not in text


@pytest.mark.parametrize(
    "question",
    [
        # holdout69 #19: the rule without 有 first.
        "建站市场对我们提供服务用的云平台有啥限制吗",
        "建站市场对云平台有什么要求吗",
    ],
)
def test_any_limit_on_a_yes_no_condition_gets_yes_first(question: str) -> None:
    text = answer(question, today=DAY).text
    assert text.startswith("有。")
    assert "以阿里云产品为依托" in text


def test_an_unsaid_yes_no_condition_is_not_a_missing_figure() -> None:
    text = answer(
        "我们团队30人，不过一半是外包、没在公司交社保，API市场的人数要求能过吗", today=DAY
    ).text
    assert "您没有说明，无法判断" in text


def test_does_the_shop_open_after_paying_is_a_yes_no() -> None:
    # Left in round 48: "After we pay the deposit, does the shop get opened?" got the step order.
    text = answer("After we pay the deposit, does the shop get opened?", today=DAY).text
    assert text.startswith("Yes.")
    assert "shop opens" in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Black-box s61 D25: "No." to an either-or.
        (
            "is a personal (individual) account ok or must it be a company?",
            "Company (enterprise) real-name verification",
        ),
        ("个人账号可以吗，还是必须企业账号？", "企业实名认证（入驻流程第2步），不是个人实名。"),
    ],
)
def test_personal_or_company_names_the_company(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


def test_the_member_account_question_stays_retail_links() -> None:
    text = answer("零售通的1688会员账号个人的行还是要企业的？", today=DAY).text
    assert "企业名称认证" in text
    assert "企业实名认证（入驻流程第2步）" not in text
