"""Issue 12, conversation input, the leftovers of the dev9 round: two answers on one line, a
range said in words, experience told as a start year, a thank-you or an "ok" where an answer
is awaited, 取消 then 开始, every market counted, and yes/no questions answered by describing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.interpret import Answer, Question, Refused, Unclear, Unknown, interpret
from rules.markets import MARKET_IDS, market_label
from tests.bot.conversation.conftest import TODAY, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

# ----- two answers on one line, neither labelled as the other's question ----------------------


def test_a_date_and_the_capital_on_one_line_store_both(vendor: Vendor) -> None:
    _at_question(vendor, market_label("enterprise", "zh"), "license_date")
    reply = vendor.say("2015年7月成立的，注册资本五十万")
    profile = vendor.profile()
    assert profile["license_date"] == "2015-07-01"
    assert profile["registered_capital"] == 500000
    assert "2015-07-01" in reply.text and "50万" in reply.text
    assert vendor.current_question() == "team_size"


def test_an_answer_to_confirm_beside_another_keeps_the_confirmation(vendor: Vendor) -> None:
    """ "20多人，注册资本300万" at the head-count question: the capital is stored, 20 is asked."""
    _at_question(vendor, market_label("enterprise", "zh"), "registered_capital")
    vendor.say("注册资本300万，团队20多人")
    assert vendor.profile()["registered_capital"] == 3000000
    assert "team_size" not in vendor.profile()


# ----- a range said in words: the lower end, confirmed, the choice said ------------------------


@pytest.mark.parametrize(
    ("market", "qid", "typed", "low", "high"),
    [
        ("enterprise", "team_size", "二十五六个", 25, "26"),
        ("enterprise", "registered_capital", "五六百万", 5000000, "600万"),
        ("security", "experience_years:security", "三四年", 3, "4"),
    ],
)
def test_a_range_in_words_is_confirmed_at_its_lower_end(
    vendor: Vendor, market: str, qid: str, typed: str, low: int, high: str
) -> None:
    _at_question(vendor, market_label(market, "zh"), qid)
    reply = vendor.say(typed)
    assert "范围" in reply.text and "较小" in reply.text and high in reply.text
    key, _, sub = qid.partition(":")
    assert (
        (vendor.profile().get(key) or {}).get(sub) is None if sub else key not in vendor.profile()
    )
    vendor.say("是")
    stored = vendor.profile()[key]
    assert (stored[sub] if sub else stored) == low


def test_neighbouring_chinese_digits_are_never_read_as_one_number() -> None:
    """ "两三年" was stored as 23 years, "三四年" as 34: a range, never digit by digit."""
    form = EligibilityForm(["software"], {}, TODAY)
    reading = interpret(form, "experience_years:software", "两三年")
    assert isinstance(reading, Answer) and reading.value == 2 and reading.approximate


# ----- experience told as the year it started -------------------------------------------------


@pytest.mark.parametrize("typed", ["since 2018", "从2018年开始", "2018年开始做的"])
def test_experience_since_a_year_counts_the_years_to_today(vendor: Vendor, typed: str) -> None:
    _at_question(vendor, market_label("security", "zh"), "experience_years:security")
    reply = vendor.say(typed)
    assert "6" in reply.text  # 2018 → 2024-05-01, asked to confirm
    assert "experience_years" not in vendor.profile()
    vendor.say("是")
    assert vendor.profile()["experience_years"] == {"security": 6}


def test_experience_since_a_future_year_is_refused() -> None:
    form = EligibilityForm(["software"], {}, date(2021, 1, 20))
    assert isinstance(interpret(form, "experience_years:software", "从2025年开始"), Refused)


# ----- thanks / ok where an answer is awaited ---------------------------------------------------


@pytest.mark.parametrize("typed", ["谢谢", "好的", "ok", "thanks"])
def test_thanks_or_ok_at_a_question_stores_nothing_and_asks_again(
    vendor: Vendor, typed: str
) -> None:
    _at_question(vendor, market_label("security", "zh"), "legal_entity")
    reply = vendor.say(typed)
    assert vendor.profile() == {} and vendor.current_question() == "legal_entity"
    assert "正规的公司资质" in reply.text


def test_ok_to_the_agreement_question_is_its_acceptance(vendor: Vendor) -> None:
    """ "是否接受…协议？" — "ok" accepts; it is no acknowledgement there."""
    _at_question(vendor, market_label("api", "zh"), "agreements_accepted")
    vendor.say("ok")
    assert vendor.profile()["agreements_accepted"] is True


def test_thanks_at_the_market_menu_is_a_polite_reply_and_the_menu(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("谢谢")
    assert vendor.step() == "choose_markets" and "没能识别" not in reply.text
    assert "不客气" in reply.text and "请选择要入驻的市场" in reply.text


def test_ok_at_a_ticket_field_is_not_the_value(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("起草工单")
    vendor.say("好的")
    assert vendor.state()["ticket_fields"] == {}


# ----- every market, counted ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["all twelve markets", "全部十二个", "12个市场都要"])
def test_every_market_counted_is_every_market(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert vendor.state()["markets"] == list(MARKET_IDS)


def test_the_number_twelve_alone_is_still_the_twelfth_market(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("12")
    assert vendor.state()["markets"] == [MARKET_IDS[11]]


# ----- yes/no questions answered with a description ------------------------------------------


@pytest.mark.parametrize(
    ("qid", "typed"),
    [
        ("built_on_aliyun", "we use ACK for everything"),
        ("built_on_aliyun", "用的ECS和RDS"),
        ("alibaba_1688_member", "我们是1688会员"),
        ("dingtalk_ops", "有专人对接，钉钉也开通了"),
    ],
)
def test_a_clear_description_of_the_condition_is_a_yes(qid: str, typed: str) -> None:
    form = EligibilityForm(["iot", "retail_link"], {}, TODAY)
    reading = interpret(form, qid, typed)
    assert isinstance(reading, Answer) and reading.value is True


@pytest.mark.parametrize(
    ("qid", "typed"),
    [("dingtalk_ops", "我们用钉钉办公"), ("ecs_image", "全部用阿里云"), ("mature_product", "还行")],
)
def test_a_description_of_half_the_condition_gets_a_yes_no_question(qid: str, typed: str) -> None:
    form = EligibilityForm(["software", "retail_link"], {}, TODAY)
    assert isinstance(interpret(form, qid, typed), Refused)


# ----- dev10 classes (the dev set's first run, docs/ANSWERS.md) --------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("我们还不是法人，是个体工商户", False),
        ("个人开发者", False),
        ("我们不是个体户，是有限公司", True),
        ("not a sole proprietor, we are a registered company", True),
    ],
)
def test_what_is_no_company_is_a_no_to_the_legal_entity_question(typed: str, value: bool) -> None:
    form = EligibilityForm(["api"], {}, TODAY)
    reading = interpret(form, "legal_entity", typed)
    assert isinstance(reading, Answer) and reading.value is value


def test_a_bare_no_beside_another_clause_is_this_questions_answer_only() -> None:
    """ "no, not yet" at the certification question: "no" is inside a label ("known customer
    cases") but names no question; it answers this one only (every market chosen)."""
    form = EligibilityForm(list(MARKET_IDS), {}, TODAY)
    reading = interpret(form, "ecosystem_certified", "no, not yet")
    assert isinstance(reading, Answer) and reading.value is False


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("license_date", "our licence is dated 20 January 2020", date(2020, 1, 20)),
        ("acp_engineers", "没有ACP", 0),
        ("acp_engineers", "no ACP engineers", 0),
        ("experience_years:software", "we don't build that kind of software", 0),
        ("mature_product", "it's mature, running in production for 4 years", True),
        ("joint_solution", "做过，SaaS化上云改造已经完成", True),
    ],
)
def test_dev10_answers_read_as_written(qid: str, typed: str, value: object) -> None:
    form = EligibilityForm(["software", "solution", "devops"], {}, date(2021, 1, 20))
    reading = interpret(form, qid, typed)
    assert isinstance(reading, Answer) and not reading.approximate
    assert reading.value == value


