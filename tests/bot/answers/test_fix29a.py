"""Round 29 (fix29a): a question about a market's DESCRIPTION (what it covers, whom it
serves, whether X is among its industries) is answered from the description, as classes, each
with paraphrases of our own that int27 got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0]


# --- 1. whom a market serves: its description, not its conditions ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "零售通市场的服务是给什么人的？",
        "零售通市场是为哪类商家提供服务的",
        "Who are the Retail Link market's customers?",
        "Whom does the Retail Link market serve?",
    ],
)
def test_whom_a_market_serves_is_its_description(question: str) -> None:
    reply = answer(question)
    first = _first_line(reply.text)
    assert not reply.out_of_scope, reply.text
    assert "品牌商" in first or "brand owners" in first, reply.text
