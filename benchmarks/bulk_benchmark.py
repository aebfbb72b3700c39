#!/usr/bin/env python3
"""Bulk benchmark: `docscan bulk` against the naive baseline, on the same corpus, in one run.

    .venv/bin/python benchmarks/bulk_benchmark.py                     # 50 workers, full baseline
    .venv/bin/python benchmarks/bulk_benchmark.py --baseline-workers 22
    .venv/bin/python benchmarks/bulk_benchmark.py --workers 1000 --baseline-workers 0   # the 1,000-worker run
    .venv/bin/python benchmarks/bulk_benchmark.py --dask --workers 8  # a local Dask cluster: 1 vs 2 workers

The corpus: `--workers` HR workers, cycling through the 22 sample bundles of `sample_docs/`
(mostly born-digital PDFs, up to four scans and photos each, bad files in one of them), with a
manifest giving each worker the permit, region and facts of its bundle. Every file is made
unique per worker (a few bytes in a place readers ignore: after a PDF's end, a PNG text chunk,
after a JPEG's end, a free box in a HEIC), so no page is served from a cache or read once for
two workers: both sides do all the work.

`--dask` measures `docscan bulk --scheduler` instead: the same corpus through a local Dask
cluster (`dask scheduler` and single-threaded `dask worker` processes on 127.0.0.1, started as
the README says, by tests/dask_cluster.py) of one worker, then of two; it prints the pages per
second of each and their ratio (issue 18's target: at least 1.8x on this 2-core machine).
Each cluster is started before its timed run; the run includes each worker's first page
process start, as a real run does.

The baseline is what a first version does: every page rendered at 300 dpi (born-digital PDFs
included) and OCRed whole with `-l eng+fra+nld+deu`, one page after the other, Tesseract with
its default threading; then docscan's own classification on the text. `--baseline-workers N`
runs it on the first N workers only (the first 22 are one of each bundle) because it is slow;
throughput is pages per second on what each side read.

Accuracy, for both: the document type of every file whose type is known (its bytes are those
of a labelled file of `sample_docs/documents`), judged from content alone. For docscan also
the bundle verdicts and requirement statuses against `sample_docs/bundles.yaml`.

Peak memory is the largest sum of proportional set sizes (PSS: resident memory with shared
pages divided among the processes sharing them) over the process tree — the main process, its
worker processes and their Tesseract children — sampled every 50 ms from /proc.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"
sys.path.insert(0, str(ROOT))

from docscan import classify  # noqa: E402
from docscan.evaluate import label_corpus  # noqa: E402
from docscan.models import FACT_NAMES  # noqa: E402

TODAY = "2026-11-15"
LANGUAGES = "eng+fra+nld+deu"
#: Each Tesseract call of the baseline has a time limit too (a page never takes this long).
BASELINE_TIMEOUT = 300


# ---------------------------------------------------------------------------------------------
# Corpus


def unique_copy(source: Path, target: Path, tag: bytes) -> None:
    """Copy `source` with `tag` added where the format's readers ignore it, so hashes differ."""
    data = source.read_bytes()
    if data.startswith(b"\x89PNG"):
        end = data.rindex(b"IEND") - 4
        chunk = b"tEXt" + b"Comment\0" + tag
        import zlib
        data = data[:end] + len(chunk[4:]).to_bytes(4, "big") + chunk + zlib.crc32(chunk).to_bytes(4, "big") + data[end:]
    elif data[4:8] == b"ftyp":  # HEIC: a top-level free box
        box = b"free" + tag
        data += (len(box) + 4).to_bytes(4, "big") + box
    else:  # PDF (after %%EOF), JPEG (after EOI), TIFF (offsets are absolute), bad files
        data += b"\n%" + tag + b"\n"
    target.write_bytes(data)


def _manifest_cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return "" if value is None else str(value)


