"""Finding, cropping and reading the machine-readable zone in a page image (issue 11).

Reading the whole page once (four languages, automatic segmentation) and searching the text
for zone lines misses most small or photographed zones. What dedicated readers do, and what
this module does:

1. **Find the band** with OpenCV, the PassportEye / pyimagesearch way: a black-hat filter
   brings out dark print on a light ground, a horizontal gradient keeps text, a horizontal
   closing joins each printed line into one blob. Zone lines are told from other text by
   their shape: two or three long lines of the same width, left edge and height, one under
   the other (zone fonts are monospaced and every line is full, fillers included). The words
   the page OCR read as zone-like (fillers, long runs of capitals and digits) give one more
   candidate for free. The page is searched upright and turned by a quarter.
2. **Crop and enlarge** it so that capitals are about 30 px high (Tesseract's best size),
   straightened by the angle of its lines.
3. **Read** it with the zone's characters only and a block segmentation (`ocr.read_zone`),
   retrying other binarisations, other scales and the upside-down crop until every check
   digit passes, within `Settings.zone_seconds`. The reading whose check digits agree best
   is kept; `mrz.find_zone` turns it into facts.
4. **Settle from the printed page** what the check digits leave open (a minor's birth
   century, a number failing its digit, an issuing state the readings dispute): the data page
   above the zone is cut out at the zone's scale and read (`_settle_from_printed_fields`).

Only `ocr.py` calls Tesseract; this module only prepares images.
"""

from __future__ import annotations

import re
import resource
import time
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable, Iterator, Sequence

import cv2
import numpy as np
from PIL import Image

from . import mrz as mrz_module
from . import ocr
from .errors import OcrError
from .models import Reason
from .settings import Settings

#: Width the band finder works at. Large enough for a 300 px-wide zone on a phone photo of a
#: whole desk to keep 4-5 px capitals, small enough to stay under 50 ms a page.
SEARCH_WIDTH = 1400
#: Capital height the crop is enlarged (or reduced) to. Tesseract's own advice is about 30 px;
#: on OCR-B zones 18-22 px read better (at 30 px the first character of line 2 was dropped on
#: generated zones), and the retries try 0.7x and 1.4x.
TARGET_CAP_HEIGHT = 22
#: A zone line is at least this many times longer than high (TD1: 30 characters of pitch
#: about 0.7 of the capital height, so about 20; kept low for blobs cut short by glare).
MIN_LINE_ASPECT = 9.0
#: Steepest line (degrees) taken for a zone line: phone photos turn documents by 25 degrees
#: and more (the corpus's tilted photos go to 25); quarter turns are searched separately.
MAX_LINE_ANGLE = 30
#: Lines of one zone: widths and left edges within this share of the width, heights within
#: this ratio, and the gap between them at most this many line heights.
SAME_WIDTH = 0.12
SAME_HEIGHT = 1.6
MAX_GAP_LINES = 2.2
#: At most this many candidate bands are read per page; the best-shaped first.
MAX_CANDIDATES = 4
#: A first reading showing fewer zone-like characters than this is not worth retrying.
MIN_ZONE_SIGNS = 12
#: A reading with fewer fillers than this may be the zone upside down: the other way up is read
#: too. A passport laid on an A4 sheet puts its zone in the sheet's upper half, which is read
#: upside down first; that reading gave 60 zone signs and no filler, the right way up 23
#: fillers (issue 11, independent corpus dev bundle fixedterm-wallonia-complete). Every zone of
#: ICAO 9303 has a filler between the names, and a TD3 line 2 at least one after the number or
#: in the personal number; with the names and fillers read, far more.
MIN_FILLERS = 4
#: Retries left to a band once its readings prove the key fields with line 1 read and both
#: codes known, when only the optional data or the composite digit still fails: the facts
#: docscan states are proved then, and more readings can only prove the rest of the zone. On
#: issue 11's corpus 14 of 22 such pages never proved the rest however long they were read
#: (the same misreading under every binarisation) and spent the whole budget; of the other 8,
#: 5 were proved by the first retry and 2 by the third (in `_retries`' order), 1 only by the
#: sixth, which it no longer gets (`benchmarks/zone_benchmark.py`, session 7).
MAX_RETRIES_AFTER_KEY_FIELDS = 3
#: Readings of zone crops a page may have (both ways up, retries and other bands; the printed
#: fields' readings come after). Session 8, `benchmarks/zone_benchmark.py` on the synthetic
#: corpus under the processor budget of 1.5 s alone: 189 of 240 pages needed one reading, 45
#: two to five, and the most any page had was 13 (it was read right). Counting readings makes
#: the budget the same on every machine: under processor time alone a faster machine gave page
#: 119 a tenth reading and stated a wrong number (now also caught by `_without_disputed_number`).
MAX_ZONE_READINGS = 14


@dataclass(frozen=True)
class Band:
    """A candidate zone: a rotated rectangle in page pixels, after turning the page."""

    #: Quarter turns (clockwise degrees) applied to the page before this band was found.
    rotation: int
    center: tuple[float, float]
    size: tuple[float, float]
    #: Skew of the lines in degrees (OpenCV convention: positive turns clockwise).
    angle: float
    #: Height of one printed line in page pixels (about the capital height).
    line_height: float
    lines: int
    source: str
    #: Horizontal shift of the lines per pixel down, once straightened: a zone photographed in
    #: perspective leans (its lines' starts drift sideways), which Tesseract reads badly.
    shear: float = 0.0


