"""Round 30 (fix30b): verdict words first, and the markets a stated level rules out.

1. "Which markets would rule us out / 会被哪些市场挡在外面 / which markets are closed to us" with
   support kept on working days in working hours ("工作日上班", "business hours on weekdays",
   "weekday 9-to-6"): the markets whose requirement that level fails (only 安全市场, 7x24), not
   a list of the markets that have a support condition;
2. a yes/no question ("一样吗 / same for all? / 够不够 / enough? / 算不算 / before …? /
   是不是马上 / 收不收") opens with its verdict word (是/不是/够/不够/一样/不一样/能/不能/算,
   Yes/No; 不收 for 收不收), not the rule, a list, a step order or a total.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line

from bot.answers import answer

_DAY = date(2020, 11, 15)


# --- 1. the markets a working-week support level rules out ----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们客服和售后都只有工作日上班，会被哪些市场挡在外面？",
        "售后只能做到周一到周五白天，哪些市场进不去？",
        "我们售后朝九晚六、双休，会被哪个市场拒绝？",
        "We can only provide weekday 9-to-6 after-sales and customer support. Which markets "
        "would that rule us out of?",
        "Our support can only cover working hours Monday to Friday. Which market would reject "
        "us because of that?",
        "If our support is business hours on weekdays only, which markets are closed to us?",
        "Support is Mon-Fri office hours only. Which markets would we fail?",
        "Our after-sales desk is staffed weekdays during the day only — which categories would "
        "turn us down?",
    ],
)
def test_working_week_support_rules_out_only_security(question: str) -> None:
    text = answer(question, today=_DAY).text
    head = first_line(text)
    assert "安全市场" in head or "Security Market" in head, text
    for other in ("API", "数据智能", "Data Intelligence", "物联网", "IoT"):
        assert other not in head, text
