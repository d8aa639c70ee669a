"""Random (seeded) walks through the conversation never meet a move the flow table refuses, a
move made by a handler the table does not list, or an internal error: the table's tighter
predicates (cancel and restart need a cleared walk-through, a change needs a detour) hold for
every path the handlers take, not only the scripted ones."""

from __future__ import annotations

import logging
import random

import pytest

from bot.conversation import ConversationKey, Engine
from tests.bot.conversation.conftest import PASSING, TICKET

# What vendors type: commands, menu words, answers that pass, a few that do not, questions,
# ticket values, the journey and the hand-off.
WORDS = [
    "你好", "取消", "重新开始", "上一步", "back", "状态", "详细", "起草工单", "表单", "修改 注册资金",
    "修改 电话", "修改", "修改字段", "确认", "继续", "是", "否", "1", "2", "3", "全部", "安全市场",
    "api市场和安全市场", "不要零售通", "结束", "查看其他市场", "保证金交多少？", "转人工",
    "转人工 能开发票吗", "english", "中文", "help", "改 电话", "修改 团队人数", "合同签好了",
    "完成 第4步", "不知道", "删除我的数据", "no", "10万", "2",
    *PASSING.values(), *TICKET.values(),
    *(["是"] * 10), *(["安全市场"] * 3),
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_random_walks_stay_inside_the_flow_table(
    engine: Engine, seed: int, caplog: pytest.LogCaptureFixture
) -> None:
    rng = random.Random(seed)
    steps_seen: set[str] = set()
    with caplog.at_level(logging.WARNING):
        for vendor in range(12):
            key = ConversationKey("T1", f"U{seed}-{vendor}")
            for _ in range(40):
                roll = rng.random()
                if roll < 0.05:
                    engine.submit_ticket_form(key, TICKET)
                elif roll < 0.25:
                    engine.handle_choice(key, rng.choice(WORDS))
                else:
                    engine.handle_text(key, rng.choice(WORDS))
                steps_seen.add(engine.progress("T1", key.user_id).step)
    problems = [
        record.getMessage()
        for record in caplog.records
        if record.name.startswith("bot.conversation") and record.levelno >= logging.WARNING
    ]
    assert problems == []
    assert {"question", "ticket", "choose_markets"} <= steps_seen
