"""Round 26 (fix26d): two-part asks answered once each, and the asked document rule first —
wordings of our own that int25 got wrong:

1. "能退吗？退的话…", "能改吗？改了…", "…? If so, …": the second part asks what holds if the first
   part's answer does, so the first part's rule answers it; no neighbouring rule (the markets'
   entry conditions, the application's progress e-mails) is pasted after;
2. a copy asked about where the guide names scans of the originals (零售通's 原件扫描件):
   不行 / No first, then that condition — never another of the market's conditions first;
3. "when did the policy start? can Alibaba Cloud end it early?": both parts, the second with its
   verdict (可以 / Yes — the guide lets it adjust, extend or shorten the policy).
"""

from __future__ import annotations

import pytest

from bot.answers import answer


# --- 1. "if so" follow-ups are the first part's rule ----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "保证金以后能退回吗？要退的话得满足什么？",
        "保证金可以退吗，退的话有什么前提条件？",
        "保证金到最后还能退给我们吗？退的话需要满足哪些条件？",
        "押金可以退吗？退的话需要什么条件？",
        "Is the deposit refundable? If so, under what conditions?",
        "Do we get the deposit back at the end? If yes, what do we need to satisfy?",
    ],
)
def test_refund_if_so_is_the_refund_condition_only(question: str) -> None:
    found = answer(question)
    assert found.topic == "deposit.refund"
    assert "违反" in found.text or "violat" in found.text
    # The markets' entry conditions are not pasted after.
    assert "20 人" not in found.text and "20 or more" not in found.text
    assert "社保" not in found.text and "social insurance" not in found.text


@pytest.mark.parametrize(
    "question",
    [
        "佣金优惠政策阿里云可以调整吗？调整了会怎么通知我们？",
        "减免政策阿里云能随时修改吗？改了我们从哪得知？",
        "佣金政策阿里云能改吗？改了我们怎么才能知道？",
        "优惠政策阿里云会随时改吗？改了我们要怎么知道",
        "Can Alibaba Cloud change the commission policy? If they do, how will we find out?",
    ],
)
def test_change_if_so_is_the_notice_rule_only(question: str) -> None:
    found = answer(question)
    assert found.topic == "commission.adjust"
    assert "次月1号" in found.text
    # No application-progress e-mails.
    assert "邮件" not in found.text and "e-mail" not in found.text.lower()
    assert "审核" not in found.text and "review" not in found.text.lower()


def test_if_so_with_a_question_the_guide_leaves_open_is_still_two_parts() -> None:
    found = answer("保证金能退吗？退了多久到账？")
    assert found.text.startswith("1) ")
    assert "2) " in found.text


# --- 2. a copy where the guide names scans of the originals ---------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "零售通入驻的证件可以交复印件吗？",
        "营业执照用复印件扫描上传可以吗，还是一定要原件？",
        "Can we send photocopies of our business licence for Retail Link?",
        "For Retail Link, is a copy of the tax registration certificate acceptable?",
    ],
)
def test_copy_asked_opens_with_no_then_the_originals_scans(question: str) -> None:
    found = answer(question)
    head = found.text.splitlines()[0]
    assert head.startswith(("不行", "No"))
    assert "原件扫描件" in head or "originals" in head
    assert "1 年" not in head and "1 year" not in head


def test_copy_asked_for_a_market_without_the_documents_condition_is_left_alone() -> None:
    found = answer("建站市场的营业执照可以交复印件吗？")
    assert not found.text.startswith("不行，须提供原件扫描件")


# --- 3. when it started, and whether it may be ended early ----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "佣金减免政策从哪天开始？阿里云能不能提前终止它？",
        "佣金优惠政策哪一年开始施行的？阿里云有权提前结束它吗？",
        "When did the commission discount policy start, and can Alibaba Cloud end it early?",
        "What year did the commission policy begin? Could Alibaba end it early?",
    ],
)
def test_start_and_end_early_both_answered_with_verdict(question: str) -> None:
    found = answer(question)
    assert "2016" in found.text
    blocks = found.text.split("\n\n")
    assert len(blocks) == 2
    assert blocks[1].startswith(("可以", "Yes"))


# --- 4. a whole profile, every fact met, asked "do we meet the conditions?" ------------------
@pytest.mark.parametrize(
    "question",
    [
        "API market: lawful company, 30 tech/support staff all on social insurance, 5x8"
        " after-sales, 4 years of service experience, we can build against the marketplace API and"
        " accept the agreements. Do we meet the requirements?",
        "For the API market: a lawful registered company, 25 tech and support staff with social"
        " insurance statements, 5x8 technical after-sales, 2 years of service experience, able to"
        " integrate with the marketplace API, and we accept the agreements. Do we satisfy the"
        " requirements?",
        "We want the API market. Legally registered business, 21 technical and customer service"
        " staff on social insurance, 5x8 after-sales tech support, 18 months of service"
        " experience, we can integrate the marketplace API, agreements accepted. Do we meet the"
        " conditions?",
    ],
)
def test_whole_profile_all_met_opens_with_a_plain_yes(question: str) -> None:
    found = answer(question)
    head = found.text.splitlines()[0]
    assert head.startswith("Yes.")
    assert "on these points" not in found.text
    assert "…" not in found.text
    for checked in ("5x8", "Marketplace API", "agreement"):
        assert checked in found.text
