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
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz import fuzz

from . import layout, text_model
from . import mrz as mrz_module
from .datafiles import RULES_DIR, load_model
from .models import Reason
from .textnorm import normalise

UNKNOWN = "unknown"

#: A rule found in the title lines counts this much more: titles name the document, while
#: body text may merely mention another document ("attach your passport").
TITLE_FACTOR = 1.5


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
    #: For regex rules: what the pattern means, in words, for the reason (per language, as the
    #: other texts of the data; a plain text is shown as it is in every language).
    reason: str | dict[Literal["en", "fr", "nl", "de"], str] | None = None
    #: Where the rule may fire: in the title (by layout), in the body, or anywhere.
    where: Literal["any", "title", "body"] = "any"

    @model_validator(mode="after")
    def _check_shape(self) -> "Rule":
        if self.match in ("phrase", "regex", "fuzzy") and not self.text:
            raise ValueError(f"a '{self.match}' rule needs 'text'")
        if self.match in ("any", "all") and not self.words:
            raise ValueError(f"an '{self.match}' rule needs 'words'")
        if self.match == "regex":
            assert self.text is not None  # a regex rule without text was refused just above
            try:
                re.compile(self.text)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from None
        if self.match == "fuzzy" and len(normalise(self.text or "")) < 12:
            # Short phrases match too much by chance at 90%: use 'phrase' for them.
            raise ValueError("a fuzzy phrase needs at least 12 characters")
        return self


class TypeRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: dict[Literal["en", "fr", "nl", "de"], str]
    names: tuple[str, ...] = ()
    rules: tuple[Rule, ...]
    #: Evidence that the page is NOT this type (a visa's or an ID card's labels on a page
    #: that also says "passport number"); each hit subtracts its weight.
    against: tuple[Rule, ...] = ()

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
    #: Where the thresholds came from (the calibration that chose them), for the report's reader.
    calibration: str = ""
    #: Words dropped before phrases are compared: articles, prepositions and contractions, so
    #: "extrait du casier judiciaire" matches the rule "extrait de casier judiciaire".
    stopwords: tuple[str, ...] = ()
    #: Words that, just before a type's phrase, make it a mention of another document
    #: ("copie du passeport", "kopie van de arbeidsovereenkomst"), not the page's own name.
    mention_markers: tuple[str, ...] = ()
    #: Words that, just after a type's phrase, make it a mention ("the contract attached").
    mention_after_markers: tuple[str, ...] = ()
    #: Headings of a list of documents to attach ("Bijgevoegde stukken", "Annexes à joindre"):
    #: a type's words in the `annex_list_chars` characters after one are mentions.
    annex_list_headings: tuple[str, ...] = ()
    annex_list_chars: int = Field(default=600, ge=0)
    #: A body hit preceded by a marker counts this much of its weight.
    mention_factor: float = Field(default=0.25, ge=0, le=1)
    #: The learned model's probabilities that matter (see `decide`): agreeing with the rules at
    #: `model_agree` settles a weak rules score; naming another type at `model_disagree` makes
    #: the rules' type unsure; alone, at `model_solo`, it proposes a type for review.
    model_agree: float = Field(default=0.8, ge=0, le=1)
    model_disagree: float = Field(default=0.6, ge=0, le=1)
    model_solo: float = Field(default=0.95, ge=0, le=1.01)
    #: Disagreeing at this probability, the model's type replaces the rules' (not confident).
    model_override: float = Field(default=0.9, ge=0, le=1.01)
    #: Rules below `min_score` whose best type is the model's, the model at this probability:
    #: the type is confident (a photographed page whose title OCR lost, its wording unmistakable).
    model_solo_agree: float = Field(default=1.01, ge=0, le=1.01)
    #: The model overriding the rules' type at this probability, for a type the rules also found
    #: evidence of (a runner-up: a health-insurance attestation whose body quotes "single permit
    #: application" more than its own name): the type is confident, both opinions pointing at it.
    model_override_confident: float = Field(default=1.01, ge=0, le=1.01)
    #: The model sure at this probability that the page is none of the types, the rules' score
    #: under `confident_score`: the page is `unknown` (off above 1).
    model_unknown_override: float = Field(default=1.01, ge=0, le=1.01)
    #: A title hit makes the page "titled" (its title names the type) only from a rule of at
    #: least this weight: a field label such as "Employer" or "Nationality" in a title line names
    #: no document (an application form titled "Antrag auf Zulassung zur Beschäftigung" with an
    #: "A. Arbeitgeber" line under it was held titled as a contract: issue 10, dev split).
    title_min_weight: float = Field(default=3.0, ge=0)
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
        # typeshed's dict.get takes only the key type (a Literal), though any str is a valid lookup.
        return titles.get(language, titles["en"])  # type: ignore[call-overload]


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
    #: True when the page names a type in its title (by layout): pages of a multi-page
    #: document without one belong to the document before them.
    titled: bool = False
    #: What the rules alone and the learned model alone said, for the evaluation and the reasons.
    rules_type: str = UNKNOWN
    model_type: str | None = None
    model_probability: float | None = None

    def to_dict(self) -> dict:
        return {
            "doc_type": self.doc_type,
            "score": round(self.score, 1),
            "confident": self.confident,
            "runner_up": self.runner_up,
            "language": self.language,
            "titled": self.titled,
            "rules_type": self.rules_type,
            "model_type": self.model_type,
            "model_probability": round(self.model_probability, 3) if self.model_probability is not None else None,
            "reasons": [r.to_dict() for r in self.reasons],
            "mrz": self.mrz.to_dict() if self.mrz else None,
        }


