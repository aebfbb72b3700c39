"""Document language (issue 16): is a document in French, Dutch, German or English, or does it
need a sworn translation?

The language is told from the text already read (OCR or the PDF's text layer) by py3langid, a
modernised langid.py: a naive-Bayes model over byte n-grams, 4.5 MB, shipped as NumPy arrays
(no pickle), about a millisecond for a page, restricted to the languages in
`rules/languages.yaml` (a small set is more accurate on short noisy text). lingua is more
accurate still on a few words, but its models are 100+ MB and it is slower; docscan never
judges a few words (below `min_letters` it says nothing), so py3langid is enough.

A page is judged in pieces (lines joined to `piece_letters` letters), and the document by the
share of letters in each language: a bilingual Belgian form reads as French and Dutch, not as a
mixture, and a foreign place name or an MRZ line (removed first) cannot make a Belgian document
foreign. The rules, the accepted languages and the sworn translator's words are data in
`rules/languages.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .datafiles import RULES_DIR, Pattern, load_model, require_known_types
from .textnorm import normalise

LANGUAGE_RULES = RULES_DIR / "languages.yaml"


class LanguageRules(BaseModel):
    """`rules/languages.yaml`, validated on load (an error names the file and the field)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    accepted: tuple[str, ...] = Field(min_length=1)
    candidates: tuple[str, ...] = Field(min_length=2)
    piece_letters: int = Field(ge=10, le=1000)
    piece_confidence: float = Field(ge=0.0, le=1.0)
    min_letters: int = Field(ge=1)
    foreign_share: float = Field(gt=0.0, le=1.0)
    exempt_types: tuple[str, ...] = ()
    latin_scripts: tuple[str, ...] = ("Latin",)
    script_min_confidence: float = Field(ge=0.0)
    script_codes: dict[str, str] = {}
    translation_phrases: dict[str, tuple[str, ...]]
    translator_register: Pattern

    @model_validator(mode="after")
    def _accepted_are_candidates(self) -> "LanguageRules":
        missing = sorted(set(self.accepted) - set(self.candidates))
        if missing:
            raise ValueError(f"accepted languages missing from candidates: {', '.join(missing)}")
        return self


@lru_cache(maxsize=4)
def load_language_rules(path: Path = LANGUAGE_RULES) -> LanguageRules:
    rules = load_model(path, LanguageRules)
    require_known_types(path, "exempt_types", rules.exempt_types)
    return rules


