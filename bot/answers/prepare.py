"""Build every answer index before the first question, so a running bot answers its first free
question as fast as its hundredth (docs/PERFORMANCE.md, "Start-up of `onboard-bot ask`").

The indexes are the cached builders of the answer modules: the knowledge base read and checked,
the BM25 index over its entries, the concept forms, the guide's condition texts and their word
weights. They are found, not listed, so a builder added later is warmed too: every function
cached with `functools.cache` that takes no argument, in every module of the package. Their
module-level patterns (compiled on first use, bot/lazy_re.py) are compiled, and a few questions
then run once through `answer()` so the patterns that functions compile on first use are too.
"""

from __future__ import annotations

import inspect
import sys
from datetime import date
from types import ModuleType

from bot.lazy_re import compile_lazy_patterns, compile_lazy_patterns_in

# One question per path of `answer()`: a knowledge-base entry, a computed deposit, a market's
# conditions, commission with an amount, a reverse look-up, both languages.
_WARM_UP_QUESTIONS = (
    "保证金交多少",
    "安全市场入驻条件",
    "建站市场这个月流水30万佣金多少",
    "注册资金100万能入哪些市场",
    "How is commission calculated?",
    "How many markets are there?",
)


def _cached_builders(module: ModuleType) -> list[object]:
    builders = []
    for value in vars(module).values():
        if not hasattr(value, "cache_info") or getattr(value, "__module__", "") != module.__name__:
            continue
        try:
            takes_nothing = not inspect.signature(value).parameters  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if takes_nothing:
            builders.append(value)
    return builders


def answer_modules() -> list[ModuleType]:
    """The modules of the answers package that answering uses (those `bot.answers` has
    imported: found, so a module added later is warmed too; a test-only module such as
    provenance.py is not), the rules modules they build indexes from, and the parsing module."""
    import bot.answers
    import bot.parsing
    import rules.commission
    import rules.markets

    loaded = sorted(
        (name, module)
        for name, module in list(sys.modules.items())
        if name.startswith("bot.answers.") and module is not None
    )
    return [bot.answers, *(module for _, module in loaded), bot.parsing, rules.markets,
            rules.commission]  # fmt: skip


def prepare_answers(today: date | None = None) -> int:
    """Build the indexes now (at start, before taking traffic); returns how many builders ran.
    The module-level patterns, compiled on first use (bot/lazy_re.py), are compiled here too."""
    from bot.answers import answer, token_cache

    modules = answer_modules()
    builders = [builder for module in modules for builder in _cached_builders(module)]
    for builder in builders:
        # The data files' patterns the builders hand out are lazy too: compiled now as well.
        compile_lazy_patterns_in(builder())  # type: ignore[operator]
    for module in modules:
        compile_lazy_patterns(module)
    for question in _WARM_UP_QUESTIONS:
        answer(question, today=today)
    # Now, not only at exit: a bot that is killed still leaves the next start a warm cache.
    token_cache.save()
    return len(builders)
