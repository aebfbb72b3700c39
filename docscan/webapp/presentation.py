"""How things look on the page: status colours and icons (shared with the HTML summary), literal text.

Colour alone does not carry the meaning (colour-blind readers, black-and-white printouts): every
status also has an icon and a word. The text icons are the ones of the terminal report
(`docscan.report.STATUS_ICONS`), so the three forms of the report read alike.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass

from ..report import STATUS_ICONS


@dataclass(frozen=True)
class StatusStyle:
    """Streamlit colour name, Material icon for the page, text icon and hex colour for HTML."""

    colour: str
    material_icon: str
    text_icon: str
    hex_colour: str


STATUS_STYLES: dict[str, StatusStyle] = {
    "ok": StatusStyle("green", ":material/check_circle:", STATUS_ICONS["ok"], "#1b7f3b"),
    "missing": StatusStyle("red", ":material/cancel:", STATUS_ICONS["missing"], "#c62828"),
    "illegible": StatusStyle("orange", ":material/blur_on:", STATUS_ICONS["illegible"], "#c25e00"),
    "invalid": StatusStyle("red", ":material/event_busy:", STATUS_ICONS["invalid"], "#c62828"),
    "needs_review": StatusStyle("blue", ":material/help:", STATUS_ICONS["needs_review"], "#1f5fbf"),
}

#: The pages' icons (browser tab and navigation). Emoji, not Material icons: Streamlit's
#: browser code fetches a Material page icon from fonts.gstatic.com on every load (the icons
#: inside the page come from its bundled font), and nothing may be sent anywhere. Streamlit draws
#: an emoji page icon itself, as an inline SVG.
APPLICANT_ICON = "📋"
REVIEW_ICON = "🔍"

#: Order in which statuses are counted in the verdict line: the most urgent first.
STATUS_ORDER = ("missing", "illegible", "invalid", "needs_review", "ok")

#: Warning codes that stand at the top of the result, above the verdict.
CRITICAL_WARNINGS = ("order_to_leave", "entry_ban")


def status_style(status: str) -> StatusStyle:
    """The style of a status; an unknown status (a newer pipeline) looks like one to check."""
    return STATUS_STYLES.get(status, STATUS_STYLES["needs_review"])


_MARKDOWN_SPECIALS = set("\\`*_[]$~|:#<>")


def md(text: str) -> str:
    """`text` shown literally in Markdown: file names, worker ids and messages may hold * _ [ ] $ or :."""
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text)
    if escaped[:1] in ("-", "+") or (escaped.split(".", 1)[0].isdigit() and "." in escaped):
        escaped = "\\" + escaped
    return escaped


def inline_image(image, *, width: int | None = None, caption: str | None = None) -> str:
    """A page image as HTML that holds the picture itself (a PNG ``data:`` URL), for `st.html`.

    Not `st.image`: Streamlit serves those at ``/media/<id>`` URLs that answer anyone, with no
    session or sign-in, for as long as the session lives (issue 13) — a page of a passport or a
    criminal record. An inline image has no URL to ask for, and leaves no copy in the browser's
    cache. `image` is a Pillow image or PNG bytes.
    """
    if isinstance(image, (bytes, bytearray)):
        data = bytes(image)
    else:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        data = buffer.getvalue()
    size = f' width="{int(width)}"' if width else ' style="max-width: 100%"'
    alt = html.escape(caption or "page", quote=True)
    figure = f'<img src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}" alt="{alt}"{size}>'
    if caption:
        figure += f'<figcaption style="font-size: 0.85rem; color: #555">{html.escape(caption)}</figcaption>'
    return f'<figure class="docscan-page-image" style="margin: 0">{figure}</figure>'
