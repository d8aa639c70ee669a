"""fix30c: a second or conditional part of one message is answered in its own part (group C),
and a "what do I write / click" ask opens with the fields or clicks (group F)."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import IN_POLICY, first_line, first_sentence

_OFFER_ZH = "如果您问的是"
_OFFER_EN = "If you meant"


def _reply(question: str) -> str:
    return answer(question, today=IN_POLICY).text


# C: "which step? on which page?" — the page part gets its own answer, never an offer.
@pytest.mark.parametrize(
    "question",
    [
        "保证金是在哪一步交的？在哪个页面交？",
        "保证金是第几步交？具体在哪个页面点？",
        "押金在第几步交？在哪里交？",
        "保证金什么时候交？在哪个页面操作？",
    ],
)
def test_deposit_step_and_page_both_answered(question: str) -> None:
    text = _reply(question)
    assert "第5步" in first_line(text), text
    assert "用户中心" in text and "充值交纳" in text, text
    assert _OFFER_ZH not in text, text


# F: what else goes in the ticket besides the amount — the fields first.
@pytest.mark.parametrize(
    "question",
    [
        "工单问题描述除了金额还要填哪些信息",
        "工单描述里，金额那行下面还要写什么？",
        "工单里除了写保证金金额，还要写哪几项",
        "工单问题描述中金额以外还要填什么",
    ],
)
def test_ticket_fields_besides_amount_zh(question: str) -> None:
    line = first_line(_reply(question))
    assert "阿里云账号" in line and "快递地址" in line and "电话" in line, line
    assert "财务类" not in line, line


@pytest.mark.parametrize(
    "question",
    [
        "On the ticket description, what do I have to write apart from the deposit amount?",
        "Besides the amount, what else goes in the ticket description?",
        "Apart from the amount, what else do we write in the ticket?",
    ],
)
def test_ticket_fields_besides_amount_en(question: str) -> None:
    line = first_line(_reply(question))
    assert "company name" in line and "mailing address" in line and "phone" in line, line
    assert "Finance" not in line, line


# C/F: "is this number OK for the phone line? what else?" — 是的 and the fields.
@pytest.mark.parametrize(
    "question",
    [
        "电话填13912345678可以吧？还要填哪些",
        "工单里电话那栏我填 13912345678 可以吧？除了电话还要填哪些",
        "工单电话一栏写我手机15800001111可以吗？另外还要填哪几项？",
        "电话写158 0000 1111行吗？其他还要写什么",
    ],
)
def test_phone_confirmed_and_other_fields(question: str) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith("是的"), text
    assert "阿里云账号" in text and "快递地址" in text and "联系人" in text, text
    assert "审核" not in text, text
