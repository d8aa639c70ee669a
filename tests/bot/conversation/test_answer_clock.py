"""Free questions inside a conversation use the engine's clock: "this month" is the vendor's."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from bot.config import Settings
from bot.conversation import ConversationKey, Engine

QUESTION = "建站市场这个月交易额30万，其中分销10万，佣金多少？"


def _ask(db: sqlite_utils.Database, today: date) -> str:
    engine = Engine(db, Settings(_env_file=None), today=lambda: today)
    key = ConversationKey("T1", "U1")
    engine.start(key)
    return engine.handle_text(key, QUESTION).text


def test_this_month_inside_the_guides_policy_period_is_computed_plainly(
    fresh_db: sqlite_utils.Database,
) -> None:
    text = _ask(fresh_db, date(2020, 10, 15))
    assert "第2档" in text and "15%" in text
    assert "现已结束" not in text


def test_this_month_after_the_policy_period_says_the_period_ended(
    fresh_db: sqlite_utils.Database,
) -> None:
    text = _ask(fresh_db, date(2026, 11, 26))
    assert "2026年11月" in text and "2021年3月31日" in text


def test_a_market_list_with_a_question_mark_still_picks_the_markets(engine: Engine) -> None:
    key = ConversationKey("T1", "U1")
    engine.start(key)
    text = engine.handle_text(key, "安全市场和API市场？").text
    assert "检查以下市场" in text and "安全市场" in text and "API市场" in text


def test_a_long_handoff_reaches_staff_whole(engine: Engine) -> None:
    key = ConversationKey("T1", "U1")
    engine.start(key)
    question = "我们是外资企业，" * 80 + "最后一句：能入驻吗？"
    reply = engine.handle_text(key, "转人工 " + question)
    [note] = [n for n in reply.notifications if n.kind == "handoff"]
    assert note.data["question"] == question and note.text.endswith("最后一句：能入驻吗？")
    stored = engine.db.conn.execute("SELECT question FROM handoffs").fetchone()[0]
    assert stored == question
