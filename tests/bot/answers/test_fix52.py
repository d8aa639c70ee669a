"""Round 43 (session 48; not blind): holdout52's wrongs after its one blind score (the judge
194/200, docs/ANSWERS.md "holdout52 (blind, first score)") — five of the six mended."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # #27, #65: the usual conditions set aside, the one asked answered (not the list).
        (
            "新零售市场除了常规条件，还有什么特别的认证要做吗",
            "新零售市场要求：完成阿里云官方生态体系资质评估和认证",
            "入驻条件：",
        ),
        (
            "服务市场除了资质，还要求啥软实力？听说要营销能力",
            "服务市场要求：具有一定的营销策划能力",
            "入驻条件：",
        ),
        # #44: "刚好卖了" is no "好卖" (selling advice, declined).
        ("问下，一个月刚好卖了50万整，算第几档？", "属于第3档", "不在云市场服务商入驻指南的范围内"),
        # #62: why a deposit is charged at all: its purpose.
        (
            "Why does the marketplace even charge a deposit? my boss wants a reason",
            "It protects Alibaba Cloud users",
            "two costs only",
        ),
        # #125: "30万零800" is 300,800.
        (
            "基础软件2020年4月三笔结算：¥86,400.50、12.3w、还有一笔30万零800，都不是分销。这个月的"
            "佣金最后是多少？精确到分",
            "佣金 15,306.02元",
            "15,282.02",
        ),
    ],
)
def test_holdout52s_wrongs(question: str, said: str, not_said: str) -> None:
    reply = answer(question, today=DAY).text
    assert said in reply
    assert not_said not in reply
    assert invented_numbers(question, reply, DAY) == []