@dataclass(frozen=True, kw_only=True)
class ZoneCost:
    """What reading one page's zone cost, for the evaluation's figures (issue 11's budget)."""

    #: Processor seconds (this process and its Tesseract runs): the cost on one core, which
    #: wall-clock seconds overstate on a loaded machine.
    cpu_seconds: float
    #: Tesseract runs on zone crops, and on the printed fields above the zone.
    zone_reads: int
    printed_reads: int
    #: Whether the first crop that read as a zone proved it (no retry was needed): the pages
    #: where this is False are the expensive ones.
    first_proved: bool


@dataclass(frozen=True)
class ZoneReading:
    """What the zone reader found on one page, and what it cost."""

    zone: mrz_module.Mrz | None
    bands: int
    #: Tesseract runs, zone crops and printed fields together.
    attempts: int
    seconds: float
    #: Processor seconds (this process and its Tesseract runs): the cost on one core, which
    #: wall-clock seconds overstate on a loaded machine.
    cpu_seconds: float = 0.0
    #: Of `attempts`, the readings of the printed fields above the zone.
    printed_reads: int = 0
    first_proved: bool = False

    @property
    def cost(self) -> ZoneCost:
        return ZoneCost(cpu_seconds=self.cpu_seconds, zone_reads=self.attempts - self.printed_reads,
                        printed_reads=self.printed_reads, first_proved=self.first_proved)

    def to_dict(self) -> dict:
        return {"found": self.zone is not None, "bands": self.bands, "attempts": self.attempts,
                "printed_reads": self.printed_reads, "first_proved": self.first_proved,
                "seconds": round(self.seconds, 2), "cpu_seconds": round(self.cpu_seconds, 2),
                "zone": self.zone.to_dict() if self.zone else None}


