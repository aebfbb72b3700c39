"""Shared result types: the vocabulary every stage speaks.

Stage-specific results live with their stage (`quality.PageQuality`, `ocr.OcrResult`,
`classify.Classification`, ...); what several stages and the report need is here.
All results are frozen: a later stage derives a new object instead of editing an old one,
so a result can be pickled to and from worker processes and cached by content hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


@dataclass(frozen=True)
class Reason:
    """Why a verdict was given: a stable `code` and its `params`, never a sentence (STYLE rule 3).

    The params are JSON-safe (texts, numbers, ISO dates, type and requirement ids, file names,
    lists, nested reasons as dicts) so a reason travels to worker processes, the review database
    and the JSON report unchanged. Sentences are made at the edges by `messages.render` in the
    reader's language; `message` is the English one, for logs of programs and the JSON report.
    The code must be registered in `messages.codes.CODES`, with exactly its parameters.
    """

    code: str
    params: dict = field(default_factory=dict, hash=False, compare=True)

    def __post_init__(self) -> None:
        from .messages.codes import CODES

        expected = CODES.get(self.code)
        if expected is None:
            raise ValueError(f"reason code '{self.code}' is not registered in docscan/messages/codes.py")
        if set(self.params) != set(expected):
            raise ValueError(f"reason '{self.code}' takes {sorted(expected)}, not {sorted(self.params)}")

    @classmethod
    def of(cls, code: str, **params: object) -> "Reason":
        return cls(code, {k: _json_safe(v) for k, v in params.items()})

    @classmethod
    def from_dict(cls, data: dict) -> "Reason":
        return cls(data["code"], dict(data.get("params") or {}))

    @property
    def message(self) -> str:
        """The English sentence (for programs and tests; people get `render(reason, lang)`)."""
        from .messages import render

        return render(self, "en")

    def render(self, language: str) -> str:
        from .messages import render

        return render(self, language)

    def to_dict(self) -> dict:
        """Code and params for programs, with the English message for convenience."""
        return {"code": self.code, "params": self.params, "message": self.message}

    def as_param(self) -> dict:
        """This reason nested as the parameter of another (JSON-safe)."""
        return {"code": self.code, "params": self.params}


def _json_safe(value: object) -> object:
    """Dates as ISO text, reasons as dicts, tuples as lists: what JSON and the database keep."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Reason):
        return value.as_param()
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    return value


class AuthenticationKind(StrEnum):
    """An apostille (Hague Convention of 5 October 1961), a Belgian consular legalisation (a
    sticker with a control number) or an e-legalisation (a signed PDF checkable on LegalWeb).
    `either` is what a document needs when the rules cannot tell which (issue 16)."""

    APOSTILLE = "apostille"
    LEGALISATION = "legalisation"
    E_LEGALISATION = "e-legalisation"
    EITHER = "either"


class CountrySource(StrEnum):
    """Where docscan took a document's issuing country from: its text (letterhead), its
    apostille's field 1, or a presumption from the passport's nationality or the language."""

    TEXT = "text"
    APOSTILLE = "apostille"
    PASSPORT = "passport"
    LANGUAGE = "language"


class SignatureState(StrEnum):
    """What a PDF signature or seal says about the document since it was signed.

    intact: the signed bytes are the whole document (or later updates only add validation data,
    as long-term archiving does), the digest matches and the signature verifies;
    additions: intact, but later updates add form-field values, comments or more signatures
    (allowed by PDF, yet drawn over the page: a person should look);
    modified: the document was changed after signing (the digest does not match, the signature
    does not verify, or a later update changes pages or content);
    unreadable: the signature could not be checked (damaged, or of a kind docscan does not know).
    """

    INTACT = "intact"
    ADDITIONS = "additions"
    MODIFIED = "modified"
    UNREADABLE = "unreadable"


#: Worst first: a file is as good as its worst signature.
_SIGNATURE_RANK = {SignatureState.MODIFIED: 0, SignatureState.UNREADABLE: 1, SignatureState.ADDITIONS: 2,
                   SignatureState.INTACT: 3}


