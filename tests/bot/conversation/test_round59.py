"""Round 59 (session 64): round 58's notes and this round's black-box and blind findings."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round56 import _english_at_question


@pytest.mark.parametrize(
    ("typed", "dingtalk"),
    [
        ("yes we can provide them, dingtalk is set up too", True),
        ("yes, dingtalk is set up too", True),
        ("yes we can provide them, but dingtalk is not set up yet", False),
        ("we have them, dingtalk not yet", False),
    ],
)
def test_own_yes_then_another_in_english(vendor: Vendor, typed: str, dingtalk: bool) -> None:
    # Round 58 left: DingTalk was kept and the documents asked again.
    _english_at_question(vendor, "retail link", "documents_ready")
    vendor.say(typed)
    profile = vendor.profile()
    assert (profile["documents_ready"], profile["dingtalk_ops"]) == (True, dingtalk)
    assert vendor.current_question() == "employees"


@pytest.mark.parametrize(
    ("typed", "dingtalk"),
    [
        ("可以提供，钉钉也开通了", True),
        ("有的，钉钉也有", True),
        ("可以提供，钉钉还没开", False),
        ("都有，但是钉钉还没注册", False),
    ],
)
def test_own_yes_then_another_in_chinese(vendor: Vendor, typed: str, dingtalk: bool) -> None:
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say(typed)
    profile = vendor.profile()
    assert (profile["documents_ready"], profile["dingtalk_ops"]) == (True, dingtalk)


def test_another_questions_words_alone_stay_no_yes(vendor: Vendor) -> None:
    # (Black-box 48 D14 kept: "有专人对接" is no yes to the documents.)
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say("有专人对接，钉钉也开了")
    assert "documents_ready" not in vendor.profile()


@pytest.mark.parametrize(
    "typed",
    [
        "产品不是基于阿里云的",
        "我们的产品不是基于阿里云的",
        "our product is not built on alibaba cloud",
    ],
)
def test_the_product_as_subject_at_the_alibaba_cloud_question(vendor: Vendor, typed: str) -> None:
    # Round 58 left: asked again.
    if typed.isascii():
        _english_at_question(vendor, "iot", "built_on_aliyun")
    else:
        _at_question(vendor, "物联网", "built_on_aliyun")
    vendor.say(typed)
    assert vendor.profile()["built_on_aliyun"] is False
    assert "mature_product" in vendor.profile()  # (answered before, never changed)


def test_the_alibaba_cloud_sentence_at_the_mature_question_is_no_answer(vendor: Vendor) -> None:
    _at_question(vendor, "物联网", "mature_product")
    vendor.say("产品不是基于阿里云的")
    assert "mature_product" not in vendor.profile()


@pytest.mark.parametrize("typed", ["isnt built on alibaba cloud", "it isnt built on aliyun"])
def test_a_no_without_its_apostrophe(vendor: Vendor, typed: str) -> None:
    # (Found beside it: "isnt built on alibaba cloud" was stored as a yes.)
    _english_at_question(vendor, "iot", "built_on_aliyun")
    vendor.say(typed)
    assert vendor.profile()["built_on_aliyun"] is False


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("认证做完了。", True), ("认证已经做完了", True), ("还没做完", False), ("快做完了", None)],
)
def test_done_said_at_the_certification_question(
    vendor: Vendor, typed: str, stored: bool | None
) -> None:
    # blind_conversations44 c44_48, c44_50: "认证做完了。" was asked again, twice.
    _at_question(vendor, "新零售", "ecosystem_certified")
    vendor.say(typed)
    assert vendor.profile().get("ecosystem_certified") is stored
