"""Sentences from codes: a reason's `code` and `params` rendered in the reader's language.

Every stage says *why* with a code and parameters (`Reason("too_old", {"requirement": ...,
"issued": "2026-02-10", ...})`); only the edges (the page, the CLI text, the HTML reports, the
bulk overview, the review page) turn them into sentences, here, from the message catalogues
`messages/{en,fr,nl,de}.yaml`. Babel writes the dates, amounts, numbers, lists and plural forms
as each language does ("10 février 2026", "10 februari 2026", "10. Februar 2026", "48.912 €").

A catalogue entry is a template with named placeholders, `{name}` or `{name:kind}`; the kind
says how the parameter is written (see `_KINDS`). An entry may instead be plural forms keyed by
CLDR category (`one`, `other`, ...) with `count:` naming the parameter that chooses.
The catalogues are validated on load against the registry of codes (`codes.CODES`): every code
in every language, with exactly the registered parameters; an error names the file and the key.

This module imports nothing of docscan at import time; the names of document types,
requirements and facts are looked up in the project's data only when a sentence needs one.
"""

from __future__ import annotations

import os
import re
import string
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Literal, Mapping

import yaml
from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal, format_percent

from .codes import CODES, LABELS

LANGUAGES = ("en", "fr", "nl", "de")
#: The CLDR locale each language is written in: Belgian French, Dutch and German; British
#: English (Belgian English in CLDR writes "48.912,00 €", which no English reader expects).
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
CATALOGUE_DIR = Path(__file__).resolve().parent
#: Kinds that write the same parameter in another form (a name inside a sentence): a language
#: may use either where English uses one.
_FAMILY = {"req_inside": "req", "type_inside": "type"}
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


class CatalogueError(ValueError):
    """A catalogue is wrong: the message names the file and the key."""


def language_or_default(language: str | None) -> str:
    """One of LANGUAGES: the given one when known, else English."""
    if language:
        short = language.replace("-", "_").split("_")[0].lower()
        if short in LANGUAGES:
            return short
    return "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of the environment's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext
    reads them), when it is one of the four; English otherwise. "C" and "POSIX" mean English."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if not value:
            continue
        for part in value.split(":"):  # LANGUAGE may list several: the first known one wins
            short = part.split(".")[0].replace("-", "_").split("_")[0].lower()
            if short in LANGUAGES:
                return short
        if variable != "LANGUAGE":
            return "en"  # the first set locale variable decides (LANGUAGE only adds preferences)
    return "en"


# ---------------------------------------------------------------------------------------------
# Catalogues


def _placeholders(template: str, where: str) -> dict[str, str]:
    """{name: kind} of a template; a malformed one is a CatalogueError naming `where`."""
    found: dict[str, str] = {}
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise CatalogueError(f"{where}: {exc}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or conversion:
            raise CatalogueError(f"{where}: placeholder '{{{name}}}' must be a plain name")
        kind = spec or "text"
        if kind not in _KINDS:
            raise CatalogueError(f"{where}: placeholder '{{{name}:{kind}}}' has an unknown kind; "
                                 f"known: {', '.join(sorted(_KINDS))}")
        if found.get(name, kind) != kind:
            raise CatalogueError(f"{where}: placeholder '{name}' is used with two kinds")
        found[name] = kind
    return found


def _entry_placeholders(entry: object, where: str) -> dict[str, str]:
    if isinstance(entry, str):
        return _placeholders(entry, where)
    if isinstance(entry, dict):
        count = entry.get("count")
        forms = {k: v for k, v in entry.items() if k != "count"}
        if not isinstance(count, str) or "other" not in forms or set(forms) - set(PLURAL_CATEGORIES) \
                or not all(isinstance(v, str) for v in forms.values()):
            raise CatalogueError(f"{where}: plural forms need 'count: <parameter>' and text forms among "
                                 f"{', '.join(PLURAL_CATEGORIES)}, 'other' included")
        found: dict[str, str] = {}
        for form, text in forms.items():
            found.update(_placeholders(text, f"{where}.{form}"))
        found.setdefault(count, "number")
        return found
    raise CatalogueError(f"{where}: must be a text or plural forms, not {type(entry).__name__}")


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict:
    """The validated catalogue of one language: {"messages": {...}, "labels": {...}, "terms": {...}}."""
    path = CATALOGUE_DIR / f"{language}.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: is not valid YAML ({exc})") from None
    return validate(raw, path)


