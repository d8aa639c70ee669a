"""How a typed answer is read, word by word: yes said with a negation inside, counts in parts,
service hours in any order, dates in Chinese numerals. Each case was misread before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.conversation.helpers import read_markets
from bot.conversation.interpret import (
    FieldRefused,
    UnclearAnswer,
    Unknown,
    interpret,
    is_unknown,
    read_bool,
    read_count,
    read_date,
    read_industry,
    read_money,
    read_support,
    read_years,
)
from tests.bot.conversation.conftest import PASSING, Vendor

AS_OF = date(2021, 1, 20)


@pytest.mark.parametrize(
    "typed",
    ["没问题", "没错", "没有问题", "没啥问题", "嗯，没问题", "没有问题，可以提供", "no problem"],
)
def test_yes_worded_with_a_negation_is_yes(typed: str) -> None:
    assert read_bool(typed).value is True


@pytest.mark.parametrize(
    "typed", ["是滴", "是的呢", "嗯嗯", "I accept", "yup", "支持", "资质齐全", "信用记录良好"]
)
def test_short_yes_words(typed: str) -> None:
    assert read_bool(typed).value is True


@pytest.mark.parametrize("typed", ["不支持", "not at the moment", "negative", "nah"])
def test_short_no_words(typed: str) -> None:
    assert read_bool(typed).value is False


@pytest.mark.parametrize("typed", ["不是很清楚", "不了解", "记不清了", "dunno", "idk"])
def test_more_ways_to_say_unknown(typed: str) -> None:
    assert is_unknown(typed)


@pytest.mark.parametrize(
    ("typed", "count", "approximate"),
    [
        ("一个都没有", 0, False),
        ("就我自己", 1, False),
        ("只有我一个人", 1, False),
        ("技术20人，客服10人", 30, True),  # added up, and the total is confirmed
        ("三十出头", 30, True),
        ("two dozen", 24, False),
    ],
)
def test_counts_in_words_and_in_parts(typed: str, count: int, approximate: bool) -> None:
    answer = read_count(typed)
    assert (answer.value, answer.approximate) == (count, approximate)


def test_a_total_with_its_breakdown_is_the_total() -> None:
    assert read_count("30人，其中技术20人").value == 30


@pytest.mark.parametrize(
    ("typed", "years", "approximate"),
    [
        ("three", Decimal(3), False),
        ("five yrs", Decimal(5), False),
        ("没做过", Decimal(0), False),
        ("刚起步", Decimal(0), False),
        ("nope, none", Decimal(0), False),
        ("快三年了", Decimal(3), True),  # "almost three": asked, never stored as 3 silently
        # "不到一年" (fewer than one): the exact number is asked since round 13
        # (test_conversation_input13.py::test_fewer_than_a_number_asks_the_number).
    ],
)
def test_years_in_words(typed: str, years: Decimal, approximate: bool) -> None:
    answer = read_years(typed)
    assert (answer.value, answer.approximate) == (years, approximate)


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("7乘24", "7x24"),
        ("七乘二十四", "7x24"),
        ("24x7", "7x24"),
        ("8x5", "5x8"),
        ("五乘八", "5x8"),
        ("round the clock", "7x24"),
        ("24 hours a day", "7x24"),
        ("周一到周五", "5x8"),
        ("周一至周五 9:00-18:00", "5x8"),
        ("Mon-Fri office hours", "5x8"),
        ("暂时没有", "none"),
    ],
)
def test_service_hours_in_any_wording(typed: str, level: str) -> None:
    assert read_support(typed).value == level


def test_more_than_an_amount_is_confirmed() -> None:
    answer = read_money("500多万")
    assert (answer.value, answer.approximate) == (Decimal(5_000_000), True)


@pytest.mark.parametrize("typed", ["二〇一八年十二月五日", "18年12月5号", "二零一八年十二月五号"])
def test_dates_in_chinese_numerals_or_a_short_year(typed: str) -> None:
    assert read_date(typed, AS_OF).value == date(2018, 12, 5)


def test_banking_is_finance() -> None:
    assert read_industry("banking").value == "finance"


class _OneBoolForm:
    def slots(self) -> list[str]:
        return ["legal_entity"]

    def resolve(self, text: str) -> None:
        return None

    def candidates(self, text: str) -> list[str]:
        return []

    def read(self, slot: str, text: str):
        return read_bool(text)

    def labelled(self, text: str) -> dict[str, str]:
        return {}


def test_yes_ending_in_a_particle_is_an_answer_not_a_question() -> None:
    reading = interpret(_OneBoolForm(), "legal_entity", "是的呢")
    assert getattr(reading, "value", None) is True
    assert not isinstance(reading, Unknown)


def _first_api_questions(vendor: Vendor, answers: list[str]) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("我要入驻API市场")
    for answer in answers:
        vendor.say(answer)


def test_a_change_command_with_its_value_changes_it_at_once(vendor: Vendor) -> None:
    _first_api_questions(vendor, ["是", "30", "是", "7x24", "3"])
    asked = vendor.current_question()
    vendor.say("更正一下：经验4年")
    assert vendor.profile()["experience_years"]["api"] == 4
    assert vendor.current_question() == asked  # no detour: the value was given


def test_a_correction_after_oh_with_the_old_value_named(vendor: Vendor) -> None:
    _first_api_questions(vendor, ["yes", "30", "yes", "7x24", "3"])
    vendor.say("oh wait, team size is 35 not 30")
    assert vendor.profile()["team_size"] == 35


def test_the_previous_question_named_without_its_name(vendor: Vendor) -> None:
    _first_api_questions(vendor, ["是", "30", "是", "7x24"])
    vendor.say("不好意思，上一题应该是5x8")
    assert vendor.profile()["aftersales_support"] == "5x8"
    assert vendor.current_question() == "experience_years:api"


def _at_company_field(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")  # asks both the capital and the team size
    vendor.answer_all()
    vendor.say("起草工单")
    vendor.say("vendor_abc")


@pytest.mark.parametrize(
    ("typed", "key", "value"),
    [
        ("不对，注册资金应该是300万", "registered_capital", 3_000_000),
        ("我们团队其实只有15人", "team_size", 15),
    ],
)
def test_an_eligibility_correction_at_a_ticket_field_corrects_that_answer(
    vendor: Vendor, typed: str, key: str, value: int
) -> None:
    _at_company_field(vendor)
    reply = vendor.say(typed)
    assert vendor.profile()[key] == value
    assert typed not in vendor.state().get("ticket_fields", {}).values()
    assert "已更正" in reply.text


@pytest.mark.parametrize("typed", ["我们有25个人", "我们有25个engineer"])
def test_a_head_count_at_a_yes_no_question_is_the_count_not_a_yes(
    vendor: Vendor, typed: str
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    asked = vendor.current_question()
    vendor.say(typed)
    profile = vendor.profile()
    assert profile["team_size"] == 25
    assert asked not in profile  # the yes/no question is asked again, not answered 是
    assert vendor.current_question() == asked


def test_yes_and_a_count_in_one_line_answer_both(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    asked = vendor.current_question()
    vendor.say("是，我们有30人")
    profile = vendor.profile()
    assert (profile[asked], profile["team_size"]) == (True, 30)


def test_a_bare_amount_at_the_date_question_is_the_capital_and_is_noted(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("是")
    assert vendor.current_question() == "license_date"
    reply = vendor.say("500万")
    assert vendor.profile()["registered_capital"] == 5_000_000
    assert "已记录" in reply.text and "已更正" not in reply.text


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("是企业法人", True),
        ("是中国站会员，已经企业认证", True),
        ("不是法人，我们是个体工商户", False),
        ("营业执照、税务登记证、组织机构代码证扫描件都能提供", True),
        ("之前在淘宝有过一次违规处罚", False),
        ("从来没有被处罚过", True),
    ],
)
def test_yes_or_no_told_in_a_sentence(typed: str, value: bool) -> None:
    assert read_bool(typed).value is value


@pytest.mark.parametrize(
    "typed", ["不知道，要问一下技术", "not sure, I need to check with finance"]
)
def test_unknown_with_a_reason_after_it(typed: str) -> None:
    assert is_unknown(typed)


@pytest.mark.parametrize("typed", ["20到30人吧", "20-30", "2-3年"])
def test_a_range_is_asked_about_never_stored(typed: str) -> None:
    reader = read_years if "年" in typed else read_count
    with pytest.raises(UnclearAnswer):
        reader(typed)


def test_ish_is_approximate_and_a_leading_none_is_zero() -> None:
    assert read_count("30-ish").approximate
    assert read_count("none, no ACP yet").value == 0
    assert read_years("0, we don't really build websites").value == 0
    assert read_years("18 months").value == Decimal("1.5")


def test_a_question_naming_a_value_is_answered_not_stored(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    for answer in ["是", "2017-03-01", "500万", "26", "可以提供"]:
        vendor.say(answer)
    assert vendor.current_question() == "aftersales_support"
    vendor.say("安全市场对售后有什么要求？必须7x24吗？")
    assert "aftersales_support" not in vendor.profile()
    assert vendor.current_question() == "aftersales_support"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("钉钉开通了，有专门的运营对接人", True),
        ("有专人对接，但是没开钉钉", False),
        ("我们用的是AWS IoT，不是阿里云", False),
    ],
)
def test_done_after_the_thing_but_not_and_clauses_that_agree(typed: str, value: bool) -> None:
    assert read_bool(typed).value is value


def test_still_in_progress_is_a_no_for_now() -> None:
    # Round 15: still being arranged is not in place today: a no, said back as "not yet".
    reading = read_bool("有，但是还在办")
    assert reading.value is False and reading.not_yet


def test_no_after_sales_said_next_to_online_service() -> None:
    assert read_support("只有在线客服，没有售后技术服务").value == "none"


def test_and_a_half_in_words() -> None:
    assert read_years("two and a half years").value == Decimal("2.5")


def test_a_year_alone_asks_its_month(vendor: Vendor) -> None:
    """A year alone is no date (round 11 decision, docs/ANSWERS.md): the month is asked, even
    when no day of that year changes the check; never 1 January stored silently."""
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("是")
    reply = vendor.say("2016年")
    assert "license_date" not in vendor.profile()
    assert "2016年几月" in reply.text and vendor.current_question() == "license_date"
    vendor.say("2016年5月")
    assert vendor.profile()["license_date"] == "2016-05-01"


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("Solutions market — we're a logistics software company", ["solution"]),
        ("API market and Retail Link", ["api", "retail_link"]),
        ("服务市场、建站市场和企业应用", ["service", "website", "enterprise"]),
    ],
)
def test_product_words_describing_the_vendor_add_no_market(typed: str, markets: list[str]) -> None:
    assert read_markets(typed).markets == markets


def test_the_registered_amount_of_two_is_taken_and_two_bare_amounts_are_asked() -> None:
    assert read_money("实缴50万，注册100万").value == Decimal(1_000_000)
    with pytest.raises(UnclearAnswer):
        read_money("50万或者100万")


@pytest.mark.parametrize("typed", ["100万美元", "$1 million", "1 million USD"])
def test_another_currency_is_refused_not_taken_as_yuan(typed: str) -> None:
    with pytest.raises(FieldRefused):
        read_money(typed)


@pytest.mark.parametrize(
    ("typed", "years"),
    [("a year", Decimal(1)), ("a year and a half", Decimal("1.5")), ("over a year", Decimal(1))],
)
def test_a_year_in_words(typed: str, years: Decimal) -> None:
    assert read_years(typed).value == years


def test_the_total_before_including_is_the_count() -> None:
    assert read_count("25 (including 5 support)").value == 25


@pytest.mark.parametrize("typed", ["必须的", "那当然", "we're fully licensed"])
def test_more_yes_words(typed: str) -> None:
    assert read_bool(typed).value is True


def test_a_month_with_about_and_banks() -> None:
    assert read_date("2019年3月左右", AS_OF).value == date(2019, 3, 1)
    assert read_industry("we serve banks").value == "finance"


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("none except security", ["security"]),
        ("都不要，除了安全市场", ["security"]),
        ("我们想进API市场，不过零售通就算了", ["api"]),
        ("我们想先进API市场，以后再考虑安全市场", ["api"]),
    ],
)
def test_none_except_and_never_mind_in_the_market_choice(typed: str, markets: list[str]) -> None:
    assert read_markets(typed).markets == markets


def _at_security_question(vendor: Vendor, qid: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    for _ in range(20):
        current = vendor.current_question()
        if current == qid:
            return
        assert current is not None, f"{qid} was never asked"
        vendor.say(PASSING[current.partition(":")[0]])
    raise AssertionError(f"{qid} was never asked")


@pytest.mark.parametrize(
    ("typed", "key", "value"),
    [
        ("actually make that 600万", "registered_capital", 6_000_000),
        ("Correction: we were founded on 2017-05-01", "license_date", "2017-05-01"),
    ],
)
def test_a_correction_without_a_field_name_goes_to_the_field_its_value_fits(
    vendor: Vendor, typed: str, key: str, value: object
) -> None:
    _at_security_question(vendor, "mature_product")
    vendor.say(typed)
    assert vendor.profile()[key] == value
    assert "mature_product" not in vendor.profile()


def test_answered_wrongly_names_the_earlier_question_not_this_one(vendor: Vendor) -> None:
    _at_security_question(vendor, "agreements_accepted")
    vendor.say("刚才ECS那个答错了，不能")
    profile = vendor.profile()
    assert profile["ecs_image"] is False
    assert "agreements_accepted" not in profile


@pytest.mark.parametrize("typed", ["thirty-something", "40 odd people", "fifty-something staff"])
def test_a_decade_said_loosely_is_confirmed_not_stored(typed: str) -> None:
    """A loose decade ("twenty-something") names, not the team: it is confirmed, never stored as 20."""
    assert read_count(typed).approximate


@pytest.mark.parametrize(
    ("typed", "left_out"),
    [
        ("everything except Website, Data Intelligence and API", {"website", "data", "api"}),
        ("all except iot, retail link", {"iot", "retail_link"}),
    ],
)
def test_every_market_of_an_except_list_is_left_out(typed: str, left_out: set[str]) -> None:
    """The names after "except" go on past the commas ("except A, B and C")."""
    markets = set(read_markets(typed).markets)
    assert not markets & left_out
    assert len(markets) == 12 - len(left_out)


def test_a_clause_after_an_except_list_is_not_read_as_more_exclusions() -> None:
    assert "api" in read_markets("all except security, API is a must").markets
