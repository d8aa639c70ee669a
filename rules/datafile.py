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

import yaml
from pydantic import BaseModel, ValidationError

Model = TypeVar("Model", bound=BaseModel)

RULES_DATA_ENV = "ONBOARD_RULES_DATA"
PACKAGED_DATA_DIR = Path(__file__).parent / "data"

# libyaml's C parser is ~10× faster than the pure-Python one; both read the same YAML.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """YAML text → Python data, with the C loader where libyaml is installed."""
    return yaml.load(text, Loader=_YAML_LOADER)  # safe: a SafeLoader (sub)class


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
        return model.model_validate(parse_yaml(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise RuntimeError(f"{_shown(relative_path)}: file missing") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RuntimeError(f"{_shown(relative_path)}: {where}: {first['msg']}") from exc
