"""Test helpers: a fictitious SPECIMEN certificate authority and seal, made at test time, and
real pyHanko signing of PDFs with them (issue 16). Nothing here is a real certificate: every
name says SPECIMEN, the keys live only for the test session.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

SEAL_NAME = "SPECIMEN Casier judiciaire central"
SEAL_ORGANISATION = "SPECIMEN SPF Justice"


@dataclass(frozen=True)
class Pki:
    ca_der: bytes
    cert_der: bytes
    key_der: bytes


def _name(common_name: str, organisation: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")])


def make_pki(revocation_url: str | None = None) -> Pki:
    """A self-signed CA and a seal certificate it issued. `revocation_url` goes into the seal's
    OCSP (AIA) and CRL distribution-point extensions, to prove nobody fetches them."""
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    end = start + datetime.timedelta(days=3650)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("SPECIMEN Test Root CA", "SPECIMEN Test PKI")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder().subject_name(_name(SEAL_NAME, SEAL_ORGANISATION)).issuer_name(ca_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end)
               .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True))
    if revocation_url:
        builder = builder.add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
            AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(revocation_url + "/ocsp"))]),
            critical=False)
        builder = builder.add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            [x509.UniformResourceIdentifier(revocation_url + "/ca.crl")], None, None, None)]), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    der = serialization.Encoding.DER
    return Pki(ca.public_bytes(der), cert.public_bytes(der),
               key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


def sign_pdf(pdf: bytes, pki: Pki, field_name: str = "Seal") -> bytes:
    """`pdf` sealed by pyHanko (an incremental update with a PAdES-style signature)."""
    from asn1crypto import keys, x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(pki.cert_der),
        signing_key=keys.PrivateKeyInfo.load(pki.key_der),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(pki.ca_der)]))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field_name), signer=signer)
    return out.getvalue()


def replace_page_content(signed: bytes, text: bytes = b"Aucune condamnation - SPECIMEN FORGED") -> bytes:
    """An incremental update after the signature that rewrites page 1's content (its old
    content, then a line drawn over it): what an edit of a sealed PDF in a PDF editor does; the
    signed revision itself stays intact."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed), strict=False)
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"q 1 g 60 690 400 30 re f Q BT /F1 14 Tf 72 700 Td (" + text
                                  + b") Tj ET")
    old = page["/Contents"]
    old_parts = list(old) if isinstance(old, generic.ArrayObject) else [page.raw_get("/Contents")]
    page["/Contents"] = generic.ArrayObject([*old_parts, writer.add_object(stream)])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def change_signed_byte(signed: bytes) -> bytes:
    """One byte changed inside the signed byte range (in the document information's /Producer)."""
    at = signed.index(b"/Producer") + 12
    return signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1:]


def corrupt_signature_contents(signed: bytes) -> bytes:
    """The signature's /Contents (its CMS blob) overwritten with junk of the same length."""
    start = signed.rindex(b"/Contents <") + len(b"/Contents <")
    end = signed.index(b">", start)
    return signed[:start] + b"30" + b"ff" * ((end - start - 2) // 2) + signed[start + 2 + 2 * ((end - start - 2) // 2):]
