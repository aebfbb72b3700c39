"""Classify: which document a page is, with the reasons for the decision.

The rules are data (`docscan/rules/document_types.yaml`), matched the way paperless-ngx
matches: phrases on word boundaries, any / all word lists, regular expressions and fuzzy
phrases for OCR noise. Every rule that fires adds its weight and a readable reason. A page that
matches nothing well enough is `unknown`: docscan never forces a page into a required type,
because "present" must not be said of a document that is not there.

A passport is recognised by its machine-readable zone, whose check digits prove the reading.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz import fuzz

from . import mrz as mrz_module
from .datafiles import RULES_DIR, load_model
from .models import Reason

UNKNOWN = "unknown"

#: Score given by a machine-readable zone: a TD3 zone is only printed on passports.
MRZ_WEIGHT = 30.0
#: A rule found in the title lines counts this much more: titles name the document, while
#: body text may merely mention another document ("attach your passport").
TITLE_FACTOR = 1.5


def normalise(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces, one space between words.

    Applied to both the rules and the page, so "Führungszeugnis" matches an OCR reading
    "Fuhrungszeugnis" and "Gesetz vom 3. Juli 1978" matches with or without the dot.
    """
    text = text.replace("ß", "ss").replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # words hyphenated across lines
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^\w\s']+", " ", text)
    text = text.replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


class Rule(BaseModel):
    """One matching rule; `describe` names what it found for the report."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    match: Literal["phrase", "any", "all", "regex", "fuzzy"]
    text: str | None = None
    words: tuple[str, ...] = ()
    weight: float = Field(gt=0, le=50)
    lang: Literal["en", "fr", "nl", "de"] | None = None
    #: 87: "certifcat rnedical" (two OCR slips) scores 89 against "certificat medical",
    #: while "the medical certifies" scores 84 against "medical certificate".
    min_ratio: float = Field(default=87, ge=70, le=100)
    #: For regex rules: what the pattern means, in words, for the reason.
    reason: str | None = None

    @model_validator(mode="after")
    def _check_shape(self) -> "Rule":
        if self.match in ("phrase", "regex", "fuzzy") and not self.text:
            raise ValueError(f"a '{self.match}' rule needs 'text'")
        if self.match in ("any", "all") and not self.words:
            raise ValueError(f"an '{self.match}' rule needs 'words'")
        if self.match == "regex":
            try:
                re.compile(self.text)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from None
        if self.match == "fuzzy" and len(normalise(self.text)) < 12:
            # Short phrases match too much by chance at 90%: use 'phrase' for them.
            raise ValueError("a fuzzy phrase needs at least 12 characters")
        return self


class TypeRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: dict[Literal["en", "fr", "nl", "de"], str]
    names: tuple[str, ...] = ()
    rules: tuple[Rule, ...]

    @field_validator("title")
    @classmethod
    def _english_title(cls, value: dict) -> dict:
        if "en" not in value:
            raise ValueError("an English title is required")
        return value


class DocumentRules(BaseModel):
    """The whole rules file, validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    min_score: float = Field(gt=0)
    min_margin: float = Field(ge=0)
    confident_score: float = Field(gt=0)
    title_chars: int = Field(ge=0)
    types: dict[str, TypeRules]

    @field_validator("types")
    @classmethod
    def _ids(cls, value: dict) -> dict:
        for type_id in value:
            if not re.fullmatch(r"[a-z][a-z_]*", type_id) or type_id == UNKNOWN:
                raise ValueError(f"'{type_id}' is not a valid document type id")
        return value

    @property
    def type_ids(self) -> tuple[str, ...]:
        return tuple(self.types)

    def title(self, type_id: str, language: str = "en") -> str:
        """The document's name for people, in `language` when the rules have it."""
        if type_id not in self.types:
            return "unrecognised document"
        titles = self.types[type_id].title
        return titles.get(language, titles["en"])


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> DocumentRules:
    """Load and validate the document rules (cached: the file is read once per process)."""
    return load_model(path or RULES_DIR / "document_types.yaml", DocumentRules)