@dataclass(frozen=True, kw_only=True)
class PdfSignature:
    """One signature or electronic seal of a PDF, as pyHanko judged it (`signatures.py`).

    `signer` and `organisation` come from the signing certificate's subject (common name,
    organisation) and are shown to the person checking the file, never logged. Whether that
    certificate is trusted is not judged here (`SignatureCheck.trust_checked`).
    """

    state: SignatureState
    #: "signature" (a signature or seal of a person or body), or "timestamp" (a document timestamp).
    kind: str = "signature"
    #: Whether the digest of the signed bytes matches the one signed (None: not computed).
    digest_ok: bool | None = None
    #: pyHanko's coverage: "entire_file", "entire_revision" (updates were added after it),
    #: "contiguous_block_from_start", "unclear" (None: not computed).
    coverage: str | None = None
    #: pyHanko's ModificationLevel of what came after the signed revision, lower case:
    #: "none", "lta_updates", "form_filling", "annotations", "other" (None: not computed).
    modification: str | None = None
    signer: str | None = None
    organisation: str | None = None
    #: ISO date-time of signing: from a trusted-looking timestamp token, else as the signer says.
    signed_at: str | None = None
    #: "timestamp" (an RFC 3161 token, not verified against a trust root) or "signer" (claimed).
    time_source: str | None = None
    #: Why it could not be checked (state unreadable).
    problem: Reason | None = None

    @property
    def signed_on(self) -> str | None:
        """The signing day (ISO), for the messages."""
        return self.signed_at[:10] if self.signed_at else None

    def to_dict(self) -> dict:
        return {"state": str(self.state), "kind": self.kind, "digest_ok": self.digest_ok, "coverage": self.coverage,
                "modification": self.modification, "signer": self.signer, "organisation": self.organisation,
                "signed_at": self.signed_at, "time_source": self.time_source,
                "problem": self.problem.to_dict() if self.problem else None}


@dataclass(frozen=True)
class SignatureCheck:
    """The signatures and seals of one PDF, or why they could not all be checked.

    `error` is set when the check could not run to its end (too long, too much memory, a
    structure pyHanko cannot read); the file's pages are read all the same.
    """

    signatures: tuple[PdfSignature, ...] = ()
    error: Reason | None = None
    #: Whether the signer's certificate chain was checked against trust roots. docscan has none
    #: configured and never fetches revocation data, so this is False: intact says "not changed
    #: since signing", not "signed by whom it claims".
    trust_checked: bool = False
    #: Signatures past `signatures.MAX_SIGNATURES`, counted but not checked.
    not_checked: int = 0

    @property
    def state(self) -> SignatureState | None:
        """The worst state among the signatures (None: the file has none)."""
        states = [s.state for s in self.signatures]
        if self.error is not None:
            states.append(SignatureState.UNREADABLE)
        return min(states, key=_SIGNATURE_RANK.__getitem__) if states else None

    @property
    def first_modified(self) -> PdfSignature | None:
        return next((s for s in self.signatures if s.state == SignatureState.MODIFIED), None)

    @classmethod
    def from_dict(cls, data: dict | None) -> "SignatureCheck | None":
        """Read back `to_dict` (the review database keeps documents as JSON)."""
        if not data:
            return None
        signatures = tuple(PdfSignature(
            state=SignatureState(s["state"]), kind=s.get("kind", "signature"), digest_ok=s.get("digest_ok"),
            coverage=s.get("coverage"), modification=s.get("modification"), signer=s.get("signer"),
            organisation=s.get("organisation"), signed_at=s.get("signed_at"), time_source=s.get("time_source"),
            problem=Reason.from_dict(s["problem"]) if s.get("problem") else None) for s in data.get("signatures", ()))
        error = Reason.from_dict(data["error"]) if data.get("error") else None
        return cls(signatures, error, bool(data.get("trust_checked")), int(data.get("not_checked") or 0))

    def to_dict(self) -> dict:
        return {"state": str(self.state) if self.state else None, "trust_checked": self.trust_checked,
                "signatures": [s.to_dict() for s in self.signatures],
                "error": self.error.to_dict() if self.error else None, "not_checked": self.not_checked}


class SalaryDoubt(StrEnum):
    """Why a salary reading cannot be compared with a threshold although a figure was read (issue 15).

    Each one sends the salary to review with the question a person asks; none is ever turned
    into a guess (`salary.reading_doubt`).
    """

    #: The words beside the figure name two periods ("annual ... EUR 4,000 a month").
    PERIOD_CONFLICT = "period_conflict"
    #: The words beside the figure say both gross and net.
    GROSS_CONFLICT = "gross_conflict"
    #: The amount is far outside what a wage of the period read can be (a month of EUR 48,000).
    PERIOD_UNUSUAL = "period_unusual"
    #: A salary figure of the document looks split or merged by OCR ("60, 600", "48.9120").
    FIGURE_SPLIT = "figure_split"
    #: The document states two different amounts of the same kind.
    AMOUNTS_DIFFER = "amounts_differ"
    #: A payslip row multiplies two figures into its pay, and which one is the hours is unclear.
    HOURLY_ROW_UNCLEAR = "hourly_row_unclear"


