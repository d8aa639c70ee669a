"""Regular expressions compiled on first use instead of at import.

The answer modules hold over a hundred module-level patterns; compiling them all at import was
a fifth of a one-off `onboard-bot ask`, though one question uses about thirty of them
(docs/PERFORMANCE.md, "Start-up of `onboard-bot ask`"). `lazy_compile(...)` takes the same
arguments as `re.compile` and returns an object that compiles the pattern the first time one of
its methods is used (`.search`, `.sub`, ...) and from then on hands out the compiled pattern's
own bound methods, so matching is exactly `re.compile`'s. Use it only for patterns that are
called through their methods: `re.search(lazy, text)` and `isinstance(lazy, re.Pattern)` do
not accept it.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any, cast


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        # Known without compiling: patterns built from other patterns' text need no compile.
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet on the instance: compile once, then keep the compiled
        # pattern's attribute here so later calls go straight to it.
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = compiled
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))


def compile_lazy_patterns(module: ModuleType) -> int:
    """Compile now every lazy pattern defined at `module`'s top level (a running bot does this
    at start, so its first question compiles nothing); returns how many there are."""
    patterns = [value for value in vars(module).values() if isinstance(value, _LazyPattern)]
    for pattern in patterns:
        pattern.search("")  # any method call compiles it
    return len(patterns)
