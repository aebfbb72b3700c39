#!/usr/bin/env python3
"""Generate the evaluation corpus of `docscan eval` (issue 4) and its labels.

The corpus measures how often docscan is right on pages its rules and thresholds were *not*
written on: other fonts and layouts (typewriter, left-aligned serif, centred sans), another
fictitious worker (Sam MUSTER) and other dates than `sample_docs/documents`, and new pages
that are none of the types (a utility bill, a newspaper page, a recipe, a landlord's letter
that mentions a "contract", a gym letter that mentions a "medical" check...).

What it holds (every page fictitious and marked SPECIMEN, like the rest of sample_docs):

* `pdf/<lang>/<type>.pdf`: every document type in the four languages, born-digital;
* `scans/<type>-<lang>.png`: flatbed scans, every type in two languages;
* `photos/<type>-<lang>.jpg`: phone photos (perspective, shadow, JPEG, EXIF orientation),
  every type in a third language;
* `unknown/`: letters, receipts, book and newspaper pages as PDFs, scans and photos;
* `ladder/<base>-<degradation>-<strength>.*`: a graded degradation ladder over eight clean
  scans (`scans/<base>.png`): Gaussian and motion blur, resolution down to 60 dpi, dark and
  low-contrast scans, heavy JPEG, rotation and skew, a phone photo;
* `bundles/<name>/`: one applicant's file for every permit type, expected in `bundles.yaml`.

`labels.csv` says, for every file, what it is (type or `unknown`, language, kind, base
document, degradation and strength), which split it belongs to and its SHA-256; for ladder
pages also the legibility truth: the words Tesseract reads on the clean original and on the
degraded page (see `--truth`). The split is by base document, so no content is in both.

Run from the repository root:

    .venv/bin/python sample_docs/eval/generate_eval.py            # files + labels (about 2-5 min)
    .venv/bin/python sample_docs/eval/generate_eval.py --missing  # only files not there yet
    .venv/bin/python sample_docs/eval/generate_eval.py --subset   # only the CI subset's files
    .venv/bin/python sample_docs/eval/generate_eval.py --truth    # also re-read the ladder (5-40 min, with the load)

The images are not committed (they weigh about 220 MB); `labels.csv` holds their
SHA-256 so a regenerated corpus can be checked against the one the README's figures come from.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import generate as g  # noqa: E402  (the sample generator: contents, layouts, degradations, bundles)
from check_legibility import read as tesseract_words  # noqa: E402  (plain `tesseract IMG - -l eng+fra+nld+deu`)

LABELS = HERE / "labels.csv"
MANIFEST = HERE / "bundles.yaml"
BUNDLE_DIR = HERE / "bundles"
GENERATED = ("pdf", "scans", "photos", "unknown", "ladder", "bundles")

#: The evaluation's worker: not the applicant of sample_docs/documents, so names, numbers and
#: dates differ from what the rules were tried on.
SAM = g.Person("Sam", "MUSTER", "M", "UTO", g.UTOPIA, date(1987, 11, 3), "Utopia City", "EK7654321",
               date(2022, 1, 10), date(2032, 1, 9), personal_no="8711031234",
               address="3 Example Street, 0003 Utopia City, Utopia")

#: Layouts other than the ones sample_docs/documents uses for each type.
EVAL_STYLE = {
    "application_form": "serif-left", "employment_contract": "typewriter", "medical_certificate": "sans-centred",
    "criminal_record": "typewriter", "diploma": "letter", "fee_payment_proof": "official",
    "health_insurance": "serif-left", "hosting_agreement": "form", "assignment_letter": "sans-centred",
    "group_employment_proof": "academic", "residence_permit": "official", "payslip": "academic",
    "vacancy_proof": "typewriter", "order_to_leave": "serif-left", "entry_ban": "sans-centred",
    "unknown": "serif-left",
}

#: The eight clean scans the ladder degrades, and the split each (with all its copies) is in.
#: Four bases per split, every language in each, short and long pages in each.
LADDER_BASES = {
    "employment_contract-nl": "calibration", "fee_payment_proof-en": "calibration",
    "application_form-de": "calibration", "payslip-fr": "calibration",
    "medical_certificate-fr": "test", "passport-de": "test",
    "criminal_record-en": "test", "health_insurance-nl": "test",
}

#: (degradation, strengths). Strengths are graded across the legible/illegible boundary: it is
#: the steps near it that make a calibration meaningful.
LADDER = (
    ("blur", (2, 3, 4, 5, 6, 8)),               # Gaussian sigma, px at 300 dpi
    ("motion", (9, 15, 21, 27, 35)),            # motion blur length, px at 300 dpi
    ("dpi", (150, 100, 85, 72, 60)),            # scanner resolution
    ("dark", (1, 2, 3, 4, 5)),                  # under-exposure, then sensor noise: see EXPOSURE
    ("lowcontrast", (1, 2, 4, 5, 6)),           # grey text on grey paper, then noise: see LOW_CONTRAST
    ("jpeg", (30, 15, 10, 7, 5, 3)),            # JPEG quality, at 100 dpi
    ("rotation", (90, 180, 270, 3, 8)),         # degrees counter-clockwise (3 and 8: skew)
    ("photo", (1,)),                            # phone photo: perspective, shadow, JPEG 85
)
#: Steps of the two subset bases that CI runs (clearly on one side or the other, by construction).
SUBSET_BASES = ("employment_contract-nl", "passport-de")
SUBSET_STEPS = {("none", 0), ("blur", 2), ("blur", 8), ("motion", 9), ("motion", 35), ("dpi", 150), ("dpi", 60),
                ("jpeg", 10), ("rotation", 90), ("photo", 1), ("lowcontrast", 1), ("dark", 1)}

#: (text grey, paper grey, sensor noise sigma). Without noise Tesseract reads even 205 on 220;
#: a little noise on a faint page is what makes it fail (tried on the clean scans: 210/220 with
#: noise 3 reads nothing).
LOW_CONTRAST = {1: (150, 205, 0), 2: (175, 212, 0), 4: (205, 220, 0), 5: (200, 220, 1.5), 6: (210, 220, 2.0)}
#: (exposure factor on the dark scan of generate.dark, whose paper is at grey ~125; noise sigma).
EXPOSURE = {1: (1.0, 0), 2: (0.6, 0), 3: (0.36, 0), 4: (0.25, 1.5), 5: (0.2, 3.0)}


@dataclass(frozen=True)
class Item:
    """One file of the corpus: its labels and how to make it."""

    path: str
    doc_type: str
    language: str
    kind: str            # pdf | scan | photo
    base: str
    degradation: str     # none, blur, motion, dpi, dark, lowcontrast, jpeg, rotation, photo
    strength: float
    split: str
    subset: bool
    make: Callable[[Path], None]

    @property
    def original(self) -> str:
        """The clean scan a ladder page was degraded from ('' for everything else)."""
        return f"scans/{self.base}.png" if self.path.startswith("ladder/") else ""


# --------------------------------------------------------------------------------------------
# Pages that are none of the types (new ones: sample_docs/documents has other non-documents)


def unknown_doc(kind: str) -> g.Doc:
    """Letters, receipts, book and newspaper pages; several mention document words in passing."""
    if kind == "electricity-bill":
        return g.Doc("unknown", "fr", "Facture d'électricité", "Énergie Exemple SA — période du 1er au 31 octobre 2026", [
            "Client : Sam MUSTER, 3 rue de l'Exemple, 0003 Ville-Spécimen",
            "Numéro de client : 000 000 000 (spécimen)",
            "Consommation de jour : 142 kWh à 0,31 EUR",
            "Consommation de nuit : 96 kWh à 0,24 EUR",
            "Redevance de raccordement au réseau : 4,80 EUR",
            "Contribution énergie et taxes : 6,12 EUR",
            "Total à payer : 80,31 EUR avant le 20 novembre 2026",
            "Votre contrat de fourniture se prolonge automatiquement chaque année.",
            "Conseil du mois : baissez le chauffage d'un degré, vous économiserez 7 %.",
            "Questions ? Appelez notre service clientèle du lundi au vendredi."])
    if kind == "newspaper-page":
        return g.Doc("unknown", "nl", "De Voorbeeldkrant", "Zaterdag 14 november 2026 — regionaal nieuws", [
            "Nieuwe fietsbrug over de Schelde eindelijk open",
            "Na drie jaar werken kunnen fietsers vanaf maandag de nieuwe brug gebruiken.",
            "De schepen is tevreden: „Het was een lange weg, maar het resultaat mag er zijn.”",
            "Buurtbewoners klaagden wel over het lawaai tijdens de werken.",
            "Bakkerij viert honderdste verjaardag",
            "De familie Voorbeeld bakt al vier generaties brood in de Dorpsstraat.",
            "Ter gelegenheid van het jubileum krijgt elke klant zaterdag een gratis koffiekoek.",
            "Weerbericht: droog en zonnig, in de namiddag tot 12 graden.",
            "Sport: de plaatselijke voetbalclub won met 3-1 van de leider.",
            "Het medische centrum in de Kerkstraat verhuist in december naar het station."])
    if kind == "recipe":
        return g.Doc("unknown", "de", "Rezept: Apfelkuchen vom Blech", "Aus dem Familienkochbuch (fiktiv), Seite 48", [
            "Zutaten für ein Blech:",
            "250 g Butter, 200 g Zucker, 4 Eier, 400 g Mehl, 1 Päckchen Backpulver",
            "1,5 kg säuerliche Äpfel, Zimt, ein Schuss Milch",
            "Die Butter mit dem Zucker schaumig rühren und die Eier einzeln unterrühren.",
            "Mehl und Backpulver mischen und mit der Milch zu einem glatten Teig verarbeiten.",
            "Den Teig auf ein gefettetes Blech streichen.",
            "Die Äpfel schälen, in Spalten schneiden und dicht an dicht auf den Teig legen.",
            "Mit Zimt und Zucker bestreuen und bei 180 Grad etwa 40 Minuten backen.",
            "Tipp von Oma: lauwarm mit Schlagsahne servieren.",
            "Guten Appetit!"])
    if kind == "landlord-letter":
        return g.Doc("unknown", "en", "Dear tenant,", "Sample Lettings Ltd — 5 Specimen Square, 0004 Example Town", [
            "We are writing about your flat at 3 Example Street.",
            "Your rental contract runs until 31 March 2027 and will be renewed",
            "automatically unless either party gives three months' notice.",
            "The annual index of the rent will be applied from 1 January:",
            "the new monthly rent is EUR 905.40, charges not included.",
            "The boiler will be serviced on 2 December between 9 and 12 o'clock;",
            "please make sure someone is at home or leave a key with the caretaker.",
            "Remember that your home insurance must cover water damage.",
            "Kind regards,",
            "J. Sample, property manager (fictitious)"])
    if kind == "gym-letter":
        return g.Doc("unknown", "en", "Welcome to Example Fitness!", "Membership confirmation — member no. 0000 (specimen)", [
            "Dear Sam,",
            "thank you for joining Example Fitness. Your membership starts on Monday.",
            "Your card gives access to the gym, the pool and the sauna, every day from 7 to 22.",
            "Before your first class we recommend a short medical check with your own doctor,",
            "especially if you have not exercised for a while.",
            "Our coaches will gladly draw up a training plan with you.",
            "Lockers are free; bring your own padlock and a towel.",
            "The monthly fee of EUR 39 is collected on the first of each month.",
            "See you soon,",
            "the Example Fitness team (fictitious)"])
    if kind == "novel-page":
        return g.Doc("unknown", "fr", "Chapitre trois", "Le Jardin d'hiver (roman fictif)", [
            "Il pleuvait depuis le matin lorsque Louise ouvrit enfin la grille du jardin.",
            "Les allées avaient disparu sous les feuilles, et la serre, au fond,",
            "ressemblait à un navire échoué dont on aurait oublié le nom.",
            "Elle avança lentement, écoutant le bruit de ses pas sur le gravier mouillé.",
            "Son grand-père lui avait parlé de cet endroit des dizaines de fois,",
            "toujours le soir, toujours à voix basse, comme d'un secret de famille.",
            "« Un jour, tu sauras pourquoi », disait-il en fermant les yeux.",
            "La porte de la serre céda au premier coup d'épaule.",
            "À l'intérieur, il faisait presque chaud, et tout sentait la terre et le citron.",
            "— 57 —"])
    if kind == "pharmacy-receipt":
        return g.Doc("unknown", "nl", "Apotheek Voorbeeld", "Kasticket — Marktplein 2, 9999 Nergenshuizen", [
            "Datum: 12/11/2026 10:14 — kassa 1",
            "Paracetamol 500 mg, 30 tabletten      3,95",
            "Keelpastilles honing                  5,20",
            "Zonnecrème SPF 50                    12,49",
            "Pleisters, assortiment                3,10",
            "Totaal                               24,74",
            "Betaald met bankkaart                24,74",
            "Vraag uw apotheker om advies; dit ticket is geen medisch voorschrift.",
            "Bewaar dit ticket voor uw ziekenfonds indien nodig.",
            "Bedankt en tot ziens!"])
    if kind == "school-newsletter":
        return g.Doc("unknown", "de", "Elternbrief der Grundschule Musterdorf", "November 2026", [
            "Liebe Eltern,",
            "am Freitag, dem 27. November, findet unser Herbstbasar in der Turnhalle statt.",
            "Wir freuen uns über selbstgebackene Kuchen und helfende Hände beim Aufbau.",
            "Der Erlös kommt der neuen Schulbibliothek zugute.",
            "Bitte denken Sie daran, Ihrem Kind wetterfeste Kleidung mitzugeben:",
            "die Pausen finden bei jedem Wetter draußen statt.",
            "Der Elternsprechtag ist für den 10. Dezember geplant; die Anmeldung folgt.",
            "Mit freundlichen Grüßen",
            "das Team der Grundschule Musterdorf (fiktiv)"])
    raise KeyError(kind)


UNKNOWN_KINDS = {"electricity-bill": ("pdf", "scan"), "newspaper-page": ("pdf", "scan", "photo"),
                 "recipe": ("pdf", "scan"), "landlord-letter": ("pdf", "photo"), "gym-letter": ("pdf", "scan"),
                 "novel-page": ("pdf",), "pharmacy-receipt": ("pdf", "scan"), "school-newsletter": ("pdf",)}


# --------------------------------------------------------------------------------------------
# Pages and their degradations (the functions of sample_docs/generate.py, graded)


def document(doc_type: str, lang: str) -> g.Doc:
    return g.make_doc(doc_type, lang, SAM)


@lru_cache(maxsize=None)
def clean_scan(base: str) -> Image.Image:
    """The clean 300 dpi flatbed scan of a base document (type-lang or unknown-kind)."""
    if base.startswith("unknown-"):
        doc, style = unknown_doc(base[len("unknown-"):]), EVAL_STYLE["unknown"]
    else:
        doc_type, lang = base.rsplit("-", 1)
        doc, style = document(doc_type, lang), EVAL_STYLE.get(doc_type)
    return g.scanify(g.render_scan(doc, style), "eval:" + base)


def degrade(clean: Image.Image, base: str, degradation: str, strength: float) -> tuple[Image.Image, int]:
    """The degraded page and the dpi to store with it (not for photos and JPEG: see `_make_ladder`)."""
    name = f"eval:{base}"
    if degradation == "blur":
        return g.blur(clean, strength), 300
    if degradation == "motion":
        return g.motion_blur(clean, int(strength), 0.0), 300
    if degradation == "dpi":
        return g.downsample(clean, int(strength), name), int(strength)
    if degradation == "dark":
        exposure, noise = EXPOSURE[int(strength)]
        return sensor_noise(g.levels(g.dark(clean, name), 0.0, 255.0 * exposure), noise, f"{name}:dark"), 300
    if degradation == "lowcontrast":
        text, paper, noise = LOW_CONTRAST[int(strength)]
        return sensor_noise(g.levels(clean, text, paper), noise, f"{name}:lowcontrast"), 300
    if degradation == "rotation":
        if strength in (90, 180, 270):
            turn = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}
            return clean.transpose(turn[int(strength)]), 300
        return clean.rotate(strength, resample=Image.BICUBIC, expand=True, fillcolor=g.PAPER), 300
    raise KeyError(degradation)


def sensor_noise(img: Image.Image, sigma: float, name: str) -> Image.Image:
    """Gaussian sensor noise, seeded from the page's name."""
    if not sigma:
        return img
    a = np.asarray(img, dtype=np.float32) + g.rng_for(name).normal(0, sigma, img.size[::-1]).astype(np.float32)
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "L")


