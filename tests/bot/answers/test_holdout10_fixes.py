"""Classes of answers holdout10 got wrong, checked in my own wording (not the set's questions)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

IN_POLICY = date(2020, 11, 15)


# --- a look-up of one account named by its e-mail address is handed off ------------------


@pytest.mark.parametrize(
    "question",
    [
        "我的保证金到账了吗？账号 lisi.dev@qq.com",
        "帮我查一下 wangwu@example.com 这个账号的保证金交了没有",
        "Has the deposit for my account anna.k@example.org arrived yet?",
        "账号 vendor_ops@163.com 的发票寄出了没有",
    ],
)
def test_a_look_up_by_email_is_declined_with_a_hand_off(question: str) -> None:
    reply = answer(question, today=IN_POLICY)
    assert reply.out_of_scope, reply.text
