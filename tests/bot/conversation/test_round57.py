"""Round 57 (session 62): review 64 N1 and N4 in conversation
(docs/evaluation/diff_review_round56c.md)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round55 import _english_ticket
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


@pytest.mark.parametrize(
    "said",
    [
        # Black-box s74 D1 (high): "too: 深圳市…" stored and put into the ticket.
        "the address should be in Chinese too: 深圳市南山区科兴科学园B栋1203",
        # D2 (high): '"，帮我改成 深圳市…' stored (the colon inside the quotes).
        '工单地址里多了个"too:"，帮我改成 深圳市南山区科兴科学园B栋1203',
    ],
)
def test_the_address_corrected_in_a_sentence(vendor: Vendor, said: str) -> None:
    _english_ticket(vendor, "security", "too: 深圳市南山区科兴科学园B栋1201")
    vendor.say(said)
    assert vendor.state()["ticket_fields"]["address"] == "深圳市南山区科兴科学园B栋1203"


def test_when_joinable_names_the_licence_beside_the_others(vendor: Vendor) -> None:
    # D3 (high): only the marketing capability named, as if it were enough.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("services market")
    vendor.answer_all({**PASSING, "license_date": "2023-03-03", "marketing_capability": "no"})
    reply = vendor.say("so when could we apply to the service market?").text
    assert "it reaches 2 on 2025-03-03" in reply
    assert "marketing capability: no" in reply


@pytest.mark.parametrize(
    ("said", "head"),
    [
        # Black-box s74 D4: the walk-through started.
        ("另外问下，零售通要求公司成立多久？", "零售通市场要求：企业成立时间超过 1 年。"),
        ("物联网市场收多少", "物联网市场各档的佣金比例都是 0%"),
        ("零售通市场要求多少人", "零售通市场要求：员工人数不少于 4 人。"),
    ],
)
def test_one_rule_of_a_market_asked_is_answered(vendor: Vendor, said: str, head: str) -> None:
    vendor.engine.start(vendor.key)
    assert vendor.say(said).text.startswith(head)
    assert vendor.state()["markets"] == []


def test_one_rule_asked_in_english_is_answered(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    reply = vendor.say("what about retail link, how old must the company be?").text
    assert reply.startswith("Retail Link Market: company founded more than 1 year ago.")
    assert vendor.state()["markets"] == []


def test_can_we_join_a_market_still_starts_its_check(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("零售通能进吗")
    assert vendor.state()["markets"] == ["retail_link"]
