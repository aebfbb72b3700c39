"""What one document of the independent corpus says, independent of how it is rendered.

Content modules (`content/*.py`) build `DocSpec`s from a `Person` and a `Context`; the
renderer (`render.py`) turns a spec into a born-digital PDF, a scanned PDF, a flatbed scan or a
phone photo. Keeping the two apart lets one document appear in several media and in bundles.

Everything is fictitious and every page says SPECIMEN (the renderer adds the mark; content may
also print it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Literal

BlockKind = Literal[
    "letterhead",  # issuer's name/address/logo text at the top (small, often several lines)
    "title",       # the document's own title, large/bold
    "subtitle",    # second title line (a translation, a reference to a law or annex)
    "heading",     # a section heading
    "para",        # a paragraph of running text
    "field",       # label/value pairs: rows=(("Name", "DOE John"), ...)
    "table",       # a table: rows[0] is the header row
    "list",        # bullet or numbered list: rows=(("item",), ...)
    "checkbox",    # form check boxes: rows=(("[x]", "label"), ("[ ]", "label"), ...)
    "stamp",       # a stamp or seal (rendered as a tilted box with text)
    "signature",   # a signature line: text is who signs, rendered with a scribble
    "mrz",         # machine-readable zone lines (OCR-B font): rows=(("LINE1",), ("LINE2",), ...)
    "photo",       # an ID photo placeholder box
    "footer",      # small print at the bottom
]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    align: Literal["left", "center", "right"] = "left"


@dataclass(frozen=True)
class Person:
    """The worker a document is about (fictitious)."""

    given_names: str
    surname: str
    sex: Literal["F", "M"]
    birth_date: date
    birth_place: str
    nationality: str          # ICAO 3-letter code, e.g. "IND", "MAR", "PHL", "TUR", "USA", "BRA"
    nationality_name: dict[str, str]  # by language: {"en": "Indian", "fr": "indienne", ...}
    passport_number: str
    address: str = ""


@dataclass(frozen=True)
class Context:
    """What the other documents of a bundle share: employer, dates, the region."""

    today: date                      # the day the file is checked
    issue_date: date                 # the day this document was issued / signed
    employer: str = "SPECIMEN Logistics BV"
    employer_address: str = "Rue de l'Exemple 1, 1000 Bruxelles"
    region: str = "brussels"
    permit: str = "single-permit-fixed-term"
    job_title: str = "Software engineer"
    rng: random.Random = field(default_factory=lambda: random.Random(0))


@dataclass(frozen=True)
class DocSpec:
    doc_id: str                      # unique and stable, e.g. "criminal_record-fr-commune-ixelles"
    doc_type: str                    # one of the 16 type ids, or "unknown"
    language: str                    # "fr", "nl", "de", "en", "fr+nl", or e.g. "tr+fr" (original + translation)
    model: str                       # the real-world model it imitates, and where that was found
    pages: tuple[tuple[Block, ...], ...]
    issue_date: date | None = None
    expiry_date: date | None = None
    # Optional rendering hints (added by corpus A; all have defaults, so older specs still work):
    page_size: str = "A4"            # "A4" | "ID3" (passport data page) | "ID1" (card) | "PHONE" (app screen) | "SLIP"
    font: str = ""                   # a family name known to render.py; empty: chosen from the model name


@dataclass(frozen=True)
class Model:
    """One real-world model of a document, buildable for any person and context."""

    name: str                        # e.g. "belgian-commune-extract-model-2"
    doc_type: str
    languages: tuple[str, ...]       # languages this model can be written in
    build: Callable[[Person, Context, str], DocSpec]   # (person, context, language) -> spec
    # Optional (added by corpus A, defaults keep older modules valid): which persons fit the model.
    nationalities: tuple[str, ...] = ()   # ICAO codes of persons this model is issued to; () = anyone
    in_belgium: bool | None = None         # True: only for persons already living in Belgium; None: anyone