@dataclass(frozen=True, kw_only=True)
class SalaryStatement:
    """One amount a document states as the worker's pay (issue 15), and what it says it is.

    Each of `period` ("month", "year", "hour"), `gross` ("gross", "net") and `basis` ("base",
    "total") is None when the document does not say: the checklist then does not guess.
    `doubt` says why the words around the figure do not settle what it is (a `SalaryDoubt`).
    """

    amount: float
    currency: str
    period: str | None = None
    gross: str | None = None
    basis: str | None = None
    doubt: str | None = None

    def to_dict(self) -> dict:
        # `doubt` only when there is one: the report's schema only gains a key (docscan.report/2).
        data = {"amount": self.amount, "currency": self.currency, "period": self.period, "gross": self.gross,
                "basis": self.basis}
        return data | {"doubt": self.doubt} if self.doubt else data


@dataclass(frozen=True, kw_only=True)
class SalaryReading:
    """What a contract, payslip, form or assignment letter says about the pay (`salary.read_salary`).

    `statements` in reading order; `words_only` when a salary is written out in words with no
    figure ("trois mille sept cents euros"), which docscan does not turn into a number.
    """

    statements: tuple[SalaryStatement, ...] = ()
    words_only: bool = False
    hours_per_week: float | None = None
    #: Doubts about the document as a whole (`SalaryDoubt`): a salary figure OCR split apart is
    #: not read, and the document's other figures are then not trusted alone.
    doubts: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        data = {"statements": [s.to_dict() for s in self.statements], "words_only": self.words_only,
                "hours_per_week": self.hours_per_week}
        return data | {"doubts": list(self.doubts)} if self.doubts else data

    @classmethod
    def from_dict(cls, data: dict) -> "SalaryReading":
        return cls(statements=tuple(SalaryStatement(**s) for s in data.get("statements") or ()),
                   words_only=bool(data.get("words_only")), hours_per_week=data.get("hours_per_week"),
                   doubts=tuple(data.get("doubts") or ()))


@dataclass(frozen=True, kw_only=True)
class EntryBanReading:
    """What an annex 13sexies (or an order to leave) says about an entry ban (`removal.read_entry_ban`).

    None for what could not be read: the warning then says so instead of guessing a date.
    """

    notified: date | None = None
    years: int | None = None
    #: The words naming an entry ban that the text contains (an order to leave may mention one).
    mentions: tuple[str, ...] = ()
    #: The text says it was notified the same day as the decision (its own date is the notification's).
    notified_same_day: bool = False
    #: Different durations were read: the duration is unclear (never picked).
    durations: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        return {"notified": self.notified.isoformat() if self.notified else None, "years": self.years,
                "mentions": list(self.mentions), "notified_same_day": self.notified_same_day,
                "durations": list(self.durations)}

    @classmethod
    def from_dict(cls, data: dict) -> "EntryBanReading":
        notified = data.get("notified")
        return cls(notified=date.fromisoformat(notified) if notified else None, years=data.get("years"),
                   mentions=tuple(data.get("mentions") or ()), notified_same_day=bool(data.get("notified_same_day")),
                   durations=tuple(data.get("durations") or ()))


@dataclass(frozen=True, kw_only=True)
class PersonFields:
    """The worker's particulars as one document states them (issue 15): each None when not read.

    Personal data: kept out of `repr()`, never logged and never written to the JSON report
    except inside the reason that names both spellings. `certain` says whether the name was
    read with high confidence (a text layer, a proved zone, OCR words above the rules' level).
    """

    surname: str | None = field(default=None, repr=False)
    given_names: str | None = field(default=None, repr=False)
    #: A whole name whose surname is not told apart ("Lina VOORBEELD", "HADDAD Youssef").
    full_name: str | None = field(default=None, repr=False)
    birth_date: date | None = field(default=None, repr=False)
    #: An ICAO code ("MAR"), only when the document writes one.
    nationality: str | None = None
    passport_number: str | None = field(default=None, repr=False)
    certain: bool = False

    @property
    def has_name(self) -> bool:
        return bool(self.surname or self.full_name)

    @property
    def read_fields(self) -> tuple[str, ...]:
        """Which particulars were read (for the report: names of fields, never their values)."""
        names = ("name",) if self.has_name else ()
        return names + tuple(n for n in ("birth_date", "nationality", "passport_number") if getattr(self, n))


