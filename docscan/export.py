"""Files ready to submit (issue 17): one PDF per required document, and an index of the file.

After a check the applicant still has to produce the files the portal takes: it rejects blurry
scans and warns about large files. From the checked files this module writes, for every
document requirement that has a document, one PDF named for what it is in the reader's
language (``02-passeport.pdf``), with:

* **pages as docscan read them**: a born-digital page is copied as it is (its text layer and
  vectors kept, pikepdf); a scan or photo is embedded as the OCR saw it: the page found in the
  photo, straightened and cropped (`capture.replay`), upright (EXIF orientation and the OCR's
  own quarter turn undone) in colour when the page has colour (stamps, a passport's photo) and
  in grayscale otherwise, at most `ExportLimits.max_dpi`;
* **a text layer**: the words docscan's OCR read, written invisibly (PDF text render mode 3)
  over their boxes, so the portal and the officer can search and copy them, without a second
  OCR run;
* **a size under `ExportLimits.max_bytes`** (default 2 MB a file, as the portal advises):
  image pages are encoded again at lower JPEG quality, then lower resolution, until the file
  fits; a file that still does not fit at the floor is kept and said to be too large.

`00-index.pdf` lists every requirement with its status, the file that answers it and what is
still missing or must be done again. `zip_bytes` packs them for a download.

Why pikepdf: it writes and copies PDF objects through qpdf (well kept, used by OCRmyPDF), so
original pages keep their text layer and JPEG data is embedded as it is (no re-encoding by a
PDF library). The invisible text uses the standard Courier font: every glyph is 600/1000 em
wide, so a word is stretched over its box exactly with no font metrics to ship.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np
from PIL import Image

from . import capture, ingest, messages
from .errors import FileProblem
from .outputs import private_folder, write_private
from .settings import Settings

if TYPE_CHECKING:
    import pikepdf

    from .pipeline import FileResult, PageResult
    from .report import Report

#: Requirement statuses whose documents are exported: what is there, even when it must be
#: done again (the index says so); a missing requirement has nothing to export.
EXPORTED_STATUSES = ("ok", "invalid", "illegible", "needs_review")
#: JPEG qualities and resolutions tried, best first, until a file fits its size limit. 150 dpi
#: is the floor: below it the portal's own legibility check and the officer's eyes suffer.
JPEG_QUALITIES = (85, 75, 65, 50)
RESOLUTIONS = (300, 250, 200, 150)
#: A page with more than this share of clearly coloured pixels is kept in colour (a stamp, a
#: passport's photo and security print); otherwise grayscale, a third of the size.
COLOUR_SHARE = 0.01
#: Saturation (0-255, HSV) above which a pixel counts as coloured: paper tone and JPEG noise
#: on a grey scan stay under it.
COLOUR_SATURATION = 60
#: Page size assumed for a photo or scan that declares no resolution: its longer side is an
#: A4 page's (11.69 in). A card photographed alone then prints large, never cut.
A4_LONG_SIDE_INCHES = 11.69
#: A declared resolution is believed in this range: phones and editors write 72 or 96 as a
#: placeholder, which would make a photo a poster-sized page.
MIN_DECLARED_DPI, MAX_DECLARED_DPI = 100.0, 1200.0
#: Courier's advance width (PDF standard font metrics): 600/1000 of the font size per glyph.
COURIER_ADVANCE = 0.6
#: Words of one line are written at least this far apart (points). A reader of the text layer
#: splits words where the gap between glyphs exceeds its tolerance (pdfplumber: 3 pt) and
#: interleaves glyphs that overlap: OCR boxes set narrower apart ("of 3" on a photo, read back
#: "of3") or overlapping (a watermark word over a line of text, read back "spmeceimenn") lost
#: 3-8 % of the words on 3 of the export benchmark's 18 files (issue 17).
WORD_GAP_PT = 4.0
#: ... and keep at least this share of their printed width when their neighbour leaves less.
MIN_WORD_WIDTH_SHARE = 0.3


@dataclass(frozen=True)
class ExportLimits:
    """What the exported files must respect; the user can set the size (`--export-max-mb`)."""

    max_bytes: int = 2_000_000
    max_dpi: int = 300

    def __post_init__(self) -> None:
        if self.max_bytes < 100_000:
            raise ValueError("an exported file needs at least 100 kB")
        if not 150 <= self.max_dpi <= 600:
            raise ValueError("the export resolution must be between 150 and 600 dpi")


@dataclass(frozen=True, kw_only=True)
class ExportedFile:
    """One PDF of the export: what it holds and whether it fits the limit."""

    name: str
    requirement: str
    status: str
    pages: int
    size: int
    sources: tuple[str, ...]
    within_limit: bool
    #: Pages whose text layer came from docscan's OCR (the others kept their own or have none).
    ocr_text_pages: int
    #: Resolution and JPEG quality of the image pages (None when the file has none).
    dpi: int | None = None
    quality: int | None = None
    #: The file is the applicant's signed or sealed PDF byte for byte: a rewrite would break
    #: its seal (a Belgian criminal-record extract's e-seal), so it is never rebuilt.
    sealed_original: bool = False


@dataclass(frozen=True)
class Export:
    """The files ready to submit: the PDFs in order, the index, and what could not be exported."""

    files: tuple[ExportedFile, ...]
    index_name: str
    #: PDF bytes by file name (index first), what `write` and `zip_bytes` write.
    contents: dict[str, bytes]
    #: Pages that could not be exported (their file went away or became unreadable): (file, page).
    skipped_pages: tuple[tuple[str, int], ...] = ()

    def write(self, folder: str | Path) -> list[Path]:
        """Write every PDF into `folder` (made private when missing), never through a link."""
        target = private_folder(folder)
        return [write_private(target / name, data) for name, data in self.contents.items()]

    def zip_bytes(self) -> bytes:
        """All the files in one zip, the index first (stored: PDFs are compressed already)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
            for name, data in self.contents.items():
                archive.writestr(name, data)
        return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# The export


