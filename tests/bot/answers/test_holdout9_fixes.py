"""Classes of answers holdout9 got wrong, checked in my own wording (not the set's questions)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

IN_POLICY = date(2020, 11, 15)


# --- a number labelled as an id is never an amount ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们服务商ID是 300000，算第几档？",
        "Our vendor ID is 250000, which tier are we in?",
        "我的用户ID是 400000，佣金是多少",
        "服务商id：210000，佣金费率多少",
    ],
)
def test_an_id_is_never_read_as_the_months_total(question: str) -> None:
    reply = answer(question, today=IN_POLICY)
    for figure in ("300,000", "250,000元", "250,000 yuan", "400,000", "210,000"):
        assert figure not in reply.text, reply.text
    assert "属于第2档" not in reply.text and "are in tier" not in reply.text.lower()
    assert invented_numbers(question, reply.text, IN_POLICY) == []


@pytest.mark.parametrize(
    "question",
    [
        "商品ID 600001，上个月在服务市场卖的，佣金收了多少？",
        "商品编号 350000 上月平台服务费扣了多少",
        "我们阿里云账号ID是 1234 5678 9012 3456，帮看下保证金到账没",
        "my account ID is 1588 2233 4455 6677, has our deposit arrived?",
        "账号ID 2088 1234 5678 的保证金交了吗",
    ],
)
def test_a_look_up_by_id_is_declined_with_a_hand_off(question: str) -> None:
    reply = answer(question, today=IN_POLICY)
    assert reply.out_of_scope, reply.text
    assert "转人工" in reply.text or "human" in reply.text


@pytest.mark.parametrize(
    ("question", "old_reply"),
    [
        (
            "我们服务商ID是 200000，这样属于第几档？",
            "单个类目当月应结算实收现金总额 20万元（200,000元） 属于第2档（20万元≤交易额<50万元）。",
        ),
        (
            "商品ID 500001，上个月在基础软件类目卖的，平台服务费收了多少？",
            "当月应结算实收现金总额 500,001元（其中分销 0元）：实际佣金：500,001 × 3% = "
            "15,000.03元；次月初返还：35,000.07元",
        ),
        (
            "Vendor ID 300000: which tier?",
            "A month total of 300,000 yuan is tier 2.",
        ),
    ],
)
def test_a_figure_computed_from_an_id_counts_as_invented(question: str, old_reply: str) -> None:
    assert invented_numbers(question, old_reply, IN_POLICY)


# --- out of scope: the Marketplace's operations, foreign companies, leaving in detail -------


@pytest.mark.parametrize(
    "question",
    [
        "云市场首页的banner广告位怎么申请",
        "想在云市场投广告，推广位多少钱一个月",
        "How can we buy ad slots on the Marketplace home page?",
        "卖家后台里怎么给商品设置SKU",
        "Where in the seller console do I change my listing's SKUs?",
        "Can a Singapore-registered company apply to the marketplace?",
        "我们是香港注册的公司，可以入驻吗",
        "Does the marketplace have an international version for buyers abroad?",
        "云市场有英文版吗，海外客户能买吗",
        "退出云市场需要哪些具体步骤",
        "What is the exit process if we want to leave the Marketplace?",
        "退出云市场的详细手续是什么",
    ],
)
def test_out_of_scope_is_declined_with_a_hand_off(question: str) -> None:
    reply = answer(question, today=IN_POLICY)
    assert reply.out_of_scope, reply.text
    assert "转人工" in reply.text or "human" in reply.text or "staff" in reply.text


# --- facts that were declined: hyphen-joined words, the guide's own version ----------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many sub-markets are there on the marketplace?", "twelve"),
        ("what's the count of sub-markets in the Marketplace?", "twelve"),
        ("What date is on the commission-policy notice?", "2020-11-23"),
        ("When was the fee-reduction notice issued?", "2020-11-23"),
        ("which version is the onboarding guide you are using?", "20210120"),
        ("这份指南是哪个版本的", "20210120"),
        ("What version of the guide do you answer from?", "20210120"),
    ],
)
def test_facts_asked_in_other_words_are_answered(question: str, expected: str) -> None:
    reply = answer(question, today=IN_POLICY)
    assert not reply.out_of_scope and expected in reply.text, reply.text


# --- asked whether a later step may come first: 不能 -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "能不能先上架商品，保证金后面再补？",
        "可不可以先开店，合同以后再签",
        "我们能否先交保证金再做企业实名认证",
        "能不能先提工单，之后再交保证金",
    ],
)
def test_asking_to_do_a_later_step_first_is_told_no(question: str) -> None:
    reply = answer(question, today=IN_POLICY)
    assert reply.text.startswith("不能"), reply.text
