"""OCR: the only module that calls Tesseract (through pytesseract).

Every call has a timeout and every failure becomes a typed error (`OcrTimeout`, `OcrError`,
`MissingDependencyError`), in the manner of OCRmyPDF's `_exec/tesseract.py`. The pipeline
turns a page's `OcrError` into an explicit failed result for that page and goes on.

Tesseract is run single-threaded (`OMP_THREAD_LIMIT=1`): its OpenMP threading costs more
than it gains on small pages, and docscan already runs one process per core.

Orientation detection (OSD) is only run when the first reading is poor: most pages are
upright, and OSD costs about a second a page.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, replace
from functools import lru_cache

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402  (the environment must be set before Tesseract runs)
from PIL import Image  # noqa: E402

from .errors import MissingDependencyError, OcrError, OcrTimeout  # noqa: E402
from .layout import TextLine  # noqa: E402
from .settings import Settings  # noqa: E402

log = logging.getLogger(__name__)

#: OSD's script confidence from which a page is read again with its script's packs: the same
#: bar as languages.yaml's `script_min_confidence` (clear pages give 2-10; the test pages 2.5-9.4).
MIN_SCRIPT_CONFIDENCE = 1.0

#: Debian package that provides each Tesseract language, for the install hint.
_LANGUAGE_PACKAGES = {"eng": "tesseract-ocr-eng", "fra": "tesseract-ocr-fra",
                      "nld": "tesseract-ocr-nld", "deu": "tesseract-ocr-deu", "osd": "tesseract-ocr-osd"}

#: A word Tesseract is at least this sure of (0-100) counts as read. 60 is where Tesseract's
#: own output stops being mostly garbage on degraded scans (checked on sample_docs/scans).
CONFIDENT_WORD = 60.0

#: The first reading is "poor" (worth trying other orientations) below this many confident
#: words; an upright page of body text gives well over a hundred.
POOR_READING_WORDS = 25

#: ... or when fewer than this share of its words are confident: a page turned by 90 degrees
#: still yields "words" (strokes read as letters), about half of them with confidence > 60,
#: while an upright clean page has over 90% (measured on a rendered A4 page of body text).
POOR_READING_SHARE = 0.75

#: OSD must be at least this sure before a page is turned; lower values turn upright pages
#: with little text (Tesseract documents confidences above ~2 as reliable).
MIN_OSD_CONFIDENCE = 1.5
#: ... or this sure when the first reading already shows the text standing on its side.
MIN_OSD_CONFIDENCE_IF_VERTICAL = 0.5
#: A turn OSD was not sure of is kept only when it reads this much better than the page as it
#: came (reading score, below): an upside-down photo read about 7 times better once turned; a
#: poor upright page reads worse turned.
UNSURE_TURN_GAIN = 2.0


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read, with its confidence (0-100) and box in page pixels."""

    text: str
    confidence: float
    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class OcrResult:
    """What one page reads as, from OCR or from a PDF text layer."""

    text: str
    words: tuple[OcrWord, ...]
    #: "ocr", "text_layer", or "none" when reading failed.
    source: str
    #: Degrees the page was turned (clockwise) before it was read.
    rotation: int = 0
    seconds: float = 0.0
    #: The lines with their boxes, so the title can be found by its size and place.
    lines: tuple[TextLine, ...] = ()
    #: Height of the page in the units of `lines` (pixels, or points for a PDF text layer).
    page_height: float = 0.0
    #: The script Tesseract's OSD named, when it ran (a poor first reading), and how sure it was.
    script: str | None = None
    script_confidence: float = 0.0

    @property
    def confident_words(self) -> tuple[OcrWord, ...]:
        return tuple(w for w in self.words if w.confidence >= CONFIDENT_WORD)

    @property
    def mean_confidence(self) -> float | None:
        scored = [w.confidence for w in self.words if w.confidence >= 0]
        return sum(scored) / len(scored) if scored else None

    def stats(self) -> dict:
        """Figures for the report: counts and confidence, never the words themselves."""
        mean = self.mean_confidence
        return {
            "source": self.source,
            "words": len(self.words),
            "confident_words": len(self.confident_words),
            "mean_confidence": round(mean, 1) if mean is not None else None,
            "rotation": self.rotation,
            "script": self.script,
            "seconds": round(self.seconds, 2),
        }


