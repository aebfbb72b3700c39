"""`docscan eval` on documents from abroad (issue 16): `foreign.csv`, the truth of corpus D.

A corpus may carry, beside its `labels.csv`, a `foreign.csv` (`#` comment lines, then one row per
file: `path, split, model, group, region, permit, doc_type, is_translation, translation_of,
language, script, issuing_country, needs_translation, translation_present,
authentication_needed, authentication_present, authentication_where, signature, signer,
expected, sha256, notes`). Each `group` is what one applicant submits: docscan's check runs on
the group's files together (for its region and permit), as an adviser would run it, and each
file is then compared with its row:

* translation flagged: the file's document needs a sworn translation and none was linked
  (recall over the rows that need one and have none; false flags over all the other rows);
* translation linked: an original whose translation is in the group is linked to that file;
* authentication flagged, per kind (apostille, legalisation): the check holds the document back
  for a missing apostille or legalisation (recall, the kind named right, false flags);
* signature: the PDF's signature state (`none`, `intact`, `altered`) as docscan judged it;
* expected: the officer's conclusion for the file (`ok`, or `needs_translation`,
  `needs_apostille`, `needs_legalisation`, `signature_altered` joined by `+`).

The figures count only on documents written independently of the rules they measure (STYLE
rule 9): corpus D is written by another author from the issue's text, not from docscan's rules.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import UsageError
from .evaluate_facts import read_rows
from .models import Applicant, SignatureState
from .pipeline import PageCache, check_bundle
from .report import Report
from .settings import Settings

FOREIGN_COLUMNS = ("path", "split", "model", "group", "region", "permit", "doc_type", "is_translation",
                   "translation_of", "language", "script", "issuing_country", "needs_translation",
                   "translation_present", "authentication_needed", "authentication_present",
                   "authentication_where", "signature", "signer", "expected", "sha256", "notes")

#: The reason codes (messages/codes.py) that hold a document back for its apostille or
#: legalisation, and the kind each one asks for ("either": the check named none).
FLAG_KINDS = {"needs_apostille": "apostille", "needs_legalisation": "legalisation",
              "apostille_not_enough": "legalisation", "needs_either": "either",
              "needs_authentication_outside_eea": "either"}
KINDS = ("apostille", "legalisation")


def has_foreign_labels(corpus: Path) -> bool:
    return (corpus / "foreign.csv").exists()


@dataclass(frozen=True, kw_only=True)
class Observation:
    """What docscan's check of the group concluded about one file."""

    translation_flagged: bool
    #: The file (path as in foreign.csv) its sworn translation was recognised in, if any.
    translated_in: str | None
    #: The kind of authentication the check held the document back for, if any.
    authentication_flagged: str | None
    signature: str
    #: The officer's conclusion as docscan's findings spell it (sorted, "ok" when none).
    expected: str


@dataclass
class ForeignScore:
    files: int = 0
    translation_needed: int = 0
    translation_flagged: int = 0
    translation_false: int = 0
    translation_negatives: int = 0
    translation_present: int = 0
    translation_linked: int = 0
    #: Per kind: needed and absent, flagged (any kind), flagged with this kind, false flags.
    authentication: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in KINDS})
    authentication_false: int = 0
    authentication_negatives: int = 0
    signature_right: int = 0
    expected_right: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass
class ForeignEvaluation:
    text: str
    scores: dict[str, ForeignScore]
    missed: list[str]


def load_rows(path: Path) -> list[dict]:
    """The truth rows, values stripped; a missing column stops the run with the file's name."""
    return [{k: (v or "").strip() for k, v in row.items()} for row in read_rows(path, FOREIGN_COLUMNS)]


def run(corpus: Path, settings: Settings, cache: PageCache | None = None, *, split: str = "test",
        today: date | None = None) -> ForeignEvaluation:
    """Check every group of `foreign.csv` (of `split`, or all) and score each file against its row."""
    if cache is None:
        with tempfile.TemporaryDirectory(prefix="docscan-eval-foreign-") as folder:
            return run(corpus, settings, PageCache(folder), split=split, today=today)
    today = today or date(2026, 11, 15)
    rows = [r for r in load_rows(corpus / "foreign.csv") if split in ("all", r["split"])]
    absent = [r["path"] for r in rows if not (corpus / r["path"]).exists()]
    if absent:
        raise UsageError(f"{len(absent)} files of foreign.csv are not there (first: {corpus / absent[0]})")
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["group"] or row["path"], []).append(row)
    scores: dict[str, ForeignScore] = {}
    for members in groups.values():
        first = members[0]
        report = check_bundle([corpus / r["path"] for r in members], first["permit"], first["region"], today=today,
                              applicant=Applicant(), settings=settings, cache=cache)
        observed = observe(report, members)
        translations = {r["translation_of"]: r["path"] for r in members if r["is_translation"] == "yes"}
        for row in members:
            score_row(row, observed[row["path"]], scores.setdefault(row["split"] or "-", ForeignScore()),
                      translations.get(row["path"]))
    missed = targets(scores)
    return ForeignEvaluation(_table(corpus, scores, missed), scores, missed)


