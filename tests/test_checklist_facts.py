"""The fact-check of December 2026, row by row: every permit × region × fact it names.

`../shared/reference/checklist-facts-2026-12.md` checked `checklists/*.yaml` against the official
pages and found 42 facts. Each case below names its row (`#n`) and pins what the checklist must
now say for that permit, region and applicant: which requirements apply, their statuses, the
amounts for the submission date, and whether docscan asserts a fact or says to verify it.
`#n` is a row of the fact-check's table; `#Rn` an item of its ranked list of errors.
docs/checklist-facts-walkthrough.md quotes these ids.
"""

from __future__ import annotations

from datetime import date

import pytest

from docscan.checklist import (REGIONS, evaluate, fee_sentence, load_checklist, load_common, notices,
                               permit_ids, requirement_hint, thresholds_for)
from docscan.models import Applicant, Document, SalaryReading, SalaryStatement
from docscan.messages import render
from docscan.models import Reason

TODAY = date(2026, 11, 15)
#: The documents of an ordinary complete file: every recognised type, fresh and valid.
FRESH = date(2026, 10, 1)


def doc(doc_type: str, **kwargs) -> Document:
    values = dict(file=f"{doc_type}.pdf", first_page=0, last_page=0, doc_type=doc_type, declared_type=None,
                  type_source="content", legible=True, confident=True, sha256=doc_type)
    values.update(kwargs)
    return Document(**values)


def complete_file() -> tuple[Document, ...]:
    types = ["application_form", "employment_contract", "health_insurance", "residence_permit", "diploma",
             "vacancy_proof", "group_employment_proof", "assignment_letter", "hosting_agreement", "payslip",
             "fee_payment_proof"]
    # The contract states a gross base salary above every threshold, a month and a year (issue 15).
    pay = SalaryReading(statements=(
        SalaryStatement(amount=10000.0, currency="EUR", period="month", gross="gross", basis="base"),
        SalaryStatement(amount=139200.0, currency="EUR", period="year", gross="gross", basis="base")))
    return (doc("passport", expiry_date=date(2031, 1, 1), mrz_valid=True),
            doc("medical_certificate", issue_date=FRESH), doc("criminal_record", issue_date=FRESH),
            *(doc(t, salary=pay if t == "employment_contract" else None) for t in types))


def run(permit: str, region: str, documents=(), today: date = TODAY, **facts):
    checklist = load_checklist(permit, region)
    applicant = Applicant(**facts)
    results, skipped = evaluate(checklist, tuple(documents), applicant, today)
    found = notices(checklist, tuple(documents), applicant, today)
    return ({r.id: r for r in results}, {s.id: s for s in skipped}, found)


def messages(found, kind: str | None = None) -> str:
    return "\n".join(n.message for n in found if kind is None or n.kind == kind)


# ---------------------------------------------------------------------------------------------
# Which requirements apply, and with what status (no documents unless the case gives them)

