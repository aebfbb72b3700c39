"""Checklists: which documents a permit type needs, and whether the bundle has them.

The checklists are YAML data in `checklists/` (one file per permit type plus `common.yaml`
for the requirements, fees, region rules and sources they share), validated on load so an
error names the file and the field. This module holds no list of documents and no amount: it
only knows how to read the data, pick the facts that hold on the submission date for this
applicant, and judge one requirement against the documents found.

Every requirement, amount, condition and note cites its sources (URL, date of the information,
date seen). A fact whose current value was not confirmed carries `verify: true`: the report
then names the sources and says to check, instead of asserting it.

A requirement's status is one of:
  ok            a legible, valid document of the right type is there (or, for a document
                docscan cannot recognise, the user confirmed it)
  missing       no document of that type
  illegible     the only candidates cannot be read
  invalid       too old, expired, or its machine-readable zone is wrong
  needs_review  docscan cannot settle it alone (type uncertain, date not found, two candidates,
                a document it cannot recognise and nobody confirmed, an exemption to ask about)
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .classify import load_rules
from .datafiles import load_model, read_yaml
from .errors import ConfigError, UsageError
from .models import FACT_NAMES, ICT_ROLES, Applicant, Document, Reason

#: Where the checklists live: next to the package in a checkout, or DOCSCAN_CHECKLISTS.
DEFAULT_CHECKLISTS_DIR = Path(__file__).resolve().parent.parent / "checklists"

REGIONS = ("flanders", "brussels", "wallonia", "german-speaking")
STATUSES = ("ok", "missing", "illegible", "invalid", "needs_review")
#: When several documents could satisfy a requirement, the best one decides.
_STATUS_RANK = {"ok": 0, "needs_review": 1, "invalid": 2, "illegible": 3, "missing": 4}
#: A source whose information is older than this is listed by `docscan permits --stale`.
STALE_AFTER_MONTHS = 12

Language = Literal["en", "fr", "nl", "de"]
Text = dict[Language, str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Where a fact comes from. `as_of`: the date of its information; `seen`: when it was read."""

    title: str
    url: str
    as_of: date
    seen: date
    #: The page shows no date: `as_of` is the day it was read.
    undated: bool = False
    note: str | None = None


class Conditions(_Strict):
    """What makes a present document valid."""

    max_age_months: int | None = Field(default=None, ge=1, le=60)
    not_expired: bool = False
    mrz_valid: bool = False


class When(_Strict):
    """Facts that must all hold. A fact the applicant's answers leave unknown holds."""

    age_at_least: int | None = Field(default=None, ge=0, le=120)
    age_below: int | None = Field(default=None, ge=0, le=120)
    nationality_in: tuple[str, ...] = ()
    in_belgium: bool | None = None
    renewal: bool | None = None
    change_of_status: bool | None = None
    ict_role: tuple[str, ...] = ()
    research_grant: bool | None = None
    issued_outside_eea: bool | None = None
    filed_by_agent: bool | None = None
    stateless: bool | None = None
    scholarship: bool | None = None
    turkish_association: bool | None = None
    #: The submission date is on or after this day (a rule that starts on a date).
    from_date: date | None = None

    @field_validator("nationality_in")
    @classmethod
    def _codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"'{code}' is not an ICAO 3-letter nationality code")
        return value

    @field_validator("ict_role")
    @classmethod
    def _roles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for role in value:
            if role not in ICT_ROLES:
                raise ValueError(f"'{role}' is not a role; known: {', '.join(ICT_ROLES)}")
        return value


#: Kept for callers of the earlier name.
AppliesWhen = When


class Exemption(_Strict):
    """A case in which the requirement does not apply; it counts only when all its facts are known."""

    when: When
    reason: str = Field(pattern=r"^[a-z_]+$")
    sources: tuple[str, ...] = Field(min_length=1)
    verify: bool = False
    #: When the known facts match and the others are unknown, ask rather than demand silently.
    ask: bool = False


class RequirementSpec(_Strict):
    """A requirement as written in `common.yaml`."""

    title: Text
    hint: Text = {}
    kind: Literal["document", "declaration", "advice"] = "document"
    documents: tuple[str, ...] = ()
    conditions: Conditions = Conditions()
    applies_when: When = When()
    exempt_when: tuple[Exemption, ...] = ()
    #: Public documents issued outside the EEA must be legalised or apostilled.
    legalise_outside_eea: bool = False
    #: For a declaration: what the user confirms ("the fee was paid in the portal"); default "it is attached".
    confirm: Text = {}
    sources: tuple[str, ...] = Field(min_length=1)


class Override(_Strict):
    """A region's or a permit's adjustment of a shared requirement."""

    only_when: When | None = None
    extra_hint: Text = {}
    verify: bool = False
    legalise_outside_eea: bool | None = None
    sources: tuple[str, ...] = Field(min_length=1)


class Note(_Strict):
    """A fact for the reader that no document proves (a condition, a procedure, a sector limit)."""

    text: Text
    sources: tuple[str, ...] = Field(min_length=1)
    verify: bool = False


class FeeAmount(_Strict):
    """A fee amount for a calendar year, or from a date; `candidates` when sources disagree."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    year: int | None = Field(default=None, ge=2000, le=2100)
    from_: date | None = Field(default=None, alias="from")
    amount: float | None = Field(default=None, gt=0)
    candidates: tuple[float, ...] = ()
    verify: bool = False
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_period_one_amount(self) -> "FeeAmount":
        if (self.year is None) == (self.from_ is None):
            raise ValueError("give either 'year' or 'from'")
        if self.amount is None and not self.candidates:
            raise ValueError("give 'amount' or 'candidates'")
        if self.candidates and not self.verify:
            raise ValueError("amounts that sources disagree on ('candidates') need 'verify: true'")
        return self


class FeeSpec(_Strict):
    payee: str
    indexed: str | None = None
    check_on: str
    check_url: str
    amounts: tuple[FeeAmount, ...] = Field(min_length=1)
    sources: tuple[str, ...] = Field(min_length=1)


class DecisionRule(_Strict):
    """When a document's age is counted: at filing, or at the expected decision date."""

    freshness_at: Literal["filing", "decision"]
    processing_days: int | None = Field(default=None, ge=1, le=365)
    processing_text: Text = {}
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _days(self) -> "DecisionRule":
        if self.freshness_at == "decision" and self.processing_days is None:
            raise ValueError("freshness_at 'decision' needs 'processing_days'")
        return self


class RenewalWindow(_Strict):
    """A renewal is filed at most `earliest_months` and at least `latest_months` before expiry."""

    earliest_months: int = Field(ge=1, le=24)
    latest_months: int = Field(ge=0, le=24)
    sources: tuple[str, ...] = Field(min_length=1)


