"""Round 57 (session 62): review 64 N1 and N4 in conversation
(docs/evaluation/diff_review_round56c.md)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round56 import _english_at_question


@pytest.mark.parametrize(
    "said",
    [
        "when does our licence become old enough?",
        "when is our license old enough?",
        "when does the licence turn 2?",
        "when does the license reach two years?",
    ],
)
def test_when_the_licence_is_old_enough_in_english(vendor: Vendor, said: str) -> None:
    # N4: the list of every market's licence rule.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security")
    vendor.answer_all({**PASSING, "license_date": "2022-05-02"})
    assert "Security Market: 1 more day(s)" in vendor.say(said).text


@pytest.mark.parametrize(
    ("said", "people"), [("就俩员工", 2), ("一共就仨人", 3), ("我们就俩人", 2)]
)
def test_two_and_three_as_people_say_them_at_the_question(
    vendor: Vendor, said: str, people: int
) -> None:
    # N1: "不是整数".
    _at_question(vendor, "零售通", "employees")
    assert vendor.say(said).text.startswith(f"已记录：员工人数 = {people} 人")
    assert vendor.profile()["employees"] == people


def test_none_with_several_words_before_it(vendor: Vendor) -> None:
    # blind_conversations41 c41_36: "不是整数", asked again and again.
    _at_question(vendor, "解决方案市场。", "acp_engineers")
    vendor.say("ACP是什么认证？")
    vendor.say("那我们目前没有ACP认证工程师。")
    assert vendor.profile()["acp_engineers"] == 0


@pytest.mark.parametrize(("said", "value"), [("Then not yet.", False), ("ok then, yes", True)])
def test_then_before_a_yes_or_no(vendor: Vendor, said: str, value: bool) -> None:
    # blind_conversations41 c41_41: "sounds as if it is not complete yet", asked again.
    _english_at_question(vendor, "New Retail market.", "ecosystem_certified")
    vendor.say("What is the ecosystem certification, and where do we get it?")
    vendor.say(said)
    assert vendor.profile()["ecosystem_certified"] is value


@pytest.mark.parametrize(
    ("said", "besides"),
    [
        (
            "yes, and we can ship as ECS image, and product is mature/stable",
            ["ecs_image", "mature_product"],
        ),
        ("yes, and we can ship as ECS image", ["ecs_image"]),
        ("是的，而且可以做成镜像交付", ["ecs_image"]),
        ("是的，另外产品也很成熟稳定", ["mature_product"]),
    ],
)
def test_a_yes_and_other_facts_after_it(vendor: Vendor, said: str, besides: list[str]) -> None:
    # Black-box s72 D12: the facts after "yes, and" dropped (or the yes given to them).
    if said.isascii():
        _english_at_question(vendor, "all", "api_integration")
    else:
        _at_question(vendor, "全部", "api_integration")
    vendor.say(said)
    profile = vendor.profile()
    assert profile["api_integration"] is True
    assert all(profile[name] is True for name in besides)


def test_a_yes_then_another_answer_without_and_keeps_round_51s_reading(vendor: Vendor) -> None:
    _english_at_question(vendor, "all", "api_integration")
    vendor.say("yes, we can ship as ECS image")
    assert vendor.profile()["ecs_image"] is True
    assert vendor.current_question() == "api_integration"
