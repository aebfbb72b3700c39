"""A learned text model beside the rules, as paperless-ngx has one beside its matching rules.

Rules know the titles and phrases someone wrote down; real documents word things in ways
nobody listed. A linear model over word n-grams (1-2) and character n-grams (3-5, which
survive OCR slips and German compounds) learns the wording of each type from a varied
training corpus (`sample_docs/training/`, written apart from every evaluation corpus). It
never decides alone: `classify.decide` lets it settle a weak rules score it agrees with, make
a rules type unsure when it disagrees, and propose a type for review when the rules find nothing.

The model ships as plain data — `rules/text_model.json` (classes, vocabularies, settings,
provenance) and `rules/text_model.npz` (numeric arrays, loaded with `allow_pickle=False`) —
so loading it can never execute code, unlike a pickled scikit-learn estimator. scikit-learn's
own vectorizers are rebuilt from that data, so training and use tokenise identically.

Its reason is the words that weighed most for the type it names.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .datafiles import RULES_DIR
from .models import Reason
from .textnorm import normalise

log = logging.getLogger(__name__)

MODEL_JSON = RULES_DIR / "text_model.json"
MODEL_ARRAYS = RULES_DIR / "text_model.npz"
#: Bump when the features change: a model file of another format is refused, not misread.
FORMAT = 1
UNKNOWN = "unknown"

#: Feature settings. Word n-grams carry the readable reasons; character n-grams inside word
#: boundaries carry OCR-damaged and compound words ("Fuhrungszeugnis", "strafregisteruittreksel").
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)
MAX_WORD_FEATURES = 30000
MAX_CHAR_FEATURES = 60000
#: Inverse regularisation strength of the logistic regression.
C = 8.0
#: How many of the weightiest words the reason names.
REASON_WORDS = 5


@dataclass(frozen=True)
class Prediction:
    """The model's type for a page, its probability, and the words that weighed most."""

    doc_type: str
    probability: float
    top_words: tuple[str, ...]
    runner_up: str | None = None

    def describe(self) -> Reason:
        """The model's opinion as a reason (the type's name is written at the edge, in its language)."""
        words = Reason.of("words_quoted", words=list(self.top_words)) if self.top_words else Reason("whole_wording")
        return Reason.of("model", doc_type=self.doc_type, probability=round(self.probability, 2), words=words)


