"""Corpus D's part of the generator (called by generate.py): foreign public documents in other
languages and scripts, their sworn translations, apostilles and Belgian legalisations, and digitally
signed PDFs (intact and altered after signing), with the truth in foreign.csv.

Kept apart from corpora A-C: its models are `MODELS_D` of content/d_*.py (generate.py's loader reads
only `MODELS`), its files are files/d-*, and every choice is seeded from sha256 of ids. The split is
by model: all documents, apostilles and legalisations of one issuing country are in one split (so a
country's apostille layout never crosses splits), and the sworn translators' layouts are split by
language (French and German in dev, Dutch and English in test).

The truth columns follow the rules listed in README "Corpus D"; `expected` is computed from them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from render import _cp1252_ok
from spec import Block, DocSpec

from content import d_auth as A
from content import d_other, d_records
from content._d_common import DModel, Issue, make_holder, ref

TODAY = date(2026, 11, 20)
EEA = {"BE", "IT", "PL", "ES", "RO"}
HAGUE = {"MA", "TN", "IN", "TR", "RU", "UA", "CN", "VN", "US", "GB", "CA", "PH", "CO", "MX", "BR", "JP"}   # see README for sources
NON_HAGUE = {"EG", "NG"}
DEV_COUNTRIES = {"MA", "IN", "TR", "RU", "EG", "US", "IT", "PL", "BE"}
OK_LANGS = {"fr", "nl", "de", "en"}
MODELS = {m.name: m for m in d_records.MODELS_D + d_other.MODELS_D}


def H(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:15], 16)


@dataclass(frozen=True)
class F:
    """One original document of a group and what comes with it."""

    model: str
    kind: str = "pdf"          # pdf | scanpdf | scan | photo
    auth: str = ""             # "" | apostille-page | apostille-file | legal-page | legal-file | e-legal
    tr: str = ""               # "" or the sworn translation's language
    sign: str = ""             # "" | intact | altered-bytes | altered-update


# group id -> (region, permit, files). The country of the first file is the holder's.
GROUPS: dict[str, tuple[str, str, tuple[F, ...]]] = {
    # ---- dev countries
    "ma-1": ("brussels", "single-permit-fixed-term", (F("d-ma-casier-judiciaire-b3", "scanpdf", "apostille-page"),)),
    "ma-2": ("wallonia", "single-permit-fixed-term", (F("d-ma-casier-judiciaire-b3", "photo"),)),
    "ma-3": ("flanders", "highly-qualified", (F("d-ma-casier-judiciaire-b3", "scanpdf", "apostille-file"),
                                              F("d-ma-diplome-licence-universite", "scan", "apostille-page"))),
    "in-1": ("flanders", "highly-qualified", (F("d-in-up-police-character-certificate", "scanpdf", "apostille-page", "fr"),
                                              F("d-in-state-university-degree", "pdf", "apostille-file"))),
    "in-2": ("brussels", "eu-blue-card", (F("d-in-up-police-character-certificate", "photo"),)),
    "tr-1": ("german-speaking", "single-permit-fixed-term", (F("d-tr-adli-sicil-kaydi", "pdf", "apostille-file", "de"),)),
    "tr-2": ("brussels", "single-permit-fixed-term", (F("d-tr-adli-sicil-kaydi", "scan", "", "fr"),)),
    "ru-1": ("wallonia", "highly-qualified", (F("d-ru-spravka-sudimost", "scanpdf", "apostille-page", "fr"),
                                              F("d-ru-diplom-bakalavra", "photo"))),
    "ru-2": ("flanders", "single-permit-fixed-term", (F("d-ru-spravka-sudimost", "photo", "apostille-page"),)),
    "eg-1": ("brussels", "single-permit-fixed-term", (F("d-eg-criminal-status-certificate", "scanpdf", "legal-page", "fr"),)),
    "eg-2": ("flanders", "highly-qualified", (F("d-eg-medical-certificate-dvz-model", "scanpdf"),
                                              F("d-eg-criminal-status-certificate", "scanpdf", "legal-file"))),
    "eg-3": ("flanders", "single-permit-fixed-term", (F("d-eg-medical-certificate-dvz-model", "scan", "legal-page"),
                                                      F("d-eg-criminal-status-certificate", "photo", "", "fr"))),
    "us-1": ("brussels", "highly-qualified", (F("d-us-oh-bci-check", "pdf", "apostille-file"), F("d-us-state-university-diploma", "scanpdf"))),
    "it-1": ("brussels", "single-permit-fixed-term", (F("d-it-certificato-casellario", "pdf", "", "fr"), F("d-it-estratto-plurilingue-nascita", "scan"))),
    "it-2": ("wallonia", "seasonal-worker", (F("d-it-certificato-casellario", "scan"),)),
    "be-1": ("flanders", "single-permit-fixed-term", (F("d-be-extract-model-1-nl", "pdf", sign="intact"),)),
    "be-2": ("brussels", "highly-qualified", (F("d-be-extract-model-1-fr", "pdf", sign="altered-bytes"),)),
    "pl-1": ("brussels", "single-permit-fixed-term", (F("d-pl-krk-e-informacja", "pdf", "", "fr", "intact"),)),
    "pl-2": ("german-speaking", "single-permit-fixed-term", (F("d-pl-krk-e-informacja", "pdf", "", "de", "altered-update"),)),
    # ---- test countries
    "cn-1": ("flanders", "highly-qualified", (F("d-cn-no-criminal-record-certificate", "scanpdf", "apostille-file", "nl"),)),
    "cn-2": ("brussels", "eu-blue-card", (F("d-cn-no-criminal-record-certificate", "photo", "", "en"),)),
    "ua-1": ("brussels", "highly-qualified", (F("d-ua-vytyag-mvs", "pdf", "apostille-file", "en"),
                                              F("d-ua-dyplom-bakalavra", "scanpdf", "apostille-file", "en"))),
    "ua-2": ("flanders", "single-permit-fixed-term", (F("d-ua-vytyag-mvs", "scan"),)),
    "br-1": ("flanders", "highly-qualified", (F("d-br-certidao-pf", "pdf", "apostille-file", "nl"),
                                              F("d-br-diploma-universidade-federal", "scanpdf", "apostille-page", "nl"))),
    "br-2": ("wallonia", "eu-blue-card", (F("d-br-diploma-universidade-federal", "scanpdf", "apostille-page"),)),
    "ph-1": ("brussels", "single-permit-fixed-term", (F("d-ph-nbi-clearance", "photo", "apostille-file"),)),
    "ph-2": ("german-speaking", "single-permit-fixed-term", (F("d-ph-nbi-clearance", "scanpdf"),)),
    "tn-1": ("wallonia", "single-permit-fixed-term", (F("d-tn-bulletin-3", "scanpdf", "apostille-page", "en"),)),
    "co-1": ("brussels", "highly-qualified", (F("d-co-antecedentes-ponal", "pdf", "apostille-file", "en"),)),
    "mx-1": ("flanders", "single-permit-fixed-term", (F("d-mx-constancia-no-penales", "scanpdf", "apostille-page"),)),
    "jp-1": ("flanders", "highly-qualified", (F("d-jp-gakuiki-national-university", "scan", "apostille-file", "nl"),)),
    "ng-1": ("flanders", "single-permit-fixed-term", (F("d-ng-police-character-certificate", "pdf", "e-legal", sign="intact"),
                                                      F("d-ng-medical-certificate-dvz-model", "scanpdf"))),
    "ng-2": ("brussels", "single-permit-fixed-term", (F("d-ng-police-character-certificate", "photo"),)),
    "gb-1": ("brussels", "highly-qualified", (F("d-gb-acro-police-certificate", "pdf", "apostille-file"),)),
    "ca-1": ("wallonia", "highly-qualified", (F("d-ca-rcmp-certified-check", "scanpdf"),)),
    "es-1": ("brussels", "single-permit-fixed-term", (F("d-es-certificado-antecedentes", "pdf", "", "en", "intact"),
                                                      F("d-es-extracto-plurilingue-nacimiento", "scanpdf"))),
    "es-2": ("flanders", "single-permit-fixed-term", (F("d-es-certificado-antecedentes", "pdf", sign="altered-update"),)),
    "ro-1": ("german-speaking", "single-permit-fixed-term", (F("d-ro-cazier-judiciar", "scan", "", "en"),)),
    "vn-1": ("brussels", "single-permit-fixed-term", (F("d-vn-phieu-ly-lich-tu-phap-1", "scanpdf", "apostille-file", "en"),)),
}

SIGNERS = {   # who seals which signed PDF (a SPECIMEN test CA made below)
    "BE": "SPECIMEN FOD Justitie - Centraal Strafregister e-seal",
    "PL": "SPECIMEN Krajowy Rejestr Karny e-seal",
    "ES": "SPECIMEN Ministerio de Justicia sello de organo",
    "NG": "SPECIMEN FOD Buitenlandse Zaken e-Legalisation",
}


def split_of(country: str) -> str:
    return "dev" if country in DEV_COUNTRIES else "test"


def auth_needed(m: DModel, region: str) -> str:
    """What the rules (README "Corpus D") require for this document from this country in this region."""
    if m.country in EEA:
        return "none"   # Regulation 2016/1191: EEA public documents exempt
    if m.doc_type == "medical_certificate" and region != "flanders":
        raise ValueError("medical certificates are only placed in Flemish groups (rule known only there)")
    if m.doc_type not in ("criminal_record", "diploma", "medical_certificate"):
        raise ValueError(f"no clear rule for {m.doc_type} from {m.country}")
    return "apostille" if m.country in HAGUE else "legalisation"


def issued_for(m: DModel, key: str) -> date:
    r = random.Random(H("issued", key))
    if m.doc_type == "diploma":
        return TODAY - timedelta(days=r.randint(500, 2500))
    if m.country == "VN":   # issued after the Convention entered into force for Viet Nam (11-09-2026)
        return date(2026, 9, 20) + timedelta(days=r.randint(0, 30))
    return TODAY - timedelta(days=r.randint(25, 120))


REF_PATTERNS = {"MA": "####/####", "EG": "########", "TN": "#######", "IN": "CC-###/####", "TR": "################", "RU": "###/##-######",
                "UA": "##########", "CN": "####(####)##", "VN": "####/LLTP-STP", "IT": "#######/####/R", "RO": "@@ #######", "PL": "K##/########/####",
                "ES": "CSV-@@@@-####-####-####", "BR": "@@@@.####.####.####", "CO": "#########", "MX": "FGE/####/####", "US": "T##########",
                "GB": "##/######@", "CA": "@##-####-####", "PH": "@@@@@@@@@@-@#########", "NG": "FCID/PCC/####/####", "BE": "####-#######-##",
                "JP": "####", "default": "######"}


@dataclass
class Row:
    path: str
    split: str
    model: str
    group: str
    region: str
    permit: str
    doc_type: str
    is_translation: str
    translation_of: str
    language: str
    script: str
    issuing_country: str
    needs_translation: str
    translation_present: str
    authentication_needed: str
    authentication_present: str
    authentication_where: str
    signature: str
    signer: str
    expected: str
    sha256: str
    notes: str
    spec: DocSpec | None = None
    kind: str = "pdf"
    sign: str = ""


COLUMNS = ["path", "split", "model", "group", "region", "permit", "doc_type", "is_translation", "translation_of", "language", "script",
           "issuing_country", "needs_translation", "translation_present", "authentication_needed", "authentication_present",
           "authentication_where", "signature", "signer", "expected", "sha256", "notes"]


def _ext(kind: str, key: str) -> str:
    if kind in ("pdf", "scanpdf"):
        return "pdf"
    if kind == "scan":
        return "png" if H("fmt", key) % 3 == 0 else "jpg"
    return "jpg"


def build_rows() -> list[Row]:
    rows: list[Row] = []
    for gid, (region, permit, files) in GROUPS.items():
        first = MODELS[files[0].model]
        holder = make_holder(first.country, gid)
        counter = [0]

        def path(kind: str, key: str, gid: str = gid, counter: list[int] = counter) -> str:
            counter[0] += 1
            return f"files/d-{gid}-{counter[0]:02d}.{_ext(kind, key)}"
        for fi, f in enumerate(files):
            m = MODELS[f.model]
            key = f"{gid}|{fi}|{m.name}"
            r = random.Random(H("doc", key))
            iss = Issue(issued=issued_for(m, key), ref=ref(r, REF_PATTERNS.get(m.country, REF_PATTERNS["default"])), rng=r)
            page, facts = m.build(holder, iss)
            seal_of = next((b.rows[-1][0] for b in page if b.kind == "letterhead" and b.rows), m.title_en)
            a_date = iss.issued + timedelta(days=3 + r.randint(0, 12))
            a_no = ref(r, "####-#####") if m.country != "US" else ref(r, "AP-#######")
            extra_pages: list[tuple[Block, ...]] = []
            auth_where, auth_present = "", "none"
            aux: list[tuple[str, str, DocSpec, str]] = []   # (doc_type, kind, spec, note) of separate files
            if f.auth == "apostille-page":
                blocks = A.apostille_blocks(m.country, seal_of, a_date, a_no, on_page=True)
                page = tuple(b for b in page if b.kind != "footer") + blocks + tuple(b for b in page if b.kind == "footer")
                auth_where, auth_present = "on_page", "apostille"
            elif f.auth == "apostille-file":
                ap = A.apostille_page(m.country, seal_of, a_date, a_no)
                aspec = DocSpec(f"{key}|apostille", "apostille", apostille_language(m), f"d-{m.country.lower()}-apostille", (ap,), issue_date=a_date)
                if not _cp1252_ok(aspec):   # a font with the labels' script; Western ones get the style's own font
                    aspec = replace(aspec, font=m.font)
                aux.append(("apostille", "scanpdf" if f.kind != "pdf" else "pdf", aspec, "apostille sheet attached to the document"))
                auth_present = "apostille"
            elif f.auth in ("legal-page", "legal-file"):
                control = ref(r, "#### #### ####")
                embassy = {"EG": "Ambassade de Belgique au Caire"}.get(m.country, "Ambassade de Belgique")
                if f.auth == "legal-page":
                    page = tuple(b for b in page if b.kind != "footer") + A.legalisation_sticker(m.country, embassy, "Le Caire", control, a_date) + \
                        tuple(b for b in page if b.kind == "footer")
                    auth_where = "on_page"
                else:
                    lp = A.legalisation_page(m.country, embassy, "Le Caire", control, a_date)
                    aux.append(("legalisation", "scan", DocSpec(f"{key}|legal", "legalisation", "fr+nl", "d-be-consular-legalisation-sticker", (lp,),
                                                                issue_date=a_date, font="freesans"), "back of the document with the sticker"))
                auth_present = "legalisation"
            elif f.auth == "e-legal":
                page = tuple(b for b in page if b.kind != "footer") + (A.foreign_ministry_stamp(m.country, a_date - timedelta(days=5)),) + \
                    tuple(b for b in page if b.kind == "footer")
                extra_pages.append(A.e_legalisation_page(m.country, "Embassy of Belgium in Abuja", ref(r, "LW-#######"), a_date + timedelta(days=2), a_date))
                auth_where, auth_present = "on_page", "e-legalisation"
            spec = DocSpec(key, m.doc_type, m.language, m.name, (page, *extra_pages), issue_date=iss.issued, font=m.font)
            p = path(f.kind, key)
            base_lang = {s.split("-")[0] for s in m.language.split("+")}
            needs_tr = not (base_lang & OK_LANGS)
            need = auth_needed(m, region)
            sig = "none" if not f.sign else ("intact" if f.sign == "intact" else "altered")
            signer = SIGNERS[m.country] if f.sign else ""
            for dt, kind, aspec, _note in aux:
                ap = path(kind, aspec.doc_id)
                auth_where = f"separate:{ap}"
                rows.append(Row(ap, split_of(m.country), aspec.model, gid, region, permit, dt, "no", "", aspec.language,
                                "Latin" if dt == "legalisation" else _script_of(m, aspec), m.country if dt == "apostille" else "BE",
                                "no", "", "none", "none", "", "none", "", "ok", "", f"{dt} for {p}", aspec, kind))
            exp = []
            tr_present = ""
            if needs_tr:
                tr_present = "yes" if f.tr else "no"
                if not f.tr:
                    exp.append("needs_translation")
            if need != "none" and auth_present == "none":
                exp.append("needs_apostille" if need == "apostille" else "needs_legalisation")
            if sig == "altered":
                exp.append("signature_altered")
            notes = {"intact": "signed PDF, signature intact", "altered-bytes": "signed, then bytes changed inside the signed range",
                     "altered-update": "signed, then an incremental update whites out the result line"}.get(f.sign, "")
            if m.country == "VN":
                notes = (notes + "; " if notes else "") + "issued after the Convention entered into force for Viet Nam (11-09-2026)"
            if m.doc_type == "medical_certificate":
                notes = (notes + "; " if notes else "") + "Flanders: a medical certificate drawn up abroad must be legalised"
            doc_row = Row(p, split_of(m.country), m.name, gid, region, permit, m.doc_type, "no", "", m.language, m.script, m.country,
                          "yes" if needs_tr else "no", tr_present, need, auth_present, auth_where, sig, signer,
                          "+".join(exp) or "ok", "", notes, spec, f.kind, f.sign)
            rows.insert(len(rows) - len(aux), doc_row)
            if f.tr:
                t_model, *_rest = A.TRANSLATORS[f.tr]
                reg = ref(random.Random(H("reg", f.tr)), "######")
                note = ""
                if auth_present == "apostille":
                    note = {"fr": "[Apostille n° {n} du {d}]", "nl": "[Apostille nr. {n} van {d}]", "de": "[Apostille Nr. {n} vom {d}]",
                            "en": "[Apostille no. {n} of {d}]"}[f.tr].format(n=a_no, d=a_date.strftime("%d/%m/%Y"))
                tpages = A.translation_pages(f.tr, m, facts, reg, iss.issued + timedelta(days=15), note)
                tkind = "pdf" if H("tk", key) % 3 else "scanpdf"
                tp = path(tkind, key + "|tr")
                tspec = DocSpec(key + "|tr", m.doc_type, f.tr, t_model, tpages, issue_date=iss.issued + timedelta(days=15),
                                font=A.TRANSLATORS[f.tr][4])
                rows.append(Row(tp, "dev" if f.tr in ("fr", "de") else "test", t_model, gid, region, permit, m.doc_type, "yes", p, f.tr,
                                "Latin", "BE", "no", "", "none", "none", "", "none", "", "ok", "",
                                "sworn translation by a translator of the Belgian national register", tspec, tkind))
    return rows


def _script_of(m: DModel, spec: DocSpec) -> str:
    sets = A.APOSTILLE_LAYOUT[m.country][0]
    scripts = {"ar": "Arabic", "ru": "Cyrillic", "uk": "Cyrillic", "zh": "Han"}
    out = []
    for s in sets:
        sc = scripts.get(s, "Latin")
        if sc not in out:
            out.append(sc)
    return "+".join(out)


def apostille_language(m: DModel) -> str:
    return "+".join(A.APOSTILLE_LAYOUT[m.country][0])


# ------------------------------------------------------------------------------------------ signing

def _pki():
    """A SPECIMEN test CA and one signer per sealing authority, keys derived from sha256 (deterministic keys;
    ECDSA signatures are still randomised, so signed PDFs are not byte-identical across runs)."""
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def key(name: str):
        return ec.derive_private_key(H("key", name) + 1, ec.SECP256R1())

    def name(cn: str, country: str = "BE"):
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "SPECIMEN test PKI (corpus D)"),
                          x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    nb, na = date(2025, 1, 1), date(2031, 1, 1)
    from datetime import datetime, timezone
    t0, t1 = datetime(nb.year, 1, 1, tzinfo=timezone.utc), datetime(na.year, 1, 1, tzinfo=timezone.utc)
    ca_key = key("ca")
    ca_name = name("SPECIMEN Test Root CA (corpus D, not trusted)")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key()).serial_number(1000)
          .not_valid_before(t0).not_valid_after(t1).add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))

    def conv(c, k):
        return (ax509.Certificate.load(c.public_bytes(serialization.Encoding.DER)),
                akeys.PrivateKeyInfo.load(k.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())))
    out = {}
    for i, (country, cn) in enumerate(sorted(SIGNERS.items())):
        k = key(cn)
        c = (x509.CertificateBuilder().subject_name(name(cn, "BE" if country == "NG" else country)).issuer_name(ca_name).public_key(k.public_key()).serial_number(2000 + i)
             .not_valid_before(t0).not_valid_after(t1).add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
             .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
             .sign(ca_key, hashes.SHA256()))
        out[country] = conv(c, k)
    return conv(ca, ca_key)[0], out, ca.public_bytes(serialization.Encoding.PEM)


def sign_pdf(pdf: bytes, country: str, how: str, pki) -> bytes:
    """Seal `pdf` with the country's SPECIMEN signer; then alter it if `how` says so."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    root, signers_, _pem = pki
    cert, key = signers_[country]
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore.from_certs([root]))
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name="Seal", reason="SPECIMEN electronic seal (test only)", location="SPECIMEN")
    out = signers.sign_pdf(w, meta, signer=signer).getvalue()
    if how == "altered-bytes":
        i = out.index(b"(SPECIMEN document)")
        out = out[:i + 1] + b"X" + out[i + 2:]   # same length: offsets stay valid, the digest no longer matches
    elif how == "altered-update":
        w2 = IncrementalPdfFileWriter(io.BytesIO(out))
        page_ref = w2.root["/Pages"].raw_get("/Kids")[0]
        page = page_ref.get_object()
        patch = generic.StreamObject(stream_data=b"q 1 1 1 rg 40 420 515 120 re f Q")   # white box over the result lines
        old = page.raw_get("/Contents")
        arr = list(old) if isinstance(old, generic.ArrayObject) else [old]
        page["/Contents"] = generic.ArrayObject(arr + [w2.add_object(patch)])
        w2.update_container(page)
        buf = io.BytesIO()
        w2.write(buf)
        out = buf.getvalue()
    return out


