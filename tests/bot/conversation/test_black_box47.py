"""Round 41 (session 46), the fourth black-box round: a new tester who never saw the code played
12 vendors in the console at c04a8102 (docs/evaluation/black_box_s47/report.md), after the third
round's fixes. One test per defect class fixed. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

_FIELDS = (
    "账号 erp_cloud，公司 上海云启信息技术有限公司，地址 上海市徐汇区宜山路700号，联系人 陈静，"
    "电话 021-64851234"
)


# ----- D1 (high): people counted in a sentence naming 社保 are the team's size -------------


@pytest.mark.parametrize(
    "typed", ["还有 人数也说错了，社保上只有18个", "人数说错了，社保上只有18个"]
)
def test_people_counted_beside_the_statement_are_the_team(vendor: Vendor, typed: str) -> None:
    _at_question(vendor, "安全市场", "aftersales_support")
    assert vendor.profile()["team_size"] == 25
    vendor.say(typed)
    profile = vendor.profile()
    assert profile["team_size"] == 18
    assert profile["social_insurance_proof"] is True


# ----- D2 (high): a flow word is never a ticket field ----------------------------------------


@pytest.mark.parametrize("typed", ["确认", "confirm", "ok"])
def test_a_flow_word_is_no_ticket_value(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("生成工单 API")
    vendor.say(typed)
    assert vendor.state()["ticket_fields"] == {}
    assert vendor.step() == "ticket_field"


def test_confirm_keeps_the_value_on_file(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("生成工单 API")
    vendor.say(_FIELDS)
    vendor.say("确认")
    vendor.say("生成工单 API")
    vendor.say("确认")  # under "使用 erp_cloud"
    assert vendor.state()["ticket_fields"]["account"] == "erp_cloud"


# ----- D3 (high): a market added, the total asked ---------------------------------------------


@pytest.mark.parametrize(
    ("market", "typed", "said"),
    [
        ("零售通", "如果再加一个新零售市场，保证金一共多少", "8万元（80,000元）"),
        ("basic software", "if we also join the API market, what's the total deposit?", "60,000"),
    ],
)
def test_the_total_with_a_market_added(vendor: Vendor, market: str, typed: str, said: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(market)
    assert said in vendor.say(typed).text


# ----- D4 (high): Chinese numerals after a digit's unit ---------------------------------------


def test_numerals_after_a_digits_unit(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("2021年3月安全市场卖了20万，没有分销，佣金多少")
    reply = vendor.say("如果是49万9千9百九十九块5毛呢")
    assert "499,999.50元" in reply.text
    assert "佣金 24,999.98元" in reply.text


# ----- D5 (high): two corrections in one message -----------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "不好意思，注册资金其实是80万，人数是19不是25",
        "sorry, the capital is actually 800k, and the team is 19 not 25",
    ],
)
def test_two_corrections_in_one_message(vendor: Vendor, typed: str) -> None:
    _at_question(vendor, "建站市场", "experience_years:website")
    vendor.say(typed)
    profile = vendor.profile()
    assert (profile["registered_capital"], profile["team_size"]) == (800000, 19)


# ----- D6 (high): "…，算吗" at a yes/no question stores nothing --------------------------------


def test_is_it_enough_at_a_yes_no_question_stores_nothing(vendor: Vendor) -> None:
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say("我们是三证合一的，没有单独的税务登记证，算吗")
    assert "documents_ready" not in vendor.profile()
    assert vendor.current_question() == "documents_ready"


# ----- D7 (high): a company's size is no industry; "check all the markets" starts the check ---


def test_a_big_company_rules_no_market_out(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say(
        "hey can u check all the markets for us? we're a big-ish company, want to see where we "
        "qualify"
    )
    assert "ruled out" not in reply.text
    assert len(vendor.state()["markets"]) == 12
    assert vendor.current_question() is not None


# ----- D8 / D20: the ticket or the check left in words -----------------------------------------


def test_the_ticket_left_in_words_then_the_rest_read(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("生成工单")
    assert vendor.step() == "ticket_markets"
    vendor.say("算了先不写工单，API市场我们能进吗")
    assert vendor.state()["markets"] == ["api"]
    assert vendor.current_question() is not None


@pytest.mark.parametrize("typed", ["不查了，结束", "算了不检查了", "stop, that's enough"])
def test_the_check_stopped_in_words(vendor: Vendor, typed: str) -> None:
    vendor.say("服务市场")
    asked = vendor.current_question()
    vendor.say(typed)
    assert vendor.step() == "idle"
    assert asked not in vendor.profile()


# ----- D23: a question as the first message is no "back to where we were" ---------------------


def test_a_first_question_says_no_back_to(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("你好，我们公司想入驻云市场，流程是怎样的")
    assert "我们回到刚才的问题" not in reply.text
    assert "想检查入驻条件的话" in reply.text


# ----- D12 / D13: commission follow-ups — the same figures, a sum without 佣金 ----------------


def test_the_same_figures_asked_of_another_month(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("2021年3月，建站市场一百万，分销四十万，佣金多少")
    assert "2021年4月不在指南的佣金政策期间内" in vendor.say("2021年4月同样的数呢").text


def test_this_month_with_the_same_numbers(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("english")
    vendor.say(
        "commission question: website building, Oct 2020, 350k total, 50k of that via "
        "distribution. how much do we pay?"
    )
    reply = vendor.say("and what about this month, same numbers?")
    assert "2024-05 is outside the guide's commission policy" in reply.text


def test_a_sum_without_the_word_commission_after_one(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("2021年3月，建站市场一百万，分销四十万，佣金多少")
    reply = vendor.say("企业应用 2020年12月 二十万整")
    assert "佣金 1万元（10,000元）（第2档 5%）" in reply.text
    assert vendor.step() == "choose_markets"


# ----- D14 / D19: a market added mid-form; the reply language asked in a sentence -------------


def test_a_market_added_mid_form_in_words(vendor: Vendor) -> None:
    vendor.say("解决方案市场")
    vendor.say("对了，物联网市场也帮我一起看下")
    assert vendor.state()["markets"] == ["solution", "iot"]


@pytest.mark.parametrize(
    ("first", "typed", "lang"),
    [
        ("hello", "can you reply in Chinese from now on? my colleague will read this", "zh"),
        ("你好", "以后用英文回复吧", "en"),
    ],
)
def test_the_reply_language_asked_in_a_sentence(
    vendor: Vendor, first: str, typed: str, lang: str
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(first)
    vendor.say(typed)
    assert vendor.state()["lang"] == lang


def test_a_label_without_its_colon_after_a_comma_opens_the_next_field(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("english")
    vendor.say("draft ticket for API")
    vendor.say(
        "account: gz-shopx, company: 广州商智科技有限公司, address: 广东省广州市天河区天河路385号"
        "太古汇一座20楼, contact: Kevin Lin, phone 020-38881234"
    )
    fields = vendor.state()["ticket_fields"]
    assert (fields["contact"], fields["phone"]) == ("Kevin Lin", "020-38881234")


def test_that_certification_is_the_question_on_screen(vendor: Vendor) -> None:
    _at_question(vendor, "new retail market", "ecosystem_certified")  # an English talk
    reply = vendor.say("what is that certification and how do we get it?")
    assert "ecosystem partner joining process" in reply.text
    assert "Commission" not in reply.text
    assert vendor.current_question() == "ecosystem_certified"


# ----- D15 / D16: a value's news after the verdict; a confirmed ticket changed in English ------


def test_news_of_a_value_after_the_verdict(vendor: Vendor) -> None:
    vendor.say("服务市场")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    vendor.say("注册资金今年增资到一百五十万了")
    assert vendor.profile()["registered_capital"] == 1500000
    assert vendor.verdicts() == {"service": "eligible"}


def test_change_a_confirmed_tickets_field_in_english(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("生成工单 API")
    vendor.say(_FIELDS)
    vendor.say("确认")
    vendor.say("change company name to 上海人云信息技术有限公司")
    assert vendor.step() == "ticket_review"
    assert vendor.state()["ticket_fields"]["company"] == "上海人云信息技术有限公司"