def save_png(img: Image.Image, path: Path, dpi: int = 300) -> None:
    # compress_level 6 instead of the sample generator's 9: these files are regenerated, not committed.
    img.save(path, format="PNG", dpi=(dpi, dpi), compress_level=6)


def save_jpeg(img: Image.Image, path: Path, quality: int, dpi: int) -> None:
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=quality, dpi=(dpi, dpi))
    path.write_bytes(buffer.getvalue())


def _make_pdf(doc: g.Doc, style: str | None) -> Callable[[Path], None]:
    return lambda path: g.write_pdf(path, [doc], style=None if doc.doc_type == "passport" else style)


def _make_scan(base: str) -> Callable[[Path], None]:
    return lambda path: save_png(clean_scan(base), path)


def _make_photo(base: str) -> Callable[[Path], None]:
    return lambda path: g.save_photo_jpeg(g.photo(clean_scan(base), "eval:" + base), path)


def _make_ladder(base: str, degradation: str, strength: float) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        clean = clean_scan(base)
        if degradation == "photo":
            g.save_photo_jpeg(g.photo(clean, f"eval:{base}:photo"), path)
        elif degradation == "jpeg":
            save_jpeg(g.downsample(clean, 100, f"eval:{base}"), path, int(strength), 100)
        else:
            img, dpi = degrade(clean, base, degradation, strength)
            save_png(img, path, dpi)
    return make


