"""fix33c: classes of wrong replies a blind set's judge found.

1. A duration asked about the deposit receipt ("签完合同多久能收到保证金收据") is declined as the
   receipt's timing, never as the contract's term because "合同" came first.
2. "谁说了算", "who has the final say" on the commission policy asks who interprets it (seed §4
   优惠政策 item 5), never the policy period.
3. The cost or time of obtaining a document outside joining (软件著作权登记, 办营业执照) is a plain
   out-of-scope decline, never the joining steps' durations.
4. "要在线客服还是售后技术服务" weighs two conditions, not the two words of one ("技术及售后团队"):
   no "两样都要" opening, no sentence ending "要求的是。".
6. A figure asked after a stated fact ("执照年限要求是多少", "what is the licence-age
   requirement") opens with the rule's figure, never a bare "这一项满足".
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

DAY = date(2026, 12, 2)


# --- Class 1: the receipt's timing, not the contract's term ---------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "签完合同多久能收到保证金收据？",
        "交了保证金以后收据多久能拿到？",
        "保证金收据什么时候开给我们？",
    ],
)
def test_receipt_timing_zh(question: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope
    assert "合同的期限" not in first_sentence(reply.text)


@pytest.mark.parametrize(
    "question",
    [
        "How long after signing the contract do we get the deposit receipt?",
        "When will we receive the receipt for the deposit?",
    ],
)
def test_receipt_timing_en(question: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope
    assert "how long the contracts run" not in first_sentence(reply.text)


def test_contract_term_still_declined_as_term() -> None:
    assert "合同的期限" in first_line(answer("合同签几年？", today=DAY).text)


# --- Class 2: who has the final say on the policy -------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "这个佣金优惠政策最后谁说了算？有解释权的是谁",
        "这个佣金优惠政策谁说了算？",
        "佣金政策最后由谁拍板？",
        "Who has the final say on the commission policy?",
        "Who decides on the commission discount policy in the end?",
    ],
)
def test_who_interprets_the_policy(question: str) -> None:
    head = first_sentence(answer(question, today=DAY).text)
    assert "解释权" in head or "interprets" in head
    assert "2016" not in head


def test_policy_end_still_the_period() -> None:
    assert "2021年3月31日" in first_line(answer("佣金优惠政策什么时候结束？", today=DAY).text)


# --- Class 3: outside paperwork's cost or time ----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "软件著作权登记要多少钱，多久能下来？",
        "软著多久能办下来",
        "ICP备案要多久",
        "办营业执照要多少钱",
        "How much does a software copyright registration cost and how long does it take?",
    ],
)
def test_outside_paperwork_declined_plainly(question: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope
    assert "第1步" not in reply.text and "Step 1" not in reply.text
    assert "没有给出天数" not in reply.text


@pytest.mark.parametrize(
    "question", ["营业执照多久才能入驻建站市场", "执照多少年能入驻安全市场", "营业执照要满几年"]
)
def test_licence_age_still_answered(question: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope
    assert "满" in reply.text


# --- Class 4: online support or after-sales, per market -------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "数据智能市场要的是在线客服还是售后技术服务？几小时？",
        "安全市场要求在线客服还是售后技术服务？",
        "For the data intelligence market, is it online customer service or after-sales "
        "technical support? How many hours?",
    ],
)
def test_after_sales_only_market_no_both_opening(question: str) -> None:
    text = answer(question, today=DAY).text
    assert "两样都要" not in text and "Both are needed" not in text
    assert "要求的是。" not in text
    head = first_line(text)
    assert "售后技术服务" in head or "after-sales" in head


def test_both_words_asked_apart_still_both() -> None:
    assert first_line(answer("物联网市场是软件还是硬件都要？", today=DAY).text).startswith(
        "两样都要"
    )


# --- Class 6: the figure asked after a stated fact comes first ------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们公司UID 2088102233445566，执照是2019年的，想入驻建站市场，执照年限要求是多少？",
        "我们执照是2019年办的，想入驻建站市场，执照要求几年？",
        "Our licence is from 2019 and we want to join the website-building market. "
        "What is the licence-age requirement?",
    ],
)
def test_figure_asked_first(question: str) -> None:
    head = first_line(answer(question, today=DAY).text)
    assert not head.startswith(("这一项满足", "Yes, on this point"))
    assert "2 年" in head or "2 years" in head


# --- Class 5: a list announced as N items shows N -------------------------------------------
@pytest.mark.parametrize(
    ("question", "last_item"),
    [
        ("How many steps does onboarding have, and which step is paying the deposit?", "7. "),
        ("入驻一共几步？交保证金是第几步？", "7. "),
    ],
)
def test_announced_steps_all_shown(question: str, last_item: str) -> None:
    text = answer(question, today=DAY).text
    assert first_line(text).startswith(("Joining takes 7 steps", "入驻云市场共7步"))
    assert f"\n{last_item}" in text
    assert "第5步" in text or "step 5" in text