# ------------------------------------------------------------------------------------------ main

ROOT_PEM = "files/d-specimen-test-root-ca.pem"
HEADER = """# Corpus D (foreign documents): one row per file under files/d-*. Written without seeing docscan's rules or code;
# regenerate with generate.py (or generate.py --missing). Rules behind authentication_needed: README "Corpus D".
# path: file relative to sample_docs/independent/; split: dev | test, by real-world model (a country's documents, apostilles and
#   legalisations in one split; sworn translators by language: fr, de dev; nl, en test)
# model: id of the real-world model (README); group: the set of files one applicant submits together (checked as a whole;
#   translations and separate apostille/legalisation files are linked only within their group)
# region: flanders | brussels | wallonia | german-speaking; permit: checklist id (checklists/*.yaml)
# doc_type: docscan type id (criminal_record, diploma, medical_certificate, unknown...) or apostille | legalisation for a separate sheet
# is_translation: yes for a sworn translation (doc_type that of its original); translation_of: path of the original in the group
# language: ISO 639-1 of the main text, a+b for bilingual/multilingual; script: of the main text (Latin, Arabic, Cyrillic, Devanagari,
#   Han, Japanese; a+b when bilingual in two scripts)
# issuing_country: ISO 3166-1 alpha-2 of the issuing authority (BE for Belgian translators and Belgian legalisations)
# needs_translation: yes when the document is in none of nl/fr/de/en; translation_present: for those, yes/no, else empty
# authentication_needed: none | apostille | legalisation (for this document, country and region; README); authentication_present:
#   none | apostille | legalisation | e-legalisation; authentication_where: on_page | separate:<path> | empty
# signature: none | intact | altered (PDF changed after signing); signer: common name of the signing certificate (SPECIMEN test CA)
# expected: ok, or needs_translation / needs_apostille / needs_legalisation / signature_altered joined by +
# sha256: of the file; EMPTY for signed PDFs (ECDSA signatures and signing times differ at each run, so they are not byte-identical)
# The signing certificates chain to a SPECIMEN test root written to files/d-specimen-test-root-ca.pem (made anew at each run).
"""


