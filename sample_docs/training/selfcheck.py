#!/usr/bin/env python3
"""Leave-one-family-out check of the training corpus (needs scikit-learn).

For each round, one template family per class is held out: a word + character n-gram linear
model is trained on the other families (seed 0) and tested on fresh samples of the held-out
families (another seed). Low scores point at families whose wording no other family covers.
This measures the generator's internal variety only, not accuracy on real documents.

    .venv/bin/python sample_docs/training/selfcheck.py [--rounds 5] [--per-type 150]
"""
import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.pipeline import make_union  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=150)
    a = ap.parse_args()
    tr = list(g.samples(0, a.per_type))
    te = list(g.samples(7, a.per_type // 2))
    fam = lambda t: t.rsplit("_", 1)[0]  # noqa: E731
    fams = collections.defaultdict(set)
    for x in tr:
        fams[x["doc_type"]].add(fam(x["template"]))
    rec = collections.defaultdict(list)
    errs = collections.Counter()
    for rnd in range(a.rounds):
        rr = random.Random(rnd)
        held = {c: rr.choice(sorted(v)) for c, v in fams.items()}
        trn = [x for x in tr if fam(x["template"]) != held[x["doc_type"]]]
        tst = [x for x in te if fam(x["template"]) == held[x["doc_type"]]]
        vec = make_union(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode"),
                         TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True, strip_accents="unicode"))
        clf = LinearSVC(C=0.5).fit(vec.fit_transform([x["text"] for x in trn]), [x["doc_type"] for x in trn])
        for x, q in zip(tst, clf.predict(vec.transform([x["text"] for x in tst]))):
            rec[(x["doc_type"], fam(x["template"]))].append(q == x["doc_type"])
            if q != x["doc_type"]:
                errs[(x["doc_type"], fam(x["template"]), q)] += 1
    n = sum(len(v) for v in rec.values())
    print(f"held-out accuracy over {a.rounds} rounds: {sum(sum(v) for v in rec.values()) / n:.3f} ({n} pages)")
    for k, v in sorted(rec.items(), key=lambda kv: sum(kv[1]) / len(kv[1]))[:20]:
        print(f"  {sum(v) / len(v):.2f}  n={len(v):3d}  {k[0]} / {k[1]}")
    print("most frequent errors (true, family, predicted):")
    for k, v in errs.most_common(12):
        print(f"  {v:3d}  {k[0]} / {k[1]} -> {k[2]}")


if __name__ == "__main__":
    main()
