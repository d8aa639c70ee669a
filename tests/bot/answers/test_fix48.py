"""fix48 (round 40, session 45; not blind): a step asked with where / how as the next one
("做了企业认证，下一步去哪申请入驻") is the step asked, not a step done — session 44's note left it
answering step 2 (or the step after the application)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The verification done, where to apply asked: step 3 and its entry, not step 2 or 4.
        ("做了企业认证，下一步去哪申请入驻", "之后是第3步：申请入驻云市场", "第4步"),
        ("企业实名认证已经完成，下一步去哪里申请入驻？", "进入阿里云生态伙伴首页", "签署云市场合同"),
        ("We finished enterprise verification, where do we apply to join next?", "comes step 3: Apply to join", "Step 2: after registering"),
        # Only the account registered: the verification comes first, then where to apply.
        ("注册好了账号，下一步去哪申请", "第1步（注册阿里云账号）之后是第2步：完成企业实名认证", "第4步"),
        # Any step asked that way: the deposit after the contracts.
        ("合同签好了，接下来怎么交保证金", "之后是第5步：缴纳保证金", "第6步"),
        # A step said done and what follows it asked stays the step after it.
        ("申请已经提交了，下一步是什么", "第4步", "进入阿里云生态伙伴首页"),
    ],
)  # fmt: skip
def test_the_step_asked_where_or_how_is_the_next_one(question: str, said: str, not_said: str) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text