@dataclass(frozen=True)
class _Hit:
    weight: float
    #: What was found, as a reason (`found_in_title`, `zone_digits_right`, ...): a code and params.
    evidence: Reason
    lang: str | None
    in_title: bool = False
    #: Evidence against the type (a vetoing phrase): its weight is negative.
    against: bool = False


@dataclass(frozen=True)
class PageText:
    """A page's text as the classifier sees it: normalised, title and body apart."""

    title: str
    body: str
    #: `title` and `body` with stop words dropped, for phrases.
    title_words: str
    body_words: str
    raw: str
    #: True when the title was found from the page's layout (not guessed from plain text).
    title_from_layout: bool = False


def page_text(text: str, title: str | None, rules: DocumentRules) -> PageText:
    """Split a page into title and body. `title` comes from the layout; without layout (plain
    text), the first short lines stand for it."""
    from_layout = title is not None
    if title is None:
        title = _title_without_layout(text)
    title_n, body_n = normalise(title), normalise(text)
    stop = frozenset(rules.stopwords)
    return PageText(title_n, body_n, _drop_stopwords(title_n, stop), _drop_stopwords(body_n, stop), text,
                    from_layout and bool(title_n))


#: Without a layout, the title is taken from the first few short lines of the text.
_PLAIN_TITLE_LINES = 3
_PLAIN_TITLE_WORDS = 10


def _title_without_layout(text: str) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        words = line.split()
        if not words or normalise(line) in ("specimen", ""):
            continue
        if len(words) > _PLAIN_TITLE_WORDS or len(lines) >= _PLAIN_TITLE_LINES:
            break
        if len(words) > 4 and line.rstrip().endswith("."):
            break  # a sentence, not a title
        lines.append(line)
    return "\n".join(lines)


@lru_cache(maxsize=16384)
def _rule_words(text: str, stopwords: tuple[str, ...]) -> str:
    """A rule's words as pages are compared with them (normalised, stop words dropped), made once
    per rule rather than once per page: this was most of classification's time."""
    return _drop_stopwords(normalise(text), frozenset(stopwords))


def _drop_stopwords(normalised: str, stopwords: frozenset[str]) -> str:
    # Elided articles and prepositions ("d'accueil", "l'employeur") lose their apostrophe part.
    words = re.sub(r"\b(?:d|l|qu|s|n|j|c)'", "", normalised).replace("'", " ").split()
    return " ".join(w for w in words if w not in stopwords)


def classify_page(reading, *, today: date | None = None, rules: DocumentRules | None = None,
                  model: "text_model.TextModel | None | bool" = True,
                  zone: "mrz_module.Mrz | None" = None) -> Classification:
    """Classify an OCR reading (or a PDF text layer), its title found from the layout, with the
    machine-readable zone read from the page image (`mrz_zone`), if any."""
    rules = rules or load_rules()
    title = layout.title_text(reading.lines, reading.page_height) if reading.lines else None
    return classify_text(reading.text, rules, today, title=title, model=model, zone=zone)


