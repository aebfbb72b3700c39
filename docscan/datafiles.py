"""Loading YAML data files (checklists, document rules, thresholds) with validation.

Rules and checklists are data that advisers update when the authorities change a rule, so a
mistake in them must be reported as "file X, field Y: what is wrong", never as a traceback
from deep inside the checker.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ValidationError

from .errors import ConfigError

#: Folder of the YAML rules shipped inside the package.
RULES_DIR = Path(__file__).resolve().parent / "rules"

Model = TypeVar("Model", bound=BaseModel)


def read_yaml(path: Path) -> object:
    """Parse a YAML file, turning I/O and syntax problems into a `ConfigError`."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        raise ConfigError(f"{path}:{line} is not valid YAML ({getattr(exc, 'problem', exc)})") from None


def load_model(path: Path, model: type[Model], **context) -> Model:
    """Read `path` and validate it as `model`; errors name the file and the field."""
    raw = read_yaml(path)
    try:
        return model.model_validate(raw, context={"path": path, **context})
    except ValidationError as exc:
        raise ConfigError(f"{path}: {describe_validation_error(exc)}") from None


def describe_validation_error(exc: ValidationError) -> str:
    """The pydantic errors as 'field.sub.0: message' lines, first three only."""
    parts = []
    for error in exc.errors()[:3]:
        field = ".".join(str(item) for item in error["loc"]) or "(top level)"
        parts.append(f"field '{field}': {error['msg']}")
    more = len(exc.errors()) - 3
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts)


def require_known_types(path: Path, field: str, types: tuple[str, ...] | list[str]) -> None:
    """Raise `ConfigError` naming `path` and `field` when `types` holds an id that is not a
    document type of `rules/document_types.yaml` (a typo would silently match nothing)."""
    from .classify import load_rules

    unknown = sorted(set(types) - set(load_rules().types))
    if unknown:
        raise ConfigError(f"{path}: field '{field}': unknown document types: {', '.join(unknown)}")


def _regular_expression(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from None
    return value


#: A rules field holding a regular expression, compiled once on load so a typo names its field.
Pattern = Annotated[str, AfterValidator(_regular_expression)]
