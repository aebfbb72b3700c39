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