# --------------------------------------------------------------------------------------------
# The plan: every file, its labels and its split


def split_of(base: str) -> str:
    """Fixed split by base document: ladder bases as listed, other bases alternating.

    Every copy of one content (PDF, scan, photo, ladder steps) shares its base, hence its split.
    """
    if base in LADDER_BASES:
        return LADDER_BASES[base]
    if base.startswith("unknown-"):
        return ("calibration", "test")[list(UNKNOWN_KINDS).index(base[len("unknown-"):]) % 2]
    doc_type, lang = base.rsplit("-", 1)
    return ("calibration", "test")[(g.TYPES.index(doc_type) + g.LANGS.index(lang)) % 2]


def _scan_langs(doc_type: str) -> tuple[str, str, str]:
    """Two languages for the type's scans and a third for its photo, rotating over the types."""
    i = g.TYPES.index(doc_type)
    return g.LANGS[i % 4], g.LANGS[(i + 2) % 4], g.LANGS[(i + 1) % 4]


def plan() -> list[Item]:
    """Every file of the corpus, in a fixed order."""
    items: list[Item] = []
    subset_pdfs = {("employment_contract", "nl"), ("passport", "de"), ("medical_certificate", "fr"),
                   ("criminal_record", "en"), ("diploma", "de"), ("vacancy_proof", "fr")}
    for lang in g.LANGS:
        for doc_type in g.TYPES:
            base = f"{doc_type}-{lang}"
            items.append(Item(f"pdf/{lang}/{doc_type}.pdf", doc_type, lang, "pdf", base, "none", 0, split_of(base),
                              (doc_type, lang) in subset_pdfs, _make_pdf(document(doc_type, lang), EVAL_STYLE.get(doc_type))))
    # documents the bundles need as invalid (too old), with their own base ids
    too_old = {"medical_certificate": date(2026, 3, 20), "criminal_record": date(2026, 2, 2)}
    for doc_type, issued in too_old.items():
        doc = g.make_doc(doc_type, "fr", SAM, d=issued)
        items.append(Item(f"pdf/fr/{doc_type}-too-old.pdf", doc_type, "fr", "pdf", f"{doc_type}-fr-too-old", "none", 0,
                          "test", doc_type == "medical_certificate", _make_pdf(doc, EVAL_STYLE.get(doc_type))))
    scan_bases = list(LADDER_BASES)
    for doc_type in g.TYPES:
        first, second, photo_lang = _scan_langs(doc_type)
        for lang in (first, second):
            if f"{doc_type}-{lang}" not in scan_bases:
                scan_bases.append(f"{doc_type}-{lang}")
        base = f"{doc_type}-{photo_lang}"
        items.append(Item(f"photos/{base}.jpg", doc_type, photo_lang, "photo", base, "none", 0, split_of(base),
                          False, _make_photo(base)))
    for base in scan_bases:
        doc_type, lang = base.rsplit("-", 1)
        items.append(Item(f"scans/{base}.png", doc_type, lang, "scan", base, "none", 0, split_of(base),
                          base in SUBSET_BASES, _make_scan(base)))
    for kind, forms in UNKNOWN_KINDS.items():
        base, doc = f"unknown-{kind}", unknown_doc(kind)
        for form in forms:
            path = {"pdf": f"unknown/{kind}.pdf", "scan": f"unknown/{kind}.png", "photo": f"unknown/{kind}-photo.jpg"}[form]
            make = {"pdf": lambda doc=doc: _make_pdf(doc, EVAL_STYLE["unknown"]), "scan": lambda base=base: _make_scan(base),
                    "photo": lambda base=base: _make_photo(base)}[form]()
            subset = kind in ("landlord-letter", "gym-letter") or (kind == "recipe" and form == "scan")
            items.append(Item(path, "unknown", doc.lang, form, base, "none", 0, split_of(base), subset, make))
    for base in LADDER_BASES:
        doc_type, lang = base.rsplit("-", 1)
        for degradation, strengths in LADDER:
            for strength in strengths:
                ext = "jpg" if degradation in ("photo", "jpeg") else "png"
                subset = base in SUBSET_BASES and (degradation, strength) in SUBSET_STEPS
                items.append(Item(f"ladder/{base}-{degradation}-{strength:g}.{ext}", doc_type, lang,
                                  "photo" if degradation == "photo" else "scan", base, degradation, strength,
                                  split_of(base), subset, _make_ladder(base, degradation, strength)))
    return items