class CommonRegion(_Strict):
    #: One line for the page, with {fee_from}, {renewal_earliest} and {renewal_latest} filled from the data.
    description: Text = {}
    description_sources: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    overrides: dict[str, Override] = {}
    decision: DecisionRule | None = None
    renewal_window: RenewalWindow | None = None
    notes: tuple[Note, ...] = ()


class Band(_Strict):
    text: Text
    age_below: int | None = Field(default=None, ge=1, le=120)


class CommonFile(_Strict):
    as_of: date
    sources: dict[str, Source]
    fees: dict[str, FeeSpec] = {}
    regions: dict[str, CommonRegion] = {}
    requirements: dict[str, RequirementSpec]
    questions: dict[str, Text] = {}
    bands: dict[str, Band] = {}

    @model_validator(mode="after")
    def _references(self) -> "CommonFile":
        known_types = set(load_rules().type_ids)
        for req_id, spec in self.requirements.items():
            if spec.kind == "document":
                for type_id in spec.documents or (req_id,):
                    if type_id not in known_types:
                        raise ValueError(f"requirements.{req_id}: unknown document type '{type_id}'")
            elif spec.documents or req_id in known_types:
                raise ValueError(f"requirements.{req_id}: a {spec.kind} is for what docscan has no document "
                                 "type for; use kind 'document' for a recognised type")
        for fee_id in self.fees:
            if fee_id not in self.requirements:
                raise ValueError(f"fees.{fee_id}: no requirement '{fee_id}' proves this fee")
        unknown_regions = set(self.regions) - set(REGIONS)
        if unknown_regions:
            raise ValueError(f"regions: unknown region(s) {sorted(unknown_regions)}")
        for region, spec in self.regions.items():
            for req_id in (*spec.add, *spec.overrides):
                if req_id not in self.requirements:
                    raise ValueError(f"regions.{region}: '{req_id}' is not a requirement")
        unknown_questions = set(self.questions) - set(FACT_NAMES)
        if unknown_questions:
            raise ValueError(f"questions: unknown fact(s) {sorted(unknown_questions)}; known: {', '.join(FACT_NAMES)}")
        for where, key in _source_keys(self.model_dump(exclude={"sources"}, by_alias=True)):
            if key not in self.sources:
                raise ValueError(f"{where}: unknown source '{key}'")
        return self


class ThresholdSpec(_Strict):
    """A gross salary threshold for one year (or undated), role and band."""

    amount: float = Field(gt=0)
    per: Literal["year", "month"]
    #: None: the source states no year (never asserted as current: `verify` is required).
    year: int | None = Field(default=None, ge=2000, le=2100)
    role: str | None = None
    band: str | None = None
    #: The amount was carried over from this year.
    kept_from: int | None = Field(default=None, ge=2000, le=2100)
    verify: bool = False
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "ThresholdSpec":
        if self.year is None and not self.verify:
            raise ValueError("an amount without a year needs 'verify: true'")
        if self.role is not None and self.role not in ICT_ROLES:
            raise ValueError(f"role '{self.role}' is not one of {', '.join(ICT_ROLES)}")
        return self


class Under30Limits(_Strict):
    text: Text
    turns_30_clause: bool = False
    sources: tuple[str, ...] = Field(min_length=1)


class RegionSpec(_Strict):
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    overrides: dict[str, Override] = {}
    salary_thresholds: tuple[ThresholdSpec, ...] = ()
    under_30_limits: Under30Limits | None = None
    notes: tuple[Note, ...] = ()


class PermitFile(_Strict):
    id: str
    title: Text
    summary: Text
    as_of: date
    requirements: tuple[str, ...] = Field(min_length=1)
    overrides: dict[str, Override] = {}
    notes: tuple[Note, ...] = ()
    regions: dict[str, RegionSpec]

    @field_validator("regions")
    @classmethod
    def _regions(cls, value: dict) -> dict:
        unknown = set(value) - set(REGIONS)
        if unknown:
            raise ValueError(f"unknown region(s) {sorted(unknown)}; known: {', '.join(REGIONS)}")
        return value


def _source_keys(data: object, where: str = "") -> Iterator[tuple[str, str]]:
    """(field path, key) of every `sources` list in a dumped model."""
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{where}.{key}" if where else str(key)
            if str(key).endswith("sources") and isinstance(value, (list, tuple)):
                for item in value:
                    yield path, item
            else:
                yield from _source_keys(value, path)
    elif isinstance(data, (list, tuple)):
        for i, value in enumerate(data):
            yield from _source_keys(value, f"{where}.{i}")


# ---------------------------------------------------------------------------------------------
# Resolved checklists


@dataclass(frozen=True, kw_only=True)
class ResolvedNote:
    text: dict
    sources: tuple[Source, ...]
    verify: bool = False

    def render(self, language: str = "en") -> str:
        text = self.text.get(language) or self.text.get("en", "")
        return text + (" " + MESSAGES["note_not_confirmed"] if self.verify else "")


@dataclass(frozen=True, kw_only=True)
class Requirement:
    """One resolved requirement of a permit in a region."""

    id: str
    title: dict
    hint: dict
    documents: tuple[str, ...]
    conditions: Conditions
    applies_when: When
    sources: tuple[Source, ...]
    kind: str = "document"
    #: Extra conditions from the region or the permit (all must hold).
    only_when: tuple[When, ...] = ()
    exemptions: tuple[tuple[Exemption, tuple[Source, ...]], ...] = ()
    legalise_outside_eea: bool = False
    verify: bool = False
    #: Region- or permit-specific sentences added to the hint, in English.
    extra_hints: tuple[dict, ...] = ()
    fee: FeeSpec | None = None
    fee_sources: tuple[Source, ...] = ()
    confirm: dict = field(default_factory=dict)

    def text(self, field: str, language: str = "en") -> str:
        values = getattr(self, field)
        text = values.get(language) or values.get("en", "")
        if field == "hint":
            text = " ".join([text] + [h.get(language) or h.get("en", "") for h in self.extra_hints]).strip()
        return text


@dataclass(frozen=True, kw_only=True)
class Checklist:
    """The requirements of one permit type in one region, with where they come from."""

    permit: str
    region: str
    title: dict
    summary: dict
    as_of: date
    requirements: tuple[Requirement, ...]
    sources: tuple[Source, ...]
    #: "Where asked" items: shown as advice, never blocking.
    advice: tuple[Requirement, ...] = ()
    notes: tuple[ResolvedNote, ...] = ()
    thresholds: tuple[tuple[ThresholdSpec, tuple[Source, ...]], ...] = ()
    under_30_limits: tuple[Under30Limits, tuple[Source, ...]] | None = None
    decision: tuple[DecisionRule, tuple[Source, ...]] | None = None
    renewal_window: tuple[RenewalWindow, tuple[Source, ...]] | None = None
    bands: dict = field(default_factory=dict)
    questions: dict = field(default_factory=dict)

    @property
    def note(self) -> dict:
        """The notes as one text per language (the page's and the report's 'note for this region')."""
        languages = {lang for n in self.notes for lang in n.text} or {"en"}
        return {lang: " ".join(n.render(lang) for n in self.notes) for lang in languages} if self.notes else {}