def export_report(report: Report, *, language: str = "en", settings: Settings | None = None,
                  limits: ExportLimits | None = None) -> Export:
    """The files ready to submit for `report`, made from its files (which must still be on disk).

    Never raises for a file: a page that cannot be loaded again is left out and listed in
    `skipped_pages`; the index still lists every requirement.
    """
    from .checklist import load_checklist

    settings = settings or Settings()
    limits = limits or ExportLimits()
    language = messages.language_or_default(language)
    checklist = load_checklist(report.permit, report.region)
    accepted = {r.id: set(r.documents) for r in checklist.requirements}
    files_by_name = {f.path: f for f in report.files}
    document_requirements = [r for r in report.requirements if r.kind == "document"]
    contents: dict[str, bytes] = {}
    exported: list[ExportedFile] = []
    skipped: list[tuple[str, int]] = []
    used_pages: set[tuple[str, int]] = set()
    for number, requirement in enumerate(document_requirements, start=1):
        if requirement.status not in EXPORTED_STATUSES or not requirement.files:
            continue
        pages = _pages_for(requirement.id, requirement.files, accepted.get(requirement.id, set()), files_by_name)
        pages = [(f, p) for f, p in pages if (f.path, p.number) not in used_pages]
        if not pages:
            continue
        used_pages.update((f.path, p.number) for f, p in pages)
        name = f"{number:02d}-{slug(messages.requirement_name(requirement.id, language))}.pdf"
        sealed = _sealed_original(pages)
        if sealed is not None:
            contents[name] = sealed
            exported.append(ExportedFile(name=name, requirement=requirement.id, status=requirement.status,
                                         pages=len(pages), size=len(sealed), sources=(pages[0][0].path,),
                                         within_limit=len(sealed) <= limits.max_bytes, ocr_text_pages=0,
                                         sealed_original=True))
            continue
        built = _build_pdf(pages, settings, limits)
        skipped += built.skipped
        if built.data is None:
            continue
        contents[name] = built.data
        exported.append(ExportedFile(name=name, requirement=requirement.id, status=requirement.status,
                                     pages=built.pages, size=len(built.data),
                                     sources=tuple(dict.fromkeys(f.path for f, _ in pages)),
                                     within_limit=len(built.data) <= limits.max_bytes,
                                     ocr_text_pages=built.ocr_text_pages, dpi=built.dpi, quality=built.quality))
    index_name = f"00-{slug(messages.label('export_index_name', language))}.pdf"
    index = _index_pdf(report, document_requirements, exported, language)
    return Export(tuple(exported), index_name, {index_name: index, **contents}, tuple(skipped))


