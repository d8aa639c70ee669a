"""Fact-check findings 9 and 10 in the walk-through's own texts: nothing the guide does not
say (5x8 glosses, service promises, a verdict read as the Marketplace's decision), and the
零售通 credit condition in full."""

from __future__ import annotations

from bot.i18n import QUESTIONS
from rules.markets import get_market
from rules.profile import SUPPORT_CHOICES
from tests.bot.conversation.conftest import PASSING, Vendor

CREDIT_SEED = (
    "服务商企业主体及其法定代表人信用状况良好，在淘宝，天猫或者1688等阿里系平台无不良违规记录"
    "或不良社会影响记录。"
)


def _walk_to(vendor: Vendor, market: str, question_id: str) -> str:
    vendor.engine.start(vendor.key)
    reply = vendor.say(market)
    for _ in range(40):
        current = vendor.current_question()
        if current == question_id:
            return reply.text
        assert current is not None, f"{question_id} never asked"
        reply = vendor.say(PASSING[current.partition(":")[0]])
    raise AssertionError(f"{question_id} never asked")


def test_support_question_names_the_levels_without_a_gloss(vendor: Vendor) -> None:
    text = _walk_to(vendor, "安全市场", "aftersales_support")
    assert "请选择：无、5×8 小时 或 7×24 小时。" in text
    assert "工作日" not in text and "全天候" not in text


def test_support_choice_labels_carry_no_gloss() -> None:
    labels = [(c.label_zh, c.label_en) for c in SUPPORT_CHOICES]
    assert labels == [("无", "none"), ("5×8 小时", "5×8 hours"), ("7×24 小时", "7×24 hours")]


def test_handoff_promises_nothing_beyond_passing_the_question_on(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("你们的老板是谁？")
    reply = vendor.say("转人工")
    assert "已将您的问题转给工作人员（编号 1）：“你们的老板是谁？”。" in reply.text
    assert "尽快" not in reply.text


def test_verdict_says_once_that_the_marketplace_review_decides(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场、API市场")
    verdict = vendor.answer_all()
    assert "入驻条件检查结果（截至 2024-05-01；按您的回答；以云市场审核为准）：" in verdict.text
    assert verdict.text.count("以云市场审核为准") == 1
    assert "✅ 安全市场：符合入驻条件" in verdict.text


def test_retail_link_credit_question_and_summary_keep_the_whole_condition(
    vendor: Vendor,
) -> None:
    zh, en = QUESTIONS["good_credit"]
    assert "淘宝、天猫或者1688等阿里系平台无不良违规记录或不良社会影响记录" in zh
    assert "violations or of adverse social impact on Taobao, Tmall, 1688 or other Alibaba" in en
    [condition] = [c for c in get_market("retail_link").conditions if c.key == "good_credit"]
    assert condition.seed_text == CREDIT_SEED
    assert "不良违规记录或不良社会影响记录" in condition.summary_zh
    assert condition.summary_en.endswith(
        "no record of violations or of adverse social impact on Taobao, Tmall, 1688 or other"
        " Alibaba platforms"
    )
    text = _walk_to(vendor, "零售通", "good_credit")
    assert "无不良违规记录或不良社会影响记录？" in text
