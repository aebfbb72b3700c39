"""Documents from abroad recognised as their type in their own languages and scripts (issue 16):
should-match / no-match tables over the shipped rules, the text normalisation of non-Latin
scripts, and a real Tesseract reading of a rendered Cyrillic scan.

The wordings are the usual titles of the real documents (a Russian MVD certificate, Morocco's
fiche of the criminal record, India's police character certificate, China's 无犯罪记录证明...),
written here as SPECIMEN pages; none is taken from the evaluation corpus.
"""

from datetime import date
from pathlib import Path

import pytest

from docscan.classify import UNKNOWN, _find_phrase, classify_text, load_rules
from docscan.textnorm import normalise

from rendering import scan, text_pdf

FREESANS = "/usr/share/fonts/truetype/freefont/FreeSans.ttf"

SHOULD_MATCH = [
    # (expected type, page text)
    ("criminal_record", "SPECIMEN\nСПРАВКА\nо наличии (отсутствии) судимости и (или) факта уголовного преследования\n"
                        "Выдана Иванову Ивану Ивановичу, 01.02.1990 года рождения"),
    ("criminal_record", "SPECIMEN\nВИТЯГ\nз інформаційно-аналітичної системи про притягнення особи до "
                        "кримінальної відповідальності та наявності судимості"),
    ("criminal_record", "SPECIMEN\nالمملكة المغربية\nبطاقة السجل العدلي\nالبطاقة رقم 3"),
    ("criminal_record", "SPECIMEN\nجمهورية مصر العربية\nصحيفة الحالة الجنائية\nلا توجد أحكام"),
    ("criminal_record", "SPECIMEN\nउत्तर प्रदेश पुलिस\nपुलिस चरित्र प्रमाण पत्र\nआवेदक के विरुद्ध कोई आपराधिक रिकॉर्ड नहीं"),
    ("criminal_record", "SPECIMEN\n无犯罪记录证明\n经查，该人在我辖区居住期间无犯罪记录。"),
    ("criminal_record", "SPECIMEN\nT.C. ADALET BAKANLIĞI\nADLİ SİCİL KAYDI\nAdli sicil kaydı yoktur"),
    ("criminal_record", "SPECIMEN\nMinistero della Giustizia\nCertificato del casellario giudiziale\nNulla"),
    ("criminal_record", "SPECIMEN\nInformacja z Krajowego Rejestru Karnego\nOsoba nie figuruje w kartotece"),
    ("criminal_record", "SPECIMEN\nPhiếu lý lịch tư pháp số 1\nSở Tư pháp"),
    ("diploma", "SPECIMEN\nДИПЛОМ БАКАЛАВРА\nМосковский государственный университет\nприсвоена квалификация"),
    ("diploma", "SPECIMEN\nجامعة محمد الخامس\nشهادة الإجازة\nفي القانون الخاص"),
    ("diploma", "SPECIMEN\n毕业证书\n学生 张三 在本校完成学业 大学"),
    ("diploma", "SPECIMEN\nİstanbul Üniversitesi\nLisans Diploması"),
    ("medical_certificate", "SPECIMEN\nМЕДИЦИНСКАЯ СПРАВКА\nврач-терапевт"),
    ("medical_certificate", "SPECIMEN\nشهادة طبية\nيشهد الطبيب الموقع أدناه"),
    ("medical_certificate", "SPECIMEN\nCertificado médico\nEl médico que suscribe certifica"),
    ("medical_certificate", "SPECIMEN\nSağlık Raporu\nHekim"),
]

NO_MATCH = [
    # A letter, a newspaper, a receipt in the same scripts: no document type.
    "SPECIMEN\nУважаемый Иван Иванович,\nблагодарим вас за письмо от 3 марта.",
    "SPECIMEN\nأخبار اليوم\nالطقس مشمس في القاهرة",
    "SPECIMEN\nआज का मौसम\nदिल्ली में धूप",
    "SPECIMEN\n今天天气很好\n我们去公园",
    "SPECIMEN\nFattura n. 12\nTotale da pagare 100 euro",
]


@pytest.mark.parametrize("expected,text", SHOULD_MATCH)
def test_foreign_titles_should_match(expected, text):
    result = classify_text(text, load_rules(), model=False)
    assert result.doc_type == expected, result.reasons


@pytest.mark.parametrize("text", NO_MATCH)
def test_foreign_text_without_a_title_is_unknown(text):
    assert classify_text(text, load_rules(), model=False).doc_type == UNKNOWN


@pytest.mark.parametrize("text,expected", [
    ("पुलिस चरित्र प्रमाण पत्र", "पुलिस चरित्र प्रमाण पत्र"),  # vowel signs and viramas kept
    ("Довідка про несудимість, їжак", "довідка про несудимість їжак"),  # ї is a letter, not an accented і
    ("Справка, Йошкар-Ола", "справка йошкар ола"),
    ("السِّجِلّ العدلي، أنا", "السجل العدلي انا"),  # vowel signs dropped, one alef
    ("无 犯 罪 记录", "无犯罪记录"),  # Tesseract's spaces between Chinese characters
    ("Führungszeugnis d’accueil ﬁ", "fuhrungszeugnis d'accueil fi"),  # Latin as before
])
def test_normalise_keeps_the_letters_of_other_scripts(text, expected):
    assert normalise(text) == expected


