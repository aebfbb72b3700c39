"""The frame every page shares: the language switch, ``<html lang>``, and what Streamlit says in English.

The applicant's, the bulk and the review page call these; the words come from `strings`.

* **Language.** The switch starts on the browser's language when it is English, French, Dutch
  or German (``Accept-Language``, else ``navigator.language`` via `st.context`), and English
  otherwise; once the reader chooses, the choice wins for the session. The page's
  ``<html lang>`` follows it, so screen readers pronounce the page in its language.
* **Streamlit's own words.** The file uploader writes "Drag and drop files here", "Limit 60MB
  per file", "Browse files" and "File must be 60.0MB or smaller." in English, with no way to
  change them. `upload_frame_css` hides those texts inside the uploaders only and puts the
  page's own words in their place through CSS ``content`` (which the browser also gives to
  screen readers as the button's name); `upload_limits` writes the instructions above each box
  from the real limit (`.streamlit/config.toml` ``server.maxUploadSize``).
* **Contrast.** Streamlit's grey captions are #828180 on white (3.9:1, under the 4.5:1 of
  WCAG 2.1 AA that axe-core checks; a radio option's caption is also at 60% opacity, 2.9:1);
  they are darkened here.

Nothing here loads anything from elsewhere: the CSS and the one line of script are inline.
"""

from __future__ import annotations

import json

import streamlit as st

from .strings import DEFAULT_LANGUAGE, LANGUAGES, UiStrings, load_strings, preferred_language

#: Caption and "faded" text colour: 7.0:1 on white (Streamlit's own #828180 is 3.9:1).
CAPTION_COLOUR = "#55534f"

#: The uploader's inner parts that hold Streamlit's English (data-testid, Streamlit 1.67).
_UPLOADER = '[data-testid="stFileUploader"]'


def browser_language() -> str:
    """The interface language the reader's browser asks for (English when none of the four)."""
    try:
        headers = st.context.headers
        accept = headers.get("Accept-Language") if headers is not None else None
        locale = st.context.locale
    except Exception:  # no browser behind this run (a bare script, a test harness)
        return DEFAULT_LANGUAGE
    return preferred_language(accept, locale)


def language_switch(key: str, label: str) -> str:
    """The language radio, starting on the browser's language; returns the language chosen.

    The start value is put into the session state once, before the widget first exists, and
    the widget gets no `index`: after that the reader's choice is the widget's state and a
    browser that sends another header on a rerun changes nothing.
    """
    if key not in st.session_state:
        st.session_state[key] = browser_language()
    language = st.radio(label, list(LANGUAGES), key=key, format_func=LANGUAGES.__getitem__, horizontal=True)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def page_frame(language: str) -> None:
    """``<html lang>`` in the page's language and the CSS and script of the shared frame (see the module)."""
    words = load_strings(language)
    st.html("<style>" + _frame_css() + upload_frame_css(words) + date_placeholder_css(words) + "</style>"
            "<script>" + _frame_script(words) + "</script>", unsafe_allow_javascript=True)


def date_placeholder_css(words: UiStrings) -> str:
    """An empty date field shows "dd/mm/yyyy" in every language: ours instead (TT/MM/JJJJ…)."""
    if words.language == DEFAULT_LANGUAGE:
        return ""
    css = ""
    for segment, key in (("day", "widget.dd"), ("month", "widget.mm"), ("year", "widget.yyyy")):
        selector = (f'[data-testid="stDateInputField"] [role="spinbutton"][data-placeholder="true"]'
                    f'[data-type="{segment}"]')
        css += (f"{selector} {{ font-size: 0 !important; visibility: hidden; }}"
                f"{selector}::after {{ content: {json.dumps(words.t(key))}; font-size: 0.875rem; visibility: visible; }}")
    return css


#: Streamlit's English names for screen readers, by how they start, and the key of ours.
_LABEL_PREFIXES = (("Add files", "widget.add_files"), ("Remove ", "widget.remove"), ("Help for ", "widget.help"),
                   ("day, ", "widget.day"), ("month, ", "widget.month"), ("year, ", "widget.year"))


