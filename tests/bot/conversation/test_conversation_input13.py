"""Issue 12, conversation input, round 13: classes of input typed at a question that say more
than its answer (an aside about another question, another market's experience, a count said
as nobody, a founding date said loosely, a question about the shop). Wordings are our own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.interpret import (
    Answer,
    Correction,
    Question,
    Refused,
    Several,
    Unclear,
    interpret,
)
from rules.markets import MARKET_IDS, market_label
from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question

AS_OF = date(2021, 1, 20)


def _form(markets: list[str] | None = None) -> EligibilityForm:
    return EligibilityForm(markets or list(MARKET_IDS), {}, AS_OF)


# ----- an answer, then an aside about another question: both are taken ------------------------


@pytest.mark.parametrize(
    ("slot", "typed", "expected"),
    [
        (
            "social_insurance_proof",
            "yes, and the registered capital is 2000000 now",
            {"social_insurance_proof": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "api_integration",
            "yes — oh and registered capital is now 2 million",
            {"api_integration": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "api_integration",
            "yes, btw registered capital went up to 2 million",
            {"api_integration": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "online_cs",
            "7x24, by the way our team is 30 now",
            {"online_cs": "7x24", "team_size": 30},
        ),
        (
            "social_insurance_proof",
            "有的，另外注册资本现在是200万",
            {"social_insurance_proof": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "ecs_image",
            "不支持，另外团队人数改成22",
            {"ecs_image": False, "team_size": 22},
        ),
        (
            "api_integration",
            "有，顺便说一下注册资本增加到300万了",
            {"api_integration": True, "registered_capital": Decimal(3_000_000)},
        ),
    ],
)
def test_an_answer_and_an_aside_are_both_taken(slot: str, typed: str, expected: dict) -> None:
    reading = interpret(_form(), slot, typed)
    assert isinstance(reading, Several), reading
    assert reading.values == expected


def test_a_correction_after_an_answer_is_no_aside() -> None:
    """ "不对，…" is still a correction of the field it names (no yes/no stored from 不对)."""
    reading = interpret(_form(), "ecs_image", "不对，团队人数应该是22")
    assert isinstance(reading, Correction) and reading.slot == "team_size"


# ----- an experience naming another market goes to that market's question --------------------


@pytest.mark.parametrize(
    ("typed", "slot", "years"),
    [
        ("安全经验2年", "experience_years:security", 2),
        ("安全方面做了2年", "experience_years:security", 2),
        ("we have 2 years in security", "experience_years:security", 2),
        ("建站经验3年", "experience_years:website", 3),
    ],
)
def test_another_markets_experience_goes_to_its_question(typed: str, slot: str, years: int) -> None:
    form = _form(["api", "security", "website"])
    reading = interpret(form, "experience_years:api", typed)
    assert isinstance(reading, Correction), reading
    assert reading.slot == slot and reading.reading is not None
    assert reading.reading.value == years


@pytest.mark.parametrize("typed", ["安全经验2年", "2 years of security work"])
def test_experience_of_a_market_not_checked_is_asked_about(typed: str) -> None:
    reading = interpret(_form(["api"]), "experience_years:api", typed)
    assert isinstance(reading, Unclear), reading


@pytest.mark.parametrize("typed", ["3年", "API接口安全做了3年", "软件开发经验3年"])
def test_this_markets_experience_stays_its_answer(typed: str) -> None:
    reading = interpret(_form(["api", "security", "software"]), "experience_years:api", typed)
    assert isinstance(reading, Answer) and reading.value == 3


def test_two_markets_experience_in_one_line() -> None:
    form = _form(["api", "security"])
    reading = interpret(form, "experience_years:api", "3 years, and 2 years in security")
    assert isinstance(reading, Several)
    assert reading.values == {
        "experience_years:api": Decimal(3),
        "experience_years:security": Decimal(2),
    }


# ----- a count said as nobody is none, never the 一 / one inside it ----------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "我们没有一个人考过ACP",
        "一个人都没有",
        "没有人考过",
        "暂时一个也没有",
        "none of us has passed ACP",
        "We don't have any ACP-certified engineers",
    ],
)
def test_nobody_is_a_count_of_none(typed: str) -> None:
    reading = interpret(_form(["solution"]), "acp_engineers", typed)
    assert isinstance(reading, Answer) and reading.value == 0


@pytest.mark.parametrize("typed", ["我们有一个人考过ACP", "就一个人有ACP"])
def test_one_person_is_still_one(typed: str) -> None:
    reading = interpret(_form(["solution"]), "acp_engineers", typed)
    assert isinstance(reading, Answer) and reading.value == 1


@pytest.mark.parametrize(
    ("typed", "count"), [("我们没有一个人考过ACP", 0), ("we have 3 ACP engineers", 3)]
)
def test_an_acp_count_at_the_team_question_is_the_acp_count(typed: str, count: int) -> None:
    reading = interpret(_form(["solution"]), "team_size", typed)
    assert isinstance(reading, Correction) and reading.slot == "acp_engineers"
    assert reading.reading is not None and reading.reading.value == count


# ----- a founding date said loosely: a year in a sentence, or against today --------------------


@pytest.mark.parametrize(
    ("typed", "year"),
    [
        ("我们公司2019年成立", 2019),
        ("成立于2018年", 2018),
        ("we were founded in 2017", 2017),
        ("Founded 2016", 2016),
    ],
)
def test_a_founding_year_in_a_sentence_asks_its_month(typed: str, year: int) -> None:
    reading = interpret(_form(), "license_date", typed)
    assert isinstance(reading, Unclear) and reading.year == year


def test_a_founding_year_in_the_future_is_refused() -> None:
    reading = interpret(_form(), "license_date", "我们2022年成立")
    assert isinstance(reading, Refused) and "2022" in reading.zh


@pytest.mark.parametrize(
    ("typed", "value", "relative"),
    [
        ("上个月成立", date(2020, 12, 1), False),
        ("we registered last month", date(2020, 12, 1), False),
        ("这个月刚成立", date(2021, 1, 1), False),
        ("三个月前注册的", date(2020, 10, 20), True),
        ("set up 6 months ago", date(2020, 7, 20), True),
    ],
)
def test_a_founding_said_against_today(typed: str, value: date, relative: bool) -> None:
    reading = interpret(_form(), "license_date", typed)
    assert isinstance(reading, Answer) and reading.value == value
    assert reading.approximate and reading.relative is relative  # checked or confirmed


@pytest.mark.parametrize("typed", ["公司刚注册", "we just registered"])
def test_just_registered_asks_the_month(typed: str) -> None:
    reading = interpret(_form(), "license_date", typed)
    assert isinstance(reading, Unclear) and reading.year == 2021


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("是，2018年成立", "3月"), ("yes, we were founded in 2018", "March")],
)
def test_a_founding_year_beside_another_answer_asks_its_month(
    vendor: Vendor, typed: str, answer: str
) -> None:
    _at_question(vendor, market_label("security", "zh"), "legal_entity")
    reply = vendor.say(typed)
    assert vendor.profile()["legal_entity"] is True
    assert vendor.current_question() == "license_date"
    assert "2018" in reply.text
    vendor.say(answer)
    assert vendor.profile()["license_date"] == "2018-03-01"


def test_a_founding_year_and_the_capital_in_one_line(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "zh"), "license_date")
    vendor.say("2018年成立，注册资本100万")
    assert vendor.profile()["registered_capital"] == 1_000_000
    assert vendor.current_question() == "license_date"
    vendor.say("3月")
    assert vendor.profile()["license_date"] == "2018-03-01"


# ----- a question about the shop typed mid-form is a question ---------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "是不是交了保证金就能开店",
        "交了保证金就能开店，对吧",
        "shop opens after the deposit, right",
        "When will our shop be opened",
    ],
)
@pytest.mark.parametrize("slot", ["legal_entity", "team_size", "agreements_accepted"])
def test_a_question_without_a_question_mark_is_a_question(slot: str, typed: str) -> None:
    assert isinstance(interpret(_form(), slot, typed), Question)


@pytest.mark.parametrize("typed", ["yes, right", "是的，对吧"])
def test_a_yes_with_a_tag_is_still_a_yes(typed: str) -> None:
    reading = interpret(_form(), "legal_entity", typed)
    assert isinstance(reading, Answer) and reading.value is True


def test_the_shop_question_is_answered_and_the_field_asked_again(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "en"), "team_size")
    reply = vendor.say("is it right that the shop opens after the deposit")
    assert vendor.current_question() == "team_size"
    assert "team" in reply.text.lower()
    assert "team_size" not in vendor.profile()


# ----- a short yes or no with a particle; an amount that "went up to" --------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [("支持的", True), ("行的", True), ("提供的", True), ("嗯嗯有的", True), ("不支持的", False)],
)
def test_a_yes_or_no_with_a_particle(typed: str, value: bool) -> None:
    reading = interpret(_form(), "ecs_image", typed)
    assert isinstance(reading, Answer) and reading.value is value


def test_a_yes_with_a_particle_and_an_aside() -> None:
    reading = interpret(_form(), "ecs_image", "支持的，另外注册资本现在是200万")
    assert isinstance(reading, Several)
    assert reading.values == {"ecs_image": True, "registered_capital": Decimal(2_000_000)}


@pytest.mark.parametrize("typed", ["went up to 2 million", "grew to 2 million RMB"])
def test_an_amount_it_grew_to_is_no_range(typed: str) -> None:
    reading = interpret(_form(), "registered_capital", typed)
    assert isinstance(reading, Answer) and reading.value == 2_000_000
    assert reading.high is None


# ----- a team that changed, experience since a year in a sentence, parts by role ---------------


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("更正一下，团队上个月走了两个人，现在是28人", 28),
        ("Actually we're 26 people now, two engineers joined last week.", 26),
    ],
)
def test_a_changed_team_is_the_number_now_never_a_sum(typed: str, count: int) -> None:
    reading = interpret(_form(["api"]), "agreements_accepted", typed)
    assert isinstance(reading, Correction) and reading.slot == "team_size"
    assert reading.reading is not None and reading.reading.value == count
    # With the ACP question too ("engineers" names it), the change is asked about, not stored.
    reading = interpret(_form(), "agreements_accepted", typed)
    stored = reading.values if isinstance(reading, Several) else {}
    if isinstance(reading, Correction) and reading.reading is not None:
        stored = {reading.slot: reading.reading.value}
    assert stored == {"team_size": count}


@pytest.mark.parametrize("typed", ["走了两个人", "two people left"])
def test_only_the_change_asks_the_number(typed: str) -> None:
    assert isinstance(interpret(_form(), "team_size", typed), Unclear)


@pytest.mark.parametrize(
    ("typed", "years"),
    [
        ("从2018年开始做API", 3),
        ("我们2017年起做API", 4),
        ("we've been doing API work since 2017", 4),
    ],
)
def test_experience_since_a_year_inside_a_sentence(typed: str, years: int) -> None:
    reading = interpret(_form(["api"]), "experience_years:api", typed)
    assert isinstance(reading, Answer) and reading.value == years
    assert reading.approximate  # confirmed before it is stored


def test_a_team_in_parts_by_role() -> None:
    reading = interpret(_form(), "team_size", "18 devs and 6 support reps")
    assert isinstance(reading, Answer) and reading.value == 24 and reading.approximate


def test_a_two_digit_year_alone_asks_its_month() -> None:
    reading = interpret(_form(), "license_date", "18年的")
    assert isinstance(reading, Unclear) and reading.year == 2018


def test_a_corrected_founding_year_asks_its_month(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "zh"), "team_size")
    reply = vendor.say("刚才营业执照日期说错了，应该是2019年成立的")
    assert "2019年几月" in reply.text
    assert vendor.current_question() == "license_date"
    vendor.say("6月")
    assert vendor.profile()["license_date"] == "2019-06-01"
    assert vendor.current_question() == "team_size"


# ----- something done, said as done; a product kind beside a market word -----------------------


@pytest.mark.parametrize(
    ("slot", "typed", "value"),
    [
        ("ecosystem_certified", "认证过了", True),
        ("ecosystem_certified", "we completed the partner certification last year", True),
        ("ecosystem_certified", "we haven't finished it yet", False),
        ("ecosystem_certified", "will be certified next month", None),
        ("documents_ready", "齐了", True),
        ("documents_ready", "all ready", True),
    ],
)
def test_done_said_as_done(slot: str, typed: str, value: bool | None) -> None:
    reading = interpret(_form(), slot, typed)
    if value is None:
        assert not isinstance(reading, Answer) or reading.value is False
    else:
        assert isinstance(reading, Answer) and reading.value is value


def test_security_software_is_the_security_market() -> None:
    from bot.conversation.helpers import read_markets

    assert read_markets("We make security software, shipped as images").markets == ["security"]


@pytest.mark.parametrize(
    "typed", ["API市场，顺便问下要交多少保证金", "API market. By the way, how much is the deposit?"]
)
def test_a_market_and_a_question_beside_it(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert vendor.current_question() == "legal_entity"
    assert "30,000" in reply.text or "3万" in reply.text


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("half a million RMB", 500_000),
        ("a quarter of a million", 250_000),
        ("one and a half million", 1_500_000),  # was read as 1
        ("a quarter million", 250_000),  # was read as 1,000,000
    ],
)
def test_a_fraction_of_a_million_in_words(typed: str, amount: int) -> None:
    reading = interpret(_form(), "registered_capital", typed)
    assert isinstance(reading, Answer) and reading.value == amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("不是不是，是有的", True),
        ("no wait, yes we do", True),
        ("yes — sorry, no", False),
        ("没有——等等，有的", True),
        ("不是不是", False),
        ("yes, sorry for the delay", True),
    ],
)
def test_a_yes_or_no_taken_back_is_the_one_said_last(typed: str, value: bool) -> None:
    reading = interpret(_form(), "api_integration", typed)
    assert isinstance(reading, Answer) and reading.value is value


@pytest.mark.parametrize(
    ("slot", "typed"),
    [
        ("experience_years:api", "不到一年"),
        ("experience_years:api", "less than a year"),
        ("experience_years:api", "not quite two years"),
        ("team_size", "不到20人"),
        ("team_size", "under 20"),
    ],
)
def test_fewer_than_a_number_asks_the_number(slot: str, typed: str) -> None:
    """The number said is the bound the vendor is below, never its value (confirming "1 year?"
    for 不到一年 stored the threshold itself)."""
    assert isinstance(interpret(_form(["api"]), slot, typed), Unclear)


def test_fewer_for_the_company_beside_the_team_is_the_team() -> None:
    reading = interpret(_form(["api"]), "team_size", "我们公司不到100人，技术客服25个")
    assert isinstance(reading, Answer) and reading.value == 25


# ----- an opening describing the products: a kind of security is security ---------------------


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("we do data security software", ["security"]),
        ("数据安全和网络安全", ["security"]),
    ],
)
def test_a_kind_of_security_is_the_security_market(typed: str, markets: list[str]) -> None:
    from bot.conversation.helpers import read_markets

    assert read_markets(typed).markets == markets


@pytest.mark.parametrize(
    ("typed", "proposed"),
    [
        ("我们做网站安全", ["security"]),
        ("我们做运维监控工具", ["devops"]),
        ("做小程序开发", ["website"]),
        ("安全软件和数据分析工具都有", ["security", "data"]),
    ],
)
def test_products_described_are_proposed(typed: str, proposed: list[str]) -> None:
    from bot.conversation.helpers import products_described

    assert sorted(products_described(typed)) == sorted(proposed)


# ----- numbers in English words, a question's own name before its value ------------------------


@pytest.mark.parametrize(
    ("typed", "count"), [("eighteen", 18), ("fourteen", 14), ("eighty-eight", 88)]
)
def test_english_teens_are_never_their_last_digit(typed: str, count: int) -> None:
    """ "eighteen" was read as 8 ("eight" + "een")."""
    reading = interpret(_form(), "team_size", typed)
    assert isinstance(reading, Answer) and reading.value == count


@pytest.mark.parametrize(
    ("slot", "typed", "value"),
    [
        ("registered_capital", "Registered capital is RMB 1,000,000", 1_000_000),
        ("team_size", "team size is 25", 25),
        ("documents_ready", "all documents ready", True),
        ("documents_ready", "资料都准备好了", True),
        ("bigdata_offering", "我们做BI报表和数据中台", True),
    ],
)
def test_a_value_after_its_own_name_or_described(slot: str, typed: str, value: object) -> None:
    reading = interpret(_form(), slot, typed)
    assert isinstance(reading, Answer) and reading.value == value


@pytest.mark.parametrize("typed", ["不对，注册资本是80万", "sorry, registered capital is 800k"])
def test_a_correction_of_a_field_not_asked_is_no_answer(typed: str) -> None:
    """The API market asks no capital: "不对" was stored as a no to the agreements."""
    reading = interpret(_form(["api"]), "agreements_accepted", typed)
    assert isinstance(reading, Unclear)


def test_a_correction_of_a_field_not_asked_with_a_question_is_a_question() -> None:
    reading = interpret(_form(["api"]), "agreements_accepted", "不对，注册资本是80万，够不够？")
    assert isinstance(reading, Question)


@pytest.mark.parametrize(
    ("typed", "capital"),
    [
        ("对，另外注册资本其实是300万", 3_000_000),
        ("yes, and btw the registered capital is 3 million", 3_000_000),
    ],
)
def test_a_yes_at_a_confirmation_with_an_aside(vendor: Vendor, typed: str, capital: int) -> None:
    """The yes confirmed the value waiting; the aside was dropped."""
    _at_question(vendor, market_label("security", "zh"), "team_size")
    vendor.say("二十多个")
    vendor.say(typed)
    profile = vendor.profile()
    assert profile["team_size"] == 20 and profile["registered_capital"] == capital
    assert vendor.current_question() == "social_insurance_proof"


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("技术30，客服5，一共35", 35),  # was 5
        ("35 (30 tech + 5 support)", 35),
        ("30 tech and 5 support, 35 in total", 35),
        ("我们公司总共80人，技术和客服加起来26个", 26),
    ],
)
def test_a_total_said_after_its_parts_is_the_count(typed: str, count: int) -> None:
    reading = interpret(_form(), "team_size", typed)
    assert isinstance(reading, Answer) and reading.value == count


def test_none_yet_then_who_is_studying_is_none() -> None:
    """ "none yet, 2 studying" was stored as 2 ACP engineers."""
    reading = interpret(_form(["solution"]), "acp_engineers", "none yet, 2 studying")
    assert isinstance(reading, Answer) and reading.value == 0


@pytest.mark.parametrize("typed", ["没意见", "无异议", "no objection", "fine with us"])
def test_no_objection_is_a_yes(typed: str) -> None:
    """ "没意见" was stored as a no to the agreements."""
    reading = interpret(_form(), "agreements_accepted", typed)
    assert isinstance(reading, Answer) and reading.value is True


def test_three_and_a_half_years() -> None:
    reading = interpret(_form(["api"]), "experience_years:api", "three and a half years")
    assert isinstance(reading, Answer) and reading.value == Decimal("3.5")


def test_not_a_member_is_a_no() -> None:
    """ "不是1688会员" was read as a correction of the 1688 question to yes."""
    reading = interpret(_form(["retail_link"]), "alibaba_1688_member", "不是1688会员")
    assert isinstance(reading, Answer) and reading.value is False


def test_cases_kept_confidential_are_no_no() -> None:
    """ "有，不过不方便透露名字" was stored as no customer cases."""
    reading = interpret(_form(["iot"]), "customer_cases", "有，不过不方便透露名字")
    assert not (isinstance(reading, Answer) and reading.value is False)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("三年前", date(2018, 1, 20)),
        ("上个月", date(2020, 12, 1)),
        ("3 years ago", date(2018, 1, 20)),
    ],
)
def test_a_time_ago_alone_at_the_date_question(typed: str, value: date) -> None:
    reading = interpret(_form(), "license_date", typed)
    assert isinstance(reading, Answer) and reading.value == value and reading.approximate


def test_always_online_is_round_the_clock() -> None:
    reading = interpret(_form(["software"]), "online_cs", "一直在线")
    assert isinstance(reading, Answer) and reading.value == "7x24"


@pytest.mark.parametrize(
    "typed",
    ["接受。另外刚才的团队人数说错了，是22人", "yes. also the team is 22, not 25"],
)
def test_an_answer_and_a_correction_of_another_field(typed: str) -> None:
    """The correction after the answer was lost (接受 … 是22人 read as two yeses)."""
    reading = interpret(_form(["api"]), "agreements_accepted", typed)
    assert isinstance(reading, Several)
    assert reading.values == {"agreements_accepted": True, "team_size": 22}


@pytest.mark.parametrize(
    ("slot", "typed", "expected"),
    [
        ("agreements_accepted", "the team is 22, not 25", ("team_size", 22)),
        ("team_size", "22, not 25", ("team_size", 22)),
    ],
)
def test_a_value_and_the_one_it_replaces(slot: str, typed: str, expected: tuple) -> None:
    reading = interpret(_form(["api"]), slot, typed)
    if isinstance(reading, Correction):
        assert reading.reading is not None
        assert (reading.slot, reading.reading.value) == expected
    else:
        assert isinstance(reading, Answer) and (slot, reading.value) == expected


@pytest.mark.parametrize("typed", ["没有一个是兼职的，全职25人", "25人，没有一个外包"])
def test_a_none_about_someone_else_beside_the_count(typed: str) -> None:
    """The 一 of 没有一个 was a count (1), or added to the 25 (26)."""
    reading = interpret(_form(), "team_size", typed)
    assert isinstance(reading, Answer) and reading.value == 25


@pytest.mark.parametrize(
    ("typed", "slot"),
    [
        ("可以，什么时候能开店？", "social_insurance_proof"),
        ("yes. When will our shop be opened?", "social_insurance_proof"),
    ],
)
def test_an_answer_then_a_question_stores_and_answers(
    vendor: Vendor, typed: str, slot: str
) -> None:
    """The answer was dropped (the whole message read as a question, the field asked again)."""
    _at_question(vendor, market_label("api", "zh"), slot)
    reply = vendor.say(typed)
    assert vendor.profile()[slot] is True
    assert vendor.current_question() == "aftersales_support"
    assert "7" in reply.text  # the shop opens at step 7 (the answer itself is the router's)


def test_a_count_then_is_it_enough_stays_the_count() -> None:
    reading = interpret(_form(["api"]), "team_size", "25，够吗？")
    assert isinstance(reading, Answer) and reading.value == 25


def test_years_then_letters_in_chinese() -> None:
    """ "3年API服务经验": the 年 followed by a Latin letter was no number of years."""
    reading = interpret(_form(["api"]), "experience_years:api", "3年API服务经验")
    assert isinstance(reading, Answer) and reading.value == 3
