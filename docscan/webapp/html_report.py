"""The printable summary: one self-contained HTML page from a `Report`, in the interface language.

An applicant prints it or saves it as PDF to hand to the employer or an adviser, so it holds what
they need on paper — warnings first, the verdict, every requirement with its status and what to
do, the files — and nothing that needs the screen (no previews, no document text). It loads
nothing from anywhere: styles are inline, there are no scripts, fonts or images. Every value
taken from the report is HTML-escaped (file names come from the applicant's computer).
"""

from __future__ import annotations

from datetime import date
from html import escape

from ..classify import UNKNOWN, load_rules
from ..messages import render, requirement_name
from ..models import Reason
from ..report import Report, language_lines, signature_lines
from .presentation import CRITICAL_WARNINGS, status_style
from .strings import UiStrings

_STYLE = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1d1d1f; margin: 2em auto;
       max-width: 60em; line-height: 1.4; font-size: 11pt; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
.meta { color: #555; margin: 0.2em 0; }
.verdict { font-size: 1.15em; font-weight: bold; padding: 0.6em 0.8em; border-radius: 4px; margin: 1em 0; }
.verdict.complete { background: #e6f4ea; border-left: 6px solid #1b7f3b; }
.verdict.incomplete { background: #fdecea; border-left: 6px solid #c62828; }
.critical { background: #fff4e5; border: 2px solid #c62828; padding: 0.6em 0.8em; margin: 1em 0; }
.critical strong.title { color: #c62828; display: block; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; border-bottom: 1px solid #ddd; }
th { background: #f3f3f3; }
td.status { white-space: nowrap; font-weight: bold; }
.small { font-size: 0.9em; color: #555; }
ul { margin: 0.3em 0; padding-left: 1.3em; }
footer { margin-top: 2em; font-size: 0.85em; color: #666; }
@media print { body { margin: 0; max-width: none; } .verdict, .critical { break-inside: avoid; }
               tr { break-inside: avoid; } }
"""


def format_day(day: date) -> str:
    """A date as Belgians write it: 15/11/2026."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def type_title(doc_type: str, words: UiStrings) -> str:
    """The name of a document type in the interface language."""
    if doc_type == UNKNOWN:
        return words.t("files.unknown")
    return load_rules().title(doc_type, words.language)


def render_html(report: Report, words: UiStrings, language: str | None = None, *,
                permit_title: str | None = None) -> str:
    """The whole summary page. `permit_title` is the permit's name in the interface language.

    The frame's words come from `words`; what docscan concluded (what to do, why a page is
    unreadable, the notes) is written from the reasons in `language` (default: the words').
    """
    t = words.t
    language = language or words.language
    say = lambda reason: escape(render(reason, language))  # noqa: E731
    region = t(f"region.{report.region}") if words.has(f"region.{report.region}") else report.region
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}"><head><meta charset="utf-8">',
        f"<title>{escape(t('html.title'))}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(t('html.title'))}</h1>",
        f'<p class="meta">{escape(t("html.permit"))}: <strong>{escape(permit_title or report.permit_title)}</strong>'
        f' · {escape(t("html.region"))}: <strong>{escape(region)}</strong></p>',
        f'<p class="meta">{escape(t("result.as_of", today=format_day(report.today), as_of=format_day(report.checklist_as_of)))}</p>',
    ]
    for warning in report.warnings:
        if warning.code in CRITICAL_WARNINGS:
            parts.append(
                f'<div class="critical"><strong class="title">⚠ {escape(t(f"warning.{warning.code}_title"))}</strong>'
                f"{_bold(t(f'warning.{warning.code}'))}"
                f'<div class="small">{escape(t("warning.in_file", file=warning.file or ""))}</div></div>')

    problems = sum(1 for r in report.requirements if r.status != "ok")
    verdict_text = t("result.complete") if report.verdict == "complete" else \
        t("result.incomplete", count=problems, total=len(report.requirements))
    parts.append(f'<div class="verdict {escape(report.verdict)}">{escape(verdict_text)}</div>')

    parts.append(f"<h2>{escape(t('result.checklist'))}</h2>")
    parts.append(f"<table><tr><th>{escape(t('html.document'))}</th><th>{escape(t('html.status'))}</th>"
                 f"<th>{escape(t('html.what_to_do'))}</th></tr>")
    for requirement in report.requirements:
        style = status_style(requirement.status)
        label = t(f"status.{requirement.status}") if words.has(f"status.{requirement.status}") else requirement.status
        files = f'<div class="small">{escape(t("result.files_label", files=", ".join(requirement.files)))}</div>' \
            if requirement.files else ""
        message = "" if requirement.status == "ok" else say(requirement.reason)
        parts.append(
            f"<tr><td>{escape(requirement_name(requirement.id, language))}</td>"
            f'<td class="status" style="color:{style.hex_colour}">{escape(style.text_icon)} {escape(label)}</td>'
            f"<td>{message}{files}</td></tr>")
    parts.append("</table>")

    if report.not_required:
        parts.append(f"<h2>{escape(t('result.not_required'))}</h2><ul>")
        parts += [f"<li>{escape(requirement_name(item.id, language))}: {say(item.reason)}</li>"
                  for item in report.not_required]
        parts.append("</ul>")

    notices = [n for n in report.notices if n.kind != "question"]
    if notices:  # amounts for the year, facts to verify, reminders: from the checklist data
        parts.append(f"<h2>{escape(t('result.notices'))}</h2><ul>")
        parts += [f"<li>{'<strong>!</strong> ' if n.verify else ''}{say(n.reason)}</li>" for n in notices]
        parts.append("</ul>")

    others = [w for w in report.warnings if w.code not in CRITICAL_WARNINGS]
    if others:
        parts.append(f"<h2>{escape(t('result.also_note'))}</h2><ul>")
        parts += [f"<li>{say(w.reason)}</li>" for w in others]
        parts.append("</ul>")

    parts.append(f"<h2>{escape(t('html.files'))}</h2><table><tr><th>{escape(t('html.file'))}</th>"
                 f"<th>{escape(t('html.recognised'))}</th><th>{escape(t('html.pages_readable'))}</th>"
                 f"<th>{escape(t('html.problems'))}</th></tr>")
    for result in report.files:
        if result.error is not None:
            parts.append(f"<tr><td>{escape(result.path)}</td><td>–</td><td>–</td>"
                         f"<td>{say(result.error)}</td></tr>")
            continue
        legible = sum(1 for p in result.pages if p.legible)
        problems_here = [f"{t('files.page', number=p.number)}: " + "; ".join(render(r, language) for r in p.reasons)
                         for p in result.pages if not p.legible and p.reasons]
        # The document's language and its seals (issue 16), as in the text report.
        problems_here += language_lines(result, language) + signature_lines(result, language)
        problem_html = "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in problems_here) + "</ul>" \
            if problems_here else ""
        parts.append(f"<tr><td>{escape(result.path)}</td><td>{escape(type_title(result.doc_type, words))}</td>"
                     f"<td>{legible} / {len(result.pages)}</td><td>{problem_html}</td></tr>")
    parts.append("</table>")
    if any(f.signatures is not None for f in report.files):
        parts.append(f'<p class="small">{say(Reason("signature_trust_not_checked"))}</p>')

    note = report.note(language)
    if note:
        parts.append(f'<p class="small">{escape(t("result.region_note", note=note))}</p>')
    if report.sources:
        parts.append(f"<h2>{escape(t('html.sources'))}</h2><ul class='small'>")
        for source in report.sources:
            url = f" — {escape(source['url'])}" if source.get("url") else ""
            parts.append(f"<li>{escape(source['title'])}{url} ({escape(source['as_of'])})</li>")
        parts.append("</ul>")
    parts.append(f"<footer>{escape(t('html.footer'))}</footer></body></html>")
    return "\n".join(parts) + "\n"


def _bold(text: str) -> str:
    """Escape `text`, turning its Markdown ``**bold**`` spans (used in the warnings) into <strong>."""
    pieces = escape(text).split("**")
    return "".join(f"<strong>{piece}</strong>" if i % 2 else piece for i, piece in enumerate(pieces))
