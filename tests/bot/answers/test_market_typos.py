"""Market names with one wrong character are found exactly as the character-class patterns
found them (bot/answers/names.py `_typo_patterns`, rewritten to compile fast)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.answers.names import _MARKET_SUFFIX, _has_typo, _typo_patterns
from bot.answers.text import normalize
from rules.markets import all_markets

HERE = Path(__file__).parent


def _class_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The patterns as first written: the wrong character as a class [\\u4e00-\\u9fff]."""
    found = []
    for market in all_markets():
        short = market.name.removesuffix("市场")
        if len(short) < 3 or short.isascii():
            continue
        for i in range(len(short)):
            body = re.escape(short[:i]) + "[\u4e00-\u9fff]" + re.escape(short[i + 1 :])
            suffix = _MARKET_SUFFIX if len(short) == 3 else f"(?:{_MARKET_SUFFIX})?"
            found.append((re.compile(body + suffix), market.id))
    return found


def _texts() -> list[str]:
    texts = []
    for path in sorted(HERE.glob("*_questions.yaml")):
        texts += [normalize(item["q"]) for item in yaml.safe_load(path.read_text("utf-8"))]
    for market in all_markets():
        short = market.name.removesuffix("市场")
        for i in range(len(short)):
            # A Chinese character, its range's ends and just outside them, Latin, a newline,
            # a character outside the BMP; with and without 市场, alone, inside text, twice.
            for wrong in ("同", "\u4e00", "\u9fff", "\u4dff", "\ua000", "x", "\n", "\U00020000"):
                name = short[:i] + wrong + short[i + 1 :]
                texts += [name, name + "市场", f"我们想进{name}集市吗", name[:-1] + name + "市场"]
    return texts


def test_the_fast_patterns_find_what_the_class_patterns_found() -> None:
    fast, slow = _typo_patterns(), _class_patterns()
    assert [market for _, market in fast] == [market for _, market in slow]
    assert len(fast) > 20
    texts = _texts()
    assert len(texts) > 1000
    hits = 0
    for (fast_pattern, _), (slow_pattern, _) in zip(fast, slow, strict=True):
        for text in texts:
            expected = bool(slow_pattern.search(text))
            assert _has_typo(fast_pattern, text) == expected, (slow_pattern.pattern, text)
            hits += expected
    assert hits > 100