# --------------------------------------------------------------------------------------------
# Bundles: every permit type, with the statuses a person checking by hand concludes


def _bundles() -> list[tuple[g.Bundle, bool]]:
    """(bundle, in the CI subset). Scans in bundles come only from test-split bases, so bundle
    figures never rest on a page the thresholds were calibrated on."""
    def pdfs(lang: str, types: list[str], names: dict | None = None) -> list:
        names = names or {}
        return [(names.get(t, f"{t.replace('_', '-')}.pdf"), f"pdf/{lang}/{t}.pdf", g.ok(t)) for t in types]

    base = ["application_form", "passport", "employment_contract", "medical_certificate", "criminal_record",
            "fee_payment_proof", "health_insurance"]

    def without(*types: str) -> list[str]:
        return [t for t in base if t not in types]

    return [
        (g.Bundle("fixed-term-photographed-certificate", "single-permit-fixed-term", "brussels",
                  "Complete: French PDFs, the medical certificate photographed, the passport scanned under a neutral name.",
                  pdfs("fr", without("passport", "medical_certificate") + ["vacancy_proof"]) + [
                      ("scan_0001.png", "scans/passport-de.png", g.ok("passport")),
                      ("certificat-medical.jpg", "ladder/medical_certificate-fr-photo-1.jpg", g.ok("medical_certificate"))]),
         True),
        (g.Bundle("highly-qualified-blurred-passport", "highly-qualified", "flanders",
                  "Incomplete: the passport scan is blurred beyond reading (sigma 8); the rest is Dutch PDFs.",
                  pdfs("nl", without("passport") + ["diploma"]) + [
                      ("paspoort.png", "ladder/passport-de-blur-8.png", ("passport", "illegible"))]),
         True),
        (g.Bundle("blue-card-60dpi-record-no-diploma", "eu-blue-card", "wallonia",
                  "Incomplete: the criminal record was scanned at 60 dpi and the diploma is missing.",
                  pdfs("en", without("criminal_record")) + [
                      ("police-clearance.png", "ladder/criminal_record-en-dpi-60.png", ("criminal_record", "illegible"))]),
         False),
        (g.Bundle("ict-turned-and-skewed-scans", "intra-corporate-transfer", "german-speaking",
                  "Complete: German PDFs, the health insurance scanned upside down, the criminal record slightly skewed.",
                  pdfs("de", without("health_insurance", "criminal_record")
                       + ["group_employment_proof", "assignment_letter", "diploma"]) + [
                      ("scan_0002.png", "ladder/health_insurance-nl-rotation-180.png", g.ok("health_insurance")),
                      ("scan_0003.png", "ladder/criminal_record-en-rotation-3.png", g.ok("criminal_record"))]),
         False),
        (g.Bundle("researcher-old-certificate", "researcher", "brussels",
                  "Incomplete: the medical certificate is more than six months old.",
                  pdfs("fr", without("medical_certificate") + ["hosting_agreement"]) + [
                      ("certificat-medical.pdf", "pdf/fr/medical_certificate-too-old.pdf",
                       ("medical_certificate", "invalid"))]),
         True),
        (g.Bundle("seasonal-worker-soft-scans", "seasonal-worker", "flanders",
                  "Complete: English PDFs, a softly blurred medical certificate and a 150 dpi health insurance scan.",
                  pdfs("en", without("medical_certificate", "health_insurance") + ["vacancy_proof"]) + [
                      ("doc_medical.png", "ladder/medical_certificate-fr-blur-2.png", g.ok("medical_certificate")),
                      ("doc_insurance.png", "ladder/health_insurance-nl-dpi-150.png", g.ok("health_insurance"))]),
         False),
        (g.Bundle("executive-no-contract-landlord-letter", "executive", "wallonia",
                  "Incomplete: no employment contract; a landlord's letter that mentions a rental contract does not count.",
                  pdfs("fr", without("employment_contract", "criminal_record")) + [
                      ("casier-judiciaire.pdf", "pdf/fr/criminal_record-too-old.pdf", ("criminal_record", "invalid")),
                      ("lettre-proprietaire.pdf", "unknown/landlord-letter.pdf", ("warning", "none"))]),
         False),
        (g.Bundle("unlimited-duration-photographed-permit", "unlimited-duration", "brussels",
                  "Complete: the worker lives in Belgium; Dutch PDFs, the residence permit photographed.",
                  pdfs("nl", ["application_form", "passport", "employment_contract", "payslip", "fee_payment_proof"]) + [
                      ("verblijfskaart.jpg", _test_photo("residence_permit"), g.ok("residence_permit"))],
                  in_belgium=True),
         False),
    ]