@dataclass(frozen=True, kw_only=True)
class EmployerFields:
    """The employer as one document states it: name, enterprise numbers (KBO/BCE) and accounts."""

    name: str | None = field(default=None, repr=False)
    #: Enterprise numbers next to an employer cue, 10 digits, whose check digits hold.
    enterprise_numbers: tuple[str, ...] = ()
    #: Every valid enterprise number anywhere in the document (a payslip's social secretariat too).
    all_enterprise_numbers: tuple[str, ...] = ()
    #: A labelled enterprise number whose check digits fail (a misread, or a made-up number).
    invalid_enterprise_number: bool = False
    #: IBANs (compact, upper case) whose check digits hold; the beneficiary's when labelled.
    ibans: tuple[str, ...] = field(default=(), repr=False)
    beneficiary_iban: str | None = field(default=None, repr=False)
    #: An IBAN-looking number whose check digits fail.
    invalid_iban: bool = False


class IdentityStatus(StrEnum):
    """What the comparison of one document with the bundle's reference concluded."""

    #: Same person (or employer): nothing to say.
    CONSISTENT = "consistent"
    #: A spelling variant, or one particular differs: a warning.
    VARIANT = "variant"
    #: The document seems to name someone else, but the facts are doubtful: a warning.
    DOUBT = "doubt"
    #: The document clearly names another person or employer: invalid for its requirement.
    OTHER = "other"
    #: Nothing could be compared (nothing read, or no reference).
    NOT_COMPARED = "not_compared"


class FieldComparison(StrEnum):
    """One particular of a document against the reference's (`IdentityFinding.fields`)."""

    SAME = "same"
    VARIANT = "variant"
    DIFFERENT = "different"
    #: Not read on one side (or too close to call, a passport number one character apart).
    NOT_COMPARED = "not_compared"


class FindingKind(StrEnum):
    """What was compared: the worker, the employer, or a fee's beneficiary account."""

    PERSON = "person"
    EMPLOYER = "employer"
    ACCOUNT = "account"


@dataclass(frozen=True, kw_only=True)
class IdentityFinding:
    """One comparison of a document with the bundle's reference (`kind`: "person" or "employer")."""

    kind: str
    status: IdentityStatus
    #: The reference document's label ("passport.jpg").
    reference: str | None = None
    #: Per particular: "same", "variant", "different", "not_compared" (no values: the report's).
    fields: dict = field(default_factory=dict, hash=False, compare=True)
    reason: Reason | None = None

    def to_dict(self) -> dict:
        return {"kind": str(self.kind), "status": str(self.status), "reference": self.reference,
                "fields": {name: str(value) for name, value in self.fields.items()}, "reason": self.reason.to_dict() if self.reason else None}


