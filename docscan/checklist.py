"""Checklists: which documents a permit type needs, and whether the bundle has them.

The checklists are YAML data in `checklists/` (one file per permit type plus `common.yaml`
for the requirements they share), validated on load so an error names the file and the
field. This module holds no list of documents: it only knows how to read the data and how to
judge one requirement against the documents found.

A requirement's status is one of:
  ok            a legible, valid document of the right type is there
  missing       no document of that type
  illegible     the only candidates cannot be read
  invalid       too old, expired, or its machine-readable zone is wrong
  needs_review  docscan cannot settle it alone (type uncertain, date not found, two candidates)
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .classify import load_rules
from .datafiles import load_model, read_yaml
from .errors import ConfigError, UsageError
from .models import Applicant, Document, Reason

#: Where the checklists live: next to the package in a checkout, or DOCSCAN_CHECKLISTS.
DEFAULT_CHECKLISTS_DIR = Path(__file__).resolve().parent.parent / "checklists"

REGIONS = ("flanders", "brussels", "wallonia", "german-speaking")
STATUSES = ("ok", "missing", "illegible", "invalid", "needs_review")
#: When several documents could satisfy a requirement, the best one decides.
_STATUS_RANK = {"ok": 0, "needs_review": 1, "invalid": 2, "illegible": 3, "missing": 4}

Language = Literal["en", "fr", "nl", "de"]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    url: str | None = None
    as_of: date


class Conditions(BaseModel):
    """What makes a present document valid."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_age_months: int | None = Field(default=None, ge=1, le=60)
    not_expired: bool = False
    mrz_valid: bool = False