ALL = "all"
REQUIREMENT_CASES = [
    # id, permit, region, facts, documents, today, required (subset), not required (subset), statuses
    ("#3 under-18 pays no fee", "seasonal-worker", "wallonia", {"birth_date": date(2010, 2, 1)}, (), TODAY,
     set(), {"fee_payment_proof", "criminal_record"}, {}),
    ("#4 Turkish passport alone does not exempt: ask", "executive", "german-speaking", {"nationality": "TUR"}, (),
     TODAY, {"fee_payment_proof"}, set(), {"fee_payment_proof": "needs_review"}),
    ("#4 Turkish with a fee proof: ok", "executive", "german-speaking", {"nationality": "TUR"},
     (doc("fee_payment_proof"),), TODAY, set(), set(), {"fee_payment_proof": "ok"}),
    ("#4 Turkish Association beneficiary: exempt, but verify", "executive", "german-speaking",
     {"nationality": "TUR", "turkish_association": True}, (), TODAY, set(), {"fee_payment_proof"}, {}),
    ("#4 Turkish, not an Association beneficiary: fee missing", "executive", "german-speaking",
     {"nationality": "TUR", "turkish_association": False}, (), TODAY, set(), set(), {"fee_payment_proof": "missing"}),
    ("#4 other nationality: fee missing, not asked", "executive", "german-speaking", {"nationality": "IND"}, (),
     TODAY, set(), set(), {"fee_payment_proof": "missing"}),
    ("#5 renewal in the same status: no federal fee", "highly-qualified", "brussels",
     {"renewal": True, "change_of_status": False}, (), TODAY, set(), {"fee_payment_proof"}, {}),
    ("#5 renewal with a change of status pays", "highly-qualified", "brussels",
     {"renewal": True, "change_of_status": True}, (), TODAY, {"fee_payment_proof"}, set(), {}),
    ("#5 renewal, status unknown: the fee stays", "highly-qualified", "brussels", {"renewal": True}, (), TODAY,
     {"fee_payment_proof"}, set(), {}),
    ("#6 stateless: no federal fee", "highly-qualified", "wallonia", {"stateless": True}, (), TODAY, set(),
     {"fee_payment_proof"}, {}),
    ("#6 scholarship holder: no federal fee", "researcher", "brussels", {"scholarship": True}, (), TODAY, set(),
     {"fee_payment_proof"}, {}),
    ("#7 Flemish regional fee from 1 Sep 2026: asked", "highly-qualified", "flanders", {}, (), TODAY,
     {"flemish_regional_fee"}, set(), {"flemish_regional_fee": "needs_review"}),
    ("#7 Flemish regional fee: confirmed paid", "highly-qualified", "flanders",
     {"confirmed": frozenset({"flemish_regional_fee"})}, (), TODAY, set(), set(), {"flemish_regional_fee": "ok"}),
    ("#7 Flemish regional fee also on a renewal", "single-permit-fixed-term", "flanders",
     {"renewal": True, "change_of_status": False}, (), TODAY, {"flemish_regional_fee"}, {"fee_payment_proof"}, {}),
    ("#7 no Flemish regional fee before 1 Sep 2026", "highly-qualified", "flanders", {}, (), date(2026, 8, 31),
     set(), {"flemish_regional_fee"}, {}),
    ("#7 no Flemish regional fee in Brussels", "highly-qualified", "brussels", {}, (), TODAY, set(), set(), {}),
    ("#11 Wallonia renewal: no medical certificate, no criminal record", "eu-blue-card", "wallonia",
     {"renewal": True}, (), TODAY, {"health_insurance"}, {"medical_certificate", "criminal_record"}, {}),
    ("#11 Brussels renewal keeps them", "eu-blue-card", "brussels", {"renewal": True}, (), TODAY,
     {"medical_certificate", "criminal_record"}, set(), {}),
    ("#R9 Brussels renewal: payslips and individual account", "single-permit-fixed-term", "brussels",
     {"renewal": True}, (), TODAY, {"renewal_payslips", "individual_account"}, set(),
     {"renewal_payslips": "missing", "individual_account": "needs_review"}),
    ("#R9 Brussels first application: no renewal documents", "single-permit-fixed-term", "brussels", {}, (), TODAY,
     set(), {"renewal_payslips", "individual_account"}, {}),
    ("#12 criminal record from 18", "highly-qualified", "flanders", {"birth_date": date(2008, 11, 15)}, (), TODAY,
     {"criminal_record"}, set(), {}),
    ("#R6 Brussels: employer's ID copy, asked", "researcher", "brussels", {}, (), TODAY, {"employer_id_copy"}, set(),
     {"employer_id_copy": "needs_review"}),
    ("#R6 Brussels mandate only when an agent files", "researcher", "brussels", {"filed_by_agent": False}, (),
     TODAY, set(), {"agent_mandate"}, {}),
    ("#R6 Brussels mandate when an agent files", "researcher", "brussels", {"filed_by_agent": True}, (), TODAY,
     {"agent_mandate"}, set(), {"agent_mandate": "needs_review"}),
    ("#R6 Brussels mandate while unknown: asked, not dropped", "researcher", "brussels", {}, (), TODAY,
     {"agent_mandate"}, set(), {"agent_mandate": "needs_review"}),
    ("#R6 no mandate requirement outside Brussels", "researcher", "wallonia", {"filed_by_agent": True}, (), TODAY,
     set(), set(), {}),
    ("#R6 ICT: diploma", "intra-corporate-transfer", ALL, {}, (), TODAY, {"diploma"}, set(), {}),
    ("#R6 ICT Brussels: social security, secondment declaration, articles of association", "intra-corporate-transfer",
     "brussels", {}, (), TODAY,
     {"foreign_social_security_certificate", "secondment_declaration", "foreign_articles_of_association"}, set(),
     {"foreign_social_security_certificate": "needs_review", "secondment_declaration": "needs_review",
      "foreign_articles_of_association": "needs_review"}),
    ("#17 ICT: no Belgian 1978 contract", "intra-corporate-transfer", ALL, {}, (), TODAY, set(), set(), {}),
    ("#35 seasonal Wallonia: no labour-market test", "seasonal-worker", "wallonia", {}, (), TODAY, set(), set(), {}),
    ("#35 seasonal Flanders: labour-market test", "seasonal-worker", "flanders", {}, (), TODAY, {"vacancy_proof"},
     set(), {}),
    ("#37 unlimited Wallonia: mutual insurance fund and earlier permits", "unlimited-duration", "wallonia", {}, (),
     TODAY, {"health_insurance", "previous_permits"}, set(), {"previous_permits": "needs_review"}),
    ("#38 researcher on a grant: no employment contract", "researcher", ALL, {"research_grant": True}, (), TODAY,
     set(), {"employment_contract"}, {}),
    ("#38 researcher, grant unknown: the contract stays", "researcher", ALL, {}, (), TODAY,
     {"employment_contract"}, set(), {}),
]


