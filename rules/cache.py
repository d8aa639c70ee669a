"""A cache on disk of what is derived from the data files (the parsed YAML, the tokens of the
answer index), so a short-lived command (`onboard-bot ask`) does not redo that work at every
start (docs/PERFORMANCE.md, "Start-up of `onboard-bot ask`").

Safe when stale, damaged or unwritable, by construction:
- a value is stored under a key hashed from everything it is derived from (the text parsed,
  the code that derives it, library versions), so a changed data file or another release
  looks up another key and builds afresh;
- each process loads its own copy; nothing is shared or changed in place between processes.
  A file is written whole to a temporary name and renamed into place, so readers see an old
  file or the new one, never half of one; two writers at once just leave the later file;
- the file carries a checksum of its content: a damaged file is a miss, not an error;
- every OSError (no home directory, a read-only or full disk) is a miss or a skipped write,
  after which the caller builds the value exactly as if there were no cache.
Values are stored with `marshal`, the format of Python's own .pyc files: plain data only (no
pickle, so loading a file runs no code). The files live in `$XDG_CACHE_HOME/onboard-bot` (else
`~/.cache/onboard-bot`), a directory private to its owner.
"""

from __future__ import annotations

import dataclasses
import gc
import marshal
import os
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

try:  # the BLAKE2 module alone: hashlib would also load OpenSSL, ~3 ms at every start
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

# Bump when the file layout below changes: older files are then simply never read again.
_FORMAT = b"onboard-cache-1"
_CHECKSUM_BYTES = 16
APP_DIR_NAME = "onboard-bot"


class _Missing:
    """Returned by `load` for "not cached" (None is a value a cache can hold)."""


MISSING = _Missing()