def slug(text: str) -> str:
    """A file-name form of a title: ASCII letters and digits joined by hyphens ("Extrait de
    casier judiciaire" -> "extrait-de-casier-judiciaire"), at most 60 characters."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).lower()
    words = re.findall(r"[a-z0-9]+", plain)
    return "-".join(words)[:60].strip("-") or "document"


def _sealed_original(pages: list[tuple[FileResult, PageResult]]) -> bytes | None:
    """The original bytes when the pages are the whole of one signed or sealed PDF, else None."""
    files = {id(f): f for f, _ in pages}
    if len(files) != 1:
        return None
    file_result = pages[0][0]
    check = file_result.signatures
    if file_result.source.kind != "pdf" or check is None or not check.signatures \
            or len(pages) != len(file_result.pages):
        return None
    try:
        return ingest.original_bytes(file_result.source)
    except FileProblem:
        return None


def _pages_for(requirement: str, file_names: Sequence[str], accepted: set[str],
               files_by_name: dict[str, FileResult]) -> list[tuple[FileResult, PageResult]]:
    """The pages of the documents that answer a requirement, in file and page order: the
    pages of its files typed as one of the requirement's document types, or, when none is (a
    type declared by the upload slot, a confirmed copy), every page of those files."""
    chosen: list[tuple[FileResult, PageResult]] = []
    for file_name in file_names:
        file_result = files_by_name.get(file_name)
        if file_result is None:
            continue
        numbers: set[int] = set()
        for document in file_result.documents:
            if document.doc_type in accepted or document.doc_type == requirement:
                # A document's pages are counted from 0 (`Document.first_page`), a page's from 1.
                numbers.update(range(document.first_page + 1, document.last_page + 2))
        if not numbers:
            numbers = {page.number for page in file_result.pages}
        chosen += [(file_result, page) for page in file_result.pages if page.number in numbers]
    return chosen


# ---------------------------------------------------------------------------------------------
# One PDF


@dataclass(frozen=True)
class _Built:
    data: bytes | None
    pages: int
    ocr_text_pages: int
    dpi: int | None
    quality: int | None
    skipped: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class _ImagePage:
    """An image page ready to embed: upright, at its source resolution, with the OCR's words."""

    image: Image.Image
    dpi: float
    page: PageResult


def _build_pdf(pages: list[tuple[FileResult, PageResult]], settings: Settings, limits: ExportLimits) -> _Built:
    """One PDF of `pages`: born-digital pages copied, image pages encoded under the size limit."""
    import pikepdf

    prepared: list[tuple[FileResult, PageResult, _ImagePage | None]] = []
    skipped: list[tuple[str, int]] = []
    for file_result, page in pages:
        if file_result.source.kind == "pdf" and page.source == "text_layer":
            prepared.append((file_result, page, None))
            continue
        try:
            prepared.append((file_result, page, _image_page(file_result, page, settings)))
        except (FileProblem, OSError, MemoryError):
            skipped.append((file_result.path, page.number))
    if not prepared:
        return _Built(None, 0, 0, None, None, tuple(skipped))
    has_images = any(image is not None for _, _, image in prepared)
    steps = [(dpi, quality) for dpi in RESOLUTIONS if dpi <= limits.max_dpi for quality in JPEG_QUALITIES] \
        if has_images else [(limits.max_dpi, JPEG_QUALITIES[0])]
    data = b""
    chosen = steps[0]
    ocr_pages = 0
    for dpi, quality in steps:
        chosen = (dpi, quality)
        pdf = pikepdf.new()
        ocr_pages = 0
        originals: dict[str, pikepdf.Pdf] = {}
        try:
            for file_result, page, image in prepared:
                if image is None:
                    if not _copy_page(pdf, file_result, page, originals):
                        skipped.append((file_result.path, page.number))
                    continue
                ocr_pages += _add_image_page(pdf, image, dpi, quality)
            if not len(pdf.pages):
                return _Built(None, 0, 0, None, None, tuple(dict.fromkeys(skipped)))
            buffer = io.BytesIO()
            pdf.save(buffer, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
                     deterministic_id=True)
            data = buffer.getvalue()
        finally:
            pdf.close()
            for original in originals.values():
                original.close()
        if len(data) <= limits.max_bytes:
            break
    return _Built(data, len(prepared) - len(set(skipped)), ocr_pages, chosen[0] if has_images else None,
                  chosen[1] if has_images else None, tuple(dict.fromkeys(skipped)))


