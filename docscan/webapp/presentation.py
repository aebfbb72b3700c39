"""How a requirement's status looks: colour and icon, the same on the page and in the HTML summary.

Colour alone does not carry the meaning (colour-blind readers, black-and-white printouts): every
status also has an icon and a word. The text icons are the ones of the terminal report
(`docscan.report.STATUS_ICONS`), so the three forms of the report read alike.
"""

from __future__ import annotations

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

#: Order in which statuses are counted in the verdict line: the most urgent first.
STATUS_ORDER = ("missing", "illegible", "invalid", "needs_review", "ok")

#: Warning codes that stand at the top of the result, above the verdict.
CRITICAL_WARNINGS = ("order_to_leave", "entry_ban")


def status_style(status: str) -> StatusStyle:
    """The style of a status; an unknown status (a newer pipeline) looks like one to check."""
    return STATUS_STYLES.get(status, STATUS_STYLES["needs_review"])