def _test_photo(doc_type: str) -> str:
    """The phone photo of `doc_type` (its base must be in the test split)."""
    lang = _scan_langs(doc_type)[2]
    assert split_of(f"{doc_type}-{lang}") == "test", (doc_type, lang)
    return f"photos/{doc_type}-{lang}.jpg"


def write_bundles(bundles: list[tuple[g.Bundle, bool]], only_files: bool, only_subset: bool,
                  only_manifest: bool = False) -> None:
    import yaml

    for bundle, subset in bundles:
        if (only_subset and not subset) or only_manifest:
            continue
        folder = BUNDLE_DIR / bundle.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for name, source, _ in bundle.files:
            shutil.copyfile(HERE / source, folder / name)
    if only_files:
        return
    entries = []
    for bundle, subset in bundles:
        entry = g.expected(bundle)
        entry["subset"] = subset
        entry["files"] = {name: source for name, source, _ in bundle.files}
        entries.append(entry)

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

    header = ("# The evaluation corpus's bundles (one per permit type) and what a person checking them by hand\n"
              "# concludes. Generated by sample_docs/eval/generate_eval.py (edit _bundles() there).\n"
              "# Scans come only from test-split bases; `subset: true` bundles are run in CI.\n")
    MANIFEST.write_text(header + yaml.dump({"bundles": entries}, Dumper=Dumper, sort_keys=False,
                                           allow_unicode=True, width=110), encoding="utf-8")


