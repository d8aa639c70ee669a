"""`onboard-bot ask` starts light and a running bot builds its answer indexes before traffic
(issue 10, fast start). Times are measured in bench/bench_startup.py, never asserted here."""

from __future__ import annotations

import subprocess
import sys

from bot.answers import answer
from bot.answers.prepare import _cached_builders, prepare_answers

# Modules `ask` has no use for: Slack, the HTTP stack, the database layer (sqlite-utils pulls in
# numpy), the chart, spreadsheets, the number-words library (only for Chinese numerals) and the
# phone-number metadata, pydantic-settings (ask reads its one setting without it), pydantic
# itself (the rules' data is read back validated from the cache, rules/datafile.py), and the
# fuzzy-match library (only for typos in English words; the question below is Chinese).
HEAVY = ("slack_bolt", "slack_sdk", "aiohttp", "sqlite_utils", "numpy", "matplotlib",
         "openpyxl", "cn2an", "phonenumbers", "bot.storage", "bot.conversation.engine",
         "pydantic_settings", "pydantic", "rapidfuzz")  # fmt: skip


def test_ask_imports_none_of_the_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from cli.main import main\n"
        "sys.argv = ['onboard-bot', 'ask', '保证金交多少']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(name for name in {HEAVY!r} if name in sys.modules))\n"
    )
    # Twice: the first run may find the disk cache (rules/cache.py) empty and build it, which
    # tokenises the guide's English too (and so imports the fuzzy matcher); later runs read it.
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
        )
    assert "30,000" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_after_prepare_no_question_builds_an_index() -> None:
    import rules.markets
    from bot.answers import computed, knowledge, matcher, reverse

    prepare_answers()
    builders = [
        builder
        for module in (knowledge, matcher, reverse, computed, rules.markets)
        for builder in _cached_builders(module)
    ]
    assert len(builders) > 15
    misses = [builder.cache_info().misses for builder in builders]  # type: ignore[attr-defined]
    for question in ("押金能退吗", "what are the steps to join", "零售通要几个人"):
        answer(question)
    assert [builder.cache_info().misses for builder in builders] == misses  # type: ignore[attr-defined]


def test_the_c_stemmer_gives_the_pure_python_stems() -> None:
    # PyStemmer (C) replaces snowballstemmer's pure-Python English stemmer when installed; the
    # answers were tuned on the pure one, so the stems must be the same.
    from snowballstemmer.english_stemmer import EnglishStemmer

    from bot.answers.matcher import _STEMMER
    from bot.answers.text import normalize

    pure = EnglishStemmer()
    words = {
        word
        for entry_text in _all_english_texts()
        for word in normalize(entry_text).split()
        if word.isalpha()
    }
    assert len(words) > 300
    assert [w for w in sorted(words) if _STEMMER.stemWord(w) != pure.stemWord(w)] == []


def _all_english_texts() -> list[str]:
    from bot.answers.knowledge import concepts, entries

    texts = [form for concept in concepts() for form in concept.forms]
    for entry in entries():
        texts += [entry.title_en, entry.answer_en, *entry.keywords]
    return texts


def test_after_prepare_no_pattern_is_left_to_compile() -> None:
    from bot.answers.prepare import answer_modules
    from bot.lazy_re import _LazyPattern

    prepare_answers()
    left = [
        f"{module.__name__}.{name}"
        for module in answer_modules()
        for name, value in vars(module).items()
        if isinstance(value, _LazyPattern) and "_compiled" not in vars(value)
    ]
    assert left == []
    # The data files' patterns (out of scope, products, unstated attributes) are lazy too.
    from bot.answers.knowledge import (
        out_of_scope_patterns,
        product_word_patterns,
        unstated_attributes,
    )

    data_patterns = [p for group in out_of_scope_patterns().values() for p in group]
    data_patterns += [*product_word_patterns()]
    data_patterns += [p for attribute in unstated_attributes() for p in attribute.patterns]
    assert len(data_patterns) > 80
    assert [p.pattern for p in data_patterns if "_compiled" not in vars(p)] == []


def test_ask_leaves_the_garbage_collector_on(capsys) -> None:
    import gc

    from cli.main import main

    assert gc.isenabled()
    assert main(["ask", "保证金交多少"]) == 0
    assert "30,000" in capsys.readouterr().out
    assert gc.isenabled()