def validate(raw: object, path: Path | str) -> dict:
    """Check one catalogue against the registry; returns it. Errors name `path` and the key."""
    if not isinstance(raw, dict) or set(raw) - {"messages", "labels", "terms"}:
        raise CatalogueError(f"{path}: must be a mapping with 'messages', 'labels' and 'terms'")
    for section, registry in (("messages", CODES), ("labels", LABELS)):
        entries = raw.get(section) or {}
        if not isinstance(entries, dict):
            raise CatalogueError(f"{path}: '{section}' must be a mapping")
        unknown = sorted(set(entries) - set(registry))
        if unknown:
            raise CatalogueError(f"{path}: {section}.{unknown[0]}: not a registered code (docscan/messages/codes.py)")
        for code, params in registry.items():
            if code not in entries:
                raise CatalogueError(f"{path}: {section}.{code}: missing")
            used = _entry_placeholders(entries[code], f"{path}: {section}.{code}")
            if set(used) != set(params):
                raise CatalogueError(f"{path}: {section}.{code}: placeholders {sorted(used)} are not the "
                                     f"registered parameters {sorted(params)}")
            for name, kind in used.items():
                if _FAMILY.get(params[name], params[name]) != _FAMILY.get(kind, kind):
                    raise CatalogueError(f"{path}: {section}.{code}: '{name}' is written as '{kind}', "
                                         f"registered as '{params[name]}'")
    terms = raw.get("terms") or {}
    if not isinstance(terms, dict) or not all(isinstance(v, str) for v in terms.values()):
        raise CatalogueError(f"{path}: 'terms' must map names to texts")
    return {"messages": dict(raw.get("messages") or {}), "labels": dict(raw.get("labels") or {}),
            "terms": dict(terms)}


def validate_all() -> None:
    """Load every catalogue (tests, `docscan permits`); the English terms are the reference."""
    reference = set(catalogue("en")["terms"])
    for language in LANGUAGES:
        terms = set(catalogue(language)["terms"])
        if terms != reference:
            missing = sorted(reference - terms) or sorted(terms - reference)
            raise CatalogueError(f"{CATALOGUE_DIR / (language + '.yaml')}: terms.{missing[0]}: "
                                 "not in every language")


# ---------------------------------------------------------------------------------------------
# Names from the project's data (document types, requirements, facts), looked up late


def _data_title(kind: str, key: str, language: str) -> str | None:
    """The title of a document type or a requirement in `language`, from the project's data."""
    if kind == "req":
        try:
            from ..checklist import load_common

            spec = load_common().requirements.get(key)
        except Exception:  # noqa: BLE001 - a sentence must never fail on a missing name
            spec = None
        if spec is not None:
            return spec.title.get(language) or spec.title.get("en")  # type: ignore[call-overload]
    try:
        from ..classify import load_rules

        rules = load_rules()
        if key in rules.types:
            return rules.title(key, language)
    except Exception:  # noqa: BLE001
        pass
    return None


def term(key: str, language: str) -> str:
    """A term of the catalogue (`region.flanders`, `status.ok`, ...), English when missing."""
    return catalogue(language)["terms"].get(key) or catalogue("en")["terms"].get(key) or key


def type_name(type_id: str, language: str) -> str:
    return _data_title("type", type_id, language) or term(f"type.{type_id}", language)


def requirement_name(requirement_id: str, language: str) -> str:
    return _data_title("req", requirement_id, language) or term(f"type.{requirement_id}", language)


def _inside(name: str, language: str) -> str:
    """A name written inside a sentence: German keeps its capitals (nouns), the others lower
    the first letter unless the name starts with an acronym ("EU Blue Card")."""
    if language == "de" or len(name) < 2 or name[1].isupper():
        return name
    return name[0].lower() + name[1:]