@pytest.mark.parametrize("case_id,permit,region,facts,documents,today,required,not_required,statuses",
                         REQUIREMENT_CASES, ids=[c[0] for c in REQUIREMENT_CASES])
def test_requirements_per_permit_region_and_fact(case_id, permit, region, facts, documents, today, required,
                                                 not_required, statuses):
    for one_region in (REGIONS if region == ALL else (region,)):
        results, skipped, _ = run(permit, one_region, documents, today, **facts)
        assert required <= set(results), (one_region, set(results))
        assert not_required <= set(skipped), (one_region, set(skipped))
        assert not (not_required & set(results)), one_region
        for req_id, status in statuses.items():
            assert results[req_id].status == status, (one_region, results[req_id].message)
        if case_id.startswith("#17 ICT"):
            assert "employment_contract" not in results and "employment_contract" not in skipped
        if case_id.startswith("#35 seasonal Wallonia"):
            assert "vacancy_proof" not in results
        if case_id.startswith("#7 no Flemish regional fee in Brussels"):
            assert "flemish_regional_fee" not in results and "flemish_regional_fee" not in skipped


def test_turkish_exemption_is_never_asserted():
    """#4: even when the Association status is given, the report says the exemption was not confirmed."""
    _, skipped, found = run("executive", "german-speaking", nationality="TUR", turkish_association=True)
    assert skipped["fee_payment_proof"].verify
    assert "not confirmed" in skipped["fee_payment_proof"].message
    assert any(n.code == "exempt_verify" and n.verify for n in found)
    results, _, found = run("executive", "german-speaking", nationality="TUR")
    assert "turkish-association" in results["fee_payment_proof"].message
    assert any(n.kind == "question" and "Association" in n.message for n in found)