class AppliesWhen(BaseModel):
    """Facts about the applicant under which the requirement applies (all must hold)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    age_at_least: int | None = Field(default=None, ge=0, le=120)
    nationality_not: tuple[str, ...] = ()
    in_belgium: bool | None = None
    renewal: bool | None = None

    @field_validator("nationality_not")
    @classmethod
    def _codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"'{code}' is not an ICAO 3-letter nationality code")
        return value


class RequirementSpec(BaseModel):
    """A requirement as written in `common.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: dict[Language, str]
    hint: dict[Language, str] = {}
    documents: tuple[str, ...] = ()
    conditions: Conditions = Conditions()
    applies_when: AppliesWhen = AppliesWhen()
    sources: tuple[str, ...] = Field(min_length=1)


class CommonFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    sources: dict[str, Source]
    requirements: dict[str, RequirementSpec]

    @model_validator(mode="after")
    def _references(self) -> "CommonFile":
        known_types = set(load_rules().type_ids)
        for req_id, spec in self.requirements.items():
            for type_id in spec.documents or (req_id,):
                if type_id not in known_types:
                    raise ValueError(f"requirements.{req_id}: unknown document type '{type_id}'")
            for key in spec.sources:
                if key not in self.sources:
                    raise ValueError(f"requirements.{req_id}.sources: unknown source '{key}'")
        return self


class SalaryThreshold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: float = Field(gt=0)
    per: Literal["year", "month"]
    year: int = Field(ge=2000, le=2100)


class RegionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    note: dict[Language, str] = {}
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    salary_threshold: SalaryThreshold | None = None
    sources: tuple[str, ...] = ()


class PermitFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: dict[Language, str]
    summary: dict[Language, str]
    as_of: date
    requirements: tuple[str, ...] = Field(min_length=1)
    regions: dict[str, RegionSpec]

    @field_validator("regions")
    @classmethod
    def _regions(cls, value: dict) -> dict:
        unknown = set(value) - set(REGIONS)
        if unknown:
            raise ValueError(f"unknown region(s) {sorted(unknown)}; known: {', '.join(REGIONS)}")
        return value


@dataclass(frozen=True)
class Requirement:
    """One resolved requirement of a permit in a region."""

    id: str
    title: dict
    hint: dict
    documents: tuple[str, ...]
    conditions: Conditions
    applies_when: AppliesWhen
    sources: tuple[Source, ...]

    def text(self, field: str, language: str = "en") -> str:
        values = getattr(self, field)
        return values.get(language) or values.get("en", "")


@dataclass(frozen=True)
class Checklist:
    """The requirements of one permit type in one region, with where they come from."""

    permit: str
    region: str
    title: dict
    summary: dict
    note: dict
    as_of: date
    requirements: tuple[Requirement, ...]
    salary_threshold: SalaryThreshold | None
    sources: tuple[Source, ...]


def checklists_dir() -> Path:
    return Path(os.environ.get("DOCSCAN_CHECKLISTS", DEFAULT_CHECKLISTS_DIR))


def permit_ids(folder: Path | None = None) -> tuple[str, ...]:
    """The permit types there are checklists for, sorted."""
    folder = folder or checklists_dir()
    return tuple(sorted(p.stem for p in folder.glob("*.yaml") if p.stem != "common"))


@lru_cache(maxsize=64)
def load_checklist(permit: str, region: str, folder: Path | None = None) -> Checklist:
    """Load, validate and resolve the checklist of `permit` in `region`.

    Raises `UsageError` for an unknown permit or region (the user's mistake) and
    `ConfigError` for an invalid file (the data's mistake), naming the file and the field.
    """
    folder = folder or checklists_dir()
    if region not in REGIONS:
        raise UsageError(f"unknown region '{region}'; choose one of: {', '.join(REGIONS)}")
    known = permit_ids(folder)
    if permit not in known:
        raise UsageError(f"unknown permit type '{permit}'; choose one of: {', '.join(known)}")
    common = load_model(folder / "common.yaml", CommonFile)
    path = folder / f"{permit}.yaml"
    spec = load_model(path, PermitFile)
    if spec.id != permit:
        raise ConfigError(f"{path}: field 'id': is '{spec.id}' but the file is named '{permit}.yaml'")
    region_spec = spec.regions.get(region, RegionSpec())
    ids = [r for r in (*spec.requirements, *region_spec.add) if r not in region_spec.remove]
    requirements = []
    for req_id in dict.fromkeys(ids):
        if req_id not in common.requirements:
            raise ConfigError(f"{path}: field 'requirements': '{req_id}' is not defined in common.yaml")
        item = common.requirements[req_id]
        requirements.append(Requirement(req_id, item.title, item.hint, item.documents or (req_id,),
                                        item.conditions, item.applies_when,
                                        tuple(common.sources[key] for key in item.sources)))
    for key in region_spec.sources:
        if key not in common.sources:
            raise ConfigError(f"{path}: field 'regions.{region}.sources': unknown source '{key}'")
    sources = tuple(common.sources[key] for key in dict.fromkeys(
        [k for item in ids for k in common.requirements[item].sources] + list(region_spec.sources)))
    return Checklist(permit, region, spec.title, spec.summary, region_spec.note, spec.as_of,
                     tuple(requirements), region_spec.salary_threshold, sources)


def validate_all(folder: Path | None = None) -> list[str]:
    """Load every permit in every region; returns the permit ids. Used by tests and `docscan checklists`."""
    folder = folder or checklists_dir()
    read_yaml(folder / "common.yaml")
    permits = list(permit_ids(folder))
    for permit in permits:
        for region in REGIONS:
            load_checklist(permit, region, folder)
    return permits


# ---------------------------------------------------------------------------------------------
# Judging a bundle


@dataclass(frozen=True)
class RequirementResult:
    """The verdict on one requirement, with the documents behind it and what to do."""

    id: str
    title: str
    status: str
    files: tuple[str, ...]
    message: str
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "status": self.status, "files": list(self.files),
                "message": self.message, "reasons": [r.to_dict() for r in self.reasons]}


@dataclass(frozen=True)
class NotRequired:
    """A requirement that does not apply to this applicant, and why."""

    id: str
    title: str
    message: str

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "message": self.message}


def applies(requirement: Requirement, applicant: Applicant, today: date) -> tuple[bool, str]:
    """Whether the requirement applies to this applicant, and the reason when it does not.

    When a fact is unknown (no readable passport, no birth date) the requirement applies:
    asking for a document that turns out to be unnecessary costs less than a rejected file.
    """
    rule = requirement.applies_when
    age = applicant.age_on(today)
    if rule.age_at_least is not None and age is not None and age < rule.age_at_least:
        return False, f"not required: the worker is {age} (under {rule.age_at_least})"
    if applicant.nationality and applicant.nationality in rule.nationality_not:
        return False, f"not required for nationals of {applicant.nationality}"
    if rule.in_belgium is not None and applicant.in_belgium != rule.in_belgium:
        return False, ("not required: the worker does not live in Belgium yet" if rule.in_belgium
                       else "not required: the worker already lives in Belgium")
    if rule.renewal is not None and applicant.renewal != rule.renewal:
        return False, ("not required for a renewal" if applicant.renewal else "only required for a renewal")
    return True, ""


def evaluate(checklist: Checklist, documents: tuple[Document, ...], applicant: Applicant, today: date,
             language: str = "en") -> tuple[tuple[RequirementResult, ...], tuple[NotRequired, ...]]:
    """Judge every requirement of the checklist against the documents found."""
    results, skipped = [], []
    for requirement in checklist.requirements:
        title = requirement.text("title", language)
        applicable, why_not = applies(requirement, applicant, today)
        if not applicable:
            skipped.append(NotRequired(requirement.id, title, why_not[0].upper() + why_not[1:] + "."))
            continue
        results.append(judge(requirement, title, documents, today, language))
    return tuple(results), tuple(skipped)


def judge(requirement: Requirement, title: str, documents: tuple[Document, ...], today: date,
          language: str = "en") -> RequirementResult:
    """The status of one requirement: the best of its candidate documents decides."""
    candidates = [d for d in documents if d.doc_type in requirement.documents]
    if not candidates:
        return RequirementResult(requirement.id, title, "missing", (), (
            f"{title} missing: no file in the bundle is one. {requirement.text('hint', language)}"),
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


def _judge_document(requirement: Requirement, title: str, doc: Document, today: date):
    """(status, message, reasons) for one candidate document."""
    where = doc.label
    if not doc.legible:
        why = "; ".join(r.message for r in doc.reasons if r.code not in ("matched",)) or "the text cannot be read"
        return ("illegible", f"The {title.lower()} ({where}) cannot be read: {why}.",
                [Reason("illegible", why)])

    conditions = requirement.conditions
    if conditions.mrz_valid and doc.mrz_valid is False:
        return ("invalid", f"The {title.lower()} ({where}) has a machine-readable zone whose check digits "
                "are wrong. Rescan the data page flat and sharp; if it stays wrong, have the passport checked.",
                [Reason("mrz_check_digit", "check digits of the machine-readable zone are wrong")])
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