def _fact_question(fact: str, language: str) -> str:
    try:
        from ..checklist import load_common

        texts = load_common().questions.get(fact, {})
        text = texts.get(language) or texts.get("en")  # type: ignore[call-overload]
    except Exception:  # noqa: BLE001
        text = None
    return (text or fact.replace("_", " ")).rstrip("?")


# ---------------------------------------------------------------------------------------------
# Writing parameters


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _date(value: Any, language: str) -> str:
    """A date in full as the language writes it; French writes the first of the month "1er"
    ("1er mars 2026"), which CLDR's pattern does not."""
    day = _as_date(value)
    text = format_date(day, "long", locale=LOCALES[language])
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def _amount(value: Any, locale: str) -> str:
    """EUR as the locale writes it; no cents when the amount is whole ("48.912 €", "€48,912")."""
    number = float(value)
    if number.is_integer():
        pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
        return format_currency(number, "EUR", format=pattern.replace(".00", ""), locale=locale,
                               currency_digits=False)
    return format_currency(number, "EUR", locale=locale)


def _money(value: Any, locale: str) -> str:
    """An amount with its ISO currency code and always its cents ("EUR 3,450.00", "3.450,00 EUR"),
    as a salary is compared to the cent: `{"amount": 3450.0, "currency": "EUR"}` or a number (EUR).
    An amount whose currency the document did not write has no code ("3.450,00")."""
    if isinstance(value, Mapping):
        number, currency = float(value["amount"]), str(value.get("currency") or "")
    else:
        number, currency = float(value), "EUR"
    if not currency:
        return format_decimal(number, format="#,##0.00", locale=locale)
    pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0].replace("¤", "¤¤")
    if pattern.startswith("¤¤") and pattern[2:3] not in ("\u00a0", " "):
        pattern = "¤¤\u00a0" + pattern[2:]
    return format_currency(number, currency, format=pattern, locale=locale, currency_digits=False)