def classify_text(text: str, rules: DocumentRules | None = None, today: date | None = None, *,
                  title: str | None = None, model: "text_model.TextModel | None | bool" = True,
                  zone: "mrz_module.Mrz | None" = None) -> Classification:
    """Give a page's text a document type, or `unknown`, with a reason for every point scored.

    The rules and the learned text model each give an opinion; they must agree for a
    confident type (see `decide`). `model=False` asks the rules alone (the evaluation shows
    both side by side); `True` loads the shipped model.
    """
    rules = rules or load_rules()
    page = page_text(text, title, rules)
    if not page.body and zone is None:
        return Classification(UNKNOWN, 0.0, True, (Reason("no_text"),))
    by_rules = rules_opinion(page, rules, today, zone)
    if model is True:
        model = text_model.load_shipped()
    # The model learned its words from Latin-script pages (a few dozen Cyrillic words aside): on
    # a page mostly in another script its "none of the known documents" is not an opinion, and
    # it overrode a Russian certificate's own title (issue 16, corpus D's dev split).
    opinion = model.predict(page.raw) if model and not _mostly_other_script(page.body) else None
    return decide(by_rules, opinion, rules)


#: Letters of the Latin script (with its accents removed by `normalise`, ASCII letters).
_LATIN_LETTER = re.compile(r"[a-z]")


def _mostly_other_script(normalised: str) -> bool:
    """Whether most letters of a normalised page are outside the Latin script."""
    letters = sum(1 for ch in normalised if ch.isalpha())
    return letters > 0 and len(_LATIN_LETTER.findall(normalised)) < letters / 2


@dataclass(frozen=True)
class RulesOpinion:
    """What the rules alone say: the ranked scores and the evidence behind the best."""

    ranked: tuple[tuple[str, float], ...]
    hits: tuple[_Hit, ...]
    zone: "mrz_module.Mrz | None"
    titled: bool
    #: The page has a title (by its layout) that does not name the best type: a newspaper, a
    #: letter or a work certificate quoting a document's name in its body.
    title_names_other: bool = False
    #: Types with evidence against them (a visa's zone against passport): the learned model may
    #: not propose them.
    vetoed: frozenset[str] = frozenset()

    @property
    def best(self) -> str:
        return self.ranked[0][0] if self.ranked else UNKNOWN

    @property
    def score(self) -> float:
        return self.ranked[0][1] if self.ranked else 0.0

    @property
    def runner_up(self) -> tuple[str, float] | None:
        return self.ranked[1] if len(self.ranked) > 1 else None

    def score_of(self, type_id: str) -> float:
        return next((score for ranked_type, score in self.ranked if ranked_type == type_id), 0.0)


def rules_opinion(page: PageText, rules: DocumentRules, today: date | None = None,
                  zone: "mrz_module.Mrz | None" = None) -> RulesOpinion:
    """Score every type by its rules; evidence against a type subtracts. The machine-readable
    zone (read from the image, or found in the text when that checks better) counts for or
    against types by `rules/mrz_zones.yaml`: a visa's or an ID card's zone is not a passport's."""
    zone = mrz_module.better(zone, mrz_module.find_zone(page.raw, today=today))
    scores: dict[str, tuple[float, list[_Hit]]] = {}
    vetoed = set()
    for type_id, type_rules in rules.types.items():
        hits = _type_hits(type_rules, page, rules)
        hits += zone_evidence(zone, type_id)
        against = [hit for rule in type_rules.against if (hit := _apply(rule, page, rules, against=True))]
        hits += [replace(h, weight=-h.weight, against=True) for h in against]
        if any(h.weight < 0 for h in hits):
            vetoed.add(type_id)
        total = sum(h.weight for h in hits)
        if any(h.weight > 0 for h in hits) and total > 0:
            scores[type_id] = (total, hits)
    ranked = sorted(scores.items(), key=lambda item: (-item[1][0], item[0]))
    best_hits = tuple(ranked[0][1][1]) if ranked else ()
    titled = any(h.in_title and h.weight >= rules.title_min_weight * TITLE_FACTOR for h in best_hits)
    return RulesOpinion(tuple((t, s) for t, (s, _) in ranked), best_hits, zone, titled,
                        page.title_from_layout and not titled and not (zone is not None and zone.valid),
                        frozenset(vetoed))


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
    code = zone.document_code if zone.state_read else ""
    for rule in load_zone_rules().evidence:
        if rule.type != type_id or zone.format not in rule.formats:
            continue
        if not any(code.startswith(prefix) if prefix else code == "" for prefix in rule.codes):
            continue
        if rule.issuing_state and zone.issuing_state != rule.issuing_state:
            continue
        if rule.nationality_not and (zone.nationality is None or zone.nationality in rule.nationality_not):
            continue
        hits.append(_Hit(rule.weight, Reason.of("zone_digits_right" if zone.valid else "zone_digits_wrong",
                                                rule=rule.reason), None))
    return hits