def test_a_devanagari_word_is_not_found_inside_a_longer_one():
    # "प्रमाण" (proof) ends where "प्रमाणित" (certified) goes on with a vowel sign.
    assert _find_phrase(normalise("प्रमाण"), normalise("यह प्रमाणित किया जाता है")) is None
    assert _find_phrase(normalise("प्रमाण पत्र"), normalise("यह प्रमाण पत्र जारी")) is not None


CYRILLIC_DIPLOMA = [
    "SPECIMEN",
    "ДИПЛОМ БАКАЛАВРА",
    "Настоящий диплом свидетельствует о том, что",
    "Петров Пётр Петрович",
    "освоил программу бакалавриата по направлению подготовки",
    "Экономика и успешно прошёл государственную итоговую аттестацию.",
    "Решением государственной экзаменационной комиссии присвоена",
    "квалификация бакалавр. Государственный университет, 30 июня 2025 года.",
]


def _check(paths, page_cache):
    from docscan.models import Applicant
    from docscan.pipeline import check_bundle
    from docscan.settings import Settings

    return check_bundle(paths, "highly-qualified", "wallonia", today=date(2026, 11, 15),
                        applicant=Applicant(filed_by_agent=False), settings=Settings(workers=1), cache=page_cache)


@pytest.mark.slow
def test_cyrillic_diploma_scan_is_a_diploma_needing_translation(tmp_path, page_cache):
    """Read by the real Tesseract (with the Cyrillic packs when installed): typed as a diploma,
    so its missing translation is said instead of the diploma being missing."""
    report = _check([scan(CYRILLIC_DIPLOMA, tmp_path / "scan-0001.png", font="DejaVu")], page_cache)
    (document,) = report.files[0].documents
    assert document.doc_type == "diploma"
    assert document.needs_translation


@pytest.mark.slow
def test_devanagari_pdf_is_a_criminal_record(tmp_path: Path, page_cache):
    lines = ["SPECIMEN", "पुलिस चरित्र प्रमाण पत्र", "प्रमाणित किया जाता है कि आवेदक के विरुद्ध",
             "इस कार्यालय के अभिलेख में कोई आपराधिक रिकॉर्ड नहीं है।"] * 3
    pdf = tmp_path / "document-0002.pdf"
    pdf.write_bytes(text_pdf(lines, font=FREESANS))
    report = _check([pdf], page_cache)
    (document,) = report.files[0].documents
    assert document.doc_type == "criminal_record"
    assert document.needs_translation


# --- sworn translations linked to their originals (settle_translations) ------------------------

def _turkish_record(number: str, issued: str, born: str) -> list[str]:
    return ["SPECIMEN", "T.C. ADALET BAKANLIĞI", "ADLİ SİCİL KAYDI", f"Belge numarası: {number}",
            f"Doğum tarihi: {born}", "Adı soyadı: Ayşe Örnek", "Bu belge ile kişinin adli sicil kaydı",
            "bulunmadığı onaylanır. Belge, e-Devlet kapısı üzerinden doğrulanabilir.",
            f"Düzenleme tarihi: {issued}", "Adli Sicil ve İstatistik Genel Müdürlüğü"]


def _french_translation(number: str, issued: str, born: str, title: str = "Extrait de casier judiciaire") -> list[str]:
    return ["SPECIMEN", "TRADUCTION JURÉE DU TURC", title, f"Numéro du document : {number}",
            f"Date de naissance : {born}", "Nom et prénom : Ayşe Örnek",
            "Le présent document atteste que la personne n'a pas d'antécédents judiciaires.",
            f"Date de délivrance : {issued}",
            "Je soussignée, traductrice jurée, certifie la présente traduction conforme à l'original.",
            "Registre national des traducteurs jurés n° 40512. SPECIMEN"]


def _pdf(path: Path, lines: list[str]) -> Path:
    path.write_bytes(text_pdf(lines, font="DejaVu"))
    return path


def _documents(report):
    return {d.file: d for f in report.files for d in f.documents}


def test_each_translation_is_linked_to_the_original_it_renders(tmp_path, page_cache):
    """Two Turkish records and their two French translations: paired by the numbers and dates
    each translation copies, not by the order of the files."""
    old = _pdf(tmp_path / "kayit-1.pdf", _turkish_record("K-2025-771204", "03.02.2025", "14.06.1991"))
    new = _pdf(tmp_path / "kayit-2.pdf", _turkish_record("K-2026-593118", "02.10.2026", "14.06.1991"))
    of_new = _pdf(tmp_path / "traduction-a.pdf", _french_translation("K-2026-593118", "2 octobre 2026", "14 juin 1991"))
    of_old = _pdf(tmp_path / "traduction-b.pdf", _french_translation("K-2025-771204", "3 février 2025", "14 juin 1991"))
    documents = _documents(_check([old, new, of_new, of_old], page_cache))
    assert documents["kayit-1.pdf"].translated_in == "traduction-b.pdf"
    assert documents["kayit-2.pdf"].translated_in == "traduction-a.pdf"
    assert documents["traduction-a.pdf"].translation_of == "kayit-2.pdf"