def _copy_page(pdf: pikepdf.Pdf, file_result: FileResult, page: PageResult, originals: dict) -> bool:
    """Append the original PDF page (its own text layer and vectors); False when it cannot be."""
    import pikepdf

    source = file_result.source
    try:
        if source.path not in originals:
            originals[source.path] = ingest.open_original_pdf(source)
        original = originals[source.path]
        pdf.pages.append(original.pages[page.number - 1])
        return True
    except (FileProblem, pikepdf.PdfError, IndexError, OSError):
        return False


def _image_page(file_result: FileResult, page: PageResult, settings: Settings) -> _ImagePage:
    """The page in colour, turned as the OCR turned it, so its word boxes fall on their words."""
    source = file_result.source
    image = ingest.load_page_in_colour(source, page.number - 1, settings, dpi=settings.render_dpi)
    if page.capture is not None and page.capture.method != "none":
        # The page found and straightened as the OCR saw it (`capture.py`), in colour.
        image = Image.fromarray(capture.replay(np.asarray(image), page.capture), "RGB")
    rotation = page.reading.rotation if page.reading is not None else 0
    if rotation:
        image = image.rotate(-rotation, expand=True, fillcolor=(255, 255, 255))
    declared = page.quality.declared_dpi if page.quality is not None else None
    if source.kind == "pdf":
        dpi = float(settings.render_dpi)
    elif declared and MIN_DECLARED_DPI <= declared <= MAX_DECLARED_DPI:
        dpi = float(declared)
    else:
        dpi = max(image.size) / A4_LONG_SIDE_INCHES
    return _ImagePage(image, max(dpi, 1.0), page)


def _has_colour(image: Image.Image) -> bool:
    """Whether clearly coloured pixels cover more than `COLOUR_SHARE` of the page."""
    small = image.copy()
    small.thumbnail((400, 400))
    saturation = np.asarray(small.convert("HSV"))[:, :, 1]
    return float((saturation > COLOUR_SATURATION).mean()) > COLOUR_SHARE


def _add_image_page(pdf: pikepdf.Pdf, prepared: _ImagePage, dpi: int, quality: int) -> int:
    """Append an image page at most `dpi`, JPEG at `quality`, with its OCR words as invisible
    text; returns 1 when a text layer was written."""
    import pikepdf

    image = prepared.image
    scale = min(1.0, dpi / prepared.dpi)
    if scale < 1.0:
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.Resampling.LANCZOS)
    effective_dpi = prepared.dpi * scale
    colour = _has_colour(image)
    encoded = image if colour else image.convert("L")
    buffer = io.BytesIO()
    encoded.save(buffer, "JPEG", quality=quality, optimize=True, progressive=False)
    width_pt, height_pt = image.width * 72 / effective_dpi, image.height * 72 / effective_dpi
    xobject = pikepdf.Stream(pdf, buffer.getvalue())
    xobject.Type, xobject.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    xobject.Width, xobject.Height, xobject.BitsPerComponent = encoded.width, encoded.height, 8
    xobject.ColorSpace = pikepdf.Name.DeviceRGB if colour else pikepdf.Name.DeviceGray
    xobject.Filter = pikepdf.Name.DCTDecode
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Courier,
                              Encoding=pikepdf.Name.WinAnsiEncoding)
    words = _text_operators(prepared.page, (width_pt / prepared.image.width, height_pt / prepared.image.height),
                            height_pt)
    operators = [f"q {width_pt:.2f} 0 0 {height_pt:.2f} 0 0 cm /Im0 Do Q".encode()]
    if words:
        operators += [b"BT 3 Tr", *words, b"ET"]
    content = pikepdf.Stream(pdf, b"\n".join(operators))
    resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobject), Font=pikepdf.Dictionary(F1=font))
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(width_pt, 2), round(height_pt, 2)],
                              Resources=resources, Contents=content)
    pdf.pages.append(pikepdf.Page(page))
    return 1 if words else 0


