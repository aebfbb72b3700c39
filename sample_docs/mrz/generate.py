#!/usr/bin/env python3
"""Generate the synthetic machine-readable-zone corpus of `docscan eval sample_docs/mrz` (issue 11).

Every image is a fictitious document data page marked SPECIMEN: passports (TD3), ID and
residence cards (TD1, TD2, including Belgian residence cards) and visas (MRV-A, MRV-B), for
many issuing states and names, printed in OCR-B (Debian `fonts-ocr-b`) over security print
(guilloche rosettes, colour gradients, fine line patterns), with a photo box and a visual zone
whose dates have four-digit years. Each is then degraded the way documents reach docscan:

* `scan`    flat, slightly skewed, noise, JPEG;
* `photo`   a phone photo: perspective, on a table, glare, soft focus, JPEG;
* `rot90` / `rot180` / `rot270`  the scan turned by a quarter, half, three quarters;
* `small`   the scan down to a zone 300-380 px wide;
* `tilted`  a phone photo held askew: stronger perspective and the document turned 6-25
  degrees on the table (documents from 96 on; issue 11, photographed passports).

The first 96 documents are the corpus of the first measurement, byte for byte; the documents
after them (to 240, so that 99% is measurable: 2 misses at most) add the tilted photos.

The zone is composed here from the fields, with check digits computed by this script's own
implementation of ICAO 9303 (it imports nothing of docscan), so the figures measure docscan
against a truth written independently of its parser.

`labels.csv` holds, for every image, the true fields (format, document code, issuing state,
nationality, document number, birth date, expiry date, sex), the zone width in pixels, the
degradation, the day the documents are judged on (`today`: expiries are drawn around it),
whether it is in the CI subset, and the image's SHA-256. Images are not committed
(`.gitignore`): they are regenerated, byte for byte, from the seed.

    .venv/bin/python sample_docs/mrz/generate.py            # all images and labels.csv (about 1 min)
    .venv/bin/python sample_docs/mrz/generate.py --subset   # only the CI subset (under 20 s)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import math
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
OCR_B = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SEED = 11
#: Documents in the full corpus; one in eight is also in the CI subset (a diagonal: every format and kind).
#: 240 so that the 99% target is measurable (at most two misses); the first 96 are unchanged.
COUNT = 240
#: Documents before this index keep the degradations of the first corpus (no tilted photos).
FIRST_CORPUS = 96
SUBSET_EVERY = 8
FIELDS = ("path", "format", "document_code", "issuing_state", "nationality", "document_number", "birth_date",
          "expiry_date", "sex", "zone_width", "degradation", "today", "subset", "sha256")

STATES = ["UTO", "D", "CZE", "GBR", "USA", "FRA", "NLD", "TUR", "MAR", "IND", "CHN", "BRA", "NGA", "PHL",
          "UKR", "RUS", "CAN", "AUS", "JPN", "KOR", "EGY", "COL", "MEX", "ZAF", "PAK", "VNM", "IRN", "SRB",
          "ALB", "TUN", "CMR", "SEN", "COD", "ARG", "PER", "LKA", "BGD", "KEN", "GHA", "ETH"]
SURNAMES = ["ERIKSSON", "MÜLLER", "NOVÁK", "DUPONT", "O'BRIEN", "GARCÍA LÓPEZ", "YILMAZ", "EL AMRANI",
            "KUMAR", "WANG", "DA SILVA", "OKAFOR", "DELA CRUZ", "KOVALENKO", "IVANOV", "TREMBLAY", "SMITH",
            "TANAKA", "KIM", "HASSAN", "RODRÍGUEZ", "HERNÁNDEZ", "NKOSI", "KHAN", "NGUYEN", "HOSSEINI",
            "JOVANOVIĆ", "HOXHA", "BEN SALAH", "MBARGA", "DIOP", "MUKENDI", "FERNÁNDEZ", "QUISPE", "PERERA",
            "RAHMAN", "OTIENO", "MENSAH", "TESFAYE", "VAN DER BERG", "SCHMIDT-WEBER", "KKAMBA", "ÇELIK"]
GIVEN = ["ANNA MARIA", "JAN", "MOHAMED", "SOFIA", "LUCAS", "AMINA", "RAVI", "MEI", "JOÃO", "CHIDI",
         "MARIA LUISA", "OLEKSANDR", "DMITRI", "CHLOÉ", "JOHN PAUL", "YUKI", "MIN-JUN", "FATIMA",
         "ALEJANDRO", "THANDO", "AISHA", "HIEU", "REZA", "MILICA", "ARBEN", "KARIM", "AWA", "GRACE", "KOFI"]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
TODAY = date(2026, 11, 15)


# --- ICAO 9303, written here independently of docscan -----------------------------------------


def check_digit(value: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, char in enumerate(value):
        if char.isdigit():
            n = int(char)
        elif char == "<":
            n = 0
        else:
            n = ord(char) - 55
        total += n * weights[i % 3]
    return str(total % 10)


def mrz_text(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).upper()
    plain = plain.replace("Ü", "UE").replace("'", "").replace("-", "<").replace(" ", "<")
    return "".join(c for c in plain if c.isalnum() or c == "<")


def name_field(surname: str, given: str, length: int) -> str:
    value = mrz_text(surname) + "<<" + mrz_text(given)
    return value[:length].ljust(length, "<")


def state_field(code: str) -> str:
    return code.ljust(3, "<")


@dataclass
class Holder:
    fmt: str
    code: str
    state: str
    nationality: str
    surname: str
    given: str
    number: str
    birth: date
    expiry: date
    sex: str
    optional: str
    #: Remarks printed above the zone (Belgian residence cards from document 96 on).
    remarks: tuple[str, ...] = ()


def zone_lines(h: Holder) -> list[str]:
    yymmdd = lambda d: d.strftime("%y%m%d")  # noqa: E731
    birth, expiry = yymmdd(h.birth), yymmdd(h.expiry)
    code = h.code.ljust(2, "<")
    if h.fmt in ("TD3", "MRV-A", "TD2", "MRV-B"):
        length = 44 if h.fmt in ("TD3", "MRV-A") else 36
        line1 = code + state_field(h.state) + name_field(h.surname, h.given, length - 5)
        number = h.number.ljust(9, "<")[:9]
        head = number + check_digit(number) + state_field(h.nationality) + birth + check_digit(birth) + h.sex \
            + expiry + check_digit(expiry)
        if h.fmt == "TD3":
            optional = h.optional.ljust(14, "<")
            body = head + optional + (check_digit(optional) if h.optional else "<")
            line2 = body + check_digit(body[0:10] + body[13:20] + body[21:43])
        elif h.fmt == "TD2":
            optional = h.optional.ljust(7, "<")[:7]
            body = head + optional
            line2 = body + check_digit(body[0:10] + body[13:20] + body[21:35])
        else:
            line2 = head + h.optional.ljust(length - 28, "<")[:length - 28]
        return [line1, line2]
    number = h.number.ljust(9, "<")[:9]
    line1 = code + state_field(h.state) + number + check_digit(number) + h.optional.ljust(15, "<")[:15]
    body = birth + check_digit(birth) + h.sex + expiry + check_digit(expiry) + state_field(h.nationality) + "<" * 11
    line2 = body + check_digit(line1[5:30] + body[0:7] + body[8:15] + body[18:29])
    line3 = name_field(h.surname, h.given, 30)
    return [line1, line2, line3]


# --- the holders -----------------------------------------------------------------------------


def make_holder(rng: random.Random, index: int) -> Holder:
    fmt = ["TD3", "TD3", "TD3", "TD1", "TD1", "TD2", "MRV-A", "MRV-B"][index % 8]
    state = rng.choice(STATES)
    nationality = state
    code = {"TD3": "P", "TD1": rng.choice(["I", "ID", "AR", "IR"]), "TD2": rng.choice(["I", "ID", "AC"]),
            "MRV-A": "V", "MRV-B": "V"}[fmt]
    if fmt == "TD3" and rng.random() < 0.2:
        code = rng.choice(["PP", "PD", "PO"])
    if fmt == "TD1" and index % 16 == 3:
        state, nationality, code = "BEL", rng.choice([s for s in STATES if s != "D"]), "AR"  # residence card
    if fmt in ("MRV-A", "MRV-B"):
        state = rng.choice(["USA", "GBR", "CAN", "AUS", "JPN", "UTO"])
        nationality = rng.choice(STATES)
    if rng.random() < 0.05:
        nationality = rng.choice(["XXA", "XXB", "XXC", "UNO"])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shape = rng.choice(["LLDDDDDDD", "LDDDDDDDD", "DDDDDDDDD", "LLDDDDDD", "CA0DDDDD"])
    number = "".join(rng.choice(letters) if s == "L" else rng.choice("0123456789") if s == "D" else s for s in shape)
    # Birth dates from 1930 to 2020 (minors included, with four-digit years printed), and the
    # 1911 holder of issue 11.
    if index % 24 == 7:
        birth = date(1911, 1, 1)
    else:
        birth = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 90 * 365))
    # Expiry from 1996 (long expired: issue 11's 980104) to ten years from now.
    if index % 24 == 11:
        expiry = date(1998, 1, 4)
    else:
        expiry = TODAY + timedelta(days=rng.randrange(-6 * 365, 10 * 365 - 30))
    sex = rng.choice("MF") if rng.random() > 0.05 else "<"
    optional = ""
    if fmt == "TD3" and rng.random() < 0.5:
        optional = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(rng.randrange(6, 14)))
    remarks: tuple[str, ...] = ()
    if state == "BEL" and fmt == "TD1" and index >= FIRST_CORPUS:
        # A single-permit card: its remark and the holder's access to the labour market (no
        # draw from rng, so the other fields stay those of the same seed).
        remarks = ("GECOMBINEERDE VERGUNNING / PERMIS UNIQUE", REMARK_LABOUR[index % len(REMARK_LABOUR)])
    return Holder(fmt, code, state, nationality, rng.choice(SURNAMES), rng.choice(GIVEN), number, birth, expiry,
                  sex, optional, remarks)


#: Labour-market remarks of Belgian residence cards, as printed (Dutch / French).
REMARK_LABOUR = ("ARBEIDSMARKT: BEPERKT / MARCHÉ DU TRAVAIL: LIMITÉ",
                 "ARBEIDSMARKT: ONBEPERKT / MARCHÉ DU TRAVAIL: ILLIMITÉ")


# --- drawing -----------------------------------------------------------------------------------

#: Card sizes in mm (ICAO 9303 part 3: ID-3 for TD3 and MRV-A, ID-2 for TD2 and MRV-B, ID-1 for TD1).
SIZES = {"TD3": (125.0, 88.0), "MRV-A": (120.0, 80.0), "TD2": (105.0, 74.0), "MRV-B": (105.0, 74.0),
         "TD1": (85.6, 54.0)}
#: Zone character pitch: 2.54 mm (ten characters to the inch); line spacing TD3 about 4 mm.
PITCH_MM = 2.54
LINE_MM = {"TD3": 4.2, "MRV-A": 4.2, "TD2": 4.2, "MRV-B": 4.2, "TD1": 3.9}


def guilloche(draw: ImageDraw.ImageDraw, size: tuple[int, int], rng: random.Random, colour: tuple) -> None:
    width, height = size
    for _ in range(rng.randrange(2, 4)):
        cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
        big, small, offset = rng.uniform(0.25, 0.5) * height, rng.uniform(0.05, 0.2) * height, rng.uniform(0.05, 0.2) * height
        turns = rng.randrange(20, 60)
        points = []
        for step in range(4000):
            t = step / 4000 * 2 * math.pi * turns / 7
            x = (big - small) * math.cos(t) + offset * math.cos((big - small) / small * t)
            y = (big - small) * math.sin(t) - offset * math.sin((big - small) / small * t)
            points.append((cx + x, cy + y))
        draw.line(points, fill=colour, width=max(1, width // 900))
    for y in range(0, height, max(3, height // 120)):
        wave = [(x, y + math.sin(x / width * 12 * math.pi + y) * height / 80) for x in range(0, width, 6)]
        draw.line(wave, fill=tuple(min(255, c + 20) for c in colour), width=1)


def data_page(h: Holder, zone_px: int, rng: random.Random) -> Image.Image:
    lines = zone_lines(h)
    length = len(lines[0])
    px_per_mm = zone_px / (length * PITCH_MM)
    w_mm, h_mm = SIZES[h.fmt]
    width, height = int(w_mm * px_per_mm), int(h_mm * px_per_mm)
    top = np.array([rng.randrange(215, 250) for _ in range(3)], dtype=float)
    bottom = np.array([rng.randrange(200, 245) for _ in range(3)], dtype=float)
    ramp = np.linspace(0, 1, height)[:, None, None]
    background = (top * (1 - ramp) + bottom * ramp) * np.ones((height, width, 3))
    page = Image.fromarray(background.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(page)
    guilloche(draw, (width, height), rng, tuple(int(c) - rng.randrange(15, 40) for c in top))

    unit = px_per_mm
    label_font = ImageFont.truetype(SANS, max(8, int(2.0 * unit)))
    value_font = ImageFont.truetype(SANS_BOLD, max(9, int(2.6 * unit)))
    title_font = ImageFont.truetype(SANS_BOLD, max(10, int(3.6 * unit)))
    title = {"TD3": "PASSPORT / PASSEPORT", "TD1": "IDENTITY CARD / CARTE D'IDENTITÉ", "TD2": "IDENTITY CARD",
             "MRV-A": "VISA", "MRV-B": "VISA"}[h.fmt]
    if h.state == "BEL" and h.fmt == "TD1":
        title = "VERBLIJFSTITEL / TITRE DE SÉJOUR / AUFENTHALTSTITEL"
    draw.text((5 * unit, 3 * unit), f"{title}   SPECIMEN", font=title_font, fill=(30, 30, 60))
    photo_w = (28 if h.fmt in ("TD3", "MRV-A") else 20) * unit
    draw.rectangle([5 * unit, 10 * unit, 5 * unit + photo_w, 10 * unit + photo_w * 1.25], fill=(170, 175, 185))
    draw.ellipse([5 * unit + photo_w * 0.25, 10 * unit + photo_w * 0.2, 5 * unit + photo_w * 0.75,
                  10 * unit + photo_w * 0.85], fill=(120, 110, 105))
    x = 5 * unit + photo_w + 4 * unit
    y = 10 * unit
    visual_date = lambda d: f"{d.day:02d} {MONTHS[d.month - 1]}/{MONTHS[d.month - 1]} {d.year}"  # noqa: E731
    number_label = "Passport Number / No. du passeport" if h.fmt in ("TD3", "MRV-A") else "Document No."
    rows = [("Surname / Nom", h.surname), ("Given names / Prénoms", h.given),
            ("Nationality / Nationalité", h.nationality), ("Date of birth / Date de naissance", visual_date(h.birth)),
            ("Sex / Sexe", h.sex.replace("<", "X")), (number_label, h.number),
            ("Date of expiry / Date d'expiration", visual_date(h.expiry))]
    step = (2.3 + 3.0) * unit
    zone_top = height - (len(lines) * LINE_MM[h.fmt] + 3.5) * unit
    remarks_top = zone_top - (len(h.remarks) * 2.8 + 0.5) * unit
    for i, remark in enumerate(h.remarks):
        draw.text((5 * unit, remarks_top + i * 2.8 * unit), remark, font=label_font, fill=(20, 20, 40))
    for label, value in rows:
        if y + step > (remarks_top if h.remarks else zone_top) - unit:
            break
        draw.text((x, y), label, font=label_font, fill=(70, 70, 90))
        draw.text((x, y + 2.2 * unit), value, font=value_font, fill=(10, 10, 20))
        y += step

    zone_font = ImageFont.truetype(OCR_B, 10)
    size = 10 * (PITCH_MM * unit) / zone_font.getlength("<")
    zone_font = ImageFont.truetype(OCR_B, max(6, round(size)))
    left = (width - zone_font.getlength(lines[0])) / 2
    for i, line in enumerate(lines):
        draw.text((left, zone_top + i * LINE_MM[h.fmt] * unit), line, font=zone_font, fill=(15, 15, 15))
    return page


def degrade(page: Image.Image, kind: str, rng: random.Random, nprng: np.random.Generator) -> Image.Image:
    if kind == "tilted":
        # A photo taken askew: the document turned on the table, then seen in stronger perspective.
        angle = rng.choice([-1, 1]) * rng.uniform(6, 25)
        turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(120, 90, 60))
        return _photo(turned, rng, nprng, spread=0.10)
    if kind == "photo":
        return _photo(page, rng, nprng, spread=0.06)
    return _scan(page, kind, rng, nprng)


def _photo(page: Image.Image, rng: random.Random, nprng: np.random.Generator, spread: float) -> Image.Image:
    """A phone photo of `page` on a table: each corner moved by up to `spread` of the page, glare, soft focus."""
    table = Image.fromarray((nprng.normal(0, 12, (int(page.height * 1.6), int(page.width * 1.6), 3))
                             + np.array([120, 90, 60])).clip(0, 255).astype(np.uint8), "RGB")
    table = table.filter(ImageFilter.GaussianBlur(2))
    ox, oy = int(page.width * 0.3), int(page.height * 0.3)
    table.paste(page, (ox, oy))
    w, h = table.size
    jitter = lambda: rng.uniform(-spread, spread)  # noqa: E731
    quad = [(ox + jitter() * page.width, oy + jitter() * page.height),
            (ox + jitter() * page.width, oy + page.height + jitter() * page.height),
            (ox + page.width + jitter() * page.width, oy + page.height + jitter() * page.height),
            (ox + page.width + jitter() * page.width, oy + jitter() * page.height)]
    # Map the jittered quad of the output onto the page's true corners: a perspective view.
    coeffs = _perspective(quad, [(ox, oy), (ox, oy + page.height), (ox + page.width, oy + page.height),
                                 (ox + page.width, oy)])
    photo = table.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    glare = np.zeros((h, w), dtype=float)
    gx, gy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.6) * h
    yy, xx = np.mgrid[0:h, 0:w]
    glare = np.exp(-(((xx - gx) / (0.18 * w)) ** 2 + ((yy - gy) / (0.1 * h)) ** 2)) * rng.uniform(40, 90)
    array = np.asarray(photo).astype(float) + glare[:, :, None]
    photo = Image.fromarray(array.clip(0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.8))
    return photo


def _scan(page: Image.Image, kind: str, rng: random.Random, nprng: np.random.Generator) -> Image.Image:
    """A flat scan of `page`: slightly skewed, noisy, turned as `kind` says."""
    skew = rng.uniform(-2.0, 2.0)
    canvas = Image.new("RGB", (int(page.width * 1.15), int(page.height * 1.2)), (245, 245, 242))
    canvas.paste(page, (int(page.width * 0.07), int(page.height * 0.1)))
    scan = canvas.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(245, 245, 242))
    noise = nprng.normal(0, 5, (scan.height, scan.width, 1))
    scan = Image.fromarray((np.asarray(scan).astype(float) + noise).clip(0, 255).astype(np.uint8), "RGB")
    turns = {"rot90": Image.Transpose.ROTATE_270, "rot180": Image.Transpose.ROTATE_180,
             "rot270": Image.Transpose.ROTATE_90}
    if kind in turns:
        scan = scan.transpose(turns[kind])
    return scan


def _perspective(source: list, target: list) -> list[float]:
    matrix = []
    for (x, y), (u, v) in zip(source, target):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(matrix, dtype=float)
    b = np.array([c for point in target for c in point], dtype=float)
    return list(np.linalg.solve(a, b))


def build(index: int) -> tuple[Image.Image, Holder, int, str]:
    rng = random.Random(SEED * 1000 + index)
    nprng = np.random.default_rng(SEED * 1000 + index)
    holder = make_holder(rng, index)
    kinds = ["scan", "photo", "scan", "rot90", "small", "scan", "rot180", "photo", "rot270", "scan", "small",
             "photo"]
    if index >= FIRST_CORPUS:
        kinds = ["scan", "photo", "tilted", "rot90", "small", "scan", "rot180", "tilted", "rot270", "scan", "small",
                 "tilted"]
    kind = kinds[index % 12]
    zone_px = rng.randrange(300, 380) if kind == "small" else rng.randrange(420, 1400)
    page = degrade(data_page(holder, zone_px, rng), kind, rng, nprng)
    return page, holder, zone_px, kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset", action="store_true", help="only the CI subset (every eighth document)")
    args = parser.parse_args(argv)
    IMAGES.mkdir(parents=True, exist_ok=True)
    rows = []
    for index in range(COUNT):
        subset = index % SUBSET_EVERY == (index // SUBSET_EVERY) % SUBSET_EVERY  # every format, every kind
        if args.subset and not subset:
            continue
        page, h, zone_px, kind = build(index)
        name = f"{index:03d}-{h.fmt.lower()}-{h.state.lower()}-{kind}.jpg"
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=random.Random(index).randrange(65, 95))
        (IMAGES / name).write_bytes(buffer.getvalue())
        rows.append({"path": f"images/{name}", "format": h.fmt, "document_code": h.code, "issuing_state": h.state,
                     "nationality": h.nationality, "document_number": h.number, "birth_date": h.birth.isoformat(),
                     "expiry_date": h.expiry.isoformat(), "sex": h.sex.replace("<", "X"), "zone_width": zone_px,
                     "degradation": kind, "today": TODAY.isoformat(), "subset": int(subset),
                     "sha256": hashlib.sha256(buffer.getvalue()).hexdigest()})
    if not args.subset:
        with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, FIELDS)
            writer.writeheader()
            writer.writerows(rows)
    print(f"{len(rows)} images in {IMAGES}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
