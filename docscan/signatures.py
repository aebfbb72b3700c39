"""PDF signatures and electronic seals: the only module that calls pyHanko.

Belgian criminal-record extracts carry an electronic seal (since 22 June 2021), sworn
translations may be e-signed PDFs, and a sealed PDF that was edited afterwards is worth less
than a scan: the adviser must know. For each signature pyHanko tells whether the signed byte
range covers the document and the digest matches (`intact`), and its difference analysis
judges what incremental updates after the signed revision do (`ModificationLevel`: only
validation data, form filling, annotations, or other changes to content).

What is *not* checked: whether the signer is who the certificate says. docscan configures no
trust roots and never fetches OCSP responses, CRLs or certificates (no network, by design), so
`SignatureCheck.trust_checked` is always False and the report says so.

Bounds, in the manner of `ocr.py` with Tesseract: pyHanko runs in a child process
(`python -m docscan.signatures`) given the PDF's bytes on standard input (it never opens a
file: `ingest.read_signatures` does), with a wall-clock timeout, an address-space and a CPU
limit, and with the socket layer disabled before pyHanko is imported, so that no code path
(aiohttp fetchers included) can reach the network. A hostile or damaged signature dictionary
becomes an `unreadable` signature or a `SignatureCheck.error`, never an exception, and the
file's pages are read all the same. The child logs nothing: pyHanko's log lines name signers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .models import PdfSignature, Reason, SignatureCheck, SignatureState
from .settings import Settings

#: At most this many signatures of one file are checked (a real document has one to three;
#: a crafted one with thousands would make the difference analysis run for each).
MAX_SIGNATURES = 12

#: The check's JSON answer is at most this long (12 signatures with their names fit in 10 KB).
_MAX_ANSWER_BYTES = 256 * 2**10


def check_signatures(data: bytes, settings: Settings) -> SignatureCheck:
    """Check every signature of the PDF `data` in a bounded child process.

    Never raises: a timeout, a memory ceiling reached, a crash or an answer that cannot be
    read becomes `SignatureCheck.error` with its reason.
    """
    package_root = str(Path(__file__).resolve().parent.parent)
    env = {key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")}
    env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    command = [sys.executable, "-m", "docscan.signatures", str(settings.signature_memory_mb),
               str(max(1, int(settings.signature_timeout)))]
    try:
        completed = subprocess.run(command, input=data, capture_output=True, timeout=settings.signature_timeout,
                                   env=env, check=False)
    except subprocess.TimeoutExpired:
        return SignatureCheck(error=Reason.of("signature_timeout", seconds=round(settings.signature_timeout)))
    except OSError:
        return SignatureCheck(error=Reason("signature_check_failed"))
    try:
        answer = json.loads(completed.stdout[:_MAX_ANSWER_BYTES].decode("utf-8")) if completed.stdout else None
    except (UnicodeDecodeError, ValueError):
        answer = None
    if not isinstance(answer, dict):
        # Killed by its CPU limit (SIGXCPU) or the kernel, or died in a library: no answer.
        return SignatureCheck(error=Reason("signature_check_failed"))
    return parse_answer(answer)


def parse_answer(answer: dict) -> SignatureCheck:
    """The child's JSON answer as a `SignatureCheck` (the answer is data, checked field by field)."""
    error = answer.get("error")
    if error == "memory":
        return SignatureCheck(error=Reason("signature_too_large"))
    if error is not None:
        return SignatureCheck(error=Reason("signature_unreadable"))
    signatures = []
    for entry in answer.get("signatures") or ():
        if not isinstance(entry, dict):
            continue
        try:
            state = SignatureState(str(entry.get("state")))
        except ValueError:
            state = SignatureState.UNREADABLE
        signatures.append(PdfSignature(
            state=state, kind="timestamp" if entry.get("kind") == "timestamp" else "signature",
            digest_ok=_bool_or_none(entry.get("digest_ok")), coverage=_text_or_none(entry.get("coverage")),
            modification=_text_or_none(entry.get("modification")), signer=_text_or_none(entry.get("signer")),
            organisation=_text_or_none(entry.get("organisation")), signed_at=_text_or_none(entry.get("signed_at")),
            time_source=_text_or_none(entry.get("time_source")),
            problem=Reason("signature_unreadable") if state == SignatureState.UNREADABLE else None))
    not_checked = answer.get("not_checked")
    return SignatureCheck(tuple(signatures), None, False, not_checked if isinstance(not_checked, int) else 0)