def generate(out: Path, missing: bool = False) -> tuple[int, list[str]]:
    """Render corpus D into out/files and write out/foreign.csv; returns (files, errors)."""
    from render import render
    rows = build_rows()
    pki = None
    errors = []
    for row in rows:
        target = out / row.path
        if missing and target.exists():
            data = target.read_bytes()
        else:
            try:
                if row.spec is None:
                    raise ValueError("no spec")
                res = render(row.spec, row.kind, row.spec.doc_id, "png" if row.path.endswith(".png") else "jpg" if row.kind == "scan" else "")
                data = res.data
                if row.kind in ("scan", "photo") and len(row.spec.pages) == 1:
                    from render import render_pdf
                    if render_pdf(row.spec)[1] > 1:
                        errors.append(f"{row.path}: the page overflows; a scan/photo shows only its first page")
                if row.sign:
                    if pki is None:
                        pki = _pki()
                    data = sign_pdf(data, row.issuing_country, row.sign, pki)
            except Exception as e:  # one broken document must not stop the corpus: report it
                errors.append(f"{row.path}: {type(e).__name__}: {e}")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        row.sha256 = "" if row.sign else hashlib.sha256(data).hexdigest()
    if pki is not None:   # the SPECIMEN root, for checkers that want to validate the chain (never trust it elsewhere)
        (out / ROOT_PEM).write_bytes(pki[2])
    with open(out / "foreign.csv", "w", newline="", encoding="utf-8") as fh:
        fh.write(HEADER)
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for row in rows:
            w.writerow([getattr(row, c) for c in COLUMNS])
    return len(rows), errors


