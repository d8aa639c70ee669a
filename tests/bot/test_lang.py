"""The one language rule (bot/lang.py) shared by the conversation, the answers and Slack."""

from __future__ import annotations

import pytest

import bot.answers.text
import bot.i18n
import handlers.context
from bot.lang import detect_lang, detect_lang_or_zh


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("保证金交多少", "zh"),
        ("API市场佣金多少", "zh"),  # an acronym in a Chinese sentence
        ("How much is the deposit for 零售通?", "en"),  # a Chinese market name in English
        ("ＡＰＩ ｍａｒｋｅｔ ｄｅｐｏｓｉｔ", "en"),  # full-width letters
        ("start", "en"),
        ("开始", "zh"),
        ("5x8", None),  # no word to tell by
        ("123", None),
        ("", None),
    ],
)
def test_one_rule(text: str, lang: str | None) -> None:
    assert detect_lang(text) == lang
    assert detect_lang_or_zh(text) == (lang or "zh")


def test_every_caller_uses_the_one_rule() -> None:
    # No second name for the rule elsewhere: the conversation, the answers and the handlers
    # call bot.lang.
    assert not hasattr(bot.i18n, "detect_lang")
    assert not hasattr(bot.answers.text, "detect_lang")
    assert not hasattr(handlers.context, "guess_lang")