def test_a_complete_ordinary_file_is_complete_once_the_questions_are_answered():
    """Declarations and asked exemptions must not make a complete file impossible."""
    answers = {"filed_by_agent": False, "issued_outside_eea": False, "research_grant": False,
               "confirmed": frozenset({"flemish_regional_fee", "employer_id_copy", "previous_permits",
                                       "foreign_social_security_certificate", "secondment_declaration",
                                       "foreign_articles_of_association"})}
    for permit in permit_ids():
        for region in REGIONS:
            results, _, _ = run(permit, region, complete_file(), in_belgium=True, **answers)
            salary = results.pop("salary", None)
            assert {r.status for r in results.values()} == {"ok"}, (permit, region, {
                k: r.message for k, r in results.items() if r.status != "ok"})
            # The salary requirement exists exactly where the permit has thresholds in the region; a
            # salary above them is ok, with the verify flag and its sentence where a threshold is not
            # confirmed for the year.
            checklist = load_checklist(permit, region)
            assert (salary is not None) == bool(checklist.thresholds), (permit, region)
            if salary is not None:
                unconfirmed = any(t["verify"] for t in thresholds_for(checklist, Applicant(in_belgium=True), TODAY))
                assert (salary.status, salary.reason.code, salary.verify) == (
                    "ok", "salary_unconfirmed" if unconfirmed else "salary_meets", unconfirmed), (
                    permit, region, salary.message)


# ---------------------------------------------------------------------------------------------
# Amounts for the submission date: fees

FEE_CASES = [
    ("#1 federal fee 2024", "fee_payment_proof", date(2024, 6, 1), True, "€144"),
    ("#1 federal fee 2025", "fee_payment_proof", date(2025, 6, 1), True, "€148"),
    ("#1 federal fee 2026 not confirmed", "fee_payment_proof", TODAY, False,
     "The 2026 amount was not confirmed: check it on dofi.ibz.be"),
    ("#7 Flemish fee: sources disagree", "flemish_regional_fee", TODAY, False, "€180, €200 or €250"),
]


@pytest.mark.parametrize("case_id,req_id,today,confirmed,words", FEE_CASES, ids=[c[0] for c in FEE_CASES])
def test_fee_amount_for_the_submission_date(case_id, req_id, today, confirmed, words):
    fee = load_common().fees[req_id]
    is_confirmed, reason = fee_sentence(fee, today)
    sentence = reason.message
    assert is_confirmed is confirmed
    assert words in sentence
    if not confirmed:
        assert "before paying" in sentence and "€148 in 2026" not in sentence


def test_unconfirmed_fee_marks_the_requirement_verify_and_names_the_last_known_amount():
    results, _, found = run("highly-qualified", "brussels")
    fee = results["fee_payment_proof"]
    assert fee.verify and fee.sources
    assert "€148 in 2025" in fee.message and "indexed every 1 January" in fee.message
    assert any(n.code == "fee_not_confirmed" and n.verify for n in found)
    results, _, _ = run("highly-qualified", "brussels", today=date(2025, 6, 1))
    assert not results["fee_payment_proof"].verify


def test_fee_payment_details():
    """#2: account, BIC and reference format."""
    hint = requirement_hint(load_checklist("highly-qualified", "flanders").requirements[5], TODAY)
    assert "BE57 6792 0060 9235" in hint and "PCHQBEBB" in hint and "Name Firstname Nationality DD.MM.YYYY" in hint


# ---------------------------------------------------------------------------------------------
# Amounts for the submission date: salary thresholds per year, role and band