def cpu_seconds() -> float:
    """Processor seconds used so far by this process and by its finished child processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def read_zone(image: Image.Image, settings: Settings, *, page_text: str = "", today: date | None = None,
              words: Sequence[ocr.OcrWord] = (), words_rotation: int = 0) -> ZoneReading:
    """Find and read the machine-readable zone of a page image; `zone` is None when there is none.

    `page_text` (the page's OCR) settles a birth century the zone alone cannot; `words` and
    `words_rotation` (the page OCR's words, read after turning the page that much) add the
    band they place the zone in. Raises `MissingDependencyError` only; an OCR failure on a
    crop ends the search with what was read so far.

    The readings of one band are pooled: the zone is looked for in all the lines read so far,
    so a line 2 read right under one binarisation joins a line 1 read right under another.
    """
    started, cpu_started = time.perf_counter(), cpu_seconds()
    today = today or date.today()
    gray = np.asarray(image.convert("L"))
    bands = [*find_bands(gray), *_bands_from_words(words, words_rotation)]
    best: mrz_module.Mrz | None = None
    attempts = 0
    # The budget is a number of readings, so that what is stated does not depend on how fast
    # or loaded the machine is (`MAX_ZONE_READINGS`); processor time (`Settings.zone_seconds`,
    # issue 11's "on one core") only bounds a machine so slow that the readings overrun it, and
    # each Tesseract call still has its own timeout.
    deadline = cpu_started + settings.zone_seconds

    def spent() -> bool:
        return attempts >= MAX_ZONE_READINGS or cpu_seconds() > deadline

    # Where the best reading came from: its band, whether the crop was turned upside down to
    # read it, and the lines read from it (to read them again with the printed dates).
    origin: tuple[Band, bool, list[str]] | None = None
    # Whether a band has read as a zone yet: a page whose first such reading proves it is cheap.
    read_as_zone = False
    # Every band's readings, for the numbers they give (`_without_disputed_number`).
    every_text: list[list[str]] = []

    def finish(first_proved: bool = False) -> ZoneReading:
        nonlocal best, attempts
        printed_reads = 0
        if origin is not None and best is not None:
            best = _without_disputed_state(best, origin[2], page_text, today)
        if (origin is not None and best is not None and _open_questions(best)
                and not _page_text_proves_more(best, page_text, today)):
            best, printed_reads = _settle_from_printed_fields(gray, *origin, best, settings, page_text, today)
            attempts += printed_reads
        if best is not None:
            best = _without_disputed_number(best, [text for band_texts in every_text for text in band_texts],
                                            page_text)
        return ZoneReading(best, len(bands), attempts, time.perf_counter() - started, cpu_seconds() - cpu_started,
                           printed_reads=printed_reads, first_proved=first_proved)

    def keep(zone: mrz_module.Mrz | None, band: Band, turned_over: bool, texts: list[str]) -> None:
        nonlocal best, origin
        chosen_zone = mrz_module.better(best, zone)
        if chosen_zone is not best and chosen_zone is not None:
            origin = (band, turned_over, texts)
        best = chosen_zone

    for band in bands[:MAX_CANDIDATES]:
        if spent():
            break
        crop = crop_band(gray, band)
        upright, flipped = (crop, False), (cv2.rotate(crop, cv2.ROTATE_180), True)
        # A zone sits at the bottom of its page: a band in the upper half is likelier upside down.
        if band.center[1] < 0.45 * _turned_height(gray, band.rotation):
            upright, flipped = flipped, upright
        texts: list[str] = []
        every_text.append(texts)
        first_band = not read_as_zone
        readings: list[tuple[str, np.ndarray, bool]] = []
        for turned, turned_over in (upright, flipped):
            attempts += 1
            try:
                text = ocr.read_zone(Image.fromarray(turned), settings)
            except OcrError:
                return finish()
            if _zone_signs(text) >= MIN_ZONE_SIGNS:
                readings.append((text, turned, turned_over))
                if text.count("<") >= MIN_FILLERS:
                    break
        if not readings:
            continue  # neither way up reads as a zone: next band
        # Read the wrong way up, a zone still gives runs of capitals and digits (the whitelist
        # allows nothing else) but hardly a filler: '<' turned over is '>'. The way up with more
        # fillers wins, the likelier way (tried first) on a tie.
        text, chosen, chosen_over = max(readings, key=lambda reading: reading[0].count("<"))
        texts.append(text)
        read_as_zone = True
        # Retries spent since the key fields were proved with line 1 read: then only the optional
        # data or the composite digit is left to prove, and `MAX_RETRIES_AFTER_KEY_FIELDS` bound that.
        after_key_fields = 0
        for retry, (variant, thresholding) in enumerate(_retries(chosen)):
            keep(mrz_module.find_zone("\n".join(texts), today, visual_text=page_text, line2_alone=True),
                 band, chosen_over, texts)
            if best is not None and best.valid and _complete(best):
                return finish(first_proved=first_band and retry == 0)
            if best is not None and best.key_fields_proved and _complete(best):
                if after_key_fields >= MAX_RETRIES_AFTER_KEY_FIELDS:
                    break
                after_key_fields += 1
            if spent():
                break
            attempts += 1
            try:
                texts.append(ocr.read_zone(Image.fromarray(variant), settings, thresholding=thresholding))
            except OcrError:
                break
        keep(mrz_module.find_zone("\n".join(texts), today, visual_text=page_text, line2_alone=True),
             band, chosen_over, texts)
        # Another band is read only while a key field is left to prove: one read after the key
        # fields were proved (the same zone found twice, or other print) could prove only the rest.
        if best is not None and (best.valid or (best.key_fields_proved and _complete(best))):
            break
    return finish()


def _page_text_proves_more(zone: mrz_module.Mrz, page_text: str, today: date) -> bool:
    """Whether the page OCR's own reading of the zone proves everything and `zone` does not.

    The classifier takes the better of the two (`classify`: `mrz.better` of this reader's zone
    and the page text's), so reading the printed fields to settle `zone` could then change
    nothing that is stated: at best it would tie with a reading that is proved already. Issue
    11's corpus: two pages whose number no crop reading proved paid for three printed-field
    readings (1.5 s) and were stated from the page text all the same. The two must name the
    same issuing state, which no check digit covers: where they differ, the printed fields may
    still settle which (`_without_disputed_state`)."""
    page_zone = mrz_module.find_zone(page_text, today) if page_text else None
    return (page_zone is not None and page_zone.valid and page_zone.key_fields_proved and _complete(page_zone)
            and not _open_questions(page_zone) and page_zone.issuing_state == zone.issuing_state
            and mrz_module.better(zone, page_zone) is page_zone)


def _birth_century_unsettled(zone: mrz_module.Mrz) -> bool:
    """Whether the zone proves a birth date whose century only the printed date can settle."""
    return zone.checks.get("birth", False) and zone.birth_date is None and any(
        reason.code == "mrz_birth_century_unsettled" for reason in zone.reasons)


def _without_disputed_state(zone: mrz_module.Mrz, texts: Sequence[str], visual_text: str,
                            today: date) -> mrz_module.Mrz:
    """`mrz.without_disputed_state` over each text read from the band, taken on its own."""
    readings = [mrz_module.find_zone(text, today, visual_text=visual_text, line2_alone=True) for text in texts]
    return mrz_module.without_disputed_state(zone, readings, visual_text)


#: Where a line prints the document number and its check digit: (start, end, digit); a TD1
#: card on line 1 after its code and state, the other formats at the start of line 2.
_NUMBER_PLACE = {mrz_module.ZoneFormat.TD1: (5, 14, 14)}
_NUMBER_PLACE_LINE_2 = (0, 9, 9)
_LINE_LENGTH = {mrz_module.ZoneFormat.TD1: 30, mrz_module.ZoneFormat.TD2: 36, mrz_module.ZoneFormat.TD3: 44,
                mrz_module.ZoneFormat.MRVA: 44, mrz_module.ZoneFormat.MRVB: 36}


def _without_disputed_number(zone: mrz_module.Mrz, texts: Sequence[str], visual_text: str) -> mrz_module.Mrz:
    """The zone, its number no fact when another reading gives another number that passes the
    same check digit, unless the data page prints the zone's number as a word of its own.

    One check digit lets one misreading in ten pass by luck, so across ten readings of a hard
    zone one garbled number may pass: issue 11's synthetic visa 119, photographed askew, read
    `SZ132930` (right) once and `Z2132930` once, both passing their digit; the wrong one came from
    the tenth reading and was stated. Of two numbers that both pass, neither is proved."""
    if not zone.checks.get("number", False) or not zone.number_confirmed or not zone.document_number:
        return zone
    wanted = zone.document_number.strip("<")
    if re.search(rf"(?<![A-Z0-9<]){re.escape(wanted)}(?![A-Z0-9<])", visual_text.upper()):
        return zone
    if not _rival_numbers(zone, texts, wanted) and not _letters_read_otherwise(zone, texts, wanted) \
            and not _read_only_out_of_place(zone, texts, wanted):
        return zone
    return replace(zone, number_confirmed=False, reasons=(*zone.reasons, Reason("mrz_number_disputed")))


#: A stated number's look-alike letters (O, Q, D, S, Z, I, B, G...) that another reading of the same
#: zone gives otherwise (as the digit or as another look-alike of it), from which the number is
#: disputed. One is an ordinary misreading of a letter that is there (a prefix `ZE` read `2E`); two
#: or more mean the readings disagree on what the number is made of, and the one whose letters
#: pass the check digit passes it by the one-in-ten luck: a zone printed in a font whose zeros
#: look like letters, read `AAQOQOOOO`, `AAQDOOOOO`, `AAQOQOOO0`… over ten readings (PassportEye's
#: `100_pass-polx.jpg`, truth `AA0000000`; this rule was written after seeing it).
MAX_LETTERS_READ_OTHERWISE = 1


def _letters_read_otherwise(zone: mrz_module.Mrz, texts: Sequence[str], wanted: str) -> bool:
    """Whether another reading of the zone gives other characters of the same look (the digit, or
    another look-alike of it) where `wanted` has look-alike letters, at more than
    `MAX_LETTERS_READ_OTHERWISE` places, the rest of the number alike but for one place (whether
    or not that reading passes its check digit)."""
    for number in _loose_numbers_in_place(zone, texts):
        if len(number.strip("<")) != len(wanted):
            continue
        pairs = list(zip(wanted, number))
        otherwise = sum(a in mrz_module.LOOK_ALIKE_DIGITS and a != b and _shape(a) == _shape(b) for a, b in pairs)
        # The same number read otherwise, not another line: alike but for look-alikes and one place.
        alike = sum(_shape(a) == _shape(b) for a, b in pairs) >= len(pairs) - 1
        if otherwise > MAX_LETTERS_READ_OTHERWISE and alike:
            return True
    return False


def _rival_numbers(zone: mrz_module.Mrz, texts: Sequence[str], wanted: str) -> set[str]:
    """Numbers other than `wanted` that the readings print in the number's place of a line of
    the zone's length, passing their check digit."""
    start, end, digit_at = _NUMBER_PLACE.get(zone.format, _NUMBER_PLACE_LINE_2)
    rivals = set()
    for line in _lines_in_place(zone, texts):
        number = line[start:end]
        if (line[digit_at:digit_at + 1].isdigit() and _shape(number.strip("<")) != _shape(wanted)
                and sum(ch.isalnum() for ch in number) >= 5
                and mrz_module.check_digit(number) == int(line[digit_at])):
            rivals.add(number.strip("<"))
    return rivals


def _lines_in_place(zone: mrz_module.Mrz, texts: Sequence[str], loose: bool = False) -> Iterator[str]:
    """The readings' lines that may carry the zone's number: of the zone's line length (two
    characters either way) and, on a TD3/TD2/visa line 2, with the zone's nationality after the
    number; on a TD1 line 1, with its issuing state. `loose`: the nationality compared by its
    look (`P0L` is `POL`) and allowed one place later (a line read with one character too many in
    its number or check digit)."""
    length = _LINE_LENGTH[zone.format]
    offsets = (0, 1) if loose else (0,)
    for text in texts:
        for line in text.split():
            if abs(len(line) - length) > 2:
                continue
            if zone.format is mrz_module.ZoneFormat.TD1:
                if line[2:5] == (zone.issuing_state or line[2:5]):
                    yield line  # a TD1 line 1 carries the state; other lines are not its number's
                continue
            # A line 2 carries the nationality after the number.
            read = [line[10 + k:13 + k] for k in offsets]
            wanted = zone.nationality
            if any(r == (wanted or r) or (loose and _shape(r) == _shape(wanted or r)) for r in read):
                yield line


#: Readings in the number's place that must agree on a number of another look before a number
#: no reading gives in its place is disputed (`_read_only_out_of_place`).
MIN_READINGS_IN_PLACE = 2


def _read_only_out_of_place(zone: mrz_module.Mrz, texts: Sequence[str], wanted: str) -> bool:
    """Whether the stated number's look is given in the number's place by no reading although at
    least `MIN_READINGS_IN_PLACE` readings give a number there: it came from a line realigned
    by dropping or adding characters (`mrz._cleanings`), whose number passed its check digit by
    luck (`DOO02Z028` from lines reading `BDOOO2028`, truth `BD0002028`: PassportEye's
    `79_pass-hun.png`; this rule was written after seeing it)."""
    numbers = [n.strip("<") for n in _loose_numbers_in_place(zone, texts)]
    numbers = [n for n in numbers if sum(ch.isalnum() for ch in n) >= 5]
    return len(numbers) >= MIN_READINGS_IN_PLACE and all(_shape(n) != _shape(wanted) for n in numbers)


def _loose_numbers_in_place(zone: mrz_module.Mrz, texts: Sequence[str]) -> Iterator[str]:
    """What the readings give in the number's place, their lines found loosely (`_lines_in_place`)."""
    start, end, _ = _NUMBER_PLACE.get(zone.format, _NUMBER_PLACE_LINE_2)
    return (line[start:end] for line in _lines_in_place(zone, texts, loose=True))


def _shape(number: str) -> str:
    """A number with each letter that OCR confuses with a digit read as that digit: `CAOSOS95`
    (a raw reading, its letters not yet repaired) is the `CA050595` the zone states, not a
    rival, even when its letters happen to pass the check digit (synthetic visa 190)."""
    return "".join(mrz_module.LOOK_ALIKE_DIGITS.get(ch, ch) for ch in number)


def _open_questions(zone: mrz_module.Mrz) -> frozenset[str]:
    """What the data page's printed fields may still settle in a zone whose other key fields
    are proved: a birth century, an issuing state the readings disagree on (its surname is
    printed), a document number that fails its check digit (or passes it alone,
    `Mrz.number_confirmed`)."""
    questions = set()
    if _birth_century_unsettled(zone):
        questions.add("birth")
    if any(reason.code == "mrz_state_uncertain" for reason in zone.reasons):
        questions.add("state")
    dates_proved = zone.checks.get("birth", False) and zone.checks.get("expiry", False)
    if dates_proved and not (zone.checks.get("number", False) and zone.number_confirmed):
        questions.add("number")
    return frozenset(questions)


#: How far above the zone the data page's printed fields are looked for, in zone widths. A
#: TD3 data page is 88 mm high for a zone 112 mm wide (ICAO 9303 part 3), a TD1 card 54 mm
#: for 76 mm: 0.75 takes in the whole page above the zone, and little else.
PRINTED_FIELDS_HEIGHT = 0.75
#: Readings of the printed fields, tried in turn while a question stays open: (page
#: segmentation, sharpened). On issue 11's corpus a block segmentation read the birth date on
#: pages where the sparse-text one (the only reading before) gave nothing but labels; an
#: unsharp mask brought back the dates of two small zones' blurred pages; sparse text last.
#: The sharpened column reading goes first: it settled each of the three pages that the
#: block reading, first until then, left open (a number, a birth century and an issuing
#: state; `benchmarks/zone_benchmark.py`), so those paid for two readings.
PRINTED_READINGS = ((4, True), (6, False), (11, False))


def _settle_from_printed_fields(gray: np.ndarray, band: Band, turned_over: bool, texts: list[str],
                                zone: mrz_module.Mrz, settings: Settings, page_text: str,
                                today: date) -> tuple[mrz_module.Mrz, int]:
    """The zone read again with the data page printed above it, read at the zone's scale; and
    how many readings that took.

    A minor's birth year 'YY' is also 19YY (holders up to 125), so the century of every minor's
    birth date (and of the 1911 holder's) rests on the date printed in the visual zone; and a
    number misread in the zone may be printed there too (`mrz._printed_number`). The page OCR
    often cannot give them: the page was read upside down, or its print is too small (issue
    11's corpus: a visa turned half round, zones of 310-360 px). The printed fields lie above
    the zone, turned the way the zone reads, so they are cut out with the zone's own
    straightening and scale and read again, in the ways of `PRINTED_READINGS`, until nothing
    is left to settle. A reading is kept only when it settles something and changes nothing
    else (`mrz.same_reading`); otherwise the zone is returned unchanged. The zone lines these
    readings show count as readings of the zone too.
    """
    width, height = band.size
    extra = PRINTED_FIELDS_HEIGHT * width
    # "Up" on the straightened crop, in the turned page's pixels (the crop undoes `band.angle`).
    rotation = cv2.getRotationMatrix2D((0.0, 0.0), band.angle, 1.0)[:, :2]
    up = rotation.T @ np.array([0.0, -1.0])
    if turned_over:
        up = -up
    center = (band.center[0] + up[0] * extra / 2, band.center[1] + up[1] * extra / 2)
    region = crop_band(gray, replace(band, center=center, size=(width, height + extra)))
    if turned_over:
        region = cv2.rotate(region, cv2.ROTATE_180)
    printed: list[str] = []
    reads = 0
    for psm, sharpened in PRINTED_READINGS:
        reads += 1
        try:
            printed.append(ocr.read_printed_fields(Image.fromarray(_sharpened(region) if sharpened else region),
                                                   settings, psm=psm))
        except OcrError:
            break
        # The printed fields' reading takes in the zone below them too, read without the zone's
        # whitelist and segmented otherwise: one more reading of its lines, pooled with the rest
        # (issue 11's corpus: a '5' the whitelisted readings all gave as 'S').
        visual = "\n".join([page_text, *printed])
        settled = mrz_module.find_zone("\n".join([*texts, *printed]), today, visual_text=visual, line2_alone=True)
        if settled is not None:
            settled = _without_disputed_state(settled, [*texts, *printed], visual, today)
        if (settled is not None and mrz_module.same_reading(settled, zone) and _number_kept_close(zone, settled)
                and _open_questions(settled) < _open_questions(zone)):
            zone = settled
        if not _open_questions(zone):
            break
    return zone, reads


def _number_kept_close(before: mrz_module.Mrz, after: mrz_module.Mrz) -> bool:
    """Whether a number settled by the printed fields' reading changes at most
    `mrz.MAX_PRINTED_CHANGES` characters of the zone's. That reading has no whitelist: a zone
    line it garbles at many places ('ADGOOOD0' for 'A0000000', a third-party passport,
    2026-12-02) may pass the number's check digit by the one-in-ten luck, and was stated."""
    old, new = before.document_number, after.document_number
    if old == new:
        return True
    return len(old) == len(new) and sum(a != b for a, b in zip(old, new)) <= mrz_module.MAX_PRINTED_CHANGES


def _sharpened(image: np.ndarray) -> np.ndarray:
    """An unsharp mask (the image minus its blur, radius 3 px at the zone's scale): the printed
    values of a small page, enlarged to the zone's capitals, are blurred beyond Tesseract."""
    return cv2.addWeighted(image, 2.0, cv2.GaussianBlur(image, (0, 0), 3), -1.0, 0)


#: A page with more confident words than this and no zone sign in its text is running text
#: (a letter, a contract): a data page or a card has far fewer words (under 80 on the
#: evaluation corpus's passports), and a zone nearly always leaves a '<' in the page OCR.
MAX_WORDS_WITHOUT_SIGNS = 150


def worth_reading(reading: ocr.OcrResult) -> bool:
    """Whether a page may hold a zone that the page OCR did not read: cheap, from its text."""
    if reading.source != "ocr":
        return False
    return "<" in reading.text or len(reading.confident_words) <= MAX_WORDS_WITHOUT_SIGNS


def _complete(zone: mrz_module.Mrz) -> bool:
    """Whether a reading needs no retry: line 1 read, and both codes in ICAO's list (a state
    read 'SCA' for 'CAN' is usually a filler misread, which another reading gets right)."""
    return zone.names_read and zone.issuing_state is not None and zone.nationality is not None


def _turned_height(gray: np.ndarray, rotation: int) -> int:
    return gray.shape[1] if rotation % 180 else gray.shape[0]


def _zone_signs(text: str) -> int:
    """Characters that only a zone gives: fillers and long runs of capitals and digits."""
    return text.count("<") + sum(len(run) for run in re.findall(r"[A-Z0-9<]{12,}", text))


def _retries(crop: np.ndarray) -> Iterable[tuple[np.ndarray, int]]:
    """Further readings of a band that reads as a zone, likeliest first: smaller capitals under
    Sauvola's binarisation (security print under the zone) and under Otsu, Leptonica's adaptive
    Otsu, larger capitals under Sauvola, then the rest.

    The order is measured (`benchmarks/zone_benchmark.py --retries`, issue 11's corpus, 51
    pages whose first reading did not prove the zone): each retry read alone after the first
    reading proved the zone on 22 (0.7x Sauvola), 18 (0.7x Otsu), 13 (1.4x Sauvola), 10
    (adaptive Otsu), 8 (Sauvola) and 8 (1.4x Otsu) of them. Adaptive Otsu goes before 1.4x
    Sauvola because, read in turn after the two 0.7x readings, it was the one that proved the
    rest of two zones whose key fields were proved (within `MAX_RETRIES_AFTER_KEY_FIELDS`). The
    order before (Sauvola at the crop's scale first, 0.7x Sauvola fifth) spent the budget on
    the least successful readings and often ran out before the best one.
    """
    yield _rescale(crop, 0.7), 2
    yield _rescale(crop, 0.7), 0
    yield crop, 1
    yield _rescale(crop, 1.4), 2
    yield crop, 2
    yield _rescale(crop, 1.4), 0


def _rescale(image: np.ndarray, factor: float) -> np.ndarray:
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA)


# --- finding bands -------------------------------------------------------------------------


def find_bands(gray: np.ndarray) -> list[Band]:
    """Candidate zones in a grayscale page, upright and turned by a quarter, best first."""
    found: list[tuple[float, Band]] = []
    for rotation in (0, 90):
        page = gray if rotation == 0 else cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)
        found.extend(_bands_in(page, rotation))
    found.sort(key=lambda item: item[0], reverse=True)
    return [band for _, band in found]


def _bands_in(page: np.ndarray, rotation: int) -> list[tuple[float, Band]]:
    height, width = page.shape
    scale = min(1.0, SEARCH_WIDTH / max(width, 1))
    small = cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else page
    results: list[tuple[float, Band]] = []
    # Three kernel sizes: small print (a zone on a photo of a desk), large print (a zone that
    # fills a scan) and very large (a card photographed close, straightened by the capture
    # stage: capitals of 45 px at the search width, whose letter gaps the 16 px kernel leaves
    # open; issue 11's corpus). The last at half the width, which is the same as a kernel of 30
    # at a quarter of the cost (0.13 s a page at full width: retries the zone reader's budget
    # lost). A kernel much larger than the capitals joins the zone to the text above.
    for cap, factor in ((7, 1.0), (16, 1.0), (15, 0.5)):
        image = small if factor == 1.0 else cv2.resize(small, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        lines = _text_lines(image, cap)
        for group in _zone_groups(lines):
            score, band = _band(group, scale * factor, rotation, image.shape)
            results.append((score, band))
    return _deduplicate(results)


def _text_lines(small: np.ndarray, cap: int) -> list[tuple]:
    """Rotated rectangles of printed lines: ((cx, cy), (w, h), angle) with w >= h."""
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (cap * 2 + 1, cap + 1)))
    gradient = np.absolute(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=-1))
    peak = float(gradient.max())
    if peak <= 0:
        return []
    gradient = (255 * gradient / peak).astype(np.uint8)
    closed = cv2.morphologyEx(gradient, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, cap * 3 // 2), max(1, cap // 4))))
    _, binary = cv2.threshold(closed, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    binary = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 2)))
    contours, _ = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    pieces = [_upright_rect(cv2.minAreaRect(contour)) for contour in contours]
    pieces = _joined_pieces([p for p in pieces if p[1][1] >= 3 and p[1][0] >= FRAGMENT_ASPECT * p[1][1]])
    return [((cx, cy), (w, h), angle) for (cx, cy), (w, h), angle in pieces
            if w >= 60 and w / h >= MIN_LINE_ASPECT and abs(angle) <= MAX_LINE_ANGLE]