def test_a_count_that_is_no_number_of_its_own_is_refused() -> None:
    form = EligibilityForm(["solution"], {}, TODAY)
    assert isinstance(interpret(form, "acp_engineers", "没有具体统计"), Refused)


def test_money_as_a_range_in_english_is_the_lower_end_confirmed() -> None:
    form = EligibilityForm(["software"], {}, TODAY)
    reading = interpret(form, "registered_capital", "five or six million")
    assert isinstance(reading, Answer) and reading.approximate
    assert reading.value == 5_000_000 and reading.high == 6_000_000


def test_start_over_with_other_markets_at_a_question(vendor: Vendor) -> None:
    _at_question(vendor, market_label("service", "zh"), "team_size")
    vendor.say("算了，不弄服务市场了，取消。重新来，我要API市场")
    assert vendor.state()["markets"] == ["api"]
    assert "team_size" not in vendor.profile()


def test_all_twelve_markets_in_a_sentence(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("All twelve markets please, we do a bit of everything.")
    assert vendor.state()["markets"] == list(MARKET_IDS)


@pytest.mark.parametrize(
    ("typed", "market"),
    [
        ("我们是做安全软件的，主要是WAF和主机安全，想上架", "security"),
        ("我们做BI和数据可视化产品，想进数据相关的那个市场", "data"),
    ],
)
def test_a_market_described_is_asked_back_then_chosen(
    vendor: Vendor, typed: str, market: str
) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert vendor.step() == "choose_markets" and market_label(market, "zh") in reply.text
    vendor.say("是")
    assert vendor.state()["markets"] == [market]


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("We'd like to apply for all twelve markets.", 12),
        ("我们想入驻全部12个市场", 12),
        ("all twelve markets except retail link", 11),
    ],
)
def test_all_twelve_inside_a_sentence(vendor: Vendor, typed: str, count: int) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert len(vendor.state()["markets"]) == count


