"""The page's words in English, French, Dutch and German, from one YAML file per language.

Words are data (`docscan/webapp/strings/<lang>.yaml`) so a translator edits them without
touching code. Every language must have exactly the keys of English, with the same
``{placeholders}``: a missing key or a mistyped placeholder is reported as "file X, key Y"
when the file is loaded, not as a blank label or a crash in front of an applicant.

Requirement titles and hints are not here: they come translated from the checklist data
(`Requirement.text("title", lang)`); the report's messages come from docscan in English.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datafiles import read_yaml
from ..errors import ConfigError

STRINGS_DIR = Path(__file__).resolve().parent / "strings"

#: Interface languages, in the order the language switch shows them, with their own names.
#: German is the language of the German-speaking Community (one of the four regions).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class UiStrings:
    """The words of one language; `t("section.key", name=value)` fills the placeholders."""

    language: str
    words: dict[str, str]

    def t(self, key: str, **values: object) -> str:
        try:
            text = self.words[key]
        except KeyError:
            raise ConfigError(f"{STRINGS_DIR / (self.language + '.yaml')}: no key '{key}'") from None
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self.words


def _flatten(data: object, path: Path, prefix: str = "") -> dict[str, str]:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: key '{prefix or '(top level)'}' must be a mapping of words")
    flat: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, path, name + "."))
        elif isinstance(value, str):
            flat[name] = value.strip()
        elif value is None:
            flat[name] = ""
        else:
            raise ConfigError(f"{path}: key '{name}' must be text, not {type(value).__name__}")
    return flat


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text expects."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@lru_cache(maxsize=8)
def load_strings(language: str, folder: Path | None = None) -> UiStrings:
    """Load and check the words of `language` against English (cached: read once per process)."""
    folder = folder or STRINGS_DIR
    if language not in LANGUAGES:
        raise ConfigError(f"unknown interface language '{language}'; known: {', '.join(LANGUAGES)}")
    path = folder / f"{language}.yaml"
    words = _flatten(read_yaml(path), path)
    if language != DEFAULT_LANGUAGE:
        reference = load_strings(DEFAULT_LANGUAGE, folder).words
        missing = sorted(set(reference) - set(words))
        extra = sorted(set(words) - set(reference))
        if missing:
            raise ConfigError(f"{path}: missing key(s) {', '.join(missing)} (they are in {DEFAULT_LANGUAGE}.yaml)")
        if extra:
            raise ConfigError(f"{path}: key(s) {', '.join(extra)} are not in {DEFAULT_LANGUAGE}.yaml")
        for key, text in words.items():
            if placeholders(text) != placeholders(reference[key]):
                raise ConfigError(f"{path}: key '{key}' must use the placeholders "
                                  f"{sorted(placeholders(reference[key]))}, not {sorted(placeholders(text))}")
    return UiStrings(language, words)


def preferred_language(accept_language: str | None, locale: str | None = None) -> str:
    """The interface language a browser asks for: the first of `LANGUAGES` it accepts, else English.

    `accept_language` is the browser's ``Accept-Language`` header (``"de-BE,de;q=0.9,en;q=0.8"``),
    whose order and ``q`` weights say what the reader prefers; `locale` (``navigator.language``,
    Streamlit's ``st.context.locale``) is used when the header says nothing usable. Only the
    primary subtag counts: ``fr-BE``, ``fr-FR`` and ``fr`` are all French. A malformed header is
    read as far as it can be, never raised on: it comes from any client.
    """
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, parameters = part.strip().partition(";")
        weight = 1.0
        for parameter in parameters.split(";"):
            name, _, value = parameter.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if weight > 0:
            ranked.append((-weight, position, tag.strip().split("-")[0].lower()))
    for _, _, language in sorted(ranked):
        if language in LANGUAGES:
            return language
    primary = (locale or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE
