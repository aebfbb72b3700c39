"""Checklists: every file loads and names known types; requirements are judged as documented."""

from datetime import date
import shutil

import pytest

from docscan import checklist
from docscan.checklist import REGIONS, add_months, applies, evaluate, load_checklist, permit_ids
from docscan.classify import load_rules
from docscan.errors import ConfigError, UsageError
from docscan.models import Applicant, Document

PERMITS = ("single-permit-fixed-term", "highly-qualified", "eu-blue-card", "intra-corporate-transfer",
           "researcher", "seasonal-worker", "executive", "unlimited-duration")
TODAY = date(2026, 11, 15)


def test_every_permit_type_has_a_checklist():
    assert set(permit_ids()) == set(PERMITS)


@pytest.mark.parametrize("permit", PERMITS)
@pytest.mark.parametrize("region", REGIONS)
def test_checklist_loads_and_names_only_known_types(permit, region):
    loaded = load_checklist(permit, region)
    known = set(load_rules().type_ids)
    assert loaded.requirements, "a checklist without requirements checks nothing"
    for requirement in loaded.requirements:
        assert set(requirement.documents) <= known
        assert requirement.sources and all(s.as_of for s in requirement.sources)
        assert requirement.text("title")


def test_extras_per_permit():
    ids = lambda p: {r.id for r in load_checklist(p, "flanders").requirements}  # noqa: E731
    assert "diploma" in ids("highly-qualified") and "diploma" in ids("eu-blue-card")
    assert {"group_employment_proof", "assignment_letter"} <= ids("intra-corporate-transfer")
    assert "hosting_agreement" in ids("researcher")
    assert "vacancy_proof" in ids("single-permit-fixed-term") and "vacancy_proof" in ids("seasonal-worker")
    assert "payslip" in ids("unlimited-duration") and "medical_certificate" not in ids("unlimited-duration")


def test_unknown_permit_and_region_are_usage_errors():
    with pytest.raises(UsageError, match="unknown permit type 'gold-card'.*highly-qualified"):
        load_checklist("gold-card", "flanders")
    with pytest.raises(UsageError, match="unknown region 'paris'"):
        load_checklist("researcher", "paris")


@pytest.fixture
def checklist_copy(tmp_path):
    folder = tmp_path / "checklists"
    shutil.copytree(checklist.checklists_dir(), folder)
    load_checklist.cache_clear()
    checklist._load_common.cache_clear()
    checklist.load_permit_file.cache_clear()
    yield folder
    load_checklist.cache_clear()
    checklist._load_common.cache_clear()
    checklist.load_permit_file.cache_clear()


@pytest.mark.parametrize("old,new,message", [
    ("max_age_months: 6", "max_age_months: six", "requirements.medical_certificate.conditions.max_age_months"),
    ("nationality_in: [TUR]", "nationality_in: [Turkey]", "ICAO 3-letter"),
    ("sources: [dvz-single-permit, bxl-annexes, vl-forms]", "sources: [nowhere]", "unknown source 'nowhere'"),
])
def test_invalid_common_file_names_file_and_field(checklist_copy, old, new, message):
    path = checklist_copy / "common.yaml"
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(ConfigError) as error:
        load_checklist("researcher", "flanders", checklist_copy)
    assert "common.yaml" in str(error.value) and message in str(error.value)


def test_unknown_document_in_permit_file_is_named(checklist_copy):
    path = checklist_copy / "researcher.yaml"
    path.write_text(path.read_text().replace("hosting_agreement]", "visa_sticker]"))
    with pytest.raises(ConfigError, match=r"researcher.yaml.*'visa_sticker' is not defined"):
        load_checklist("researcher", "flanders", checklist_copy)