THRESHOLD_CASES = [
    # id, permit, region, today, facts, expected [(amount, per, role, band, verify)]
    ("#20 HQ Flanders 2026: 2025 amounts kept, verify", "highly-qualified", "flanders", TODAY, {},
     [(48912, "year", None, None, True), (39129.60, "year", None, "under_30", True)]),
    ("#20 HQ Flanders 2025: asserted", "highly-qualified", "flanders", date(2025, 6, 1), {},
     [(48912, "year", None, None, False), (39129.60, "year", None, "under_30", False)]),
    ("#20 HQ Flanders, worker of 35: no under-30 rate", "highly-qualified", "flanders", TODAY,
     {"birth_date": date(1991, 1, 1)}, [(48912, "year", None, None, True)]),
    ("#21 HQ Brussels 2026: kept, confirmed", "highly-qualified", "brussels", TODAY, {},
     [(3703.44, "month", None, None, False)]),
    ("#22 HQ Wallonia 2026", "highly-qualified", "wallonia", TODAY, {},
     [(53220, "year", None, None, False), (42576, "year", None, "under_30", False)]),
    ("#22 HQ Wallonia 2025", "highly-qualified", "wallonia", date(2025, 3, 1), {},
     [(51613, "year", None, None, False), (41290, "year", None, "under_30", False)]),
    ("#39 HQ German-speaking: undated, verify", "highly-qualified", "german-speaking", TODAY, {},
     [(49830, "year", None, None, True)]),
    ("#23 Blue Card Flanders", "eu-blue-card", "flanders", TODAY, {}, [(63586, "year", None, None, True)]),
    ("#23 Blue Card Brussels", "eu-blue-card", "brussels", TODAY, {}, [(4748, "month", None, None, False)]),
    ("#23 Blue Card Wallonia with junior", "eu-blue-card", "wallonia", TODAY, {},
     [(68815, "year", None, None, False), (55052, "year", None, "junior", False)]),
    ("#25 executive Flanders", "executive", "flanders", TODAY, {}, [(78259, "year", None, None, True)]),
    ("#25 executive Brussels", "executive", "brussels", TODAY, {}, [(6647.20, "month", None, None, False)]),
    ("#25 executive Wallonia 2026", "executive", "wallonia", TODAY, {}, [(88790, "year", None, None, False)]),
    ("#39 executive German-speaking: undated, verify", "executive", "german-speaking", TODAY, {},
     [(83135, "year", None, None, True)]),
    ("#26 ICT Flanders manager", "intra-corporate-transfer", "flanders", TODAY, {"ict_role": "manager"},
     [(78259, "year", "manager", None, True)]),
    ("#26 ICT Flanders specialist", "intra-corporate-transfer", "flanders", TODAY, {"ict_role": "specialist"},
     [(48912, "year", "specialist", None, True)]),
    ("#26 ICT Flanders, role unknown: every role", "intra-corporate-transfer", "flanders", TODAY, {},
     [(78259, "year", "manager", None, True), (48912, "year", "specialist", None, True),
      (48912, "year", "trainee", None, True)]),
    ("#27 ICT Wallonia 2026", "intra-corporate-transfer", "wallonia", TODAY, {},
     [(68815, "year", "manager", None, False), (55053, "year", "specialist", None, False),
      (34408, "year", "trainee", None, False)]),
    ("#28 ICT Brussels", "intra-corporate-transfer", "brussels", TODAY, {},
     [(5460.20, "month", "manager", None, False), (4510.60, "month", "specialist", None, False),
      (2611.40, "month", "trainee", None, False)]),
    ("#28 ICT Brussels trainee", "intra-corporate-transfer", "brussels", TODAY, {"ict_role": "trainee"},
     [(2611.40, "month", "trainee", None, False)]),
    ("#10 Flemish amounts in 2027: the 2025 amount, verify", "executive", "flanders", date(2027, 3, 1), {},
     [(78259, "year", None, None, True)]),
]


@pytest.mark.parametrize("case_id,permit,region,today,facts,expected", THRESHOLD_CASES,
                         ids=[c[0] for c in THRESHOLD_CASES])
def test_salary_thresholds_for_the_submission_date(case_id, permit, region, today, facts, expected):
    chosen = thresholds_for(load_checklist(permit, region), Applicant(**facts), today)
    got = [(c["spec"].amount, c["spec"].per, c["spec"].role, c["spec"].band, c["verify"]) for c in chosen]
    assert got == [(float(a), per, role, band, verify) for a, per, role, band, verify in expected]


def test_threshold_messages_say_kept_and_verify():
    _, _, found = run("highly-qualified", "flanders")
    text = messages(found, "threshold")
    assert "€48,912 gross a year (the 2025 amount, kept) — not confirmed for 2026" in text
    assert "€39,129.60" in text
    _, _, found = run("highly-qualified", "brussels")
    assert "€3,703.44 gross a month (the 2025 amount, kept)." in messages(found, "threshold")