@dataclass(frozen=True)
class Document:
    """One document found in the bundle: a whole file, or a run of pages inside a file.

    This is what a checklist requirement is satisfied by. It carries the facts the checklist
    needs (dates, MRZ) so the checklist never goes back to the files.
    """

    file: str
    first_page: int
    last_page: int
    doc_type: str
    #: Type the file name or upload slot declared, if any.
    declared_type: str | None
    #: How the type was decided: "content", "declared" (content unreadable), or
    #: "declared_unconfirmed" (readable, but nothing in it confirms the declared type).
    type_source: str
    legible: bool
    #: False when the type was decided on thin evidence: an adviser should look.
    confident: bool
    issue_date: date | None = None
    expiry_date: date | None = None
    birth_date: date | None = None
    nationality: str | None = None
    #: None when the document has no machine-readable zone (or it could not be found).
    mrz_valid: bool | None = None
    #: Key fields of the zone whose check digit failed ("document_number", "birth_date",
    #: "expiry_date"): what a person must check against the data page when `mrz_valid` is False.
    mrz_uncertain_fields: tuple[str, ...] = ()
    #: The zone came from a PDF's text layer, so its characters are exactly what the document
    #: holds and a failing check digit is a fact about the document; False for a zone read by OCR,
    #: where one misread character is far likelier than a wrong digit on the document.
    mrz_exact: bool = False
    #: Remarks printed on a residence card (`card_remarks.find_remarks`: "single_permit",
    #: "labour_market_limited", ...); empty for other documents.
    card_remarks: tuple[str, ...] = ()
    #: The pay it states, for the documents `rules/salary.yaml` reads (None for the others).
    salary: SalaryReading | None = None
    #: An entry ban's notification and duration, for entry bans and orders to leave.
    entry_ban: EntryBanReading | None = None
    reasons: tuple[Reason, ...] = ()
    #: Content hash of the file, to tell a second copy of the same file from a second document.
    sha256: str = ""
    #: The file's PDF signatures and seals (None: not a PDF, or it has none).
    signatures: SignatureCheck | None = None
    #: The language of its text (ISO 639-1), None when too little was read to judge (issue 16).
    language: str | None = None
    #: Its text is mostly in a language outside French, Dutch, German and English.
    foreign_language: bool = False
    #: The script Tesseract's OSD named on a page its Latin models read poorly ("Arabic",
    #: "Cyrillic"...), when it is not Latin; None otherwise.
    script: str | None = None
    #: Its text holds a sworn translator's declaration.
    translation_declaration: bool = False
    #: The document recognised as its sworn translation (a label), when it needs one.
    translated_in: str | None = None
    #: The document this one is the sworn translation of (a label).
    translation_of: str | None = None
    #: The apostille or legalisation found for it (issue 16): on its own pages, or in the separate
    #: file `authenticated_in` names.
    authentication: AuthenticationKind | None = None
    #: The country its field 1 or letterhead names (ISO 3166-1 alpha-2), and where that came from;
    #: after the bundle is settled, possibly a presumption (`CountrySource`).
    issuing_country: str | None = None
    country_source: CountrySource | None = None
    #: A separate apostille or legalisation recognised as this document's (a label), and its kind.
    authenticated_in: str | None = None
    #: This document is an apostille or a legalisation of another document (its label).
    authenticates: str | None = None

    @property
    def needs_translation(self) -> bool:
        """In a language (or a script) other than the four accepted, without a translation found."""
        return (self.foreign_language or self.script is not None) and self.translated_in is None


    #: The worker and the employer as this document names them (issue 15); None when not looked for.
    person: PersonFields | None = None
    employer: EmployerFields | None = None
    #: What comparing them with the rest of the bundle concluded (`identity.check_documents`).
    identity: tuple[IdentityFinding, ...] = ()

    @property
    def identity_invalid(self) -> IdentityFinding | None:
        """The finding that makes this document invalid for its requirement (another person's), if any."""
        return next((f for f in self.identity if f.status == IdentityStatus.OTHER), None)

    @property
    def label(self) -> str:
        """The file, with the pages when the document is only part of it."""
        if self.first_page == self.last_page == 0:
            return self.file
        return f"{self.file} (pages {self.first_page}-{self.last_page})" if self.first_page != self.last_page \
            else f"{self.file} (page {self.first_page})"


#: The facts that decide which requirements apply, as the CLI (`--flag`), the bulk manifest
#: (column) and the page (widget) ask them. Each is None while unknown: an unknown fact never
#: drops a requirement (checklist.applies), it only leaves a question open.
FACT_NAMES = ("birth_date", "nationality", "in_belgium", "renewal", "change_of_status", "ict_role",
              "research_grant", "issued_outside_eea", "filed_by_agent", "stateless", "scholarship",
              "turkish_association")
ICT_ROLES = ("manager", "specialist", "trainee")