def _upright_rect(rect: tuple) -> tuple:
    """A rotated rectangle as ((cx, cy), (w, h), angle) with w >= h and the angle in [-45, 45]."""
    (cx, cy), (w, h), angle = rect
    if w < h:
        w, h, angle = h, w, angle - 90
    if angle < -45:
        angle += 180
    if angle > 45:
        angle -= 180
    return (cx, cy), (w, h), angle


#: A zone line on a page scanned a degree or two askew comes out of the line morphology in
#: pieces (the closing kernel is one pixel high, and narrow glyphs such as "1" leave gaps): a
#: passport laid on an A4 sheet at 2 degrees gave its line 2 in three pieces of 92, 233 and 470
#: px and no band (issue 11, independent corpus dev bundle fixedterm-wallonia-complete). Pieces
#: at least this many times as long as high, of one height and angle, end to end on one line
#: (the next starting within `FRAGMENT_GAP` heights of the last one's end, its centre within
#: `FRAGMENT_OFFSET` heights of the line the last one draws) are joined.
FRAGMENT_ASPECT = 2.0
FRAGMENT_GAP = 1.5
FRAGMENT_OFFSET = 0.4
FRAGMENT_ANGLE = 3.0


def _joined_pieces(pieces: list[tuple]) -> list[tuple]:
    """Collinear pieces of one printed line joined, left to right (see `FRAGMENT_ASPECT`)."""
    pieces = sorted(pieces, key=lambda p: p[0][0] - p[1][0] / 2)
    joined: list[tuple] = []
    for piece in pieces:
        for index in range(len(joined) - 1, -1, -1):
            if _continues(joined[index], piece):
                corners = np.vstack([cv2.boxPoints(joined[index]), cv2.boxPoints(piece)])
                joined[index] = _upright_rect(cv2.minAreaRect(corners.astype(np.float32)))
                break
        else:
            joined.append(piece)
    return joined