@dataclass(frozen=True)
class Classification:
    """The type given to a page and why."""

    doc_type: str
    score: float
    #: False when the evidence is thin or a second type comes close: an adviser should look.
    confident: bool
    reasons: tuple[Reason, ...]
    runner_up: str | None = None
    language: str | None = None
    mrz: "mrz_module.Mrz | None" = None

    def to_dict(self) -> dict:
        return {
            "doc_type": self.doc_type,
            "score": round(self.score, 1),
            "confident": self.confident,
            "runner_up": self.runner_up,
            "language": self.language,
            "reasons": [r.to_dict() for r in self.reasons],
            "mrz": self.mrz.to_dict() if self.mrz else None,
        }


@dataclass(frozen=True)
class _Hit:
    weight: float
    description: str
    lang: str | None


def classify_text(text: str, rules: DocumentRules | None = None, today: date | None = None,
                  zone: "mrz_module.Mrz | None" = None) -> Classification:
    """Give a page's text a document type, or `unknown`, with a reason for every point scored.

    `zone` is the machine-readable zone read from the page image (`mrz_zone.read_zone`), if
    any; the zone found in the text itself is used when it checks better.
    """
    rules = rules or load_rules()
    normalised = normalise(text)
    if not normalised and zone is None:
        return Classification(UNKNOWN, 0.0, True, (Reason("no_text", "no text could be read on this page"),))

    zone = mrz_module.better(zone, mrz_module.find_zone(text, today=today))
    scores: dict[str, tuple[float, list[_Hit]]] = {}
    for type_id, type_rules in rules.types.items():
        hits = [hit for rule in type_rules.rules if (hit := _apply(rule, normalised, rules.title_chars))]
        hits += zone_evidence(zone, type_id)
        if hits and sum(h.weight for h in hits) > 0:
            scores[type_id] = (sum(h.weight for h in hits), hits)

    ranked = sorted(scores.items(), key=lambda item: item[1][0], reverse=True)
    if not ranked or ranked[0][1][0] < rules.min_score:
        best = f" (best guess {ranked[0][0]}, score {ranked[0][1][0]:.0f} < {rules.min_score:.0f})" if ranked else ""
        return Classification(UNKNOWN, ranked[0][1][0] if ranked else 0.0, True, (Reason(
            "no_match", "the page does not match any document type docscan knows" + best),), mrz=zone)

    (best_type, (best_score, hits)), runner = ranked[0], (ranked[1] if len(ranked) > 1 else None)
    runner_score = runner[1][0] if runner else 0.0
    reasons = [Reason("matched", f"{h.description} ({h.weight:+g})") for h in hits]
    confident = best_score >= rules.confident_score and best_score - runner_score >= rules.min_margin
    if runner and best_score - runner_score < rules.min_margin:
        reasons.append(Reason("ambiguous_type", f"it also looks like a {rules.title(runner[0]).lower()} "
                                                f"(score {runner_score:g} against {best_score:g})"))
    elif best_score < rules.confident_score:
        reasons.append(Reason("weak_match", f"only weak evidence (score {best_score:g}, "
                                            f"{rules.confident_score:g} needed to be sure)"))
    languages = [h.lang for h in hits if h.lang]
    language = max(set(languages), key=languages.count) if languages else None
    return Classification(best_type, best_score, confident, tuple(reasons),
                          runner[0] if runner else None, language, zone)


# --- machine-readable zone evidence (issue 11; rules in rules/mrz_zones.yaml) ---------------


