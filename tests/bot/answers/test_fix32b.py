"""fix32b: the second part of a two-part message that is short and leans on the first.

(a) "建站市场第一档佣金几个点？第三档呢": the second part is answered on its own line ("建站市场
第3档的佣金比例是 10%。"), never with the rate table again nor cut to "建站市场（费率表。" (a lead
taken before a colon inside a bracket); in English the later tier's line is kept, not taken
for a copy of the whole table; "第1档几个点，第2档呢" after a comma is a part of its own.
(b) "合同在哪里签？是审核前签还是审核后签？": before or after what is asked of the first part's
subject (合同), answered as its own question (审核通过后), not as the deposit's timing.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

DAY = date(2026, 12, 2)


def _parts(question: str) -> list[str]:
    """The reply's paragraphs (one per part answered), its source line left out."""
    text = answer(question, today=DAY).text
    body = text.rsplit("\n", 1)[0]
    return [part for part in body.split("\n\n") if part.strip()]


def _uncut(text: str) -> None:
    """No line ends on a bracket left open ("建站市场（费率表。") or a bare step number."""
    for line in text.splitlines():
        opened = line.count("（") + line.count("(")
        closed = line.count("）") + line.count(")")
        assert opened <= closed, text
        assert line.count("“") <= line.count("”"), text
        assert line.strip() not in ("第4步。", "第5步。", "第6步。", "顺序。", "Order."), text


@pytest.mark.parametrize(
    ("question", "second", "table"),
    [
        ("建站市场第一档佣金几个点？第三档呢", "建站市场第3档的佣金比例是 10%", "第1档（交易额"),
        ("API市场第二档多少？第三档呢", "API市场第3档的佣金比例是 0%", "第1档（交易额"),
        ("服务市场第1档几个点，第2档呢？", "服务市场第2档的佣金比例是 5%", "第1档（交易额"),
        ("服务市场第一档几个点，第二档呢", "服务市场第2档的佣金比例是 5%", "第1档（交易额"),
        (
            "What's tier 1 for the Website market? And tier 3?",
            "Website Building Market's tier 3 commission rate is 10%",
            "tier 1 (below",
        ),
        (
            "What is tier 2 in the API market? And tier 3?",
            "API Market's tier 3 commission rate is 0%",
            "tier 1 (below",
        ),
        (
            "佣金表里的“服务&代维”对应哪个市场？第一档收多少？",
            "服务市场第1档的佣金比例是 10%",
            "第1档（交易额",
        ),
        (
            "建站市场第一档佣金是多少？交易额到多少才能算第三档？",
            "建站市场第3档的佣金比例是 10%",
            "第1档（交易额",
        ),
    ],
)
def test_later_tier_answered_on_its_own(question: str, second: str, table: str) -> None:
    parts = _parts(question)
    text = "\n\n".join(parts)
    assert len(parts) == 2, text
    assert first_sentence(parts[1]) == second, text
    assert text.count(table) == 1, text
    _uncut(text)


@pytest.mark.parametrize(
    ("question", "where", "order"),
    [
        ("合同在哪里签？是审核前签还是审核后签？", "第4步", "审核通过后"),
        ("合同去哪签？审核前签还是审核后签？", "第4步", "审核通过后"),
        ("Where do we sign the contracts? Before or after the review?", "Step 4", "After your"),
        ("保证金在哪交？审核前还是审核后？", "第5步", "审核通过后"),
        ("工单在哪里提？交保证金之前还是之后？", "第6步", "缴纳保证金后"),
        ("Where do we pay the deposit? Before or after the review?", "Step 5", "After your"),
    ],
)
def test_order_asked_of_first_parts_subject(question: str, where: str, order: str) -> None:
    parts = _parts(question)
    text = "\n\n".join(parts)
    assert first_line(parts[0]).startswith(where), text
    assert len(parts) == 2 and first_line(parts[1]).startswith(order), text
    _uncut(text)


@pytest.mark.parametrize(
    ("question", "second"),
    [
        # the order's head ("顺序：…") said by the first part: the line goes, not "顺序。"
        ("开店前是不是要先交押金？押金没交能先上架商品吗？", "不能"),
        ("押金要先交了才能开店吗？没交押金可以先上架吗？", "不能"),
        # a step's number opening the part is its answer ("Step 7.")
        (
            "After the deposit ticket is done, what happens next? When can we list products?",
            "Step 7",
        ),
        # a list's line whose quote an earlier part gave is given whole, never cut mid-quote
        ("社保那个表是必须交的吗？具体叫什么", "• 能提供公司社保个人月缴费信息情况表"),
    ],
)
def test_later_part_never_cut(question: str, second: str) -> None:
    parts = _parts(question)
    text = "\n\n".join(parts)
    assert len(parts) == 2 and first_line(parts[1]).startswith(second), text
    _uncut(text)


@pytest.mark.parametrize(
    "question",
    ["佣金分档看的是哪个金额？是下单金额还是什么", "保证金在哪里交？具体点哪里？"],
)
def test_later_part_saying_nothing_new_is_not_numbered(question: str) -> None:
    # Every later part says only what the first says: one answer, never "2) <part 1 again>".
    text = answer(question, today=DAY).text
    assert not text.startswith("1) ") and "\n2) " not in text, text
    _uncut(text)