def _continues(line: tuple, piece: tuple) -> bool:
    (lx, ly), (lw, lh), angle = line
    (px, py), (pw, ph), piece_angle = piece
    if max(lh, ph) > SAME_HEIGHT * min(lh, ph) or abs(angle - piece_angle) > FRAGMENT_ANGLE:
        return False
    slope = np.tan(np.radians(angle))
    along = (px - lx) * np.cos(np.radians(angle)) + (py - ly) * np.sin(np.radians(angle))
    gap = along - lw / 2 - pw / 2
    height = max(lh, ph)
    return -0.5 * min(lw, pw) <= gap <= FRAGMENT_GAP * height \
        and abs(py - (ly + slope * (px - lx))) <= FRAGMENT_OFFSET * height


def _zone_groups(lines: list[tuple]) -> list[list[tuple]]:
    """Runs of two or three lines of one width, left edge and height, one under the other."""
    lines = sorted(lines, key=lambda line: line[0][1])
    groups = []
    for i, first in enumerate(lines):
        group = [first]
        for other in lines[i + 1:]:
            last = group[-1]
            (cx, cy), (w, h), _ = last
            (ox, oy), (ow, oh), _ = other
            gap = oy - cy
            if gap <= 0.5 * h:
                continue
            if gap > MAX_GAP_LINES * max(h, oh) + max(h, oh):
                break
            same = (abs(ow - w) <= SAME_WIDTH * max(w, ow) and abs((ox - ow / 2) - (cx - w / 2)) <= SAME_WIDTH * w
                    and max(h, oh) <= SAME_HEIGHT * min(h, oh))
            if same:
                group.append(other)
                if len(group) == 3:
                    break
        if len(group) >= 2:
            groups.append(group)
    return groups