def checklists_dir() -> Path:
    return Path(os.environ.get("DOCSCAN_CHECKLISTS", DEFAULT_CHECKLISTS_DIR))


def permit_ids(folder: Path | None = None) -> tuple[str, ...]:
    """The permit types there are checklists for, sorted."""
    folder = folder or checklists_dir()
    return tuple(sorted(p.stem for p in folder.glob("*.yaml") if p.stem != "common"))


def load_common(folder: Path | None = None) -> CommonFile:
    """The validated `common.yaml` (read once per folder and process)."""
    return _load_common(folder or checklists_dir())


@lru_cache(maxsize=8)
def _load_common(folder: Path) -> CommonFile:
    return load_model(folder / "common.yaml", CommonFile)


@lru_cache(maxsize=64)
def load_permit_file(permit: str, folder: Path | None = None) -> PermitFile:
    """The validated permit file, its source keys and requirement ids checked against `common.yaml`."""
    folder = folder or checklists_dir()
    known = permit_ids(folder)
    if permit not in known:
        raise UsageError(f"unknown permit type '{permit}'; choose one of: {', '.join(known)}")
    common = load_common(folder)
    path = folder / f"{permit}.yaml"
    spec = load_model(path, PermitFile)
    if spec.id != permit:
        raise ConfigError(f"{path}: field 'id': is '{spec.id}' but the file is named '{permit}.yaml'")
    for where, key in _source_keys(spec.model_dump(by_alias=True)):
        if key not in common.sources:
            raise ConfigError(f"{path}: field '{where}': unknown source '{key}'")
    named = [("requirements", r) for r in spec.requirements] + [("overrides", r) for r in spec.overrides]
    for region, region_spec in spec.regions.items():
        named += [(f"regions.{region}.{f}", r) for f in ("add", "remove") for r in getattr(region_spec, f)]
        named += [(f"regions.{region}.overrides", r) for r in region_spec.overrides]
        for i, threshold in enumerate(region_spec.salary_thresholds):
            if threshold.band is not None and threshold.band not in common.bands:
                raise ConfigError(f"{path}: field 'regions.{region}.salary_thresholds.{i}.band': "
                                  f"unknown band '{threshold.band}'; known: {', '.join(common.bands)}")
    for where, req_id in named:
        if req_id not in common.requirements:
            raise ConfigError(f"{path}: field '{where}': '{req_id}' is not defined in common.yaml")
    return spec


@lru_cache(maxsize=64)
def load_checklist(permit: str, region: str, folder: Path | None = None) -> Checklist:
    """Load, validate and resolve the checklist of `permit` in `region`.

    Raises `UsageError` for an unknown permit or region (the user's mistake) and
    `ConfigError` for an invalid file (the data's mistake), naming the file and the field.
    """
    folder = folder or checklists_dir()
    if region not in REGIONS:
        raise UsageError(f"unknown region '{region}'; choose one of: {', '.join(REGIONS)}")
    spec = load_permit_file(permit, folder)
    common = load_common(folder)
    src = lambda keys: tuple(common.sources[k] for k in dict.fromkeys(keys))  # noqa: E731
    shared = common.regions.get(region, CommonRegion())
    region_spec = spec.regions.get(region, RegionSpec())
    ids = [r for r in (*spec.requirements, *shared.add, *region_spec.add) if r not in region_spec.remove]
    overrides = [shared.overrides, spec.overrides, region_spec.overrides]
    requirements, advice, used_sources = [], [], []
    for req_id in dict.fromkeys(ids):
        item = common.requirements[req_id]
        applied = [o[req_id] for o in overrides if req_id in o]
        legalise = item.legalise_outside_eea
        for override in applied:
            if override.legalise_outside_eea is not None:
                legalise = override.legalise_outside_eea
        keys = [*item.sources, *(k for o in applied for k in o.sources)]
        fee = common.fees.get(req_id)
        requirement = Requirement(
            id=req_id, title=item.title, hint=item.hint, documents=item.documents or
            ((req_id,) if item.kind == "document" else ()), conditions=item.conditions,
            applies_when=item.applies_when, sources=src(keys), kind=item.kind,
            only_when=tuple(o.only_when for o in applied if o.only_when is not None),
            exemptions=tuple((e, src(e.sources)) for e in item.exempt_when),
            legalise_outside_eea=legalise, verify=any(o.verify for o in applied),
            extra_hints=tuple(o.extra_hint for o in applied if o.extra_hint), fee=fee,
            fee_sources=src(k for a in fee.amounts for k in (*a.sources, *fee.sources)) if fee else (),
            confirm=item.confirm)
        (advice if item.kind == "advice" else requirements).append(requirement)
        used_sources += keys
    notes = tuple(ResolvedNote(text=n.text, sources=src(n.sources), verify=n.verify)
                  for n in (*shared.notes, *spec.notes, *region_spec.notes))
    thresholds = tuple((t, src(t.sources)) for t in region_spec.salary_thresholds)
    limits = region_spec.under_30_limits
    used_sources += [k for n in (*shared.notes, *spec.notes, *region_spec.notes) for k in n.sources]
    used_sources += [k for t in region_spec.salary_thresholds for k in t.sources]
    return Checklist(
        permit=permit, region=region, title=spec.title, summary=spec.summary, as_of=spec.as_of,
        requirements=tuple(requirements), advice=tuple(advice), sources=src(used_sources), notes=notes,
        thresholds=thresholds, under_30_limits=(limits, src(limits.sources)) if limits else None,
        decision=(shared.decision, src(shared.decision.sources)) if shared.decision else None,
        renewal_window=(shared.renewal_window, src(shared.renewal_window.sources)) if shared.renewal_window else None,
        bands=dict(common.bands), questions=dict(common.questions))


def region_description(region: str, language: str = "en", folder: Path | None = None) -> str:
    """The region's one line for the page, its values (dates, months) taken from the data."""
    common = load_common(folder)
    spec = common.regions.get(region, CommonRegion())
    text = spec.description.get(language) or spec.description.get("en", "")  # type: ignore[call-overload]
    starts = [a.from_ for req_id in spec.add if req_id in common.fees for a in common.fees[req_id].amounts if a.from_]
    window = spec.renewal_window
    values = {"fee_from": _day_long(min(starts), language) if starts else "",
              "renewal_earliest": window.latest_months if window else "",
              "renewal_latest": window.earliest_months if window else ""}
    return text.format(**values)


def _day_long(value: date, language: str) -> str:
    """English writes the month's name; the other languages get the date as digits (no locale needed)."""
    return f"{value.day} {value.strftime('%B %Y')}" if language == "en" else value.strftime("%d/%m/%Y")


