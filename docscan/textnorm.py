"""Text normalisation shared by the rules and the learned model (a leaf module).

Both must see a page the same way, or a word the rules know would be a stranger to the model.
"""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces, one space between words.

    Applied to both the rules and the page, so "Führungszeugnis" matches an OCR reading
    "Fuhrungszeugnis" and "Gesetz vom 3. Juli 1978" matches with or without the dot.
    """
    text = text.replace("ß", "ss").replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # words hyphenated across lines
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^\w\s']+", " ", text)
    text = text.replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()
