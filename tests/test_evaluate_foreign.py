"""`docscan eval` on a foreign.csv (issue 16), on a tiny corpus this test writes in corpus D's
truth format (its own documents and wordings, not corpus D's).

Three groups: a Colombian criminal record in Spanish with its sworn French translation and a
separate apostille (all settled); a Moroccan record without its apostille (flagged); a Belgian
sealed extract intact, and the same extract altered after sealing. One truth row is deliberately
wrong (it says an apostille is needed where the rules say none), so the false-flag and miss
counts are measured, not assumed.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from docscan import cli, evaluate_foreign
from docscan.errors import UsageError
from docscan.settings import Settings

from rendering import scan, text_pdf
from signing import make_pki, replace_page_content, sign_pdf
from test_authentication import APOSTILLE_ES, MOROCCAN_RECORD

COLOMBIAN_RECORD = [
    "REPÚBLICA DE COLOMBIA",
    "Policía Nacional - Dirección de Investigación Criminal",
    "CERTIFICADO DE ANTECEDENTES JUDICIALES",
    "La Policía Nacional certifica que, consultadas las bases de datos, la persona",
    "SPECIMEN Lucía Prada Ortiz, nacida el 1 de abril de 1994, no tiene asuntos",
    "pendientes con las autoridades judiciales ni antecedentes penales vigentes.",
    "Este certificado se expide a solicitud de la interesada el 12 de septiembre de 2026.",
    "Documento ficticio, sin valor legal. SPECIMEN",
]
FRENCH_TRANSLATION = [
    "TRADUCTION JURÉE DE L'ESPAGNOL - SPECIMEN",
    "Extrait de casier judiciaire - certificat d'antécédents judiciaires",
    "La Police nationale certifie que la personne SPECIMEN Lucía Prada Ortiz, née le",
    "1er avril 1994, n'a aucun antécédent pénal en vigueur. Délivré le 12 septembre 2026.",
    "Je soussignée, traductrice jurée près le tribunal de première instance de Liège,",
    "certifie la présente traduction conforme à l'original espagnol.",
    "Traduction certifiée conforme. Registre national des traducteurs jurés n° 30417.",
]
BELGIAN_EXTRACT = [
    "ROYAUME DE BELGIQUE - SPF Justice",
    "Casier judiciaire central - Extrait de casier judiciaire",
    "Le Casier judiciaire central certifie qu'aucune condamnation n'est inscrite au nom de",
    "SPECIMEN Dupont Marie, née le 3 mars 1990. Délivré à Bruxelles le 2 octobre 2026.",
    "Document fictif scellé électroniquement pour les tests. SPECIMEN",
]

# path, group, region, permit, doc_type, is_translation, translation_of, language, script, country,
# needs_translation, translation_present, needed, present, where, signature, expected
ROWS = [
    ("files/co-record.png", "g1", "brussels", "single-permit-fixed-term", "criminal_record", "no", "", "es", "Latin",
     "CO", "yes", "yes", "apostille", "apostille", "separate:files/co-apostille.pdf", "none", "ok"),
    ("files/co-translation.pdf", "g1", "brussels", "single-permit-fixed-term", "criminal_record", "yes",
     "files/co-record.png", "fr", "Latin", "CO", "no", "", "none", "none", "", "none", "ok"),
    ("files/co-apostille.pdf", "g1", "brussels", "single-permit-fixed-term", "apostille", "no", "", "es", "Latin", "CO",
     "no", "", "none", "none", "", "none", "ok"),
    ("files/ma-record.png", "g2", "wallonia", "single-permit-fixed-term", "criminal_record", "no", "", "fr", "Latin", "MA",
     "no", "", "apostille", "none", "", "none", "needs_apostille"),
    ("files/be-sealed.pdf", "g3", "brussels", "single-permit-fixed-term", "criminal_record", "no", "", "fr", "Latin",
     "BE", "no", "", "none", "none", "", "intact", "ok"),
    # Deliberately wrong: a Belgian extract needs no apostille. docscan must not "agree".
    ("files/be-altered.pdf", "g4", "brussels", "single-permit-fixed-term", "criminal_record", "no", "", "fr", "Latin",
     "BE", "no", "", "apostille", "none", "", "altered", "needs_apostille+signature_altered"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("foreign-corpus")
    files = folder / "files"
    files.mkdir()
    scan(COLOMBIAN_RECORD, files / "co-record.png")
    (files / "co-translation.pdf").write_bytes(text_pdf(FRENCH_TRANSLATION))
    (files / "co-apostille.pdf").write_bytes(text_pdf(APOSTILLE_ES))
    scan(MOROCCAN_RECORD, files / "ma-record.png")
    pki = make_pki()
    sealed = sign_pdf(text_pdf(BELGIAN_EXTRACT), pki)
    (files / "be-sealed.pdf").write_bytes(sealed)
    (files / "be-altered.pdf").write_bytes(replace_page_content(sealed))
    with (folder / "foreign.csv").open("w", newline="", encoding="utf-8") as out:
        out.write("# Test corpus for docscan eval (issue 16), written by tests/test_evaluate_foreign.py.\n")
        writer = csv.writer(out)
        writer.writerow(evaluate_foreign.FOREIGN_COLUMNS)
        for (path, group, region, permit, doc_type, is_translation, translation_of, language, script, country,
             needs, present_t, needed, present, where, signature, expected) in ROWS:
            writer.writerow([path, "test", f"model-{group}", group, region, permit, doc_type, is_translation,
                             translation_of, language, script, country, needs, present_t, needed, present, where,
                             signature, "SPECIMEN Casier judiciaire central" if signature != "none" else "",
                             expected, "", "fictitious"])
    return folder


@pytest.mark.slow
def test_foreign_figures(corpus, page_cache):
    result = evaluate_foreign.run(corpus, Settings(workers=1), page_cache, split="test")
    print(result.text)
    score = result.scores["test"]
    assert score.files == 6
    # The Colombian record needs a translation and has one: nothing to flag, and it is linked.
    assert (score.translation_needed, score.translation_flagged, score.translation_false) == (0, 0, 0)
    assert (score.translation_present, score.translation_linked) == (1, 1)
    # The Moroccan record's missing apostille is flagged with its kind; the wrong row is a miss.
    assert score.authentication["apostille"] == [2, 1, 1]
    assert score.authentication_false == 0
    assert score.signature_right == 6
    # All right but the deliberately wrong row (docscan says signature_altered only).
    assert score.expected_right == 5
    assert any("be-altered.pdf: expected needs_apostille+signature_altered, docscan signature_altered" in m
               for m in score.misses)
    assert result.missed == ["foreign: apostilles/legalisations flagged"]
    assert "apostille flagged (recall)" in result.text and "1/2 (50%)" in result.text
    assert "signature state right" in result.text and "6/6 (100%)" in result.text


def test_a_missing_column_names_the_file(tmp_path):
    (tmp_path / "foreign.csv").write_text("# comment\npath,split\nfiles/x.pdf,test\n", encoding="utf-8")
    with pytest.raises(UsageError, match="foreign.csv: missing column"):
        evaluate_foreign.run(tmp_path, Settings(workers=1), split="test")


@pytest.mark.slow
def test_cli_prints_the_table_for_a_corpus_with_only_foreign_csv(corpus, tmp_path, capsys):
    code = cli.main(["eval", str(corpus), "--bundles", "", "--workers", "1", "--cache", str(tmp_path / "cache")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Documents from abroad (issue 16)" in out and "translation linked" in out
