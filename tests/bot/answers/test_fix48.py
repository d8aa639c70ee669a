"""fix48 (round 40, session 45; not blind): a step asked with where / how as the next one
("做了企业认证，下一步去哪申请入驻") is the step asked, not a step done — session 44's note left it
answering step 2 (or the step after the application); a bare "下一步怎么做" with no step named
(it answered the deposit's step); what comes after the last step ("是的。" before). The chat's
"然后呢" after a step's answer: tests/bot/conversation/test_next_step_in_chat.py."""

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
        # Approved, and where the contracts are signed asked: no wait for the review.
        ("审核通过了，下一步在哪签合同？", "之后是第4步：签署云市场合同", "先等审核"),
        ("审核通过了，接下来做什么？", "之后是第4步", "先等审核"),
        # Nothing said done: which step is next depends on where the vendor is.
        ("下一步怎么做", "告诉我刚完成的那一步", "第5步缴纳保证金"),
        ("接下来做什么", "入驻云市场共7步", "不在云市场服务商入驻指南的范围内"),
        ("what's next?", "tell me the step you just finished", "outside"),
        # … while a step said done still gives the one after it.
        ("合同签了。下一步怎么做？", "之后是第5步：缴纳保证金", "告诉我刚完成的那一步"),
        # After the last step there is none.
        ("店铺开通之后还有下一步吗", "没有了，第7步是入驻的最后一步", "是的"),
        ("what comes after step 7?", "Nothing: step 7 is the last step of joining", "Joining takes 7 steps"),
    ],
)  # fmt: skip
def test_the_step_asked_where_or_how_is_the_next_one(
    question: str, said: str, not_said: str
) -> None:
    found = answer(question, today=DAY)
    assert said in found.text, found.text
    assert not_said not in found.text, found.text
