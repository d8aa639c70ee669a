"""Reading a rules data file: YAML validated by a pydantic model, failing loudly at import.

The files live in `rules/data/`. `ONBOARD_RULES_DATA` (an environment variable, read once when
`rules` is first imported) points at another directory holding the same files instead: a copy
with a thirteenth market, the next commission period, a fixture for a test. Every fact the bot
states is derived from these files, so such a copy needs no code change.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from rules import cache as disk_cache

Model = TypeVar("Model", bound=BaseModel)

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
        files = sorted([origin, *origin.parent.glob("_yaml*")])
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
    try:
        text = path.read_text(encoding="utf-8")
        return model.model_validate(parse_yaml(text, cache_name=str(path)))
    except FileNotFoundError as exc:
        raise RuntimeError(f"{_shown(relative_path)}: file missing") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RuntimeError(f"{_shown(relative_path)}: {where}: {first['msg']}") from exc
