"""Run settings: limits, languages and timeouts, validated when made.

Settings are a frozen dataclass (the pdfplumber habit) so that a worker process gets an
exact, picklable copy and nothing changes them half-way through a run. Domain thresholds
(how blurry is too blurry, which words make a criminal record) are YAML data under
`docscan/rules/`; these are the operational limits that keep a run bounded.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .errors import UsageError

#: Tesseract language packs docscan needs: the four languages a single-permit file may be in.
DEFAULT_LANGUAGES = ("eng", "fra", "nld", "deu")

#: Tesseract's OSD script name -> the packs (with English, for the SPECIMEN marks and Latin
#: names) a page in that script is read again with. Chosen for the common source countries of
#: single-permit workers whose documents are not in Latin script (Russia, Ukraine, Belarus,
#: Central Asia: Cyrillic; Morocco, Algeria, Tunisia, Egypt, the Middle East: Arabic), and
#: measured on test pages (README, issue 16): rus+ukr 3.7 MB + 3.8 MB, 3.2-4.1 s a page; ara
#: 1.4 MB, 1.5-2.5 s a page, on top of the Latin reading docscan makes first.
SCRIPT_LANGUAGES = (("Cyrillic", "rus+ukr+eng"), ("Arabic", "ara+eng"))


@dataclass(frozen=True)
class Settings:
    """Limits for one run. Every limit exists so that one bad file cannot stall the bundle."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    #: Packs a page is read again with when OSD names its script and the Latin reading is poor
    #: (issue 16): enough to recognise the document's type and read its dates, not to translate.
    #: Used only when installed (`make install` installs them); see SCRIPT_LANGUAGES.
    script_languages: tuple[tuple[str, str], ...] = SCRIPT_LANGUAGES
    #: Seconds one Tesseract call may take. A 300 dpi A4 page with four languages takes
    #: 3-8 s on this class of machine; 90 s leaves room for a loaded machine while still
    #: ending a pathological page.
    ocr_timeout: float = 90.0
    #: Seconds for orientation detection, which looks at far fewer characters.
    osd_timeout: float = 30.0
    #: Resolution for rendering PDF pages without a text layer: the resolution the
    #: portal's own guidance and Tesseract both work best at.
    render_dpi: int = 300
    #: A file larger than this is not a scan of one document.
    max_file_bytes: int = 60 * 1024 * 1024
    #: No single-permit document has more pages; a 500-page PDF is refused, not read.
    max_pages: int = 60
    #: An A4 page at 600 dpi is 35 megapixels; anything above 80 is refused before it is
    #: decoded (decompression bombs declare huge sizes in a tiny file).
    max_image_pixels: int = 80_000_000
    #: Processor seconds the machine-readable zone reader may spend on one page beyond the
    #: page's own reading, retries included: a bound for a slow machine only, twice issue 11's
    #: target of 1.5 s more per passport page; its budget is `mrz_zone.MAX_ZONE_READINGS`
    #: readings, the same on every machine (14 take about 2.1 s here, the mean page 0.25 s).
    zone_seconds: float = 3.0
    #: Worker processes for pages. Tesseract runs single-threaded (OMP_THREAD_LIMIT=1),
    #: one process per core, which is about twice as fast as its own threading.
    workers: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))
    #: Address-space limit of one page worker (MB), Tesseract included: a decompression or
    #: parsing bomb fails its page instead of taking the machine's memory. Tesseract with four
    #: languages on an A4 page peaks near 600 MB; the quality gate on an 80-megapixel page, 2 GB.
    worker_memory_mb: int = 4096
    #: Wall-clock seconds for a whole page, every stage together (None: from `ocr_timeout`).
    page_timeout: float | None = None
    #: Seconds pyHanko may take to check a PDF's signatures (`signatures.py`). A sealed
    #: one-page extract takes about 0.5 s with the child process's start; a signature whose
    #: difference analysis runs away is ended, and the file's pages are read all the same.
    signature_timeout: float = 30.0
    #: Address-space limit of that check (MB): the child holds the PDF (at most `max_file_bytes`)
    #: and pyHanko's parse of it; Python with pyHanko, lxml and cryptography loaded maps about 400 MB.
    signature_memory_mb: int = 1536
    #: A Dask distributed scheduler (``tcp://HOST:8786``) whose workers read the pages instead of
    #: this machine's processes (`dask_runner.py`); None: the local page workers.
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if not self.languages:
            raise UsageError("settings: at least one OCR language is needed")
        for name in ("ocr_timeout", "osd_timeout", "zone_seconds", "signature_timeout"):
            if getattr(self, name) <= 0:
                raise UsageError(f"settings: {name} must be a positive number of seconds")
        if not 72 <= self.render_dpi <= 600:
            raise UsageError("settings: render_dpi must be between 72 and 600")
        if self.page_timeout is not None and self.page_timeout <= 0:
            raise UsageError("settings: page_timeout must be a positive number of seconds")
        if self.scheduler is not None and not self.scheduler.strip():
            raise UsageError("settings: scheduler must be a Dask scheduler's address, e.g. tcp://HOST:8786")
        for script, packs in self.script_languages:
            if not re.fullmatch(r"[A-Za-z_]+", script) or not re.fullmatch(r"[a-z_]+(\+[a-z_]+)*", packs):
                raise UsageError(f"settings: script_languages: '{script}: {packs}' is not a script and "
                                 "Tesseract languages joined by '+'")
        for name in ("max_file_bytes", "max_pages", "max_image_pixels", "workers", "worker_memory_mb",
                     "signature_memory_mb"):
            if getattr(self, name) < 1:
                raise UsageError(f"settings: {name} must be at least 1")

    @property
    def page_deadline(self) -> float:
        """Seconds a page may take in all: two readings (upright and turned), a third with the
        script's packs when configured, orientation detection, and a margin for decoding, the
        quality gate and the zone reader."""
        if self.page_timeout is not None:
            return self.page_timeout
        readings = 3 if self.script_languages else 2
        return readings * self.ocr_timeout + self.osd_timeout + self.signature_timeout + 60.0

    @property
    def tesseract_languages(self) -> str:
        """The `-l` argument for Tesseract, e.g. ``eng+fra+nld+deu``."""
        return "+".join(self.languages)