def _number(value: Any, locale: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_decimal(value, locale=locale)
    return str(value)


def _list(values: Any, locale: str, style: Literal["standard", "or"] = "standard") -> str:
    items = [str(v) for v in (values or [])]
    return format_list(items, style=style, locale=locale) if items else ""


Writer = Callable[[Any, str, str], str]
_KINDS: dict[str, Writer] = {
    # As given: texts, ids, file names, whole numbers without grouping (years, months); a
    # fraction with the language's decimal mark.
    "text": lambda v, lang, loc: "" if v is None else (format_decimal(v, locale=loc) if isinstance(v, float) else str(v)),
    "number": lambda v, lang, loc: _number(v, loc),
    "int": lambda v, lang, loc: format_decimal(round(float(v)), locale=loc),
    "decimal1": lambda v, lang, loc: format_decimal(float(v), format="#,##0.0", locale=loc),
    "decimal2": lambda v, lang, loc: format_decimal(float(v), format="#,##0.00", locale=loc),
    "percent": lambda v, lang, loc: format_percent(float(v), locale=loc),
    "percent3": lambda v, lang, loc: format_percent(float(v), format="#,##0.###%", locale=loc),
    "date": lambda v, lang, loc: _date(v, lang),
    "amount": lambda v, lang, loc: _amount(v, loc),
    "money": lambda v, lang, loc: _money(v, loc),
    "type": lambda v, lang, loc: type_name(str(v), lang),
    "type_inside": lambda v, lang, loc: _inside(type_name(str(v), lang), lang),
    "req": lambda v, lang, loc: requirement_name(str(v), lang),
    "req_inside": lambda v, lang, loc: _inside(requirement_name(str(v), lang), lang),
    "region": lambda v, lang, loc: term(f"region.{v}", lang),
    # A language (ISO 639) or a script (ISO 15924) by its name in the reader's language, from CLDR.
    "language": lambda v, lang, loc: Locale.parse(loc).languages.get(str(v), str(v)),
    "script": lambda v, lang, loc: Locale.parse(loc).scripts.get(str(v), str(v)),
    # A country (ISO 3166-1 alpha-2) by its name in the reader's language, from CLDR.
    "country": lambda v, lang, loc: Locale.parse(loc).territories.get(str(v), str(v)),
    "term": lambda v, lang, loc: "" if v is None else term(str(v), lang),
    "fact": lambda v, lang, loc: _fact_question(str(v), lang),
    "list": lambda v, lang, loc: _list(v, loc),
    "terms": lambda v, lang, loc: _list([term(str(t), lang) for t in (v or [])], loc),
    "list_or": lambda v, lang, loc: _list(v, loc, "or"),
    "amounts_or": lambda v, lang, loc: _list([_amount(a, loc) for a in (v or [])], loc, "or"),
    "types": lambda v, lang, loc: _list([f"“{type_name(str(t), lang)}”" for t in (v or [])], loc),
    "texts": lambda v, lang, loc: _texts(v, lang),
    "signed": lambda v, lang, loc: format_decimal(float(v), format="+#,##0.##;-#,##0.##", locale=loc),
    "quoted": lambda v, lang, loc: _list([f"'{w}'" for w in (v if isinstance(v, (list, tuple)) else [v])], loc),
    "warning": lambda v, lang, loc: term(f"warning.{v}", lang) if f"warning.{v}" in catalogue(lang)["terms"]
    else str(v).replace("_", " "),
    "msg": lambda v, lang, loc: "" if not v else _render(v, lang),
    # French puts a space before a semicolon ("floue ; seuls 3 mots").
    "msgs": lambda v, lang, loc: (" ; " if lang == "fr" else "; ").join(_render(r, lang).strip() for r in (v or [])),
}


def _texts(value: Any, language: str) -> str:
    """A text the data gives per language ({"en": ..., "fr": ...}): the reader's, else English."""
    if not value:
        return ""
    if isinstance(value, str):
        return value
    return value.get(language) or value.get("en") or ""


def _fill(template: str, params: Mapping[str, Any], language: str) -> str:
    locale = LOCALES[language]
    out = []
    for literal, name, spec, _ in string.Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(_KINDS[spec or "text"](params.get(name), language, locale))
    return "".join(out)


def _choose(entry: object, params: Mapping[str, Any], language: str) -> str:
    if isinstance(entry, str):
        return entry
    assert isinstance(entry, dict)
    count = params.get(entry["count"])
    form = Locale.parse(LOCALES[language]).plural_form(abs(count) if isinstance(count, (int, float)) else 0)
    return entry.get(form) or entry["other"]


def render(reason: Any, language: str = "en") -> str:
    """The sentence of a reason (anything with `code` and `params`, or its dict) in `language`.

    An unknown language is written in English. An unknown code (data recorded by a later
    docscan) is written as its code and parameters rather than failing the page.
    """
    return _tidy(_render(reason, language_or_default(language)))


def _render(reason: Any, language: str) -> str:
    """The sentence as the template makes it (a nested part keeps its leading space)."""
    code, params = (reason["code"], reason.get("params") or {}) if isinstance(reason, Mapping) \
        else (reason.code, reason.params or {})
    entry = catalogue(language)["messages"].get(code)
    if entry is None:
        return code + (f" ({', '.join(f'{k}={v}' for k, v in params.items())})" if params else "")
    return _fill(_choose(entry, params, language), params, language)


def _tidy(text: str) -> str:
    """Spaces left by an empty optional part ("{hint} {fee}" with no fee) removed."""
    return re.sub(r" {2,}", " ", text).replace(" .", ".").strip()


def label(key: str, language: str = "en", **params: Any) -> str:
    """An edge's own words (a heading of the text report), from the catalogue's `labels`."""
    language = language_or_default(language)
    entry = catalogue(language)["labels"][key]
    return _fill(_choose(entry, params, language), params, language)


def format_day(value: date | str, language: str = "en") -> str:
    """A date as the language writes it in full ("10 février 2026")."""
    return _date(value, language_or_default(language))


def format_amount(value: float, language: str = "en") -> str:
    language = language_or_default(language)
    return _amount(value, LOCALES[language])
