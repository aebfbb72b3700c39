#!/usr/bin/env python3
"""Time and peak memory of docscan on the worst hostile inputs (issue 13), beside a normal bundle.

    .venv/bin/python benchmarks/hostile_benchmark.py            # every input, 3 runs each (median)
    .venv/bin/python benchmarks/hostile_benchmark.py --runs 1

Each input is made by `tests/hostile.py` and checked as a user would (`docscan check FILE` or
`docscan bulk ZIP`, two page workers), in a subprocess whose whole tree — docscan, its page
workers, their Tesseract — is sampled for memory (proportional set size, as the bulk
benchmark does) every 50 ms. The baseline row is a normal applicant's bundle, so an attack is
judged by how much more than ordinary work it costs. What must hold: every run ends with a
report (exit 0 or 1, or 2 when no file could be read) or a message naming why, never a
traceback; the hostile file is reported as a problem of its own; time and memory stay well
under the page deadline and the page workers' memory limit.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import hostile  # noqa: E402  (tests/hostile.py: the attacks' generators)
from bulk_benchmark import TreeMemory  # noqa: E402

ARGS = ["--permit", "highly-qualified", "--region", "flanders", "--today", "2026-11-15", "--workers", "2"]


def inputs(folder: Path) -> list[tuple[str, str, Path]]:
    """(label, command, path) of each input, the baseline first."""
    return [
        ("baseline: a normal bundle (8 files)", "check", ROOT / "sample_docs" / "bundles" / "highly-qualified-complete"),
        ("PDF content bomb, 32 MB of operators", "check", hostile.content_stream_bomb(folder, 32, "bomb-32.pdf")),
        ("PDF content bomb just under the 4 MB bound", "check", hostile.content_stream_bomb(folder, 3.9, "bomb-3.9.pdf")),
        ("PDF page of 200 x 200 inches", "check", hostile.huge_page_pdf(folder)),
        ("PDF of 2,000 empty pages", "check", hostile.many_pages_pdf(folder)),
        ("PNG declaring 30,000 x 30,000 pixels", "check", hostile.pixel_bomb_png(folder)),
        ("zip of 4,096 x 1 MiB entries", "bulk", hostile.many_small_entries_bomb(folder)),
        ("zip of 20,000 x 60 KiB entries", "bulk", hostile.many_tiny_entries_bomb(folder)),
    ]


def run_once(command: str, path: Path, scratch: Path) -> dict:
    out = scratch / "out"
    if command == "check":
        args = [sys.executable, "-m", "docscan", "check", str(path), *ARGS, "--format", "json"]
    else:
        args = [sys.executable, "-m", "docscan", "bulk", str(path), "--out", str(out), *ARGS, "--quiet"]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=scratch)
    with TreeMemory(process.pid) as memory:
        stdout, stderr = process.communicate(timeout=1800)
    seconds = time.perf_counter() - started
    reported, outcome = _outcome(command, stdout, stderr, out)
    return {"seconds": seconds, "peak": memory.peak, "exit": process.returncode, "reported": reported,
            "outcome": outcome, "traceback": "Traceback" in stderr}


def _outcome(command: str, stdout: str, stderr: str, out: Path) -> tuple[bool, str]:
    """Whether the user got a report, and what it says of the files, as codes (never their text)."""
    if command == "check":
        try:
            report = json.loads(stdout)
        except json.JSONDecodeError:
            return False, "no report: " + (stderr.strip().splitlines() or [""])[-1][:80]
        codes = sorted({entry["error"]["code"] for entry in report.get("files", []) if entry.get("error")}
                       | {page["error"]["code"] for entry in report.get("files", []) for page in entry.get("pages", [])
                          if page.get("error")})
        return True, f"verdict {report.get('verdict')}; " + (", ".join(codes[:3]) or "every page read")
    summary = out / "summary.csv"
    if summary.exists():
        return True, "summary.csv written"
    # No worker could be found: a usage error, but only if it names why.
    said = (stderr.strip().splitlines() or [""])[-1]
    return said.startswith("docscan: "), said[:90]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per input; the median is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docscan-hostile-") as work:
        folder = Path(work) / "inputs"
        folder.mkdir()
        rows = []
        for label, command, path in inputs(folder):
            size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size
            runs = []
            for i in range(args.runs):
                scratch = Path(work) / f"run-{len(rows)}-{i}"
                scratch.mkdir()
                runs.append(run_once(command, path, scratch))
            rows.append((label, size, runs))
            median_s = statistics.median(r["seconds"] for r in runs)
            median_mb = statistics.median(r["peak"] for r in runs) / 2**20
            print(f"{label:45} {size / 1024:>9,.0f} KB  {median_s:7.1f} s  {median_mb:7.0f} MB  "
                  f"exit {','.join(str(r['exit']) for r in runs)}  {runs[-1]['outcome']}", flush=True)
        base_s = statistics.median(r["seconds"] for r in rows[0][2])
        base_mb = statistics.median(r["peak"] for r in rows[0][2])
        worst = max(rows[1:], key=lambda row: statistics.median(r["peak"] for r in row[2]))
        slowest = max(rows[1:], key=lambda row: statistics.median(r["seconds"] for r in row[2]))
        print(f"\nworst memory: {worst[0]}: {statistics.median(r['peak'] for r in worst[2]) / 2**20:.0f} MB "
              f"({statistics.median(r['peak'] for r in worst[2]) / base_mb:.2f}x the baseline)")
        print(f"slowest: {slowest[0]}: {statistics.median(r['seconds'] for r in slowest[2]):.1f} s "
              f"({statistics.median(r['seconds'] for r in slowest[2]) / base_s:.2f}x the baseline)")
        failed = [label for label, _, runs in rows if any(not r["reported"] or r["traceback"] for r in runs)]
        if failed:
            print("no report, or a traceback, for: " + "; ".join(failed))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