def _bool_or_none(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _text_or_none(value: object) -> str | None:
    """A text field of the answer, cut to a length a name or a date has (a crafted certificate
    may carry megabytes in its common name)."""
    return str(value)[:200] if isinstance(value, str) and value else None


# ---------------------------------------------------------------------------------------------
# What a signature says, as reasons (the report, the checklist and the page use these)


def signer_reason(signature: PdfSignature) -> Reason:
    """Who signed, as a nested reason: name and organisation from the certificate's subject."""
    if signature.signer and signature.organisation and signature.organisation != signature.signer:
        return Reason.of("signer_of", name=signature.signer, organisation=signature.organisation)
    if signature.signer or signature.organisation:
        return Reason.of("signer_named", name=signature.signer or signature.organisation)
    return Reason("signer_unnamed")


def signing_day_reason(signature: PdfSignature) -> Reason:
    """When it was signed, as a nested reason ("on 3 November 2026")."""
    return Reason.of("signed_on", day=signature.signed_on) if signature.signed_on else Reason("signing_day_unknown")


def signature_reason(signature: PdfSignature, file: str) -> Reason:
    """What one signature says, for the report's file details."""
    who, when = signer_reason(signature), signing_day_reason(signature)
    if signature.state == SignatureState.INTACT:
        return Reason.of("signature_intact", who=who, when=when)
    if signature.state == SignatureState.ADDITIONS:
        return Reason.of("signature_additions", who=who, when=when)
    if signature.state == SignatureState.MODIFIED:
        return Reason.of("signature_modified", file=file, who=who, when=when)
    return Reason.of("signature_problem", file=file, problem=signature.problem or Reason("signature_unreadable"))


# ---------------------------------------------------------------------------------------------
# The child process: pyHanko itself


def _forbid_network() -> None:
    """Make every socket connection and name lookup fail in this process.

    Set before pyHanko is imported. pyHanko's validation context is also made with
    `allow_fetching=False`; this is the belt to those braces, for any path that would still
    try (a timestamp's certificate, an AIA or CRL URL in a crafted certificate).
    """
    import socket

    def refuse(*args, **kwargs):
        raise OSError("docscan: no network access while checking signatures")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.socket.sendto = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse
    socket.create_connection = refuse


def _limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    import resource

    limits = ((resource.RLIMIT_AS, memory_mb * 2**20), (resource.RLIMIT_CPU, cpu_seconds + 1))
    for which, value in limits:
        try:
            soft, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):  # a lower limit is already in force: keep it
            pass