def _band(group: list[tuple], scale: float, rotation: int, shape: tuple[int, int]) -> tuple[float, Band]:
    xs = [line[0][0] for line in group]
    ys = [line[0][1] for line in group]
    width = max(line[1][0] for line in group)
    height = float(np.median([line[1][1] for line in group]))
    angle = float(np.median([line[2] for line in group]))
    span = ys[-1] - ys[0] + height
    center = (sum(xs) / len(xs) / scale, (ys[0] + ys[-1]) / 2 / scale)
    band = Band(rotation, center, (width / scale, span / scale), angle, height / scale, len(group), "morphology",
                _shear(group, angle))
    # Wider zones first; a zone sits in the lower part of a data page, and an aspect near the
    # zone's (TD3 two lines: about 12; TD1 three lines: about 5) beats a paragraph's.
    low = center[1] * scale / shape[0]
    score = width / shape[1] + 0.2 * low + 0.1 * (len(group) == 3)
    return score, band


#: Shears below this are left alone, and above the maximum the lines are not one zone's. On
#: flat scans of small zones (capitals 8 px) the lines' centres differ by a pixel or so, which
#: gave shears up to 0.10 on the corpus's small scans; a lean of 0.1 barely changes a glyph.
MIN_SHEAR, MAX_SHEAR = 0.12, 0.6
#: Nor is a drift of fewer pixels (at the search width) than this over the whole zone undone.
MIN_SHEAR_PIXELS = 3.0


