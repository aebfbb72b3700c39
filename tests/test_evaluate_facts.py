"""`docscan eval` on salaries.csv and entry_bans.csv (issue 15), on a small corpus made here.

The corpus is rendered with reportlab at test time (born-digital PDFs with enough text to be read
from their text layer, no OCR), one document per case the figures must count: read right, sent
to review (words only), read with confidence but wrong (a label that disagrees with the page), a
document stating no salary, and entry bans with and without a readable date.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from docscan import cli, evaluate_facts
from docscan.errors import UsageError
from docscan.settings import Settings

from test_salary_pipeline import write_pdf

SALARY_DOCS = [
    # path, title, lines, label row (stated, amount, currency, period, hours, gross, basis, language, split)
    ("contrat-fr.pdf", "Contrat de travail", ["Rémunération : salaire mensuel brut de 3 703,44 EUR."],
     ("1", "3703.44", "EUR", "month", "38", "gross", "", "fr", "dev")),
    ("contract-en.pdf", "Employment contract", ["Gross annual salary: EUR 48,912.00"],
     ("1", "48912.00", "EUR", "year", "", "gross", "", "en", "dev")),
    ("vertrag-de.pdf", "Arbeitsvertrag", ["Bruttomonatsgehalt: 4.866,67 EUR"],
     ("1", "4866.67", "EUR", "month", "", "gross", "", "de", "test")),
    ("woorden-nl.pdf", "Arbeidsovereenkomst", ["Bruto maandloon: drieduizend zevenhonderd euro"],
     ("1", "3700.00", "EUR", "month", "", "gross", "", "nl", "test")),
    # The label says 5,000 a year; the document says 5,000 a month: a confident wrong reading if read as labelled.
    # (Not the other way round: a year of EUR 5,000 is itself a doubt, `usual` in rules/salary.yaml.)
    ("mislabel-en.pdf", "Employment contract", ["Gross salary: EUR 5,000.00 per month"],
     ("1", "5000.00", "EUR", "year", "", "gross", "", "en", "test")),
    ("attest-fr.pdf", "Attestation", ["Redevance payée : 148,00 EUR, compte BE57 6792 0060 9235"],
     ("0", "", "", "", "", "", "", "fr", "test")),
]

BAN_DOCS = [
    ("ban-fr.pdf", "Annexe 13sexies — Interdiction d'entrée",
     ["Une interdiction d'entrée d'une durée de trois ans est imposée.",
      "Décision notifiée à l'intéressée le 11 juin 2024."], ("2024-06-11", "3", "2027-06-11", "2026-06-11", "dev")),
    ("ban-nl.pdf", "Bijlage 13sexies — Inreisverbod",
     ["Er wordt een inreisverbod van vijf jaar opgelegd.", "Betekend op 2 maart 2025."],
     ("2025-03-02", "5", "2030-03-02", "2028-07-02", "test")),
    ("ban-de.pdf", "Anlage 13sexies — Einreiseverbot",
     ["Ein Einreiseverbot wird verhängt.", "Ausgestellt am 3. März 2025"], ("", "", "", "", "test")),
]


#: Enough letters for the page to be read from its text layer (ingest.MIN_TEXT_LAYER_LETTERS).
FILLER = ["This specimen was written for docscan's tests of the facts it reads from documents.",
          "Specimen — not a real document — fictitious names and numbers only."]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("facts-corpus")
    with (folder / "salaries.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(evaluate_facts.SALARY_COLUMNS)
        for path, title, lines, label in SALARY_DOCS:
            write_pdf(folder / path, title, [*lines, *FILLER])
            doc_type = "payslip" if path.startswith("attest") else "employment_contract"
            writer.writerow((path, doc_type, *label))
    with (folder / "entry_bans.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(evaluate_facts.ENTRY_BAN_COLUMNS)
        for path, title, lines, label in BAN_DOCS:
            write_pdf(folder / path, title, [*lines, *FILLER])
            writer.writerow((path, *label))
    return folder


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("facts-cache")


@pytest.fixture(scope="module")
def result(corpus, cache):
    from docscan.pipeline import PageCache

    return evaluate_facts.run(corpus, Settings(workers=1), PageCache(cache))


def test_every_page_is_read_from_its_text_layer(corpus):
    from docscan import ingest

    settings = Settings(workers=1)
    for path in sorted(corpus.glob("*.pdf")):
        assert ingest.load_page(ingest.probe(path, settings), 0, settings).text is not None, path.name


def test_salary_figures_per_split(result):
    dev, test = result.salaries["dev"], result.salaries["test"]
    assert (dev.stating, dev.right, dev.confident_wrong, dev.needs_review) == (2, 2, 0, 0)
    # test: the German contract right, the Dutch one in words only to review, the mislabelled one
    # confidently wrong (period), the fee attestation states no salary and none is read.
    assert (test.stating, test.right, test.confident_wrong, test.needs_review, test.not_stating) == (3, 1, 1, 1, 1)
    assert test.wrong == ["mislabel-en.pdf: expected 5000.00 gross year, read 5000.0 gross month"]


def test_entry_ban_figures_per_split(result):
    dev, test = result.entry_bans["dev"], result.entry_bans["test"]
    assert (dev.files, dev.ends_right, dev.lifting_right, dev.wrong, dev.unread) == (1, 1, 1, 0, 0)
    assert (test.files, test.ends_right, test.lifting_right, test.wrong, test.unread) == (2, 1, 1, 0, 1)


def test_the_command_line_prints_the_figures(corpus, cache, result, capsys):
    assert cli.main(["eval", str(corpus), "--workers", "1", "--cache", str(cache)]) == 0
    out = capsys.readouterr().out
    assert "salaries [test]: read right 1/3 (33.3%) of the documents stating one; confident and wrong 1" in out
    assert "entry bans [dev]: end right 1/1, lifting date right 1/1; confident and wrong 0; not read 0" in out


def test_one_split_is_read_and_printed_alone(corpus, cache, capsys):
    # Calibrating on dev must not print the test rows (nor read their files).
    assert cli.main(["eval", str(corpus), "--split", "dev", "--workers", "1", "--cache", str(cache)]) == 0
    out = capsys.readouterr().out
    assert "salaries [dev]: read right 2/2" in out and "entry bans [dev]" in out
    assert "[test]" not in out and "mislabel" not in out
    dev = evaluate_facts.run(corpus, Settings(workers=1), split="dev")
    assert set(dev.salaries) == set(dev.entry_bans) == {"dev"}


def test_a_labels_file_without_its_columns_is_refused(tmp_path):
    (tmp_path / "salaries.csv").write_text("path,amount\nx.pdf,1\n", encoding="utf-8")
    with pytest.raises(UsageError, match="salaries.csv: missing column"):
        evaluate_facts.run(tmp_path, Settings(workers=1))


def test_bundle_salary_truth_joins_the_expected_statuses_and_verdict():
    """The independent corpus's `salary:` key: compared when the report judged the salary, and a
    complete bundle with a salary under review is expected incomplete."""
    from docscan.evaluate import expected_with_salary

    entry = {"statuses": {"passport": "ok"}, "verdict": "complete", "salary": {"status": "needs_review"}}
    assert expected_with_salary(entry, {"passport": "ok", "salary": "needs_review"}) == (
        {"passport": "ok", "salary": "needs_review"}, "incomplete")
    ok = {**entry, "salary": {"status": "ok"}}
    assert expected_with_salary(ok, {"passport": "ok", "salary": "ok"}) == ({"passport": "ok", "salary": "ok"},
                                                                            "complete")
    # No salary requirement in the report (a permit without thresholds): the truth is not used.
    assert expected_with_salary(entry, {"passport": "ok"}) == ({"passport": "ok"}, "complete")
    # A manifest that lists the salary itself (docscan's own bundles) keeps its own expectation.
    own = {"statuses": {"salary": "invalid"}, "verdict": "incomplete", "salary": {"status": "ok"}}
    assert expected_with_salary(own, {"salary": "invalid"}) == ({"salary": "invalid"}, "incomplete")



@pytest.mark.parametrize(("read", "counted"), [
    (3746.17, "equivalent"),        # 22.75 x 38 h x 52 / 12 = 3,746.17: the payslip's month of pay
    (3746.50, "confident_wrong"),   # a different month
])
def test_a_month_read_for_an_hourly_rate_counts_as_its_equivalent_only_to_the_cent(read, counted):
    row = {"path": "payslip.pdf", "doc_type": "payslip", "language": "en", "stated": "1", "amount": "22.75",
           "period": "hour", "hours_per_week": "38", "gross": "gross"}
    score = evaluate_facts.SalaryScore()
    evaluate_facts._score_salary(row, f"Gross salary: EUR {read:,.2f} per month", score)
    assert (score.right, score.equivalent, score.confident_wrong, score.needs_review) == (
        (0, 1, 0, 0) if counted == "equivalent" else (0, 0, 1, 0))
    assert len(score.equivalents) == score.equivalent and len(score.wrong) == score.confident_wrong