def _bundle_sources(bundles: list[tuple[g.Bundle, bool]], subset_only: bool) -> set[str]:
    return {source for bundle, subset in bundles if subset or not subset_only for _, source, _ in bundle.files}


# --------------------------------------------------------------------------------------------
# Legibility truth: what plain Tesseract reads on the clean original and on the degraded page

#: Quarter turns undone before reading (Tesseract alone does not turn pages), in the names
#: sample_docs/check_legibility.py uses for them.
_TURNED = {90: "rot90", 180: "rot180", 270: "rot270"}


def _upright(item: Item) -> str | float | None:
    """How the truth's reader turns a ladder page upright: a quarter turn by name, a skew (3 or 8
    degrees) by its angle. A person reads a page turned 8 degrees; plain Tesseract does not deskew,
    so without this the truth called such pages illegible (0-12% of the words) while docscan, which
    straightens pages, read them whole."""
    if item.degradation != "rotation":
        return None
    return _TURNED.get(int(item.strength), float(item.strength))


def read_truth(items: list[Item]) -> dict[str, tuple[int, int]]:
    """(words read on the clean original, of those still read on the page) per ladder page: words
    of 3+ letters plain Tesseract reads, photos after their EXIF orientation, quarter turns and skews undone."""
    ladder = [i for i in items if i.original]
    originals = sorted({i.original for i in ladder})
    with ThreadPoolExecutor(max_workers=2) as pool:
        clean = dict(zip(originals, pool.map(lambda p: tesseract_words(HERE / p, None), originals)))
        turns = [_upright(i) for i in ladder]
        read = list(pool.map(lambda job: tesseract_words(HERE / job[0].path, job[1]), zip(ladder, turns)))
    return {i.path: (sum(clean[i.original].values()), sum((clean[i.original] & words).values()))
            for i, words in zip(ladder, read)}


