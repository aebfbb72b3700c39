"""Ingest: the only module that opens the applicant's files.

A file is first *probed* (cheap: its first bytes, its size, its page count) so that every
problem that concerns the whole file — empty, corrupt, encrypted, not a document, too many
pages, a decompression bomb — becomes a `Reason` in the report before any heavy work. Pages
are then *loaded one at a time* (`load_page`), in whichever worker process reads them, so a
bundle is never held in memory whole.

The file type is decided from the content (magic bytes), never from the extension: applicants
rename files, phones save HEIC as ".jpg", and a program renamed ".pdf" must not be handed to a
PDF parser as if it were one.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np
from PIL import Image, ImageOps

from .errors import FileProblem, UsageError
from .layout import TextLine
from .models import Reason, SignatureCheck
from .settings import Settings

if TYPE_CHECKING:
    import pikepdf

log = logging.getLogger(__name__)

try:  # HEIC/HEIF phone photos; pillow-heif registers itself as a Pillow plug-in.
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - pillow-heif is a pinned dependency
    HEIF_SUPPORTED = False

#: Kinds docscan reads, decided by `detect_kind`.
SUPPORTED_KINDS = ("pdf", "png", "jpeg", "tiff", "heif", "webp", "bmp")

#: A PDF page "has real text" when its text layer holds at least this many letters. Scanners
#: often add a layer with a few stray characters or only a page number; such pages are
#: rendered and OCRed like any scan.
MIN_TEXT_LAYER_LETTERS = 80

#: Files whose names start like this are hidden or editor/OS litter, never documents.
_LITTER_PREFIXES = (".", "~$", "__MACOSX")
_LITTER_NAMES = {"thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class SourceFile:
    """One input file as probed: what it is and whether it can be read at all."""

    path: str
    name: str
    size: int
    sha256: str
    kind: str | None
    page_count: int
    error: Reason | None = None
    #: Type declared for this file by the caller (an upload slot), if any.
    declared_type: str | None = None
    #: The file's bytes, when its pages are read on another machine (a Dask worker, which has
    #: no access to `path`): the pages are then decoded from memory (`with_content`).
    content: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def readable(self) -> bool:
        return self.error is None and self.page_count > 0


@dataclass(frozen=True)
class PageInput:
    """One page ready for the quality gate and OCR.

    Exactly one of `text` (a real PDF text layer) and `image` (grayscale) is the main
    content; a text-layer page keeps no image, since nothing has to be measured on it.
    """

    number: int
    image: Image.Image | None
    text: str | None
    declared_dpi: float | None
    #: The EXIF rotation that was undone, in degrees, for the report.
    exif_rotation: int = 0
    #: For a text layer: its lines with their font sizes (points), and the page height, so
    #: the title can be found by its size.
    text_lines: tuple[TextLine, ...] = ()
    page_height: float = 0.0
    #: A colour photo or scan as decoded, upright (RGB, the same pixels as `image`): the capture
    #: stage tells a screen's colour fringes and a finger's skin from a grey page by it. None for
    #: grayscale files and rendered PDF pages.
    colour: Image.Image | None = None

    def colour_pixels(self) -> np.ndarray | None:
        """`colour` as an RGB array, as the capture stage takes it (`capture.straighten`)."""
        return None if self.colour is None else np.asarray(self.colour)


def detect_kind(head: bytes) -> str | None:
    """Name the file type from its first bytes, or None when it is not a document we read."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head[4:8] == b"ftyp" and head[8:12] in {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"avif"}:
        return "heif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"BM"):
        return "bmp"
    # The PDF header may be preceded by junk (allowed by readers) within the first kilobyte.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    return None


def describe_unknown(head: bytes) -> str:
    """A guess at what a non-document file is, as a term of the message catalogues (`unknown.*`)."""
    if not head:
        return "unknown.empty"
    if head.startswith(b"\x7fELF") or head.startswith(b"MZ"):
        return "unknown.program"
    if head.startswith(b"PK\x03\x04"):
        return "unknown.zip"
    if head.startswith((b"\xd0\xcf\x11\xe0",)):
        return "unknown.office"
    try:
        head.decode("utf-8")
        return "unknown.text"
    except UnicodeDecodeError:
        return "unknown.unrecognised"


def _sentence(text: str) -> str:
    """First letter up, full stop: without str.capitalize(), which would write "pdf"."""
    return text[:1].upper() + text[1:] + "."


