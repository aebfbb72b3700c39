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
from typing import Annotated, Iterator, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from .classify import load_rules
from .datafiles import load_model, read_yaml
from .errors import ConfigError, UsageError
from .messages import LANGUAGES, format_day, render, term
from .models import FACT_NAMES, ICT_ROLES, Applicant, Document, Reason, SalaryDoubt, SalaryStatement
from .salary import primary_statement, reading_doubt

#: Where the checklists live: beside the package in a checkout (where advisers edit them), else
#: the copy an installed wheel carries inside the package (setup.py); DOCSCAN_CHECKLISTS wins.
_CHECKOUT_CHECKLISTS = Path(__file__).resolve().parent.parent / "checklists"
_PACKAGED_CHECKLISTS = Path(__file__).resolve().parent / "checklists"
DEFAULT_CHECKLISTS_DIR = _CHECKOUT_CHECKLISTS if (_CHECKOUT_CHECKLISTS / "common.yaml").is_file() \
    else _PACKAGED_CHECKLISTS

REGIONS = ("flanders", "brussels", "wallonia", "german-speaking")
STATUSES = ("ok", "missing", "illegible", "invalid", "needs_review")
#: When several documents could satisfy a requirement, the best one decides.
_STATUS_RANK = {"ok": 0, "needs_review": 1, "invalid": 2, "illegible": 3, "missing": 4}
#: A source whose information is older than this is listed by `docscan permits --stale`.
STALE_AFTER_MONTHS = 12

Language = Literal["en", "fr", "nl", "de"]


def _every_language(value: dict) -> dict:
    """A text of the data is in all four languages, or absent: an applicant never gets English
    pasted into French, Dutch or German (issue 14)."""
    missing = [language for language in LANGUAGES if not value.get(language)]
    if value and missing:
        raise ValueError(f"missing the language(s) {', '.join(missing)} (every text is in en, fr, nl and de)")
    return value


Text = Annotated[dict[Language, str], AfterValidator(_every_language)]


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
    #: "salary": the pay stated in `documents` against the region's salary threshold (issue 15);
    #: added to a checklist only where the permit has thresholds in that region.
    kind: Literal["document", "declaration", "advice", "salary"] = "document"
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
    payee: Text
    indexed: Text | None = None
    check_on: Text
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


class SalaryRule(_Strict):
    """How a region compares a salary with its threshold (issue 15).

    `months_per_year`: the region's own conversion between a yearly and a monthly amount
    (Flanders divides yearly amounts by 13.92); without one, a salary stated for another period
    than the threshold's is not converted (needs review). `base_only`: only the base wage counts
    (Brussels, payroll code 1), so a total that includes other pay proves nothing above the threshold.
    """

    months_per_year: float | None = Field(default=None, ge=12, le=15)
    base_only: bool = False
    sources: tuple[str, ...] = Field(min_length=1)


class CommonRegion(_Strict):
    #: One line for the page, with {fee_from}, {renewal_earliest} and {renewal_latest} filled from the data.
    description: Text = {}
    description_sources: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    overrides: dict[str, Override] = {}
    decision: DecisionRule | None = None
    renewal_window: RenewalWindow | None = None
    salary: SalaryRule | None = None
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
        spec: RequirementSpec | CommonRegion  # a requirement in the first loop, a region in the second
        for req_id, spec in self.requirements.items():
            if spec.kind == "salary" and not spec.documents:
                raise ValueError(f"requirements.{req_id}: a salary requirement names the documents that state the pay")
            if spec.kind in ("document", "salary"):
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

    @property
    def reason(self) -> Reason:
        """The note as a reason: its text per language, with "not confirmed" when `verify`."""
        return Reason.of("note_not_confirmed" if self.verify else "note", text=dict(self.text))

    def render(self, language: str = "en") -> str:
        return render(self.reason, language)


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
    salary_rule: tuple[SalaryRule, tuple[Source, ...]] | None = None

    @property
    def note(self) -> dict:
        """The notes as one text per language (the page's and the report's 'note for this region')."""
        return {lang: " ".join(n.render(lang) for n in self.notes) for lang in LANGUAGES} if self.notes else {}


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
    if region_spec.salary_thresholds:  # issue 15: the salary is checked where there is a threshold
        ids += [r for r, item in common.requirements.items() if item.kind == "salary" and r not in region_spec.remove]
    overrides = [shared.overrides, spec.overrides, region_spec.overrides]
    requirements: list[Requirement] = []
    advice: list[Requirement] = []
    used_sources: list[str] = []
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
    if thresholds and shared.salary is not None:
        used_sources += list(shared.salary.sources)
    limits = region_spec.under_30_limits
    used_sources += [k for n in (*shared.notes, *spec.notes, *region_spec.notes) for k in n.sources]
    used_sources += [k for t in region_spec.salary_thresholds for k in t.sources]
    return Checklist(
        permit=permit, region=region, title=spec.title, summary=spec.summary, as_of=spec.as_of,
        requirements=tuple(requirements), advice=tuple(advice), sources=src(used_sources), notes=notes,
        thresholds=thresholds, under_30_limits=(limits, src(limits.sources)) if limits else None,
        decision=(shared.decision, src(shared.decision.sources)) if shared.decision else None,
        renewal_window=(shared.renewal_window, src(shared.renewal_window.sources)) if shared.renewal_window else None,
        bands=dict(common.bands), questions=dict(common.questions),
        salary_rule=(shared.salary, src(shared.salary.sources)) if shared.salary else None)