def _shear(group: list[tuple], angle: float) -> float:
    """How far the zone's lines lean once straightened: the drift of their centres sideways per
    pixel down. Every zone line is full (fillers included), so the lines' centres lie one under
    the other on a flat zone; under perspective they drift, and the drift is undone in the crop."""
    if len(group) < 2:
        return 0.0
    matrix = cv2.getRotationMatrix2D((0.0, 0.0), angle, 1.0)
    points = np.array([matrix[:, :2] @ np.array(line[0]) for line in group])
    xs, ys = points[:, 0], points[:, 1]
    if float(np.ptp(ys)) <= 0:
        return 0.0
    slope = float(np.polyfit(ys, xs, 1)[0])
    drift = abs(slope) * float(np.ptp(ys))
    return slope if MIN_SHEAR <= abs(slope) <= MAX_SHEAR and drift >= MIN_SHEAR_PIXELS else 0.0


def _deduplicate(results: list[tuple[float, Band]]) -> list[tuple[float, Band]]:
    kept: list[tuple[float, Band]] = []
    for score, band in sorted(results, key=lambda item: item[0], reverse=True):
        if any(other.rotation == band.rotation and abs(other.center[0] - band.center[0]) < other.size[0] / 4
               and abs(other.center[1] - band.center[1]) < other.size[1] / 2 for _, other in kept):
            continue
        kept.append((score, band))
    return kept