class ZoneEvidence(BaseModel):
    """One rule of `rules/mrz_zones.yaml`: a kind of zone counts for (or against) a type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    formats: tuple[mrz_module.ZoneFormat, ...]
    codes: tuple[str, ...]
    issuing_state: str | None = None
    nationality_not: tuple[str, ...] = ()
    type: str
    weight: float = Field(ge=-50, le=50)
    reason: str


class ZoneRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    evidence: tuple[ZoneEvidence, ...]


@lru_cache(maxsize=2)
def load_zone_rules(path: Path | None = None) -> ZoneRules:
    return load_model(path or RULES_DIR / "mrz_zones.yaml", ZoneRules)


def zone_evidence(zone: "mrz_module.Mrz | None", type_id: str) -> list[_Hit]:
    """What the page's machine-readable zone says for or against `type_id` (rules as data)."""
    if zone is None:
        return []
    hits = []
    code = zone.document_code if zone.names_read else ""
    for rule in load_zone_rules().evidence:
        if rule.type != type_id or zone.format not in rule.formats:
            continue
        if not any(code.startswith(prefix) if prefix else code == "" for prefix in rule.codes):
            continue
        if rule.issuing_state and zone.issuing_state != rule.issuing_state:
            continue
        if rule.nationality_not and (zone.nationality is None or zone.nationality in rule.nationality_not):
            continue
        checks = "check digits correct" if zone.valid else "check digits WRONG"
        hits.append(_Hit(rule.weight, f"{rule.reason}, {checks}", None))
    return hits


# --- matching rules ---------------------------------------------------------------------------


def _apply(rule: Rule, text: str, title_chars: int) -> _Hit | None:
    """Try one rule on normalised text; the hit says what was found and where."""
    if rule.match == "phrase":
        found = _find_phrase(normalise(rule.text), text)
        if found is None:
            return None
        return _hit(rule, f"'{rule.text}'", found < title_chars)
    if rule.match == "any":
        for word in rule.words:
            found = _find_phrase(normalise(word), text)
            if found is not None:
                return _hit(rule, f"'{word}'", found < title_chars)
        return None
    if rule.match == "all":
        positions = [_find_phrase(normalise(word), text) for word in rule.words]
        if any(p is None for p in positions):
            return None
        return _hit(rule, "all of " + ", ".join(f"'{w}'" for w in rule.words), min(positions) < title_chars)
    if rule.match == "regex":
        found = re.search(rule.text, text)
        if not found:
            return None
        return _hit(rule, rule.reason or f"pattern {rule.text}", found.start() < title_chars)
    # fuzzy: only worth the cost when the exact phrase is absent (OCR noise).
    phrase = normalise(rule.text)
    if _find_phrase(phrase, text) is not None:
        return None  # the exact phrase rule already counted it
    alignment = fuzz.partial_ratio_alignment(phrase, text, score_cutoff=rule.min_ratio)
    if alignment is None:
        return None
    return _hit(rule, f"'{rule.text}' (approximately, {alignment.score:.0f}% alike)",
                alignment.dest_start < title_chars)


def _hit(rule: Rule, what: str, in_title: bool) -> _Hit:
    weight = rule.weight * (TITLE_FACTOR if in_title else 1.0)
    where = " in the title" if in_title else ""
    return _Hit(weight, f"found {what}{where}", rule.lang)


@lru_cache(maxsize=2048)
def _phrase_pattern(phrase: str) -> re.Pattern:
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def _find_phrase(phrase: str, text: str) -> int | None:
    found = _phrase_pattern(phrase).search(text)
    return found.start() if found else None


def declared_type_from_name(file_name: str, rules: DocumentRules | None = None) -> str | None:
    """The type a file name declares ("Reisepass.png" → passport), or None if none or several.

    Only whole words count, so "passport" declares a passport but "compassion.pdf" does not.
    """
    rules = rules or load_rules()
    stem = Path(file_name).stem
    stem = re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", stem)  # passport2 → passport 2
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)  # medicalCertificate → medical Certificate
    text = normalise(stem)
    matches = {type_id for type_id, type_rules in rules.types.items()
               if any(_find_phrase(normalise(name), text) is not None for name in type_rules.names)}
    return matches.pop() if len(matches) == 1 else None
