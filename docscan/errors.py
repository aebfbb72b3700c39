"""One error hierarchy for docscan.

Every failure docscan knows about is a `DocscanError` with an `exit_code` and a message
that says what to do. Errors about one file (corrupt PDF, OCR timeout) are caught by the
pipeline and written into that file's entry of the report, so the rest of the bundle is
still checked; only errors that make the whole run impossible (unusable arguments, no
Tesseract) reach the command-line handler, which turns them into an exit code.
"""

from __future__ import annotations


class DocscanError(Exception):
    """Base of every docscan error; `code` is a stable machine-readable id."""

    exit_code = 2
    code = "error"

    def __init__(self, message: str | None = None, *, code: str | None = None, params: dict | None = None):
        if code is not None:
            self.code = code
        #: The parameters of `code` (see `reason`): what the edges make a sentence of.
        self.params = dict(params or {})
        if message is None:  # the English sentence of the registered code, for logs and str()
            message = self.reason.message
        super().__init__(message)
        self.message = message

    @property
    def reason(self):
        """The error as a `Reason` (code and params) for the report; the code must be registered."""
        from .models import Reason

        return Reason.of(self.code, **self.params)

    def __str__(self) -> str:
        return self.message


class UsageError(DocscanError):
    """The arguments cannot be used (unknown permit, bad date, no input)."""

    exit_code = 2
    code = "usage"


class ConfigError(DocscanError):
    """A YAML data file (checklist, rules, thresholds) is invalid; names file and field."""

    exit_code = 3
    code = "config"


class MissingDependencyError(DocscanError):
    """Tesseract or one of its language packs is not installed."""

    exit_code = 4
    code = "missing_dependency"


class FileProblem(DocscanError):
    """A single input file cannot be used; goes into the report, never stops the run."""

    exit_code = 2
    code = "unreadable_file"


class OcrError(DocscanError):
    """Tesseract failed or timed out on one page; the page is reported, the rest goes on."""

    exit_code = 5
    code = "ocr_failed"


class OcrTimeout(OcrError):
    """Tesseract took longer than the page timeout."""

    code = "ocr_timeout"


class Stopped(KeyboardInterrupt):
    """The run was told to stop by SIGTERM or SIGHUP (a service manager, a closed terminal).

    A `KeyboardInterrupt`, so everything that Ctrl-C cleans up is cleaned up the same way: page
    workers and their Tesseract are ended, unpacked documents are deleted, finished bulk reports
    are kept and the summary lists the workers not reached (issue 13, item 8). The command
    then ends with the shell's code for that signal (128 + its number).
    """

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum
