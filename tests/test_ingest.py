"""Ingest: file types from content, every page decoded, bad files reported not raised."""

from pathlib import Path

import pytest
from PIL import Image

from docscan import ingest
from docscan.errors import FileProblem, UsageError
from docscan.settings import Settings

SETTINGS = Settings()


@pytest.mark.parametrize("head,kind", [
    (b"%PDF-1.7\n", "pdf"), (b"\x00\x00junk%PDF-1.4", "pdf"), (b"\x89PNG\r\n\x1a\n....", "png"),
    (b"\xff\xd8\xff\xe0", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00", "heif"), (b"\x00\x00\x00\x18ftypmif1\x00\x00", "heif"),
    (b"\x7fELF\x02\x01", None), (b"PK\x03\x04", None), (b"hello", None), (b"", None),
])
def test_detect_kind(head, kind):
    assert ingest.detect_kind(head) == kind


@pytest.mark.parametrize("name,code,words", [
    ("corrupt.pdf", "corrupt_pdf", "damaged"),
    ("encrypted.pdf", "encrypted_pdf", "password"),
    ("empty.pdf", "empty_file", "empty"),
    ("program.pdf", "not_a_document", "program"),
    ("bomb.png", "image_too_large", "too large"),
    ("pages-500.pdf", "too_many_pages", "500 pages"),
    ("notes.txt", "not_a_document", "text file"),
])
def test_bad_files_are_reported_with_a_clear_reason(bad_docs, name, code, words):
    source = ingest.probe(bad_docs / name, SETTINGS)
    assert not source.readable
    assert source.error.code == code
    assert words in source.error.message
    with pytest.raises(FileProblem):
        ingest.load_page(source, 0, SETTINGS)


def test_type_is_decided_by_content_not_extension(bad_docs):
    source = ingest.probe(bad_docs / "image-named.pdf", SETTINGS)
    assert source.readable and source.kind == "png"
    page = ingest.load_page(source, 0, SETTINGS)
    assert page.image is not None and page.image.mode == "L"


def test_born_digital_pdf_is_read_from_its_text_layer(sample_docs):
    path = sample_docs / "documents" / "pdf" / "fr" / "criminal_record.pdf"
    source = ingest.probe(path, SETTINGS)
    page = ingest.load_page(source, 0, SETTINGS)
    assert page.image is None and "SPECIMEN" in page.text


def test_multipage_tiff_gives_every_page(sample_docs):
    source = ingest.probe(sample_docs / "documents" / "scans" / "passport-multipage.tif", SETTINGS)
    assert source.kind == "tiff" and source.page_count >= 2
    sizes = {ingest.load_page(source, i, SETTINGS).image.size for i in range(source.page_count)}
    assert sizes


def test_exif_orientation_is_honoured(sample_docs):
    photo = next((sample_docs / "documents" / "scans").glob("*-photo.jpg"))
    raw = Image.open(photo)
    source = ingest.probe(photo, SETTINGS)
    page = ingest.load_page(source, 0, SETTINGS)
    assert page.exif_rotation == 90
    assert page.image.size == (raw.height, raw.width)


def test_heic_photo_is_read(sample_docs):
    photo = next((sample_docs / "documents" / "scans").glob("*.heic"))
    source = ingest.probe(photo, SETTINGS)
    assert source.kind == "heif" and source.readable
    assert ingest.load_page(source, 0, SETTINGS).image.mode == "L"


def test_folders_are_walked_in_order_without_litter(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.png", "a.pdf", ".DS_Store", "b/.hidden.pdf", "Thumbs.db"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in ingest.iter_input_paths([tmp_path])] == ["a.pdf", "b/2.png"]


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        list(ingest.iter_input_paths([tmp_path / "nope.pdf"]))


def test_oversized_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 2048)
    source = ingest.probe(big, Settings(max_file_bytes=1024))
    assert source.error.code == "file_too_large"


def test_a_page_of_too_many_text_operators_is_rendered_not_parsed(tmp_path):
    """Half a megabyte of one-letter text operators is under the byte bound but would keep
    pdfminer busy for half a minute (it places every glyph): it is rendered and OCRed instead."""
    import hostile
    from docscan import ingest

    bomb = hostile.content_stream_bomb(tmp_path, 0.5)
    assert bomb.stat().st_size < 10_000
    assert ingest._pdf_text_layer(bomb, 0) is None
    few = hostile.content_stream_bomb(tmp_path, 0.01, "few.pdf")  # 300 operators: a page's worth
    import pdfplumber

    with pdfplumber.open(few) as pdf:
        assert ingest._content_within_bounds(pdf.pages[0].page_obj)


def test_a_content_stream_bomb_is_not_parsed_by_pdfminer(tmp_path):
    """Issue 13, item 1: the text layer of a page whose content expands past the bound is not
    read in pure Python; the page is rendered and OCRed (bounded) instead."""
    from docscan import ingest

    import hostile

    bomb = hostile.content_stream_bomb(tmp_path, 32)
    assert bomb.stat().st_size < 200_000
    assert ingest._pdf_text_layer(bomb, 0) is None
    normal = Path(__file__).resolve().parent.parent / "sample_docs" / "documents" / "pdf" / "fr" / "criminal_record.pdf"
    text, lines, height = ingest._pdf_text_layer(normal, 0)
    assert "casier" in text.lower() and lines and height > 0