@pytest.mark.parametrize("day,months,expected", [
    (date(2026, 11, 15), -6, date(2026, 5, 15)),
    (date(2026, 8, 31), -6, date(2026, 2, 28)),
    (date(2024, 8, 31), -6, date(2024, 2, 29)),
    (date(2026, 1, 10), -1, date(2025, 12, 10)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def _requirement(req_id, permit="highly-qualified"):
    return next(r for r in load_checklist(permit, "flanders").requirements if r.id == req_id)


@pytest.mark.parametrize("req_id,applicant,expected", [
    ("criminal_record", Applicant(birth_date=date(1990, 4, 12)), True),
    ("criminal_record", Applicant(birth_date=date(2010, 2, 1)), False),
    ("criminal_record", Applicant(birth_date=date(2008, 11, 16)), False),  # 18 tomorrow
    ("criminal_record", Applicant(birth_date=date(2008, 11, 15)), True),   # 18 today
    ("criminal_record", Applicant(), True),  # age unknown: ask for it
    # Fact-check row 4: the Turkish exemption is not established for single permits (KPMG 2023-013
    # vs vreemdelingenrecht.be vs agii.be): a Turkish passport alone no longer exempts.
    ("fee_payment_proof", Applicant(nationality="TUR"), True),
    ("fee_payment_proof", Applicant(nationality="TUR", turkish_association=True), False),
    ("fee_payment_proof", Applicant(nationality="IND"), True),
    ("fee_payment_proof", Applicant(renewal=True), True),  # row 5: a change of status pays; unknown keeps it
    ("fee_payment_proof", Applicant(renewal=True, change_of_status=False), False),
    ("residence_permit", Applicant(), False),
    ("residence_permit", Applicant(in_belgium=True), True),
])
def test_applies(req_id, applicant, expected):
    assert applies(_requirement(req_id), applicant, TODAY)[0] is expected


def _doc(doc_type, **kwargs):
    base = dict(file=f"{doc_type}.pdf", first_page=0, last_page=0, doc_type=doc_type, declared_type=None,
                type_source="content", legible=True, confident=True, sha256=doc_type)
    base.update(kwargs)
    return Document(**base)


@pytest.mark.parametrize("document,status,words", [
    (_doc("medical_certificate", issue_date=date(2026, 9, 1)), "ok", "present"),
    (_doc("medical_certificate", issue_date=date(2026, 3, 2)), "invalid", "at most 6 months old"),
    (_doc("medical_certificate"), "needs_review", "could not be found"),
    (_doc("medical_certificate", issue_date=date(2027, 1, 1)), "needs_review", "future"),
    (_doc("medical_certificate", legible=False), "illegible", "cannot be read"),
    (_doc("medical_certificate", issue_date=date(2026, 9, 1), confident=False), "needs_review", "not clearly"),
    (_doc("medical_certificate", issue_date=date(2026, 9, 1), type_source="declared_unconfirmed"),
     "needs_review", "does not confirm"),
])
def test_medical_certificate_status(document, status, words):
    results, _ = evaluate(load_checklist("highly-qualified", "flanders"), (document,), Applicant(), TODAY)
    result = next(r for r in results if r.id == "medical_certificate")
    assert result.status == status
    assert words in result.message


@pytest.mark.parametrize("document,status", [
    (_doc("passport", expiry_date=date(2031, 5, 14), mrz_valid=True), "ok"),
    (_doc("passport", expiry_date=date(2026, 6, 30), mrz_valid=True), "invalid"),
    (_doc("passport", expiry_date=date(2031, 5, 14), mrz_valid=False, mrz_exact=True), "invalid"),
    (_doc("passport", expiry_date=date(2031, 5, 14), mrz_valid=False), "needs_review"),  # OCR's doubt
    (_doc("passport"), "needs_review"),
])
def test_passport_status(document, status):
    results, _ = evaluate(load_checklist("highly-qualified", "flanders"), (document,), Applicant(), TODAY)
    assert next(r for r in results if r.id == "passport").status == status


def test_missing_and_best_candidate_and_two_candidates():
    cl = load_checklist("researcher", "brussels")
    results, skipped = evaluate(cl, (), Applicant(), TODAY)
    # Documents docscan recognises are missing; the Brussels ones it cannot recognise (employer's ID
    # copy, agent's mandate: fact-check ranking 6) wait for the user's confirmation.
    assert {r.status for r in results if r.kind == "document"} == {"missing"}
    assert {r.id for r in results if r.kind == "declaration"} == {"employer_id_copy", "agent_mandate"}
    assert {r.status for r in results if r.kind == "declaration"} == {"needs_review"}
    assert [s.id for s in skipped] == ["residence_permit", "renewal_payslips", "individual_account"]
    old = _doc("criminal_record", issue_date=date(2026, 1, 1), sha256="a", file="old.pdf")
    new = _doc("criminal_record", issue_date=date(2026, 10, 1), sha256="b", file="new.pdf")
    results, _ = evaluate(cl, (old, new), Applicant(), TODAY)
    record = next(r for r in results if r.id == "criminal_record")
    assert record.status == "ok" and record.files == ("new.pdf", "old.pdf")
    other = _doc("criminal_record", issue_date=date(2026, 9, 1), sha256="c", file="other.pdf")
    results, _ = evaluate(cl, (new, other), Applicant(), TODAY)
    assert next(r for r in results if r.id == "criminal_record").status == "needs_review"


@pytest.mark.parametrize("file,old,new,message", [
    ("highly-qualified.yaml", "sources: [ostbelgien]}", "sources: [nowhere]}",
     "field 'regions.german-speaking.salary_thresholds.0.sources': unknown source 'nowhere'"),
    ("highly-qualified.yaml", "{amount: 49830, per: year, verify: true,", "{amount: 49830, per: year,",
     "an amount without a year needs 'verify: true'"),
    ("eu-blue-card.yaml", "band: junior", "band: senior", "unknown band 'senior'"),
    ("intra-corporate-transfer.yaml", "role: manager,", "role: boss,", "role 'boss' is not one of"),
    ("common.yaml", "candidates: [180, 200, 250], verify: true,", "candidates: [180, 200, 250],",
     "need 'verify: true'"),
    ("common.yaml", "  seen: 2026-12-01\n", "  seen: yesterday\n", "sources."),
    ("common.yaml", "      filed_by_agent: true\n", "      filed_by_agent: perhaps\n", "filed_by_agent"),
])
def test_invalid_data_names_the_file_and_the_field(checklist_copy, file, old, new, message):
    """Issue 12: every amount, condition and source is validated on load (pydantic)."""
    path = checklist_copy / file
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(ConfigError) as error:
        for permit in permit_ids(checklist_copy):
            for region in REGIONS:
                load_checklist(permit, region, checklist_copy)
    assert file in str(error.value) and message in str(error.value), str(error.value)


@pytest.mark.parametrize("fields,words,params", [
    (("document_number",), "the document number could not be read with certainty", ["mrz_field.number"]),
    (("expiry_date",), "the expiry date could not be read with certainty", ["mrz_field.expiry"]),
    (("document_number", "birth_date"), "the document number and date of birth could not be read",
     ["mrz_field.number", "mrz_field.birth"]),
])
@pytest.mark.parametrize("exact,status", [(False, "needs_review"), (True, "invalid")])
def test_a_zone_with_a_failing_check_digit_names_the_field(fields, words, params, exact, status):
    """Issue 11: one failing check digit says which field to compare with the page, not "rescan".

    Read by OCR, the failure is docscan's doubt (one misread character), so the passport is to be
    checked (`needs_review`), never declared invalid; taken from a PDF's text layer, the
    characters are exact and the wrong digit is the document's: `invalid`."""
    document = _doc("passport", expiry_date=date(2031, 5, 14), mrz_valid=False, mrz_uncertain_fields=fields,
                    mrz_exact=exact)
    results, _ = evaluate(load_checklist("highly-qualified", "flanders"), (document,), Applicant(), TODAY)
    result = next(r for r in results if r.id == "passport")
    assert result.status == status
    assert words in result.message and "against the data page" in result.message
    assert "rescan" not in result.message.lower()
    assert [(r.code, r.params["fields"]) for r in [result.reason]] == [("mrz_field_uncertain", params)]


@pytest.mark.parametrize("exact,status", [(False, "needs_review"), (True, "invalid")])
def test_a_zone_without_field_names_keeps_the_generic_verdict(exact, status):
    document = _doc("passport", expiry_date=date(2031, 5, 14), mrz_valid=False, mrz_exact=exact)
    results, _ = evaluate(load_checklist("highly-qualified", "flanders"), (document,), Applicant(), TODAY)
    result = next(r for r in results if r.id == "passport")
    assert result.status == status and [r.code for r in [result.reason]] == ["mrz_invalid"]
