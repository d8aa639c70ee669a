"""Patterns compiled on first use (bot/lazy_re.py) match exactly as `re.compile`'s do, and a
broken one still fails in the tests, not first in front of a vendor."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest
import yaml

import bot.answers
from bot.lazy_re import _analyse, _LazyPattern, lazy_compile, required_literals


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    source, flags = r"(\d+)\s*(万|w)\b", re.IGNORECASE
    lazy, eager = lazy_compile(source, flags), re.compile(source, flags)
    text = "注册资金100万, 50W and 7 w"
    assert lazy.pattern == source
    assert lazy.search(text).group(0) == eager.search(text).group(0)  # type: ignore[union-attr]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.fullmatch("12万") and not lazy.match("x12万")
    assert lazy.split(text) == eager.split(text) and lazy.subn("#", text) == eager.subn("#", text)
    assert lazy.flags == eager.flags and lazy.groups == eager.groups


def test_without_the_literals_nothing_is_compiled_and_no_match_is_given() -> None:
    lazy = lazy_compile(r"(\d+)\s*万")
    text = "保证金交多少"
    assert lazy.search(text) is None and lazy.match(text) is None and lazy.fullmatch(text) is None
    assert lazy.findall(text) == [] and list(lazy.finditer(text)) == []
    assert lazy.sub("#", text) == text and lazy.subn(lambda m: "#", text) == (text, 0)
    assert lazy.split(text) == [text]
    assert "_compiled" not in vars(lazy)
    # A template is checked even when nothing matches, as re does: compiled for it.
    with pytest.raises(re.error):
        lazy.sub(r"\9", text)


def test_it_compiles_once_on_first_use() -> None:
    lazy = lazy_compile(r"a+")
    assert "_compiled" not in vars(lazy)
    assert lazy.search("bb") is None  # no "a" in the text: answered without compiling
    assert "_compiled" not in vars(lazy)
    lazy.search("aa")
    compiled = vars(lazy)["_compiled"]
    lazy.sub("", "aa")
    assert vars(lazy)["_compiled"] is compiled
    assert lazy.search == compiled.search  # later calls skip the proxy


def test_every_lazy_pattern_compiles() -> None:
    # At import they are only stored; compiling each here keeps "a bad pattern fails in tests".
    names = ["bot.parsing"]
    names += [f"bot.answers.{info.name}" for info in pkgutil.iter_modules(bot.answers.__path__)]
    compiled = 0
    for module_name in names:
        for name, value in vars(importlib.import_module(module_name)).items():
            if isinstance(value, _LazyPattern):
                assert isinstance(re.compile(value.pattern, value._flags), re.Pattern), name
                compiled += 1
    assert compiled > 80
    # The data files' patterns are compiled on first use too.
    for pattern in _data_file_patterns():
        assert isinstance(re.compile(pattern.pattern), re.Pattern), pattern.pattern


def _data_file_patterns() -> list[re.Pattern[str]]:
    from bot.answers.knowledge import (
        out_of_scope_patterns,
        product_word_patterns,
        unstated_attributes,
    )

    patterns = [p for group in out_of_scope_patterns().values() for p in group]
    patterns += product_word_patterns()
    patterns += [p for attribute in unstated_attributes() for p in attribute.patterns]
    assert len(patterns) > 80
    return patterns


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        ("条款.{0,15}(不利|风险|不公平)", 0, ("条款",)),
        ("(合同|协议).{0,15}(风险|不利)", 0, ("合同", "协议")),
        ("^(?!.*(佣金|服务费)).*标价", 0, ("标价",)),
        (r"^(?=.*\b(deposit|bond)\b)(?=.*(退|refund))", 0, ("deposit", "bond")),
        ("(?<=押金)退", 0, ("押金",)),
        ("(?!押金)退", 0, ("退",)),
        (r"\b(clause|clauses|terms)\b.{0,40}\b(risk|unfair)", 0, ("clause", "clauses", "terms")),
        ("abc|abd", 0, ("ab",)),  # the parser takes the common prefix out
        ("[押保]金", 0, ("金",)),
        ("(押|保)?金额", 0, ("金额",)),
        (r"\d+万", 0, ("万",)),
        # Under IGNORECASE letters match either case: only caseless characters count.
        ("deposit|保证金", re.IGNORECASE, None),
        ("(?i)押金|保证金", 0, ("押金", "保证金")),
        ("(?i:x)保证金", 0, ("保证金",)),
        (r"a*|\d", 0, None),
        (".", 0, None),
        ("(信用)?", 0, None),
    ],
)
def test_required_literals(pattern: str, flags: int, literals: tuple[str, ...] | None) -> None:
    found = _analyse(pattern, flags)
    assert (found if found is None else set(found)) == (
        literals if literals is None else set(literals)
    )


def test_a_text_without_the_literals_never_matches_any_pattern_of_the_project() -> None:
    # Every pattern the answers use (module-level, the data files', the hint words) against every
    # evaluation question, as typed, lower-cased and normalised: wherever the check says "cannot
    # match", the compiled pattern indeed finds nothing.
    from bot.answers import _KEY_HINTS, _KEY_HINTS_IF_SET
    from bot.answers.text import normalize

    patterns = [(p.pattern, p.flags) for p in _data_file_patterns()]
    patterns += [(hint, 0) for group in (_KEY_HINTS, _KEY_HINTS_IF_SET) for hints in
                 group.values() for hint in hints]  # fmt: skip
    for module_name in ["bot.parsing", "bot.lang", *_answer_module_names()]:
        for value in vars(importlib.import_module(module_name)).values():
            if isinstance(value, _LazyPattern):
                patterns.append((value.pattern, value._flags))
    questions: set[str] = set()
    for path in Path(__file__).parent.joinpath("answers").glob("*_questions.yaml"):
        questions |= {item["q"] for item in yaml.safe_load(path.read_text("utf-8")) or []}
    texts = sorted({v for q in questions for v in (q, q.lower(), normalize(q))})
    assert len(patterns) > 300 and len(texts) > 2000
    # A fixed sample of the texts: every pattern against all of them grew with each new set to
    # a quarter of an hour of CI (patterns × texts); the sample still meets every pattern with
    # thousands of texts, the same ones each run.
    texts = random.Random(SAMPLE_SEED).sample(texts, min(len(texts), SAMPLED_TEXTS))
    skipped = 0
    for source, flags in set(patterns):
        literals = required_literals(source, flags)
        if literals is None:
            continue
        compiled = re.compile(source, flags)
        for text in texts:
            if not any(literal in text for literal in literals):
                skipped += 1
                assert compiled.search(text) is None, (source, text)
    assert skipped > 100_000


SAMPLE_SEED = 53
SAMPLED_TEXTS = 3000


def _answer_module_names() -> list[str]:
    return [f"bot.answers.{info.name}" for info in pkgutil.iter_modules(bot.answers.__path__)]
