"""Text from outside (file names, worker ids, messages that quote them) made safe for a terminal.

A file name may hold a newline, which forged whole lines of the text report ("✔ Medical
certificate OK"), or an escape sequence (``ESC[2J`` cleared the screen; rich's `escape()`
only escapes its own markup and keeps ESC). Every piece of outside text that docscan prints
goes through `printable` (one line) or `printable_block` (keeps its line breaks). A leaf
module: it imports nothing of docscan.
"""

from __future__ import annotations

import unicodedata

#: Unicode format characters that reorder or hide text (bidirectional overrides, isolates):
#: "gpj.exe" shown as "exe.jpg". Other format characters (zero-width joiners) are harmless.
_BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` on one line: control and bidi characters shown as escapes (``\\n``, ``\\x1b``)."""
    return "".join(_shown(ch) for ch in text)


def printable_block(text: str) -> str:
    """Like `printable`, but line breaks stay line breaks (for the text read from a page)."""
    return "\n".join(printable(line) for line in text.split("\n"))


def _shown(ch: str) -> str:
    if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs"):  # Cs: a name's undecodable byte
        return ch.encode("unicode_escape").decode("ascii")
    return ch
