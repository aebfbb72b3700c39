"""The command line: help for every command, clear errors, exit codes, no tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from docscan.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None):
    """Run docscan as a user would, in its own process."""
    return subprocess.run([sys.executable, "-m", "docscan", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=600)


@pytest.mark.parametrize("command,words", [
    ([], "Check a Belgian single-permit application"),
    (["check"], "--permit ID"),
    (["permits"], "--region"),
    (["types"], "document types"),
])
def test_help(capsys, command, words):
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    assert words in capsys.readouterr().out


def test_permits_lists_every_permit_with_its_requirements(capsys):
    assert main(["permits", "--region", "brussels"]) == 0
    out = capsys.readouterr().out
    assert "highly-qualified: Highly qualified worker" in out
    assert "requires (brussels): application_form, passport" in out
    assert out.count("requires (brussels)") == 8


def test_types_lists_the_fixed_ids(capsys):
    assert main(["types"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("application_form") and "order_to_leave" in out and "entry_ban" in out


@pytest.mark.parametrize("args,code,message", [
    (["check", "sample_docs/bad", "--permit", "gold-card", "--region", "flanders"], 2, "unknown permit type 'gold-card'"),
    (["check", "sample_docs/bad", "--permit", "researcher", "--region", "paris"], 2, "unknown region 'paris'"),
    (["check", "no/such/folder", "--permit", "researcher", "--region", "flanders"], 2, "no such file or folder"),
    (["check", "sample_docs/bad", "--permit", "researcher", "--region", "flanders", "--today", "15/11/2026"], 2,
     "write it as YYYY-MM-DD"),
    (["check", "sample_docs/bad", "--permit", "researcher", "--region", "flanders", "--declare", "x.pdf"], 2,
     "--declare takes FILE=TYPE"),
    (["check", "sample_docs/bad", "--permit", "researcher", "--region", "flanders", "--declare",
      "empty.pdf=visa"], 2, "unknown document type 'visa'"),
])
def test_unusable_arguments(args, code, message):
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_only_bad_files_exit_2_with_a_report():
    result = run("check", "sample_docs/bad/empty.pdf", "sample_docs/bad/program.pdf", "--permit", "researcher",
                 "--region", "flanders", "--format", "json", "--today", "2026-11-15")
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert [f["error"]["code"] for f in report["files"]] == ["empty_file", "not_a_document"]
    assert "none of the files could be read" in result.stderr


def test_missing_tesseract_exit_code_and_advice(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # no tesseract on PATH
    result = run("check", "sample_docs/bad/empty.pdf", "--permit", "researcher", "--region", "flanders", env=env)
    assert result.returncode == 4
    assert "Tesseract OCR is not installed" in result.stderr and "apt-get install" in result.stderr
    assert "Traceback" not in result.stderr


def test_permits_sources_prints_every_fact_with_url_and_dates(capsys):
    assert main(["permits", "--sources", "--region", "brussels"]) == 0
    out = capsys.readouterr().out
    assert "fees.fee_payment_proof.amounts.1: EUR 148; year 2025" in out
    assert "https://5195.f2w.bosa.be/nl/themes/faq/retributie" in out and "seen 2026-12-01" in out
    assert "regions.brussels.salary_thresholds.0: EUR 5,460.20 a month; year 2025; role manager" in out
    assert "EUR 180 / 200 / 250 (sources disagree)" in out and "VERIFY" in out
    assert "regions.flanders." not in out  # another region's facts are left out


def test_permits_stale_lists_facts_older_than_12_months(capsys):
    assert main(["permits", "--stale", "--today", "2026-12-01"]) == 1
    out = capsys.readouterr().out
    assert "older than 12 months (information before 2025-12-01" in out
    assert "[vhm-fee]" in out and "fees.fee_payment_proof.amounts.1" in out
    assert "[kpmg-2023-013]" in out and "[brusselstimes-2026]" not in out
    assert main(["permits", "--stale", "--today", "2023-02-01"]) == 0
    assert "No checklist fact rests on a source older than 12 months" in capsys.readouterr().out


def test_check_help_asks_every_fact(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for flag in ("--birth-date", "--nationality", "--in-belgium", "--renewal", "--change-of-status", "--ict-role",
                 "--research-grant", "--issued-outside-eea", "--filed-by-agent", "--no-filed-by-agent",
                 "--turkish-association", "--confirm"):
        assert flag in out


def test_confirm_names_only_documents_docscan_cannot_recognise():
    result = run("check", "sample_docs/bad/empty.pdf", "--permit", "researcher", "--region", "brussels",
                 "--confirm", "passport")
    assert result.returncode == 2
    assert "--confirm passport: not a document to confirm" in result.stderr and "employer_id_copy" in result.stderr


def test_declare_file_as_an_unrecognisable_document_confirms_it():
    from docscan.cli import _inputs

    inputs, confirmed = _inputs(["sample_docs/bad"], ["empty.pdf=employer_id_copy"], "researcher", "brussels")
    assert confirmed == {"employer_id_copy"} and inputs == ["sample_docs/bad"]


def test_given_facts_reach_the_applicant():
    from docscan.cli import _applicant, build_parser

    args = build_parser().parse_args(["check", "x", "--permit", "researcher", "--region", "brussels",
                                      "--no-filed-by-agent", "--ict-role", "manager", "--nationality", "tur"])
    applicant = _applicant(args, {"employer_id_copy"})
    assert applicant.filed_by_agent is False and applicant.ict_role == "manager" and applicant.nationality == "TUR"
    assert applicant.research_grant is None and applicant.renewal is False
    assert applicant.source_of("nationality") == "given" and applicant.confirmed == {"employer_id_copy"}
