"""Round 56 (session 61): review 60 N7, review 61 N2 and N6 on the answers' side
(docs/evaluation/diff_review_round55.md, diff_review_round55b.md)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    ["成熟稳定的软件是什么意思", "成熟稳定是什么意思", "what does mature and stable product mean?"],
)
def test_the_mature_product_line_in_every_market_s_words(question: str) -> None:
    # Review 60 N7: the commission rules (or declined).
    found = answer(question, today=DAY)
    assert found.topic == "computed.conditions"
    for words in ("成熟、稳定的应用软件", "成熟、稳定的安全软件", "成熟、稳定的软件和硬件服务"):
        assert (words in found.text) == (found.lang == "zh")
    if found.lang == "en":
        assert "Basic Software Market, Security Market and IoT Market list this condition" in (
            found.text
        )


def test_a_condition_s_meaning_keeps_its_one_sentence() -> None:
    # (The per-market listing is for the mature product only: 镜像交付 keeps its one line.)
    found = answer("镜像交付是啥意思", today=DAY)
    assert found.text.startswith("基础软件市场及安全市场都列了这一条，原文是：")
    english = answer("what does image delivery mean?", today=DAY)
    assert '• Security Market: "The Security Market offers security software' in english.text


@pytest.mark.parametrize(
    "question",
    [
        "after submitting the ticket, is joining complete?",
        "is joining done after the ticket is filed?",
        "once we submit the ticket, is that the end of joining?",
    ],
)
def test_joining_done_after_the_ticket_in_english(question: str) -> None:
    # Review 61 N2: step 6 again, the yes/no never answered.
    assert answer(question, today=DAY).text.startswith("Yes: step 7 is no further action")


def test_joining_not_done_after_the_contract_in_english() -> None:
    found = answer("is joining complete after the contract is signed?", today=DAY)
    assert found.text.startswith("Not yet. After step 4 (Sign the contracts) comes step 5")


@pytest.mark.parametrize(
    "question",
    ["what does retail link need from us?", "what do you need for the retail link market?"],
)
def test_what_a_market_needs_from_us_is_its_conditions(question: str) -> None:
    # Review 61 N6: the market's description.
    found = answer(question, today=DAY)
    assert found.text.startswith("Entry conditions for Retail Link Market (零售通市场):")
