"""Text normalisation shared by the rules and the learned model (a leaf module).

Both must see a page the same way, or a word the rules know would be a stranger to the model.
"""

from __future__ import annotations

import re
import unicodedata

#: Arabic's optional vowel signs (tashkeel, U+064B-U+065F and the superscript alef U+0670):
#: printed on few documents and read by Tesseract now and then, they are dropped like accents.
_ARABIC_VOWEL_SIGNS = re.compile("[\u064b-\u065f\u0670]")
#: Alef with hamza or madda is often read as a bare alef (and the reverse): one letter for all.
_ARABIC_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


#: A space between two characters of a script written without spaces (Chinese, Japanese).
_UNSPACED_GAP = re.compile("(?<=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]) (?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])")
#: Letters of scripts beyond Latin (Greek, Cyrillic, Arabic, Devanagari, Han...).
_OTHER_SCRIPTS = re.compile("[\u0370-\u1dbf\u1f00-\u1fff\u2e80-\uffef]")


def _strip_latin_accents(decomposed: str) -> str:
    """Drop the marks that follow a Latin or Greek letter (accents); keep the others, which
    are part of their letters, recomposed (NFC)."""
    kept, after_latin = [], True
    for ch in decomposed:
        if unicodedata.category(ch)[0] == "M":
            if not after_latin:
                kept.append(ch)
            continue
        # A mark after a Latin or Greek letter, or after no letter at all, is an accent.
        after_latin = not ch.isalpha() or unicodedata.name(ch, "LATIN").startswith(("LATIN", "GREEK"))
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def normalise(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces, one space between words.

    Applied to both the rules and the page, so "Führungszeugnis" matches an OCR reading
    "Fuhrungszeugnis" and "Gesetz vom 3. Juli 1978" matches with or without the dot.
    Only accents on Latin and Greek letters are removed: in Cyrillic (й, ї), Devanagari
    (vowel signs, virama) and the other scripts the marks are part of the letters (issue 16;
    removing them read "पुलिस" as "प ल स"). Arabic loses its optional vowel signs only.
    """
    text = text.replace("ß", "ss").replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # words hyphenated across lines
    text = _ARABIC_VOWEL_SIGNS.sub("", text).translate(_ARABIC_ALEFS)
    text = unicodedata.normalize("NFKD", text)
    if _OTHER_SCRIPTS.search(text) is None:  # Latin only (most pages): every mark is an accent
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
        text = re.sub(r"[^\w\s']+", " ", text)
    else:
        text = _strip_latin_accents(text).lower()
        text = "".join(ch if ch.isalnum() or ch.isspace() or ch == "'" or unicodedata.category(ch)[0] == "M"
                       else " " for ch in text)
    text = re.sub(r"\s+", " ", text.replace("_", " ")).strip()
    # Tesseract's Chinese and Japanese models put spaces between characters now and then.
    return _UNSPACED_GAP.sub("", text) if _UNSPACED_GAP.search(text) else text
