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


# --- a look-up of the vendor's own figures, no amount given, is handed off ----------------


@pytest.mark.parametrize(
    "question",
    [
        "帮我查一下我们公司上个月在API类目的交易额是多少",
        "麻烦查下我的店铺这个月的结算金额有多少",
        "查询一下我司去年在服务市场的销售额是多少，公司叫北京星河科技",
        "Can you check our company's settlement total for last month in the SaaS market?",
    ],
)
def test_a_look_up_of_own_figures_is_declined_with_a_hand_off(question: str) -> None:
    reply = answer(question, today=IN_POLICY)
    assert reply.out_of_scope, reply.text
