"""Apostille and legalisation (issue 16): should-match / no-match tables for the recognition, the
rule per country, the issuing country read or presumed, and the pipeline on scans and PDFs read
by the real Tesseract (apostilles on the page and in a separate file, a legalisation sticker,
a document from a country that owes a legalisation, an EEA document).

Every document here is written for these tests (fictitious, marked SPECIMEN); the wording of the
apostilles follows the Convention's model certificate, field by field, in each language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from docscan import authentication
from docscan.models import Applicant, AuthenticationKind, CountrySource

from rendering import DEJAVU, scan, text_pdf

APOSTILLE_EN = [
    "APOSTILLE",
    "(Convention de La Haye du 5 octobre 1961)",
    "1. Country: Republic of India",
    "This public document",
    "2. has been signed by Ravi Menon",
    "3. acting in the capacity of Superintendent of Police",
    "4. bears the seal/stamp of Office of the Superintendent, Pune",
    "Certified",
    "5. at New Delhi   6. the 3 October 2026",
    "7. by Ministry of External Affairs",
    "8. No. MEA/2026/553190",
    "9. Seal/stamp: SPECIMEN   10. Signature: SPECIMEN",
]
APOSTILLE_ES = [
    "APOSTILLE",
    "(Convention de La Haye du 5 octobre 1961)",
    "1. País: Colombia",
    "El presente documento público",
    "2. ha sido firmado por Lucía Prada Ortiz",
    "3. quien actúa en calidad de Coordinadora de Antecedentes",
    "4. y está revestido del sello/timbre de Policía Nacional",
    "Certificado",
    "5. en Bogotá   6. el día 12 de septiembre de 2026",
    "7. por Cancillería   8. bajo el número A2026-00871",
    "9. Sello/timbre SPECIMEN   10. Firma SPECIMEN",
]
APOSTILLE_DE = ("Apostille (Convention de La Haye du 5 octobre 1961) 1. Land: Schweiz. Diese öffentliche Urkunde "
                "2. ist unterschrieben von Anna Keller 3. in seiner Eigenschaft als Registerführerin 4. sie ist versehen "
                "mit dem Siegel/Stempel des Bundesamts. Bestätigt 5. in Bern 6. am 2. Oktober 2026")
APOSTILLE_RU = ("АПОСТИЛЬ (Convention de La Haye du 5 octobre 1961) 1. Страна: Российская Федерация. Настоящий "
                "официальный документ 2. подписан Ивановой 3. выступающим в качестве начальника 4. скреплен печатью")
APOSTILLE_PT_UNTITLED = ("1. País: Brasil. Este documento público 2. foi assinado por Paulo Reis 3. na qualidade de "
                         "Oficial de Registro 4. tem o selo/carimbo de Cartório. Apostila n.º 12345")
STICKER = [
    "Ambassade de Belgique à Hanoi - Belgische Ambassade te Hanoi",
    "Vu pour légalisation de la signature de M. Tran Van Binh,",
    "apposée ci-contre. Gezien voor legalisatie van de handtekening.",
    "N° de contrôle 2026-118834 - SPECIMEN",
]


@pytest.mark.parametrize("text,kind,country", [
    ("\n".join(APOSTILLE_EN), AuthenticationKind.APOSTILLE, "IN"),
    ("\n".join(APOSTILLE_ES), AuthenticationKind.APOSTILLE, "CO"),
    (APOSTILLE_DE, AuthenticationKind.APOSTILLE, None),  # one line: field 1 is not at a line start
    (APOSTILLE_RU, AuthenticationKind.APOSTILLE, None),
    (APOSTILLE_PT_UNTITLED, AuthenticationKind.APOSTILLE, "BR"),
    ("\n".join(STICKER), AuthenticationKind.LEGALISATION, None),
    ("Consulat général de Belgique à Casablanca. Vu pour la légalisation de la signature. Vérifiable sur LegalWeb.",
     AuthenticationKind.E_LEGALISATION, None),
])
def test_authentication_should_match(text, kind, country):
    mark = authentication.find_mark(text)
    assert mark is not None and mark.kind == kind and mark.country == country, mark


@pytest.mark.parametrize("text", [
    "Extrait de casier judiciaire. Aucune condamnation. SPECIMEN",
    "The apostille will be added by the Ministry later.",  # the word alone
    "Convention collective de travail du 5 octobre 1961 relative aux salaires.",
    "Vu pour légalisation",  # no post, no control number
    "Ambassade de Belgique à Rabat - visa D - dossier n° 123456",  # an embassy, no legalisation
    "This public document has been signed by the registrar acting in the capacity of dean.",
])
def test_authentication_should_not_match(text):
    assert authentication.find_mark(text) is None


def test_a_legalisation_in_a_signed_pdf_is_an_e_legalisation():
    mark = authentication.find_mark("\n".join(STICKER), signed=True)
    assert mark is not None and mark.kind == AuthenticationKind.E_LEGALISATION


@pytest.mark.parametrize("country,needed", [
    ("BE", None), ("ES", None), ("NO", None), ("LI", None),  # EEA: exempt
    ("MA", AuthenticationKind.APOSTILLE), ("IN", AuthenticationKind.APOSTILLE), ("CN", AuthenticationKind.APOSTILLE),
    ("CH", AuthenticationKind.APOSTILLE), ("TR", AuthenticationKind.APOSTILLE), ("UA", AuthenticationKind.APOSTILLE),
    ("VN", AuthenticationKind.LEGALISATION), ("EG", AuthenticationKind.LEGALISATION),
    ("DZ", AuthenticationKind.LEGALISATION), ("NG", AuthenticationKind.LEGALISATION),
    ("LR", AuthenticationKind.EITHER),  # a party Belgium objected to: asked as either, never asserted
])
def test_required_kind_by_country(country, needed):
    assert authentication.required_kind(country) == needed


@pytest.mark.parametrize("text,country", [
    ("ROYAUME DU MAROC\nDirection Générale de la Sûreté Nationale\nFiche anthropométrique", "MA"),
    ("REPUBLIC OF INDIA\nPassport Office, Pune\nPolice Clearance Certificate", "IN"),
    ("REPÚBLICA DE COLOMBIA\nPolicía Nacional", "CO"),
    ("Türkiye Cumhuriyeti\nAdalet Bakanlığı\nAdli Sicil Kaydı", "TR"),
    ("Royaume de Belgique\nSPF Justice", "BE"),
    ("Ambassade de Belgique à Rabat\nROYAUME DU MAROC", "MA"),  # the embassy's name is not the issuer
    ("Universidad Nacional\nTítulo de grado\n\n\n\nValid in Spain and Portugal", None),  # not in the letterhead
    ("Jordan Smith\nCertificate of completion", None),  # a given name, not a country
    ("Ministry of Justice\nCertificate", None),
])
def test_issuing_country_in_the_text(text, country):
    assert authentication.country_in_text(text) == country


@pytest.mark.parametrize("language,nationality,presumed", [
    ("es", "COL", ("CO", CountrySource.PASSPORT)),
    ("ar", "MAR", ("MA", CountrySource.PASSPORT)),
    ("tr", None, ("TR", CountrySource.LANGUAGE)),
    ("uk", "POL", ("UA", CountrySource.LANGUAGE)),  # a Pole's Ukrainian document: Ukraine's language
    ("es", None, None),  # twenty countries write Spanish
    ("ar", "IND", None),  # not one of India's languages: nothing presumed
    (None, "IND", None),
])
def test_presumed_country(language, nationality, presumed):
    assert authentication.presumed_country(language, nationality) == presumed


def test_rules_file_errors_name_the_field(tmp_path):
    from docscan.errors import ConfigError

    data = yaml.safe_load(authentication.AUTHENTICATION_RULES.read_text(encoding="utf-8"))
    data["apostille"] = [*data["apostille"], "FR"]
    bad = tmp_path / "authentication.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="apostille.*EEA states are exempt"):
        authentication.load_authentication_rules(bad)
    data["apostille"] = ["ZZ"]
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="not ISO 3166-1 alpha-2 codes: ZZ"):
        authentication.load_authentication_rules(bad)
    data["apostille"], data["control_number"] = ["MA"], "(unclosed"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="control_number.*not a regular expression"):
        authentication.load_authentication_rules(bad)


# ---------------------------------------------------------------------------------------------
# Through the pipeline, on scans and PDFs read by the real Tesseract

MOROCCAN_RECORD = [
    "ROYAUME DU MAROC",
    "Ministère de la Justice - Casier judiciaire central",
    "EXTRAIT DE CASIER JUDICIAIRE - BULLETIN N° 3",
    "Nom : SPECIMEN ALAMI   Prénom : Youssef",
    "Né le 14 mars 1991 à Fès",
    "Néant - aucune condamnation inscrite.",
    "Délivré à Rabat le 2 octobre 2026.",
    "SPECIMEN - document fictif",
]
INDIAN_CERTIFICATE = [
    "REPUBLIC OF INDIA",
    "Office of the Superintendent of Police, Pune",
    "POLICE CLEARANCE CERTIFICATE",
    "This is to certify that SPECIMEN Ravi Menon, born on 2 May 1990,",
    "has no criminal record and is not involved in any criminal case.",
    "Issued at Pune on 1 October 2026 by Ravi Menon, Superintendent of Police.",
    "SPECIMEN - fictitious document",
]
VIETNAMESE_DIPLOMA = [
    "SOCIALIST REPUBLIC OF VIET NAM",
    "Hanoi University of Science and Technology",
    "BACHELOR OF ENGINEERING - DIPLOMA",
    "The Rector confers the degree of Bachelor of Engineering",
    "in Computer Science upon SPECIMEN Tran Thi Lan, born 5 June 1996.",
    "Awarded in Hanoi on 30 June 2019. Signed by Tran Van Binh, Rector.",
    "SPECIMEN - fictitious document",
]
EGYPTIAN_RECORD = [
    "ARAB REPUBLIC OF EGYPT",
    "Ministry of Interior - Criminal Evidence Department",
    "CERTIFICATE OF GOOD CONDUCT (criminal record)",
    "SPECIMEN Omar Hassan, born 9 January 1992, has no criminal record.",
    "Issued in Cairo on 3 October 2026.",
    "",
    *APOSTILLE_EN[:2], "1. Country: Arab Republic of Egypt", *APOSTILLE_EN[3:6],
]
SPANISH_RECORD = [
    "REINO DE ESPAÑA",
    "Ministerio de Justicia - Registro Central de Penados",
    "CERTIFICADO DE ANTECEDENTES PENALES",
    "English summary: criminal record certificate. No criminal record is recorded",
    "for SPECIMEN Lucia Prada, born 1 April 1994. Issued in Madrid on 2 October 2026.",
    "This certificate is issued at the request of the person concerned.",
]
TODAY = date(2026, 11, 15)


def _check(paths, page_cache, permit="single-permit-fixed-term", region="brussels", **facts):
    from docscan.pipeline import check_bundle
    from docscan.settings import Settings

    return check_bundle(paths, permit, region, today=TODAY, applicant=Applicant(filed_by_agent=False, **facts),
                        settings=Settings(workers=1), cache=page_cache)


def _requirement(report, requirement):
    return next(r for r in report.requirements if r.id == requirement)


def _codes(result):
    return [r.code for r in result.reasons]


@pytest.mark.slow
def test_moroccan_record_without_apostille_is_held_back(tmp_path, page_cache):
    path = scan(MOROCCAN_RECORD, tmp_path / "casier-maroc.png")
    report = _check([path], page_cache)
    (document,) = report.files[0].documents
    assert document.doc_type == "criminal_record" and document.issuing_country == "MA"
    assert document.country_source == CountrySource.TEXT and document.authentication is None
    criminal = _requirement(report, "criminal_record")
    assert criminal.status == "needs_review" and criminal.reason.code == "needs_apostille"
    assert "was issued in Morocco (as its text says): it needs an apostille" in criminal.message
    for language, words in (("fr", "Maroc"), ("nl", "Marokko"), ("de", "Marokko")):
        assert words in criminal.reason.render(language)


@pytest.mark.slow
def test_apostille_on_the_page_is_recognised(tmp_path, page_cache):
    path = scan(MOROCCAN_RECORD + [""] + APOSTILLE_EN[:2] + ["1. Country: Kingdom of Morocco"] + APOSTILLE_EN[3:],
                tmp_path / "casier-maroc-apostille.png", size=11)
    report = _check([path], page_cache)
    (document,) = report.files[0].documents
    assert document.authentication == AuthenticationKind.APOSTILLE and document.authenticated_in is None
    criminal = _requirement(report, "criminal_record")
    assert criminal.status == "ok", criminal.message
    assert "authentication_found" in _codes(criminal)


@pytest.mark.slow
def test_separate_apostille_file_is_linked_to_the_document_it_names(tmp_path, page_cache):
    record = scan(INDIAN_CERTIFICATE, tmp_path / "police-clearance.png")
    sheet = tmp_path / "apostille.pdf"
    sheet.write_bytes(text_pdf(APOSTILLE_EN))
    report = _check([record, sheet], page_cache)
    documents = {d.file: d for f in report.files for d in f.documents}
    assert documents["police-clearance.png"].authenticated_in == "apostille.pdf"
    assert documents["apostille.pdf"].authenticates == "police-clearance.png"
    criminal = _requirement(report, "criminal_record")
    assert criminal.files == ("police-clearance.png",)  # the apostille is not a second candidate
    assert criminal.status == "ok" and "authentication_found" in _codes(criminal)
    alone = _requirement(_check([record], page_cache), "criminal_record")
    assert alone.reason.code == "needs_apostille" and "India" in alone.message


@pytest.mark.slow
def test_apostille_sheet_naming_the_criminal_records_office_is_still_a_separate_sheet(tmp_path, page_cache):
    """Declared (or read) as a criminal record, it opens with its title: it is the apostille."""
    record = scan(INDIAN_CERTIFICATE, tmp_path / "police-clearance.png")
    words = [*APOSTILLE_EN[:5], "3. acting in the capacity of Head, Criminal Record Office",
             "4. bears the seal/stamp of Police Clearance Certificate Office, Pune", *APOSTILLE_EN[7:]]
    sheet = tmp_path / "apostille-sheet.pdf"
    sheet.write_bytes(text_pdf(words))
    assert authentication.opens_with_mark("\n".join(words))
    from docscan.pipeline import InputFile

    # Uploaded in the criminal-record slot: its type is the record's, as its words would suggest.
    report = _check([record, InputFile(str(sheet), declared_type="criminal_record")], page_cache)
    documents = {d.file: d for f in report.files for d in f.documents}
    assert documents["apostille-sheet.pdf"].doc_type == "criminal_record"
    assert documents["apostille-sheet.pdf"].authenticates == "police-clearance.png"
    criminal = _requirement(report, "criminal_record")
    assert criminal.files == ("police-clearance.png",) and criminal.status == "ok", criminal.message


@pytest.mark.slow
def test_diploma_from_a_non_party_needs_a_legalisation_and_a_sticker_settles_it(tmp_path, page_cache):
    diploma = scan(VIETNAMESE_DIPLOMA, tmp_path / "diploma.png")
    report = _check([diploma], page_cache, permit="highly-qualified", region="flanders")
    result = _requirement(report, "diploma")
    assert result.reason.code == "needs_legalisation", result.message
    assert "Vietnam" in result.message and "not party to the Apostille Convention" in result.message
    sticker = scan(STICKER, tmp_path / "legalisation.png")
    report = _check([diploma, sticker], page_cache, permit="highly-qualified", region="flanders")
    result = _requirement(report, "diploma")
    assert "needs_legalisation" not in _codes(result) and "authentication_found" in _codes(result)


@pytest.mark.slow
def test_an_apostille_from_a_country_that_owes_a_legalisation_is_not_enough(tmp_path, page_cache):
    path = scan(EGYPTIAN_RECORD, tmp_path / "good-conduct.png", size=11)
    criminal = _requirement(_check([path], page_cache), "criminal_record")
    assert criminal.reason.code == "apostille_not_enough" and "Egypt" in criminal.message


@pytest.mark.slow
def test_eea_document_needs_nothing_and_user_answer_wins(tmp_path, page_cache):
    path = scan(SPANISH_RECORD, tmp_path / "antecedentes.png")
    report = _check([path], page_cache)
    (document,) = report.files[0].documents
    assert document.issuing_country == "ES"
    criminal = _requirement(report, "criminal_record")
    assert not [c for c in _codes(criminal) if c.startswith("needs_") or c == "apostille_not_enough"]
    moroccan = scan(MOROCCAN_RECORD, tmp_path / "casier-maroc.png")
    criminal = _requirement(_check([moroccan], page_cache, issued_outside_eea=False), "criminal_record")
    assert "needs_apostille" not in _codes(criminal)


@pytest.mark.slow
def test_cyrillic_apostille_is_recognised_by_its_french_title(tmp_path, page_cache):
    lines = ["АПОСТИЛЬ", "Apostille (Convention de La Haye du 5 octobre 1961)", "1. Страна: Украина",
             "Цей офіційний документ", "2. підписаний Петренко", "3. який діє як начальник відділу",
             "4. скріплений печаткою управління", "SPECIMEN"]
    assert Path(DEJAVU).exists()
    report = _check([scan(lines, tmp_path / "apostille-ua.png", font="DejaVu")], page_cache)
    assert report.files[0].documents[0].authentication == AuthenticationKind.APOSTILLE


# ---------------------------------------------------------------------------------------------
# Pages in other scripts, read again with their Tesseract packs (ocr.script_languages)

RUSSIAN_RECORD = [
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
    "Министерство внутренних дел",
    "СПРАВКА О НАЛИЧИИ (ОТСУТСТВИИ) СУДИМОСТИ",
    "Выдана SPECIMEN Ивановой Анне Петровне, дата рождения 14.03.1991,",
    "в том, что она не имеет судимости и не подвергалась",
    "уголовному преследованию. Дата выдачи: 02.10.2026",
    "Документ вымышленный, для испытаний. SPECIMEN",
]
MOROCCAN_ARABIC_RECORD = [
    "المملكة المغربية",
    "وزارة العدل",
    "بطاقة السوابق العدلية",
    "الاسم: SPECIMEN يوسف العلمي",
    "تاريخ الازدياد: 14/03/1991",
    "لا شيء - لا توجد أية عقوبة مسجلة",
    "حرر بالرباط في 02/10/2026",
    "وثيقة خيالية SPECIMEN",
]


def _native_scan(lines: list[str], path: Path, rtl: bool = False) -> Path:
    """A 300 dpi page drawn by Pillow (with raqm: Arabic shaped and right to left)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, 54)
    for i, line in enumerate(lines):
        if rtl:
            width = draw.textlength(line, font=font, direction="rtl", language="ar")
            draw.text((2230 - width, 250 + 100 * i), line, font=font, fill=0, direction="rtl", language="ar")
        else:
            draw.text((250, 250 + 100 * i), line, font=font, fill=0)
    image.save(path, dpi=(300, 300))
    return path


