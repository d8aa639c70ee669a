"""Round 43 (session 48): the ninth black-box reading — a new tester who never saw the code
played 12 vendors in the console at da2a5d1, one process per typed line on one database per
vendor (docs/evaluation/black_box_s52/report.md: 23 defects, 3 high). One test per defect class
fixed. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question

_TICKET = (
    "生成工单",
    "API市场和服务市场",
    "abc_cloud",
    "杭州某某科技有限公司",
    "杭州市西湖区文三路1号",
)


def _confirmed(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    for line in (*_TICKET, "张三", "13800138000", "确认"):
        vendor.say(line)
    assert vendor.step() == "done"


@pytest.mark.parametrize("typed", ["不用检查，零售通已经通过了", "太多了 不问了 明天再说"])
def test_the_check_refused_stores_no_no(vendor: Vendor, typed: str) -> None:
    # D1 (high): "不用检查…" stored 拥有正规的公司资质 = 否 (fails every market).
    _at_question(vendor, "零售通市场", "legal_entity")
    reply = vendor.say(typed)
    assert "legal_entity" not in vendor.profile()
    assert vendor.step() == "idle"
    assert reply.text.startswith("已取消当前流程，您的回答都已保存。")


def test_yuan_after_wan_are_part_of_the_amount() -> None:
    # D2 (high): "12万3456.78" was 120,000 (commission 10,000 instead of 10,345.68).
    reply = answer("企业应用 2019年5月 总额12万3456.78 其中分销2万 佣金多少").text
    assert reply.startswith("佣金 10,345.68元（第1档 10%）")


@pytest.mark.parametrize(
    "typed",
    ["ok. pls delete my data now, the phone and address", "算了我们再考虑一下，把我的资料都删掉吧"],
)
def test_an_erase_request_inside_a_sentence(vendor: Vendor, typed: str) -> None:
    # D3 (high): the first started a 数据智能 check; the second was "没能识别您要选择的市场".
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    state = vendor.state()
    assert state["awaiting_erase"] is True
    assert state["markets"] == []


@pytest.mark.parametrize("typed", ["好的 确认", "looks good, confirm pls"])
def test_confirm_among_polite_words(vendor: Vendor, typed: str) -> None:
    # D4: "没能理解这个回答。" and the draft again.
    vendor.engine.start(vendor.key)
    for line in (*_TICKET, "张三", "13800138000"):
        vendor.say(line)
    vendor.say(typed)
    assert vendor.step() == "done"


@pytest.mark.parametrize(
    "typed",
    ["等一下，我们还入驻了零售通，金额要改", "不用检查，零售通也已经通过了，我是要改工单的金额"],
)
def test_a_market_joined_too_changes_the_confirmed_tickets_amount(
    vendor: Vendor, typed: str
) -> None:
    # D5: an eligibility check for 零售通 started, five times.
    _confirmed(vendor)
    reply = vendor.say(typed)
    assert "已更正：工单市场 = API市场、服务市场、零售通市场（保证金 110,000 元）" in reply.text
    assert "入驻云市场已缴纳保证金壹拾壹万元，请转财务" in reply.text
    assert vendor.step() == "ticket_review"


def test_the_tickets_amount_to_change_asks_its_markets(vendor: Vendor) -> None:
    _confirmed(vendor)
    reply = vendor.say("我是要改工单的金额")
    assert "工单目前写的是 API市场、服务市场" in reply.text
    assert vendor.step() == "ticket_markets"


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        (
            "我们做建站的，上个月结算了100万，其中40万是分销的，佣金要交多少",
            "那如果是2020年10月呢",
            "佣金 6万元（60,000元）（第3档 10%）",
        ),
        (
            "website building market, January 2021, 300,000 sales, commission?",
            "and for this month?",
            "is outside the guide's commission policy",
        ),
    ],
)
def test_a_follow_up_month_replaces_a_month_said_by_its_place(
    vendor: Vendor, first: str, follow_up: str, said: str
) -> None:
    # D6: "抱歉，这个问题不在…范围内" after a computed answer.
    vendor.engine.start(vendor.key)
    vendor.say(first)
    reply = vendor.say(follow_up)
    assert said in reply.text


def test_ya_accepts_the_suggested_market(vendor: Vendor) -> None:
    # D11: "I could not tell which markets you mean by "ya"", and the suggestion lost.
    vendor.engine.start(vendor.key)
    vendor.say("helo can u chek devpos market for us")
    vendor.say("ya")
    assert vendor.state()["markets"] == ["devops"]


@pytest.mark.parametrize("typed", ["好 明天再来 谢谢", "ok thx, we'll come back in march"])
def test_goodbyes_in_more_words(vendor: Vendor, typed: str) -> None:
    # D13: "没能识别您要选择的市场" / "I did not understand that answer."
    vendor.engine.start(vendor.key)
    vendor.say("流程")
    reply = vendor.say(typed)
    assert "再见" in reply.text or "welcome" in reply.text.lower()


def test_a_pause_mid_form_keeps_the_answers(vendor: Vendor) -> None:
    _at_question(vendor, "api market", "legal_entity")
    vendor.say("yes")
    reply = vendor.say("ok thx, we will come back in march")
    assert vendor.step() == "idle"
    assert vendor.profile()["legal_entity"] is True
    assert reply.text.startswith("Cancelled. Your answers are saved")


def test_an_estimate_for_a_missing_answer_after_the_verdict_is_confirmed(
    vendor: Vendor,
) -> None:
    # D9: "建站经验2年多" was "好的，已了解" — nothing recorded, 建站 still incomplete.
    from tests.bot.conversation.conftest import PASSING

    _at_question(vendor, "建站市场", "legal_entity")
    vendor.answer_all({**PASSING, "experience_years": "不知道"})
    assert vendor.step() == "verdict"
    reply = vendor.say("建站经验2年多")
    assert "2 年" in reply.text and "对吗" in reply.text
    vendor.say("是")
    assert vendor.profile()["experience_years"]["website"] == 2


def test_same_as_before_keeps_the_suggested_value(vendor: Vendor) -> None:
    # D19: "同上" under "使用：浙江省杭州市…" was read as an (incomplete) address.
    _confirmed(vendor)
    for line in ("生成工单", "物联网市场", "abc_cloud", "杭州某某科技有限公司"):
        vendor.say(line)
    vendor.say("同上")
    assert vendor.state()["ticket_fields"]["address"] == "杭州市西湖区文三路1号"


def test_what_now_after_a_failed_verdict(vendor: Vendor) -> None:
    # D17: "so what now" → "Sorry, that is outside what I can answer".
    from tests.bot.conversation.conftest import PASSING

    _at_question(vendor, "new retail market", "legal_entity")
    vendor.answer_all({**PASSING, "ecosystem_certified": "no"})
    reply = vendor.say("so what now")
    assert reply.text.startswith("From here you can: correct an answer")
