"""Round 20 (fix20b): process order and commission mechanics, in new wordings. Four classes, each
with paraphrases of our own that main (bd99688) got wrong:

1. "charged at our final tier from day one? how is it adjusted": 不是 / No first, then the
   pre-charge at tier 1, the re-rating early next month and the refund (§4 注), not the tiers;
2. "保证金交完了还有啥要做的吗", "deposit's paid, anything left to do?": a step said done and
   what is left asks the step after it (step 6, the ticket), not the step itself;
3. "A before or after B?" (签合同在审核前还是审核后): the place of the step asked about first
   (之后 / After), with the review when B is the application (§2 step 3 vi);
4. "提交完申请是不是马上就能签合同": straight on from submitting, the review comes in between
   (不是 / 还不能, wait for the e-mail), unless the vendor says it has been approved.
"""

from __future__ import annotations

import pytest

from bot.answers import answer
from rules.process import JOINING_STEPS

_STEPS = {step.id: step for step in JOINING_STEPS}


# --- 1. the commission pre-charge, asked as "our own tier from the start?" --------------------
@pytest.mark.parametrize(
    "question",
    [
        "Do you bill us at our eventual tier from the first day of the month, and how is it "
        "adjusted later?",
        "Is our real tier rate applied right away, or is there some adjustment afterwards?",
        "Will you take commission at our actual tier immediately?",
        "佣金是从月初就按我们最后的档位扣吗？后面怎么调",
        "月初就按实际档位收佣金吗，怎么调整的",
        "一开始就按我们对应的档位收佣金吗",
    ],
)
def test_own_tier_from_the_start_is_no_then_the_precharge(question: str) -> None:
    reply = answer(question)
    assert reply.topic == "commission.prepay_refund"
    assert reply.text.startswith(("不是", "No")), reply.text
    text = reply.text.lower()
    assert "1" in text and any(word in text for word in ("次月", "following month", "next month"))
    assert any(word in text for word in ("返还", "refund"))


@pytest.mark.parametrize(
    "question", ["佣金多收了怎么处理", "When is overcharged commission refunded?"]
)
def test_precharge_asked_without_a_supposition_has_no_verdict(question: str) -> None:
    reply = answer(question)
    assert reply.topic == "commission.prepay_refund"
    assert not reply.text.startswith(("不是", "No"))


# --- 2. a step said done and what is left -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "next_id"),
    [
        ("押金付完了还有什么事要办吗", "file_ticket"),
        ("保证金已经交好了，还有别的要做吗", "file_ticket"),
        ("Deposit is paid — anything more we need to do?", "file_ticket"),
        ("We've paid the deposit, is there anything left to do?", "file_ticket"),
        ("合同签好了还有啥需要做的", "pay_deposit"),
        ("Contracts signed. Anything left for us to do?", "pay_deposit"),
    ],
)
def test_step_done_and_what_is_left_is_the_next_step(question: str, next_id: str) -> None:
    reply = answer(question)
    step = _STEPS[next_id]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question[:4]) else "en"
    first_line = reply.text.splitlines()[0]
    assert (f"第{step.number}步" if lang == "zh" else f"step {step.number}") in first_line, (
        reply.text
    )


# --- 3. before or after ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Are the contracts signed before or after our application is reviewed?", "After"),
        ("Is the review before or after signing the contracts?", "Before"),
        # The place named by its step (fix31d): 审核通过后 / 签署合同后 / 缴纳保证金前, no bare 之后.
        ("合同是在审核之前签还是审核之后签", "审核通过后"),
        ("审核前还是审核后签合同", "审核通过后"),
        ("保证金是签合同前交还是签合同后交", "签署合同后"),
        ("签合同是在交保证金之前还是之后", "缴纳保证金前"),
        ("Is the ticket filed before or after paying the deposit?", "After"),
    ],
)
def test_before_or_after_opens_with_the_place(question: str, verdict: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(verdict), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Do we sign the agreements before or after the Marketplace approves us?",
        "合同是审核前签还是审核后签",
    ],
)
def test_after_the_review_names_the_review(question: str) -> None:
    reply = answer(question)
    assert any(word in reply.text for word in ("审核", "review")), reply.text
    assert any(word in reply.text for word in ("邮件", "email")), reply.text


