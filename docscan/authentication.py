"""Apostille and legalisation (issue 16): does a public document from abroad carry the
authentication Belgium asks for, and which one does its issuing country owe?

A public document issued outside the EEA needs an apostille when its country is party to the
Hague Convention of 5 October 1961, otherwise a Belgian consular legalisation (or an
e-legalisation); the country lists and the words docscan recognises are data in
`rules/authentication.yaml`, with their sources and dates.

Recognition works on the text already read. An apostille's title is always French
("Apostille (Convention de La Haye du 5 octobre 1961)"), so even an apostille in Russian or
Spanish reads as one with the Latin models; its numbered field labels (in the authority's
language) confirm it, and its field 1 names the country. A Belgian legalisation sticker says it
legalises a signature, names the embassy or consulate and carries a control number.

The issuing country comes, in this order, from the document's letterhead or its apostille's
field 1 (a fact read), from the passport's nationality when the document is in one of that
country's languages, or from a language only one country writes (both presumptions, and the
report says so). When nothing tells the country, docscan asks; it never guesses one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .datafiles import RULES_DIR, Pattern, load_model, require_known_types
from .models import AuthenticationKind, CountrySource
from .textnorm import normalise

AUTHENTICATION_RULES = RULES_DIR / "authentication.yaml"


class AuthenticationRules(BaseModel):
    """`rules/authentication.yaml`, validated on load (an error names the file and the field)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    public_documents: tuple[str, ...]
    eea: frozenset[str] = Field(min_length=1)
    apostille: frozenset[str] = Field(min_length=1)
    verify: frozenset[str] = frozenset()
    alpha3: dict[str, str]
    country_languages: dict[str, tuple[str, ...]]
    unique_languages: dict[str, str]
    header_lines: int = Field(ge=1, le=40)
    name_locales: tuple[str, ...] = Field(min_length=1)
    aliases: dict[str, tuple[str, ...]] = {}
    ambiguous_names: frozenset[str] = frozenset()
    apostille_words: tuple[str, ...] = Field(min_length=1)
    convention_phrases: tuple[str, ...] = Field(min_length=1)
    min_fields: int = Field(ge=1)
    field_labels: dict[str, tuple[str, ...]]
    country_field: Pattern
    legalisation_phrases: tuple[str, ...] = Field(min_length=1)
    belgian_posts: tuple[str, ...] = Field(min_length=1)
    control_number: Pattern
    e_legalisation_phrases: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _codes_are_countries(self) -> "AuthenticationRules":
        known = set(self.alpha3.values())
        for field in ("eea", "apostille", "verify"):
            unknown = sorted(set(getattr(self, field)) - known)
            if unknown:
                raise ValueError(f"{field}: not ISO 3166-1 alpha-2 codes: {', '.join(unknown)}")
        both = sorted(self.eea & self.apostille)
        if both:
            raise ValueError(f"apostille: EEA states are exempt, list them only under eea: {', '.join(both)}")
        unknown = sorted((set(self.country_languages) | set(self.unique_languages.values()) | set(self.aliases)) - known)
        if unknown:
            raise ValueError(f"country_languages, unique_languages, aliases: unknown countries: {', '.join(unknown)}")
        return self


@lru_cache(maxsize=4)
def load_authentication_rules(path: Path = AUTHENTICATION_RULES) -> AuthenticationRules:
    rules = load_model(path, AuthenticationRules)
    require_known_types(path, "public_documents", rules.public_documents)
    return rules


@dataclass(frozen=True, kw_only=True)
class AuthenticationMark:
    """An apostille or a legalisation found in a document's text (never the text itself)."""

    kind: AuthenticationKind
    #: The country its field 1 names (an apostille), ISO 3166-1 alpha-2; None when not read.
    country: str | None = None
    #: How many of the model certificate's field labels were read (an apostille), for the report.
    fields: int = 0


def _contains(page: str, phrase: str) -> bool:
    return f" {normalise(phrase)} " in page