def validate_all(folder: Path | None = None) -> list[str]:
    """Load every permit in every region; returns the permit ids. Used by tests and `docscan permits`."""
    folder = folder or checklists_dir()
    read_yaml(folder / "common.yaml")
    permits = list(permit_ids(folder))
    for permit in permits:
        for region in REGIONS:
            load_checklist(permit, region, folder)
    return permits


# ---------------------------------------------------------------------------------------------
# Judging a bundle


#: English message templates, filled with values from the data (amounts, dates, names). Codes are
#: stable; the sentences are made here, at the edge of the checklist, and nowhere parsed.
MESSAGES = {
    "mrz_field_uncertain": "The {lower} ({file}) has a machine-readable zone, but the {fields} could not be read "
                           "with certainty (the zone's check digits do not confirm {them}): check {them} against the "
                           "data page. If the page shows the same, have the {lower} checked.",
    "mrz_check_digit": "The {lower} ({file}) has a machine-readable zone whose check digits are wrong. Rescan the "
                       "data page flat and sharp; if it stays wrong, have the passport checked.",
    "note_not_confirmed": "(Not confirmed for the current year: check it with the sources.)",
    "not_required_age": "Not required: the worker is {age} (under {limit}).",
    "not_required_only_when": "Not required: {why}.",
    "exempt": "Not required: {why}.",
    "exempt_verify": "Not required if {why}; this exemption was not confirmed for single permits "
                     "(sources disagree: {sources}): check it with the Immigration Office before filing without it.",
    "ask_exemption": "{title} not found, and an exemption may apply but is not settled: \"{question}\" is not "
                     "answered ({answer}), and sources disagree on the exemption ({sources}). Attaching the {lower} "
                     "is the safe choice; until then docscan cannot settle it.",
    "declaration_confirmed": "{title}: confirmed by you (docscan cannot recognise this document itself).",
    "declaration_unconfirmed": "{title}: docscan cannot recognise this document itself: confirm {confirm} "
                               "({how}). {hint}",
    "missing": "{title} missing: no file in the bundle is one. {hint}",
    "fee_confirmed": "The {year} amount is EUR {amount}, paid to {payee}.",
    "fee_not_confirmed": "The {year} amount was not confirmed: check it on {check_on} before paying{last}.",
    "fee_last_known": " (EUR {amount} in {last_year}; amounts are indexed {indexed})",
    "fee_candidates": "The amount was not confirmed (sources give {candidates}): check it on {check_on} before paying.",
    "threshold": "Salary threshold{role}{band} for {for_year}: at least EUR {amount} gross a {per}{kept}{stale}.",
    "threshold_kept": " (the {kept_from} amount, kept)",
    "threshold_verify": " — not confirmed for {for_year}: check it on {hosts} before relying on it",
    "threshold_undated": " — the source states no year: check it on {hosts}",
    "threshold_old_year": " — no {for_year} amount was found; this is the {year} amount: check it on {hosts}",
    "turns_30": "The worker turns 30 on {birthday}: from that day the pay must reach EUR {amount} a {per} (a clause "
                "in the contract), otherwise the permit ends on {day_before}.",
    "legalise_known": "The {lower} was issued outside the EEA: it must be legalised or carry an apostille "
                      "(docscan does not check this yet).",
    "legalise_unknown": "If the {lower} was issued outside the EEA, it must be legalised or carry an apostille "
                        "(docscan does not check this yet; answer {answer} to settle the question).",
    "stale_at_decision": "The {lower} ({file}) is dated {issued}: it will be more than {months} months old on "
                         "{decision}, the expected decision date ({processing} after {today}), and {region} counts "
                         "its age when the application is approved. Get a newer one or file without delay.",
    "renewal_window": "A renewal in {region} is filed at most {earliest} and at least {latest} months before the "
                      "permit expires{dates}.",
    "renewal_window_dates": " (for a permit expiring on {expiry}: between {start} and {end})",
    "renewal_too_early": "Too early for the renewal: the permit expires on {expiry}; file from {start}.",
    "renewal_late": "The renewal is late: for a permit expiring on {expiry} it should have been filed by {end}. "
                    "A late renewal can cost the worker the right of residence: have it checked now.",
    "verify_requirement": "{title}: {hint}",
    "advice": "{title}, where asked: {hint}",
    "question": "Not answered: \"{question}\" ({answer}); until then docscan keeps every requirement that "
                "depends on it.",
}

#: How each fact is answered at the command line (the bulk manifest's columns have the fact's name).
ANSWERS = {"birth_date": "--birth-date", "nationality": "--nationality", "in_belgium": "--in-belgium",
           "renewal": "--renewal", "ict_role": "--ict-role"}
ANSWERS.update({name: f"--{name.replace('_', '-')} / --no-{name.replace('_', '-')}" for name in FACT_NAMES
                if name not in ANSWERS})

#: Why an exemption holds, in words (keyed by `Exemption.reason`).
EXEMPTION_WORDS = {
    "renewal_same_status": "a renewal in the same status and with the same employer pays no fee",
    "stateless": "a recognised stateless person pays no fee",
    "scholarship": "the holder of a listed study or research scholarship pays no fee",
    "turkish_association": "the worker is a Turkish beneficiary of the EU-Turkey Association agreement",
}


@dataclass(frozen=True)
class RequirementResult:
    """The verdict on one requirement, with the documents behind it and what to do."""

    id: str
    title: str
    status: str
    files: tuple[str, ...]
    message: str
    reasons: tuple[Reason, ...] = ()
    kind: str = "document"
    verify: bool = False
    sources: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "status": self.status, "files": list(self.files),
                "message": self.message, "reasons": [r.to_dict() for r in self.reasons], "kind": self.kind,
                "verify": self.verify, "sources": list(self.sources)}


@dataclass(frozen=True)
class NotRequired:
    """A requirement that does not apply to this applicant, and why."""

    id: str
    title: str
    message: str
    verify: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "message": self.message, "verify": self.verify}


class NoticeKind(StrEnum):
    """What a notice is about (the page and the report group them by it)."""

    THRESHOLD = "threshold"
    FEE = "fee"
    VERIFY = "verify"
    REMINDER = "reminder"
    FRESHNESS = "freshness"
    RENEWAL = "renewal"
    ADVICE = "advice"
    QUESTION = "question"


@dataclass(frozen=True, kw_only=True)
class Notice:
    """Something the checklist data tells this applicant besides the statuses: an amount, a
    reminder, a fact to verify, an open question. Never changes the verdict.

    kind: threshold | fee | verify | reminder | freshness | renewal | advice | question.
    """

    kind: NoticeKind
    code: str
    message: str
    requirement: str | None = None
    verify: bool = False
    params: tuple[tuple[str, object], ...] = ()
    sources: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        return {"kind": self.kind, "code": self.code, "message": self.message, "requirement": self.requirement,
                "verify": self.verify, "params": {k: _json_value(v) for k, v in self.params},
                "sources": list(self.sources)}


