"""Reading a rules data file: YAML validated by a pydantic model, failing loudly at import."""

from __future__ import annotations

from importlib import resources
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

Model = TypeVar("Model", bound=BaseModel)


def load_data_file(relative_path: str, model: type[Model]) -> Model:
    """`rules/<relative_path>` parsed into `model`; a broken file stops the program at start,
    naming the file and the first bad entry."""
    source = resources.files("rules").joinpath(relative_path)
    try:
        return model.model_validate(yaml.safe_load(source.read_text(encoding="utf-8")))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RuntimeError(f"rules/{relative_path}: {where}: {first['msg']}") from exc