def region_description(region: str, language: str = "en", folder: Path | None = None) -> str:
    """The region's one line for the page, its values (dates, months) taken from the data."""
    common = load_common(folder)
    spec = common.regions.get(region, CommonRegion())
    text = spec.description.get(language) or spec.description.get("en", "")  # type: ignore[call-overload]
    starts = [a.from_ for req_id in spec.add if req_id in common.fees for a in common.fees[req_id].amounts if a.from_]
    window = spec.renewal_window
    values = {"fee_from": format_day(min(starts), language) if starts else "",
              "renewal_earliest": window.latest_months if window else "",
              "renewal_latest": window.earliest_months if window else ""}
    return text.format(**values)


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


#: How each fact is answered at the command line (the bulk manifest's columns have the fact's name).
ANSWERS = {"birth_date": "--birth-date", "nationality": "--nationality", "in_belgium": "--in-belgium",
           "renewal": "--renewal", "ict_role": "--ict-role"}
ANSWERS.update({name: f"--{name.replace('_', '-')} / --no-{name.replace('_', '-')}" for name in FACT_NAMES
                if name not in ANSWERS})

# What the checklist concludes is a `Reason` (a code of messages/codes.py with its params); the
# sentences, in the reader's language, are made at the edges from the message catalogues.


@dataclass(frozen=True)
class RequirementResult:
    """The verdict on one requirement, with the documents behind it and what to do (`reason`)."""

    id: str
    #: The requirement's English title (for programs); people get `messages.requirement_name`.
    title: str
    status: str
    files: tuple[str, ...]
    #: What to do, as a code and params (`too_old` with the dates, `missing` with the hint...).
    reason: Reason
    reasons: tuple[Reason, ...] = ()
    kind: str = "document"
    verify: bool = False
    sources: tuple[dict, ...] = ()

    @property
    def message(self) -> str:
        """The English sentence of `reason` (programs, tests); people get it rendered."""
        return self.reason.message

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "status": self.status, "files": list(self.files),
                "reason": self.reason.as_param(), "message": self.message,
                "reasons": [r.to_dict() for r in self.reasons], "kind": self.kind,
                "verify": self.verify, "sources": list(self.sources)}


@dataclass(frozen=True)
class NotRequired:
    """A requirement that does not apply to this applicant, and why."""

    id: str
    title: str
    reason: Reason
    verify: bool = False

    @property
    def message(self) -> str:
        return self.reason.message

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "reason": self.reason.as_param(), "message": self.message,
                "verify": self.verify}


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

    kind: threshold | fee | verify | reminder | freshness | renewal | advice | question;
    `code` names the notice, `reason` is what it says (a code and params, written at the edge).
    """

    kind: NoticeKind
    code: str
    reason: Reason
    requirement: str | None = None
    verify: bool = False
    sources: tuple[dict, ...] = ()

    @property
    def message(self) -> str:
        return self.reason.message

    @property
    def params(self) -> dict:
        return self.reason.params

    def to_dict(self) -> dict:
        return {"kind": self.kind, "code": self.code, "reason": self.reason.as_param(), "message": self.message,
                "requirement": self.requirement, "verify": self.verify, "params": dict(self.reason.params),
                "sources": list(self.sources)}


def source_dict(source: Source) -> dict:
    return {"title": source.title, "url": source.url, "as_of": source.as_of.isoformat(),
            "seen": source.seen.isoformat(), "undated": source.undated}


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


#: The facts whose "does not apply" has its own words (terms `not_applying.<fact>.yes|no`).
_NOT_APPLYING = ("in_belgium", "renewal", "filed_by_agent", "research_grant", "issued_outside_eea")


def _why_not(name: str, when: When, applicant: Applicant, today: date) -> Reason:
    if name == "age_at_least":
        return Reason.of("not_required_age", age=applicant.age_on(today), limit=when.age_at_least)
    if name == "from_date":
        assert when.from_date is not None  # _when names only the conditions that are set
        return Reason.of("not_required_from", day=when.from_date)
    if name in _NOT_APPLYING:
        wanted = getattr(when, name)
        if name == "renewal":
            return Reason("only_for_renewal") if wanted else Reason("not_for_renewal")
        return Reason.of("not_required_fact", why=f"not_applying.{name}.{'yes' if wanted else 'no'}")
    return Reason.of("not_required_mismatch", fact=name)


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


def applies(requirement: Requirement, applicant: Applicant, today: date) -> tuple[bool, Reason | None]:
    """Whether the requirement applies to this applicant, and the reason when it does not.

    When a fact is unknown (no readable passport, no birth date, a question not answered) the
    requirement applies: asking for a document that turns out to be unnecessary costs less than
    a rejected file. An exemption counts only when every fact it names is known.
    """
    applicable, why, _ = _applies(requirement, applicant, today)
    return applicable, why


def _applies(requirement: Requirement, applicant: Applicant, today: date) -> tuple[bool, Reason | None, bool]:
    """`applies`, plus whether the exemption that drops it was not confirmed (`verify`)."""
    for when in (requirement.applies_when, *requirement.only_when):
        state, failing = _when(when, applicant, today)
        if state == "fails":
            return False, _why_not(failing or "", when, applicant, today), False
    found = _exemption(requirement, applicant, today)
    if found is not None:
        exemption, sources = found
        why = f"exemption.{exemption.reason}"
        if exemption.verify:
            return False, Reason.of("exempt_verify", why=why, sources=_hosts(sources)), True
        return False, Reason.of("exempt", why=why), False
    return True, None, False


def _per_language(text_of) -> dict[str, str]:
    """A text the data gives per language, for a reason's params: {"en": ..., "fr": ..., ...}."""
    return {language: text_of(language) for language in LANGUAGES}


def requirement_hint(requirement: Requirement, today: date, language: str = "en") -> str:
    """The hint with the amount of the fee it proves for the submission date, when it proves one."""
    hint = requirement.text("hint", language)
    if requirement.fee is not None:
        hint = f"{hint} {render(fee_sentence(requirement.fee, today)[1], language)}".strip()
    return hint


