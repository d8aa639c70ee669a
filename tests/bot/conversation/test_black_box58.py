"""Round 45 (session 50): the fifteenth black-box reading — a new tester who never saw the code
played 12 vendors in the console at 555e12d (docs/evaluation/black_box_s58/report.md: 20
defects, 2 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    "typed", ["stop, I am not applying now", "we're not applying right now", "我们暂时不申请了"]
)
def test_a_stop_in_words_is_no_answer(vendor: Vendor, typed: str) -> None:
    # D1 (high): "stop, I am not applying now" stored "not a lawfully registered company".
    _at_question(vendor, "website building market", "legal_entity")
    vendor.say(typed)
    assert "legal_entity" not in vendor.profile()
    assert vendor.step() != "question"


@pytest.mark.parametrize(
    "typed",
    [
        "websites are all on aliyun ECS, but the IoT stuff runs on AWS IoT Core",
        "yes for website, no for IoT",
        "网站都是在阿里云上的，但是物联网用的是AWS",
    ],
)
def test_a_split_answer_for_two_markets_is_not_stored(vendor: Vendor, typed: str) -> None:
    # D2 (high): "yes for website, no for IoT" stored a plain yes and the IoT verdict was wrong.
    _at_question(vendor, "iot and website building", "built_on_aliyun")
    reply = vendor.say(typed).text
    assert "built_on_aliyun" not in vendor.profile()
    assert "Alibaba Cloud IoT products" in reply or "阿里云IoT产品" in reply
    assert vendor.current_question() == "built_on_aliyun"


def test_switch_to_another_market_after_the_verdict(vendor: Vendor) -> None:
    # D5: "零售通不行的话，那换成新零售市场呢" checked both markets.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all()
    vendor.say("零售通不行的话，那换成新零售市场呢")
    assert vendor.state()["markets"] == ["new_retail"]


def test_only_one_market_kept_on_the_answers_screen(vendor: Vendor) -> None:
    # D5: "不要零售通了，只看新零售" at the answers-on-file screen was not understood.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all()
    vendor.say("查看其他市场")
    vendor.say("零售通和新零售")
    assert vendor.step() == "confirm_known"
    vendor.say("不要零售通了，只看新零售")
    assert vendor.state()["markets"] == ["new_retail"]


@pytest.mark.parametrize("typed", ["继续吧", "ok继续", "好的，继续"])
def test_continue_with_a_particle(vendor: Vendor, typed: str) -> None:
    # D6: only the bare "继续" moved on from the answers-on-file screen.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("查看其他市场")
    vendor.say("api")
    assert vendor.step() == "confirm_known"
    vendor.say(typed)
    assert vendor.step() != "confirm_known"


@pytest.mark.parametrize(
    "typed",
    [
        "does the website building market charge 20% forever?",
        "so is the 20% rate permanent or not?",
    ],
)
def test_a_rate_for_ever_is_the_policy_period(vendor: Vendor, typed: str) -> None:
    # D3, D12: a form started / the tier table, not the policy period.
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed).text
    assert reply.startswith("No, not forever")
    assert vendor.step() != "question"


def test_an_own_figure_asked_with_a_market_is_answered(vendor: Vendor) -> None:
    # D3: "do we need 20 staff for the API market? we only have 12 engineers" started the form.
    vendor.engine.start(vendor.key)
    reply = vendor.say("do we need 20 staff for the API market? we only have 12 engineers").text
    assert "at least 20 people" in reply
    assert vendor.step() != "question"