# --------------------------------------------------------------------------------------------
# Labels

FIELDS = ("path", "doc_type", "language", "kind", "base", "degradation", "strength", "split", "subset",
          "original", "clean_words", "read_words", "truth_ratio", "sha256")
LABELS_HEADER = """\
# docscan evaluation corpus: one row per file (generated by sample_docs/eval/generate_eval.py).
# doc_type: the document type, or `unknown` for pages that are none of the types.
# kind: pdf (born-digital, text layer) | scan (flatbed) | photo (phone). base: the content a file
# shows; every file of one base is in the same split. degradation/strength: the ladder step
# (`none` for clean pages). original: the clean scan a ladder page was degraded from.
# split (fixed, by base document): `calibration` = legibility thresholds are chosen on these pages
# (`docscan eval --calibrate`); `test` = the figures are reported on these (`docscan eval`).
# subset: 1 = in the small set CI runs (`docscan eval --subset --check`).
# clean_words / read_words / truth_ratio: legibility truth for ladder pages, from plain
# `tesseract IMG - -l eng+fra+nld+deu` (quarter turns and skews undone, EXIF applied): words of 3+ letters on the
# clean original, how many of them (with multiplicity) are read on this page, and the share;
# >= 0.8 legible, <= 0.4 illegible, in between ambiguous (left out of the score).
# sha256: of the generated file, to check a regenerated corpus against the measured one.
"""