def build_corpus(folder: Path, workers: int) -> tuple[list[dict], dict[str, str]]:
    """Worker folders + manifest.csv; returns the expected bundle per worker and file-type truth by hash."""
    bundles = yaml.safe_load((SAMPLES / "bundles.yaml").read_text(encoding="utf-8"))["bundles"]
    truth_by_hash = {hashlib.sha256(s.path.read_bytes()).hexdigest(): s.doc_type
                     for s in label_corpus(SAMPLES / "documents", classify.load_rules())}
    expected, truth = [], {}
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        # Every fact bundles.yaml gives the bundle, as an HR user's manifest would (issue 12's facts
        # and `confirmed` included: without them a declaration docscan cannot see stays to review).
        writer.writerow(["worker_id", "permit", "region", *FACT_NAMES, "confirmed"])
        for n in range(workers):
            bundle = bundles[n % len(bundles)]
            worker = f"W{n:04d}"
            facts = bundle.get("applicant") or {}
            writer.writerow([worker, bundle["permit"], bundle["region"],
                             *(_manifest_cell(facts.get(name)) for name in (*FACT_NAMES, "confirmed"))])
            target = folder / worker
            target.mkdir()
            for path in sorted((SAMPLES / bundle["path"]).iterdir()):
                original = hashlib.sha256(path.read_bytes()).hexdigest()
                unique_copy(path, target / path.name, f"docscan-benchmark {worker}".encode())
                if original in truth_by_hash:
                    truth[f"{worker}/{path.name}"] = truth_by_hash[original]
            expected.append({"worker": worker, **bundle})
    return expected, truth


# ---------------------------------------------------------------------------------------------
# Memory


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled from /proc."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(self.interval)