def from_text_layer(text: str, lines: tuple[TextLine, ...] = (), page_height: float = 0.0) -> OcrResult:
    """Wrap a PDF text layer as a reading: every word is certain; `lines` carry font sizes."""
    words = tuple(OcrWord(token, 100.0, 0, 0, 0, 0) for token in text.split())
    return OcrResult(text=text, words=words, source="text_layer", lines=lines, page_height=page_height)


#: Seconds `tesseract --version` and `--list-langs` may take: they answer at once, unless the
#: binary hangs (issue 13: `check --timeout 5` never finished on a hanging Tesseract, because
#: pytesseract runs both without a timeout).
PROBE_TIMEOUT = 20.0

_INSTALL_HINT = ("Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra "
                 "tesseract-ocr-nld tesseract-ocr-deu tesseract-ocr-osd  (or run 'make install').")


def _probe(*arguments: str) -> str:
    """Run `tesseract ARGUMENTS` with a timeout; its output, or a `MissingDependencyError`."""
    command = pytesseract.pytesseract.tesseract_cmd
    if shutil.which(command) is None:
        raise MissingDependencyError("Tesseract OCR is not installed. " + _INSTALL_HINT)
    try:
        done = subprocess.run([command, *arguments], capture_output=True, timeout=PROBE_TIMEOUT,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise MissingDependencyError(f"Tesseract did not answer '{' '.join(arguments)}' within {PROBE_TIMEOUT:.0f} s. "
                                     "Reinstall it with 'sudo apt-get install --reinstall tesseract-ocr'.") from None
    except OSError as exc:
        raise MissingDependencyError(f"Tesseract is installed but does not run ({exc.strerror}). "
                                     "Reinstall it with 'sudo apt-get install --reinstall tesseract-ocr'.") from None
    if done.returncode not in (0, 1):
        raise MissingDependencyError(f"Tesseract is installed but does not run (exit status {done.returncode}). "
                                     "Reinstall it with 'sudo apt-get install --reinstall tesseract-ocr'.")
    return (done.stdout + done.stderr).decode("utf-8", "replace")


def tesseract_version() -> str:
    """Tesseract's version, read with a timeout. It also primes pytesseract's own version cache,
    which pytesseract would otherwise fill by running `tesseract --version` without one (and
    answer an unexpected output with SystemExit)."""
    return _version_of(pytesseract.pytesseract.tesseract_cmd)


@lru_cache(maxsize=4)
def _version_of(command: str) -> str:
    from packaging.version import InvalidVersion, Version

    output = _probe("--version")
    match = re.search(r"tesseract\s+v?(\d+\.\d+(?:\.\d+)?)", output, re.IGNORECASE)
    try:
        version = Version(match.group(1)) if match else None
    except InvalidVersion:
        version = None
    if version is None or version < Version("4.0"):
        raise MissingDependencyError(f"This Tesseract does not say which version it is, or is older than 4.0 "
                                     f"('{output.strip()[:60]}'). " + _INSTALL_HINT)
    pytesseract.pytesseract.get_tesseract_version._result = version
    return str(version)


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    """Languages Tesseract has data for; raises `MissingDependencyError` without Tesseract."""
    tesseract_version()
    lines = _probe("--list-langs").splitlines()
    return frozenset(line.strip() for line in lines[1:] if re.fullmatch(r"[\w+-]+", line.strip() or "-"))


def check_installation(settings: Settings) -> None:
    """Fail early, with the install command, when Tesseract or a language pack is missing."""
    have = installed_languages()
    missing = [lang for lang in (*settings.languages, "osd") if lang not in have]
    if missing:
        packages = " ".join(_LANGUAGE_PACKAGES.get(lang, f"tesseract-ocr-{lang}") for lang in missing)
        raise MissingDependencyError(
            f"Tesseract language data missing: {', '.join(missing)}. "
            f"Install it with: sudo apt-get install {packages}")


def read_page(image: Image.Image, settings: Settings) -> OcrResult:
    """Read a grayscale page, turning it first when it reads poorly and OSD says it is rotated.

    The same OSD call (run only on a poor first reading, bounded by `osd_timeout`) also names
    the page's script: a page in Arabic or Cyrillic reads poorly with the Latin models, and
    the report can then say the document may need a translation (issue 16). When that
    script's packs are installed (`Settings.script_languages`), the page is read again with
    them, so its type and dates are read; a page the Latin models read well never gets there.
    Raises `OcrTimeout` or `OcrError`; the caller records that for the page.
    """
    started = time.perf_counter()
    first = _image_to_words(image, settings)
    if _reads_poorly(first):
        sparse = _image_to_words(image, settings, psm=SPARSE_PSM)
        if _reading_score(sparse) > _reading_score(first):
            first = sparse
    best = first
    if _reads_poorly(first):
        # A page read as vertical text is turned by a quarter: then a less sure OSD is still worth
        # trying (the better reading is kept, so a wrong guess costs only time). A passport data
        # page turned by 90 degrees got OSD confidence 1.28 and stayed unread (evaluation corpus).
        vertical = _reads_vertically(first)
        orientation = detect_orientation(image, settings)
        needed = MIN_OSD_CONFIDENCE_IF_VERTICAL if vertical else MIN_OSD_CONFIDENCE
        sure = orientation.rotation_confidence >= needed
        # OSD unsure (photos of a page held upside down gave 0.4-0.9 on corpus C): its guess, or
        # else the upside-down turn, is still tried, and kept only when it reads clearly better.
        rotation = orientation.rotation if sure else (orientation.rotation or 180)
        best = replace(first, script=orientation.script, script_confidence=orientation.script_confidence)
        native = script_languages(orientation.script, settings) \
            if orientation.script_confidence >= MIN_SCRIPT_CONFIDENCE else None
        if native is not None:
            # A page in another script: read again with its packs (the type and dates are then
            # read), kept only when it reads better; the script stays named (issue 16). Turned
            # only by a turn OSD is sure of: the packs are not a second orientation guess.
            turn = orientation.rotation if orientation.rotation_confidence >= needed else 0
            upright = image.rotate(-turn, expand=True, fillcolor=255) if turn else image
            again = _image_to_words(upright, settings, languages=native)
            if _reading_score(again) > _reading_score(first):
                return replace(again, rotation=turn, script=orientation.script,
                               script_confidence=orientation.script_confidence,
                               seconds=time.perf_counter() - started)
        if rotation:
            # Tesseract's "Rotate" is the clockwise turn that makes the page upright;
            # Pillow's rotate() turns counter-clockwise, hence the minus sign.
            turned = _image_to_words(image.rotate(-rotation, expand=True, fillcolor=255), settings)
            if _reading_score(turned) > _reading_score(first) * (1 if sure else UNSURE_TURN_GAIN):
                # Turned, the Latin models read it well: it is in Latin letters, whatever OSD said of
                # the page upside down (a Belgian transfer slip photographed upside down: "Cyrillic",
                # confidence 10; independent corpus dev bundle seasonal-flanders-complete).
                latin = not _reads_poorly(turned)
                best = replace(turned, rotation=rotation, script=None if latin else orientation.script,
                               script_confidence=0.0 if latin else orientation.script_confidence)
    return replace(best, seconds=time.perf_counter() - started)


#: Tesseract's sparse-text segmentation (`--psm 11`: as much text as possible, in no particular
#: order), tried on a page the automatic segmentation read poorly. A passport or visa page
#: scanned on an A4 sheet (scattered small fields over a security print, most of the sheet
#: white) read 0-7 words under `--psm 3` and every field under `--psm 11` (issue 11,
#: independent corpus dev bundles exec-flanders-complete, fixedterm-wallonia-complete).
SPARSE_PSM = 11


def _reads_poorly(result: OcrResult) -> bool:
    confident = len(result.confident_words)
    if confident < POOR_READING_WORDS or confident < POOR_READING_SHARE * len(result.words):
        return True
    return _reads_vertically(result)


def _reads_vertically(result: OcrResult) -> bool:
    """Tesseract can read a page turned by 90 degrees as vertical text: the words are right
    but come out one per line, in the wrong order. Long words standing upright give it away."""
    long_words = [w for w in result.words if len(w.text) >= 4]
    upright = sum(1 for w in long_words if w.height > w.width)
    return bool(long_words) and upright > 0.5 * len(long_words)


@dataclass(frozen=True)
class Orientation:
    """What Tesseract's OSD says of a page: the turn that makes it upright, and its script."""

    rotation: int = 0
    rotation_confidence: float = 0.0
    #: Tesseract's script name ("Latin", "Cyrillic", "Arabic", "Han", "Devanagari"...), or None.
    script: str | None = None
    script_confidence: float = 0.0


def detect_orientation(image: Image.Image, settings: Settings) -> Orientation:
    """Tesseract's OSD on the page, bounded by `osd_timeout`.

    OSD fails on pages with too little text; that is "unsure" (an empty `Orientation`), not an error.
    """
    try:
        osd = _run(pytesseract.image_to_osd, image, config="--psm 0 -c min_characters_to_try=10",
                   timeout=settings.osd_timeout)
    except OcrTimeout:
        return Orientation()
    except OcrError:
        return Orientation()
    rotate = re.search(r"Rotate:\s*(\d+)", osd)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    script = re.search(r"Script:\s*([A-Za-z_]+)", osd)
    script_confidence = re.search(r"Script confidence:\s*([\d.]+)", osd)
    return Orientation(int(rotate.group(1)) % 360 if rotate else 0, float(confidence.group(1)) if confidence else 0.0,
                       script.group(1) if script else None,
                       float(script_confidence.group(1)) if script_confidence else 0.0)


def detect_rotation(image: Image.Image, settings: Settings, min_confidence: float = MIN_OSD_CONFIDENCE) -> int:
    """Clockwise degrees (0, 90, 180, 270) that make the page upright, 0 when unsure."""
    orientation = detect_orientation(image, settings)
    return orientation.rotation if orientation.rotation_confidence >= min_confidence else 0


def _reading_score(result: OcrResult) -> float:
    """Confident words weighted by their share: garbage from a turned page scores low."""
    if not result.words:
        return 0.0
    confident = len(result.confident_words)
    score = confident * confident / len(result.words)
    return score / 2 if _reads_vertically(result) else score


#: The characters of a machine-readable zone (ICAO 9303 part 3): told to Tesseract, so that a
#: filler cannot come out as '«' or a 0 as 'o'.
ZONE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
#: Tesseract 5's binarisations: 0 Otsu (legacy), 1 Leptonica's adaptive Otsu, 2 Sauvola. A zone
#: printed over a security pattern often reads under one and not another.
THRESHOLDING_METHODS = (0, 1, 2)


#: Wall-clock seconds one reading of a zone crop may take before Tesseract is stopped. A guard
#: against a hung Tesseract, not the zone reader's budget (`Settings.zone_seconds`, processor
#: seconds, checked between readings): a crop takes 0.2-0.5 s of processor time, but on a
#: loaded machine (load 9 on 2 cores while the zone corpus was measured) the former limit of
#: 4 x zone_seconds = 6 s wall-clock stopped readings that had their processor time, and the
#: zone was lost only because the machine was busy.
ZONE_READ_TIMEOUT = 30.0


def read_zone(image: Image.Image, settings: Settings, *, thresholding: int = 0, psm: int = 6) -> str:
    """Read a cropped, enlarged machine-readable zone: one text line per zone line.

    English model (no zone-specific model ships with Tesseract), the zone's characters only,
    no dictionaries (a zone line is no word), and a block or line page segmentation (`psm` 6
    or 7): the automatic one splits a zone into columns. Raises `OcrTimeout` / `OcrError`.
    """
    if thresholding not in THRESHOLDING_METHODS:
        raise ValueError(f"thresholding must be one of {THRESHOLDING_METHODS}")
    config = (f"--psm {psm} -c tessedit_char_whitelist={ZONE_CHARACTERS} -c thresholding_method={thresholding} "
              "-c load_system_dawg=0 -c load_freq_dawg=0")
    return _run(pytesseract.image_to_string, image, lang="eng", config=config,
                timeout=min(settings.ocr_timeout, ZONE_READ_TIMEOUT))


def read_printed_fields(image: Image.Image, settings: Settings, *, psm: int = 6) -> str:
    """Read the printed fields of a data page cut out above its zone (labels and values).

    English model, a block segmentation (`psm` 6) or, as the caller's retries, a column one (4)
    or sparse text (11): the fields stand in a column beside a photo. Only dates and the
    document number are looked for in it. Raises `OcrTimeout` / `OcrError`.
    """
    if psm not in (4, 6, 11):
        raise ValueError("psm must be 4, 6 or 11")
    return _run(pytesseract.image_to_string, image, lang="eng", config=f"--psm {psm}",
                timeout=min(settings.ocr_timeout, ZONE_READ_TIMEOUT))


def script_languages(script: str | None, settings: Settings) -> str | None:
    """The packs to read a page in `script` with, when configured and all installed; else None
    (then the page keeps its Latin reading, as before the packs existed)."""
    wanted = dict(settings.script_languages).get(script or "")
    if wanted is None:
        return None
    return wanted if set(wanted.split("+")) <= installed_languages() else None


def _image_to_words(image: Image.Image, settings: Settings, languages: str | None = None, *,
                    psm: int = 3) -> OcrResult:
    data = _run(pytesseract.image_to_data, image, lang=languages or settings.tesseract_languages,
                config=f"--psm {psm}", timeout=settings.ocr_timeout, output_type=pytesseract.Output.DICT)
    words: list[OcrWord] = []
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for i, token in enumerate(data["text"]):
        token = token.strip()
        if not token:
            continue
        word = OcrWord(token, float(data["conf"][i]), int(data["left"][i]), int(data["top"][i]),
                       int(data["width"][i]), int(data["height"][i]))
        words.append(word)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
    text = "\n".join(" ".join(w.text for w in line) for line in lines.values())
    return OcrResult(text=text, words=tuple(words), source="ocr",
                     lines=tuple(_text_line(line) for line in lines.values()), page_height=float(image.height))


def _text_line(words: list[OcrWord]) -> TextLine:
    """A line's box; its height is the median height of its words that are sure and of letters,
    so one tall stamp glyph or a descender-less word does not make a body line look like a title."""
    sure = [w for w in words if w.confidence >= CONFIDENT_WORD and any(ch.isalpha() for ch in w.text)]
    heights = sorted(w.height for w in (sure or words))
    left = min(w.left for w in words)
    return TextLine(text=" ".join(w.text for w in words), top=float(min(w.top for w in words)),
                    height=float(heights[len(heights) // 2]), left=float(left),
                    width=float(max(w.left + w.width for w in words) - left))


def _run(function, image: Image.Image, *, timeout: float, **kwargs):
    """Call pytesseract, mapping its failures onto docscan's typed errors."""
    try:
        tesseract_version()  # with a timeout, before pytesseract asks without one
    except MissingDependencyError as problem:
        raise OcrError(code="ocr_not_started", params={"detail": problem.message}) from None
    try:
        return function(image, timeout=timeout, **kwargs)
    except pytesseract.TesseractNotFoundError:
        installed_languages.cache_clear()
        raise MissingDependencyError("Tesseract OCR is not installed. Install it with: "
                                     "sudo apt-get install tesseract-ocr (or run 'make install').") from None
    except subprocess.CalledProcessError as exc:  # pytesseract asks `tesseract --version` first
        raise OcrError(code="ocr_not_started", params={"detail": f"exit status {exc.returncode}"}) from None
    except pytesseract.TesseractError as exc:
        # Before RuntimeError, which TesseractError subclasses: caught after it, this branch was
        # never reached and a missing language pack was reported page by page as a raw tuple.
        message = str(exc.message if hasattr(exc, "message") else exc)
        if "Failed loading language" in message or "Error opening data file" in message:
            installed_languages.cache_clear()
            raise MissingDependencyError(
                f"Tesseract language data missing ({message.strip()[:120]}). "
                "Install it with: sudo apt-get install tesseract-ocr-eng tesseract-ocr-fra "
                "tesseract-ocr-nld tesseract-ocr-deu tesseract-ocr-osd") from None
        if isinstance(exc.status, int) and exc.status < 0:
            log.debug("Tesseract crashed on a page (signal %s)", -exc.status)
            raise OcrError(code="ocr_crashed") from None
        log.debug("Tesseract failed on a page (exit status %s)", exc.status)
        raise OcrError(code="ocr_failed") from None
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrTimeout(params={"seconds": round(timeout)}) from None
        raise OcrError(code="ocr_failed") from None