def source_dict(source: Source) -> dict:
    return {"title": source.title, "url": source.url, "as_of": source.as_of.isoformat(),
            "seen": source.seen.isoformat(), "undated": source.undated}


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _hosts(sources: tuple[Source, ...]) -> str:
    hosts = [re.sub(r"^https?://(www\.)?", "", s.url).split("/")[0] for s in sources]
    return ", ".join(dict.fromkeys(hosts)) or "the official pages"


def _fact_matches(name: str, wanted: object, applicant: Applicant, today: date) -> bool | None:
    """Whether one condition of a `When` holds: True, False, or None when the fact is unknown."""
    if name == "from_date":
        return today >= wanted  # type: ignore[operator]
    if name in ("age_at_least", "age_below"):
        age = applicant.age_on(today)
        if age is None:
            return None
        return age >= wanted if name == "age_at_least" else age < wanted  # type: ignore[operator]
    if name == "nationality_in":
        return None if applicant.nationality is None else applicant.nationality in wanted  # type: ignore[operator]
    value = applicant.fact(name)
    if value is None:
        return None
    if name == "ict_role":
        return value in wanted  # type: ignore[operator]
    return value == wanted


def _conditions(when: When) -> list[tuple[str, object]]:
    return [(name, value) for name, value in when if value is not None and value != ()]


def _when(when: When, applicant: Applicant, today: date) -> tuple[str, str | None]:
    """'holds', 'fails' (with the first failing fact), 'unknown' (none fail, some unknown) or 'partial'
    (some known and holding, some unknown)."""
    results = [(name, _fact_matches(name, value, applicant, today)) for name, value in _conditions(when)]
    failing = next((name for name, result in results if result is False), None)
    if failing:
        return "fails", failing
    unknown = [name for name, result in results if result is None]
    if not unknown:
        return "holds", None
    return ("partial" if len(unknown) < len(results) else "unknown"), unknown[0]


_NOT_APPLYING = {
    "in_belgium": ("the worker does not live in Belgium yet", "the worker already lives in Belgium"),
    "renewal": ("this is a first application", "not required for a renewal"),
    "filed_by_agent": ("no agent files the application", "an agent files the application"),
    "research_grant": ("the researcher is not on a grant", "the researcher is on a grant, without an employment contract"),
    "issued_outside_eea": ("the documents were issued in the EEA", "the documents were issued outside the EEA"),
}


def _why_not(name: str, when: When, applicant: Applicant, today: date) -> str:
    if name == "age_at_least":
        return MESSAGES["not_required_age"].format(age=applicant.age_on(today), limit=when.age_at_least)
    if name == "from_date":
        return MESSAGES["not_required_only_when"].format(why=f"only from {_day(when.from_date)}")
    if name in _NOT_APPLYING:
        wanted = getattr(when, name)
        text = _NOT_APPLYING[name][0] if wanted else _NOT_APPLYING[name][1]
        if name == "renewal" and wanted is True:
            return "Only required for a renewal."
        if name == "renewal" and wanted is False:
            return "Not required for a renewal."
        return MESSAGES["not_required_only_when"].format(why=text)
    return MESSAGES["not_required_only_when"].format(why=f"{name.replace('_', ' ')} does not match")


def _exemption(requirement: Requirement, applicant: Applicant, today: date):
    """The exemption that holds (with its sources), else None."""
    for exemption, sources in requirement.exemptions:
        if _when(exemption.when, applicant, today)[0] == "holds":
            return exemption, sources
    return None


def _exemption_to_ask(requirement: Requirement, applicant: Applicant, today: date):
    """An `ask` exemption whose known facts hold and whose others are unknown, with the unknown fact."""
    for exemption, sources in requirement.exemptions:
        state, unknown = _when(exemption.when, applicant, today)
        if exemption.ask and state == "partial":
            return exemption, sources, unknown
    return None


def applies(requirement: Requirement, applicant: Applicant, today: date) -> tuple[bool, str]:
    """Whether the requirement applies to this applicant, and the reason when it does not.

    When a fact is unknown (no readable passport, no birth date, a question not answered) the
    requirement applies: asking for a document that turns out to be unnecessary costs less than
    a rejected file. An exemption counts only when every fact it names is known.
    """
    applicable, why, _ = _applies(requirement, applicant, today)
    return applicable, why


def _applies(requirement: Requirement, applicant: Applicant, today: date) -> tuple[bool, str, bool]:
    """`applies`, plus whether the exemption that drops it was not confirmed (`verify`)."""
    for when in (requirement.applies_when, *requirement.only_when):
        state, failing = _when(when, applicant, today)
        if state == "fails":
            return False, _why_not(failing or "", when, applicant, today), False
    found = _exemption(requirement, applicant, today)
    if found is not None:
        exemption, sources = found
        why = EXEMPTION_WORDS.get(exemption.reason, exemption.reason.replace("_", " "))
        if exemption.verify:
            return False, MESSAGES["exempt_verify"].format(why=why, sources=_hosts(sources)), True
        return False, MESSAGES["exempt"].format(why=why), False
    return True, "", False


def requirement_hint(requirement: Requirement, today: date, language: str = "en") -> str:
    """The hint with the amount of the fee it proves for the submission date, when it proves one."""
    hint = requirement.text("hint", language)
    if requirement.fee is not None:
        hint = f"{hint} {fee_sentence(requirement.fee, today)[1]}".strip()
    return hint


def fee_sentence(fee: FeeSpec, today: date) -> tuple[bool, str]:
    """(confirmed, sentence) for the fee due on `today`: an amount only when a source gives it for that year."""
    dated = sorted((a for a in fee.amounts if a.from_ is not None and a.from_ <= today), key=lambda a: a.from_)
    yearly = {a.year: a for a in fee.amounts if a.year is not None}
    current = yearly.get(today.year) or (dated[-1] if dated else None)
    if current is not None and current.candidates:
        amounts = [f"EUR {_amount(c)}" for c in current.candidates]
        candidates = " or ".join([", ".join(amounts[:-1]), amounts[-1]]) if len(amounts) > 1 else amounts[0]
        return False, MESSAGES["fee_candidates"].format(candidates=candidates, check_on=fee.check_on)
    if current is not None and current.amount is not None and not current.verify:
        return True, MESSAGES["fee_confirmed"].format(year=today.year, amount=_amount(current.amount), payee=fee.payee)
    earlier = [a for y, a in sorted(yearly.items()) if y < today.year and a.amount is not None]
    last = MESSAGES["fee_last_known"].format(amount=_amount(earlier[-1].amount), last_year=earlier[-1].year,
                                             indexed=fee.indexed or "yearly") if earlier else ""
    return False, MESSAGES["fee_not_confirmed"].format(year=today.year, check_on=fee.check_on, last=last)