class TextModel:
    """A trained model rebuilt from its plain-data files."""

    def __init__(self, meta: dict, arrays: dict[str, np.ndarray]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        if meta.get("format") != FORMAT:
            raise ValueError(f"text model format {meta.get('format')} is not {FORMAT}")
        self.meta = meta
        self.classes: tuple[str, ...] = tuple(meta["classes"])
        self._words = TfidfVectorizer(**_word_settings(), vocabulary=meta["word_vocabulary"])
        self._words.idf_ = arrays["word_idf"]
        self._chars = TfidfVectorizer(**_char_settings(), vocabulary=meta["char_vocabulary"])
        self._chars.idf_ = arrays["char_idf"]
        self._coef = arrays["coef"].astype(np.float32)
        # The features' product is sparse x dense: scipy copies a dense operand that is not in row
        # order (the transposed view) on every call, about a third of a prediction's time.
        self._coef_t = np.ascontiguousarray(self._coef.T)
        self._intercept = arrays["intercept"].astype(np.float32)
        self._word_names = np.asarray(meta["word_vocabulary"], dtype=object)
        self._n_words = len(meta["word_vocabulary"])
        if self._coef.shape != (len(self.classes), self._n_words + len(meta["char_vocabulary"])):
            raise ValueError("text model arrays do not fit its vocabulary")

    def predict(self, text: str) -> Prediction:
        """The most probable type (or unknown) with the words that weighed most for it."""
        features = self._features([text])
        scores = features @ self._coef_t + self._intercept
        scores = np.asarray(scores).ravel()
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        order = np.argsort(-probabilities, kind="stable")
        best = int(order[0])
        row = features.getrow(0)
        word_part = row[:, : self._n_words].tocoo()
        contributions = word_part.data * self._coef[best, word_part.col]
        top = [str(self._word_names[word_part.col[i]]) for i in np.argsort(-contributions, kind="stable")
               if contributions[i] > 0][:REASON_WORDS]
        return Prediction(self.classes[best], float(probabilities[best]), tuple(top),
                          self.classes[int(order[1])] if len(order) > 1 else None)

    def _features(self, texts: Sequence[str]):
        from scipy.sparse import hstack

        prepared = [normalise(t) for t in texts]
        return hstack([self._words.transform(prepared), self._chars.transform(prepared)]).tocsr()


def _word_settings() -> dict:
    # Letters only, two or more: numbers (dates, amounts, file numbers) are person-specific.
    return dict(analyzer="word", ngram_range=WORD_NGRAMS, token_pattern=r"(?u)\b[^\W\d_]{2,}\b",
                sublinear_tf=True, lowercase=False, dtype=np.float32)


def _char_settings() -> dict:
    return dict(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, lowercase=False,
                dtype=np.float32)


@lru_cache(maxsize=1)
def load_shipped() -> TextModel | None:
    """The model shipped in the package, or None (rules alone) when its files are absent."""
    return load(MODEL_JSON, MODEL_ARRAYS)


def load(meta_path: Path, arrays_path: Path) -> TextModel | None:
    if not meta_path.exists() or not arrays_path.exists():
        log.warning("no learned text model at %s: classifying by rules alone", meta_path)
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(arrays_path, allow_pickle=False) as arrays:
        return TextModel(meta, {name: arrays[name] for name in arrays.files})


# ---------------------------------------------------------------------------------------------
# Training (run by sample_docs/training/train.py; never at run time)


def train(texts: Sequence[str], labels: Sequence[str], *, provenance: str, seed: int = 0) -> tuple[dict, dict]:
    """Fit the vectorizers and a multinomial logistic regression; return (meta, arrays) to save."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    prepared = [normalise(t) for t in texts]
    words = TfidfVectorizer(**_word_settings(), max_features=MAX_WORD_FEATURES, min_df=2)
    chars = TfidfVectorizer(**_char_settings(), max_features=MAX_CHAR_FEATURES, min_df=2)
    features = hstack([words.fit_transform(prepared), chars.fit_transform(prepared)]).tocsr()
    classifier = LogisticRegression(C=C, max_iter=2000, random_state=seed)
    classifier.fit(features, list(labels))
    word_vocabulary = _ordered_vocabulary(words.vocabulary_)
    char_vocabulary = _ordered_vocabulary(chars.vocabulary_)
    meta = {
        "format": FORMAT,
        "classes": [str(c) for c in classifier.classes_],
        "word_vocabulary": word_vocabulary,
        "char_vocabulary": char_vocabulary,
        "settings": {"word_ngrams": WORD_NGRAMS, "char_ngrams": CHAR_NGRAMS, "C": C,
                     "max_word_features": MAX_WORD_FEATURES, "max_char_features": MAX_CHAR_FEATURES},
        "trained_on": provenance,
        "samples": len(prepared),
        "trained": date.today().isoformat(),
    }
    arrays = {"coef": classifier.coef_.astype(np.float32), "intercept": classifier.intercept_.astype(np.float32),
              "word_idf": words.idf_.astype(np.float32), "char_idf": chars.idf_.astype(np.float32)}
    return meta, arrays


def _ordered_vocabulary(vocabulary: dict[str, int]) -> list[str]:
    ordered = [""] * len(vocabulary)
    for term, index in vocabulary.items():
        ordered[index] = term
    return ordered


def save(meta: dict, arrays: dict, meta_path: Path = MODEL_JSON, arrays_path: Path = MODEL_ARRAYS) -> str:
    """Write the model's two files; returns the SHA-256 of the arrays (for the training log)."""
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    with arrays_path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
    load_shipped.cache_clear()
    return hashlib.sha256(arrays_path.read_bytes()).hexdigest()


def iter_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