def test_flemish_under_30_rate_with_its_limits():
    """Row 20 and ranking 5: not for secondees; turning 30 needs a raise clause."""
    _, _, found = run("highly-qualified", "flanders", birth_date=date(1998, 3, 1))
    text = messages(found, "threshold")
    assert "not seconded workers" in text
    assert "turns 30 on 1 March 2028" in text and "€48,912" in text and "ends on 29 February 2028" in text
    _, _, found = run("highly-qualified", "wallonia", birth_date=date(1998, 3, 1))
    assert "turns 30" not in messages(found)


# ---------------------------------------------------------------------------------------------
# Reminders: legalisation, freshness at decision, renewal windows

def test_legalisation_reminder_for_documents_issued_outside_the_eea():
    """#9, #13: criminal record everywhere; in Flanders also the medical certificate."""
    _, _, found = run("highly-qualified", "flanders", issued_outside_eea=True)
    reminders = {n.requirement for n in found if n.code == "legalise_known"}
    assert reminders == {"criminal_record", "medical_certificate"}
    _, _, found = run("highly-qualified", "brussels", issued_outside_eea=True)
    assert {n.requirement for n in found if n.code == "legalise_known"} == {"criminal_record"}
    _, _, found = run("highly-qualified", "brussels")
    assert {n.requirement for n in found if n.code == "legalise_unknown"} == {"criminal_record"}
    _, _, found = run("highly-qualified", "brussels", issued_outside_eea=False)
    assert not [n for n in found if n.code.startswith("legalise")]


@pytest.mark.parametrize("region,issued,warned", [
    ("flanders", date(2026, 7, 1), True),     # 6 months on 1 Jan 2027; decision about 17 Jan 2027
    ("flanders", date(2026, 10, 1), False),
    ("brussels", date(2026, 7, 1), False),    # counted at filing
    ("wallonia", date(2026, 6, 1), False),
])
def test_freshness_at_the_expected_decision_date(region, issued, warned):
    """#10: in Flanders a certificate must still be at most 6 months old when the application is approved."""
    documents = (doc("medical_certificate", issue_date=issued),)
    results, _, found = run("highly-qualified", region, documents)
    assert results["medical_certificate"].status == "ok"
    stale = [n for n in found if n.code == "stale_at_decision"]
    assert bool(stale) is warned
    if warned:
        assert "about 9 weeks" in stale[0].message and "17 January 2027" in stale[0].message


@pytest.mark.parametrize("region,expiry,code", [
    ("wallonia", date(2027, 1, 31), "renewal_window"),     # 2-3 months before: in the window
    ("wallonia", date(2027, 6, 30), "renewal_too_early"),
    ("wallonia", date(2026, 12, 31), "renewal_late"),      # less than 2 months before expiry
    ("flanders", date(2027, 4, 30), "renewal_window"),     # 2-6 months before
    ("flanders", date(2027, 8, 30), "renewal_too_early"),
])
def test_renewal_filing_window(region, expiry, code):
    """Ranking 9: Wallonia 3 to 2 months before expiry; Flanders 6 to 2 (English page)."""
    documents = (doc("residence_permit", expiry_date=expiry),)
    _, _, found = run("highly-qualified", region, documents, renewal=True, in_belgium=True)
    assert [n.code for n in found if n.kind == "renewal"] == [code]


# ---------------------------------------------------------------------------------------------
# Words of the data: hints and notes that carry a fact

def _hint(permit, region, req_id):
    requirement = next(r for r in load_checklist(permit, region).requirements if r.id == req_id)
    return requirement.text("hint")


def _note(permit, region):
    return load_checklist(permit, region).note.get("en", "")


