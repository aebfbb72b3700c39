"""Helpers of the applicant's Streamlit page (`app.py`): words, upload folder, previews, printable report.

The page itself only calls the pipeline (`docscan.pipeline.check_bundle`) and shows its
`Report`; nothing here decides whether a document is present, legible or valid. What lives here
is what a page needs and a command line does not:

* `strings`  — the interface words in English, French and Dutch (YAML data, one file per language);
* `workspace` — the session's private temporary folder for uploads and the page cache;
* `previews` — page thumbnails and blur heat maps, decoded through `docscan.ingest`;
* `html_report` — the printable HTML summary of a report;
* `presentation` — colours and icons of the statuses, shared by the page and the HTML summary.

These modules do not import Streamlit, so they are tested without a browser.
"""