def fee_sentence(fee: FeeSpec, today: date) -> tuple[bool, Reason]:
    """(confirmed, reason) for the fee due on `today`: an amount only when a source gives it for that year."""
    # `or date.min` is never taken (only dated amounts are kept); it tells mypy the key is a date.
    dated = sorted((a for a in fee.amounts if a.from_ is not None and a.from_ <= today),
                   key=lambda a: a.from_ or date.min)
    yearly = {a.year: a for a in fee.amounts if a.year is not None}
    current = yearly.get(today.year) or (dated[-1] if dated else None)
    if current is not None and current.candidates:
        return False, Reason.of("fee_candidates", candidates=list(current.candidates), check_on=fee.check_on)
    if current is not None and current.amount is not None and not current.verify:
        return True, Reason.of("fee_confirmed", year=today.year, amount=current.amount, payee=fee.payee)
    earlier = [a for y, a in sorted(yearly.items()) if y < today.year and a.amount is not None]
    last = Reason.of("fee_last_known", amount=earlier[-1].amount, last_year=earlier[-1].year,
                     indexed=fee.indexed or _YEARLY) if earlier else None
    return False, Reason.of("fee_not_confirmed", year=today.year, check_on=fee.check_on, last=last)


#: A fee indexed without a stated day.
_YEARLY = {"en": "yearly", "fr": "chaque année", "nl": "jaarlijks", "de": "jährlich"}