def _frame_script(words: UiStrings) -> str:
    """``<html lang>``; Streamlit's English names for screen readers in the page's language.

    What CSS cannot reach: the ``aria-label`` of the uploader's "Add files" and "Remove <file>"
    buttons, of the "Help for <label>" buttons and of the date fields' "day, <label>" parts, and
    the Material icons in Markdown (a status badge), which Streamlit names "blur_on icon" although
    the word beside them says it all: those are made decorative (``aria-hidden``). Each upload
    box's button and file input are named after the box ("Choose files: Passport"), so a screen
    reader tells the slots apart. A watcher
    keeps this true as Streamlit redraws; the English name is kept in ``data-docscan-en`` so a
    switch back to English gives it back. Inline, loads nothing.
    """
    prefixes = [] if words.language == DEFAULT_LANGUAGE else [
        [english, words.t(key)] for english, key in _LABEL_PREFIXES]
    empty = words.t("widget.empty")
    # English keeps Streamlit's visible "Upload" on the button, so its name says the same word.
    browse = "Upload" if words.language == DEFAULT_LANGUAGE else words.t("upload.browse")
    return f"""
document.documentElement.lang = {json.dumps(words.language)};
window.docscanFrame = {{prefixes: {json.dumps(prefixes)}, empty: {json.dumps(empty)}, browse: {json.dumps(browse)}}};
if (!window.docscanRelabel) {{
  window.docscanRelabel = () => {{
    const frame = window.docscanFrame;
    document.querySelectorAll('[data-testid="stMarkdownContainer"] span[role="img"][translate="no"]').forEach(icon => {{
      icon.setAttribute('aria-hidden', 'true'); icon.removeAttribute('role'); icon.removeAttribute('aria-label');
    }});
    document.querySelectorAll('[aria-label]').forEach(element => {{
      const shown = element.getAttribute('aria-label');
      const english = element.dataset.docscanShown === shown ? element.dataset.docscanEn : shown;
      let wanted = english;
      for (const [prefix, ours] of frame.prefixes) {{
        if (english.startsWith(prefix)) {{ wanted = ours + english.slice(prefix.trimEnd().replace(/,$/, '').length); break; }}
      }}
      if (wanted !== shown) {{
        element.dataset.docscanEn = english; element.dataset.docscanShown = wanted;
        element.setAttribute('aria-label', wanted);
      }}
    }});
    // An upload box: its button and its file input are named after the box ("Choose files:
    // Passport"), not "Upload" and "file upload" in every box alike; the box itself is only
    // presentation (Streamlit's aria-label on it conflicts with its role).
    document.querySelectorAll('section[data-testid="stFileUploaderDropzone"][aria-label]').forEach(zone => {{
      const box = zone.getAttribute('aria-label');
      zone.dataset.docscanBox = box; zone.removeAttribute('aria-label');
    }});
    document.querySelectorAll('section[data-testid="stFileUploaderDropzone"][data-docscan-box]').forEach(zone => {{
      const name = frame.browse + ': ' + zone.dataset.docscanBox;
      const button = zone.querySelector('button[data-testid="stBaseButton-secondary"]');
      const input = zone.querySelector('input[type="file"]');
      for (const element of [button, input]) {{
        if (element && element.getAttribute('aria-label') !== name) {{
          element.setAttribute('aria-label', name); element.dataset.docscanShown = name;
          element.dataset.docscanEn = name;
        }}
      }}
    }});
    document.querySelectorAll('[role="spinbutton"][aria-valuetext="Empty"]').forEach(field => {{
      if (frame.prefixes.length) field.setAttribute('aria-valuetext', frame.empty);
    }});
  }};
  const watcher = new MutationObserver(() => {{ watcher.disconnect(); window.docscanRelabel(); watch(); }});
  const watch = () => watcher.observe(document.body, {{subtree: true, childList: true, attributes: true,
                                                      attributeFilter: ['aria-label']}});
  watch();
}}
window.docscanRelabel();
"""


def _frame_css() -> str:
    return (f'[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] * '
            f'{{ color: {CAPTION_COLOUR} !important; }}'
            # A radio option's caption is also drawn at 60% opacity (2.9:1 with the grey).
            f'[data-testid="stCaptionContainer"] {{ opacity: 1 !important; }}')


def upload_frame_css(words: UiStrings) -> str:
    """CSS that puts `words` in place of the uploaders' English (nothing in English: it is right there).

    Each English text is made invisible and size 0, which also takes it out of what screen
    readers read, and a pseudo-element shows our words instead (screen readers read those, and
    the browser makes them the button's name). Streamlit 1.67's parts: the button's label
    ("Upload"), the limit under it ("60MB per file"), a refused file's reason ("Error: File must
    be 60.0MB or smaller.").
    """
    if words.language == DEFAULT_LANGUAGE:
        return ""
    megabytes = upload_limit_megabytes()

    def replace(selector: str, text: str, size: str) -> str:
        return (f"{_UPLOADER} {selector} {{ font-size: 0 !important; visibility: hidden; }}"
                f"{_UPLOADER} {selector}::after {{ content: {json.dumps(text)}; font-size: {size}; "
                f"visibility: visible; }}")

    return (replace('[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]',
                    words.t("upload.browse"), "0.875rem")
            + replace('[data-testid="stFileUploaderDropzoneInstructions"] span',
                      words.t("upload.limit", megabytes=megabytes), "0.875rem")
            + replace('[data-testid="stFileChip"] [role="alert"]',
                      words.t("upload.refused", megabytes=megabytes), "0.875rem")
            # The "+" button's hidden "add icon" text: its aria-label (translated by the script) names it.
            + f'{_UPLOADER} [data-testid="stBaseButton-borderlessIcon"] [data-has-shortcut] > '
              f'span:not(:has([data-testid="stIconMaterial"])) {{ visibility: hidden; }}')


def upload_limit_megabytes() -> int:
    """The upload limit per file the server enforces, in MB (``server.maxUploadSize``)."""
    return int(st.get_option("server.maxUploadSize"))