# ----- found probing sloppy answers of our own -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "total"),
    [
        ("we have 12 engineers and 8 support staff", 20),
        ("12 engineers + 8 customer support reps", 20),
    ],
)
def test_an_english_head_count_in_parts_is_added_up_and_confirmed(typed: str, total: int) -> None:
    """ "we have 12 engineers and 8 support staff" was stored as 12."""
    form = EligibilityForm(["api"], {}, TODAY)
    reading = interpret(form, "team_size", typed)
    assert isinstance(reading, Answer) and reading.value == total and reading.approximate


def test_a_year_is_never_a_head_count() -> None:
    """ "2015年成立，30人" at the head count stored 2015 people (with every market chosen)."""
    form = EligibilityForm(list(MARKET_IDS), {}, date(2021, 1, 20))
    reading = interpret(form, "team_size", "2015年成立，30人")
    assert getattr(reading, "values", {"team_size": getattr(reading, "value", None)}) == {
        "team_size": 30
    }
    # A year alone is no licence date either (its month is asked): nothing is stored from it.
    alone = interpret(form, "team_size", "2015年成立")
    assert not isinstance(alone, Answer) and getattr(alone, "reading", None) is None


def test_a_total_and_its_breakdown_is_one_answer_with_every_market() -> None:
    """ "30人，其中技术20人" was split into employees 30 and team size 20."""
    form = EligibilityForm(list(MARKET_IDS), {}, TODAY)
    reading = interpret(form, "team_size", "30人，其中技术20人")
    assert isinstance(reading, Answer) and reading.value == 30


@pytest.mark.parametrize("typed", ["none yet", "not yet", "暂时没有"])
def test_none_yet_at_a_count_is_zero(typed: str) -> None:
    form = EligibilityForm(["solution"], {}, TODAY)
    reading = interpret(form, "acp_engineers", typed)
    assert isinstance(reading, Answer) and reading.value == 0


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("ecs_image", "目前是SaaS，不支持镜像", False),  # was stored as 是
        ("ecs_image", "我们是SaaS部署，不需要ECS", False),  # was stored as 是
        ("good_credit", "法人有失信记录", False),
        ("documents_ready", "都齐全", True),
        ("dingtalk_ops", "钉钉没开", False),
        ("good_credit", "公司没问题", True),  # was stored as 否 (the 没)
    ],
)
def test_yes_no_said_beside_what_the_vendor_is(qid: str, typed: str, value: bool) -> None:
    form = EligibilityForm(list(MARKET_IDS), {}, TODAY)
    reading = interpret(form, qid, typed)
    assert isinstance(reading, Answer) and reading.value is value


@pytest.mark.parametrize(
    ("qid", "typed"),
    [
        ("social_insurance_proof", "我们的员工社保是外包公司交的"),  # was stored as 是
        ("dingtalk_ops", "有专人，钉钉没开"),
    ],
)
def test_a_topic_named_but_not_as_the_vendors_own_is_asked(qid: str, typed: str) -> None:
    form = EligibilityForm(list(MARKET_IDS), {}, TODAY)
    assert isinstance(interpret(form, qid, typed), Refused)


def test_no_and_a_description_at_a_yes_no_question_is_its_no() -> None:
    """ "No, SaaS only" at the ECS-image question was read as a correction storing yes for the
    SaaS question."""
    form = EligibilityForm(list(MARKET_IDS), {}, TODAY)
    reading = interpret(form, "ecs_image", "No, SaaS only")
    assert isinstance(reading, Answer) and reading.value is False


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("experience_years:api", "3+ years", 3),
        ("experience_years:api", "3+", 3),
        ("license_date", "15/03/2017", date(2017, 3, 15)),
    ],
)
def test_more_english_forms(qid: str, typed: str, value: object) -> None:
    form = EligibilityForm(["api", "software"], {}, TODAY)
    reading = interpret(form, qid, typed)
    assert isinstance(reading, Answer) and reading.value == value


def test_a_day_first_date_that_could_be_either_is_asked() -> None:
    # (Refused before round 46; black-box s58 D17: "08/12/2024" is a date — which one is asked.)
    form = EligibilityForm(["software"], {}, TODAY)
    reading = interpret(form, "license_date", "03/04/2017")
    assert isinstance(reading, Unclear)
    assert "2017-04-03" in reading.zh and "2017-03-04" in reading.zh


