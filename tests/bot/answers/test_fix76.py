"""Round 61 (session 66): round 60's notes (held-out misses it left) and this round's findings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 8)


def test_numbered_parts_counting_markets_and_steps_carry_no_market() -> None:
    # holdout111 #138: "(1) how many markets" got Retail Link's conditions (the market of part 3
    # carried back), "(2) how many steps" three steps of seven.
    reply = answer(
        "Quick ones: (1) how many markets are there in total, (2) how many steps to join,"
        " (3) deposit for 零售通?",
        today=DAY,
    ).text
    assert reply.startswith("The Marketplace has twelve markets")
    assert "Entry conditions for Retail Link" not in reply
    assert "6. Submit a ticket → 7. Once the deposit is paid" in reply
    assert "Deposit for Retail Link Market: 50,000 yuan" in reply


def test_a_markets_steps_are_every_markets() -> None:
    reply = answer("零售通入驻要几步？保证金多少", today=DAY).text
    assert reply.startswith("入驻云市场共7步")
    assert "5万元（50,000元）" in reply


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout111 #71: "还不能确定" over the whole market for the licence asked alone.
        (
            "我们营业执照是2024年12月7号下来的，注册资金200万，想进服务市场，请问执照年限够了吗？",
            "这一项满足。",
        ),
        ("注册资金80万，想进服务市场，资金够了吗", "不满足：80万元（800,000元）低于服务市场"),
    ],
)
def test_one_condition_asked_gets_its_own_verdict(question: str, head: str) -> None:
    reply = answer(question, today=DAY).text
    assert reply.startswith(head)
    assert "还不能确定" not in reply


@pytest.mark.parametrize(
    "question", ["when exactly is the refund paid?", "When exactly is the refund paid"]
)
def test_when_exactly_is_when(question: str) -> None:
    # Black-box s78 D6: declined as customers' refunds.
    reply = answer(question, today=DAY).text
    assert "re-rates last month's settled total" in reply
    assert "customer orders" not in reply


@pytest.mark.parametrize("question", ["退款什么时候到账", "退款要等多久"])
def test_a_refund_with_nothing_named_is_the_commissions(question: str) -> None:
    # Found beside s78 D6: "no duration in the guide" with the joining steps, or customers'
    # refunds declined — the overcharged commission is refunded early the next month.
    reply = answer(question, today=DAY).text
    assert reply.startswith("当月先默认按第1档费率收取平台佣金；次月初再核算")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("客户要退款怎么办", "这个问题不在服务商入驻指南的范围内"),
        ("保证金退款什么时候到账", "指南只说合作期间没有违反云市场管理规范的"),
    ],
)
def test_other_refunds_keep_their_answers(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "We want 建站 + API + IoT now, and later maybe 零售通. Deposit now, and total after"
            " adding 零售通?",
            ["90,000 yuan (玖万)", "50,000 yuan more, 140,000 yuan in total (壹拾肆万)"],
        ),
        (
            "我们已经入驻了API市场，现在再加零售通，保证金要交多少",
            ["再交 50,000 元", "（30,000 元），保证金合计 80,000 元（大写捌万元）"],
        ),
    ],
)
def test_deposits_of_two_sets_of_markets(question: str, parts: list[str]) -> None:
    # One builder for both replies now (duplicates D4 of round 60): the same figures.
    reply = answer(question, today=DAY).text
    for part in parts:
        assert part in reply


def test_refund_asked_after_a_months_commission_is_the_commissions() -> None:
    # holdout110 #127: "返多少" read as the deposit's — the deposit's amount and rules given,
    # and the commission's table after them.
    reply = answer(
        "建站2020年10月自营25万，月中平台先扣了多少？最后该收多少？返多少？", today=DAY
    ).text
    assert reply.startswith(
        "佣金 37,500元（第2档 15%）；当月先按第1档 20% 预收 5万元（50,000元）；次月初返还 12,500元。"
    )
    assert "保证金" not in reply


def test_the_deposit_named_after_a_commission_is_still_answered() -> None:
    reply = answer("服务市场月流水30万抽几个点？另外保证金多少？", today=DAY).text
    assert reply.startswith("第2档，费率 5%。")
    assert "入驻服务市场需缴纳保证金共 3万元" in reply


@pytest.mark.parametrize(
    "question",
    [
        "我uid 1688xxx99，上次提交的入驻申请是不是被驳回了？原因是啥",
        "上次提交的入驻申请是不是被驳回了",
        "was our application rejected?",
    ],
)
def test_whether_our_application_was_rejected_is_a_record(question: str) -> None:
    # holdout112 #175: the agreement's tick answered (step 3), and "out of scope" beside it.
    reply = answer(question, today=DAY).text
    assert reply.startswith(("我查不了您账户里的记录", "I cannot look up your account's records"))


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("如果申请被拒绝了还能再申请吗", "再次申请"),
        ("申请被驳回了怎么办", "指南只写了提交申请后等待云市场审核"),
    ],
)
def test_a_rejection_asked_as_a_rule_keeps_its_answer(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
