"""Round 26 (fix26e): the gauge's (dev19g) judged wrongs, in wordings of our own:

1. a market named as an example of the ordinary ones counted ("one normal market, e.g. API") is
   one of them, not one more: the deposit of one market, never two;
2. the vendor's OWN hotline said to be staffed 7x24 / 5x8 states a market's support condition:
   judged, not declined as a request for a contact number;
3. whether the marketing-tool note gets an application refused ("会因此被拒吗"): 不会 first.
"""

from __future__ import annotations

import pytest

from bot.answers import answer


def _head(text: str) -> str:
    return text.splitlines()[0]


# --- 1. an example market is among those counted -------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What's the deposit for a single regular market, for example the Security market?",
        "一个普通市场（比如API市场）保证金交多少？",
        "一个普通市场的保证金要交多少？例如企业应用市场",
        "Deposit for one ordinary market, e.g. Basic Software?",
    ],
)
def test_example_market_is_one_of_the_ordinary(question: str) -> None:
    found = answer(question)
    assert not found.out_of_scope
    assert "60,000" not in found.text and "6万" not in found.text
    assert "30,000" in found.text


def test_named_market_on_top_of_ordinary_ones_still_added() -> None:
    found = answer("两个普通市场加零售通，保证金多少")
    assert "110,000" in found.text


# --- 2. the vendor's own 7x24 hotline is a support claim -----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我司的客服热线 7*24 小时有人值守，够安全市场的售后要求吗",
        "我们的售后热线400-100-2000全天7x24有人接，安全市场这个条件满足吗？",
        "Our after-sales hotline is staffed 7x24, does that meet the Security market's condition?",
        "We run a 7x24 support hotline (400-800-1234). Is that enough for the Security market?",
    ],
)
def test_own_hotline_hours_are_judged(question: str) -> None:
    found = answer(question)
    assert not found.out_of_scope
    assert "服务商服务人员联系方式" not in found.text
    assert _head(found.text).startswith(("满足", "这一项满足", "Yes", "能"))


@pytest.mark.parametrize(
    "question", ["0571-85022088 是服务商热线吗", "云市场的热线是多少", "What is the hotline?"]
)
def test_a_hotline_asked_for_is_still_declined(question: str) -> None:
    assert answer(question).out_of_scope


# --- 3. refused because of the note? 不会 first --------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们的营销软件没在云上部署，申请企业应用市场审核会不通过吗",
        "我们的推广工具不是在云上开发的，入驻基础软件市场会被拒绝吗？",
        "Our marketing tool isn't built or hosted on the cloud. Will Basic Software reject us?",
    ],
)
def test_note_refusal_answered_no_first(question: str) -> None:
    text = answer(question).text
    assert text.startswith(("不会", "No")), text


# --- 4. what the guide does not hold: where the statement is issued, one order's commission --
@pytest.mark.parametrize(
    "question",
    [
        "社保个人月缴费情况表在哪里打印，找人社局吗",
        "公司社保证明去哪开？税务局能开吗",
        "Where do we get the social insurance payment statement from, the tax bureau?",
    ],
)
def test_where_the_statement_is_issued_is_declined(question: str) -> None:
    assert answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    ["上周那单（单号 7788990011）平台服务费是不是多扣了", "这笔订单的佣金是不是算错了？"],
)
def test_one_orders_commission_is_declined_then_the_rule(question: str) -> None:
    found = answer(question)
    assert found.out_of_scope
    assert not found.text.startswith(("是的", "是"))
    assert "次月初" in found.text