def _text_operators(page: PageResult, scale: tuple[float, float], height_pt: float) -> list[bytes]:
    """One positioned, stretched Courier string per OCR word, in PDF units (origin bottom left).

    The words of one printed line share its size and baseline (the median of their boxes): a
    word's own box is taller with a descender or a bracket and shorter without ascenders, and
    such words, placed each by its box, bridged two lines in a reader of the text layer
    (pdfplumber chains lines whose tops lie within 3 pt), which then interleaved their letters
    (measured: 67% of the words read back on a scanned certificate, 100% once lines share a
    baseline).
    """
    if page.reading is None or page.reading.source != "ocr":
        return []
    placed: list[tuple[float, float, float, list]] = []  # (top, size, baseline, words) per printed line
    for line in _printed_lines([w for w in page.reading.words if w.text.strip() and w.width > 0 and w.height > 0]):
        size = float(np.median([w.height for w in line])) * scale[1]
        bottom = float(np.median([w.top + w.height for w in line]))
        # Baseline about a fifth of the size above the boxes' bottom (descenders below it).
        y = height_pt - bottom * scale[1] + 0.2 * size
        placed.append((height_pt - float(np.median([w.top for w in line])) * scale[1], size, y, line))
    found = []
    for row in _rows_read_together(placed):
        written_to = -np.inf  # where the previous word of the row ends, in points
        for number, (size, y, word) in enumerate(row):
            text = word.text.strip()
            # Where its box is, but clear of its neighbours (`WORD_GAP_PT`).
            x = max(word.left * scale[0], written_to + WORD_GAP_PT)
            right = (word.left + word.width) * scale[0]
            if number + 1 < len(row):
                right = min(right, row[number + 1][2].left * scale[0] - WORD_GAP_PT)
            width = max(right - x, MIN_WORD_WIDTH_SHARE * word.width * scale[0])
            written_to = x + width
            stretch = width / (COURIER_ADVANCE * size * len(text))
            # The word, then a space: a reader of the text layer (pdfplumber, a PDF viewer's
            # search) then sees a word boundary even where the printed gap is narrower than its
            # tolerance.
            found.append(f"/F1 {size:.2f} Tf {stretch * 100:.1f} Tz 1 0 0 1 {x:.2f} {y:.2f} Tm ".encode()
                         + _pdf_string(text + " ") + b" Tj")
    return found


def _rows_read_together(placed: list[tuple[float, float, float, list]]) -> list[list[tuple[float, float, Any]]]:
    """Printed lines whose tops lie within `WORD_GAP_PT` of each other, as one row of (size,
    baseline, word) left to right: a reader of the text layer takes them for one line and
    orders their glyphs by position, so their words must not overlap (a stray OCR word beside
    a line, "i" over "montant" on a scanned bank statement, read back "monet ain t")."""
    rows: list[list[tuple[float, float, Any]]] = []
    last_top = np.inf
    for top, size, y, line in sorted(placed, key=lambda entry: -entry[0]):
        entries = [(size, y, word) for word in line]
        if rows and last_top - top <= WORD_GAP_PT:
            rows[-1] = sorted(rows[-1] + entries, key=lambda entry: entry[2].left)
        else:
            rows.append(entries)
        last_top = top
    return rows