def evaluate(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant, today: date,
             language: str = "en") -> tuple[tuple[RequirementResult, ...], tuple[NotRequired, ...]]:
    """Judge every requirement of the checklist against the documents found."""
    results, skipped = [], []
    for requirement in checklist.requirements:
        title = requirement.text("title", language)
        applicable, why_not, verify = _applies(requirement, applicant, today)
        if not applicable:
            if why_not is not None:  # _applies always says why when it drops a requirement
                skipped.append(NotRequired(requirement.id, title, why_not, verify))
            continue
        if requirement.kind == "salary":
            results.append(judge_salary(checklist, requirement, title, documents, applicant, today))
            continue
        result = judge(requirement, title, documents, today, language, applicant)
        sources = tuple(source_dict(s) for s in (*requirement.sources, *requirement.fee_sources))
        unconfirmed_fee = requirement.fee is not None and not fee_sentence(requirement.fee, today)[0]
        results.append(RequirementResult(result.id, result.title, result.status, result.files, result.reason,
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
    req = requirement.id
    hint = _per_language(lambda lang: requirement.text("hint", lang))
    fee = fee_sentence(requirement.fee, today)[1] if requirement.fee is not None else None
    if requirement.kind == "declaration":
        if requirement.id in applicant.confirmed:
            reason = Reason.of("confirmed_by_user", requirement=req)
            return RequirementResult(req, title, "ok", (), reason, (reason,))
        confirm = _per_language(lambda lang: requirement.confirm.get(lang) or term("confirm.attached", lang))
        reason = Reason.of("not_recognisable", requirement=req, confirm=confirm, option=f"--confirm {req}",
                           hint=hint, fee=fee)
        return RequirementResult(req, title, "needs_review", (), reason, (reason,))
    candidates = [d for d in documents if d.doc_type in requirement.documents and d.authenticates is None]
    # A sworn translation stands beside its original (issue 16): it is not a second candidate.
    originals = [d for d in candidates if d.translation_of is None]
    candidates = originals or candidates
    if not candidates:
        ask = _exemption_to_ask(requirement, applicant, today)
        if ask is not None:
            exemption, sources, unknown = ask
            reason = Reason.of("exemption_unsettled", requirement=req, fact=unknown, option=ANSWERS.get(unknown, unknown),
                               sources=_hosts(sources))
            return RequirementResult(req, title, "needs_review", (), reason, (reason,))
        reason = Reason.of("missing", requirement=req, hint=hint, fee=fee)
        return RequirementResult(req, title, "missing", (), reason, (reason,))
    authenticity = {id(doc): authentication_verdict(requirement, doc, applicant) for doc in candidates}
    verdicts = sorted((_judge_document(requirement, doc, today, authenticity[id(doc)]) + (doc,) for doc in candidates),
                      key=lambda v: _STATUS_RANK[v[0]])
    status, reason, best = verdicts[0]
    files = tuple(dict.fromkeys(v[2].label for v in verdicts))
    ok_documents = {v[2].sha256 or v[2].label: v[2] for v in verdicts if v[0] == "ok"}
    if len(ok_documents) > 1:
        reason = Reason.of("several_candidates", requirement=req, count=len(ok_documents),
                           files=[doc.label for doc in ok_documents.values()])
        return RequirementResult(req, title, "needs_review", files, reason, (reason,))
    translated = tuple(Reason.of("translation_found", file=doc.label, language=doc.language or "und",
                                 translation=doc.translated_in)
                       for doc in candidates if doc.translated_in is not None and doc.translated_in != doc.label)
    translated += tuple(Reason.of("translation_in_file", file=doc.label, language=doc.language or "und")
                        for doc in candidates if doc.translated_in is not None and doc.translated_in == doc.label)
    # What docscan found or missed of an apostille or legalisation, beside a verdict it did not decide.
    authenticated = tuple(v[1] for v in authenticity.values() if v is not None and v[1] != reason)
    return RequirementResult(req, title, status, files, reason,
                             (() if status == "ok" else (reason,)) + translated + authenticated)


#: Key fields of a machine-readable zone (`Document.mrz_uncertain_fields`) as the messages name them.
MRZ_FIELD_TERMS = {"document_number": "mrz_field.number", "birth_date": "mrz_field.birth",
                   "expiry_date": "mrz_field.expiry"}


def _zone_not_proved(requirement: str, where: str, fields: tuple[str, ...], exact: bool) -> tuple[str, Reason]:
    """(status, reason) for a zone whose key fields are not all proved by their check digits.

    The reason names the field(s) to compare with the data page (issue 11: "the document number
    could not be read with certainty"), because one misread character is far likelier than a
    forged zone and a rescan rarely helps. So a zone read by OCR is a doubt of docscan's
    (`needs_review`), never a fact about the document; only a zone taken from a PDF's text layer,
    whose characters are exact, makes the document `invalid`. Without field names (a document
    built before they were recorded) the generic verdict stands.
    """
    status = "invalid" if exact else "needs_review"
    known = [MRZ_FIELD_TERMS[name] for name in fields if name in MRZ_FIELD_TERMS]
    if not known:
        return status, Reason.of("mrz_invalid", requirement=requirement, file=where)
    return status, Reason.of("mrz_field_uncertain", requirement=requirement, file=where, fields=known)


def _judge_document(requirement: Requirement, doc: Document, today: date,
                    authenticity: tuple[bool, Reason] | None = None) -> tuple[str, Reason]:
    """(status, reason) for one candidate document (`authenticity`: `authentication_verdict`'s)."""
    req, where = requirement.id, doc.label
    translation = _translation_verdict(req, where, doc)
    # A page in another script reads as few Latin "words": it is not illegible, it is foreign.
    if not doc.legible and doc.script is not None:
        if translation is not None:
            return translation
    elif not doc.legible:
        why = [r for r in doc.reasons if r.code not in ("matched", "matched_against")] or [Reason("text_unreadable")]
        return "illegible", Reason.of("illegible", requirement=req, file=where, why=why)

    other = doc.identity_invalid
    if other is not None and other.reason is not None:
        # Another person's document, another employer's, a fee paid to another account (issue 15):
        # a fact, not a doubt (identity.compare decides only on proved differences).
        return "invalid", other.reason
    conditions = requirement.conditions
    if conditions.mrz_valid and doc.mrz_valid is False:
        return _zone_not_proved(req, where, doc.mrz_uncertain_fields, doc.mrz_exact)
    if conditions.not_expired and doc.expiry_date is not None and doc.expiry_date < today:
        return "invalid", Reason.of("expired", requirement=req, file=where, expiry=doc.expiry_date)
    if conditions.max_age_months:
        months = conditions.max_age_months
        limit = add_months(today, -months)
        if doc.issue_date is None:
            # A date docscan could not find in a foreign document: the translation is the fix.
            return translation or ("needs_review", Reason.of("date_not_found", requirement=req, file=where,
                                                              months=months, limit=limit))
        if doc.issue_date > today:
            return "needs_review", Reason.of("date_in_future", requirement=req, file=where, issued=doc.issue_date)
        if doc.issue_date < limit:
            return "invalid", Reason.of("too_old", requirement=req, file=where, issued=doc.issue_date,
                                        months=months, limit=limit)
    if conditions.not_expired and doc.expiry_date is None:
        return "needs_review", Reason.of("expiry_not_found", requirement=req, file=where)
    if translation is not None:
        return translation
    if authenticity is not None and authenticity[0]:
        return "needs_review", authenticity[1]
    modified = doc.signatures.first_modified if doc.signatures else None
    if modified is not None:
        # A sealed document changed after sealing (issue 16): what it says can no longer be
        # relied on, whatever it says; the issuer's original file settles it.
        from .signatures import signer_reason, signing_day_reason

        return "needs_review", Reason.of("signed_pdf_modified", requirement=req, file=where,
                                         who=signer_reason(modified), when=signing_day_reason(modified))
    if doc.type_source == "declared_unconfirmed":
        return "needs_review", Reason.of("type_unconfirmed", requirement=req, file=where)
    if not doc.confident:
        return "needs_review", Reason.of("low_confidence", requirement=req, file=where)
    return "ok", Reason.of("present", requirement=req, file=where)


def _translation_verdict(req: str, where: str, doc: Document) -> tuple[str, Reason] | None:
    """(needs_review, why) for a document that needs a sworn translation and has none, else None.

    Attachments must be in French, Dutch, German or English, or come with a sworn translation
    (rules/languages.yaml, with its sources): such a document is never "ok" silently.
    """
    if not doc.needs_translation:
        return None
    if doc.foreign_language and doc.language:
        return "needs_review", Reason.of("needs_translation", requirement=req, file=where, language=doc.language)
    return "needs_review", Reason.of("needs_translation_script", requirement=req, file=where, script=doc.script or "")


def authentication_verdict(requirement: Requirement, doc: Document, applicant: Applicant) -> tuple[bool, Reason] | None:
    """(whether the document is held back, why) about its apostille or legalisation, or None.

    Public documents (`rules/authentication.yaml`, and the requirements the checklists mark
    `legalise_outside_eea`) issued outside the EEA need an apostille or a legalisation,
    depending on the issuing country. Held back: the one needed is absent (or an apostille
    where only a legalisation will do), or the document is foreign and its country unknown (a
    question, never an assumption). Not held back: the one found is named in the reasons. A
    document in one of the four languages whose text names no country stays as it was: the
    legalisation reminder asks the question.
    """
    from . import authentication

    rules = authentication.load_authentication_rules()
    if not (requirement.legalise_outside_eea or doc.doc_type in rules.public_documents):
        return None
    if applicant.issued_outside_eea is False:
        return None
    req, where = requirement.id, doc.label
    found = doc.authentication
    country = doc.issuing_country
    needed = authentication.required_kind(country, rules) if country else None
    if country is not None and needed is None:
        return None
    if found is not None and country is not None and not authentication.satisfies(found, needed):
        return True, Reason.of("apostille_not_enough", requirement=req, file=where, country=country)
    if found is not None:
        return False, Reason.of("authentication_found", file=where, kind=f"authentication.{found}",
                                where=doc.authenticated_in or where)
    source = f"country_source.{doc.country_source or 'text'}"
    if country is not None and needed is not None:
        return True, Reason.of(f"needs_{needed.value}", requirement=req, file=where, country=country, source=source)
    if applicant.issued_outside_eea:
        return True, Reason.of("needs_authentication_outside_eea", requirement=req, file=where)
    if doc.foreign_language or doc.script is not None:
        return True, Reason.of("issuing_country_unknown", requirement=req, file=where,
                               option=ANSWERS["issued_outside_eea"])
    return None


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (31 Aug - 6 months = 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------------------------------------
# Notices: amounts, reminders, facts to verify, open questions


def notices(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant, today: date,
            language: str = "en") -> tuple[Notice, ...]:
    """What the checklist data tells this applicant besides the statuses, for the submission date.

    Salary thresholds for the year (per role and age band), fee amounts (or that they were not
    confirmed), legalisation reminders, documents that will be too old at the expected decision
    date, the renewal window, "where asked" advice, facts marked `verify`, and the questions
    whose answers would change what applies. (`language` is kept for callers: notices are
    reasons, written in any language at the edge.)
    """
    found: list[Notice] = []
    found += _threshold_notices(checklist, applicant, today)
    applicable = [r for r in checklist.requirements if applies(r, applicant, today)[0]]
    for requirement in applicable:
        sources = tuple(source_dict(s) for s in requirement.sources)
        if requirement.fee is not None:
            confirmed, sentence = fee_sentence(requirement.fee, today)
            found.append(Notice(kind=NoticeKind.FEE if confirmed else NoticeKind.VERIFY, code="fee_confirmed" if confirmed
                                else "fee_not_confirmed", requirement=requirement.id, verify=not confirmed,
                                reason=Reason.of("fee_notice", requirement=requirement.id, fee=sentence),
                                sources=tuple(source_dict(s) for s in requirement.fee_sources)))
        if requirement.verify:
            extra = _per_language(lambda lang, hints=requirement.extra_hints: " ".join(h.get(lang) or h.get("en", "") for h in hints))
            found.append(Notice(kind=NoticeKind.VERIFY, code="verify_requirement", requirement=requirement.id, verify=True,
                                reason=Reason.of("verify_requirement", requirement=requirement.id, hint=extra),
                                sources=sources))
        if requirement.legalise_outside_eea and applicant.issued_outside_eea is not False:
            code = "legalise_known" if applicant.issued_outside_eea else "legalise_unknown"
            reason = Reason.of(code, requirement=requirement.id) if applicant.issued_outside_eea else \
                Reason.of(code, requirement=requirement.id, option=ANSWERS["issued_outside_eea"])
            found.append(Notice(kind=NoticeKind.REMINDER, code=code, requirement=requirement.id, sources=sources,
                                reason=reason))
    for requirement in checklist.requirements:
        applicable_now, why, verify = _applies(requirement, applicant, today)
        if not applicable_now and verify and why is not None:
            found.append(Notice(kind=NoticeKind.VERIFY, code="exempt_verify", requirement=requirement.id, verify=True,
                                reason=Reason.of("requirement_note", requirement=requirement.id, note=why),
                                sources=tuple(source_dict(s) for e, srcs in requirement.exemptions for s in srcs)))
    found += _freshness_notices(checklist, applicable, documents, today)
    found += _renewal_notices(checklist, documents, applicant, today)
    for item in checklist.advice:
        if applies(item, applicant, today)[0]:
            found.append(Notice(kind=NoticeKind.ADVICE, code="advice", requirement=item.id,
                                reason=Reason.of("advice", requirement=item.id,
                                                 hint=_per_language(lambda lang, item=item: item.text("hint", lang))),
                                sources=tuple(source_dict(s) for s in item.sources)))
    for note in checklist.notes:
        if note.verify:
            found.append(Notice(kind=NoticeKind.VERIFY, code="note_not_confirmed", verify=True, reason=note.reason,
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
        limit = checklist.bands[band].age_below if band and checklist.bands.get(band) else None
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
            stale = Reason.of("threshold_undated", hosts=hosts)
        elif item["old_year"]:
            stale = Reason.of("threshold_old_year", for_year=item["for_year"], year=spec.year, hosts=hosts)
        elif spec.verify:
            stale = Reason.of("threshold_verify", for_year=item["for_year"], hosts=hosts)
        else:
            stale = None
        band = checklist.bands.get(spec.band) if spec.band else None
        reason = Reason.of(
            "salary_threshold", role=Reason.of("threshold_role", role=f"role.{spec.role}") if spec.role else None,
            band=Reason.of("threshold_band", band=band.text) if band else None, for_year=item["for_year"],
            amount=spec.amount, per=f"per.{spec.per}",
            kept=Reason.of("threshold_kept", kept_from=spec.kept_from) if spec.kept_from else None, stale=stale)
        found.append(Notice(kind=NoticeKind.THRESHOLD, code="salary_threshold", reason=reason, verify=item["verify"],
                            sources=tuple(source_dict(s) for s in sources)))
        if spec.band == "under_30" and checklist.under_30_limits is not None:
            limits, limit_sources = checklist.under_30_limits
            found.append(Notice(kind=NoticeKind.THRESHOLD, code="under_30_limits",
                                reason=Reason.of("under_30_limits", text=limits.text),
                                sources=tuple(source_dict(s) for s in limit_sources)))
            if limits.turns_30_clause and applicant.birth_date is not None:
                full = next((c for c in thresholds_for(checklist, replace(applicant, birth_date=None), today)
                             if c["spec"].band is None and c["spec"].role == spec.role), None)
                birthday = _birthday(applicant.birth_date, 30)
                if full is not None and birthday > today:
                    found.append(Notice(
                        kind=NoticeKind.THRESHOLD, code="turns_30", sources=tuple(source_dict(s) for s in limit_sources),
                        reason=Reason.of("turns_30", birthday=birthday, amount=full["spec"].amount,
                                         per=f"per.{full['spec'].per}", day_before=birthday - timedelta(days=1))))
    return found


def _birthday(born: date, years: int) -> date:
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # born on 29 February
        return date(born.year + years, 3, 1)


def _freshness_notices(checklist: Checklist, applicable: list[Requirement], documents: tuple[Document, ...],
                       today: date) -> list[Notice]:
    """A document valid today that will be too old on the expected decision date (where age counts then)."""
    if checklist.decision is None or checklist.decision[0].freshness_at != "decision":
        return []
    rule, sources = checklist.decision
    decision = today + timedelta(days=rule.processing_days or 0)
    processing = _per_language(lambda lang: rule.processing_text.get(lang) or rule.processing_text.get("en")
                               or f"{rule.processing_days} d")
    found = []
    for requirement in applicable:
        months = requirement.conditions.max_age_months
        if not months:
            continue
        valid = [d for d in documents if d.doc_type in requirement.documents and d.issue_date is not None
                 and add_months(today, -months) <= d.issue_date <= today]
        if not valid:
            continue
        newest = max(valid, key=lambda d: d.issue_date or date.min)  # `or`: never taken, all are dated
        assert newest.issue_date is not None  # `valid` keeps only documents with an issue date
        if add_months(newest.issue_date, months) < decision:
            found.append(Notice(
                kind=NoticeKind.FRESHNESS, code="stale_at_decision", requirement=requirement.id,
                sources=tuple(source_dict(s) for s in sources),
                reason=Reason.of("stale_at_decision", requirement=requirement.id, file=newest.label,
                                 issued=newest.issue_date, months=months, decision=decision, processing=processing,
                                 today=today, region=checklist.region)))
    return found


def _renewal_notices(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant,
                     today: date) -> list[Notice]:
    """The filing window before expiry, and whether today is in it (from the residence permit's expiry)."""
    if not applicant.renewal or checklist.renewal_window is None:
        return []
    window, sources = checklist.renewal_window
    cited = tuple(source_dict(s) for s in sources)
    expiries = [d.expiry_date for d in documents if d.doc_type == "residence_permit" and d.expiry_date]
    region = checklist.region
    if not expiries:
        return [Notice(kind=NoticeKind.RENEWAL, code="renewal_window", sources=cited, reason=Reason.of(
            "renewal_window", region=region, earliest=window.earliest_months, latest=window.latest_months, dates=None))]
    expiry = max(expiries)
    start, end = add_months(expiry, -window.earliest_months), add_months(expiry, -window.latest_months)
    if today < start:
        return [Notice(kind=NoticeKind.RENEWAL, code="renewal_too_early", sources=cited,
                       reason=Reason.of("renewal_too_early", expiry=expiry, start=start))]
    if today > end:
        return [Notice(kind=NoticeKind.RENEWAL, code="renewal_late", sources=cited, verify=False,
                       reason=Reason.of("renewal_late", expiry=expiry, end=end))]
    return [Notice(kind=NoticeKind.RENEWAL, code="renewal_window", sources=cited, reason=Reason.of(
        "renewal_window", region=region, earliest=window.earliest_months, latest=window.latest_months,
        dates=Reason.of("renewal_window_dates", expiry=expiry, start=start, end=end)))]


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
    return [Notice(kind=NoticeKind.QUESTION, code="question",
                   reason=Reason.of("question", fact=fact, option=ANSWERS.get(fact, fact)))
            for fact in open_questions(checklist, applicant, today)]


# ---------------------------------------------------------------------------------------------
# The salary against the threshold (issue 15)

#: Weeks in a year, to turn an hourly wage with its weekly hours into a month (52 / 12 weeks).
WEEKS_PER_YEAR = 52


def monthly_from_hourly(rate: float, hours_per_week: float) -> float:
    """An hourly wage's month at its weekly hours (a week times 52 / 12: 38 h is 164,67 h a month)."""
    return rate * hours_per_week * WEEKS_PER_YEAR / 12


#: Two amounts closer than this (in EUR) are the same amount (rounding of cents).
_SAME_AMOUNT = 0.01


def judge_salary(checklist: Checklist, requirement: Requirement, title: str, documents: tuple[Document, ...],
                 applicant: Applicant, today: date) -> RequirementResult:
    """The salary the documents state against the thresholds that hold for this applicant.

    `ok` or `invalid` only when both sides are sure: the salary is read with its currency (EUR),
    gross, its period (or the hours for an hourly wage), converted only as the region's data says,
    and every threshold that may apply (age band, ICT role unknown) is confirmed for the year and
    falls on the same side. Everything else is `needs_review`, with both figures when there are two.
    """
    items = thresholds_for(checklist, applicant, today)
    age = applicant.age_on(today)
    banded = {item["spec"].role for item in items if item["spec"].band and age is not None}
    if banded and checklist.under_30_limits is None:
        # The worker is in an age band (thresholds_for keeps a band only under its limit) and the
        # region's data gives the band no conditions: the band's amount is the one that applies.
        items = [item for item in items if item["spec"].band or item["spec"].role not in banded]
    rule = checklist.salary_rule[0] if checklist.salary_rule else None
    sources = _unique(tuple(source_dict(s) for s in (
        *requirement.sources, *(src for item in items for src in item["sources"]),
        *(checklist.salary_rule[1] if checklist.salary_rule else ()))))
    verify = any(item["verify"] for item in items)
    thresholds = [_threshold_reason(checklist, item, today) for item in items]

    def result(status: str, reason: Reason, files: tuple[str, ...] = ()) -> RequirementResult:
        return RequirementResult(requirement.id, title, status, files, reason, (reason,), requirement.kind, verify,
                                 sources)

    order = {doc_type: i for i, doc_type in enumerate(requirement.documents)}
    read = sorted((d for d in documents if d.doc_type in order and d.salary is not None),
                  key=lambda d: order[d.doc_type])
    stated: list[tuple[Document, SalaryStatement]] = []
    for doc in read:
        primary = _primary(doc, rule)
        if primary is not None:
            stated.append((doc, primary))
    if not stated:
        words = next((d for d in read if d.salary is not None and d.salary.words_only), None)
        if words is not None:
            return result("needs_review", Reason.of("salary_words_only", doc_type=words.doc_type, file=words.label,
                                                    thresholds=thresholds), (words.label,))
        return result("needs_review", Reason.of("salary_not_found", documents=list(requirement.documents),
                                                thresholds=thresholds), tuple(d.label for d in read))
    document, statement = stated[0]
    files = tuple(dict.fromkeys(d.label for d, _ in stated))
    said = _stated(document, statement)
    for other, other_statement in stated[1:]:
        if (other_statement.period, other_statement.gross, other_statement.currency) == \
                (statement.period, statement.gross, statement.currency) \
                and abs(other_statement.amount - statement.amount) > _SAME_AMOUNT:
            return result("needs_review", Reason.of("salary_disagree", stated=said,
                                                    other=_stated(other, other_statement)), files)
    doubt = _reading_doubt(statement, document)
    if doubt is not None:
        return result("needs_review", Reason.of("salary_doubt", stated=said, thresholds=thresholds, doubt=doubt), files)
    compared = []
    for item in items:
        spec = item["spec"]
        # A contract that states the pay for the threshold's period too ("EUR 4,000 a month, EUR
        # 55,680 a year") is taken at its word for that period rather than converted.
        value, how = _convert(_for_period(document, statement, spec.per), document, spec.per, rule)
        if value is None:
            # No conversion in the data: another document of the file may state the pay for the
            # threshold's period (the application form's yearly amount beside a monthly contract).
            elsewhere = next(((d, s) for d, _ in stated[1:] for s in (d.salary.statements if d.salary else ())
                              if s.period == spec.per and s.gross == statement.gross
                              and s.currency == statement.currency), None)
            if elsewhere is not None:
                value, how = elsewhere[1].amount, Reason.of("salary_stated_elsewhere", stated=_stated(*elsewhere))
        if value is None:
            value, how = _twelve_months_suffice(statement, document, spec)
        if value is None:
            doubt = Reason.of("salary_no_conversion", per=f"salary_per.{statement.period}",
                              threshold_per=f"salary_per.{spec.per}", region=checklist.region,
                              ask=_conversion_question(statement, document, spec.per))
            return result("needs_review", Reason.of("salary_doubt", stated=said, thresholds=thresholds, doubt=doubt),
                          files)
        compared.append((item, value, how))
    converted = _converted_reason(compared[0][1], compared[0][0]["spec"].per, compared[0][2])
    met = [value + _SAME_AMOUNT / 2 >= item["spec"].amount for item, value, _ in compared]
    if rule is not None and rule.base_only and statement.basis == "total" and any(met):
        doubt = Reason.of("salary_total_not_base", region=checklist.region)
        return result("needs_review", Reason.of("salary_doubt", stated=said, thresholds=thresholds, doubt=doubt), files)
    if all(met) or not any(met):
        outcome = "meets" if all(met) else "below"
        if verify:
            # A threshold not confirmed for the year (kept from an earlier year, undated) never makes a
            # salary `invalid`: below it, a person decides. Met, the salary is `ok` with the verify
            # flag and the sentence saying the amount is not confirmed, as a fee proof is when the
            # year's fee is not confirmed (checklist.evaluate), so a complete file stays possible.
            stale = [_stale_reason(item) for item in items if item["verify"]]
            return result("ok" if all(met) else "needs_review",
                          Reason.of("salary_unconfirmed", stated=said, converted=converted, thresholds=thresholds,
                                    outcome=f"salary_outcome.{outcome}", stale=stale[0]), files)
        code = "salary_meets" if all(met) else "salary_below"
        return result("ok" if all(met) else "invalid", Reason.of(code, stated=said, converted=converted,
                                                                  thresholds=thresholds), files)
    fact = "ict_role" if len({item["spec"].role for item in items}) > 1 else "birth_date"
    if fact == "birth_date" and applicant.birth_date is not None and checklist.under_30_limits is not None:
        # Under 30 and between the two amounts: the reduced rate has conditions (not for seconded
        # workers, a clause at the 30th birthday) that no document here proves.
        conditions = Reason.of("under_30_limits", text=checklist.under_30_limits[0].text)
        return result("needs_review", Reason.of("salary_depends_band", stated=said, converted=converted,
                                                thresholds=thresholds, conditions=conditions), files)
    return result("needs_review", Reason.of("salary_depends", stated=said, converted=converted, thresholds=thresholds,
                                            fact=fact, option=ANSWERS.get(fact, fact)), files)


def _primary(document: Document, rule: SalaryRule | None) -> SalaryStatement | None:
    assert document.salary is not None  # judge_salary keeps only documents that were read
    return primary_statement(document.salary, base_only=bool(rule and rule.base_only), doc_type=document.doc_type)


def _for_period(document: Document, statement: SalaryStatement, per: str) -> SalaryStatement:
    """The document's statement for period `per` of the same kind (gross, currency, basis) as
    `statement`, or `statement` itself when the document states none."""
    assert document.salary is not None
    return next((s for s in document.salary.statements if s.period == per and s.gross == statement.gross
                 and s.currency == statement.currency and s.basis == statement.basis), statement)


def _stated(document: Document, statement: SalaryStatement) -> Reason:
    return Reason.of("salary_stated", doc_type=document.doc_type, file=document.label,
                     amount={"amount": statement.amount, "currency": statement.currency},
                     gross=f"salary_gross.{statement.gross}" if statement.gross else None,
                     per=f"salary_per.{statement.period}" if statement.period else None,
                     basis=f"salary_basis.{statement.basis}" if statement.basis else None)


def _reading_doubt(statement: SalaryStatement, document: Document) -> Reason | None:
    """Why the reading itself cannot decide (never `ok` nor `invalid` on a doubtful reading): a
    doubt the reader found (`salary.reading_doubt`: words that disagree, a figure split by OCR,
    an amount unusual for its period, two amounts), then what the reading lacks."""
    if statement.doubt:
        return Reason(f"salary_{statement.doubt}")
    lacking = _reading_lacks(statement, document)
    if lacking is not None:
        return lacking
    found = reading_doubt(statement, document.salary) if document.salary is not None else None
    if found is None:
        return None
    doubt, other = found
    if doubt == SalaryDoubt.AMOUNTS_DIFFER and other is not None:
        return Reason.of("salary_amounts_differ", other={"amount": other.amount, "currency": other.currency})
    if doubt == SalaryDoubt.PERIOD_UNUSUAL:
        return Reason.of("salary_period_unusual", per=f"salary_per.{statement.period}")
    return Reason(f"salary_{doubt}")


def _reading_lacks(statement: SalaryStatement, document: Document) -> Reason | None:
    """What the reading lacks to be compared: a currency in euros, the gross, a period, the hours."""
    if not statement.currency:
        return Reason("salary_currency_unstated")
    if statement.currency != "EUR":
        return Reason.of("salary_other_currency", currency=statement.currency)
    if statement.gross == "net":
        return Reason("salary_net_only")
    if statement.gross is None:
        return Reason("salary_gross_unstated")
    if statement.period is None:
        return Reason("salary_period_unclear")
    if statement.period == "hour" and (document.salary is None or document.salary.hours_per_week is None):
        return Reason("salary_hours_unknown")
    return None


def _convert(statement: SalaryStatement, document: Document, per: str,
             rule: SalaryRule | None) -> tuple[float | None, Reason | None]:
    """The stated amount for the threshold's period (`per`), and how it was converted; None
    when the region's data gives no conversion between the two periods."""
    amount, period, how = statement.amount, statement.period, None
    if period == "hour":
        hours = document.salary.hours_per_week if document.salary else None
        assert hours is not None  # _reading_doubt sends an hourly wage without hours to review
        amount, period = monthly_from_hourly(amount, hours), "month"
        how = Reason.of("salary_by_hours", hours=hours)
    if period == per:
        return round(amount, 2), how
    months = rule.months_per_year if rule else None
    if months is None:
        return None, None
    by_months = Reason.of("salary_by_months", months=months)
    how = Reason.of("salary_by_hours_and_months", hours=how.params["hours"], months=months) if how else by_months
    return round(amount * months if per == "year" else amount / months, 2), how


def _twelve_months_suffice(statement: SalaryStatement, document: Document,
                           spec: ThresholdSpec) -> tuple[float | None, Reason | None]:
    """Twelve months of a monthly wage against a yearly threshold where the region's data gives no
    conversion (Wallonia, the German-speaking Community): a year's gross pay holds at least twelve
    months' wage, and a 13th month or holiday pay only add to it, so twelve months at or above the
    threshold meet it however the region counts. Below it, nothing is decided (None)."""
    if spec.per != "year":
        return None, None
    monthly, by_hours = _convert(statement, document, "month", None)
    if monthly is None or monthly * 12 + _SAME_AMOUNT / 2 < spec.amount:
        return None, None
    return round(monthly * 12, 2), Reason.of("salary_twelve_months_at_least", by_hours=by_hours)


def _conversion_question(statement: SalaryStatement, document: Document, per: str) -> Reason | None:
    """The question a person answers where the data has no conversion (Wallonia and the
    German-speaking Community state yearly thresholds only; Brussels monthly ones): the yearly
    gross pay, of which twelve months of the stated wage are the part docscan knows; or the
    monthly base wage, a yearly amount's twelfth being only a hint (it may hold a 13th month)."""
    monthly, _ = _convert(statement, document, "month", None)
    if per == "year" and monthly is not None:
        return Reason.of("salary_ask_yearly", amount={"amount": round(monthly * 12, 2), "currency": "EUR"})
    if per == "month" and statement.period == "year":
        return Reason.of("salary_ask_monthly", amount={"amount": round(statement.amount / 12, 2), "currency": "EUR"})
    return None


def _converted_reason(value: float, per: str, how: Reason | None) -> Reason | None:
    if how is None:
        return None
    return Reason.of("salary_converted", amount={"amount": value, "currency": "EUR"}, per=f"salary_per.{per}", how=how)


def _threshold_reason(checklist: Checklist, item: dict, today: date) -> Reason:
    spec = item["spec"]
    band = checklist.bands.get(spec.band) if spec.band else None
    return Reason.of("salary_threshold_is", year=item["for_year"], permit=dict(checklist.title),
                     region=checklist.region,
                     role=Reason.of("threshold_role", role=f"role.{spec.role}") if spec.role else None,
                     band=Reason.of("threshold_band", band=band.text) if band else None,
                     amount={"amount": spec.amount, "currency": "EUR"}, per=f"salary_per.{spec.per}")


def _stale_reason(item: dict) -> Reason:
    spec, hosts = item["spec"], _hosts(item["sources"])
    if spec.year is None:
        return Reason.of("threshold_undated", hosts=hosts)
    if item["old_year"]:
        return Reason.of("threshold_old_year", for_year=item["for_year"], year=spec.year, hosts=hosts)
    return Reason.of("threshold_verify", for_year=item["for_year"], hosts=hosts)