def test_a_translation_without_a_known_title_takes_its_originals_type(tmp_path, page_cache):
    original = _pdf(tmp_path / "kayit.pdf", _turkish_record("K-2026-593118", "02.10.2026", "14.06.1991"))
    translation = _pdf(tmp_path / "traduction.pdf", _french_translation(
        "K-2026-593118", "2 octobre 2026", "14 juin 1991", title="Relevé délivré par le ministère turc"))
    documents = _documents(_check([original, translation], page_cache))
    assert documents["kayit.pdf"].translated_in == "traduction.pdf"
    assert documents["traduction.pdf"].doc_type == "criminal_record"
    assert documents["traduction.pdf"].translation_of == "kayit.pdf"


def test_an_unreadable_original_is_found_by_the_numbers_its_translation_copies(tmp_path, page_cache):
    """A page docscan cannot read (Latin noise where the script was not read) is unknown; the
    translation's document number, dates and birth date point at it."""
    noise = ["SPECIMEN", "arf qfere reien fers after ARK KA TeX", "gei | K-2026-593118", "feaie | 02-10-2026",
             "artere far oen & fee fra erat 14-06-1991 get Veet sro", "TR em | U12345678"]
    original = _pdf(tmp_path / "document.pdf", noise)
    translation = _pdf(tmp_path / "traduction.pdf", _french_translation("K-2026-593118", "2 octobre 2026",
                                                                        "14 juin 1991") + ["Passeport U12345678"])
    documents = _documents(_check([original, translation], page_cache))
    assert documents["document.pdf"].doc_type == "criminal_record"
    assert documents["document.pdf"].translated_in == "traduction.pdf"
    assert documents["traduction.pdf"].translation_of == "document.pdf"


def test_an_unknown_document_sharing_little_with_a_translation_stays_unknown(tmp_path, page_cache):
    letter = _pdf(tmp_path / "lettre.pdf", ["SPECIMEN", "Dear Ms Örnek,", "your appointment is on 2 October 2026.",
                                             "Kind regards"])
    translation = _pdf(tmp_path / "traduction.pdf", _french_translation("K-2026-593118", "2 octobre 2026",
                                                                        "14 juin 1991"))
    documents = _documents(_check([letter, translation], page_cache))
    assert documents["lettre.pdf"].doc_type == "unknown"
    assert documents["lettre.pdf"].translated_in is None


# --- separate apostilles and legalisations linked to the document they name ---------------------

from docscan import authentication  # noqa: E402

STICKER = ("Légalisation / Legalisatie\nAmbassade de Belgique au Caire\nVu pour légalisation de la signature de\n"
           "Karim MANSOUR, directeur\nNuméro de contrôle 4189 8249 7871\nSPECIMEN document")


def _candidate(text: str, kind_fits: bool = False) -> authentication.MarkCandidate:
    return authentication.MarkCandidate(text, False, kind_fits)


@pytest.mark.parametrize("candidates,expected", [
    # The signer's name is in one candidate only: that one.
    ([_candidate("Medical certificate SPECIMEN document signature"),
      _candidate("Criminal status certificate, director Karim MANSOUR, SPECIMEN document")], 1),
    # Only words of the sticker's printed form ("signature", "légalisation") and words every
    # candidate shares: nothing tells them apart.
    ([_candidate("Medical certificate SPECIMEN document, signature of the doctor"),
      _candidate("Certificate SPECIMEN document")], None),
    # The same, but one candidate's country owes a legalisation: that one.
    ([_candidate("Medical certificate SPECIMEN document, signature of the doctor"),
      _candidate("Certificate SPECIMEN document", kind_fits=True)], 1),
])
def test_a_separate_legalisation_is_linked_by_what_only_one_candidate_shares(candidates, expected):
    assert authentication.mark_target(STICKER, candidates) == expected


def test_a_translation_names_its_originals_country_below_the_translators_heading():
    text = ("Cabinet de traduction, Bruxelles, Belgique\nTRADUCTION JURÉE\nTraduction de l'arabe\n"
            "Autorité émettrice : République arabe d'Égypte, ministère de l'Intérieur\nTraductrice jurée")
    assert authentication.translated_country(text) == "EG"
    assert authentication.country_in_text(text) != "EG"  # not in the letterhead: the translator's


@pytest.mark.parametrize("header,country", [
    ("THE STATE UNIVERSITY OF OHIO\nDiploma", "US"),
    ("New Mexico Department of Public Safety\nCriminal history", "US"),
    ("Virginia SMITH\nCurriculum vitae", None),  # a given name, not the state
])
def test_a_us_state_names_the_united_states(header, country):
    assert authentication.country_in_text(header) == country
