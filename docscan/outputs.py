"""Writing docscan's own output files so that a planted link or a crash cannot misuse them.

Reports, exports, page images and cache entries hold personal data (passport numbers, criminal
records). Writing them as ``open(path, "w")`` or through a fixed ``NAME.tmp`` follows whatever
is already at that name: a ``NAME.tmp`` pre-created as a symbolic link made a bulk run overwrite
a file outside its output folder (issue 13, item 6). Here every file is written to a fresh name
that nothing can have prepared (``mkstemp``: ``O_CREAT | O_EXCL``, mode 0600), flushed to disk,
then renamed over the destination, which replaces a link at that name instead of following it.
A reader never sees half a report, and the file is private to its owner.

A leaf module: it imports nothing of docscan but its errors.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UsageError

#: Output files are private to their owner: they hold documents' contents and applicants' facts.
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: str | os.PathLike, *, within: str | os.PathLike | None = None) -> Path:
    """`path` as a folder docscan may write into, made (0700) when missing.

    Refused with a `UsageError` when it is a symbolic link, or, with `within`, when it is not
    inside that folder once links are resolved (a ``workers`` link planted in ``--out``).
    """
    folder = Path(path)
    if folder.is_symlink():
        raise UsageError(f"{folder} is a symbolic link; docscan writes its outputs only into real folders")
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if within is not None and not _inside(folder, Path(within)):
        raise UsageError(f"{folder} leads outside {within}; docscan does not write there")
    return folder


def write_private(path: str | os.PathLike, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write `data` to `path` atomically, never through a link, as a 0600 file.

    Raises `OSError` as the file system does (callers turn it into their own message); the
    folder it goes into is the caller's (`private_folder` checks one docscan makes).
    """
    target = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".docscan-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return target


def _inside(folder: Path, root: Path) -> bool:
    try:
        folder.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True