def evaluate(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant, today: date,
             language: str = "en") -> tuple[tuple[RequirementResult, ...], tuple[NotRequired, ...]]:
    """Judge every requirement of the checklist against the documents found."""
    results, skipped = [], []
    for requirement in checklist.requirements:
        title = requirement.text("title", language)
        applicable, why_not, verify = _applies(requirement, applicant, today)
        if not applicable:
            skipped.append(NotRequired(requirement.id, title, why_not, verify))
            continue
        result = judge(requirement, title, documents, today, language, applicant)
        sources = tuple(source_dict(s) for s in (*requirement.sources, *requirement.fee_sources))
        unconfirmed_fee = requirement.fee is not None and not fee_sentence(requirement.fee, today)[0]
        results.append(RequirementResult(result.id, result.title, result.status, result.files, result.message,
                                         result.reasons, requirement.kind, requirement.verify or unconfirmed_fee,
                                         _unique(sources)))
    return tuple(results), tuple(skipped)


def _unique(items: tuple[dict, ...]) -> tuple[dict, ...]:
    seen, out = set(), []
    for item in items:
        key = item["title"]
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def judge(requirement: Requirement, title: str, documents: tuple[Document, ...], today: date,
          language: str = "en", applicant: Applicant | None = None) -> RequirementResult:
    """The status of one requirement: the best of its candidate documents decides."""
    applicant = applicant or Applicant()
    hint = requirement_hint(requirement, today, language)
    if requirement.kind == "declaration":
        if requirement.id in applicant.confirmed:
            return RequirementResult(requirement.id, title, "ok", (), MESSAGES["declaration_confirmed"].format(
                title=title), (Reason("confirmed_by_user", "confirmed by the user"),))
        how = f"--confirm {requirement.id}, the manifest's 'confirmed' column, or the box on the page"
        confirm = requirement.confirm.get(language) or requirement.confirm.get("en") or "it is attached"
        return RequirementResult(requirement.id, title, "needs_review", (), MESSAGES["declaration_unconfirmed"].format(
            title=title, confirm=confirm, how=how, hint=hint), (Reason("not_recognisable", "docscan has no type for this document"),))
    candidates = [d for d in documents if d.doc_type in requirement.documents]
    if not candidates:
        ask = _exemption_to_ask(requirement, applicant, today)
        if ask is not None:
            exemption, sources, unknown = ask
            question = _question(unknown, requirement).rstrip("?")
            return RequirementResult(requirement.id, title, "needs_review", (), MESSAGES["ask_exemption"].format(
                title=title, question=question, sources=_hosts(sources), lower=title.lower(),
                answer=ANSWERS.get(unknown, unknown)), (Reason("exemption_unsettled", f"{unknown} not answered"),))
        return RequirementResult(requirement.id, title, "missing", (), MESSAGES["missing"].format(title=title, hint=hint),
                                 (Reason("missing", f"no {title.lower()} found"),))
    verdicts = sorted((_judge_document(requirement, title, doc, today) + (doc,) for doc in candidates),
                      key=lambda v: _STATUS_RANK[v[0]])
    status, message, reasons, best = verdicts[0]
    files = tuple(dict.fromkeys(v[3].label for v in verdicts))
    ok_documents = {v[3].sha256 or v[3].label: v[3] for v in verdicts if v[0] == "ok"}
    if len(ok_documents) > 1:
        labels = ", ".join(doc.label for doc in ok_documents.values())
        return RequirementResult(requirement.id, title, "needs_review", files, (
            f"{len(ok_documents)} different files look like the {title.lower()} ({labels}). "
            "Keep the right one and remove the others, or have an adviser confirm."),
            (Reason("several_candidates", f"{len(ok_documents)} candidates"),))
    return RequirementResult(requirement.id, title, status, files, message, tuple(reasons))


#: Key fields of a machine-readable zone as a message names them (`Document.mrz_uncertain_fields`).
MRZ_FIELD_WORDS = {"document_number": "document number", "birth_date": "date of birth", "expiry_date": "expiry date"}


def _zone_not_proved(title: str, where: str, fields: tuple[str, ...]):
    """(status, message, reasons) for a zone whose key fields are not all proved by their check digits.

    The message names the field(s) to compare with the data page (issue 11: "the document number
    could not be read with certainty"), because one misread character is far likelier than a
    forged zone and a rescan rarely helps; the reason carries them as a parameter
    (`mrz_field_uncertain`, fields = comma-separated names) for message catalogues. Without
    field names (a document built before they were recorded) the old, generic verdict stands.
    """
    known = [name for name in fields if name in MRZ_FIELD_WORDS]
    if not known:
        return ("invalid", MESSAGES["mrz_check_digit"].format(lower=title.lower(), file=where),
                [Reason("mrz_check_digit", "check digits of the machine-readable zone are wrong")])
    words = [MRZ_FIELD_WORDS[name] for name in known]
    named = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    message = MESSAGES["mrz_field_uncertain"].format(lower=title.lower(), file=where, fields=named,
                                                     them="it" if len(words) == 1 else "them")
    return ("invalid", message, [Reason("mrz_field_uncertain", f"{named} not proved by its check digit",
                                        (("fields", ",".join(known)),))])


