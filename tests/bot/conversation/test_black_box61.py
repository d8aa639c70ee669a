"""Round 47 (session 52): the eighteenth black-box reading — a new tester who never saw the
code played 12 vendors in the console at 2ba97b9 (docs/evaluation/black_box_s61/report.md: 26
defects, 2 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def test_a_cancel_said_after_its_reason_cancels(vendor: Vendor) -> None:
    # D1 (high): "no, I don't want the API market. cancel" on the answers-on-file screen
    # stored a team of 0.
    vendor.engine.start(vendor.key)
    vendor.say("security market")
    vendor.say("yes")
    vendor.say("stop")
    vendor.say("api market")
    reply = vendor.say("no, I don't want the API market. cancel").text
    assert reply.startswith("Cancelled.")
    assert "team_size" not in vendor.profile()
    assert vendor.state()["markets"] == []


def test_a_product_word_at_a_question_switches_no_market(vendor: Vendor) -> None:
    # D2 (high): "no hardware, software only" at the IoT market's question started a Basic
    # Software check and dropped the three markets under way.
    _at_question(vendor, "data intelligence, devops and IoT", "mature_product")
    vendor.say("no hardware, software only")
    assert vendor.state()["markets"] == ["data", "devops", "iot"]
    # (Software without hardware: a no for IoT only — black-box s70 D3.)
    assert vendor.profile()["mature_product"] == {"software": True, "security": True, "iot": False}


def test_the_missing_answer_said_in_words_fills_it(vendor: Vendor) -> None:
    # D3: "about the api thing - yes our devs can integrate with the marketplace API" after a
    # verdict missing the API capability started an API Market check.
    vendor.engine.start(vendor.key)
    vendor.say("basic software")
    vendor.answer_all({**PASSING, "api_integration": "don't know"})
    assert vendor.verdicts() == {"software": "incomplete"}
    reply = vendor.say(
        "about the api thing - yes our devs can integrate with the marketplace API"
    ).text
    assert reply.startswith("Noted: API integration capability = yes")
    assert vendor.verdicts() == {"software": "eligible"}
    assert vendor.state()["markets"] == ["software"]


def test_what_a_question_involves_is_explained_not_unknown(vendor: Vendor) -> None:
    # D4: "not sure, what does that involve?" recorded the API capability as unknown.
    _at_question(vendor, "basic software", "api_integration")
    reply = vendor.say("not sure, what does that involve?").text
    assert "api_integration" not in vendor.profile()
    assert vendor.current_question() == "api_integration"
    assert "Why I ask" in reply


@pytest.mark.parametrize("said", ["wait its 28 not 18", "team is 28 not 18, typo"])
def test_new_value_then_the_old_one_denied(vendor: Vendor, said: str) -> None:
    # D5: English corrections without the bot's "change" wording were not understood.
    _at_question(vendor, "enterprise application market", "team_size")
    vendor.say("18")
    reply = vendor.say(said).text
    assert reply.startswith("Corrected: tech + customer-service team size = 28")
    assert vendor.profile()["team_size"] == 28


def test_dropping_the_ticket_in_words_at_its_markets(vendor: Vendor) -> None:
    # D11: "算了先不弄了" at "which markets is the ticket for?" was read as a market name, in a
    # loop.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场")
    vendor.answer_all({**PASSING, "team_size": "18"})
    vendor.say("2")
    reply = vendor.say("算了先不弄了").text
    assert "没能识别您要选择的市场" not in reply
    assert reply.startswith("已取消当前流程")


@pytest.mark.parametrize(
    ("said", "field", "value"),
    [
        # D13: "also address is wrong, its …" dropped the address given.
        (
            "also address is wrong, its 上海市浦东新区张江路99号3楼",
            "address",
            "上海市浦东新区张江路99号3楼",
        ),
        # D16: "电话用她的座机0571-88776655" beside the contact.
        ("联系人换成李娜吧，电话用她的座机0571-88776655", "phone", "0571-88776655"),
    ],
)
def test_a_ticket_field_changed_with_its_value(
    vendor: Vendor, said: str, field: str, value: str
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("起草工单")
    for typed in (
        "zhangsan_2020",
        "杭州某某科技有限公司",
        "浙江省杭州市西湖区文三路1号",
        "张三",
        "13912345678",
    ):
        vendor.say(typed)
    vendor.say(said)
    assert vendor.state()["ticket_fields"][field] == value


def test_a_chinese_market_name_asked_keeps_english(vendor: Vendor) -> None:
    # D6: "安全市场?" in an English talk turned every reply Chinese.
    _at_question(vendor, "enterprise application market", "team_size")
    reply = vendor.say("安全市场?").text
    assert vendor.state()["lang"] == "en"
    assert reply.startswith("Entry conditions for Security Market")


def test_a_market_taken_off_the_ticket_in_chinese(vendor: Vendor) -> None:
    # D12: "服务市场先不入了，去掉" at the review was not understood; the draft kept 玖万.
    vendor.engine.start(vendor.key)
    vendor.say("我们已经交完保证金了 帮我写下工单")
    vendor.say("API和服务市场")
    for typed in (
        "hzyunfan2019",
        "杭州云帆信息技术有限公司",
        "浙江省杭州市西湖区文三路478号",
        "王磊",
        "13805712233",
    ):
        vendor.say(typed)
    vendor.say("等下，我们还要加一个建站市场")
    reply = vendor.say("服务市场先不入了，去掉").text
    assert "API市场、建站市场（保证金 60,000 元）" in reply
    assert vendor.state()["ticket_markets"] == ["api", "website"]