def _type_hits(type_rules: TypeRules, page: PageText, rules: DocumentRules) -> list[_Hit]:
    hits = []
    exact_phrases: list[str] = []
    for rule in type_rules.rules:
        if rule.match == "fuzzy":
            continue
        if rule.match == "phrase":
            assert rule.text is not None  # Rule._check_shape: a phrase rule has text
            # Two wordings that differ only by articles ("aanvraag (voor een) gecombineerde
            # vergunning") are one phrase once stop words are dropped: count it once.
            phrase = _rule_words(rule.text, rules.stopwords)
            if phrase in exact_phrases:
                continue
        hit = _apply(rule, page, rules)
        if hit:
            hits.append(hit)
            if rule.match == "phrase":
                exact_phrases.append(phrase)
    for rule in type_rules.rules:
        if rule.match != "fuzzy":
            continue
        assert rule.text is not None  # Rule._check_shape: a fuzzy rule has text
        phrase = _rule_words(rule.text, rules.stopwords)
        # A fuzzy phrase inside a phrase that already matched exactly would count it twice.
        if any(phrase in exact for exact in exact_phrases):
            continue
        hit = _apply(rule, page, rules)
        if hit:
            hits.append(hit)
    return hits


def _apply(rule: Rule, page: PageText, rules: DocumentRules, *, against: bool = False) -> _Hit | None:
    """Try one rule on the title, then on the body; a title hit counts `TITLE_FACTOR` times."""
    if rule.where in ("any", "title") and page.title:
        found = _match(rule, page.title, page.title_words, rules)
        if found is not None and not found[1]:
            return _hit(rule, found[0], True, 1.0)
    if rule.where in ("any", "body"):
        found = _match(rule, page.body, page.body_words, rules)
        if found is not None:
            what, mention = found
            return _hit(rule, what, False, rules.mention_factor if (mention and not against) else 1.0,
                        mention=mention)
    return None


def _match(rule: Rule, normalised: str, words: str, rules: DocumentRules) -> tuple[Reason, bool] | None:
    """(what was found, whether it stands as a mention of another document), or None."""
    if rule.match == "phrase":
        assert rule.text is not None  # Rule._check_shape: a phrase rule has text
        phrase = _rule_words(rule.text, rules.stopwords)
        start = _find_phrase(phrase, words)
        return None if start is None else (Reason.of("words_quoted", words=[rule.text]),
                                           _is_mention(words, start, start + len(phrase), rules))
    if rule.match == "any":
        for word in rule.words:
            phrase = _rule_words(word, rules.stopwords)
            start = _find_phrase(phrase, words)
            if start is not None:
                return Reason.of("words_quoted", words=[word]), _is_mention(words, start, start + len(phrase), rules)
        return None
    if rule.match == "all":
        starts = [_find_phrase(_rule_words(word, rules.stopwords), words) for word in rule.words]
        if any(s is None for s in starts):
            return None
        return Reason.of("all_words", words=list(rule.words)), False
    if rule.match == "regex":
        assert rule.text is not None  # Rule._check_shape: a regex rule has text
        found = re.search(rule.text, normalised)
        if not found:
            return None
        return (Reason.of("rule_text", text=rule.reason) if rule.reason else Reason.of("pattern", text=rule.text)), False
    assert rule.text is not None  # only a fuzzy rule is left, and Rule._check_shape gave it text
    phrase = _rule_words(rule.text, rules.stopwords)
    start = _find_phrase(phrase, words)
    if start is not None:
        return Reason.of("words_quoted", words=[rule.text]), _is_mention(words, start, start + len(phrase), rules)
    alignment = fuzz.partial_ratio_alignment(phrase, words, score_cutoff=rule.min_ratio)
    if alignment is None:
        return None
    return (Reason.of("words_approx", words=[rule.text], similarity=round(alignment.score)),
            _is_mention(words, alignment.dest_start, alignment.dest_end, rules))


