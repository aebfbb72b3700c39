"""Type evaluation on the independent corpus: labels, scores, calibration, and the CI gate."""

import subprocess
import sys
from pathlib import Path

import pytest

from docscan import classify, evaluate_types
from docscan.errors import UsageError
from docscan.evaluate_types import FileOutcome, score_outcomes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "sample_docs" / "independent"


def _labels(tmp_path, rows):
    (tmp_path / "labels.csv").write_text("# comment\npath,doc_type,model,split\n" + "\n".join(rows) + "\n")
    return tmp_path


def test_a_model_in_both_splits_is_refused(tmp_path):
    corpus = _labels(tmp_path, ["a.pdf,payslip,m1,dev", "b.pdf,payslip,m1,test"])
    with pytest.raises(UsageError, match="both splits"):
        evaluate_types.load_labels(corpus, classify.load_rules())


def test_unknown_type_and_split_are_refused(tmp_path):
    with pytest.raises(UsageError, match="not a document type"):
        evaluate_types.load_labels(_labels(tmp_path, ["a.pdf,visa,m1,dev"]), classify.load_rules())
    with pytest.raises(UsageError, match="dev or test"):
        evaluate_types.load_labels(_labels(tmp_path, ["a.pdf,payslip,m1,calibration"]), classify.load_rules())


def test_independent_corpus_is_told_by_its_model_column(tmp_path):
    assert evaluate_types.is_independent_corpus(_labels(tmp_path, ["a.pdf,payslip,m1,dev"]))
    (tmp_path / "labels.csv").write_text("path,doc_type,base,split\n")
    assert not evaluate_types.is_independent_corpus(tmp_path)


def test_scores_count_the_failures_that_matter():
    outcomes = [FileOutcome("payslip", "payslip", True),          # right
                FileOutcome("payslip", "payslip", False),         # right, but sent to review
                FileOutcome("diploma", "payslip", True),          # confident and wrong
                FileOutcome("diploma", "unknown", True),          # missed, not confident-wrong
                FileOutcome("unknown", "criminal_record", False),  # unrelated given a type
                FileOutcome("unknown", "unknown", True)]
    score = score_outcomes([f"f{i}" for i in range(6)], outcomes)
    assert (score.right, score.confident_wrong, score.needs_review, score.known) == (3, 1, 1, 4)
    assert (score.unrelated_typed, score.unrelated) == (1, 2)
    assert evaluate_types.confident_precision(outcomes) == pytest.approx(1 / 2)
    assert len(score.wrong) == 3


def test_write_thresholds_updates_the_rules_file_in_place(tmp_path):
    rules = tmp_path / "document_types.yaml"
    rules.write_text("# keep me\nmin_score: 8\nconfident_score: 14\ncalibration: \"old\"\ntypes: {}\n")
    evaluate_types.write_thresholds(rules, {"min_score": 10.0, "confident_score": 12.0}, "dev split, today")
    text = rules.read_text()
    assert "# keep me" in text and "min_score: 10\n" in text and "confident_score: 12\n" in text
    assert 'calibration: "dev split, today"' in text


@pytest.mark.slow
def test_independent_dev_subset_meets_the_targets(tmp_path):
    """CI's gate: the CI subset of the independent corpus's dev split, through the real pipeline."""
    generated = subprocess.run([sys.executable, str(CORPUS / "generate.py"), "--subset", "--missing"],
                               capture_output=True, text=True, timeout=900)
    assert generated.returncode == 0, generated.stderr[-2000:]
    run = subprocess.run([sys.executable, "-m", "docscan", "eval", str(CORPUS), "--subset", "--split", "dev",
                          "--check", "--cache", str(tmp_path / "cache")],
                         capture_output=True, text=True, timeout=1800, cwd=ROOT)
    print(run.stdout)
    assert "type right" in run.stdout and "confident & wrong" in run.stdout
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
