"""Document languages (issue 16): should-flag / should-not-flag tables for the identifier on
short texts, the sworn translator's declaration, and the pipeline on real scans read by the
real Tesseract (a Spanish criminal record, a Cyrillic one, and a sworn French translation)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from docscan import language
from docscan.models import Applicant

from rendering import scan as _scan
from rendering import text_pdf as _pdf

TABLE = yaml.safe_load((Path(__file__).parent / "data" / "language_table.yaml").read_text(encoding="utf-8"))
ACCEPTED = ("fr", "nl", "de", "en")


@pytest.mark.parametrize("row", TABLE, ids=[row["id"] for row in TABLE])
def test_language_table(row):
    finding = language.identify(row["text"])
    expect = row["expect"]
    if expect == "undetermined":
        assert finding.language is None and finding.accepted
    elif expect == "accepted":
        assert finding.accepted, finding  # bilingual Belgian documents, MRZ lines: never flagged
    elif expect in ACCEPTED:
        assert finding.accepted and finding.language == expect, finding
    else:
        assert not finding.accepted and finding.language == expect, finding


def test_table_accuracy_is_reported(capsys):
    """The figure quoted in the README: how many rows of the table come out right."""
    right = 0
    for row in TABLE:
        finding = language.identify(row["text"])
        expect = row["expect"]
        right += (finding.language is None if expect == "undetermined" else finding.accepted if expect == "accepted"
                  else finding.language == expect and finding.accepted == (expect in ACCEPTED))
    print(f"language table: {right}/{len(TABLE)}")
    assert right == len(TABLE)


@pytest.mark.parametrize("text", [
    "Traduction certifiée conforme à l'original espagnol par le traducteur juré soussigné.",
    "Voor eensluidende vertaling, de beëdigd vertaler, ingeschreven in het nationaal register.",
    "Die Richtigkeit und Vollständigkeit der Übersetzung bescheinigt die vereidigte Übersetzerin.",
    "I, the undersigned sworn translator, certify that this is a true and accurate translation.",
    "TRADUCTEUR JURÉ - TRADUCTION CERTIFIEE CONFORME",
])
def test_translator_declaration_should_match(text):
    assert language.has_translation_declaration(text)


@pytest.mark.parametrize("text", [
    "Extrait de casier judiciaire délivré à la demande de l'intéressé.",
    "De vertaler van het bedrijf werkt voltijds.",  # a translator, not a sworn translation
    "Übersetzung folgt.",
    "The candidate translated the manual into Spanish.",
    "traductions certifiées conformes",  # a word boundary: the phrase must stand as written
])
def test_translator_declaration_should_not_match(text):
    assert not language.has_translation_declaration(text)


def test_register_number_is_found():
    assert language.has_register_number("Traducteur juré, registre national n° 12345")
    assert not language.has_register_number("Traducteur juré")


def test_rules_file_errors_name_the_field(tmp_path):
    from docscan.errors import ConfigError

    bad = tmp_path / "languages.yaml"
    data = yaml.safe_load(language.LANGUAGE_RULES.read_text(encoding="utf-8"))
    data["accepted"] = ["fr", "xx"]
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="accepted languages missing from candidates"):
        language.load_language_rules(bad)


# ---------------------------------------------------------------------------------------------
# Through the pipeline, on scans read by the real Tesseract

SPANISH_RECORD = [
    "MINISTERIO DE JUSTICIA",
    "CERTIFICADO DE ANTECEDENTES PENALES",
    "El Registro Central de Penados certifica que, consultados los datos obrantes",
    "en el mismo, no constan antecedentes penales vigentes a nombre de la persona",
    "cuyos datos de identificación figuran en este documento.",
    "Este certificado se expide a petición de la persona interesada para surtir",
    "efectos ante las autoridades del Reino de Bélgica, con una validez de tres meses.",
    "Expedido en Madrid, a 2 de octubre de 2026. SPECIMEN",
]
FRENCH_TRANSLATION = [
    "TRADUCTION JURÉE DE L'ESPAGNOL",
    "Extrait de casier judiciaire - Certificat de l'absence de condamnations",
    "Le Registre central des condamnés certifie que, après consultation des données qu'il contient,",
    "aucun antécédent pénal en vigueur ne figure au nom de la personne dont les données",
    "d'identification figurent dans le présent document. Délivré à Madrid le 2 octobre 2026.",
    "Je soussigné, traducteur juré près le tribunal de première instance de Bruxelles,",
    "certifie la présente traduction conforme à l'original espagnol.",
    "Traduction certifiée conforme. Registre national des traducteurs jurés n° 20123. SPECIMEN",
]
CYRILLIC_RECORD = [
    "Справка о наличии или отсутствии судимости",
    "Выдана гражданину в том, что он не имеет судимости",
    "и не подвергался уголовному преследованию на территории",
    "Российской Федерации. Справка выдана по месту требования",
    "для представления в компетентные органы Королевства Бельгии.",
]


def _criminal_record(report):
    return next(r for r in report.requirements if r.id == "criminal_record")


@pytest.fixture(scope="module")
def spanish_scan(tmp_path_factory) -> Path:
    return _scan(SPANISH_RECORD, tmp_path_factory.mktemp("es") / "casier-judiciaire.png")


def _check(paths, page_cache):
    from docscan.pipeline import check_bundle
    from docscan.settings import Settings

    return check_bundle(paths, "single-permit-fixed-term", "brussels", today=date(2026, 11, 15),
                        applicant=Applicant(filed_by_agent=False), settings=Settings(workers=1), cache=page_cache)


@pytest.mark.slow
def test_spanish_criminal_record_scan_needs_a_translation(spanish_scan, page_cache):
    report = _check([spanish_scan], page_cache)
    (result,) = report.files
    assert result.pages[0].source == "ocr"
    (document,) = result.documents
    assert document.language == "es" and document.foreign_language and document.needs_translation
    criminal = _criminal_record(report)
    assert criminal.status == "needs_review" and criminal.reason.code == "needs_translation"
    assert "is in Spanish: add a sworn translation" in criminal.message
    assert "est en espagnol" in criminal.reason.render("fr")
    entry = report.to_dict()["files"][0]["documents"][0]
    assert entry["language"] == "es" and entry["needs_translation"] is True


@pytest.mark.slow
def test_a_sworn_translation_among_the_files_settles_it(spanish_scan, tmp_path, page_cache):
    translation = tmp_path / "traduction.pdf"
    translation.write_bytes(_pdf(FRENCH_TRANSLATION))
    report = _check([spanish_scan, translation], page_cache)
    original = next(d for f in report.files for d in f.documents if d.file == "casier-judiciaire.png")
    assert original.translated_in == "traduction.pdf" and not original.needs_translation
    criminal = _criminal_record(report)
    assert criminal.reason.code != "needs_translation"
    assert "translation_found" in [r.code for r in criminal.reasons]
    assert criminal.files == ("casier-judiciaire.png",)  # the translation is not a second candidate


@pytest.mark.slow
def test_cyrillic_scan_is_flagged_by_its_script(tmp_path, page_cache):
    scan = _scan(CYRILLIC_RECORD * 2, tmp_path / "casier-judiciaire.png", font="DejaVu")
    report = _check([scan], page_cache)
    (document,) = report.files[0].documents
    assert document.script == "Cyrl" and document.needs_translation
    criminal = _criminal_record(report)
    assert criminal.reason.code in ("needs_translation", "needs_translation_script")
    assert criminal.status == "needs_review"


def test_belgian_bilingual_sample_is_not_flagged(page_cache):
    """A born-digital sample of each of the four languages: language read, nothing flagged."""
    from docscan.pipeline import check_bundle
    from docscan.settings import Settings

    root = Path(__file__).resolve().parent.parent / "sample_docs" / "documents" / "pdf"
    files = [root / lang / "criminal_record.pdf" for lang in ("fr", "nl", "de", "en")]
    report = check_bundle(files, "single-permit-fixed-term", "brussels", today=date(2026, 11, 15),
                          settings=Settings(workers=1), cache=page_cache)
    documents = [d for f in report.files for d in f.documents]
    assert {d.language for d in documents} == {"fr", "nl", "de", "en"}
    assert not any(d.needs_translation for d in documents)
