"""Bundle accuracy (verdicts, statuses, identity, salary truth) on chosen bundles of a corpus.

`docscan eval CORPUS` measures every bundle of a corpus together with its documents' types; the
salary and identity work of issue 15 is measured on corpus C's bundles alone (named `c-*` in
`sample_docs/independent/bundles.yaml`), per split, with the same code (`evaluate._bundles`):

    PYTHONPATH=. .venv/bin/python benchmarks/bundles_by_prefix.py dev c- --workers 1 --cache /tmp/bundles-cache

The bundles' media are generated (git-ignored): `cd sample_docs/independent && python generate.py
--missing` first. Calibrate on `dev`; report `test`.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent.parent / "sample_docs" / "independent"


def main() -> int:
    from docscan import evaluate
    from docscan.pipeline import PageCache
    from docscan.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("dev", "test"))
    parser.add_argument("prefix", nargs="?", default="", help="bundle names that start with this (c- for corpus C)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=None, help="page cache folder (kept between runs)")
    args = parser.parse_args()
    entries = yaml.safe_load((args.corpus / "bundles.yaml").read_text(encoding="utf-8"))["bundles"]
    chosen = [e for e in entries if e.get("split") == args.split and e["name"].startswith(args.prefix)]
    # The manifest must sit beside bundles.yaml: bundle paths are relative to it.
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", dir=args.corpus, prefix=".bundles-", delete=False,
                                     encoding="utf-8") as manifest:
        yaml.safe_dump({"bundles": chosen}, manifest, allow_unicode=True)
    missed: list[str] = []
    counts: dict = {}
    try:
        with tempfile.TemporaryDirectory(prefix="docscan-bundles-") as scratch:
            cache = PageCache(args.cache or scratch)
            lines = evaluate._bundles(Path(manifest.name), Settings(workers=args.workers), cache, False, missed,
                                      args.split, counts)
    finally:
        Path(manifest.name).unlink()
    print("\n".join(lines))
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