TEXT_CASES = [
    ("#8 medical certificate model and age", lambda: _hint("highly-qualified", "brussels", "medical_certificate"),
     ["Immigration Office model", "6 months", "approved by the Belgian embassy"]),
    ("#13 criminal record: which country, explain", lambda: _hint("highly-qualified", "brussels", "criminal_record"),
     ["country of origin or of last residence", "each country lived in", "explain why"]),
    ("#14 application form original in Flanders", lambda: _hint("executive", "flanders", "application_form"),
     ["only document that must be an original"]),
    ("#15 Flemish attachments in EN/FR/DE", lambda: _note("executive", "flanders"), ["English, French or German"]),
    ("#15 Brussels: articles of association FR/NL/EN", lambda: _note("executive", "brussels"),
     ["articles of association in French, Dutch or English"]),
    ("#16 Brussels: every passport page", lambda: _hint("executive", "brussels", "passport"), ["every page"]),
    ("#17 Wallonia contract clauses", lambda: _hint("executive", "wallonia", "employment_contract"),
     ["working hours", "travel costs", "medical and pharmaceutical care"]),
    ("#17 Flanders contract content", lambda: _hint("executive", "flanders", "employment_contract"),
     ["joint committee", "classification"]),
    ("#18 Brussels health insurance covers the family", lambda: _hint("executive", "brussels", "health_insurance"),
     ["worker and the family"]),
    ("#19 Flemish diploma: level 5, authenticity", lambda: _hint("highly-qualified", "flanders", "diploma"),
     ["VKS) 5", "private institutions", "authenticity"]),
    ("#20 Flanders HQ job at level 5", lambda: _note("highly-qualified", "flanders"), ["qualification level 5"]),
    ("#24 Blue Card 6 months, IT 3 of 7", lambda: _note("eu-blue-card", "wallonia"),
     ["at least 6 months", "3 years of experience in the last 7"]),
    ("#24 Brussels Blue Card experience route", lambda: _note("eu-blue-card", "brussels"),
     ["5 years of professional experience"]),
    ("#25 Brussels executive not living in Belgium", lambda: _note("executive", "brussels"),
     ["does not live in Belgium is exempt"]),
    ("#29 ICT group employment Brussels 6 months (verify)",
     lambda: _hint("intra-corporate-transfer", "brussels", "group_employment_proof"),
     ["possibly 6 months", "EU Immigration Portal only"]),
    ("#29 ICT group employment Wallonia consecutive",
     lambda: _hint("intra-corporate-transfer", "wallonia", "group_employment_proof"), ["3 consecutive months"]),
    ("#30 ICT at most 3 years, filed abroad", lambda: _note("intra-corporate-transfer", "flanders"),
     ["while the worker is abroad", "at most 3 years (trainees 1 year)"]),
    ("#31 Flemish labour-market test lists", lambda: _note("single-permit-fixed-term", "flanders"),
     ["VDAB's shortage list at qualification level 2 to 4", "9 weeks", "21 jobs", "neither list is refused"]),
    ("#32 Brussels Actiris 5 weeks", lambda: _note("single-permit-fixed-term", "brussels"),
     ["at least 5 weeks with Actiris", "Actiris supported the recruitment"]),
    ("#33 Wallonia Forem 5 weeks", lambda: _note("single-permit-fixed-term", "wallonia"),
     ["through Forem for at least 5 weeks"]),
    ("#34 seasonal 90 to 150 days, outside the EU",
     lambda: load_checklist("seasonal-worker", "flanders").summary["en"] + _note("seasonal-worker", "flanders"),
     ["more than 90 and at most 150 days", "outside the EU"]),
    ("#35 seasonal Brussels: agriculture only", lambda: _note("seasonal-worker", "brussels"), ["Only agriculture"]),
    ("#35 seasonal German-speaking: no horticulture", lambda: _note("seasonal-worker", "german-speaking"),
     ["Agriculture or catering"]),
    ("#36 unlimited Flanders", lambda: _note("unlimited-duration", "flanders"),
     ["4 years of work in the 5", "Turkish nationals 3", "12 months of work in 18", "valid employment contract"]),
    ("#36 unlimited Wallonia (verify)", lambda: _note("unlimited-duration", "wallonia"),
     ["within at most 10 years", "Morocco, Algeria and Tunisia", "Not confirmed"]),
    ("#36 unlimited Brussels", lambda: _note("unlimited-duration", "brussels"), ["30 months", "30 months of work"]),
    ("#38 researcher single procedure", lambda: _note("researcher", "brussels"),
     ["1 March 2023", "research organisation files", "60 days"]),
    ("#39 German-speaking: filed with the Ministerium", lambda: _note("researcher", "german-speaking"),
     ["Ministerium der Deutschsprachigen Gemeinschaft"]),
    ("#7 regional fee paid in the portal", lambda: _hint("highly-qualified", "flanders", "flemish_regional_fee"),
     ["Working in Belgium portal", "first and renewal alike", "not processed"]),
]