# ------------------------------------------------------------------------------------------ check

def expected_of(row: dict[str, str]) -> str:
    """`expected` as the other columns imply it (the rule the README states)."""
    out = []
    if row["needs_translation"] == "yes" and row["translation_present"] != "yes":
        out.append("needs_translation")
    if row["authentication_needed"] != "none" and row["authentication_present"] == "none":
        out.append("needs_" + row["authentication_needed"])
    if row["signature"] == "altered":
        out.append("signature_altered")
    return "+".join(out) or "ok"


def _signature_state(path: Path, root_pem: Path) -> str:
    """intact | altered, as pyHanko sees the first signature (trusting only the SPECIMEN root)."""
    import logging

    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)   # pyHanko logs the (expected) diff failures
    _, _, der = pem.unarmor(root_pem.read_bytes())
    with open(path, "rb") as fh:
        sig = PdfFileReader(fh, strict=False).embedded_signatures[0]
        st = validate_pdf_signature(sig, ValidationContext(trust_roots=[x509.Certificate.load(der)], allow_fetching=False))
        whole = st.coverage.name == "ENTIRE_FILE" and (st.modification_level is None or st.modification_level.name == "NONE")
        return "intact" if st.intact and st.valid and whole else "altered"


def check(root: Path) -> list[str]:
    """Consistency of foreign.csv with the files and with itself; returns the problems found."""
    lines = [ln for ln in (root / "foreign.csv").read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines))
    by_path = {r["path"]: r for r in rows}
    problems = []
    model_split: dict[str, set[str]] = {}
    group_split: dict[str, set[str]] = {}
    for r in rows:
        p = root / r["path"]
        model_split.setdefault(r["model"], set()).add(r["split"])
        group_split.setdefault(r["group"], set()).add(r["split"])
        if not p.exists():
            problems.append(f"{r['path']}: missing")
            continue
        if r["sha256"] and hashlib.sha256(p.read_bytes()).hexdigest() != r["sha256"]:
            problems.append(f"{r['path']}: sha256 differs")
        if r["expected"] != expected_of(r):
            problems.append(f"{r['path']}: expected {r['expected']} but the columns say {expected_of(r)}")
        if r["is_translation"] == "yes":
            orig = by_path.get(r["translation_of"])
            if not orig or orig["group"] != r["group"] or orig["doc_type"] != r["doc_type"]:
                problems.append(f"{r['path']}: translation_of is not an original of the same type in the group")
        where = r["authentication_where"]
        if where.startswith("separate:"):
            sep = by_path.get(where.split(":", 1)[1])
            if not sep or sep["group"] != r["group"] or sep["doc_type"] not in ("apostille", "legalisation"):
                problems.append(f"{r['path']}: {where} is not an apostille/legalisation sheet of the group")
        if r["needs_translation"] == "yes":
            has = any(t["translation_of"] == r["path"] for t in rows)
            if (r["translation_present"] == "yes") != has:
                problems.append(f"{r['path']}: translation_present={r['translation_present']} but the group says {has}")
        if r["signature"] != "none":
            state = _signature_state(p, root / ROOT_PEM)
            if state != r["signature"]:
                problems.append(f"{r['path']}: signature is {state}, foreign.csv says {r['signature']}")
    problems += [f"model {m} in both splits" for m, s in model_split.items() if len(s) > 1]
    problems += [f"group {g} in both splits" for g, s in group_split.items() if len(s) > 1]
    for outcome in ("ok", "needs_translation", "needs_apostille", "needs_legalisation", "signature_altered"):
        for split in ("dev", "test"):
            if not any(outcome in r["expected"].split("+") and r["split"] == split for r in rows):
                problems.append(f"no {outcome} in {split}")
    return problems


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    if "--check" in sys.argv:
        found = check(here)
        for pr in found:
            print(pr)
        print(f"corpus D check: {len(found)} problems")
        sys.exit(1 if found else 0)
    n, errs = generate(here, "--missing" in sys.argv)
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    print(f"corpus D: {n} files, {len(errs)} errors")