def _printed_lines(words: Sequence) -> list[list]:
    """OCR words grouped into printed lines, top to bottom, each left to right: a word joins the
    line whose vertical middle band (its middle half) holds the word's middle."""
    lines: list[list] = []
    for word in sorted(words, key=lambda w: (w.top + w.height / 2, w.left)):
        middle = word.top + word.height / 2
        for line in reversed(lines[-3:]):
            tops = float(np.median([w.top for w in line]))
            bottoms = float(np.median([w.top + w.height for w in line]))
            quarter = (bottoms - tops) / 4
            if tops + quarter <= middle <= bottoms - quarter or abs(middle - (tops + bottoms) / 2) <= quarter:
                line.append(word)
                break
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252): what Courier's standard encoding holds; other
    characters become '?' (the text layer helps search, it is not the document)."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


# ---------------------------------------------------------------------------------------------
# The index page


#: A4 in points, its margins, and the index's type sizes.
A4 = (595.28, 841.89)
MARGIN = 56.0
TITLE_SIZE, BODY_SIZE, LEADING = 15.0, 9.5, 13.0
#: Characters per line of the index at `BODY_SIZE` (Helvetica's mean advance is about half an
#: em; a little under, so a line never runs into the margin).
LINE_CHARACTERS = 96


def _index_pdf(report: Report, requirements: Sequence, exported: Sequence[ExportedFile], language: str) -> bytes:
    """A one-page (or more, for long lists) A4 index: permit, region, date, and per requirement
    its number, name, status and file, or what to do when it is missing or must be redone."""
    import pikepdf

    by_requirement = {f.requirement: f for f in exported}
    lines: list[tuple[float, str]] = [
        (TITLE_SIZE, messages.label("export_index_title", language)),
        (BODY_SIZE, messages.label("export_index_for", language, permit=report.permit_title_in(language),
                                   region=report.region, today=report.today)),
        (BODY_SIZE, messages.label("export_index_limit", language)),
        (BODY_SIZE, ""),
    ]
    for number, requirement in enumerate(requirements, start=1):
        name = messages.requirement_name(requirement.id, language)
        status = messages.term(f"status.{requirement.status}", language)
        exported_file = by_requirement.get(requirement.id)
        if exported_file is not None:
            entry = messages.label("export_index_file", language, number=f"{number:02d}", name=name, status=status,
                                   file=exported_file.name)
        else:
            entry = messages.label("export_index_missing", language, number=f"{number:02d}", name=name, status=status)
        lines += [(BODY_SIZE, part) for part in _wrap(entry)]
        if requirement.status != "ok":
            lines += [(BODY_SIZE, "      " + part) for part in _wrap(messages.render(requirement.reason, language),
                                                                      LINE_CHARACTERS - 6)]
        if exported_file is not None and exported_file.sealed_original:
            lines += [(BODY_SIZE, "      " + part) for part in _wrap(messages.label("export_sealed", language),
                                                                      LINE_CHARACTERS - 6)]
        if exported_file is not None and not exported_file.within_limit:
            lines += [(BODY_SIZE, "      " + part) for part in _wrap(
                messages.label("export_too_large", language, megabytes=f"{exported_file.size / 1e6:.1f}"),
                LINE_CHARACTERS - 6)]
    lines += [(BODY_SIZE, ""), (BODY_SIZE, messages.label("export_index_footer", language))]

    pdf = pikepdf.new()
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
                              Encoding=pikepdf.Name.WinAnsiEncoding)
    per_page = int((A4[1] - 2 * MARGIN) // LEADING) - 1
    for start in range(0, len(lines), per_page):
        y = A4[1] - MARGIN
        operators = [b"BT"]
        for size, text in lines[start:start + per_page]:
            operators.append(f"/F1 {size:.1f} Tf 1 0 0 1 {MARGIN:.1f} {y:.1f} Tm ".encode() + _pdf_string(text) + b" Tj")
            y -= LEADING + (size - BODY_SIZE)
        operators.append(b"ET")
        content = pikepdf.Stream(pdf, b"\n".join(operators))
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, *A4],
                                  Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)), Contents=content)
        pdf.pages.append(pikepdf.Page(page))
    buffer = io.BytesIO()
    pdf.save(buffer, compress_streams=True, deterministic_id=True)
    pdf.close()
    return buffer.getvalue()


def _wrap(text: str, width: int = LINE_CHARACTERS) -> list[str]:
    """Words filled into lines of at most `width` characters (a word longer than that is cut)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines or [""]