def validate_pdf(data: bytes) -> dict:
    """Every signature of the PDF `data`, judged by pyHanko, as JSON-safe data (runs in the child)."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        fields = enumerate_sig_fields(reader, filled_status=True)
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - a damaged xref or trailer: the file's pages are still read
        return {"error": "unreadable"}
    answers: list[dict] = []
    seen = 0
    # Each signature on its own (pyHanko's `embedded_signatures` stops at the first damaged
    # one, and silently drops those of an unknown SubFilter): one bad signature is reported as
    # such and the others are still checked.
    while True:
        try:
            name, _value, field = next(fields)
        except StopIteration:
            break
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - the field tree itself is damaged past this point
            answers.append({"state": SignatureState.UNREADABLE.value})
            break
        seen += 1
        if seen > MAX_SIGNATURES:
            continue
        try:
            answers.append(_judge(EmbeddedPdfSignature(reader, field, name)))
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - one damaged signature is reported as such
            answers.append({"state": SignatureState.UNREADABLE.value})
    return {"signatures": answers, "not_checked": max(0, seen - MAX_SIGNATURES)}


def _judge(signature) -> dict:
    """One signature: integrity, what came after it, who and when."""
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    # No trust roots and no fetching: the chain is not judged (trust_checked is False), and
    # nothing is looked up online.
    context = ValidationContext(trust_roots=[], allow_fetching=False, revocation_mode="soft-fail")
    timestamp = signature.sig_object_type == "/DocTimeStamp"
    status: Any = (validate_pdf_timestamp(signature, validation_context=context) if timestamp
                   else validate_pdf_signature(signature, signer_validation_context=context))
    coverage = status.coverage.name.lower() if status.coverage is not None else None
    level = status.modification_level
    modification = level.name.lower() if level is not None else None
    subject = _subject(status.signing_cert) if status.signing_cert is not None else {}
    signed_at, time_source = _signing_time(status, timestamp)
    return {"state": _state(status.intact, status.valid, coverage, modification, status.docmdp_ok).value,
            "kind": "timestamp" if timestamp else "signature", "digest_ok": bool(status.intact),
            "coverage": coverage, "modification": modification, "signer": subject.get("common_name"),
            "organisation": subject.get("organization_name"), "signed_at": signed_at, "time_source": time_source}


def _state(intact: bool, valid: bool, coverage: str | None, modification: str | None,
           docmdp_ok: bool | None) -> SignatureState:
    """The verdict from pyHanko's findings (see `SignatureState`)."""
    if not intact or not valid or docmdp_ok is False:
        return SignatureState.MODIFIED
    if coverage == "entire_file":
        return SignatureState.INTACT
    if coverage != "entire_revision":
        return SignatureState.MODIFIED  # the signed bytes are not a whole revision of the document
    if modification in ("none", "lta_updates"):
        return SignatureState.INTACT
    if modification in ("form_filling", "annotations"):
        return SignatureState.ADDITIONS
    return SignatureState.MODIFIED


def _subject(certificate) -> dict:
    try:
        native = certificate.subject.native
    except Exception:  # noqa: BLE001 - a subject pyHanko's ASN.1 cannot decode: no name shown
        return {}
    return {key: value if isinstance(value, str) else ", ".join(map(str, value))
            for key, value in native.items() if key in ("common_name", "organization_name")}


def _signing_time(status, timestamp: bool) -> tuple[str | None, str | None]:
    if timestamp:
        when = getattr(status, "timestamp", None)
        return (when.isoformat(), "timestamp") if when else (None, None)
    token = getattr(status, "timestamp_validity", None)
    if token is not None and getattr(token, "timestamp", None) is not None and token.intact and token.valid:
        return token.timestamp.isoformat(), "timestamp"
    claimed = getattr(status, "signer_reported_dt", None)
    return (claimed.isoformat(), "signer") if claimed else (None, None)


def _child_main(argv: list[str]) -> int:
    """`python -m docscan.signatures MEMORY_MB CPU_SECONDS`: the PDF on stdin, JSON on stdout."""
    import logging

    memory_mb, cpu_seconds = int(argv[0]), int(argv[1])
    _limit_resources(memory_mb, cpu_seconds)
    _forbid_network()
    logging.disable(logging.CRITICAL)  # pyHanko logs signer names and certificate subjects
    try:
        data = sys.stdin.buffer.read()
        answer = validate_pdf(data)
    except MemoryError:
        answer = {"error": "memory"}
    except Exception:  # noqa: BLE001 - pyHanko failed to import or to start: an unreadable check
        answer = {"error": "unreadable"}
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover - run as the child process
    raise SystemExit(_child_main(sys.argv[1:]))
