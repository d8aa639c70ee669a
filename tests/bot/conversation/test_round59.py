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


def test_a_correction_said_for_now(vendor: Vendor) -> None:
    # blind_conversations45 c45_27 (wrong value): "暂时提供不了…" was refused, so the question
    # was asked again and the old yes kept.
    _at_question(vendor, "物联网", "agreements_accepted")
    vendor.say("社保那个刚才说错了，我们暂时提供不了社保缴费情况表。")
    assert vendor.profile()["social_insurance_proof"] is False
    assert vendor.current_question() == "agreements_accepted"


@pytest.mark.parametrize(
    ("typed", "industry"),
    [
        (
            "Oh wait, I said education earlier. We're actually a logistics company; education is"
            " just a side project.",
            "logistics",
        ),
        ("we are an education company", "other"),
    ],
)
def test_the_kind_of_company_said_later_is_the_industry(
    vendor: Vendor, typed: str, industry: str
) -> None:
    # blind_conversations45 c45_28 (wrong value: 教育 kept); "we are an education company" was
    # also stored as accepting the agreements.
    _english_at_question(vendor, "solution", "agreements_accepted")
    vendor.say(typed)
    assert vendor.profile()["industry"] == industry
    assert "agreements_accepted" not in vendor.profile()


def test_a_market_only_done_for_a_year_is_its_experience(vendor: Vendor) -> None:
    # blind_conversations45 c45_43: "建站只做了一年。" started a check of 建站 alone.
    _at_question(vendor, "除了零售通，别的都想试试。", "experience_years:website")
    vendor.say("建站只做了一年。")
    assert len(vendor.state()["markets"]) == 11
    assert vendor.profile()["experience_years"]["website"] == 1


@pytest.mark.parametrize(
    "typed",
    ["不太好，在天猫上有一条违规记录。", "有一条违规记录", "we have one violation on tmall"],
)
def test_a_record_counted_is_bad_credit(vendor: Vendor, typed: str) -> None:
    # blind_conversations45 c45_48: asked again; "有一条违规记录" alone was stored as good credit.
    if typed.isascii():
        _english_at_question(vendor, "retail link", "good_credit")
    else:
        _at_question(vendor, "零售通", "good_credit")
    vendor.say(typed)
    assert vendor.profile()["good_credit"] is False


def test_how_many_not_known_is_unknown(vendor: Vendor) -> None:
    # blind_conversations45 c45_56: "不知道具体多少人，没统计过。" got the contact page.
    _at_question(vendor, "建站", "team_size")
    reply = vendor.say("不知道具体多少人，没统计过。")
    assert reply.text.startswith("已记为“不知道”：技术及客服团队人数")
    assert vendor.current_question() == "social_insurance_proof"