@dataclass(frozen=True, kw_only=True)
class Applicant:
    """Facts about the worker and the file that decide which requirements apply.

    Given by the user (`--in-belgium`, `--renewal`, `--birth-date`, ...) or read from the
    passport's MRZ (birth date, nationality); a given fact always wins over a read one, and
    `fact_sources` says where each known fact came from so the user can check and correct it.

    `in_belgium` and `renewal` default to False (a first application from abroad, the form's
    default answer); every other yes/no fact is None until somebody answers it.
    `confirmed` holds the ids of requirements docscan cannot recognise itself (the employer's ID
    copy, the mandate, a fee paid in a portal) that the user confirms are attached or done.
    """

    birth_date: date | None = None
    nationality: str | None = None
    in_belgium: bool = False
    renewal: bool = False
    #: A renewal with another permit type or another employer: the federal fee is due again.
    change_of_status: bool | None = None
    ict_role: str | None = None
    #: A researcher hosted on a grant, without an employment contract.
    research_grant: bool | None = None
    #: Whether any public document (criminal record, medical certificate) was issued outside the EEA.
    issued_outside_eea: bool | None = None
    filed_by_agent: bool | None = None
    stateless: bool | None = None
    scholarship: bool | None = None
    #: A Turkish national who is a beneficiary of the EU-Turkey Association agreement.
    turkish_association: bool | None = None
    confirmed: frozenset[str] = frozenset()
    #: Where birth date and nationality came from, for the report ("passport MRZ", "given").
    source: str | None = None
    #: Per fact: "given", "manifest", or the document it was read from.
    fact_sources: tuple[tuple[str, str], ...] = ()

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - int(before_birthday)

    def fact(self, name: str) -> object:
        """The value of one fact by its name in FACT_NAMES (None when unknown)."""
        if name not in FACT_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def source_of(self, name: str) -> str | None:
        return dict(self.fact_sources).get(name)

    def to_state(self) -> dict:
        """A JSON-safe form, read back by `from_state` (the review database keeps it)."""
        state = {name: self.fact(name) for name in FACT_NAMES}
        state["birth_date"] = self.birth_date.isoformat() if self.birth_date else None
        state["confirmed"] = sorted(self.confirmed)
        state["source"] = self.source
        state["fact_sources"] = dict(self.fact_sources)
        return state

    @classmethod
    def from_state(cls, state: dict) -> "Applicant":
        values = {name: state[name] for name in FACT_NAMES if name in state}
        if values.get("birth_date"):
            values["birth_date"] = date.fromisoformat(values["birth_date"])
        values["in_belgium"] = bool(values.get("in_belgium"))
        values["renewal"] = bool(values.get("renewal"))
        return cls(**values, confirmed=frozenset(state.get("confirmed") or ()), source=state.get("source"),
                   fact_sources=tuple(sorted((state.get("fact_sources") or {}).items())))


#: Words a spreadsheet or a YAML file may use for yes and no (Dutch and French too).
YES_WORDS = {"1", "yes", "y", "true", "x", "ja", "oui", "j", "o"}
NO_WORDS = {"0", "no", "n", "false", "nee", "non"}
#: Facts that are a plain yes or no (the others: birth_date, nationality, ict_role).
YES_NO_FACTS = tuple(name for name in FACT_NAMES if name not in ("birth_date", "nationality", "ict_role"))


def answers_to_applicant(values: dict, source: str) -> Applicant:
    """An `Applicant` from answers keyed by fact name (a manifest row, a bundle's `applicant:`).

    Empty or missing answers stay unknown (in_belgium and renewal: no). `confirmed` is a list or
    a text of ids separated by spaces, commas or semicolons. Raises ValueError naming the fact.
    """
    import re

    facts: dict = {}
    given: list[str] = []
    for name in YES_NO_FACTS:
        raw = values.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if isinstance(raw, bool):
            facts[name] = raw
        elif str(raw).strip().lower() in YES_WORDS:
            facts[name] = True
        elif str(raw).strip().lower() in NO_WORDS:
            facts[name] = False
        else:
            raise ValueError(f"{name} must be yes or no, not '{raw}'")
        given.append(name)
    role = str(values.get("ict_role") or "").strip().lower()
    if role:
        if role not in ICT_ROLES:
            raise ValueError(f"ict_role must be one of {', '.join(ICT_ROLES)}, not '{values['ict_role']}'")
        facts["ict_role"] = role
        given.append("ict_role")
    birth = values.get("birth_date")
    if birth:
        facts["birth_date"] = birth if isinstance(birth, date) else _parse_day(str(birth))
        given.append("birth_date")
    nationality = str(values.get("nationality") or "").strip().upper()
    if nationality:
        if not (len(nationality) == 3 and nationality.isalpha()):
            raise ValueError(f"nationality must be a 3-letter code such as TUR, not '{values['nationality']}'")
        facts["nationality"] = nationality
        given.append("nationality")
    confirmed = values.get("confirmed") or ()
    if isinstance(confirmed, str):
        confirmed = [c for c in re.split(r"[\s,;]+", confirmed) if c]
    facts["in_belgium"] = bool(facts.get("in_belgium"))
    facts["renewal"] = bool(facts.get("renewal"))
    return Applicant(**facts, confirmed=frozenset(confirmed),
                     source=source if ("birth_date" in facts or "nationality" in facts) else None,
                     fact_sources=tuple(sorted((name, source) for name in given)))


def _parse_day(text: str) -> date:
    """ISO dates, and the DD/MM/YYYY (or DD.MM.YYYY) a Belgian spreadsheet writes."""
    import re

    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text.strip())
    if match:
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            pass
    raise ValueError(f"birth_date '{text}' is not a date; write it as YYYY-MM-DD or DD/MM/YYYY")