@lru_cache(maxsize=4)
def _identifier(candidates: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    try:
        identifier.set_languages(list(candidates))
    except ValueError as exc:  # a language the model does not know
        from .errors import ConfigError

        raise ConfigError(f"{LANGUAGE_RULES}: field 'candidates': {exc}") from None
    return identifier


@dataclass(frozen=True, kw_only=True)
class LanguageFinding:
    """The language of a text, with the letters behind the judgement (never the text itself)."""

    #: ISO 639-1 code of the language with the most letters; None when too little text was judged.
    language: str | None
    #: Whether the text needs no translation: its language is one of the accepted, or it is not judged.
    accepted: bool
    #: Share of judged letters in languages outside the accepted ones.
    foreign_share: float
    #: Letters judged, and the letters per language (largest first), for the report.
    letters: int
    by_language: tuple[tuple[str, int], ...] = ()
    #: A sworn translator's declaration was found in the text.
    translation_declaration: bool = False

    def to_dict(self) -> dict:
        return {"language": self.language, "accepted": self.accepted, "foreign_share": round(self.foreign_share, 3),
                "letters": self.letters, "by_language": dict(self.by_language),
                "translation_declaration": self.translation_declaration}


def _letters(text: str) -> int:
    """Letters, with a Chinese, Japanese or Korean character counted as 3: one carries about
    what a short Latin word does, and a 60-character Chinese certificate is a paragraph.
    (Added when the table's Chinese row, 65 characters, stayed undetermined.)"""
    return sum(3 if _is_cjk(ch) else 1 for ch in text if ch.isalpha())


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF


#: A machine-readable zone line: filler characters, capitals and digits.
_ZONE_LINE = re.compile(r"^[A-Z0-9<« ]{20,}$")


def _pieces(text: str, piece_letters: int) -> list[str]:
    """Each line a piece; short lines joined to the next until a piece has `piece_letters`
    letters (a bilingual form writes each language on its own lines); zone lines left out."""
    pieces, current, letters = [], [], 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or (_ZONE_LINE.match(stripped) and "<" in stripped):
            continue
        current.append(stripped)
        letters += _letters(stripped)
        if letters >= piece_letters:
            pieces.append(" ".join(current))
            current, letters = [], 0
    if current and letters >= piece_letters // 2:
        pieces.append(" ".join(current))
    return pieces


def identify(text: str, rules: LanguageRules | None = None) -> LanguageFinding:
    """The language of `text` by letters of confident pieces (see the module's docstring)."""
    rules = rules or load_language_rules()
    identifier = _identifier(rules.candidates)
    counts: dict[str, int] = {}
    for piece in _pieces(text, rules.piece_letters):
        language, confidence = identifier.classify(piece)
        if confidence < rules.piece_confidence:
            continue
        counts[language] = counts.get(language, 0) + _letters(piece)
    letters = sum(counts.values())
    ranked = tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    declaration = has_translation_declaration(text, rules)
    if letters < rules.min_letters:
        return LanguageFinding(language=None, accepted=True, foreign_share=0.0, letters=letters, by_language=ranked,
                               translation_declaration=declaration)
    foreign = sum(n for language, n in counts.items() if language not in rules.accepted) / letters
    top = ranked[0][0]
    accepted = top in rules.accepted or foreign < rules.foreign_share
    if not accepted:
        # The document's language is the foreign one with the most letters.
        top = next(language for language, _ in ranked if language not in rules.accepted)
    return LanguageFinding(language=top, accepted=accepted, foreign_share=foreign, letters=letters, by_language=ranked,
                           translation_declaration=declaration)


def has_translation_declaration(text: str, rules: LanguageRules | None = None) -> bool:
    """Whether `text` holds a sworn translator's declaration: one of the phrases of
    `translation_phrases` (on word boundaries, without accents and case)."""
    rules = rules or load_language_rules()
    page = f" {normalise(text)} "
    return any(f" {normalise(phrase)} " in page for phrases in rules.translation_phrases.values() for phrase in phrases)


def has_register_number(text: str, rules: LanguageRules | None = None) -> bool:
    """Whether `text` gives a translator's register number (shown as a reason, never required:
    the declaration alone is what translators always write)."""
    rules = rules or load_language_rules()
    return re.search(rules.translator_register, text, flags=re.IGNORECASE) is not None


#: A number a translator copies as it is: a certificate's, a passport's, a register's (4+ digits,
#: possibly grouped: "12 345/2026"); a year alone is too common to tell two documents apart.
_DOCUMENT_NUMBER = re.compile(r"\d[\d/ -]{2,}\d")


def translation_evidence(original: str, translation: str) -> int:
    """How much a sworn translation's text shows it renders `original`: the dates both give (a
    date in words and in figures is one date), and the numbers both copy (the certificate's, the
    passport's), each a point. Names are not compared: the translation writes them in Latin
    letters, the original perhaps in its own script. The texts are never kept or logged."""
    from .dates import find_dates

    def numbers(text: str) -> set[str]:
        found = {re.sub(r"\D", "", n) for n in _DOCUMENT_NUMBER.findall(text)}
        return {n for n in found if len(n) >= 5 or (len(n) == 4 and not 1900 <= int(n) <= 2099)}

    def days(text: str) -> set:
        return {d.value for d in find_dates(text)}

    return len(days(original) & days(translation)) + len(numbers(original) & numbers(translation))