@pytest.mark.parametrize("typed", ["不是，是23人", "不对，23", "no, 23"])
def test_a_no_with_the_right_value_at_a_confirmation_stores_that_value(
    vendor: Vendor, typed: str
) -> None:
    """ "不是，是23人" after "20多人 → 20?" was answered "请重新填写" and the 23 lost."""
    _at_question(vendor, market_label("api", "zh"), "team_size")
    vendor.say("20多人")
    vendor.say(typed)
    assert vendor.profile()["team_size"] == 23


ALL_BUT_RETAIL_LINK = [market for market in MARKET_IDS if market != "retail_link"]


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("都要，零售通除外", ALL_BUT_RETAIL_LINK),  # was 零售通 only
        ("零售通不算，其他都要", ALL_BUT_RETAIL_LINK),  # was 零售通 only
        ("安全市场和API市场，零售通不算", ["security", "api"]),
        ("都要，但零售通不要", ALL_BUT_RETAIL_LINK),  # was asked back
    ],
)
def test_a_market_left_out_after_its_name(vendor: Vendor, typed: str, markets: list[str]) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert vendor.state()["markets"] == markets


def test_fillers_beside_an_ok_are_an_acknowledgement(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "zh"), "legal_entity")
    vendor.say("嗯嗯 ok")
    assert vendor.profile() == {} and vendor.current_question() == "legal_entity"


@pytest.mark.parametrize(
    ("typed", "value", "approximate"),
    [
        ("成立五年了", date(2016, 1, 20), True),
        ("founded 3 years ago", date(2018, 1, 20), True),
    ],
)
def test_a_founding_year_or_age_in_a_sentence(typed: str, value: date, approximate: bool) -> None:
    form = EligibilityForm(["software"], {}, date(2021, 1, 20))
    reading = interpret(form, "license_date", typed)
    assert isinstance(reading, Answer) and reading.value == value
    assert reading.approximate is approximate


@pytest.mark.parametrize("typed", ["我们2018年注册的", "执照是18年拿的"])
def test_a_founding_year_in_a_sentence_asks_its_month(typed: str) -> None:
    form = EligibilityForm(["software"], {}, date(2021, 1, 20))
    reading = interpret(form, "license_date", typed)
    assert isinstance(reading, Unclear) and "2018年几月" in reading.zh


def test_an_age_is_confirmed_never_recorded_by_month(vendor: Vendor) -> None:
    _at_question(vendor, market_label("enterprise", "zh"), "license_date")
    reply = vendor.say("成立五年了")
    assert "license_date" not in vendor.profile() and "对吗" in reply.text
    vendor.say("是")
    assert vendor.profile()["license_date"] == "2019-05-01"


@pytest.mark.parametrize(
    "typed", ["我不确定", "需要确认一下", "这个得问老板", "稍后告诉你", "I'll check later"]
)
def test_not_known_now_said_in_a_sentence_is_unknown(typed: str) -> None:
    form = EligibilityForm(["software"], {}, TODAY)
    assert isinstance(interpret(form, "registered_capital", typed), Unknown)


def test_a_question_starting_with_dont_know_is_a_question() -> None:
    form = EligibilityForm(["software"], {}, TODAY)
    assert isinstance(interpret(form, "registered_capital", "不知道保证金要交多少？"), Question)


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [("team_size", "25个，够吗？", 25), ("aftersales_support", "7x24，够不够？", "7x24")],
)
def test_a_value_then_is_it_enough_is_the_answer(qid: str, typed: str, value: object) -> None:
    """ "25个，够吗？" was answered as a question and the 25 dropped; the verdict says whether
    it is enough."""
    form = EligibilityForm(["api"], {}, TODAY)
    reading = interpret(form, qid, typed)
    assert isinstance(reading, Answer) and reading.value == value


def test_a_value_asked_about_without_a_comma_stays_a_question() -> None:
    form = EligibilityForm(["api"], {}, TODAY)
    assert isinstance(interpret(form, "aftersales_support", "5x8可以吗？"), Question)


def test_two_service_levels_in_one_answer_are_asked() -> None:
    """ "7x24 for critical incidents, otherwise 5x8" was stored as 7x24."""
    form = EligibilityForm(["api"], {}, TODAY)
    reading = interpret(form, "aftersales_support", "7x24 for critical incidents, otherwise 5x8")
    assert isinstance(reading, Unclear) and "5x8" in reading.zh and "7x24" in reading.zh


def test_a_correction_naming_a_market_is_no_start_over(vendor: Vendor) -> None:
    _at_question(vendor, "安全市场和API市场", "team_size")
    vendor.say("不对，应该改成安全市场的经验是3年")
    assert vendor.state()["markets"] == ["security", "api"]
    assert vendor.profile()["experience_years"] == {"security": 3}
