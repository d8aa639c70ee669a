"""Issue 12, conversation input, round 11: a year without its month is asked about, a month
said relative to today, an answer taken back within the message, a bare number typed at a
confirmation, and market choices said in everyday words. Wordings are our own, not the sets'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.helpers import read_markets
from bot.conversation.interpret import Answer, Refused, Unclear, interpret
from rules.markets import MARKET_IDS, market_label
from tests.bot.conversation.conftest import TODAY, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

AS_OF = date(2021, 1, 20)


def _read(slot: str, typed: str, markets: list[str] | None = None) -> object:
    return interpret(EligibilityForm(markets or list(MARKET_IDS), {}, AS_OF), slot, typed)


# ----- a year alone, or part of a year: its month is asked, never guessed ----------------------


@pytest.mark.parametrize(
    ("typed", "year"),
    [
        ("2017年", "2017"),
        ("大概2016年吧", "2016"),
        ("15年注册的", "2015"),
        ("2019年初", "2019"),
        ("since 2014", "2014"),
        ("around 2012", "2012"),
        ("early 2018", "2018"),
        ("end of 2016", "2016"),
        ("mid-2015", "2015"),
        ("2016上半年", "2016"),
        ("2014年第三季度", "2014"),
        ("autumn 2013", "2013"),
        ("去年", "2020"),
        ("last year", "2020"),
    ],
)
def test_a_year_without_its_month_asks_the_month(typed: str, year: str) -> None:
    reading = _read("license_date", typed)
    assert isinstance(reading, Unclear), reading
    assert f"{year}年几月" in reading.zh and f"which month of {year}" in reading.en


@pytest.mark.parametrize(
    ("typed", "month"), [("17年底成立", "2017-12"), ("前年年底成立的", "2019-12")]
)
def test_the_years_end_is_its_december_to_confirm(typed: str, month: str) -> None:
    # Black-box s58 D4 ("2018年底" asked its month again): 年底 is December, confirmed first.
    reading = _read("license_date", typed)
    assert isinstance(reading, Answer) and reading.approximate, reading
    assert reading.value.isoformat().startswith(month)


def test_the_month_asked_then_given_is_stored(vendor: Vendor) -> None:
    _at_question(vendor, market_label("service", "zh"), "license_date")
    vendor.say("17年")
    assert "license_date" not in vendor.profile()
    assert vendor.current_question() == "license_date"
    vendor.say("17年9月")
    assert vendor.profile()["license_date"] == "2017-09-01"


def test_not_knowing_the_month_leaves_the_date_unknown(vendor: Vendor) -> None:
    # (When the month decides the check — a year two before today against 满2年. When it
    # does not, "2017年" then "不清楚" records 2017, said so: black-box s64 D6, test_round51.)
    _at_question(vendor, market_label("service", "zh"), "license_date")
    vendor.say(f"{TODAY.year - 2}年")
    vendor.say("不清楚")
    assert "license_date" not in vendor.profile()
    assert vendor.current_question() != "license_date"


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("去年5月", date(2020, 5, 1)),
        ("前年十月", date(2019, 10, 1)),
        ("last June", date(2020, 6, 1)),
        ("August last year", date(2020, 8, 1)),
        ("2017.06", date(2017, 6, 1)),
        ("Sept 2016", date(2016, 9, 1)),
        ("16年11月", date(2016, 11, 1)),
        ("2015/8", date(2015, 8, 1)),
        ("2017年九月", date(2017, 9, 1)),
    ],
)
def test_a_month_said_any_way_is_its_first_day(typed: str, first: date) -> None:
    reading = _read("license_date", typed)
    assert isinstance(reading, Answer) and reading.value == first


# ----- an answer taken back within the message: what follows is the answer --------------------


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("大概40人吧，准确说是37个", 37),
        ("28人，哦不对，交社保的是22个", 22),
        ("around 40, actually 36", 36),
        ("maybe 30 — to be exact 27 people", 27),
    ],
)
def test_a_count_taken_back_within_the_message(typed: str, count: int) -> None:
    reading = _read("team_size", typed)
    assert isinstance(reading, Answer) and reading.value == count


def test_another_fields_correction_is_still_a_correction() -> None:
    reading = _read("team_size", "25人，不对，注册资金是600万")
    assert getattr(reading, "slot", None) == "registered_capital"


# ----- a bare number at a confirmation is the exact value, not option 1 or 2 -------------------


@pytest.mark.parametrize("exact", ["1", "2"])
def test_a_number_typed_at_a_confirmation_is_the_value(vendor: Vendor, exact: str) -> None:
    _at_question(vendor, market_label("api", "en"), "experience_years:api")
    reply = vendor.say("about three years")
    assert "right?" in reply.text
    vendor.say(exact)
    assert vendor.profile()["experience_years"] == {"api": int(exact)}


def test_another_fields_number_taken_back_is_no_yes() -> None:
    """At a yes/no question, "人数刚才说错了，是26个" corrects the head count; its 是 is no yes."""
    reading = _read("agreements_accepted", "抱歉，人数刚才说错了，是26个")
    assert getattr(reading, "slot", None) == "team_size"


# ----- market choices in everyday words -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("安全和API两个市场", ["api", "security"]),
        ("数智、建站这两个", ["website", "data"]),
        ("the sec market and IoT", ["security", "iot"]),
        ("sec mkt", ["security"]),
        ("零售的那两个", ["new_retail", "retail_link"]),
        ("just the two retail ones", ["new_retail", "retail_link"]),
        ("新零售和API这两个", ["api", "new_retail"]),
    ],
)
def test_markets_named_in_everyday_words(typed: str, markets: list[str]) -> None:
    assert sorted(read_markets(typed).markets) == sorted(markets)


@pytest.mark.parametrize(
    ("typed", "left_out"),
    [
        ("除了零售那两个，其他都要", {"new_retail", "retail_link"}),
        ("Everything but security and both retail ones", {"security", "new_retail", "retail_link"}),
        # The negation is a clause of its own, not "nothing except 零售通".
        ("All markets except Retail Link — we don't sell to small shops.", {"retail_link"}),
    ],
)
def test_everyday_words_in_an_exception(typed: str, left_out: set[str]) -> None:
    assert set(read_markets(typed).markets) == set(MARKET_IDS) - left_out


def test_products_described_beside_a_named_market_are_asked_back(vendor: Vendor) -> None:
    """ "我们做API，也做大数据分析和网站" named only API: the data and website markets its products
    point to were dropped. They are proposed, and a 是 takes all three."""
    vendor.engine.start(vendor.key)
    reply = vendor.say("我们主要做API，另外也做大数据分析和小程序")
    assert vendor.current_question() is None
    assert all(market_label(m, "zh") in reply.text for m in ("api", "data", "website")), reply.text
    vendor.say("是")
    assert vendor.current_question() == "legal_entity"


def test_a_product_without_a_market_word_is_proposed(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("we do SaaS tools for HR teams")
    assert market_label("enterprise", "en") in reply.text and "right?" in reply.text


def test_a_short_name_in_a_clause_of_its_own_is_left_out() -> None:
    """ "全部，但是不要零售通，也不要安全": 安全 alone after 也不要 was not found as a market."""
    typed = "全都要，不过不要零售通，还有不要安全"
    assert set(read_markets(typed).markets) == set(MARKET_IDS) - {"retail_link", "security"}


# ----- values said loosely: a decade "and some", "整", "-ish", a described yes or no ------------


@pytest.mark.parametrize(("typed", "low", "high"), [("十几个人", 11, 19), ("四十几个", 41, 49)])
def test_a_decade_and_some_asks_the_number(typed: str, low: int, high: int) -> None:
    reading = _read("team_size", typed)
    assert isinstance(reading, Unclear) and f"{low} 到 {high}" in reading.zh


@pytest.mark.parametrize("typed", ["dozens", "几十个人"])
def test_many_without_a_number_asks_the_number(typed: str) -> None:
    assert isinstance(_read("team_size", typed), Unclear)


def test_a_dozen_is_confirmed() -> None:
    reading = _read("team_size", "a dozen")
    assert isinstance(reading, Answer) and (reading.value, reading.approximate) == (12, True)


@pytest.mark.parametrize(
    ("typed", "amount", "approximate"),
    [
        ("两百万整", 2_000_000, False),
        ("800万元整", 8_000_000, False),
        ("两百来万", 2_000_000, True),
    ],
)
def test_money_with_zheng_or_lai(typed: str, amount: int, approximate: bool) -> None:
    reading = _read("registered_capital", typed)
    assert isinstance(reading, Answer)
    assert (reading.value, reading.approximate) == (amount, approximate)


@pytest.mark.parametrize(
    ("typed", "years", "approximate"),
    [
        ("three-ish", 3, True),
        ("4ish years", 4, True),
        ("二十来年", 20, True),
        ("not yet, none", 0, False),
    ],
)
def test_years_said_loosely(typed: str, years: int, approximate: bool) -> None:
    reading = _read("experience_years:api", typed, ["api"])
    assert isinstance(reading, Answer)
    assert (reading.value, reading.approximate) == (years, approximate)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("rock-solid, running for years", True),
        ("totally", True),
        ("算不上，我们主要做咨询", False),
        ("不太算吧", False),
    ],
)
def test_yes_or_no_said_in_other_words(typed: str, value: bool) -> None:
    reading = _read("mature_product", typed, ["software"])
    assert isinstance(reading, Answer) and reading.value is value


def test_dont_know_with_a_dash_and_a_reason_is_unknown() -> None:
    reading = _read("customer_cases", "no idea — finance would know", ["solution"])
    assert type(reading).__name__ == "Unknown"


@pytest.mark.parametrize(("typed", "count"), [("超过20个", 20), ("至少30人", 30), ("不止25", 25)])
def test_at_least_a_number_is_confirmed(typed: str, count: int) -> None:
    reading = _read("team_size", typed)
    assert isinstance(reading, Answer) and (reading.value, reading.approximate) == (count, True)


def test_half_a_year_is_half_a_year() -> None:
    reading = _read("experience_years:api", "half a year", ["api"])
    assert isinstance(reading, Answer) and reading.value == Decimal("0.5")


@pytest.mark.parametrize(
    ("slot", "typed"),
    [
        ("social_insurance_proof", "一部分人交了"),
        ("social_insurance_proof", "有的人没交"),
        ("social_insurance_proof", "only some of them"),
        ("agreements_accepted", "要先看看再说"),
        ("agreements_accepted", "we'd have to review them first"),
    ],
)
def test_a_yes_for_some_or_not_yet_is_asked(slot: str, typed: str) -> None:
    assert isinstance(_read(slot, typed), Unclear)


def test_all_paid_is_a_yes() -> None:
    reading = _read("social_insurance_proof", "都交了")
    assert isinstance(reading, Answer) and reading.value is True


@pytest.mark.parametrize("typed", ["所有市场", "全部都要", "everything", "all of them please"])
def test_every_market_said_in_words(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert vendor.current_question() == "legal_entity"
    assert sorted(vendor.state()["markets"]) == sorted(MARKET_IDS)


@pytest.mark.parametrize(
    ("typed", "proposed"),
    [
        ("我们是做ERP的", ["enterprise"]),
        ("我们做安全的，另外也做小程序", ["website", "security"]),
        ("we sell a BI dashboard and an HR SaaS", ["data", "enterprise"]),
    ],
)
def test_products_alone_are_proposed(vendor: Vendor, typed: str, proposed: list[str]) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert vendor.current_question() is None
    assert sorted(vendor.state()["confirm_markets"]) == sorted(proposed)


def test_a_market_in_pinyin() -> None:
    assert read_markets("lingshoutong").markets == ["retail_link"]


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("全公司120人，技术加客服35", 35),
        ("we're 70 people in total, 24 in tech and support", 24),
    ],
)
def test_the_team_beside_the_whole_company(typed: str, count: int) -> None:
    reading = _read("team_size", typed, ["api"])
    assert isinstance(reading, Answer) and reading.value == count


def test_a_team_in_parts_is_not_the_employees() -> None:
    """With 零售通 (which asks the employees) chosen, "研发12人，客服9人" stored 12 and 9."""
    reading = _read("team_size", "研发12人，客服9人")
    assert isinstance(reading, Answer) and (reading.value, reading.approximate) == (21, True)


@pytest.mark.parametrize(
    ("month", "stored"),
    [
        ("9月", "2017-09-01"),
        ("九月份", "2017-09-01"),
        ("September", "2017-09-01"),
        ("11", "2017-11-01"),
    ],
)
def test_a_month_alone_after_the_year_was_asked(vendor: Vendor, month: str, stored: str) -> None:
    """ "2017年" then, asked which month, just "9月": the month of the year said before."""
    _at_question(vendor, market_label("service", "zh"), "license_date")
    vendor.say("2017年")
    vendor.say(month)
    assert vendor.profile()["license_date"] == stored


@pytest.mark.parametrize("typed", ["API and retail", "除了零售那个都要", "零售市场"])
def test_retail_alone_asks_which(vendor: Vendor, typed: str) -> None:
    """ "API and retail" chose API alone: 零售 is 新零售 or 零售通, asked, never dropped."""
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert vendor.current_question() is None
    assert market_label("new_retail", "zh") in reply.text or "New Retail" in reply.text
    assert market_label("retail_link", "zh") in reply.text or "Retail Link" in reply.text


def test_a_two_digit_start_year_is_a_year_not_a_count() -> None:
    """ "从16年开始做" at the experience question stored 16 years."""
    reading = _read("experience_years:api", "从16年开始做", ["api"])
    assert isinstance(reading, Answer) and (reading.value, reading.approximate) == (5, True)


def test_a_range_with_its_unit_twice_is_asked() -> None:
    assert isinstance(_read("experience_years:api", "3年到4年", ["api"]), Unclear)


@pytest.mark.parametrize("typed", ["超过300万", "至少150万"])
def test_more_than_an_amount_is_confirmed(typed: str) -> None:
    reading = _read("registered_capital", typed)
    assert isinstance(reading, Answer) and reading.approximate


@pytest.mark.parametrize("typed", ["说不准", "hard to say", "unsure"])
def test_not_knowing_in_other_words(typed: str) -> None:
    assert type(_read("api_integration", typed, ["api"])).__name__ == "Unknown"


@pytest.mark.parametrize("reply", ["correct", "that's right", "没错"])
def test_a_confirmation_in_other_words(vendor: Vendor, reply: str) -> None:
    _at_question(vendor, market_label("api", "en"), "team_size")
    vendor.say("about 40")
    vendor.say(reply)
    assert vendor.profile()["team_size"] == 40


@pytest.mark.parametrize("typed", ["Security market", "Solutions", "everything"])
def test_an_english_market_choice_is_answered_in_english(vendor: Vendor, typed: str) -> None:
    """ "API market" at the menu was answered in Chinese (one English word was not enough)."""
    vendor.engine.start(vendor.key)
    assert vendor.say(typed).text.startswith("OK, checking these markets")


def test_teams_or_products_are_no_head_count() -> None:
    """ "我们有两个团队，一共30人" stored a team of 2 (with 零售通's employees 30)."""
    assert isinstance(_read("team_size", "我们有三个部门"), Refused)
    reading = _read("team_size", "我们有三个部门，一共40人")
    assert isinstance(reading, Answer) and (reading.value, reading.approximate) == (40, True)


@pytest.mark.parametrize("typed", ["25 give or take", "maybe 25", "估计25个"])
def test_a_hedged_count_is_confirmed(typed: str) -> None:
    reading = _read("team_size", typed, ["api"])
    assert isinstance(reading, Answer) and (reading.value, reading.approximate) == (25, True)