def find_mark(text: str, *, signed: bool = False, rules: AuthenticationRules | None = None) -> AuthenticationMark | None:
    """The apostille or legalisation `text` holds, if any.

    `signed`: the file is a PDF with an intact digital signature; a legalisation in it is an
    e-legalisation even when the LegalWeb address was not read.
    """
    rules = rules or load_authentication_rules()
    page = f" {normalise(text)} "
    fields = sum(1 for labels in rules.field_labels.values() for label in labels if _contains(page, label))
    titled = any(_contains(page, word) for word in rules.apostille_words)
    convention = any(_contains(page, phrase) for phrase in rules.convention_phrases)
    if (titled and convention) or ((titled or convention) and fields >= rules.min_fields):
        return AuthenticationMark(kind=AuthenticationKind.APOSTILLE, country=_field_country(text, rules), fields=fields)
    legalised = any(_contains(page, phrase) for phrase in rules.legalisation_phrases)
    belgian = any(_contains(page, post) for post in rules.belgian_posts)
    numbered = re.search(rules.control_number, text, flags=re.IGNORECASE) is not None
    electronic = any(_contains(page, phrase) for phrase in rules.e_legalisation_phrases)
    if legalised and (belgian or numbered or electronic):
        kind = AuthenticationKind.E_LEGALISATION if electronic or signed else AuthenticationKind.LEGALISATION
        return AuthenticationMark(kind=kind)
    if electronic and belgian:
        return AuthenticationMark(kind=AuthenticationKind.E_LEGALISATION)
    return None


def _country_names(rules: AuthenticationRules) -> tuple[tuple[str, str], ...]:
    """(normalised name, alpha-2) for every country in CLDR's names and the aliases, longest first
    (so "Republic of Korea" wins over "Korea", "Guinea-Bissau" over "Guinea")."""
    return _names(rules.name_locales, tuple(rules.aliases.items()), frozenset(rules.alpha3.values()))


def opens_with_mark(text: str, rules: AuthenticationRules | None = None, lines: int = 3) -> bool:
    """Whether the text's first lines are an apostille's title or a legalisation's words: a sheet
    that *is* the authentication (a document with one on its page opens with its letterhead)."""
    rules = rules or load_authentication_rules()
    head = f" {normalise(' '.join([line for line in text.splitlines() if line.strip()][:lines]))} "
    phrases = (*rules.apostille_words, *rules.convention_phrases, *rules.legalisation_phrases, *rules.belgian_posts)
    return any(_contains(head, phrase) for phrase in phrases)


@lru_cache(maxsize=4)
def _names(locales: tuple[str, ...], aliases: tuple[tuple[str, tuple[str, ...]], ...],
           codes: frozenset[str]) -> tuple[tuple[str, str], ...]:
    from babel import Locale

    names: dict[str, str] = {}
    for locale in locales:
        for code, name in Locale.parse(locale).territories.items():
            if code in codes:
                names.setdefault(normalise(name), code)
    for code, spellings in aliases:
        for alias in spellings:
            names[normalise(alias)] = code
    return tuple(sorted(names.items(), key=lambda item: (-len(item[0]), item[0])))


def _named_country(text: str, rules: AuthenticationRules, *, strict: bool,
                   ignore: frozenset[str] = frozenset()) -> str | None:
    """The one country named in `text` (its longest name found), or None when none or several
    are. With `strict`, names that are also common words or given names count too; countries in
    `ignore` are passed over (their names still hide shorter ones)."""
    # "République arabe d'Égypte", "ambassade de l'Inde": an elided article is a word of its own.
    page = f" {normalise(text).replace(chr(39), ' ')} "
    found: set[str] = set()
    for name, code in _country_names(rules):
        if not name or (not strict and name in rules.ambiguous_names):
            continue
        name = name.replace("'", " ")
        if f" {name} " in page:
            if code not in ignore:
                found.add(code)
            page = page.replace(f" {name} ", " | ")
    return next(iter(found)) if len(found) == 1 else None


def _field_country(text: str, rules: AuthenticationRules) -> str | None:
    match = re.search(rules.country_field, normalise_lines(text), flags=re.IGNORECASE)
    return _named_country(match.group(1), rules, strict=True) if match else None


def normalise_lines(text: str) -> str:
    """Each line normalised on its own (the line breaks kept for patterns that anchor on them)."""
    return "\n".join(normalise(line) for line in text.splitlines())


def country_in_text(text: str, rules: AuthenticationRules | None = None) -> str | None:
    """The issuing country the document's own text states: its apostille's field 1, else the one
    country its letterhead (first `header_lines` lines) names; None when unsaid or unclear."""
    rules = rules or load_authentication_rules()
    field = _field_country(text, rules)
    if field is not None:
        return field
    lines = [line for line in text.splitlines() if line.strip()][:rules.header_lines]
    header = f" {normalise(' '.join(lines))} "
    for post in rules.belgian_posts:  # a legalisation sticker at the top names Belgium's embassy
        header = header.replace(f" {normalise(post)} ", " | ")
    return _named_country(header, rules, strict=False)