def _judge_document(requirement: Requirement, title: str, doc: Document, today: date):
    """(status, message, reasons) for one candidate document."""
    where = doc.label
    if not doc.legible:
        why = "; ".join(r.message for r in doc.reasons if r.code not in ("matched",)) or "the text cannot be read"
        return ("illegible", f"The {title.lower()} ({where}) cannot be read: {why}.",
                [Reason("illegible", why)])

    conditions = requirement.conditions
    if conditions.mrz_valid and doc.mrz_valid is False:
        return _zone_not_proved(title, where, doc.mrz_uncertain_fields)
    if conditions.not_expired and doc.expiry_date is not None and doc.expiry_date < today:
        return ("invalid", f"The {title.lower()} ({where}) expired on {_day(doc.expiry_date)}. "
                "Renew it before applying.", [Reason("expired", f"expired on {doc.expiry_date.isoformat()}")])
    if conditions.max_age_months:
        limit = add_months(today, -conditions.max_age_months)
        if doc.issue_date is None:
            return ("needs_review", f"The date of the {title.lower()} ({where}) could not be found. "
                    f"It must be at most {conditions.max_age_months} months old (issued on or after "
                    f"{_day(limit)}); check the date.", [Reason("date_not_found", "issue date not found")])
        if doc.issue_date > today:
            return ("needs_review", f"The {title.lower()} ({where}) seems dated in the future "
                    f"({_day(doc.issue_date)}); check the date.", [Reason("date_in_future", "issue date in the future")])
        if doc.issue_date < limit:
            return ("invalid", f"The {title.lower()} ({where}) is dated {_day(doc.issue_date)}: it must be at "
                    f"most {conditions.max_age_months} months old when you apply (issued on or after "
                    f"{_day(limit)}). Ask for a new one.",
                    [Reason("too_old", f"issued {doc.issue_date.isoformat()}, limit {limit.isoformat()}")])
    if conditions.not_expired and doc.expiry_date is None:
        return ("needs_review", f"The expiry date of the {title.lower()} ({where}) could not be read. "
                "Check that the whole data page, with the two lines at the bottom, is in the scan.",
                [Reason("expiry_not_found", "expiry date not found")])
    if doc.type_source == "declared_unconfirmed":
        return ("needs_review", f"{where} is named as the {title.lower()}, but its text does not confirm it. "
                "Check that it is the right document.", [Reason("type_unconfirmed", "declared type not confirmed by content")])
    if not doc.confident:
        return ("needs_review", f"{where} looks like the {title.lower()}, but not clearly enough to be sure. "
                "Check that it is the right document.", [Reason("low_confidence", "document type uncertain")])
    return ("ok", f"{title} present ({where}).", [])


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (31 Aug - 6 months = 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _day(value: date) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


def _amount(value: float) -> str:
    """EUR amounts as Belgian pages print them in English: 48,912 and 39,129.60."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _question(fact: str, requirement: Requirement | None = None) -> str:
    """The question of a fact in the data's words (common.yaml, questions)."""
    text = load_common().questions.get(fact, {}).get("en") or fact.replace("_", " ")
    return text if text.endswith("?") else f"{text}?"


# ---------------------------------------------------------------------------------------------
# Notices: amounts, reminders, facts to verify, open questions


def notices(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant, today: date,
            language: str = "en") -> tuple[Notice, ...]:
    """What the checklist data tells this applicant besides the statuses, for the submission date.

    Salary thresholds for the year (per role and age band), fee amounts (or that they were not
    confirmed), legalisation reminders, documents that will be too old at the expected decision
    date, the renewal window, "where asked" advice, facts marked `verify`, and the questions
    whose answers would change what applies.
    """
    found: list[Notice] = []
    found += _threshold_notices(checklist, applicant, today)
    applicable = [r for r in checklist.requirements if applies(r, applicant, today)[0]]
    for requirement in applicable:
        title = requirement.text("title", language)
        sources = tuple(source_dict(s) for s in requirement.sources)
        if requirement.fee is not None:
            confirmed, sentence = fee_sentence(requirement.fee, today)
            found.append(Notice(kind=NoticeKind.FEE if confirmed else NoticeKind.VERIFY, code="fee_confirmed" if confirmed
                                else "fee_not_confirmed", message=f"{title}: {sentence}", requirement=requirement.id,
                                verify=not confirmed, params=(("year", today.year),),
                                sources=tuple(source_dict(s) for s in requirement.fee_sources)))
        if requirement.verify:
            found.append(Notice(kind=NoticeKind.VERIFY, code="verify_requirement", requirement=requirement.id, verify=True,
                                message=MESSAGES["verify_requirement"].format(
                                    title=title, hint=" ".join(h.get(language) or h.get("en", "")
                                                               for h in requirement.extra_hints)),
                                sources=sources))
        if requirement.legalise_outside_eea and applicant.issued_outside_eea is not False:
            code = "legalise_known" if applicant.issued_outside_eea else "legalise_unknown"
            found.append(Notice(kind=NoticeKind.REMINDER, code=code, requirement=requirement.id, sources=sources,
                                message=MESSAGES[code].format(lower=title.lower(),
                                                              answer=ANSWERS["issued_outside_eea"])))
    for requirement in checklist.requirements:
        applicable_now, why, verify = _applies(requirement, applicant, today)
        if not applicable_now and verify:
            found.append(Notice(kind=NoticeKind.VERIFY, code="exempt_verify", requirement=requirement.id, verify=True,
                                message=f"{requirement.text('title', language)}: {why}",
                                sources=tuple(source_dict(s) for e, srcs in requirement.exemptions for s in srcs)))
    found += _freshness_notices(checklist, applicable, documents, today, language)
    found += _renewal_notices(checklist, documents, applicant, today)
    for item in checklist.advice:
        if applies(item, applicant, today)[0]:
            found.append(Notice(kind=NoticeKind.ADVICE, code="advice", requirement=item.id,
                                message=MESSAGES["advice"].format(title=item.text("title", language),
                                                                  hint=item.text("hint", language)),
                                sources=tuple(source_dict(s) for s in item.sources)))
    for note in checklist.notes:
        if note.verify:
            found.append(Notice(kind=NoticeKind.VERIFY, code="note_not_confirmed", verify=True, message=note.render(language),
                                sources=tuple(source_dict(s) for s in note.sources)))
    found += _question_notices(checklist, applicant, today)
    return tuple(found)


def thresholds_for(checklist: Checklist, applicant: Applicant, today: date) -> list[dict]:
    """The salary thresholds that hold on `today`: one per role and band, with how sure they are.

    The amount of the submission year when there is one; an undated amount, or the latest
    earlier year's, otherwise, marked `verify`. A known ICT role keeps only its amount; the
    under-30 band is shown while the age is unknown or under the limit.
    """
    groups: dict[tuple, list] = {}
    for spec, sources in checklist.thresholds:
        groups.setdefault((spec.role, spec.band), []).append((spec, sources))
    age = applicant.age_on(today)
    chosen = []
    for (role, band), entries in groups.items():
        if role is not None and applicant.ict_role is not None and role != applicant.ict_role:
            continue
        limit = checklist.bands.get(band).age_below if band and checklist.bands.get(band) else None
        if limit is not None and age is not None and age >= limit:
            continue
        exact = [e for e in entries if e[0].year == today.year]
        undated = [e for e in entries if e[0].year is None]
        earlier = sorted((e for e in entries if e[0].year is not None and e[0].year < today.year),
                         key=lambda e: e[0].year)
        later = sorted((e for e in entries if e[0].year is not None and e[0].year > today.year),
                       key=lambda e: e[0].year)
        spec, sources = (exact or undated or earlier[-1:] or later[:1])[0]
        old_year = spec.year is not None and spec.year != today.year
        chosen.append({"spec": spec, "sources": sources, "for_year": today.year, "old_year": old_year,
                       "verify": spec.verify or old_year or spec.year is None})
    order = {None: 0, "manager": 1, "specialist": 2, "trainee": 3}
    return sorted(chosen, key=lambda c: (order.get(c["spec"].role, 9), c["spec"].band or ""))


def _threshold_notices(checklist: Checklist, applicant: Applicant, today: date) -> list[Notice]:
    found = []
    for item in thresholds_for(checklist, applicant, today):
        spec, sources = item["spec"], item["sources"]
        hosts = _hosts(sources)
        if spec.year is None:
            stale = MESSAGES["threshold_undated"].format(hosts=hosts)
        elif item["old_year"]:
            stale = MESSAGES["threshold_old_year"].format(for_year=item["for_year"], year=spec.year, hosts=hosts)
        elif spec.verify:
            stale = MESSAGES["threshold_verify"].format(for_year=item["for_year"], hosts=hosts)
        else:
            stale = ""
        band = checklist.bands.get(spec.band) if spec.band else None
        message = MESSAGES["threshold"].format(
            role=f" ({spec.role})" if spec.role else "", band=f" ({band.text.get('en')})" if band else "",
            for_year=item["for_year"], amount=_amount(spec.amount), per=spec.per,
            kept=MESSAGES["threshold_kept"].format(kept_from=spec.kept_from) if spec.kept_from else "", stale=stale)
        params = (("amount", spec.amount), ("per", spec.per), ("year", spec.year), ("for_year", item["for_year"]),
                  ("role", spec.role), ("band", spec.band), ("kept_from", spec.kept_from))
        found.append(Notice(kind=NoticeKind.THRESHOLD, code="salary_threshold", message=message, verify=item["verify"],
                            params=params, sources=tuple(source_dict(s) for s in sources)))
        if spec.band == "under_30" and checklist.under_30_limits is not None:
            limits, limit_sources = checklist.under_30_limits
            found.append(Notice(kind=NoticeKind.THRESHOLD, code="under_30_limits", message=limits.text.get("en", ""),
                                sources=tuple(source_dict(s) for s in limit_sources)))
            if limits.turns_30_clause and applicant.birth_date is not None:
                full = next((c for c in thresholds_for(checklist, replace(applicant, birth_date=None), today)
                             if c["spec"].band is None and c["spec"].role == spec.role), None)
                birthday = _birthday(applicant.birth_date, 30)
                if full is not None and birthday > today:
                    found.append(Notice(
                        kind=NoticeKind.THRESHOLD, code="turns_30", sources=tuple(source_dict(s) for s in limit_sources),
                        params=(("birthday", birthday), ("amount", full["spec"].amount)),
                        message=MESSAGES["turns_30"].format(birthday=_day(birthday), amount=_amount(full["spec"].amount),
                                                            per=full["spec"].per,
                                                            day_before=_day(birthday - timedelta(days=1)))))
    return found


def _birthday(born: date, years: int) -> date:
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # born on 29 February
        return date(born.year + years, 3, 1)


def _freshness_notices(checklist: Checklist, applicable: list[Requirement], documents: tuple[Document, ...],
                       today: date, language: str) -> list[Notice]:
    """A document valid today that will be too old on the expected decision date (where age counts then)."""
    if checklist.decision is None or checklist.decision[0].freshness_at != "decision":
        return []
    rule, sources = checklist.decision
    decision = today + timedelta(days=rule.processing_days or 0)
    found = []
    for requirement in applicable:
        months = requirement.conditions.max_age_months
        if not months:
            continue
        valid = [d for d in documents if d.doc_type in requirement.documents and d.issue_date is not None
                 and add_months(today, -months) <= d.issue_date <= today]
        if not valid:
            continue
        newest = max(valid, key=lambda d: d.issue_date)
        if add_months(newest.issue_date, months) < decision:
            title = requirement.text("title", language)
            found.append(Notice(
                kind=NoticeKind.FRESHNESS, code="stale_at_decision", requirement=requirement.id,
                params=(("issued", newest.issue_date), ("decision", decision), ("months", months)),
                sources=tuple(source_dict(s) for s in sources),
                message=MESSAGES["stale_at_decision"].format(
                    lower=title.lower(), file=newest.label, issued=_day(newest.issue_date), months=months,
                    decision=_day(decision), processing=rule.processing_text.get(language) or
                    rule.processing_text.get("en", f"{rule.processing_days} days"), today=_day(today),
                    region=checklist.region.replace("-", " ").title())))
    return found


def _renewal_notices(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant,
                     today: date) -> list[Notice]:
    """The filing window before expiry, and whether today is in it (from the residence permit's expiry)."""
    if not applicant.renewal or checklist.renewal_window is None:
        return []
    window, sources = checklist.renewal_window
    cited = tuple(source_dict(s) for s in sources)
    expiries = [d.expiry_date for d in documents if d.doc_type == "residence_permit" and d.expiry_date]
    region = checklist.region.replace("-", " ").title()
    if not expiries:
        return [Notice(kind=NoticeKind.RENEWAL, code="renewal_window", sources=cited, message=MESSAGES["renewal_window"].format(
            region=region, earliest=window.earliest_months, latest=window.latest_months, dates=""))]
    expiry = max(expiries)
    start, end = add_months(expiry, -window.earliest_months), add_months(expiry, -window.latest_months)
    params = (("expiry", expiry), ("start", start), ("end", end))
    if today < start:
        return [Notice(kind=NoticeKind.RENEWAL, code="renewal_too_early", sources=cited, params=params,
                       message=MESSAGES["renewal_too_early"].format(expiry=_day(expiry), start=_day(start)))]
    if today > end:
        return [Notice(kind=NoticeKind.RENEWAL, code="renewal_late", sources=cited, params=params, verify=False,
                       message=MESSAGES["renewal_late"].format(expiry=_day(expiry), end=_day(end)))]
    return [Notice(kind=NoticeKind.RENEWAL, code="renewal_window", sources=cited, params=params,
                   message=MESSAGES["renewal_window"].format(
                       region=region, earliest=window.earliest_months, latest=window.latest_months,
                       dates=MESSAGES["renewal_window_dates"].format(expiry=_day(expiry), start=_day(start),
                                                                     end=_day(end))))]


def open_questions(checklist: Checklist, applicant: Applicant, today: date) -> list[str]:
    """The facts still unknown that would change what applies to this applicant (in FACT_NAMES order)."""
    named: set[str] = set()
    items = (*checklist.requirements, *checklist.advice)
    for requirement in items:
        whens = [requirement.applies_when, *requirement.only_when]
        for exemption, _ in requirement.exemptions:
            state, first_unknown = _when(exemption.when, applicant, today)
            if state == "partial":
                whens.append(exemption.when)
            elif state == "unknown" and first_unknown:  # ask the first fact: the rest matter only if it holds
                whens.append(When.model_validate({first_unknown: getattr(exemption.when, first_unknown)}))
        for when in whens:
            for name, _ in _conditions(when):
                fact = {"age_at_least": "birth_date", "age_below": "birth_date",
                        "nationality_in": "nationality"}.get(name, name)
                if fact in FACT_NAMES and applicant.fact(fact) is None:
                    named.add(fact)
        if requirement.legalise_outside_eea and applicant.issued_outside_eea is None:
            named.add("issued_outside_eea")
    if any(spec.role for spec, _ in checklist.thresholds) and applicant.ict_role is None:
        named.add("ict_role")
    return [name for name in FACT_NAMES if name in named]


def _question_notices(checklist: Checklist, applicant: Applicant, today: date) -> list[Notice]:
    return [Notice(kind=NoticeKind.QUESTION, code="question", params=(("fact", fact),),
                   message=MESSAGES["question"].format(question=_question(fact).rstrip("?"),
                                                       answer=ANSWERS.get(fact, fact)))
            for fact in open_questions(checklist, applicant, today)]
