"""Legibility: can a person (and the portal) read this page?

Image measures alone cannot say: a slightly soft 300 dpi scan reads perfectly while a sharp
60 dpi one does not. So the verdict is taken from what OCR actually read — how many real
words, how sure Tesseract was, whether the words that identify the document were found — and
the image measures of `quality.py` supply the reasons a person can act on ("blurry: rescan at
300 dpi and hold the phone still").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .classify import UNKNOWN, Classification
from .datafiles import RULES_DIR, load_model
from .models import Reason
from .ocr import OcrResult

_VOWELS = re.compile(r"[aeiouyàâäéèêëïîôöùûüæœ]", re.IGNORECASE)
_LETTERS = re.compile(r"^[^\W\d_]{2,}$")


class LegibilityThresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    confident_word: float = Field(ge=0, le=100)
    min_read_words: int = Field(ge=1)
    min_read_share: float = Field(gt=0, le=1)
    min_words_if_type_confirmed: int = Field(ge=1)
    max_unread_blurred_share: float = Field(default=0.25, gt=0, le=1)


@lru_cache(maxsize=4)
def load_thresholds(path: Path | None = None) -> LegibilityThresholds:
    return load_model(path or RULES_DIR / "legibility.yaml", LegibilityThresholds)


@dataclass(frozen=True)
class Legibility:
    legible: bool
    read_words: int
    read_share: float
    reasons: tuple[Reason, ...]

    def to_dict(self) -> dict:
        return {"legible": self.legible, "read_words": self.read_words,
                "read_share": round(self.read_share, 3), "reasons": [r.to_dict() for r in self.reasons]}


def read_words(reading: OcrResult, confident_word: float) -> int:
    """Words that are really words: letters only, two or more, with a vowel, read with confidence."""
    return sum(1 for w in reading.words
               if w.confidence >= confident_word and _LETTERS.match(w.text) and _VOWELS.search(w.text))


def judge(reading: OcrResult, classification: Classification, image_reasons: tuple[Reason, ...] = (),
          blank: bool = False, thresholds: LegibilityThresholds | None = None, *,
          hidden: bool = False, unread_blur: float = 0.0) -> Legibility:
    """Combine what OCR read with the image measures into a verdict with reasons.

    `image_reasons` are the quality gate's and the capture stage's findings (blurry, low
    resolution, dark, glare, cut off); they are kept as explanations when the page is
    illegible, and as advice when it is legible but poor (the portal may still reject a soft
    scan). `hidden` says a capture fault hides part of the text (a glare or a finger over it,
    text running out of the picture): what is under it cannot be read, however well the rest
    reads. `unread_blur` is the share of the page's text that is blurred and where no word was
    read (`unread_blurred_share`): a sharp title must not make a page legible when its body
    cannot be read.
    """
    limits = thresholds or load_thresholds()
    if reading.source == "text_layer":
        return Legibility(True, len(reading.words), 1.0, ())
    if blank:
        return Legibility(False, 0, 0.0, image_reasons or (Reason.of("blank_page", ink=0.0),))
    words = read_words(reading, limits.confident_word)
    share = words / len(reading.words) if reading.words else 0.0
    if hidden:
        return Legibility(False, words, share, image_reasons)
    if unread_blur >= limits.max_unread_blurred_share and not mrz_valid(classification):
        body = Reason.of("body_unreadable", share=round(unread_blur, 2))
        return Legibility(False, words, share, (*image_reasons, body))
    if decide(words, share, type_confirmed(classification), mrz_valid(classification), limits):
        return Legibility(True, words, share, image_reasons)
    # Without an image finding, the advice is the general one (flat, 300 dpi, good light).
    ocr_reason = Reason.of("unreadable_text", words=words, needed=limits.min_read_words,
                           advice=None if image_reasons else Reason("rescan_flat"))
    return Legibility(False, words, share, (*image_reasons, ocr_reason))


def type_confirmed(classification: Classification) -> bool:
    return classification.doc_type != UNKNOWN and classification.confident


def mrz_valid(classification: Classification) -> bool:
    return classification.mrz is not None and classification.mrz.valid


def decide(words: int, share: float, confirmed: bool, mrz_ok: bool, limits: LegibilityThresholds) -> bool:
    """The verdict from the counts alone: `judge` uses it, and so does the calibration, which
    counts a page's words once per `confident_word` and then tries thousands of thresholds."""
    # The share of real words must hold in every case: a page whose big title survives a 60 dpi
    # scan still has its type recognised, but the body is garbage (17% of its words read).
    enough_words = words >= limits.min_read_words or (confirmed and words >= limits.min_words_if_type_confirmed)
    return (enough_words and share >= limits.min_read_share) or mrz_ok


def unread_blurred_share(reading: OcrResult, page_quality) -> float:
    """Share of the page's inked tiles that are blurred and hold no word read with confidence.

    The quality gate marks the blurred tiles (`PageQuality.blurry_boxes`); a tile where OCR still
    read a real word (letters, a vowel, confident) is read. What is left is text that could not
    be read: over a quarter of the text (`max_unread_blurred_share`), the page is illegible even
    when a large sharp title or a few header fields were read and the type was recognised.
    """
    if page_quality is None or not page_quality.inked_tiles or not page_quality.blurry_boxes:
        return 0.0
    limits = load_thresholds()
    width, height = page_quality.width, page_quality.height
    centres = [_unturned(w.left + w.width / 2, w.top + w.height / 2, reading.rotation, width, height)
               for w in reading.words
               if w.confidence >= limits.confident_word and _LETTERS.match(w.text) and _VOWELS.search(w.text)]
    unread = 0
    for left, top, width, height in page_quality.blurry_boxes:
        if not any(left <= x < left + width and top <= y < top + height for x, y in centres):
            unread += 1
    return unread / page_quality.inked_tiles


def _unturned(x: float, y: float, rotation: int, width: int, height: int) -> tuple[float, float]:
    """A point of the page OCR read after turning it `rotation` degrees clockwise, in the
    unturned page the quality gate measured (`width` x `height`)."""
    if rotation == 90:
        return y, height - x
    if rotation == 180:
        return width - x, height - y
    if rotation == 270:
        return width - y, x
    return x, y
