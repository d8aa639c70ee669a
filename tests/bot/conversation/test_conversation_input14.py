"""Issue 12, conversation input, round 14: a question naming a number gives no value, the field a
correction names in the clause holding its value, another field's count at a yes/no question,
a corrected date after "not X", and "only Y - not X". Wordings are our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.helpers import read_markets
from bot.conversation.interpret import Correction, Question, interpret
from rules.markets import MARKET_IDS, market_label
from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question

AS_OF = date(2021, 1, 20)


def _form() -> EligibilityForm:
    return EligibilityForm(list(MARKET_IDS), {}, AS_OF)


# ----- a question typed at a count field never gives a value ----------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "So the total deposit for the eleven markets comes to 330,000 yuan, right?",
        "That makes the deposit 50,000 yuan, correct?",
        "So we'd pay 330,000 yuan in deposits?",
        "那十一个市场的保证金加起来是33万，对吧？",
        "保证金一共要交5万元，是吗",
        "那保证金一共是330,000元，对吧？",
        "所以押金就是330,000，对不对？",
    ],
)
@pytest.mark.parametrize("slot", ["employees", "team_size"])
def test_a_question_naming_a_number_is_no_count(slot: str, typed: str) -> None:
    assert isinstance(interpret(_form(), slot, typed), Question)


def test_the_question_is_answered_and_the_count_asked_again(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "en"), "team_size")
    vendor.say("So the security deposit comes to 50,000 yuan, right?")
    assert vendor.current_question() == "team_size"
    assert "team_size" not in vendor.profile()
    vendor.say("24")
    assert vendor.profile()["team_size"] == 24


# ----- "the team is N" in a correction names the team, whatever it says on the way ---------------


@pytest.mark.parametrize(
    "typed",
    [
        "Sorry, two more engineers went on our social insurance last month, so the team is 23 now.",
        "Sorry, we hired for social insurance support, so the team is 23 now",
        "不好意思，上个月又有两个工程师上了社保，所以团队现在是23人",
        "抱歉，社保这边又加了两个人，因此团队人数现在是23",
    ],
)
def test_the_team_named_with_its_number_is_corrected(typed: str) -> None:
    reading = interpret(_form(), "agreements_accepted", typed)
    assert isinstance(reading, Correction), reading
    assert reading.slot == "team_size" and reading.reading is not None
    assert reading.reading.value == 23 and not reading.reading.approximate


# ----- another field's count at a yes/no question corrects that field ---------------------------


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("ACP我问了一下，有2个同事前年考过了", 2),
        ("I asked around: 2 colleagues passed ACP the year before last", 2),
        ("对了ACP的话我们有3位工程师拿到了", 3),
    ],
)
@pytest.mark.parametrize("slot", ["joint_solution", "customer_cases"])
def test_an_acp_count_at_a_yes_no_question_is_the_acp_count(
    slot: str, typed: str, count: int
) -> None:
    reading = interpret(_form(), slot, typed)
    assert isinstance(reading, Correction), reading
    assert reading.slot == "acp_engineers" and reading.reading is not None
    assert reading.reading.value == count


def test_the_yes_no_question_is_asked_again_after_the_acp_count(vendor: Vendor) -> None:
    markets = f"{market_label('solution', 'zh')}和{market_label('devops', 'zh')}"
    _at_question(vendor, markets, "joint_solution")
    vendor.say("ACP我问了一下，有2个同事前年考过了")
    assert vendor.profile()["acp_engineers"] == 2
    assert "joint_solution" not in vendor.profile()
    assert vendor.current_question() == "joint_solution"


# ----- the corrected date before "not X" is read ----------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Oops, the licence date is 20/07/2017, not 2016.",
        "Sorry, our business license date is 20/07/2017 not 2016",
        "不好意思，营业执照日期是20/07/2017，不是2016年",
        "抱歉，执照日期是2017年7月20日，不是2016年",
    ],
)
def test_a_corrected_date_before_not_is_read(typed: str) -> None:
    reading = interpret(_form(), "online_cs", typed)
    assert isinstance(reading, Correction), reading
    assert reading.slot == "license_date" and reading.reading is not None
    assert reading.reading.value == date(2017, 7, 20)


# ----- "only Y - not X" leaves X out ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "markets"),
    [
        ("Only the website market - not services.", ["website"]),
        ("Only website building — not the service market", ["website"]),
        ("website building only, not services", ["website"]),
        ("只要建站市场——服务市场不要", ["website"]),
        ("只看建站 - 不看服务市场", ["website"]),
    ],
)
def test_not_x_after_only_y_leaves_x_out(typed: str, markets: list[str]) -> None:
    assert read_markets(typed).markets == markets


# ----- a look-up request without a question mark is a question, not a value --------------------


@pytest.mark.parametrize(
    "typed",
    [
        "帮我看下我们公司上个月的佣金返还到账没有，服务商ID是88231",
        "麻烦查一下我们的保证金到账了没",
        "请帮忙确认一下审核通过了没有",
        "保证金交了 30000 了，你们收到没有",
        # An action asked of the bot (round 38, seen in the console at the market choice).
        "帮我给云市场的小二发个邮件催一下审核",
    ],
)
@pytest.mark.parametrize("slot", ["employees", "registered_capital", "social_insurance_proof"])
def test_a_look_up_request_gives_no_value(slot: str, typed: str) -> None:
    assert isinstance(interpret(_form(), slot, typed), Question)


def test_a_look_up_request_at_the_start_is_answered_not_read_as_markets(vendor: Vendor) -> None:
    reply = vendor.say("帮我看下我们公司上个月的佣金返还到账没有，服务商ID是88231")
    assert "没能识别" not in reply.text, reply.text
    assert "转人工" in reply.text and "88,231" not in reply.text, reply.text


def test_an_action_asked_at_the_start_is_declined_not_read_as_markets(vendor: Vendor) -> None:
    reply = vendor.say("帮我给云市场的小二发个邮件催一下审核")
    assert "没能识别" not in reply.text, reply.text
    assert "不能替您办这件事" in reply.text, reply.text
