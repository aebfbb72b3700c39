"""Layout: which lines of a page are its title, from their size and place, not their order.

A document names itself in its title: the largest lines near the top of its first page
("EXTRAIT DU CASIER JUDICIAIRE"). The body may name other documents ("Passeport n°",
"joindre une copie du contrat de travail"), and the first characters of a page are often a
letterhead, a reference or a stamp. So the title is found from geometry: Tesseract's line
boxes for scans and photos, the PDF's font sizes for text layers.

This module is a leaf: it imports nothing of the project, so OCR, ingest and classification
can all speak its `TextLine`.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class TextLine:
    """One line of text with its box in page units (pixels for scans, points for PDFs)."""

    text: str
    top: float
    height: float
    left: float = 0.0
    width: float = 0.0


#: The title is looked for in this top share of the first page. Measured on the own corpora's
#: letters and forms: titles sit in the top 45% (an official letter with a large letterhead
#: and an address block puts its "Objet" line lowest, at about 40%).
TITLE_ZONE = 0.5
#: A title line is at least this much taller than the page's usual line. Bold body-size
#: titles are missed by this test; they still count as body text, and the learned model
#: reads the whole page.
TITLE_HEIGHT_FACTOR = 1.25
#: At most this many title lines: letterhead, title, subtitle, a translation of the title.
MAX_TITLE_LINES = 5
#: Lines shorter than this (letters) are page furniture (a logo letter, a page number).
MIN_TITLE_LETTERS = 4
#: A line of more words than this is a sentence, not a title: a photographed letter's skewed
#: lines come out tall, and "in het kader van uw indiensttreding ... wordt u verwacht" is no
#: title (issue 10, dev split). The longest titles of the corpora ("Aanvraag voor een
#: gecombineerde vergunning - toelating tot verblijf en arbeid") have 11 words.
MAX_TITLE_WORDS = 14
#: The watermark word of specimen documents is never a title.
_FURNITURE = {"specimen", "copy", "copie", "kopie", "page", "pagina", "seite"}


def title_lines(lines: tuple[TextLine, ...] | list[TextLine], page_height: float) -> tuple[TextLine, ...]:
    """The lines that form the page's title: tall lines in the top part, largest first.

    Returns no lines when the page has no line clearly larger than its body text: then no
    part of the page gets a title's weight (better than crediting whatever comes first).
    """
    usable = [line for line in lines if line.height > 0 and _letters(line.text) >= MIN_TITLE_LETTERS]
    if len(usable) < 2 or page_height <= 0:
        return ()
    body = statistics.median(line.height for line in usable)
    top_part = [line for line in usable if line.top < TITLE_ZONE * page_height]
    tall = [line for line in top_part
            if line.height >= TITLE_HEIGHT_FACTOR * body and not _is_furniture(line.text)
            and len(line.text.split()) <= MAX_TITLE_WORDS]
    tall.sort(key=lambda line: (-line.height, line.top))
    return tuple(sorted(tall[:MAX_TITLE_LINES], key=lambda line: line.top))


def title_text(lines: tuple[TextLine, ...] | list[TextLine], page_height: float) -> str:
    """The title lines joined, top to bottom ("" when the page has no title by its layout)."""
    return "\n".join(line.text for line in title_lines(lines, page_height))


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _is_furniture(text: str) -> bool:
    words = {word.strip(".:-–—()[]").lower() for word in text.split()}
    return bool(words) and words <= _FURNITURE | {""} or text.strip().isdigit()