def read_labels() -> dict[str, dict]:
    if not LABELS.exists():
        return {}
    lines = [line for line in LABELS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["path"]: row for row in csv.DictReader(lines)}


def write_labels(items: list[Item], truth: dict[str, tuple[int, int]]) -> None:
    previous = read_labels()
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, FIELDS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        old = previous.get(item.path, {})
        clean_words, read_words = truth.get(item.path, (old.get("clean_words"), old.get("read_words")))
        ratio = f"{int(read_words) / int(clean_words):.3f}" if item.original and clean_words else ""
        writer.writerow({
            "path": item.path, "doc_type": item.doc_type, "language": item.language, "kind": item.kind,
            "base": item.base, "degradation": item.degradation, "strength": f"{item.strength:g}",
            "split": item.split, "subset": int(item.subset), "original": item.original,
            "clean_words": clean_words if item.original else "", "read_words": read_words if item.original else "",
            "truth_ratio": ratio, "sha256": hashlib.sha256((HERE / item.path).read_bytes()).hexdigest()})
    LABELS.write_text(LABELS_HEADER + buffer.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate sample_docs/eval/ (files, labels.csv, bundles.yaml).")
    parser.add_argument("--missing", action="store_true", help="only make files that are not there yet")
    parser.add_argument("--subset", action="store_true", help="only the CI subset's files and bundles (implies --missing)")
    parser.add_argument("--truth", action="store_true", help="re-read the ladder with Tesseract for labels.csv's truth")
    parser.add_argument("--bundles-only", action="store_true",
                        help="only rewrite bundles.yaml (after a checklist change; no file is made or read)")
    args = parser.parse_args(argv)
    items = plan()
    bundles = _bundles()
    if args.bundles_only:
        write_bundles(bundles, only_files=False, only_subset=False, only_manifest=True)
        print(f"wrote {MANIFEST}")
        return 0
    assert len({i.path for i in items}) == len(items), "a path twice"
    needed = _bundle_sources(bundles, args.subset)
    chosen = [i for i in items if not args.subset or i.subset or i.path in needed or
              any(o.subset and o.original == i.path for o in items)]
    if not (args.missing or args.subset):
        for folder in GENERATED:
            shutil.rmtree(HERE / folder, ignore_errors=True)
    made = 0
    for item in chosen:
        path = HERE / item.path
        if path.exists() and (args.missing or args.subset):
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        item.make(path)
        made += 1
    print(f"made {made} files ({len(chosen)} wanted)")
    # labels.csv and bundles.yaml are committed: only a full rebuild (or --truth) rewrites them, so
    # their SHA-256 keep saying what the measured corpus was.
    rebuild = not (args.missing or args.subset)
    write_bundles(bundles, only_files=not (rebuild or args.truth), only_subset=args.subset)
    if rebuild or args.truth:
        truth = read_truth(items) if args.truth else {}
        write_labels(items, truth)
        total = sum(p.stat().st_size for f in GENERATED if (HERE / f).exists() for p in (HERE / f).rglob("*") if p.is_file())
        print(f"{len(items)} files labelled in {LABELS.relative_to(HERE.parent.parent)}; {total / 1e6:.1f} MB generated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