def _unreadable(code: str, **params: object) -> Reason:
    """A file docscan cannot use: the sentence (made at the edge) says to upload it again."""
    return Reason.of(code, **params)


def iter_input_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Walk the given files and folders in a stable order, skipping OS litter.

    A path that does not exist is an unusable argument (the user mistyped it), not a bad
    document, so it stops the run with a `UsageError`. Inside a folder, a link that leads
    nowhere (to a deleted file, or round in a loop) is yielded too: `probe` then reports it as
    a file that could not be opened, rather than it being skipped without a word.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel_parts = child.relative_to(path).parts
                if any(_is_litter(part) for part in rel_parts):
                    continue
                if child.is_file() or (child.is_symlink() and not child.exists()):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise UsageError(f"not a regular file or folder: {path}")


def _is_litter(name: str) -> bool:
    return name.startswith(_LITTER_PREFIXES) or name.lower() in _LITTER_NAMES


def readable_name(name: str) -> str:
    """A file or folder name as text that can be printed, written to JSON or CSV, and shown.

    Linux file names are bytes; Python keeps those that are not UTF-8 as lone surrogates
    (``attestation-m\\udce9dicale.pdf``, from a share written by an old Windows), which no
    UTF-8 output accepts: a report naming one crashed. Such a name is read as Windows-1252,
    the likeliest origin (``attestation-médicale.pdf``). The file itself is still opened by its
    real path; only what is shown changes.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("cp1252", errors="replace")


def probe(path: str | os.PathLike, settings: Settings, *, declared_type: str | None = None,
          display_name: str | None = None) -> SourceFile:
    """Look at a file without decoding its pages: type, size, hash, page count, fatal problems.

    Never raises for a bad file: the problem is returned as `SourceFile.error`.
    """
    path = Path(path)
    name = readable_name(display_name or path.name)
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            with path.open("rb") as handle:
                digest = _sha256(handle)
            return SourceFile(str(path), name, size, digest, None, 0, _unreadable(
                "file_too_large", size_mb=round(size / 2**20), limit_mb=round(settings.max_file_bytes / 2**20)),
                declared_type)
        with path.open("rb") as handle:
            head = handle.read(4096)
            handle.seek(0)
            digest = _sha256(handle)
    except OSError as exc:
        if path.is_symlink():
            return SourceFile(str(path), name, 0, "", None, 0, Reason("broken_link"), declared_type)
        log.debug("a file could not be opened: %s", exc.strerror)
        return SourceFile(str(path), name, 0, "", None, 0, _unreadable("unreadable_file"), declared_type)

    kind = detect_kind(head)
    if size == 0:
        return SourceFile(str(path), name, 0, digest, None, 0,
                          _unreadable("empty_file"), declared_type)
    if kind is None:
        return SourceFile(str(path), name, size, digest, None, 0,
                          _unreadable("not_a_document", what=describe_unknown(head)),
                          declared_type)
    if kind == "heif" and not HEIF_SUPPORTED:  # pragma: no cover
        return SourceFile(str(path), name, size, digest, kind, 0,
                          _unreadable("unsupported_format"),
                          declared_type)
    try:
        pages = _count_pages(path, kind, settings)
    except FileProblem as problem:
        return SourceFile(str(path), name, size, digest, kind, 0,
                          problem.reason, declared_type)
    if pages > settings.max_pages:
        return SourceFile(str(path), name, size, digest, kind, pages, Reason.of(
            "too_many_pages", pages=pages, limit=settings.max_pages), declared_type)
    if pages == 0:
        return SourceFile(str(path), name, size, digest, kind, 0,
                          _unreadable("no_pages"), declared_type)
    return SourceFile(str(path), name, size, digest, kind, pages, None, declared_type)


def _sha256(handle) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def _count_pages(path: Path, kind: str, settings: Settings) -> int:
    if kind == "pdf":
        return _pdf_page_count(path)
    with _library_warnings_logged(), _open_image(path, settings) as image:
        return getattr(image, "n_frames", 1) if kind == "tiff" else 1


@contextmanager
def _library_warnings_logged() -> Iterator[None]:
    """Pillow's warnings about a file ("Truncated File Read" from a damaged EXIF block) go to
    docscan's debug log as one line, instead of to stderr with the path of Pillow's own source.

    The page's problem, if any, is in the report already; the warning adds nothing for the
    user. This runs in whichever process reads the page (a pool worker too, where the command
    line's own warning handler is not installed). `catch_warnings` is not thread-safe: in the
    web page's threads a warning may at worst be dropped, never shown.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        log.debug("a library warned while reading a file: %s: %s", warning.category.__name__, warning.message)


def _pdf_page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        document = _pdfium_document(path)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise FileProblem(code="encrypted_pdf") from None
        raise FileProblem(code="corrupt_pdf") from None
    try:
        return len(document)
    finally:
        document.close()


def _pdfium_document(path: FileContent):
    """The PDF opened by pdfium, by path when it can take it, else from its bytes (or from the
    bytes given: a page read on another machine).

    pypdfium2 encodes a path as strict UTF-8, so a file name that is not UTF-8 (see
    `readable_name`) raised `UnicodeEncodeError` and stopped the whole run; such a file is
    read into memory instead (at most `Settings.max_file_bytes`, checked by `probe` first).
    """
    import pypdfium2 as pdfium

    if isinstance(path, bytes):
        return pdfium.PdfDocument(path)
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        try:
            return pdfium.PdfDocument(path.read_bytes())
        except OSError:
            raise pdfium.PdfiumError("the file could not be read") from None
    return pdfium.PdfDocument(str(path))


def _open_image(path: FileContent, settings: Settings) -> Image.Image:
    """Open an image lazily (header only) and refuse decompression bombs before decoding."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = settings.max_image_pixels
            image = Image.open(io.BytesIO(path) if isinstance(path, bytes) else path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FileProblem(code="image_too_large", params={"limit_mp": settings.max_image_pixels / 1e6}) from None
    except (OSError, SyntaxError, ValueError):
        raise FileProblem(code="corrupt_image") from None
    if image.width * image.height > settings.max_image_pixels:
        image.close()
        raise FileProblem(code="image_too_large", params={"limit_mp": settings.max_image_pixels / 1e6})
    return image


def load_page(source: SourceFile, index: int, settings: Settings) -> PageInput:
    """Decode page `index` (0-based) of a probed file.

    Raises `FileProblem` when that page cannot be decoded; the pipeline records it for the
    page and goes on with the others.
    """
    if not source.readable:
        raise FileProblem(code=source.error.code if source.error else "unreadable_file",
                          params=source.error.params if source.error else {})
    if source.kind == "pdf":
        return _load_pdf_page(_where(source), index, settings)
    return _load_image_page(_where(source), index, settings)


#: Where a page's file is read from: its path on this machine, or its bytes in memory.
FileContent = Path | bytes


def _where(source: SourceFile) -> FileContent:
    return source.content if source.content is not None else Path(source.path)


def with_content(source: SourceFile) -> SourceFile:
    """The source with its bytes inside, for a page read on another machine (`dask_runner`).

    The bytes travel in memory; the reader never writes them to its disk. A file that can no
    longer be read, or that changed since it was probed (its hash would no longer name its
    pages in the page cache), keeps no content: `FileProblem("file_changed")`.
    """
    try:  # at most Settings.max_file_bytes: `probe` refused larger files
        data = Path(source.path).read_bytes()
    except OSError:
        data = b""
    if hashlib.sha256(data).hexdigest() != source.sha256:
        raise FileProblem(code="file_changed")
    return replace(source, content=data)


#: A signed PDF holds a signature dictionary with a /ByteRange, written as a direct object in the
#: file (ISO 32000: the signed range must be found at a byte offset, so it is never inside a
#: compressed object stream). A PDF without the word has no signature to check: pyHanko is not
#: started for it.
_SIGNATURE_MARKER = b"/ByteRange"


def read_signatures(source: SourceFile, settings: Settings) -> SignatureCheck | None:
    """The signatures and seals of a probed PDF (None: not a PDF, or it carries none).

    The file is read here (ingest opens files) and its bytes handed to `signatures`, which runs
    pyHanko bounded in time and memory in a child process. Never raises for a bad file.
    """
    if source.kind != "pdf" or source.error is not None:
        return None
    try:
        data = source.content if source.content is not None else Path(source.path).read_bytes()
    except OSError:
        return None  # the pages report the file as unreadable
    if _SIGNATURE_MARKER not in data:
        return None
    from . import signatures

    check = signatures.check_signatures(data, settings)
    # A "/ByteRange" in a text or an empty signature field is not a signature.
    return None if not check.signatures and check.error is None else check


def _load_pdf_page(path: FileContent, index: int, settings: Settings) -> PageInput:
    layer = _pdf_text_layer(path, index)
    if layer is not None and sum(ch.isalpha() for ch in layer[0]) >= MIN_TEXT_LAYER_LETTERS:
        text, lines, height = layer
        return PageInput(index + 1, None, text, None, text_lines=lines, page_height=height)
    return PageInput(index + 1, render_pdf_page(path, index, settings.render_dpi, settings), None,
                     float(settings.render_dpi))


def _pdf_text_layer(path: FileContent, index: int) -> tuple[str, tuple[TextLine, ...], float] | None:
    """The page's text layer through pdfplumber (text, lines with font sizes, page height),
    or None when it has none or cannot be read."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(path) if isinstance(path, bytes) else path, pages=[index + 1]) as pdf:
            if not pdf.pages:
                return None
            page = pdf.pages[0]
            if not _content_within_bounds(page.page_obj):
                log.info("text layer of page %d skipped: its content expands beyond %d MB",
                         index + 1, MAX_PAGE_CONTENT_BYTES // 2**20)
                return None
            text = page.extract_text()
            if not text:
                return None
            words = page.extract_words(extra_attrs=["size"])
            return text, _pdf_lines(words), float(page.height)
    except Exception as exc:  # pdfminer raises many types for damaged files; render instead
        log.debug("text layer of page %d unreadable: %s", index + 1, type(exc).__name__)
        return None


#: The text layer is read by pdfminer, in pure Python: a page whose content streams expand to
#: more than this is rendered and OCRed instead (pdfium, in C, with Tesseract's timeout). An
#: 18 KB PDF whose content expanded to a few MB of operators kept pdfminer busy for 132 s at
#: 6.9 GB (issue 13); a dense real page of text is under 200 KB of operators.
MAX_PAGE_CONTENT_BYTES = 4 * 2**20
#: pdfminer's cost grows with the glyphs it places, not with bytes: a 250 KB stream of 8,000
#: one-letter text operators took 13 s (under load), a 1 MB one 70 s. A dense A4 page shows
#: 3,000-5,000 glyphs, usually in far fewer operators; past this many text-showing operators
#: the page is rendered and OCRed instead (benchmarks/hostile_benchmark.py).
MAX_TEXT_OPERATORS = 12_000
_TEXT_OPERATOR = re.compile(rb"(?:\)|\]|>)\s*(?:Tj|TJ|'|\")(?![A-Za-z])")
#: A content stream with a filter docscan cannot measure is trusted up to this compressed size.
_UNMEASURED_STREAM_BYTES = 256 * 2**10


def _content_within_bounds(page_obj) -> bool:
    """Whether the page's content streams (and its form XObjects') expand to at most
    `MAX_PAGE_CONTENT_BYTES`, measured with a bounded decompressor, never fully inflated."""
    from pdfminer.pdftypes import PDFStream, resolve1

    budget = MAX_PAGE_CONTENT_BYTES
    operators = MAX_TEXT_OPERATORS
    streams = list(page_obj.contents or [])
    resources = resolve1(page_obj.resources) or {}
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if isinstance(xobjects, dict):
        streams += [resolve1(x) for x in xobjects.values()]
    for stream in streams[:64]:
        stream = resolve1(stream)
        if not isinstance(stream, PDFStream):
            continue
        if str(stream.attrs.get("Subtype", "")).strip("/'") == "Image":
            continue  # images are rendered, not parsed as operators
        expanded = _expanded(stream, budget)
        if expanded is None or len(expanded) > budget:
            return False
        budget -= len(expanded)
        operators -= len(_TEXT_OPERATOR.findall(expanded))
        if operators < 0:
            return False
    return len(streams) <= 64


def _expanded(stream, limit: int) -> bytes | None:
    """What `stream` expands to, stopping just past `limit` bytes; None when it cannot be measured."""
    import base64
    import binascii
    import zlib

    from pdfminer.pdftypes import resolve1

    data = stream.rawdata if stream.rawdata is not None else stream.data
    filters = resolve1(stream.attrs.get("Filter") or stream.attrs.get("F") or [])
    filters = filters if isinstance(filters, list) else [filters]
    try:
        for name in (str(resolve1(f)).strip("/'") for f in filters):
            if name in ("FlateDecode", "Fl"):
                inflater = zlib.decompressobj()
                data = inflater.decompress(data, limit + 1)
                if len(data) > limit:
                    return data
            elif name in ("ASCII85Decode", "A85"):
                data = base64.a85decode(data.strip().removesuffix(b"~>"), adobe=False, ignorechars=b" \t\n\r\v")
            elif name in ("ASCIIHexDecode", "AHx"):
                data = binascii.unhexlify(b"".join(data.split()).removesuffix(b">"))
            else:
                return data if len(data) <= _UNMEASURED_STREAM_BYTES else None
    except (zlib.error, ValueError, binascii.Error):
        return data  # pdfminer meets the same damage and stops early
    return data


def _pdf_lines(words: list[dict]) -> tuple[TextLine, ...]:
    """Words of a text layer grouped into lines (same baseline within 2 points, and close
    horizontally), each as tall as its largest font."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(float(w["bottom"])), float(w["x0"]))):
        last = lines[-1] if lines else None
        if last and abs(float(last[-1]["bottom"]) - float(word["bottom"])) <= 2 \
                and float(word["x0"]) - float(last[-1]["x1"]) < 3 * float(word["size"]):
            last.append(word)
        else:
            lines.append([word])
    return tuple(TextLine(text=" ".join(w["text"] for w in line), top=min(float(w["top"]) for w in line),
                          height=max(float(w["size"]) for w in line), left=float(line[0]["x0"]),
                          width=float(line[-1]["x1"]) - float(line[0]["x0"])) for line in lines)


def render_pdf_page(path: FileContent, index: int, dpi: int, settings: Settings, *, grayscale: bool = True) -> Image.Image:
    """Render one PDF page at `dpi` (grayscale, or RGB for an export), lowering it for oversized pages."""
    import pypdfium2 as pdfium

    try:
        document = _pdfium_document(path)
    except pdfium.PdfiumError:
        raise FileProblem(code="corrupt_pdf") from None
    try:
        page = document[index]
        width_pt, height_pt = page.get_size()
        scale = dpi / 72
        # A poster-sized page at 300 dpi would be hundreds of megapixels: keep within the limit.
        pixels = width_pt * height_pt * scale * scale
        if pixels > settings.max_image_pixels:
            scale *= (settings.max_image_pixels / pixels) ** 0.5
        bitmap = page.render(scale=scale, grayscale=grayscale)
        image = bitmap.to_pil().convert("L" if grayscale else "RGB")
        page.close()
        return image
    except pdfium.PdfiumError:
        raise FileProblem(code="corrupt_page", params={"page": index + 1}) from None
    finally:
        document.close()


def render_page(source: SourceFile, index: int, settings: Settings) -> Image.Image:
    """Page `index` (0-based) of a probed PDF rendered (grayscale, at the render dpi) even when it has
    a text layer: a zone drawn as an image on a born-digital page is read from this (`pipeline`).
    Raises `FileProblem` as `load_page` does."""
    if not source.readable or source.kind != "pdf":
        raise FileProblem(code=source.error.code if source.error else "unreadable_file",
                          params=source.error.params if source.error else {})
    return render_pdf_page(_where(source), index, settings.render_dpi, settings)


def load_page_in_colour(source: SourceFile, index: int, settings: Settings, *, dpi: int) -> Image.Image:
    """Page `index` (0-based) as the applicant's file shows it, upright and in colour (RGB): what an
    export of files ready to submit embeds (`export.py`). An image's EXIF orientation is undone as
    `load_page` undoes it, so the OCR's word boxes fall on the same pixels; a PDF page is
    rendered at `dpi`. Raises `FileProblem` as `load_page` does."""
    if not source.readable:
        raise FileProblem(code=source.error.code if source.error else "unreadable_file",
                          params=source.error.params if source.error else {})
    if source.kind == "pdf":
        return render_pdf_page(Path(source.path), index, dpi, settings, grayscale=False)
    with _library_warnings_logged():
        image = _open_image(Path(source.path), settings)
        try:
            frame = _nth_frame(image, index) if index else image
            try:
                upright = ImageOps.exif_transpose(frame)
                return _to_rgb(upright)
            except (OSError, SyntaxError, ValueError):
                raise FileProblem(code="corrupt_image") from None
        finally:
            image.close()


def _to_rgb(image: Image.Image) -> Image.Image:
    """Any Pillow mode as 8-bit RGB; transparency on white paper, 16-bit scaled by its depth
    (through the quality gate's grayscale conversion, which already handles those modes)."""
    if image.mode in ("RGB",):
        return image.copy()
    if image.mode in ("RGBA", "RGBa", "LA", "La", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        paper.alpha_composite(rgba)
        return paper.convert("RGB")
    if image.mode in ("P", "CMYK", "YCbCr", "L", "1"):
        return image.convert("RGB")
    return _to_gray(image).convert("RGB")


def original_bytes(source: SourceFile) -> bytes:
    """The file's bytes as given (at most `Settings.max_file_bytes`, which `probe` checked): a
    sealed PDF is exported as it is, since any rewrite breaks its seal. Raises `FileProblem`."""
    if not source.readable:
        raise FileProblem(code="unreadable_file")
    try:
        data = Path(source.path).read_bytes()
    except OSError:
        raise FileProblem(code="unreadable_file") from None
    if hashlib.sha256(data).hexdigest() != source.sha256:
        raise FileProblem(code="unreadable_file")  # changed since it was checked: not what was judged
    return data


def open_original_pdf(source: SourceFile) -> pikepdf.Pdf:
    """The source PDF opened with pikepdf, to copy its pages as they are (text layer, vectors)
    into an export; the caller closes it. Raises `FileProblem` when it cannot be opened."""
    import pikepdf

    if not source.readable or source.kind != "pdf":
        raise FileProblem(code="unreadable_file")
    try:
        return pikepdf.open(source.path)
    except (pikepdf.PdfError, OSError, ValueError):
        raise FileProblem(code="corrupt_pdf") from None


def _load_image_page(path: FileContent, index: int, settings: Settings) -> PageInput:
    with _library_warnings_logged():
        return _decode_image_page(path, index, settings)


def _decode_image_page(path: FileContent, index: int, settings: Settings) -> PageInput:
    image = _open_image(path, settings)
    try:
        frame = _nth_frame(image, index) if index else image
        dpi = _declared_dpi(frame)
        rotation = _exif_rotation(frame)
        try:
            upright = ImageOps.exif_transpose(frame)
            gray = _to_gray(upright)
            colour = upright.convert("RGB") if upright.mode in _COLOUR_MODES else None
        except (OSError, SyntaxError, ValueError):
            raise FileProblem(code="corrupt_image") from None
        return PageInput(index + 1, gray, None, dpi, rotation, colour=colour)
    finally:
        image.close()


#: Pillow modes that hold colour (a palette or a grey image has no fringes or skin to show).
_COLOUR_MODES = ("RGB", "RGBX", "YCbCr", "CMYK")


def _nth_frame(image: Image.Image, index: int) -> Image.Image:
    try:
        image.seek(index)
    except EOFError:
        raise FileProblem(code="corrupt_page", params={"page": index + 1}) from None
    return image


def _declared_dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    if not dpi:
        return None
    try:
        value = float(dpi[0] if isinstance(dpi, tuple) else dpi)
    except (TypeError, ValueError):
        return None
    # Cameras and editors write 72 or 96 as a placeholder, which says nothing about the page.
    return value if value > 1 else None


def _exif_rotation(image: Image.Image) -> int:
    try:
        orientation = image.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block must not make the page unreadable
        return 0
    return {3: 180, 6: 90, 8: 270}.get(orientation, 0)


def _to_gray(image: Image.Image) -> Image.Image:
    """Any Pillow mode as an 8-bit grayscale page, using the quality gate's conversion so the
    page OCR reads and the page the gate measures are the same pixels."""
    from .quality import page_to_gray

    return Image.fromarray(page_to_gray(image), "L")


# ---------------------------------------------------------------------------------------------
# Archives: an HR department's zip of workers' folders (docscan bulk)

#: Archives inside the archive are not opened: unpacking them in turn is how zip bombs nest
#: (42.zip), and an HR export has no reason to hold them.
_NESTED_ARCHIVE_SUFFIXES = (".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".zst")
#: Zip flag bit 11: the name is UTF-8. Without it, zipfile decodes names as cp437.
_ZIP_UTF8_FLAG = 0x800
#: Info-ZIP "Unicode Path" extra field: a UTF-8 copy of a name stored in a legacy code page.
_ZIP_UNICODE_PATH_FIELD = 0x7075


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what one archive may unpack to, so a crafted zip cannot fill the disk.

    A compression ratio above `max_ratio` on an entry of more than `ratio_floor_bytes` is not a
    scan or a PDF (JPEG and PNG barely compress, text PDFs about 5-10:1, an uncompressed
    bilevel TIFF about 30:1) but a bomb. The floor is low (64 KiB) because a bomb can be made of
    many small entries: 4,096 entries of 1 MiB of zeros fit in a 4.6 MB zip. Below the floor,
    `max_archive_ratio` bounds the whole archive: everything unpacked may be at most that many
    times the archive's own size, plus `archive_ratio_slack_bytes` so that a small zip of a few
    uncompressed scans is never refused (an HR zip of scans and PDFs unpacks to 1-2 times its size).
    """

    max_total_bytes: int = 16 * 2**30
    max_entries: int = 100_000
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 64 * 2**10
    max_archive_ratio: float = 50.0
    archive_ratio_slack_bytes: int = 64 * 2**20
    max_entry_bytes: int = 60 * 2**20


@dataclass(frozen=True)
class ArchiveProblem:
    """An entry that was not unpacked, and why, named by its path inside the archive."""

    entry: str
    reason: Reason

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(p for p in re.split(r"[\\/]", self.entry) if p and p != ".")


def is_zip_archive(path: str | os.PathLike) -> bool:
    """Whether the file is a zip (from its first bytes; an empty zip is only an end record)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def extract_archive(archive: str | os.PathLike, destination: str | os.PathLike,
                    limits: ArchiveLimits | None = None) -> list[ArchiveProblem]:
    """Unpack a zip into `destination`, entry by entry, refusing what is unsafe.

    Entries whose paths leave the folder (``../``, absolute paths, drive letters), symbolic
    links, encrypted entries, nested archives, entries larger than a document may be, and
    anything past the total-size or ratio limits are skipped and returned as problems; the
    rest is unpacked. So are entries that cannot be written as named (a name the file system
    refuses, a file where the entry needs a folder) and a second entry of the same name (the
    first is kept: which one the author meant cannot be known). Sizes are counted while
    writing, not taken from the headers, which a crafted zip can fake. Raises `UsageError`
    only when the archive itself cannot be opened; an entry never stops the others.
    """
    import zipfile

    limits = limits or ArchiveLimits()
    root = Path(destination).resolve()
    problems: list[ArchiveProblem] = []
    try:
        bundle = zipfile.ZipFile(archive)
        archive_bytes = Path(archive).stat().st_size
    except (zipfile.BadZipFile, OSError) as exc:
        raise UsageError(f"{Path(archive).name} is not a readable zip archive ({_zip_error(exc)}); "
                         "make the zip again, or give the folder instead") from None
    # The whole archive may unpack to this much: the absolute limit, and the ratio limit.
    budget = min(limits.max_total_bytes,
                 int(limits.max_archive_ratio * archive_bytes) + limits.archive_ratio_slack_bytes)
    written = 0
    unpacked: set[tuple[str, ...]] = set()
    with bundle:
        entries = bundle.infolist()
        if len(entries) > limits.max_entries:
            raise UsageError(f"{Path(archive).name} holds {len(entries)} entries; docscan unpacks at most "
                             f"{limits.max_entries}. Split it into several archives.")
        for info in entries:
            name = entry_name(info)
            if info.is_dir():
                continue
            parts = _safe_parts(name)
            if parts is None:
                problems.append(ArchiveProblem(name, Reason("unsafe_path")))
                continue
            if _is_litter_path(parts):
                continue
            problem = _entry_problem(info, name, parts, limits, unpacked)
            if problem is None and written + info.file_size > budget:
                problem = Reason.of("archive_too_large", detail=_too_large_detail(budget, limits))
            if problem is not None:
                problems.append(ArchiveProblem(name, problem))
                continue
            target = root.joinpath(*parts)
            # Also bounded while writing: the ratio (of what is really written, not of the
            # header's size) and what is left of the archive's budget.
            limit = min(limits.max_entry_bytes, budget - written)
            if info.compress_size * limits.max_ratio >= limits.ratio_floor_bytes:
                limit = min(limit, max(limits.ratio_floor_bytes, int(info.compress_size * limits.max_ratio)))
            else:
                limit = min(limit, limits.ratio_floor_bytes)
            try:
                written += _unpack_entry(bundle, info, target, limit)
                unpacked.add(parts)
            except _EntryTooLarge:
                problems.append(ArchiveProblem(name, Reason.of("zip_bomb", detail=Reason("zip_grew"))))
            except OSError as exc:
                problems.append(ArchiveProblem(name, _unwritable_entry(exc)))
            except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
                log.debug("a zip entry is damaged: %s", _zip_error(exc))
                problems.append(ArchiveProblem(name, Reason("corrupt_entry")))
    return problems


#: Longest file name (one path component) Linux file systems take, in bytes; longest path.
_MAX_NAME_BYTES = 255
_MAX_PATH_BYTES = 3_000


def _entry_problem(info, name: str, parts: tuple[str, ...], limits: ArchiveLimits,
                   unpacked: set[tuple[str, ...]]) -> Reason | None:
    """Why an entry is not unpacked, judged from its header alone (None: try to unpack it)."""
    if _is_symlink(info):
        return Reason("symlink_in_archive")
    if info.flag_bits & 0x1:
        return Reason("encrypted_entry")
    if parts[-1].lower().endswith(_NESTED_ARCHIVE_SUFFIXES):
        return Reason("nested_archive")
    if any(len(part.encode("utf-8", "surrogateescape")) > _MAX_NAME_BYTES for part in parts) \
            or len("/".join(parts).encode("utf-8", "surrogateescape")) > _MAX_PATH_BYTES:
        return Reason("name_too_long")
    if parts in unpacked:
        return Reason("duplicate_entry")
    if info.file_size > limits.max_entry_bytes:
        return Reason.of("file_too_large", size_mb=round(info.file_size / 2**20),
                         limit_mb=round(limits.max_entry_bytes / 2**20))
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        return Reason.of("zip_bomb", detail=Reason.of("zip_ratio", ratio=round(info.file_size / max(info.compress_size, 1))))
    return None


def _too_large_detail(budget: int, limits: ArchiveLimits) -> Reason:
    if budget >= limits.max_total_bytes:
        return Reason.of("archive_over_total", limit_gb=round(limits.max_total_bytes / 2**30))
    return Reason.of("archive_over_ratio", ratio=round(limits.max_archive_ratio))


def _unwritable_entry(exc: OSError) -> Reason:
    """The reason for an entry the file system refused: a file where a folder is needed, a bad name."""
    import errno

    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        return Reason("path_conflict")
    if exc.errno == errno.ENAMETOOLONG:
        return Reason("name_too_long")
    log.debug("a zip entry could not be unpacked: %s", exc.strerror or type(exc).__name__)
    return Reason("unwritable_entry")


class _EntryTooLarge(Exception):
    pass


def _unpack_entry(bundle, info, target: Path, limit: int) -> int:
    """Copy one entry to `target`, stopping (and deleting it) past `limit` bytes.

    A new file is never opened through a link or over an existing file (``O_EXCL``): the
    destination is a fresh private folder, so anything already there is not ours.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    created = False
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        created = True
        with bundle.open(info) as source, os.fdopen(descriptor, "wb") as sink:
            for block in iter(lambda: source.read(1 << 20), b""):
                count += len(block)
                if count > limit:
                    raise _EntryTooLarge()
                sink.write(block)
    except BaseException:
        if created:
            _remove_quietly(target)
        raise
    return count


def _remove_quietly(path: Path) -> None:
    """Delete a half-written file; a failure here must not hide the error that caused it."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def entry_name(info) -> str:
    """The entry's name as its author wrote it.

    Zips made by Windows' "compressed folder" store names in the OEM code page (cp850 in
    Belgium and France) without saying so; macOS and most tools write UTF-8, sometimes without
    setting the flag; Info-ZIP adds a UTF-8 copy in an extra field. Try those, in that order.
    """
    if info.flag_bits & _ZIP_UTF8_FLAG:
        return info.filename
    unicode_path = _unicode_path_field(info.extra)
    if unicode_path:
        return unicode_path
    raw = info.filename.encode("cp437")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp850")


def _unicode_path_field(extra: bytes) -> str | None:
    position = 0
    while position + 4 <= len(extra):
        field_id = int.from_bytes(extra[position:position + 2], "little")
        size = int.from_bytes(extra[position + 2:position + 4], "little")
        body = extra[position + 4:position + 4 + size]
        if field_id == _ZIP_UNICODE_PATH_FIELD and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        position += 4 + size
    return None


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """The entry's path components, or None when it would leave the destination folder."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return None
    parts = []
    for part in re.split(r"[\\/]", name):
        if part in ("", "."):
            continue
        if part == "..":
            return None
        cleaned = "".join(ch for ch in part if ch.isprintable()).strip()
        if not cleaned or cleaned == "..":
            return None
        parts.append(cleaned)
    return tuple(parts) or None


def _is_litter_path(parts: tuple[str, ...]) -> bool:
    return any(_is_litter(part) for part in parts)


def _is_symlink(info) -> bool:
    return (info.external_attr >> 16) & 0o170000 == 0o120000


def _zip_error(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[:80] if text else type(exc).__name__
