"""What the answer tests by class share: a date inside the guide's policy period, and one check."""

from __future__ import annotations

import re
from datetime import date

from bot.answers import answer

# Inside the guide's commission policy period (2016-11-17 to 2021-03-31), so a commission
# question is computed rather than declined as outside the period.
IN_POLICY = date(2020, 11, 15)


def check_answer(question: str, any_of: tuple[str, ...], none_of: tuple[str, ...] = ()) -> None:
    """The reply says at least one of `any_of` and none of `none_of`."""
    text = answer(question, today=IN_POLICY).text
    assert any(option in text for option in any_of), text
    assert not any(bad in text for bad in none_of), text


def first_line(text: str) -> str:
    """The reply's first line: where the answer to the ask must stand."""
    return text.strip().split("\n", 1)[0]


def first_sentence(text: str) -> str:
    """The reply's first sentence (up to the first full stop, question or exclamation mark,
    semicolon or line break, in either script)."""
    return re.split(r"[。.!?！？\n；;]", text.strip(), maxsplit=1)[0]