def cache_dir() -> Path | None:
    """Where the files live, or None when there is no home to put them in (read each time:
    cheap, and a test can point it elsewhere)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home directory can be determined
        return None
    return root / APP_DIR_NAME


def fingerprint(*parts: bytes | str) -> str:
    """A short hash of `parts` (file contents, versions), for building keys."""
    digest = blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def slot(name: str, *where: str) -> str:
    """A cache name for `name` as used from `where` (the install or data directory it is derived
    from): two checkouts or data directories on one machine keep their own files instead of
    evicting each other's at every run (a store removes only its own slot's older keys)."""
    return f"{name}-{fingerprint(*where)[:12]}"


def _path(name: str, key: str) -> Path | None:
    directory = cache_dir()
    return None if directory is None else directory / f"{name}.{key}.bin"


def load(name: str, key: str) -> Any:
    """The value stored under (`name`, `key`), or MISSING."""
    path = _path(name, key)
    if path is None:
        return MISSING
    try:
        blob = path.read_bytes()
    except OSError:
        return MISSING
    header, checksum = blob[: len(_FORMAT)], blob[len(_FORMAT) : len(_FORMAT) + _CHECKSUM_BYTES]
    payload = blob[len(_FORMAT) + _CHECKSUM_BYTES :]
    if header != _FORMAT or checksum != _checksum(payload):
        return MISSING
    # Loading makes thousands of small objects at once; the cyclic garbage collector would
    # walk the whole heap several times meanwhile for nothing (marshal makes no cycles).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return MISSING
    finally:
        if collecting:
            gc.enable()


def store(name: str, key: str, value: Any) -> bool:
    """Write `value` (plain data: dict, list, tuple, str, int, float, bool, None) under
    (`name`, `key`) and remove the files of `name` under other keys (older versions).
    Returns whether it was written; never raises for a disk that will not take it."""
    path = _path(name, key)
    if path is None:
        return False
    try:
        payload = marshal.dumps(value)
    except ValueError:  # not plain data: not cacheable, the caller keeps building it
        return False
    import tempfile  # here: a warm start only reads

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(_FORMAT + _checksum(payload) + payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for older in path.parent.glob(f"{name}.*.bin"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _checksum(payload: bytes) -> bytes:
    return blake2b(payload, digest_size=_CHECKSUM_BYTES).digest()


# YAML can hold dates (commission periods), which marshal cannot: they are stored as tagged
# tuples, which YAML's safe loader never produces, and turned back on load.
_DATE_TAG, _DATETIME_TAG = "\0date", "\0datetime"


def to_plain(value: Any) -> tuple[Any, bool]:
    """(`value` with dates as tagged tuples, whether any date was found)."""
    if isinstance(value, datetime):
        return (_DATETIME_TAG, value.isoformat()), True
    if isinstance(value, date):
        return (_DATE_TAG, value.isoformat()), True
    if isinstance(value, dict):
        found = False
        plain: dict[Any, Any] = {}
        for key, item in value.items():
            plain_key, in_key = to_plain(key)
            plain[plain_key], in_item = to_plain(item)
            found = found or in_key or in_item
        return plain, found
    if isinstance(value, list):
        items = [to_plain(item) for item in value]
        return [item for item, _ in items], any(found for _, found in items)
    return value, False


def from_plain(value: Any) -> Any:
    """The inverse of `to_plain`."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] == _DATE_TAG:
        return date.fromisoformat(value[1])
    if isinstance(value, tuple) and len(value) == 2 and value[0] == _DATETIME_TAG:
        return datetime.fromisoformat(value[1])
    if isinstance(value, dict):
        return {from_plain(key): from_plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [from_plain(item) for item in value]
    return value


# The rules' validated data (rules/datafile.py `load_validated`) is kept as the objects it was
# validated into: frozen dataclasses of the rules modules, holding Decimals, dates, tuples and
# dicts. They are stored as tagged tuples (class by module and name, fields by name) and built
# again by calling the class, which only a dataclass of a `rules` module already imported may be
# (a damaged or foreign name is a miss, never an import or arbitrary code).
_OBJECT_TAG, _DECIMAL_TAG = "\0object", "\0decimal"


def objects_to_plain(value: Any) -> Any:
    """`value` (rules dataclasses, Decimals, dates, containers of plain data) as plain data for
    `store`; TypeError for anything else."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple):
        return tuple(objects_to_plain(item) for item in value)
    if isinstance(value, list):
        return [objects_to_plain(item) for item in value]
    if isinstance(value, dict):
        return {objects_to_plain(key): objects_to_plain(item) for key, item in value.items()}
    if isinstance(value, Decimal):
        return (_DECIMAL_TAG, str(value))
    if isinstance(value, date):  # datetime too
        return to_plain(value)[0]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        state = {
            field.name: objects_to_plain(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.init
        }
        return (_OBJECT_TAG, cls.__module__, cls.__qualname__, state)
    raise TypeError(f"not cacheable: {type(value).__name__}")


def objects_from_plain(value: Any) -> Any:
    """The inverse of `objects_to_plain`; ValueError/TypeError for what it did not write."""
    if isinstance(value, tuple):
        if value and value[0] == _OBJECT_TAG and len(value) == 4:
            _, module, qualname, state = value
            cls = _rules_dataclass(module, qualname)
            return cls(**{name: objects_from_plain(item) for name, item in state.items()})
        if len(value) == 2 and value[0] == _DECIMAL_TAG:
            return Decimal(value[1])
        if len(value) == 2 and value[0] in (_DATE_TAG, _DATETIME_TAG):
            return from_plain(value)
        return tuple(objects_from_plain(item) for item in value)
    if isinstance(value, list):
        return [objects_from_plain(item) for item in value]
    if isinstance(value, dict):
        return {objects_from_plain(key): objects_from_plain(item) for key, item in value.items()}
    return value


def _rules_dataclass(module_name: str, qualname: str) -> type:
    module = sys.modules.get(module_name) if module_name.startswith("rules.") else None
    cls = getattr(module, qualname, None) if "." not in qualname else None
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ValueError(f"not a rules dataclass: {module_name}:{qualname}")
    return cls
