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


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, str]]:
    """The (from, to) moves made through ConversationState.advance during the test."""
    from bot.conversation.state import ConversationState

    moves: set[tuple[str, str]] = set()
    advance = ConversationState.advance

    def recording(self: ConversationState, target: str) -> None:
        before = self.step
        advance(self, target)  # type: ignore[arg-type]
        moves.add((before, target))

    monkeypatch.setattr(ConversationState, "advance", recording)
    return moves


def test_the_moves_random_walks_rarely_take_are_real_paths(
    engine: Engine, taken: set[tuple[str, str]]
) -> None:
    """The three allowed moves 55,000 random messages did not take, each on a plain path:
    the flow table keeps only moves the product makes (test_flow_table.ALLOWED_PAIRS)."""
    from tests.bot.conversation.conftest import Vendor

    vendor = Vendor(engine, ConversationKey("T1", "U1"))
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("结束")
    vendor.say("起草工单")  # done -> ticket_field: the eligible markets' ticket
    assert ("done", "ticket_field") in taken
    for value in TICKET.values():
        vendor.say(value)
    vendor.say("修改字段")
    vendor.say("取消")  # ticket_pick_field -> idle, the draft kept
    assert ("ticket_pick_field", "idle") in taken
    vendor.say("重新开始")
    vendor.say("安全市场")  # answers on file: confirm_known
    assert vendor.step() == "confirm_known"
    vendor.say("起草工单")  # confirm_known -> ticket_field: the draft left with 取消 resumes
    assert ("confirm_known", "ticket_field") in taken
    assert vendor.step() == "ticket_review"
