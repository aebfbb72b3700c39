"""docscan: check a Belgian single-permit application file before it is submitted.

Scans and PDFs go through an image-quality gate (OpenCV), OCR (Tesseract, in French, Dutch,
German and English), document classification and a per-permit checklist; the report says
which documents are present, legible, missing or invalid, and what to do about it.

The stages are modules, in pipeline order: `ingest`, `quality`, `ocr`, `classify`,
`checklist`, `report`, glued by `pipeline`. `cli` and the Streamlit `app.py` only call the
pipeline.
"""

__version__ = "0.1.0"
