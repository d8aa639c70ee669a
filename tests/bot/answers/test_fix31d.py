"""fix31d: the first sentence of order, yes/no and fact answers, and figures read in the wrong role.

Each class is tested by paraphrases (both languages where it applies) of the items it fixed.
"""

from __future__ import annotations

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

# --- Order: "before or after X?" opens with the place named by X ------------------------------
# dev21b 158, dev21c 159, dev21g 159 ("… before or after paying the deposit?" → "After paying
# the deposit: …"); dev21b 161 ("sign … before my application is approved?" → "No … only after
# your application is approved"); dev21b 165 ("保证金是审核前交还是审核通过后交" → "审核通过后：…").


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Do I submit the ticket before or after paying the deposit?", "After paying the deposit"),
        ("Is the finance ticket filed before or after the deposit?", "After paying the deposit"),
        (
            "Should we open the ticket after or before we pay the deposit?",
            "After paying the deposit",
        ),
        (
            "Do we sign the contracts before or after the review?",
            "After your application is approved",
        ),
        ("保证金是审核前交还是审核通过后交", "审核通过后"),
        ("合同是审核前签还是审核后签", "审核通过后"),
        ("工单是交保证金之前提还是之后提", "缴纳保证金后"),
        ("实名认证是在申请前还是申请后做", "申请入驻前"),
    ],
)
def test_before_or_after_names_the_step_it_is_placed_by(question: str, opening: str) -> None:
    assert first_sentence(answer(question).text).startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Can I sign the marketplace contract before my application is approved?",
            "No, the other way round: only after your application is approved",
        ),
        (
            "Could we sign the agreements before the application is approved?",
            "No, the other way round: only after your application is approved",
        ),
        (
            "can I list products before paying the deposit?",
            "No, the other way round: only after paying the deposit",
        ),
        ("能不能先签合同再申请入驻", "不能，顺序反了，要在审核通过后"),
        ("可以先上架再交保证金吗", "不能，顺序反了，要在缴纳保证金后"),
        ("是不是先提交工单再交保证金", "不是，顺序反了，要在缴纳保证金后"),
        ("保证金是审核通过以前交的对吧", "不是，顺序反了，要在审核通过后"),
    ],
)
def test_the_wrong_way_round_says_after_which_step(question: str, opening: str) -> None:
    assert first_line(answer(question).text).startswith(opening)
