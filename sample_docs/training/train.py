#!/usr/bin/env python3
"""Train docscan's learned text model on the training corpus and ship it as plain data.

    .venv/bin/python sample_docs/training/train.py            # about a minute on 2 cores
    .venv/bin/python sample_docs/training/train.py --check    # also a held-out score (sanity only)

The texts come from the generators beside this file (`generate.py`, and `broad.py` when it is
there: a second corpus written by someone who saw neither docscan's rules nor `generate.py`; both
written apart from every evaluation corpus, see the README). The model is written to `docscan/rules/text_model.json` and
`docscan/rules/text_model.npz`; the JSON records the generator's seed and size and the
SHA-256 of the texts, so a model can be traced to the data it learnt from. Training is
deterministic: the same generator and seed give the same files.

The held-out score of `--check` is on texts of the same generator, so it only shows the model
learnt; how well it generalises is measured by `docscan eval sample_docs/independent`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import generate  # noqa: E402  (the training corpus generator beside this file)

try:
    import broad  # noqa: E402  (the second, independently written generator)
except ImportError:  # an older checkout: the first generator alone
    broad = None

from docscan import text_model  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-type", type=int, default=400, help="samples per type (unknown gets twice as many)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--check", action="store_true", help="hold out a fifth of the texts and score them")
    parser.add_argument("--sources", default="generate,broad",
                        help="the generators to learn from, comma-separated (default: both)")
    args = parser.parse_args()

    generators = {"generate": generate, "broad": broad}
    sources = [name for name in args.sources.split(",") if name]
    for name in sources:
        if generators.get(name) is None:
            parser.error(f"no training generator '{name}' here (known: generate, broad)")
    started = time.perf_counter()
    samples = [row for name in sources for row in generators[name].samples(seed=args.seed, per_type=args.per_type)]
    texts = [s["text"] for s in samples]
    labels = [s["doc_type"] for s in samples]
    digest = hashlib.sha256("\0".join(f"{label}\t{t}" for label, t in zip(labels, texts)).encode()).hexdigest()
    print(f"{len(samples)} training texts from {', '.join(f'{n}.py' for n in sources)} (seed {args.seed}, {args.per_type} per type) "
          f"in {time.perf_counter() - started:.1f} s; per class: {dict(sorted(Counter(labels).items()))}")
    if args.check:
        held = [i % 5 == 0 for i in range(len(samples))]
        meta, arrays = text_model.train([t for t, h in zip(texts, held) if not h],
                                        [label for label, h in zip(labels, held) if not h], provenance="check")
        model = text_model.TextModel(meta, arrays)
        right = sum(model.predict(t).doc_type == label for t, label, h in zip(texts, labels, held) if h)
        print(f"held-out (same generator, sanity only): {right}/{sum(held)} right")
    started = time.perf_counter()
    provenance = (f"sample_docs/training/{'+'.join(f'{n}.py' for n in sources)} seed {args.seed}, {args.per_type} per type, "
                  f"{len(samples)} texts, sha256 {digest[:16]}")
    meta, arrays = text_model.train(texts, labels, provenance=provenance, seed=args.seed)
    sha = text_model.save(meta, arrays)
    print(f"trained in {time.perf_counter() - started:.1f} s: {len(meta['word_vocabulary'])} word and "
          f"{len(meta['char_vocabulary'])} character features, {len(meta['classes'])} classes; "
          f"written {text_model.MODEL_JSON} and {text_model.MODEL_ARRAYS} (sha256 {sha[:16]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