@pytest.mark.parametrize("case_id,text,words", TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_the_data_says(case_id, text, words):
    said = text()
    for word in words:
        assert word in said, (word, said)


def test_verify_flags_on_what_was_not_confirmed():
    """Fact-check 'Not verified': Brussels ICT 6 months, the unlimited-duration fee, seasonal accommodation."""
    results, _, found = run("intra-corporate-transfer", "brussels")
    assert results["group_employment_proof"].verify
    results, _, found = run("unlimited-duration", "flanders")
    assert results["fee_payment_proof"].verify
    assert any(n.code == "verify_requirement" and n.requirement == "fee_payment_proof" for n in found)
    _, _, found = run("seasonal-worker", "flanders")
    assert any(n.code == "note_not_confirmed" and "accommodation" in n.message for n in found)


def test_where_asked_items_are_advice_not_requirements():
    """Ranking 6: job description and organisation chart 'where asked'."""
    results, _, found = run("single-permit-fixed-term", "brussels")
    assert "job_description" not in results
    assert any(n.kind == "advice" and n.requirement == "job_description" for n in found)
    _, _, found = run("highly-qualified", "flanders")
    assert any(n.kind == "advice" and n.requirement == "job_description" for n in found)
    _, _, found = run("highly-qualified", "wallonia")
    assert not any(n.requirement == "job_description" for n in found)


def test_sources_are_labelled_and_dated():
    """#40 (mislabelled federal source), #41 (as_of overstated), and every fact cites a source."""
    common = load_common()
    federal = common.sources["dvz-single-permit"]
    assert "FPS Policy and Support" not in federal.title and "English page" in federal.title
    assert "/en/" in federal.url and "Immigration Office" in federal.title
    assert common.sources["vl-forms"].url.endswith("toelating-tot-arbeid-aanvraagformulieren")
    for permit in permit_ids():
        assert load_checklist(permit, "flanders").as_of != date(2026, 11, 1)
    assert common.sources["vhm-fee"].as_of == date(2025, 1, 9)
    assert common.sources["brusselstimes-2026"].as_of == date(2026, 2, 26)
    for permit in permit_ids():
        for region in REGIONS:
            checklist = load_checklist(permit, region)
            for requirement in (*checklist.requirements, *checklist.advice):
                assert requirement.sources and all(s.url.startswith("https://") for s in requirement.sources)
            for spec, sources in checklist.thresholds:
                assert sources, (permit, region, spec)


def test_entry_ban_lifting_after_two_thirds():
    """#42: unchanged, and still said."""
    assert "two thirds" in render(Reason("entry_ban"), "en")


def test_questions_list_the_unanswered_facts_that_matter():
    _, _, found = run("researcher", "brussels")
    asked = {dict(n.params)["fact"] for n in found if n.kind == "question"}
    assert {"filed_by_agent", "research_grant", "issued_outside_eea", "birth_date"} <= asked
    assert "ict_role" not in asked and "turkish_association" not in asked
    _, _, found = run("intra-corporate-transfer", "wallonia", filed_by_agent=False)
    asked = {dict(n.params)["fact"] for n in found if n.kind == "question"}
    assert "ict_role" in asked and "filed_by_agent" not in asked
