"""Yes/no answered by describing the condition, "can't" said as verb + 不了, and "not done yet"
said outright: classes blind_conversations9 left vendors stuck on or stored wrong. The wordings
here are our own, not the set's."""

from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.interpret import (
    Answer,
    Refused,
    described_yes_no,
    interpret,
    read_bool,
    read_industry,
)

AS_OF = date(2021, 1, 20)
ALL_MARKETS = ["software", "website", "iot", "security", "service", "data", "solution"]


def _reading(slot: str, typed: str):
    return interpret(EligibilityForm(ALL_MARKETS, {}, AS_OF), slot, typed)


@pytest.mark.parametrize(
    ("slot", "typed"),
    [
        ("mature_product", "产品很稳定"),
        ("mature_product", "已经很成熟了"),
        ("mature_product", "the product is stable and mature"),
        ("ecs_image", "镜像交付没问题的方式我们做过"),
        ("ecs_image", "可用ECS镜像部署"),
        ("ecs_image", "we ship an image"),
        ("built_on_aliyun", "都跑在阿里云上"),
        ("built_on_aliyun", "100% Alibaba Cloud"),
        ("marketing_capability", "有专门的营销团队"),
        ("legal_entity", "正规注册的有限公司"),
    ],
)
def test_the_condition_described_is_a_yes(slot: str, typed: str) -> None:
    reading = _reading(slot, typed)
    assert isinstance(reading, Answer) and reading.value is True, reading


@pytest.mark.parametrize(
    "typed", ["部署在腾讯云上", "we run everything on AWS", "用的是Azure的物联网平台"]
)
def test_another_cloud_at_the_alibaba_cloud_question_is_a_no(typed: str) -> None:
    reading = _reading("built_on_aliyun", typed)
    assert isinstance(reading, Answer) and reading.value is False, reading


@pytest.mark.parametrize(
    ("slot", "typed"),
    [
        ("mature_product", "还不太稳定"),
        ("mature_product", "not stable yet"),
        ("built_on_aliyun", "一部分阿里云一部分AWS"),
        ("ecs_image", "镜像是什么意思？"),
    ],
)
def test_a_description_with_a_negation_or_a_question_is_not_a_yes(slot: str, typed: str) -> None:
    reading = _reading(slot, typed)
    assert not (isinstance(reading, Answer) and reading.value is True), reading


@pytest.mark.parametrize(
    "typed", ["提供不了，员工都是外包的", "拿不到，我们是小公司", "做不到", "办不了"]
)
def test_cannot_said_as_verb_plus_buliao_is_a_no(typed: str) -> None:
    assert read_bool(typed).value is False


@pytest.mark.parametrize(
    "typed", ["在申请，还没通过", "资料提交了，尚未完成认证", "in progress, not yet approved"]
)
def test_not_done_yet_said_outright_is_a_no(typed: str) -> None:
    assert read_bool(typed).value is False


def test_a_hedge_without_a_process_word_is_still_asked() -> None:
    # Round 15: "有，但是还在办" (being arranged) is a no for now; a bare hedge is still asked.
    reading = _reading("ecosystem_certified", "有，不过差不多吧")
    assert not isinstance(reading, (Answer, Refused)), reading


@pytest.mark.parametrize(
    ("typed", "industry"),
    [
        ("financial software", "finance"),
        ("fintech", "finance"),
        ("logistic platforms", "logistics"),
        ("public sector", "government"),
        ("Internet of Things", "iot"),
    ],
)
def test_industry_in_other_english_words(typed: str, industry: str) -> None:
    assert read_industry(typed).value == industry


def test_a_number_in_the_description_belongs_to_another_question() -> None:
    """ "only 18 people are on our social insurance" corrects the team size; it is no yes to the
    social-insurance statement (the first version of the fix stored it as one)."""
    assert (
        described_yes_no("social_insurance_proof", "only 18 people on our social insurance") is None
    )
    assert described_yes_no("built_on_aliyun", "100% Alibaba Cloud") is True
