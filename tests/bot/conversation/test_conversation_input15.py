"""Issue 12, conversation input, round 15: an estimate next to a limit asks the exact value, two
values offered for one ask which, and a condition still being arranged is a no for now, said
back. Wordings are our own (zh and en)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.helpers import read_markets
from bot.conversation.interpret import (
    Answer,
    Correction,
    FieldRefused,
    Question,
    Unknown,
    interpret,
    read_bool,
    read_support,
)
from rules.markets import MARKET_IDS, market_label
from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question

# ----- an estimate next to a limit: the exact value, never the round number --------------------


@pytest.mark.parametrize(
    ("market", "slot", "typed", "exact", "stored"),
    [
        ("security", "team_size", "almost 20", "18", 18),
        ("security", "team_size", "nearly twenty people", "19", 19),
        ("security", "team_size", "快20个人了", "19", 19),
        ("security", "team_size", "将近二十人", "18", 18),
        ("security", "team_size", "近20人", "19", 19),
        ("security", "team_size", "about 21 people", "21", 21),
        ("website", "experience_years:website", "nearly 2 years", "1.5", 1.5),
        ("website", "experience_years:website", "快两年了", "1.5", 1.5),
        ("website", "experience_years:website", "两年左右", "2", 2),
        ("security", "registered_capital", "大概100万", "95万", 950_000),
        ("security", "registered_capital", "almost a million yuan", "900,000", 900_000),
        ("security", "license_date", "成立快两年了", "2019-03-01", "2019-03-01"),
        ("security", "license_date", "两年前注册的", "2019-03-01", "2019-03-01"),
    ],
)
def test_an_estimate_next_to_a_limit_asks_the_exact_value(
    vendor: Vendor, market: str, slot: str, typed: str, exact: str, stored: object
) -> None:
    _at_question(vendor, market_label(market, "en"), slot)
    vendor.say(typed)
    assert vendor.state().get("confirming") is None  # nothing waits for a 是
    vendor.say("yes")  # a yes is no value: still asked
    key, _, per_market = slot.partition(":")
    profile = vendor.profile()
    assert key not in profile or per_market not in (profile.get(key) or {})
    assert vendor.current_question() == slot
    vendor.say(exact)
    value = vendor.profile()[key]
    assert str(value[per_market] if per_market else value) == str(stored)


@pytest.mark.parametrize(
    ("slot", "typed"),
    [("team_size", "about 40"), ("team_size", "40人左右"), ("registered_capital", "差不多五百万")],
)
def test_an_estimate_far_from_any_limit_is_still_confirmed(
    vendor: Vendor, slot: str, typed: str
) -> None:
    _at_question(vendor, market_label("security", "zh"), slot)
    vendor.say(typed)
    assert vendor.state()["confirming"]["slot"] == slot


# ----- two values offered for one: which one, both offered ---------------------------------------


@pytest.mark.parametrize(
    ("slot", "typed", "low", "high", "exact", "stored"),
    [
        ("team_size", "大概二十个，也可能二十五", "20", "25", "25", 25),
        ("team_size", "20 or maybe 25", "20", "25", "20", 20),
        ("team_size", "22, perhaps 26", "22", "26", "26", 26),
        ("team_size", "30人或者35人吧", "30", "35", "30", 30),
        ("registered_capital", "200万，也可能300万", "2,000,000", "3,000,000", "300万", 3_000_000),
        ("experience_years:security", "两年，也许三年", "2", "3", "3", 3),
        ("experience_years:security", "2 or possibly 3 years", "2", "3", "2", 2),
    ],
)
def test_two_values_for_one_answer_ask_which(
    vendor: Vendor, slot: str, typed: str, low: str, high: str, exact: str, stored: object
) -> None:
    _at_question(vendor, market_label("security", "en"), slot)
    reply = vendor.say(typed)
    assert low in reply.text and high in reply.text
    assert vendor.state().get("confirming") is None
    key, _, per_market = slot.partition(":")
    assert key not in vendor.profile()
    vendor.say(exact)
    value = vendor.profile()[key]
    assert (value[per_market] if per_market else value) == stored


# ----- still being arranged: a no for now, said back ---------------------------------------------


@pytest.mark.parametrize(
    ("slot", "typed", "said_back"),
    [
        ("ecosystem_certified", "will be done next month", "not in place yet"),
        ("ecosystem_certified", "we're applying for it right now", "not in place yet"),
        ("ecosystem_certified", "it's under review", "not in place yet"),
        ("ecosystem_certified", "下个月就办好了", "还没办好"),
        ("ecosystem_certified", "还在办", "还没办好"),
        ("ecosystem_certified", "认证还在审核中", "还没办好"),
        ("dingtalk_ops", "钉钉下周就开通", "还没办好"),
        ("dingtalk_ops", "The DingTalk account will be ready soon", "not in place yet"),
        ("documents_ready", "正在准备材料", "还没办好"),
        ("documents_ready", "still working on it", "not in place yet"),
    ],
)
def test_still_being_arranged_is_a_no_for_now_said_back(
    vendor: Vendor, slot: str, typed: str, said_back: str
) -> None:
    lang = "en" if said_back == "not in place yet" else "zh"
    _at_question(
        vendor,
        market_label("devops" if slot == "ecosystem_certified" else "retail_link", lang),
        slot,
    )
    reply = vendor.say(typed)
    assert vendor.profile()[slot] is False
    assert said_back in reply.text.casefold()
    assert vendor.current_question() != slot


@pytest.mark.parametrize("typed", ["我们还在交社保", "还在用阿里云", "yes, we are still paying it"])
def test_still_doing_it_is_no_not_yet(vendor: Vendor, typed: str) -> None:
    """还在 + doing it (paying, using) is no process being arranged: never a "not yet" no."""
    _at_question(vendor, market_label("security", "zh"), "social_insurance_proof")
    vendor.say(typed)
    assert vendor.profile().get("social_insurance_proof") is not False


# ----- dev13's classes: a wish clause chooses, a dash ends a clause, English no with fillers ----


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("我们想做零售通，顺便也看看服务市场", ["retail_link", "service"]),
        ("我们打算上新零售，另外API市场也要", ["new_retail", "api"]),
        ("We'd like to join Retail Link, and the Service market too", ["retail_link", "service"]),
        ("Software, Security and IoT - not Retail Link", ["software", "security", "iot"]),
        ("API、安全和物联网 — 不要零售通", ["api", "security", "iot"]),
        ("Data and DevOps – no API", ["data", "devops"]),
        ("新零售市场（不是零售通）", ["new_retail"]),
        ("是零售通，不是新零售", ["retail_link"]),
        ("New Retail (not Retail Link)", ["new_retail"]),
    ],
)
def test_a_wish_clause_and_a_dash_clause_in_a_market_choice(typed: str, markets: list) -> None:
    assert sorted(read_markets(typed).markets) == sorted(markets)


@pytest.mark.parametrize(
    "typed",
    [
        "we actually can't provide it right now",
        "Unfortunately we are unable to provide it",
        "sorry, we don't",
        "actually no",
        "cannot provide it",
        "we are not able to",
    ],
)
def test_an_english_no_after_fillers_is_a_no(typed: str) -> None:
    assert read_bool(typed).value is False


@pytest.mark.parametrize(
    "typed",
    [
        "Sorry, about the social insurance statement - we actually can't provide it right now.",
        "Correction on the social insurance statement: we are unable to provide it",
        "sorry, the social insurance statement: we actually cannot provide it",
        "社保缴费表那个我说错了，其实提供不了",
    ],
)
def test_a_late_no_correction_of_a_yes_is_stored(vendor: Vendor, typed: str) -> None:
    _at_question(vendor, market_label("api", "en"), "agreements_accepted")
    assert vendor.profile()["social_insurance_proof"] is True
    vendor.say(typed)
    assert vendor.profile()["social_insurance_proof"] is False
    assert vendor.current_question() == "agreements_accepted"


# ----- found while probing: a denied level, a team in parts, "will … next week" ------------------


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("only weekdays 9 to 6, not round the clock", "5x8"),
        ("weekdays 9 to 6, not 24/7", "5x8"),
        ("不是7x24，只有工作日", "5x8"),
        ("we don't have online customer service", "none"),
        ("7x24，不是5x8", "7x24"),
    ],
)
def test_a_denied_support_level_is_no_answer(typed: str, level: str) -> None:
    assert read_support(typed).value == level


@pytest.mark.parametrize("typed", ["不是7x24", "not 24/7"])
def test_a_support_level_only_denied_is_asked(typed: str) -> None:
    with pytest.raises(FieldRefused):
        read_support(typed)


def test_a_late_correction_denying_round_the_clock_is_stored(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "en"), "agreements_accepted")
    vendor.say("Hold on - our after-sales support is only weekdays 9 to 6, not round the clock.")
    assert vendor.profile()["aftersales_support"] == "5x8"


@pytest.mark.parametrize(
    ("typed", "total"),
    [
        ("技术20，客服5", 25),
        ("研发15人、售后5人", 20),
        ("30 engineers plus 5 support staff", 35),
        ("20 tech + 5 CS", 25),
        ("30 developers and 5 customer service", 35),
    ],
)
def test_a_team_given_in_parts_is_added_up_and_confirmed(
    vendor: Vendor, typed: str, total: int
) -> None:
    _at_question(vendor, market_label("api", "en"), "team_size")
    vendor.say(typed)
    # A sum is exact: confirmed (never asked as an estimate), and stored on the 是.
    assert vendor.state()["confirming"]["value"] == total
    vendor.say("yes")
    assert vendor.profile()["team_size"] == total


@pytest.mark.parametrize(
    "typed",
    [
        "We'll have DingTalk set up next week",
        "it should be approved by the end of the month",
        "钉钉下周开",
        "下周就能开通钉钉",
    ],
)
def test_done_only_later_is_not_yet(typed: str) -> None:
    reading = read_bool(typed)
    assert reading.value is False and reading.not_yet


# ----- found while probing: who is not counted yet, a filler before a corrected value ------------


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("两个人考了ACP，还有一个在考", 2),
        ("一个考过了，两个在备考", 1),
        ("2 certified, 1 in progress", 2),
        ("2 engineers passed ACP and 1 is still studying", 2),
        ("one has passed, another is preparing for the exam", 1),
    ],
)
def test_someone_not_certified_yet_is_not_counted(typed: str, count: int) -> None:
    assert interpret(_all_markets_form(), "acp_engineers", typed) == Answer(count)


def test_only_someone_not_counted_yet_is_asked() -> None:
    reading = interpret(_all_markets_form(), "acp_engineers", "the two are still studying")
    assert not isinstance(reading, Answer)


@pytest.mark.parametrize(
    ("typed", "slot", "value"),
    [
        ("Correction: nobody has ACP yet, the two are still studying", "acp_engineers", 0),
        ("在线客服我们其实没有", "online_cs", "none"),
        ("ECS镜像我们其实不支持", "ecs_image", False),
        ("镜像交付那个说错了，我们其实不支持", "ecs_image", False),
        ("不好意思，我们其实是个体户", "legal_entity", False),
    ],
)
def test_a_late_correction_with_a_filler_before_its_value(
    typed: str, slot: str, value: object
) -> None:
    profile = {"acp_engineers": 2, "online_cs": "7x24", "ecs_image": True, "legal_entity": True}
    form = EligibilityForm(list(MARKET_IDS), profile, date(2021, 1, 20))
    found = interpret(form, "agreements_accepted", typed)
    assert isinstance(found, Correction) and found.slot == slot
    assert found.reading is not None and found.reading.value == value


def _all_markets_form() -> EligibilityForm:
    return EligibilityForm(list(MARKET_IDS), {}, date(2021, 1, 20))


@pytest.mark.parametrize(
    ("slot", "typed"),
    [
        ("aftersales_support", "5x8是什么意思"),
        ("aftersales_support", "7x24啥意思"),
        ("aftersales_support", "What does 5x8 mean"),
        ("online_cs", "what is meant by 5x8"),
    ],
)
def test_asking_what_a_value_means_is_a_question(slot: str, typed: str) -> None:
    assert isinstance(interpret(_all_markets_form(), slot, typed), Question)


# ----- a correction said as "改一下" / "update", and an English field name inside a word ---------


@pytest.mark.parametrize(
    ("typed", "slot", "value"),
    [
        ("客服在线时间改一下，是5x8", "online_cs", "5x8"),
        ("团队人数记错了，是24人", "team_size", 24),
        ("Update: we now have 24 people on social insurance", "team_size", 24),
        ("Scratch that earlier number - the team is 24.", "team_size", 24),
    ],
)
def test_a_correction_said_as_change_or_update(typed: str, slot: str, value: object) -> None:
    profile = {"online_cs": "7x24", "team_size": 30}
    form = EligibilityForm(list(MARKET_IDS), profile, date(2021, 1, 20))
    found = interpret(form, "agreements_accepted", typed)
    assert isinstance(found, Correction) and found.slot == slot
    assert found.reading is not None and found.reading.value == value


def test_an_english_field_name_inside_a_word_names_nothing() -> None:
    # "Update" holds "date" (the licence date's alias): no field is named by it.
    form = EligibilityForm(list(MARKET_IDS), {}, date(2021, 1, 20))
    assert "license_date" not in form.candidates("Update on ACP: just one engineer")


@pytest.mark.parametrize(
    "typed",
    [
        "We're in the middle of the certification",
        "认证流程走了一半",
        "组织机构代码证还在补办",
        "We have a 1688 account but the company name isn't verified yet",
        "有1688账号，但企业名称还没认证",
    ],
)
def test_halfway_or_a_part_not_yet_done_is_not_yet(typed: str) -> None:
    reading = read_bool(typed)
    assert reading.value is False and reading.not_yet


@pytest.mark.parametrize(
    "typed",
    ["don't remember", "no idea honestly", "没数", "待定", "TBD", "回头再补", "稍后补充", "later"],
)
@pytest.mark.parametrize("slot", ["team_size", "social_insurance_proof"])
def test_not_knowing_said_another_way_stores_nothing(slot: str, typed: str) -> None:
    # "don't remember" read as a no, "没数" as 没 (no), "skip this one" as 1 person before.
    assert isinstance(interpret(_all_markets_form(), slot, typed), Unknown)


@pytest.mark.parametrize(
    ("slot", "typed", "value"),
    [
        ("good_credit", "we don't have any bad records", True),
        ("good_credit", "never had any violations", True),
        ("social_insurance_proof", "we do not outsource, everyone is on our own insurance", True),
        ("good_credit", "we had a violation last year", False),
        ("legal_entity", "actually yes", True),
        ("legal_entity", "sorry, yes", True),
    ],
)
def test_a_no_about_a_bad_thing_is_a_yes(slot: str, typed: str, value: bool) -> None:
    assert interpret(_all_markets_form(), slot, typed) == Answer(value)


@pytest.mark.parametrize("hedged", ["yes roughly", "对，差不多", "yes, more or less about that"])
def test_a_hedged_yes_to_an_estimate_asks_the_exact_value(vendor: Vendor, hedged: str) -> None:
    _at_question(vendor, market_label("security", "en"), "team_size")
    vendor.say("about 30")
    assert vendor.state()["confirming"]["value"] == 30
    vendor.say(hedged)
    assert "team_size" not in vendor.profile()
    vendor.say("32")
    assert vendor.profile()["team_size"] == 32
