"""Shared result types: the vocabulary every stage speaks.

Stage-specific results live with their stage (`quality.PageQuality`, `ocr.OcrResult`,
`classify.Classification`, ...); what several stages and the report need is here.
All results are frozen: a later stage derives a new object instead of editing an old one,
so a result can be pickled to and from worker processes and cached by content hash.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    """Why a verdict was given: a stable `code` for programs and a `message` for people.

    The message says what to do where something can be done ("rescan at 300 dpi").
    """

    code: str
    message: str

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}