def _bands_from_words(words: Sequence[ocr.OcrWord], rotation: int) -> list[Band]:
    """The band the page OCR's zone-like words lie in, when it read some (fillers, long runs)."""
    zone_words = [w for w in words if w.width > 0 and (w.text.count("<") >= 2 or re.fullmatch(r"[A-Z0-9<]{14,}", w.text))]
    if not zone_words:
        return []
    # The lowest cluster: zone lines are at the bottom of a data page.
    zone_words.sort(key=lambda w: w.top)
    line_height = float(np.median([w.height for w in zone_words]))
    cluster = [zone_words[-1]]
    for word in reversed(zone_words[:-1]):
        if cluster[-1].top - word.top <= 3.5 * line_height:
            cluster.append(word)
    left = min(w.left for w in cluster)
    right = max(w.left + w.width for w in cluster)
    top = min(w.top for w in cluster)
    bottom = max(w.top + w.height for w in cluster)
    if right - left < 8 * line_height:
        return []
    return [Band(rotation % 360, ((left + right) / 2, (top + bottom) / 2), (right - left, bottom - top), 0.0,
                 line_height, max(1, round((bottom - top) / (1.8 * line_height))), "ocr_words")]


# --- cropping --------------------------------------------------------------------------------


def crop_band(gray: np.ndarray, band: Band) -> np.ndarray:
    """The band cut out of the page, straightened and enlarged to `TARGET_CAP_HEIGHT` capitals,
    on a white margin (Tesseract drops characters that touch the edge)."""
    page = _turned(gray, band.rotation)
    (cx, cy), (w, h) = band.center, band.size
    margin_x, margin_y = 1.2 * band.line_height, 0.9 * band.line_height
    width, height = int(w + 2 * margin_x), int(h + 2 * margin_y)
    matrix = cv2.getRotationMatrix2D((cx, cy), band.angle, 1.0)
    matrix[0, 2] += width / 2 - cx
    matrix[1, 2] += height / 2 - cy
    if band.shear:
        # Undo the lean about the crop's middle line: x -= shear * (y - middle).
        unshear = np.array([[1.0, -band.shear, band.shear * height / 2], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
        matrix = (unshear @ np.vstack([matrix, [0.0, 0.0, 1.0]]))[:2]
    crop = cv2.warpAffine(page, matrix, (max(width, 8), max(height, 8)), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_REPLICATE)
    factor = TARGET_CAP_HEIGHT / max(band.line_height, 1.0)
    factor = min(max(factor, 0.3), 8.0)
    crop = _rescale(crop, factor)
    return cv2.copyMakeBorder(crop, 12, 12, 12, 12, cv2.BORDER_REPLICATE)


def _turned(gray: np.ndarray, rotation: int) -> np.ndarray:
    """The page turned clockwise by `rotation` degrees, as `find_bands` and `ocr.read_page` turn it."""
    turns = {0: None, 90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    code = turns.get(rotation % 360)
    return gray if code is None else cv2.rotate(gray, code)
