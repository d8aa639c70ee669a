"""`/onboard` answers in the vendor's conversation language, not the language of "start"."""

from __future__ import annotations

from types import SimpleNamespace

import sqlite_utils

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from handlers.commands.onboard import _reply_lang


def test_new_vendor_follows_the_words_typed(fresh_db: sqlite_utils.Database) -> None:
    deps = SimpleNamespace(db=fresh_db)
    assert _reply_lang(deps, "T1", "U1", "") == "zh"
    assert _reply_lang(deps, "T1", "U1", "start") == "en"
    assert _reply_lang(deps, "T1", "U1", "开始") == "zh"


def test_known_vendor_keeps_their_language_for_bare_sub_commands(
    fresh_db: sqlite_utils.Database,
) -> None:
    engine = Engine(fresh_db, Settings(_env_file=None))
    engine.handle_text(ConversationKey("T1", "UZH"), "我想入驻安全市场")
    engine.handle_text(ConversationKey("T1", "UEN"), "I want to join the security market")
    deps = SimpleNamespace(db=fresh_db)
    assert _reply_lang(deps, "T1", "UZH", "start") == "zh"
    assert _reply_lang(deps, "T1", "UZH", "status") == "zh"
    assert _reply_lang(deps, "T1", "UEN", "") == "en"
    assert _reply_lang(deps, "T1", "UEN", "开始") == "zh"  # Chinese typed is Chinese