def _packs_installed(script: str) -> bool:
    from docscan import ocr
    from docscan.settings import Settings

    return ocr.script_languages(script, Settings()) is not None


@pytest.mark.slow
@pytest.mark.skipif(not _packs_installed("Cyrillic"), reason="make install installs tesseract-ocr-rus and -ukr")
def test_russian_record_is_read_with_the_cyrillic_packs(tmp_path, page_cache):
    report = _check([_native_scan(RUSSIAN_RECORD, tmp_path / "spravka.png")], page_cache, nationality="RUS")
    (document,) = report.files[0].documents
    assert document.doc_type == "criminal_record" and document.script == "Cyrl"
    assert document.issue_date == date(2026, 10, 2) and document.language == "ru"
    assert document.issuing_country == "RU" and document.country_source == CountrySource.TEXT
    page = report.files[0].pages[0]
    assert page.reading.script == "Cyrillic" and "Министерство" in page.text  # read with the packs
    criminal = _requirement(report, "criminal_record")
    assert {"needs_translation", "needs_apostille"} <= {r.code for r in criminal.reasons} | {criminal.reason.code}


@pytest.mark.slow
@pytest.mark.skipif(not _packs_installed("Arabic"), reason="make install installs tesseract-ocr-ara")
def test_moroccan_arabic_record_is_read_with_the_arabic_pack(tmp_path, page_cache):
    report = _check([_native_scan(MOROCCAN_ARABIC_RECORD, tmp_path / "sawabiq.png", rtl=True)], page_cache)
    (document,) = report.files[0].documents
    assert document.doc_type == "criminal_record" and document.script == "Arab"
    assert document.issue_date == date(2026, 10, 2)
    assert document.issuing_country == "MA"
    criminal = _requirement(report, "criminal_record")
    assert "needs_apostille" in {r.code for r in criminal.reasons} | {criminal.reason.code}


def test_script_languages_setting_is_validated():
    from docscan.errors import UsageError
    from docscan.settings import Settings

    with pytest.raises(UsageError, match="script_languages"):
        Settings(script_languages=(("Cyrillic", "rus ukr"),))
    assert Settings(script_languages=()).page_deadline < Settings().page_deadline  # one reading fewer
