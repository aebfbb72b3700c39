"""Remarks printed on a Belgian residence card: single permit, access to the labour market (issue 11).

A single-permit card is a residence card like any other in its machine-readable zone; what
makes it one is a remark printed on the card ("gecombineerde vergunning", "permis unique",
"kombinierte Erlaubnis"), beside the holder's access to the labour market. Those remarks are
read here from the page text, by the phrases in `rules/card_remarks.yaml` (rules as data),
and reported as stable codes. Remarks of one group that contradict each other (two labour
market accesses) are both dropped: a doubtful remark is not stated.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from .datafiles import RULES_DIR, load_model


class Remark(BaseModel):
    """One remark: its code, the group of remarks it excludes, and the phrases that print it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    group: str | None = None
    phrases: tuple[str, ...]

    @field_validator("phrases")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("a remark needs at least one phrase")
        for phrase in value:
            try:
                re.compile(phrase)
            except re.error as exc:
                raise ValueError(f"'{phrase}' is not a regular expression ({exc})") from None
        return value


class CardRemarks(BaseModel):
    """`rules/card_remarks.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: date
    remarks: tuple[Remark, ...]


@lru_cache(maxsize=2)
def load_remarks(path: Path | None = None) -> CardRemarks:
    """The remark rules (read once per process)."""
    return load_model(path or RULES_DIR / "card_remarks.yaml", CardRemarks)


def _unaccented(text: str) -> str:
    """`text` without accents, so that 'MARCHÉ' and 'MARCHE' (as OCR often reads it) read alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def find_remarks(text: str, rules: CardRemarks | None = None) -> tuple[str, ...]:
    """The codes of the remarks `text` prints, in the rules' order; contradicting ones dropped."""
    rules = rules or load_remarks()
    plain = _unaccented(text)
    found = [remark for remark in rules.remarks
             if any(re.search(rf"(?<!\w)(?:{_unaccented(phrase)})(?!\w)", plain, re.IGNORECASE)
                    for phrase in remark.phrases)]
    groups: dict[str, int] = {}
    for remark in found:
        if remark.group:
            groups[remark.group] = groups.get(remark.group, 0) + 1
    return tuple(remark.code for remark in found if not remark.group or groups[remark.group] == 1)