# --- 4. straight on from submitting the application ---------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "申请提交了，能直接签合同吗",
        "点了提交以后是不是马上就可以签合同",
        "Once we submit the application can we sign the contracts right away?",
        "After applying, can we go straight to signing the agreements?",
    ],
)
def test_straight_on_from_the_application_waits_for_the_review(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("不是", "还不能", "No", "Not yet")), reply.text
    first = reply.text.splitlines()[0] + reply.text.splitlines()[1]
    assert any(word in first for word in ("审核", "review")), reply.text


@pytest.mark.parametrize(
    "question",
    ["审核通过后是不是马上就能签合同", "Once approved, can we sign the contracts right away?"],
)
def test_straight_on_once_approved_is_yes(question: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(("是", "Yes")), reply.text


# --- 3b. before or after, with a comma or 过了再 ------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["押金是审核之前交，还是审核过了再交", "合同是审核前就签，还是审核通过以后再签"],
)
def test_before_or_after_across_a_comma(question: str) -> None:
    # The place named by its step (fix31d): 审核通过后, no bare 之后.
    assert answer(question).text.startswith("审核通过后"), answer(question).text


# --- 2b. "whats next" without its apostrophe ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "number"),
    [("contracts are signed, whats next", 5), ("deposit paid, whats next", 6)],
)
def test_whats_next_without_apostrophe(question: str, number: int) -> None:
    assert f"step {number}" in answer(question).text.splitlines()[0]


# --- 5. the minimum asked for several markets: the values first, not "Yes, all of them" -----------
@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "Lowest registered capital for the Security and Enterprise Application markets?",
            "1,000,000",
        ),
        (
            "Minimum registered capital for the Enterprise Application market and for the Basic Software market?",
            "100,000",
        ),
        ("安全市场和企业应用市场的注册资本门槛", "100万"),
    ],
)
def test_minimum_for_several_markets_opens_with_the_values(question: str, first: str) -> None:
    reply = answer(question)
    assert first in reply.text.splitlines()[0], reply.text
    assert not reply.text.startswith(("Yes", "是")), reply.text


def test_minimum_asked_yes_no_keeps_its_verdict() -> None:
    reply = answer(
        "Do the Security and Enterprise Application markets both set a minimum registered capital?"
    )
    assert reply.text.startswith("Yes"), reply.text


# --- 6. the policy period asked "from when to when"; whether Alibaba may change the rules ----------
@pytest.mark.parametrize(
    "question",
    [
        "佣金优惠政策起止时间是哪天",
        "减免政策是从几号到几号",
        "What are the start and end dates of the commission discount policy?",
    ],
)
def test_period_from_when_to_when_opens_with_the_dates(question: str) -> None:
    reply = answer(question)
    first = reply.text.splitlines()[0]
    assert reply.topic == "commission.period", reply.text
    assert ("2016" in first and "2021" in first) and "2020" not in first[:40], reply.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("政策期间阿里云可以修改佣金规则吗，改了从什么时候生效", "可以"),
        ("阿里云有权调整减免政策吗", "可以"),
        ("Could Alibaba Cloud adjust the commission rules while the policy runs?", "Yes"),
    ],
)
def test_may_alibaba_change_the_rules_is_yes_then_the_clause(question: str, verdict: str) -> None:
    reply = answer(question)
    assert reply.topic == "commission.adjust", reply.text
    assert reply.text.startswith(verdict), reply.text
    assert any(word in reply.text for word in ("次月1号", "1st of the following month")), reply.text


def test_change_at_any_time_gets_no_bare_yes() -> None:
    reply = answer("阿里云可以随时修改佣金规则吗")
    assert not reply.text.startswith("可以"), reply.text