#: How many words before a phrase a mention marker may stand ("copie certifiée conforme du passeport"),
#: and after it ("le contrat de travail ci-joint").
_MENTION_WINDOW = 3
_MENTION_AFTER_WINDOW = 2


def _is_mention(words: str, start: int, end: int, rules: DocumentRules) -> bool:
    before = words[:start].split()[-_MENTION_WINDOW:]
    after = words[end:].split()[:_MENTION_AFTER_WINDOW]
    return any(word in rules.mention_markers for word in before) \
        or any(word in rules.mention_after_markers for word in after) \
        or any(0 <= start - heading <= rules.annex_list_chars
               for heading in _annex_list_starts(words, rules.annex_list_headings, rules.stopwords))


@lru_cache(maxsize=256)
def _annex_list_starts(words: str, headings: tuple[str, ...], stopwords: tuple[str, ...]) -> tuple[int, ...]:
    """Where the page's lists of documents to attach begin (after their heading)."""
    starts = []
    for heading in headings:
        pattern = _phrase_pattern(_rule_words(heading, stopwords))
        starts += [found.end() for found in pattern.finditer(words)]
    return tuple(sorted(starts))


def _hit(rule: Rule, what: Reason, in_title: bool, factor: float, *, mention: bool = False) -> _Hit:
    weight = rule.weight * (TITLE_FACTOR if in_title else 1.0) * factor
    where = "found_in_title" if in_title else ("found_as_mention" if mention else "found_in_body")
    return _Hit(weight, Reason.of(where, what=what), rule.lang, in_title)


class _BothOpinions(TypedDict):
    """The fields of `Classification` that every decision fills the same way."""

    titled: bool
    rules_type: str
    model_type: str | None
    model_probability: float | None


