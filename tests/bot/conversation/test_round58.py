"""Round 58 (session 63): review 66 N1 — hires supposed in English after the verdict."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, TICKET, Vendor
from tests.bot.conversation.test_conversation_input import _at_question, _at_ticket_field
from tests.bot.conversation.test_round55 import _english_ticket
from tests.bot.conversation.test_round56 import _english_at_question

_ROOM_ADDRESS = "Room 1201, 88 Century Avenue, Pudong New Area, Shanghai"


def _chinese_ticket(vendor: Vendor, markets: str) -> None:
    """A ticket for `markets` (no check made) at its review."""
    vendor.engine.start(vendor.key)
    vendor.say("起草工单")
    vendor.say(markets)
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])


def _verdict_with_team(vendor: Vendor, team: str) -> None:
    _english_at_question(vendor, "api", "team_size")
    vendor.say(team)
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))


@pytest.mark.parametrize(
    ("said", "team"),
    [
        ("what if we hire 2 more engineers next month?", 20),
        ("if we hire 2 more engineers, would we qualify?", 20),
        ("and if we hire 1 more?", 19),
        ("what about hiring 2 more next month", 20),
        ("如果再招2个呢", 20),
    ],
)
def test_hires_supposed_are_added_to_the_team(vendor: Vendor, said: str, team: int) -> None:
    # Review 66 N1: declined, or read as a team of 2.
    _verdict_with_team(vendor, "18")
    reply = vendor.say(said).text
    assert reply.startswith(f"If the tech + customer-service team size were {team},")
    assert vendor.profile()["team_size"] == 18


# ----- black-box s75 (docs/evaluation/black_box_s75/) ----------------------------------------


def test_an_industry_said_ahead_is_read_whole(vendor: Vendor) -> None:
    # D1 (high): "我们做的是物流行业的SaaS" at another question stored 其他.
    _at_question(vendor, "解决方案", "team_size")
    assert vendor.say("我们做的是物流行业的SaaS").text.startswith("已记录：所属行业 = 物流")
    assert vendor.profile()["industry"] == "logistics"


@pytest.mark.parametrize(
    ("markets", "qid", "said"),
    [
        (
            "data intelligence + new retail",
            "team_size",
            "no, we haven't done the ecosystem certification yet",
        ),
    ],
)
def test_a_no_about_another_question_is_that_questions(
    vendor: Vendor, markets: str, qid: str, said: str
) -> None:
    # D2 (high: a team of 0 stored). (D3's "no, not certified yet" at the big-data question
    # stays that question's no — review 67 R2: "no, and we are not certified either".)
    _english_at_question(vendor, markets, qid)
    assert vendor.say(said).text.startswith("Noted: Alibaba Cloud ecosystem certification = no")
    assert qid not in vendor.profile()
    assert vendor.current_question() == qid


@pytest.mark.parametrize("qid", ["documents_ready", "good_credit"])
def test_no_violation_records_is_good_credit(vendor: Vendor, qid: str) -> None:
    # D3 (high): "应该没有什么违规记录吧" stored 否 for the scans (and for credit itself).
    _at_question(vendor, "零售通", qid)
    assert vendor.say("应该没有什么违规记录吧").text.startswith(
        "已记录：信用良好、无不良违规或社会影响记录 = 是"
    )
    assert vendor.profile()["good_credit"] is True
    if qid == "documents_ready":
        assert "documents_ready" not in vendor.profile()


def test_a_part_of_the_address_said_keeps_the_rest(vendor: Vendor) -> None:
    # D4 (high): the address became "Room 1202".
    _english_ticket(vendor, "data intelligence and enterprise application", _ROOM_ADDRESS)
    reply = vendor.say("and the address is Room 1202 not 1201").text
    assert reply.startswith(
        "Corrected: mailing address = Room 1202, 88 Century Avenue, Pudong New Area, Shanghai"
    )
    assert vendor.state()["ticket_fields"]["address"] == (
        "Room 1202, 88 Century Avenue, Pudong New Area, Shanghai"
    )


def test_a_correction_then_the_next_answer_keeps_each_value(vendor: Vendor) -> None:
    # D5: "API … 3 years. security: one year" stored the API's years as 1.
    _english_at_question(vendor, "api and security", "experience_years:security")
    vendor.say("oops, API experience is actually 2 years. security: one year")
    assert vendor.profile()["experience_years"]["api"] == 2


def test_thanks_in_english_mid_form_keeps_chinese(vendor: Vendor) -> None:
    # D6: "ok thanks" at a question switched a Chinese talk to English for good.
    _at_question(vendor, "物联网", "built_on_aliyun")
    assert not vendor.say("ok thanks").text.startswith("You're welcome")
    assert vendor.say("是的").text.startswith("已记录")


def test_a_market_added_to_the_confirmed_ticket(vendor: Vendor) -> None:
    # D7: a 零售通 check begun, then a 伍万 ticket for it alone.
    _chinese_ticket(vendor, "API市场和安全市场")
    vendor.say("确认")
    reply = vendor.say("不好意思，还要加上零售通").text
    assert reply.startswith("已更正：工单市场 = API市场、安全市场、零售通市场（保证金 110,000 元）")
    assert "入驻云市场已缴纳保证金壹拾壹万元，请转财务" in reply
    assert vendor.state()["ticket_fields"]["company"] == TICKET["company"]


@pytest.mark.parametrize(
    ("said", "head"),
    [
        ("那我们能入驻吗", "按已保存的回答，检查过的市场目前都还不符合入驻条件。"),
        ("so which one can we join?", "On the answers on file, none of the markets checked"),
    ],
)
def test_can_we_join_after_a_verdict_is_the_verdict(vendor: Vendor, said: str, head: str) -> None:
    # D8: the common conditions, or the deposit.
    if said.isascii():
        _english_at_question(vendor, "服务市场", "team_size")
    else:
        _at_question(vendor, "服务市场", "team_size")
    vendor.say("15")
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))
    assert vendor.say(said).text.startswith(head)


def test_leaving_the_ticket_for_a_market_check(vendor: Vendor) -> None:
    # D9: the ticket left, 建站 never checked.
    _at_ticket_field(vendor, "address")
    reply = vendor.say("不填了，我想看看建站市场能不能入").text
    assert "工单草稿已保存" in reply
    assert "好的，检查以下市场：建站市场。" in reply
    assert vendor.state()["markets"] == ["website"]


def test_a_later_question_answered_on_the_summary(vendor: Vendor) -> None:
    # D10: "reply 继续", then the IoT question asked although answered.
    _at_question(vendor, "解决方案", "agreements_accepted")
    vendor.say("接受")
    vendor.say("换成物联网市场看看")
    reply = vendor.say("产品都是基于阿里云IoT平台的").text
    assert reply.startswith("已记录：以阿里云产品为依托 = 是")
    assert vendor.profile()["built_on_aliyun"] is True
    assert vendor.current_question() == "mature_product"


def test_the_amount_checked_at_the_review(vendor: Vendor) -> None:
    # D12: "前提是其中没有零售通", the draft's markets ignored.
    _chinese_ticket(vendor, "API市场和安全市场")
    reply = vendor.say("金额对吗？两个市场").text
    assert reply.startswith(
        "工单里的市场是 API市场、安全市场，保证金合计 60,000 元（大写陆万元），按市场累计，金额正确。"
    )


def test_no_distribution_asked_after_a_tier(vendor: Vendor) -> None:
    # D13: the distribution rule, no figure.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场这个月交易额刚好20万，按几档")
    reply = vendor.say("没有分销的话佣金是多少钱").text
    assert "佣金 1万元（10,000元）（第2档 5%）。" in reply


@pytest.mark.parametrize(
    ("markets", "said", "stored"),
    [
        ("data intelligence + new retail", "5x8 for both", {"aftersales_support", "online_cs"}),
        ("data intelligence + new retail", "yes we offer BI SaaS", {"bigdata_offering"}),
    ],
)
def test_answers_typed_ahead_in_english(
    vendor: Vendor, markets: str, said: str, stored: set[str]
) -> None:
    # D16: "is not a whole number".
    _english_at_question(vendor, markets, "team_size")
    vendor.say(said)
    assert stored <= set(vendor.profile())
    assert vendor.current_question() == "team_size"


# ----- review 67 (docs/evaluation/diff_review_round58.md) -------------------------------------


@pytest.mark.parametrize("said", ["再加入零售通市场需要什么条件", "我们还想再加入零售通，条件够吗"])
def test_joining_another_market_after_the_ticket_keeps_the_ticket(
    vendor: Vendor, said: str
) -> None:
    # R1 (high): the confirmed ticket reopened with 零售通 and 壹拾壹万.
    _chinese_ticket(vendor, "API市场和安全市场")
    vendor.say("确认")
    reply = vendor.say(said).text
    assert "壹拾壹万" not in reply
    assert not reply.startswith("已更正：工单市场")


def test_a_no_with_another_no_keeps_both(vendor: Vendor) -> None:
    # R2: "没有，钉钉也还没开通" lost the 1688 question's no.
    _at_question(vendor, "零售通", "alibaba_1688_member")
    vendor.say("没有，钉钉也还没开通")
    assert vendor.profile()["alibaba_1688_member"] is False
    assert vendor.profile()["dingtalk_ops"] is False


def test_a_yes_with_a_contact_named_answers_the_scans(vendor: Vendor) -> None:
    # R2: "可以提供，也有专人对接" stored DingTalk (never named) and asked the scans again.
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say("可以提供，也有专人对接")
    assert vendor.profile()["documents_ready"] is True
    assert "dingtalk_ops" not in vendor.profile()


def test_the_team_said_with_its_shifts(vendor: Vendor) -> None:
    # R3: "我们25人都是7x24" stored both service hours and lost the 25.
    _at_question(vendor, "数据智能市场和新零售市场", "team_size")
    vendor.say("我们25人都是7x24")
    assert vendor.profile()["team_size"] == 25


@pytest.mark.parametrize("said", ["保证金能退对吧？", "is the deposit ok to pay by bank transfer?"])
def test_deposit_questions_at_the_review_are_answered(vendor: Vendor, said: str) -> None:
    # R6: the amount check instead of the answer.
    _chinese_ticket(vendor, "API市场和安全市场")
    assert not vendor.say(said).text.startswith("工单里的市场是")


@pytest.mark.parametrize("said", ["不填了，明天再弄吧", "先不弄了，API市场的保证金还没交"])
def test_leaving_the_ticket_with_a_reason_only_leaves(vendor: Vendor, said: str) -> None:
    # R8: the welcome menu or a deposit answer after the leave.
    _at_ticket_field(vendor, "address")
    reply = vendor.say(said).text
    assert "工单草稿已保存" in reply
    assert "请选择要入驻的市场" not in reply
    assert "需缴纳保证金" not in reply


@pytest.mark.parametrize("said", ["那我们可以入驻了吧", "那我们公司能入驻吗"])
def test_can_we_join_variants(vendor: Vendor, said: str) -> None:
    # N4.
    _at_question(vendor, "API市场", "team_size")
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))
    assert vendor.say(said).text.startswith(
        "按已保存的回答，在检查过的 1 个市场中，您可以入驻 1 个：API市场。"
    )


def test_a_part_of_the_address_with_the_word_repeated(vendor: Vendor) -> None:
    # N5.
    _english_ticket(vendor, "data intelligence and enterprise application", _ROOM_ADDRESS)
    vendor.say("the address is Room 1202, not Room 1201")
    assert vendor.state()["ticket_fields"]["address"] == (
        "Room 1202, 88 Century Avenue, Pudong New Area, Shanghai"
    )


def test_a_subject_then_not_on_alibaba_cloud_is_no_other_answer(vendor: Vendor) -> None:
    # N6, found beside it: "产品不是基于阿里云的" stored a no to the mature-product question.
    _at_question(vendor, "物联网", "built_on_aliyun")
    vendor.say("产品不是基于阿里云的")
    assert vendor.profile().get("mature_product") is not False
