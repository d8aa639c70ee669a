"""Reading a rules data file: YAML validated by a pydantic model, failing loudly at import.

The files live in `rules/data/`. `ONBOARD_RULES_DATA` (an environment variable, read once when
`rules` is first imported) points at another directory holding the same files instead: a copy
with a thirteenth market, the next commission period, a fixture for a test. Every fact the bot
states is derived from these files, so such a copy needs no code change.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from rules import cache as disk_cache

# The rules' data are frozen dataclasses, not pydantic models: pydantic validates them from their
# field types when a data file is read (`load_validated`), and a warm start rebuilds them from the
# cache without importing pydantic at all. Each sets `__pydantic_config__ = STRICT` (unknown keys
# are refused, as `extra="forbid"` did) and checks across fields in `__post_init__`.
STRICT = {"extra": "forbid"}

# A rules dataclass (validated by pydantic from its field types, `__post_init__` checks and
# `__pydantic_config__`), or any type pydantic validates (a BaseModel in tests).
Model = TypeVar("Model")
_RULES_PACKAGE_DIR = Path(__file__).parent

RULES_DATA_ENV = "ONBOARD_RULES_DATA"
PACKAGED_DATA_DIR = Path(__file__).parent / "data"


def parse_yaml(text: str, cache_name: str | None = None) -> Any:
    """YAML text → Python data, with the C loader where libyaml is installed.

    With `cache_name` (the file's path), the result is also kept on disk (rules/cache.py),
    keyed by the text itself: the next process reads it back instead of importing the YAML
    library and parsing again. A changed file has another key, so it is parsed afresh."""
    if cache_name is None:
        return _parse_yaml_now(text)
    name = disk_cache.slot("yaml-" + Path(cache_name).name, cache_name)
    key = disk_cache.fingerprint(text, _yaml_library_id())
    cached = disk_cache.load(name, key)
    if cached is not disk_cache.MISSING:
        has_dates, data = cached
        return disk_cache.from_plain(data) if has_dates else data
    data = _parse_yaml_now(text)
    plain, has_dates = disk_cache.to_plain(data)
    disk_cache.store(name, key, (has_dates, plain))
    return data


@cache
def _yaml_library_id() -> str:
    """Which YAML library would parse: its files' size and time (the package and its C
    extension), so an upgrade, or the C parser appearing, changes the key. Found without
    importing it (the import is what the cache saves) or reading package metadata (as slow)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("yaml")  # a top-level name: finds the package without importing it
        origin = Path(spec.origin) if spec and spec.origin else None
        if origin is None:
            return "no yaml"
        files = sorted(
            [origin, *(f for f in origin.parent.iterdir() if f.name.startswith("_yaml"))]
        )
        return ";".join(f"{f}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files)
    except (ImportError, OSError, ValueError):
        return "unknown yaml"


def _yaml_loader() -> Any:
    import yaml  # here, not at the top: a cached parse never needs the library

    # libyaml's C parser is ~10× faster than the pure-Python one; both read the same YAML.
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml_now(text: str) -> Any:
    import yaml

    return yaml.load(text, Loader=_yaml_loader())  # safe: a SafeLoader (sub)class


@cache
def data_dir() -> Path:
    """The directory the rules data is read from: `$ONBOARD_RULES_DATA` or `rules/data/`."""
    override = os.environ.get(RULES_DATA_ENV, "").strip()
    if not override:
        return PACKAGED_DATA_DIR
    directory = Path(override).expanduser()
    if not directory.is_dir():
        raise RuntimeError(
            f"{RULES_DATA_ENV}={override}: not a directory; point it at a copy of rules/data/"
        )
    return directory


def _shown(relative_path: str) -> str:
    name = relative_path.removeprefix("data/")
    directory = data_dir()
    return f"rules/data/{name}" if directory == PACKAGED_DATA_DIR else str(directory / name)


def load_data_file(relative_path: str, model: type[Model]) -> Model:
    """`rules/<relative_path>` ("data/markets.yaml", read from `data_dir()`) parsed into
    `model`; a broken file stops the program at start, naming the file and the first bad
    entry."""
    path = data_dir() / relative_path.removeprefix("data/")
    return load_validated(
        [path],
        model,
        lambda texts: parse_yaml(texts[0], cache_name=str(path)),
        shown=_shown(relative_path),
    )


def load_validated(
    paths: Sequence[Path],
    model: type[Model],
    make_input: Callable[[list[str]], Any],
    *,
    shown: str | None = None,
) -> Model:
    """The files at `paths`, turned into data by `make_input(their texts)` and validated into
    `model` by pydantic. With `shown` (the file's name for messages) a broken file raises
    RuntimeError naming it and the first bad entry; without, pydantic's ValidationError (a
    ValueError), as `load_policy` always did.

    The validated value is kept on disk (rules/cache.py), keyed by everything it depends on:
    these files' text, every rules data file and every module of `rules` (validators compare
    with other files: deposit's markets must be in markets.yaml) and pydantic's version. A warm
    start builds the dataclasses straight from the cache and never imports pydantic, which was
    about a third of `onboard-bot ask` (docs/PERFORMANCE.md)."""
    try:
        texts = [path.read_text(encoding="utf-8") for path in paths]
    except FileNotFoundError as exc:
        raise RuntimeError(f"{shown or exc.filename}: file missing") from exc
    where = [str(path) for path in paths]
    name = disk_cache.slot(f"rules-{model.__name__}", *where)
    key = disk_cache.fingerprint(
        *where, *texts, model.__module__, model.__qualname__, _rules_id(), _pydantic_id()
    )
    cached = disk_cache.load(name, key)
    if cached is not disk_cache.MISSING:
        try:
            value = disk_cache.objects_from_plain(cached)
        except (TypeError, ValueError, KeyError):
            value = None  # not what this code writes: validate afresh below
        if isinstance(value, model):
            return value
    value = _validate(model, make_input(texts), shown)
    try:
        plain = disk_cache.objects_to_plain(value)
    except TypeError:  # not a rules dataclass (a test's model): nothing to keep
        return value
    disk_cache.store(name, key, plain)
    return value


def _validate(model: type[Model], data: Any, shown: str | None) -> Model:
    from pydantic import TypeAdapter, ValidationError  # only when the cache has no value

    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as exc:
        if shown is None:
            raise
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RuntimeError(f"{shown}: {where}: {first['msg']}") from exc


@cache
def _rules_id() -> str:
    """Every rules data file (by content, in `data_dir()`) and every rules module (by content):
    a validated value depends on its own file, on others its validators compare it with, and on
    the code that validates it."""
    files = _files_ending(data_dir(), ".yaml") + _files_ending(_RULES_PACKAGE_DIR, ".py")
    return disk_cache.fingerprint(*(f"{path}\n".encode() + path.read_bytes() for path in files))


def _files_ending(directory: Path, suffix: str) -> list[Path]:
    # Not Path.glob: its pattern would be compiled as a regular expression at every start.
    return sorted(path for path in directory.iterdir() if path.name.endswith(suffix))


@cache
def _pydantic_id() -> str:
    """Which pydantic would validate (its files' size and time), found without importing it."""
    from importlib.util import find_spec

    parts = []
    for package in ("pydantic", "pydantic_core"):
        try:
            spec = find_spec(package)
            origin = Path(spec.origin) if spec and spec.origin else None
            if origin is None:
                parts.append(f"no {package}")
                continue
            # An upgrade rewrites these (the version, the compiled core).
            for file in [
                origin,
                *(
                    f
                    for f in sorted(origin.parent.iterdir())
                    if f.name.startswith(("version.py", "_pydantic_core"))
                ),
            ]:
                stat = file.stat()
                parts.append(f"{file}:{stat.st_size}:{stat.st_mtime_ns}")
        except (ImportError, OSError, ValueError):
            parts.append(f"unknown {package}")
    return ";".join(parts)


# Checks of single fields, called from the dataclasses' `__post_init__` (what pydantic's
# `Field(min_length=…, pattern=…)` said when these were models).
_KEY_PATTERN = r"^[a-z][a-z0-9_]*$"


def require_filled(item: object, *names: str) -> None:
    """Each named text field of `item` has at least one character."""
    for name in names:
        if not getattr(item, name):
            raise ValueError(f"{name}: String should have at least 1 character")


def require_key(item: object, name: str) -> None:
    """The named field is a lower-case key (`company_name`, `api`)."""
    import re

    value = getattr(item, name)
    if not re.match(_KEY_PATTERN, value):
        raise ValueError(f"{name}: String should match pattern '{_KEY_PATTERN}' (got {value!r})")