def decide(by_rules: RulesOpinion, opinion: "text_model.Prediction | None", rules: DocumentRules) -> Classification:
    """The rules' and the model's opinions combined into one type, with its confidence.

    - rules sure and model agreeing (or absent): the type, confident;
    - rules and model naming different types: the rules' type, not confident, both reasons;
    - rules below `min_score`: `unknown`, unless the model is very sure (then its type, not
      confident, so a person looks);
    - the model alone is never confident.
    """
    reasons = [Reason.of("matched_against" if h.against else "matched", found=h.evidence, weight=round(h.weight, 2))
               for h in by_rules.hits]
    best, score = by_rules.best, by_rules.score
    runner = by_rules.runner_up
    runner_score = runner[1] if runner else 0.0
    languages = [h.lang for h in by_rules.hits if h.lang and h.weight > 0]
    language = max(sorted(set(languages)), key=languages.count) if languages else None
    model_type = opinion.doc_type if opinion else None
    model_p = opinion.probability if opinion else None
    common: _BothOpinions = dict(titled=by_rules.titled, rules_type=best if score >= rules.min_score else UNKNOWN,
                  model_type=model_type, model_probability=model_p)
    model_reason = [opinion.describe()] if opinion else []

    if not by_rules.ranked or score < rules.min_score:
        if opinion and opinion.doc_type not in (UNKNOWN, *by_rules.vetoed) and opinion.probability >= rules.model_solo:
            if by_rules.ranked and best == opinion.doc_type and opinion.probability >= rules.model_solo_agree:
                return Classification(opinion.doc_type, score, True, (*reasons, *model_reason,
                                      Reason("model_and_rules_agree")), None, None, by_rules.zone, **common)
            return Classification(opinion.doc_type, score, False, (*model_reason, Reason("model_only")),
                None, None, by_rules.zone, **common)
        guess = Reason.of("best_guess", doc_type=best, score=round(score), needed=round(rules.min_score)) \
            if by_rules.ranked else None
        return Classification(UNKNOWN, score, True, (Reason.of("no_match", guess=guess), *model_reason),
            None, None, by_rules.zone, **common)

    confident = score >= rules.confident_score and score - runner_score >= rules.min_margin
    if by_rules.title_names_other:
        confident = False
        reasons.append(Reason("not_in_title"))
    if runner and score - runner_score < rules.min_margin:
        reasons.append(Reason.of("ambiguous_type", other=runner[0], other_score=round(runner_score, 2),
                                 score=round(score, 2)))
    elif score < rules.confident_score:
        reasons.append(Reason.of("weak_match", score=round(score, 2), needed=round(rules.confident_score, 2)))
    doc_type = best
    if opinion:
        if opinion.doc_type == best:
            # Agreement: a model that is sure of the same type settles a weak rules score, and a
            # runner-up close behind (the model read the whole page, not the phrases alone).
            # Between two types the rules found alike, agreeing at `model_agree` is not enough: a
            # page titled as both ("Medisch attest / Uittreksel uit het strafregister") is settled
            # only by a model as sure as one overriding the rules (`model_override_confident`).
            ambiguous = runner is not None and score - runner_score < rules.min_margin
            needed = max(rules.model_agree, rules.model_override_confident) if ambiguous else rules.model_agree
            confident = confident or opinion.probability >= needed
        elif opinion.doc_type == UNKNOWN and opinion.probability >= rules.model_unknown_override \
                and score < rules.confident_score and not (by_rules.zone and by_rules.zone.valid):
            # The model sure the page is none of the types, the rules' phrases weak: a CV whose
            # "Bachelor of Engineering ... University" read as a diploma's title (issue 10, dev
            # split) is not counted as the diploma.
            doc_type = UNKNOWN
            reasons.append(Reason.of("model_overrides", other=UNKNOWN, doc_type=best))
        elif opinion.probability >= rules.model_disagree and (opinion.doc_type != UNKNOWN or not by_rules.titled):
            confident = False
            if opinion.probability >= rules.model_override and opinion.doc_type not in by_rules.vetoed \
                    and not by_rules.titled and not (by_rules.zone and by_rules.zone.valid):
                # The model is much surer than the rules: a body quoting another document's name
                # ("for your single permit application") misleads phrases more than wording. A
                # page whose title names the rules' type keeps it ("INTERDICTION D'ENTRÉE" read
                # as an order to leave by the model at 51%: issue 10, dev split).
                doc_type = opinion.doc_type
                reasons.append(Reason.of("model_overrides", other=opinion.doc_type, doc_type=best))
                confident = opinion.probability >= rules.model_override_confident \
                    and by_rules.score_of(opinion.doc_type) > 0
            else:
                reasons.append(Reason.of("model_disagrees", other=opinion.doc_type))
    reasons += model_reason
    if doc_type == UNKNOWN:
        return Classification(UNKNOWN, score, True, tuple(reasons), None, None, by_rules.zone, **common)
    return Classification(doc_type, score, confident, tuple(reasons), runner[0] if runner else None, language,
                          by_rules.zone, **common)


#: A word's letters: `\w`, and the vowel signs and viramas of the Indic scripts (marks, which
#: `\w` leaves out: without them "प्रमाण" would be found inside "प्रमाणित").
_WORD_CHAR = r"[\w\u0900-\u0dff]"


#: Chinese and Japanese write no spaces between words: a phrase in them is found anywhere.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern:
    words = [re.escape(word) for word in phrase.split()]
    before = "" if _UNSPACED.match(phrase) else rf"(?<!{_WORD_CHAR})"
    after = "" if _UNSPACED.match(phrase[-1:]) else rf"(?!{_WORD_CHAR})"
    return re.compile(before + r"\s+".join(words) + after)


def _find_phrase(phrase: str, text: str) -> int | None:
    if not phrase:
        return None
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
