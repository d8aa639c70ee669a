"""Regular expressions compiled on first use instead of at import, and not at all for a text
that cannot match.

The answer modules hold over two hundred module-level patterns and read about a hundred and
fifty more from their data files and hint lists; compiling them was a fifth of a one-off
`onboard-bot ask`, though most of them cannot match any one question (docs/PERFORMANCE.md,
"Start-up of `onboard-bot ask`"). `lazy_compile(...)` takes the same arguments as `re.compile`
and returns an object that compiles the pattern the first time it is needed and from then on
hands out the compiled pattern's own bound methods, so matching is exactly `re.compile`'s.
Use it only for patterns that are called through their methods: `re.search(lazy, text)` and
`isinstance(lazy, re.Pattern)` do not accept it.

"Needed": `.search`, `.match`, `.fullmatch`, `.findall`, `.finditer`, `.sub`, `.subn` and
`.split` first look for the
pattern's required literals (`required_literals`: strings one of which every match contains,
found from the parsed pattern: "条款.{0,15}(不利|风险)" needs 条款). A text holding none of them
cannot match, so the answer (no match) is given without compiling. Parsing a pattern is most of
compiling it, so the literals found are kept on disk (rules/cache.py) per pattern text: only
patterns from the code and the data files ever go in, never a vendor's text.
"""

from __future__ import annotations

import atexit
import dataclasses
import re
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any, cast

# The literal sets of patterns, by (pattern, flags): a tuple of strings, or None where no set
# was found (such a pattern is always compiled). Loaded from disk on first use.
_Literals = tuple[str, ...] | None
_known: dict[tuple[str, int], _Literals] | None = None
_new = False
_lock = threading.Lock()
_CACHE_NAME = "regex-literals"
# More alternatives than this are not worth testing one by one: the pattern is compiled instead.
_MAX_LITERALS = 64


class _Unknown:
    pass


_UNKNOWN = _Unknown()


