"""fix32f: three classes of wrong replies the check passed.

1. Noise after a right answer: "什么条件 / under what conditions" after a part naming a topic asks
   that topic's conditions (保证金能退吗？什么条件 → the refund's), never every market's entry
   conditions; a numbered part never prints again a block another part printed (the ticket's
   text), it points to it.
2. A stated lack of a support service ("没有专门的售后技术团队") is restated with its verdict
   ("您说没有专门的售后技术团队，不满足"), never "无不满足" / "none: you do NOT meet it".
3. A term of validity asked (合同有效期, 保证金多少年有效, 入驻资格有效期) is declined as that
   term, never as a joining step's deadline.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

DAY = date(2026, 12, 2)


def _reply(question: str) -> str:
    return answer(question, today=DAY).text


# --- Class 1a: "what conditions" asks the conditions of the topic before it ---------------


@pytest.mark.parametrize(
    "question",
    [
        "保证金以后能退回来吗？什么条件",
        "请问保证金以后能退回吗？需要满足什么条件",
        "保证金能退吗？要满足哪些条件？",
        "押金最后能不能退？啥条件",
        "以后要是不做了，保证金能退吗？有什么条件",
        "客户交的保证金以后能退吗？什么条件下退？",
    ],
)
def test_refund_conditions_zh(question: str) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith("可以退回"), text
    assert "没有违反云市场管理规范" in first_line(text), text
    assert "入驻条件不同" not in text and "共同点" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Can I get the deposit back later? Under what conditions?",
        "Is the deposit refundable? What conditions?",
        "Will the deposit be returned? On what conditions?",
        "Is the deposit refundable? under which condition?",
    ],
)
def test_refund_conditions_en(question: str) -> None:
    text = _reply(question)
    assert "did not violate" in first_sentence(text), text
    assert "entry conditions" not in text and "Common to all" not in text, text


@pytest.mark.parametrize(
    "question",
    ["我想入驻云市场，需要什么条件？", "What are the entry conditions?"],
)
def test_entry_conditions_still_asked(question: str) -> None:
    text = _reply(question)
    assert "共同点" in text or "Common to all" in text, text


# --- Class 1b: a block one part printed is not printed again ------------------------------


@pytest.mark.parametrize(
    ("question", "pointer"),
    [
        ("工单在哪个分类下提？问题描述里要写哪些信息？", "见第1条"),
        ("工单选哪个分类？描述里填什么？", "见第1条"),
        (
            "Which category do I file the ticket under? What information goes in the description?",
            "see 1) above",
        ),
    ],
)
def test_ticket_text_printed_once(question: str, pointer: str) -> None:
    text = _reply(question)
    assert text.count("请转财务") == 1, text
    assert text.count("联系人：") == 1, text
    # Numbered, the second part points back to the first; joined (fix32b: one answer holds the
    # category and the fields), there is nothing to point to.
    if first_line(text).startswith("1)"):
        assert pointer in text, text
    # The part that printed it keeps it whole.
    assert "电话：" in text, text


# --- Class 2: a stated lack is restated with its verdict ----------------------------------


def _support_line(text: str, marker: str) -> str:
    return next(line for line in text.splitlines() if marker in line and "→" in line)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "企业应用：执照2020年，注册资金200万，团队35人有社保表，不过我们只有5*8在线客服，"
            "没有专门的售后技术团队，行吗",
            "没有专门的售后技术团队",
        ),
        (
            "企业应用市场我们想进：执照3年，注册资金300万，25人交社保能出缴费表，产品是企业SaaS，"
            "能做接口开发，接受规范。不过我们只有5*8在线客服，没有单独的售后技术服务。这样行吗？",
            "没有单独的售后技术服务",
        ),
        ("我们只有5x8在线客服，没有售后技术团队，能进数据智能市场吗？", "没有售后技术团队"),
        (
            "我们有5*8的在线客服，但没有专门的售后技术服务，API市场这条能满足吗",
            "没有专门的售后技术服务",
        ),
    ],
)
def test_lack_restated_zh(question: str, said: str) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith("不"), text
    line = _support_line(text, "售后技术服务 →")
    assert said in line and "不满足" in line, text
    assert "无不满足" not in text, text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "We only have a 5x8 online customer service desk, no after-sales technical support"
            " team. Can we join the IoT market?",
            "no after-sales technical support team",
        ),
        (
            "Enterprise apps market: license from 2020, registered capital 2 million, team of 35"
            " with social insurance statements, but we only have 5x8 online customer service"
            " and no dedicated after-sales technical team. Can we join?",
            "no dedicated after-sales technical team",
        ),
    ],
)
def test_lack_restated_en(question: str, said: str) -> None:
    text = _reply(question)
    assert first_sentence(text).startswith("No"), text
    line = _support_line(text, "after-sales technical service →")
    assert said in line and "do NOT meet" in line, text
    assert "→ none" not in text, text


# --- Class 3: a term of validity is declined as that term ---------------------------------


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("云市场的合同签一次有效期是几年？", "合同的期限"),
        ("协议签了以后多少年有效？", "合同的期限"),
        ("入驻合同的合作期限是几年？", "合同的期限"),
        ("How long is the term of the Y20 framework agreement?", "how long the contracts run"),
        ("How long is the marketplace agreement valid?", "how long the contracts run"),
        ("Is there an expiry date on the contract?", "how long the contracts run"),
        ("保证金多少年有效", "保证金的有效期"),
        ("Does the deposit expire?", "deposit no term of validity"),
        ("入驻资格有效期多久", "入驻资格的有效期"),
        ("入驻以后资格有效期是几年？", "入驻资格的有效期"),
        ("How long is our Marketplace membership valid?", "joining no term of validity"),
    ],
)
def test_validity_declined_as_such(question: str, named: str) -> None:
    reply = answer(question, today=DAY)
    assert named in first_sentence(reply.text), reply.text
    assert "任何一步" not in reply.text and "any joining step" not in reply.text, reply.text
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "After we sign the contract, what is the deadline to pay the deposit before our"
        " application expires?",
        "签完合同后多少天内必须交保证金？",
    ],
)
def test_deadline_still_a_deadline(question: str) -> None:
    text = _reply(question)
    assert "任何一步" in first_sentence(text) or "any joining step" in first_sentence(text), text