def tree_rss(pid: int) -> int:
    """Memory of the tree in bytes: proportional set size (shared pages split between sharers,
    so the forked workers' copy-on-write pages are not counted once per process)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _pss(current)
        stack.extend(children.get(current, ()))
    return total


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# ---------------------------------------------------------------------------------------------
# The two sides


def run_docscan(corpus: Path, out: Path, workers: int | None, scheduler: str | None = None) -> dict:
    command = [sys.executable, "-m", "docscan", "bulk", str(corpus), "--out", str(out), "--today", TODAY,
               "--no-cache", "--quiet"]
    if workers:
        command += ["--workers", str(workers)]
    if scheduler:
        command += ["--scheduler", scheduler]
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    with TreeMemory(process.pid) as memory:
        _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise SystemExit(f"docscan bulk failed ({process.returncode}):\n{stderr}")
    # CPU seconds of the docscan bulk process and of the processes it waited for (its page workers;
    # none with --scheduler, where this is the cost the machine running bulk pays for a run).
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "peak": memory.peak, "stderr": stderr, "cpu": cpu}


def run_dask_scaling(corpus: Path, folder: Path, expected: list[dict], cluster_sizes=(1, 2)) -> list[str]:
    """docscan bulk through local Dask clusters of 1 and 2 workers: throughput, ratio, accuracy."""
    sys.path.insert(0, str(ROOT / "tests"))
    from dask_cluster import LocalCluster

    lines = [f"{'':<34}{'pages':>7}{'seconds':>10}{'pages/s':>10}{'verdicts right':>16}"]
    rates, client_cpu = [], []
    for size in cluster_sizes:
        out = folder / f"out-dask-{size}"
        with LocalCluster(size) as cluster:
            run = run_docscan(corpus, out, None, cluster.address)
        scored = docscan_results(out, expected)
        rates.append(scored["pages"] / run["seconds"])
        client_cpu.append(run["cpu"] / scored["pages"])
        name = f"Dask cluster, {size} worker{'s' if size > 1 else ''} x 1 thread"
        lines.append(f"{name:<34}{scored['pages']:>7}{run['seconds']:>10.1f}{rates[-1]:>10.2f}"
                     f"{scored['verdicts']:>10}/{len(expected):<5}")
    lines += ["", f"Throughput ratio ({cluster_sizes[-1]} workers / {cluster_sizes[0]}, pages per second): "
                  f"{rates[-1] / rates[0]:.2f}x",
              f"CPU of the machine running docscan bulk, per page (start-up included): "
              f"{1000 * min(client_cpu):.0f} ms, so one of its cores keeps up with about "
              f"{1 / min(client_cpu):.0f} pages per second of cluster"]
    return lines


def run_baseline(corpus: Path, worker_ids: list[str]) -> dict:
    """Render every page at 300 dpi, OCR it whole in four languages, sequentially, default threads."""
    import pypdfium2 as pdfium
    from PIL import Image

    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    environment = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    rules = classify.load_rules()
    stages: Counter = Counter()
    types: dict[str, str] = {}
    pages = 0
    started = time.perf_counter()
    with TreeMemory(os.getpid()) as memory:
        for worker in worker_ids:
            for path in sorted((corpus / worker).iterdir()):
                tick = time.perf_counter()
                try:
                    images = _render(path, pdfium, Image)
                except Exception:  # the baseline has no quality gate: a bad file is just skipped
                    images = []
                stages["decode"] += time.perf_counter() - tick
                page_types = []
                for image in images:
                    pages += 1
                    tick = time.perf_counter()
                    with tempfile.NamedTemporaryFile(suffix=".png") as handle:
                        image.save(handle.name)
                        stages["decode"] += time.perf_counter() - tick
                        tick = time.perf_counter()
                        try:
                            text = subprocess.run(["tesseract", handle.name, "-", "-l", LANGUAGES],
                                                  capture_output=True, text=True, env=environment,
                                                  timeout=BASELINE_TIMEOUT).stdout
                        except subprocess.TimeoutExpired:
                            text = ""
                    stages["ocr"] += time.perf_counter() - tick
                    tick = time.perf_counter()
                    page_types.append(classify.classify_text(text, rules).doc_type)
                    stages["classify"] += time.perf_counter() - tick
                known = [t for t in page_types if t != classify.UNKNOWN]
                types[f"{worker}/{path.name}"] = Counter(known).most_common(1)[0][0] if known else classify.UNKNOWN
    return {"seconds": time.perf_counter() - started, "peak": memory.peak, "pages": pages, "types": types,
            "stages": dict(stages)}


def _render(path: Path, pdfium, Image) -> list:
    head = path.read_bytes()[:1024]
    if b"%PDF-" in head:
        document = pdfium.PdfDocument(str(path))
        try:
            if len(document) > 60:
                return []
            return [document[i].render(scale=300 / 72).to_pil().convert("L") for i in range(len(document))]
        finally:
            document.close()
    image = Image.open(path)
    frames = []
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        frames.append(image.convert("L"))
    return frames


# ---------------------------------------------------------------------------------------------
# Scoring and printing


def docscan_results(out: Path, expected: list[dict]) -> dict:
    types, verdicts, statuses, status_total, pages = {}, 0, 0, 0, 0
    for bundle in expected:
        report = json.loads((out / "workers" / f"{bundle['worker']}.json").read_text(encoding="utf-8"))
        verdicts += report["verdict"] == bundle["verdict"]
        got = {r["id"]: r["status"] for r in report["requirements"]}
        for requirement, status in bundle["statuses"].items():
            status_total += 1
            statuses += got.get(requirement) == status
        for entry in report["files"]:
            content = [d["doc_type"] for d in entry["documents"] if d["type_source"] == "content"
                       and d["doc_type"] != classify.UNKNOWN]
            types[f"{bundle['worker']}/{entry['path']}"] = Counter(content).most_common(1)[0][0] if content \
                else classify.UNKNOWN
            pages += len(entry["pages"])
    return {"types": types, "verdicts": verdicts, "statuses": statuses, "status_total": status_total,
            "pages": pages}


def type_accuracy(types: dict[str, str], truth: dict[str, str], workers: set[str]) -> tuple[int, int]:
    keys = [k for k in truth if k.split("/")[0] in workers]
    return sum(types.get(k) == truth[k] for k in keys), len(keys)


def stage_line(stages: dict, pages: int) -> str:
    return "  ".join(f"{name} {stages.get(name, 0.0) / max(pages, 1) * 1000:.0f} ms"
                     for name in ("decode", "quality", "ocr", "classify") if name in stages or name != "quality")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=50, help="HR workers in the corpus (default 50)")
    parser.add_argument("--baseline-workers", type=int, default=None,
                        help="run the baseline on the first N workers only (default: all; 0 skips it)")
    parser.add_argument("--processes", type=int, default=None, help="docscan's worker processes (default: cores)")
    parser.add_argument("--keep", metavar="DIR", help="build the corpus and outputs in DIR and keep them")
    parser.add_argument("--dask", action="store_true",
                        help="measure docscan bulk --scheduler on local Dask clusters of 1 and 2 workers instead")
    args = parser.parse_args()

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="docscan-bench-"))
    corpus, out = folder / "corpus", folder / "out"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    corpus.mkdir(parents=True)
    try:
        expected, truth = build_corpus(corpus, args.workers)
        if args.dask:
            print(f"Corpus: {args.workers} workers, {os.cpu_count()} cores\n")
            print("\n".join(run_dask_scaling(corpus, folder, expected)))
            return 0
        ours = run_docscan(corpus, out, args.processes)
        scored = docscan_results(out, expected)
        stage_seconds = _stage_seconds(out)
        all_workers = {b["worker"] for b in expected}
        right, total = type_accuracy(scored["types"], truth, all_workers)
        n_base = args.workers if args.baseline_workers is None else min(args.baseline_workers, args.workers)
        lines = [f"Corpus: {args.workers} workers, {scored['pages']} pages ({len(truth)} files with a known type), "
                 f"{os.cpu_count()} cores",
                 "",
                 f"{'':<34}{'pages':>7}{'seconds':>10}{'pages/s':>10}{'type accuracy':>16}{'peak memory':>14}",
                 f"{'docscan bulk':<34}{scored['pages']:>7}{ours['seconds']:>10.1f}"
                 f"{scored['pages'] / ours['seconds']:>10.2f}{_pct(right, total):>16}{_mb(ours['peak']):>14}"]
        if n_base:
            base_workers = [b["worker"] for b in expected[:n_base]]
            base = run_baseline(corpus, base_workers)
            b_right, b_total = type_accuracy(base["types"], truth, set(base_workers))
            o_right, o_total = type_accuracy(scored["types"], truth, set(base_workers))
            base_rate = base["pages"] / base["seconds"]
            lines.append(f"{'naive baseline':<34}{base['pages']:>7}{base['seconds']:>10.1f}{base_rate:>10.2f}"
                         f"{_pct(b_right, b_total):>16}{_mb(base['peak']):>14}")
            lines += ["", f"Throughput ratio (docscan / baseline, pages per second): "
                          f"{scored['pages'] / ours['seconds'] / base_rate:.1f}x"]
            if n_base < args.workers:
                lines.append(f"  (baseline run on the first {n_base} of {args.workers} workers; on those same "
                             f"workers docscan's type accuracy is {_pct(o_right, o_total)})")
            lines.append("Time per page by stage (one process's time, summed over pages / pages):")
            lines.append(f"  docscan   {stage_line(stage_seconds, scored['pages'])}")
            lines.append(f"  baseline  {stage_line(base['stages'], base['pages'])}")
        else:
            lines += ["", "Time per page by stage (one process's time, summed over pages / pages):",
                      f"  docscan   {stage_line(stage_seconds, scored['pages'])}"]
        lines.append(f"docscan bundles: verdict right {scored['verdicts']}/{len(expected)}; requirement statuses "
                     f"right {scored['statuses']}/{scored['status_total']}")
        errors = [line for line in ours["stderr"].splitlines() if line.startswith("✘")]
        lines.append(f"docscan workers not checked: {len(errors)}")
        print("\n".join(lines))
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def _stage_seconds(out: Path) -> dict:
    stages: Counter = Counter()
    for path in (out / "workers").glob("*.json"):
        report = json.loads(path.read_text(encoding="utf-8"))
        for entry in report["files"]:
            for page in entry["pages"]:
                stages.update(page.get("stages") or {})
    return dict(stages)


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} {100 * right / max(total, 1):.1f}%"


def _mb(value: int) -> str:
    return f"{value / 2**20:.0f} MB"


if __name__ == "__main__":
    sys.exit(main())
