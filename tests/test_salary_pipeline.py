"""Issue 15 end to end: the real pipeline (pdfplumber, real Tesseract for the scan) on contracts and
an entry ban rendered here, checking the salary requirement and the entry-ban warning in every
surface that shows them (JSON report, text report)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from docscan.pipeline import check_bundle
from docscan.report import render_text
from docscan.settings import Settings

TODAY = date(2026, 11, 15)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

CONTRACT_FR = ("Contrat de travail", [
    "Contrat de travail d'employé à durée indéterminée",
    "soumis à la loi du 3 juillet 1978 relative aux contrats de travail",
    "Entre l'employeur Specimen SA, BCE 0123.456.789, et le travailleur Jean Specimen,",
    "il est convenu ce qui suit :",
    "Article 1 — Fonction : ingénieur de données.",
    "Article 4 — Durée du travail : 38 heures par semaine.",
    "Article 5 — Rémunération : salaire mensuel brut de 3 450,00 EUR.",
    "Article 6 — Commission paritaire : l'employeur relève de la commission paritaire 200.",
    "Paiement sur le compte IBAN BE57 6792 0060 9235.",
    "Fait à Bruxelles, le 15 juillet 2026",
    "L'employeur (signature)          Le travailleur (signature)"])

CONTRACT_NL = ("Arbeidsovereenkomst", [
    "Arbeidsovereenkomst voor bedienden van onbepaalde duur",
    "onderworpen aan de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten",
    "Tussen de werkgever Specimen NV, KBO 0123.456.789, en de werknemer Jan Specimen",
    "wordt overeengekomen wat volgt:",
    "Artikel 1 — Functie: data-ingenieur.",
    "Artikel 4 — Arbeidsduur: 38 uur per week.",
    "Artikel 5 — Loon: bruto maandloon van EUR 4.866,67, maandelijks betaald.",
    "Artikel 6 — Paritair comité: de werkgever valt onder paritair comité 200.",
    "Opgemaakt te Brussel op 15 juli 2026",
    "De werkgever (handtekening)       De werknemer (handtekening)"])

ENTRY_BAN_FR = ("Annexe 13sexies — Interdiction d'entrée", [
    "Office des étrangers",
    "Il est interdit à Madame Specimen, née le 01/02/1990,",
    "d'entrer sur le territoire de la Belgique et des États qui appliquent",
    "entièrement l'acquis de Schengen. Une interdiction d'entrée d'une durée",
    "de trois ans est imposée.",
    "Base légale : article 74/11 de la loi du 15 décembre 1980.",
    "La présente décision a été notifiée à l'intéressée le 11 juin 2024.",
    "Un recours peut être introduit auprès du Conseil du contentieux des",
    "étrangers dans les 30 jours de la notification.",
    "Délivré le 10 juin 2024"])


def write_pdf(path: Path, title: str, lines: list[str]) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(BOLD)))
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("DejaVu-Bold", 18)
    page.drawString(60, 780, title)
    page.setFont("DejaVu", 10.5)
    for i, line in enumerate(lines):
        page.drawString(60, 740 - 18 * i, line)
    page.showPage()
    page.save()
    return path


def write_scan(path: Path, title: str, lines: list[str]) -> Path:
    """A clean 300 dpi grey 'scan' (A4 at 300 dpi), read by the real Tesseract."""
    image = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(image)
    draw.text((180, 200), title, font=ImageFont.truetype(str(BOLD), 80), fill=20)
    body = ImageFont.truetype(str(FONT), 46)
    for i, line in enumerate(lines):
        draw.text((180, 400 + 80 * i), line, font=body, fill=20)
    image.save(path, dpi=(300, 300))
    return path


def salary_of(report):
    return next(r for r in report.requirements if r.id == "salary")


def test_a_born_digital_contract_below_the_brussels_threshold_is_invalid_everywhere(tmp_path):
    pdf = write_pdf(tmp_path / "contrat.pdf", *CONTRACT_FR)
    report = check_bundle([pdf], "highly-qualified", "brussels", today=TODAY, settings=Settings(workers=1))
    salary = salary_of(report)
    assert salary.status == "invalid"
    english = salary.message.replace("\u00a0", " ")
    assert english.startswith("Employment contract (contrat.pdf): EUR 3,450.00 gross a month; the 2026 threshold "
                              "for “Highly qualified worker” in Brussels is EUR 3,703.44 a month")
    # The enterprise number, the IBAN, the weekly hours, the article and committee numbers were not read as pay.
    contract = next(d for f in report.files for d in f.documents if d.doc_type == "employment_contract")
    assert [s.amount for s in contract.salary.statements] == [3450.0] and contract.salary.hours_per_week == 38.0
    # Every other requirement is still judged.
    assert {"employment_contract", "passport", "diploma"} <= {r.id for r in report.requirements}
    assert next(r for r in report.requirements if r.id == "employment_contract").status == "ok"
    data = json.loads(report.to_json())
    row = next(r for r in data["requirements"] if r["id"] == "salary")
    assert (row["status"], row["reason"]["code"], row["kind"]) == ("invalid", "salary_below", "salary")
    assert row["sources"] and data["schema"] == "docscan.report/2"
    documents = [d for f in data["files"] for d in f["documents"]]
    assert documents[0]["salary"]["statements"][0] == {"amount": 3450.0, "currency": "EUR", "period": "month",
                                                        "gross": "gross", "basis": None}
    text = render_text(report, "fr")
    assert "Salaire au moins égal au seuil" in text and "3\u202f450,00\u00a0EUR brut par mois" in text


@pytest.mark.slow
def test_a_scanned_dutch_contract_meets_the_brussels_blue_card_threshold(tmp_path):
    scan = write_scan(tmp_path / "scan_0001.png", *CONTRACT_NL)
    report = check_bundle([scan], "eu-blue-card", "brussels", today=TODAY, settings=Settings(workers=1))
    assert report.files[0].pages[0].source == "ocr"
    salary = salary_of(report)
    assert salary.status == "ok", salary.message
    assert "EUR 4,866.67 gross a month" in salary.message.replace("\u00a0", " ")
    assert "bruto per maand" in salary.reason.render("nl")


def test_an_entry_ban_says_when_it_ends_and_from_when_lifting_may_be_asked(tmp_path):
    pdf = write_pdf(tmp_path / "annexe13sexies.pdf", *ENTRY_BAN_FR)
    report = check_bundle([pdf], "researcher", "brussels", today=TODAY, settings=Settings(workers=1))
    warning = next(w for w in report.warnings if w.code == "entry_ban")
    english = warning.message.replace("\u00a0", " ")
    assert ("of 3 years notified on 11 June 2024 runs until 11 June 2027; its lifting can be asked from 11 June "
            "2026, from abroad, through the Belgian embassy. On the submission date (15 November 2026) it still "
            "runs.") in english
    assert "before leaving Belgium" in english
    assert report.verdict == "incomplete"  # a warning never completes (nor drops) anything
    text = render_text(report, "en").replace("\u00a0", " ")
    assert "!! WARNING: An entry ban (annex 13sexies, annexe13sexies.pdf) of 3 years" in text
    data = json.loads(report.to_json())
    assert data["warnings"][0]["reason"]["params"]["ends"] == "2027-06-11"
    assert data["warnings"][0]["reason"]["params"]["lifting_from"] == "2026-06-11"


def test_the_salary_reaches_the_printable_report_and_the_bulk_summary(tmp_path):
    from docscan.bulk import WorkerJob, outcome_from_report
    from docscan.bulk_report import summary_row
    from docscan.webapp.html_report import render_html
    from docscan.webapp.strings import load_strings

    pdf = write_pdf(tmp_path / "contrat.pdf", *CONTRACT_FR)
    report = check_bundle([pdf], "highly-qualified", "brussels", today=TODAY, settings=Settings(workers=1))
    page = render_html(report, load_strings("nl"), "nl")
    assert "Loon minstens gelijk aan de drempel" in page and "bruto per maand" in page
    row = summary_row(outcome_from_report(WorkerJob("W1", None, None), report, ()))
    assert "salary" in row["invalid"]


def test_the_salary_and_the_entry_ban_survive_a_page_kept_without_its_text(tmp_path):
    """The bulk page cache keeps what was read, not the text (privacy): the facts are read per page."""
    from dataclasses import replace

    from docscan import classify, ingest
    from docscan.pipeline import PageTask, assemble_file, read_pages

    settings = Settings(workers=1)
    for title, lines, check in ((CONTRACT_FR[0], CONTRACT_FR[1], lambda d: [s.amount for s in d.salary.statements]
                                 == [3450.0]),
                                (ENTRY_BAN_FR[0], ENTRY_BAN_FR[1], lambda d: (d.entry_ban.notified, d.entry_ban.years)
                                 == (date(2024, 6, 11), 3))):
        source = ingest.probe(write_pdf(tmp_path / f"{len(title)}.pdf", title, lines), settings)
        pages = tuple(replace(p, text="", reading=None)
                      for p in read_pages([PageTask(source, 0, settings, TODAY)], settings))
        document, = assemble_file(source, pages, classify.load_rules(), TODAY).documents
        assert check(document), document
