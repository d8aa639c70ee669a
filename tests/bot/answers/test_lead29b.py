"""The lead's mends at the round-24 merges (a regression reviewer's finds): a lack of the
social-insurance statement says nothing of the company's standing; the agreements left unsaid
point to the two agreements step 4 names, not to a claim about step 3's 同意书."""

from __future__ import annotations

from bot.answers import answer


def test_a_missing_statement_does_not_credit_the_company() -> None:
    reply = answer("我们有25个技术客服人员，但是拿不出社保缴费表，能进数据智能市场吗？").text
    assert reply.startswith("不能"), reply
    assert "拥有正规的公司资质 → 按您说的，满足" not in reply, reply


def test_the_agreements_left_unsaid_name_step_four() -> None:
    reply = answer(
        "执照1年2个月，注册资金50万，25人有社保，5x8售后，做大数据分析两年，提供BI SaaS，"
        "有接口开发能力。数据智能市场能进吗"
    ).text
    assert "同意书" not in reply, reply
    assert "《云市场协议》" in reply, reply


def test_a_list_item_cut_for_room_is_never_left_a_bare_number() -> None:
    reply = answer(
        "Service market: licence 5 years, capital 3M. Are we eligible? What are the steps?"
    ).text
    for line in reply.split("\n"):
        assert line.strip() not in {f"{n}." for n in range(1, 8)}, reply
    assert "3. Apply:" in reply, reply


def test_a_licence_word_before_its_year_and_month_dates_the_licence() -> None:
    reply = answer("执照2023年5月，注册资金50万，能入驻服务市场吗").text
    assert reply.startswith("不能"), reply  # 50万 < 100万; the licence (3 years) is met
    assert "执照满 2 年 →" not in reply.split("\n")[0], reply