def translated_country(text: str, rules: AuthenticationRules | None = None) -> str | None:
    """The one country other than Belgium that a sworn translation's whole text names (the
    original's issuing authority, which the translation renders below the translator's
    heading); None when it names none or several."""
    rules = rules or load_authentication_rules()
    return _named_country(text, rules, strict=False, ignore=frozenset({"BE"}))


def presumed_country(language: str | None, nationality: str | None,
                     rules: AuthenticationRules | None = None) -> tuple[str, CountrySource] | None:
    """Where a document whose text names no country was presumably issued, and why.

    Only for a document in a language outside the four (one in French or English says nothing
    about its country): the passport's country when the document is in one of its languages,
    else the one country that writes the language (`unique_languages`).
    """
    rules = rules or load_authentication_rules()
    if language is None:
        return None
    country = rules.alpha3.get(nationality or "")
    if country is not None and language in rules.country_languages.get(country, ()):
        return country, CountrySource.PASSPORT
    unique = rules.unique_languages.get(language)
    return (unique, CountrySource.LANGUAGE) if unique is not None else None


def required_kind(country: str, rules: AuthenticationRules | None = None) -> AuthenticationKind | None:
    """What a public document from `country` needs in Belgium: None (EEA), an apostille (a Hague
    Convention party), a legalisation (any other country); `EITHER` for a party whose relation
    with Belgium is to be checked (`verify`)."""
    rules = rules or load_authentication_rules()
    if country in rules.eea:
        return None
    if country in rules.verify:
        return AuthenticationKind.EITHER
    return AuthenticationKind.APOSTILLE if country in rules.apostille else AuthenticationKind.LEGALISATION


def satisfies(found: AuthenticationKind, needed: AuthenticationKind | None) -> bool:
    """Whether the authentication found will do: anything but an apostille from a country that
    is not party to the Convention (which owes a legalisation). A Belgian legalisation of a
    document from a party is not what the rule asks, but it is not held against it."""
    return not (needed == AuthenticationKind.LEGALISATION and found == AuthenticationKind.APOSTILLE)


def significant_words(text: str) -> set[str]:
    """The words of at least 5 letters of a text, numbers left out: an apostille names the
    signer and the authority of the document it authenticates, the link between two files."""
    return {w for w in normalise(text).split() if len(w) >= 5 and not w.isdigit()}


#: A separate sheet is linked to one of several candidates only when it shares this many more
#: words with it than with the next: a name is two words. On corpus D's dev split a Cairo
#: legalisation shared "signature" alone with an English medical certificate (besides the
#: words every page of the group shares) and was linked to it, not to the record it legalised.
LINK_MARGIN = 2


@dataclass(frozen=True)
class MarkCandidate:
    """A document a separate apostille or legalisation may authenticate, as `mark_target` weighs it."""

    text: str
    #: In the mark's own file (an apostille stapled behind its document and scanned with it).
    same_file: bool
    #: Its issuing country is known and owes this kind of mark (an apostille from a Convention
    #: party, a legalisation from a country outside it).
    kind_fits: bool


def mark_target(mark_text: str, candidates: list[MarkCandidate],
                rules: AuthenticationRules | None = None) -> int | None:
    """Which candidate a separate apostille or legalisation authenticates (its index), or None.

    Its own file's first; else the one sharing the most words with it (a signer's name, an
    authority) that the other candidates do not share too, the words of the mark's printed
    form left out, with `LINK_MARGIN` for a candidate whose country owes this kind of mark;
    the best must lead by `LINK_MARGIN`, or nothing tells them apart and it stays unlinked.
    """
    if not candidates:
        return None
    rules = rules or load_authentication_rules()
    form = set().union(*(significant_words(p) for p in (*rules.apostille_words, *rules.convention_phrases,
                                                        *rules.legalisation_phrases, *rules.belgian_posts,
                                                        *(label for labels in rules.field_labels.values()
                                                          for label in labels))))
    marked = significant_words(mark_text) - form
    shared = [marked & significant_words(c.text) for c in candidates]
    common = set.intersection(*shared) if len(shared) > 1 else set()
    scores = sorted(((len(words - common) + 100 * c.same_file + LINK_MARGIN * c.kind_fits, i)
                     for i, (words, c) in enumerate(zip(shared, candidates))), reverse=True)
    if len(scores) > 1 and scores[0][0] - scores[1][0] < LINK_MARGIN:
        return None
    return scores[0][1]