# The methods that look for the required literals first (the others compile at once).
_CHECKED_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        # Known without compiling: patterns built from other patterns' text need no compile.
        self.pattern = pattern
        self._flags = flags

    def _compile(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = compiled
            # From now on the compiled pattern's own methods, not the checks below.
            for name in _CHECKED_METHODS:
                self.__dict__[name] = getattr(compiled, name)
        return compiled

    def _cannot_match(self, string: Any) -> bool:
        literals = self.__dict__.get("_literals", _UNKNOWN)
        if literals is _UNKNOWN:
            literals = required_literals(self.pattern, self._flags)
            self.__dict__["_literals"] = literals
        if literals is None or not isinstance(string, str):
            return False
        return not any(literal in string for literal in literals)  # type: ignore[union-attr]

    def search(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if self._cannot_match(string):
            return None
        return self._compile().search(string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if self._cannot_match(string):
            return None
        return self._compile().match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if self._cannot_match(string):
            return None
        return self._compile().fullmatch(string, *args, **kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        if self._cannot_match(string):
            return []
        return self._compile().findall(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Any:
        if self._cannot_match(string):
            return iter(())
        return self._compile().finditer(string, *args, **kwargs)

    # With no match, sub/subn/split hand the text back; a replacement with a backslash is a
    # template, which the compiled pattern checks even when nothing matches: compiled then.
    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        if not _is_template(repl) and self._cannot_match(string):
            return string
        return self._compile().sub(repl, string, *args, **kwargs)

    def subn(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> tuple[str, int]:
        if not _is_template(repl) and self._cannot_match(string):
            return string, 0
        return self._compile().subn(repl, string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        if self._cannot_match(string):
            return [string]
        return self._compile().split(string, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not on the instance or the class (`.sub`, `.groups`): compile
        # once, then keep the compiled pattern's attribute here so later calls go straight to it.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self._compile(), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def _is_template(repl: Any) -> bool:
    return isinstance(repl, str) and "\\" in repl


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first needed."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))


def search(pattern: str, string: str) -> re.Match[str] | None:
    """`re.search(pattern, string)` for a pattern from the code or a data file (never one made
    from a vendor's text: its literals are kept on disk), skipping the compile where `string`
    lacks the pattern's required literals."""
    literals = required_literals(pattern, 0)
    if literals is not None and not any(literal in string for literal in literals):
        return None
    return re.search(pattern, string)


def compile_lazy_patterns(module: ModuleType) -> int:
    """Compile now every lazy pattern defined at `module`'s top level (a running bot does this
    at start, so its first question compiles nothing); returns how many there are."""
    patterns = [value for value in vars(module).values() if isinstance(value, _LazyPattern)]
    for pattern in patterns:
        pattern._compile()
    return len(patterns)


def compile_lazy_patterns_in(value: Any) -> int:
    """Compile now every lazy pattern in `value` (a builder's result: tuples, lists, dicts and
    dataclasses holding patterns, as the knowledge base's out-of-scope patterns); returns how
    many."""
    if isinstance(value, _LazyPattern):
        value._compile()
        return 1
    if isinstance(value, dict):
        return sum(compile_lazy_patterns_in(item) for item in value.values())
    if isinstance(value, tuple | list | set | frozenset):
        return sum(compile_lazy_patterns_in(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return sum(
            compile_lazy_patterns_in(getattr(value, field.name))
            for field in dataclasses.fields(value)
        )
    return 0


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, or None if none were found
    (then every text may match). From the disk cache when known there."""
    global _known, _new
    with _lock:
        if _known is None:
            _known = _load_known()
        key = (pattern, int(flags))
        if key in _known:
            return _known[key]
    try:
        literals = _analyse(pattern, int(flags))
    except Exception:  # not parsable here: let the compile itself report it
        literals = None
    with _lock:
        _known[key] = literals
        if not _new:
            _new = True
            atexit.register(save_literals)
    return literals


def save_literals() -> bool:
    """Write the literals found so far to the disk cache (at exit, and by `prepare_answers`)."""
    global _new
    from rules import cache as disk_cache

    with _lock:
        if _known is None or not _new:
            return False
        snapshot = {f"{flags}\0{pattern}": value for (pattern, flags), value in _known.items()}
        _new = False
    slot, key = _cache_slot()
    return disk_cache.store(slot, key, snapshot)


def _load_known() -> dict[tuple[str, int], _Literals]:
    from rules import cache as disk_cache

    slot, key = _cache_slot()
    stored = disk_cache.load(slot, key)
    if not isinstance(stored, dict):
        return {}
    known: dict[tuple[str, int], _Literals] = {}
    for packed, value in stored.items():
        flags, _, pattern = str(packed).partition("\0")
        known[(pattern, int(flags))] = value
    return known


def _cache_slot() -> tuple[str, str]:
    """The file's name (one per install) and its key: the Python version (its regex parser) and
    this module's code (the analysis)."""
    from rules import cache as disk_cache

    here = Path(__file__)
    return (
        disk_cache.slot(_CACHE_NAME, str(here.parent)),
        disk_cache.fingerprint(sys.version, here.read_bytes()),
    )


def _analyse(pattern: str, flags: int) -> _Literals:
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    all_flags = parsed.state.flags
    if all_flags & re.LOCALE:
        return None
    literals = _Analysis(bool(all_flags & re.IGNORECASE), bool(all_flags & re.ASCII)).sequence(
        parsed
    )
    if literals is None or len(literals) > _MAX_LITERALS:
        return None
    return tuple(sorted(literals))


class _Analysis:
    """Walks the parse tree of `re._parser`: a sequence needs the literals of any one of its
    parts (a run of literal characters, a group, an alternation whose every branch has some, a
    repeat of at least one, a class of a few characters); the most telling part is kept."""

    def __init__(self, ignore_case: bool, ascii_only: bool) -> None:
        import _sre  # type: ignore[import-not-found]

        self.ignore_case = ignore_case
        self.is_cased = _sre.ascii_iscased if ascii_only else _sre.unicode_iscased

    def _usable(self, code: int) -> bool:
        # Under IGNORECASE only characters without case stand for themselves.
        return not (self.ignore_case and self.is_cased(code))

    def sequence(self, items: Any) -> set[str] | None:
        from re import _constants as c  # type: ignore[attr-defined]

        candidates: list[set[str]] = []
        run: list[str] = []

        def end_run() -> None:
            if run:
                candidates.append({"".join(run)})
                run.clear()

        for op, av in items:
            if op is c.LITERAL and self._usable(av):
                run.append(chr(av))
                continue
            end_run()
            found = self.item(op, av)
            if found:
                candidates.append(found)
        end_run()
        if not candidates:
            return None
        return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))

    def item(self, op: Any, av: Any) -> set[str] | None:
        from re import _constants as c  # type: ignore[attr-defined]

        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None  # (?i:...) and the like: not worth the care
            return self.sequence(sub)
        if op is c.ATOMIC_GROUP:
            return self.sequence(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, _most, sub = av
            return self.sequence(sub) if least >= 1 else None
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                found = self.sequence(branch)
                if not found:
                    return None
                union |= found
            return union
        if op is c.IN:
            if all(kind is c.LITERAL and self._usable(code) for kind, code in av):
                return {chr(code) for _kind, code in av} or None
            return None
        return None  # ANY, AT, CATEGORY, look-arounds, back references, ...
