"""Property-based fuzz of the conversation: any sequence of texts and button values from a
vendor gets a non-empty reply every time, in a language the bot speaks, and never an
unhandled exception; the stored step is always one the state machine knows."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from bot.conversation.state import STEPS
from bot.storage import open_db

TYPED_ANSWERS = st.sampled_from(
    [
        "开始",
        "start",
        "API市场",
        "api",
        "服务市场",
        "是",
        "否",
        "yes",
        "no",
        "2019-03-01",
        "2019年3月1日",
        "100万",
        "一百万",
        "25",
        "5x8",
        "7×24",
        "无",
        "金融",
        "返回",
        "back",
        "取消",
        "cancel",
        "重新开始",
        "restart",
        "继续",
        "continue",
        "帮助",
        "help",
        "保证金交多少",
        "13800138000",
        "确认",
        "confirm",
        "",
        "   ",
        "状态",
    ]
)
TEXTS = st.one_of(TYPED_ANSWERS, st.text(max_size=120))
MOVES = st.lists(st.tuples(st.booleans(), TEXTS), min_size=1, max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves=MOVES)
def test_every_message_gets_a_reply_and_never_an_exception(moves: list[tuple[bool, str]]) -> None:
    db = open_db(memory=True)
    engine = Engine(db, Settings(_env_file=None), today=lambda: date(2021, 1, 20))
    key = ConversationKey("T1", "UFUZZ")
    for is_click, text in moves:
        reply = engine.handle_choice(key, text) if is_click else engine.handle_text(key, text)
        assert reply.text.strip(), f"empty reply to {text!r}"
        assert reply.lang in ("zh", "en")
        assert all(choice.value and choice.label for choice in reply.choices)
    steps = {row[0] for row in db.conn.execute("SELECT step FROM conversations")}
    assert steps <= set(STEPS)
    progress = engine.progress("T1", "UFUZZ")
    assert progress.remaining >= 0 and progress.answered >= 0
