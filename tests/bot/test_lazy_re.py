"""Patterns compiled on first use (bot/lazy_re.py) match exactly as `re.compile`'s do, and a
broken one still fails in the tests, not first in front of a vendor."""

from __future__ import annotations

import importlib
import pkgutil
import re

import bot.answers
from bot.lazy_re import _LazyPattern, lazy_compile


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
    assert lazy.flags == eager.flags and lazy.groups == eager.groups


def test_it_compiles_once_on_first_use() -> None:
    lazy = lazy_compile(r"a+")
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