def observe(report: Report, members: list[dict]) -> dict[str, Observation]:
    """Each member file's observation, from the report of its group (files named by base name)."""
    by_name = {Path(r["path"]).name: r["path"] for r in members}
    flagged: dict[str, str] = {}
    for requirement in report.requirements:
        for reason in requirement.reasons:
            kind = FLAG_KINDS.get(reason.code)
            where = str(reason.params.get("file", "")).split(" (page")[0]
            if kind is not None and where in by_name:
                flagged.setdefault(by_name[where], kind)
    observed = {}
    for result in report.files:
        path = by_name.get(result.path)
        if path is None:
            continue
        documents = result.documents
        translated = next((d.translated_in for d in documents if d.translated_in), None)
        state = result.signatures.state if result.signatures else None
        signature = "none" if state is None else "altered" if state == SignatureState.MODIFIED else "intact"
        needs_translation = any(d.needs_translation for d in documents)
        findings = {"needs_translation"} if needs_translation else set()
        kind = flagged.get(path)
        if kind in KINDS:
            findings.add(f"needs_{kind}")
        if signature == "altered":
            findings.add("signature_altered")
        observed[path] = Observation(
            translation_flagged=needs_translation,
            translated_in=by_name.get((translated or "").split(" (page")[0], translated),
            authentication_flagged=kind, signature=signature, expected="+".join(sorted(findings)) or "ok")
    return observed


def score_row(row: dict, seen: Observation, score: ForeignScore, translation: str | None = None) -> None:
    """Count one file's observation against its truth row (`translation`: the path of its sworn
    translation in the group, per the truth)."""
    name = Path(row["path"]).name
    score.files += 1
    needs = row["needs_translation"] == "yes" and row["translation_present"] != "yes"
    if needs:
        score.translation_needed += 1
        score.translation_flagged += seen.translation_flagged
        if not seen.translation_flagged:
            score.misses.append(f"{name}: translation needed, not flagged")
    else:
        score.translation_negatives += 1
        score.translation_false += seen.translation_flagged
        if seen.translation_flagged:
            score.misses.append(f"{name}: translation flagged, none needed")
    if row["needs_translation"] == "yes" and row["translation_present"] == "yes":
        score.translation_present += 1
        right = seen.translated_in is not None and (translation is None or seen.translated_in == translation)
        score.translation_linked += right
        if not right:
            score.misses.append(f"{name}: its translation is in the group, not linked")
    needed, present = row["authentication_needed"], row["authentication_present"]
    absent = needed in KINDS and not _satisfied(present, needed)
    if absent:
        counts = score.authentication[needed]
        counts[0] += 1
        counts[1] += seen.authentication_flagged is not None
        counts[2] += seen.authentication_flagged == needed
        if seen.authentication_flagged != needed:
            score.misses.append(f"{name}: {needed} needed and absent, flagged {seen.authentication_flagged or 'nothing'}")
    else:
        score.authentication_negatives += 1
        if seen.authentication_flagged is not None:
            score.authentication_false += 1
            score.misses.append(f"{name}: flagged {seen.authentication_flagged}, truth needed {needed} "
                                f"present {present or 'none'}")
    truth_signature = row["signature"] or "none"
    score.signature_right += seen.signature == truth_signature
    if seen.signature != truth_signature:
        score.misses.append(f"{name}: signature {seen.signature}, truth {truth_signature}")
    truth_expected = "+".join(sorted(row["expected"].split("+"))) if row["expected"] not in ("", "ok") else "ok"
    score.expected_right += seen.expected == truth_expected
    if seen.expected != truth_expected:
        score.misses.append(f"{name}: expected {truth_expected}, docscan {seen.expected}")


def _satisfied(present: str, needed: str) -> bool:
    if needed == "legalisation":
        return present in ("legalisation", "e-legalisation")
    return present == needed


def targets(scores: dict[str, ForeignScore]) -> list[str]:
    """Issue 16's targets on the test split: every document needing a translation or an
    authentication flagged, none flagged that needs none, every signature state right."""
    score = scores.get("test")
    if score is None:
        return []
    missed = []
    if score.translation_flagged < score.translation_needed or score.translation_false:
        missed.append("foreign: translations flagged")
    flagged = sum(c[1] for c in score.authentication.values())
    if flagged < sum(c[0] for c in score.authentication.values()) or score.authentication_false:
        missed.append("foreign: apostilles/legalisations flagged")
    if score.signature_right < score.files:
        missed.append("foreign: signature states")
    return missed


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "-"


def _table(corpus: Path, scores: dict[str, ForeignScore], missed: list[str]) -> str:
    lines = [f"Documents from abroad (issue 16), corpus {corpus}, foreign.csv:"]
    if not scores:
        lines.append("  (no rows for this split)")
    header = f"  {'split':<6} {'files':>5}  {'measure':<34} {'right / of':>14}  {'false flags':>12}"
    for split, s in sorted(scores.items()):
        lines.append(header)
        rows = [("translation flagged (recall)", _ratio(s.translation_flagged, s.translation_needed),
                 _ratio(s.translation_false, s.translation_negatives)),
                ("translation linked", _ratio(s.translation_linked, s.translation_present), "")]
        for kind in KINDS:
            absent, any_kind, right_kind = s.authentication[kind]
            rows.append((f"{kind} flagged (recall)", _ratio(any_kind, absent), ""))
            rows.append((f"{kind} flagged with its kind", _ratio(right_kind, absent), ""))
        rows.append(("apostille/legalisation, none needed", "", _ratio(s.authentication_false, s.authentication_negatives)))
        rows += [("signature state right", _ratio(s.signature_right, s.files), ""),
                 ("expected outcome right", _ratio(s.expected_right, s.files), "")]
        for i, (measure, right, false) in enumerate(rows):
            lines.append(f"  {split if i == 0 else '':<6} {s.files if i == 0 else '':>5}  {measure:<34} {right:>14}  "
                         f"{false:>12}")
        lines += [f"    {m}" for m in s.misses[:40]]
        if len(s.misses) > 40:
            lines.append(f"    ... and {len(s.misses) - 40} more")
    lines.append("  Targets (test split): " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return "\n".join(lines) + "\n"
