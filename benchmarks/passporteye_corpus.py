#!/usr/bin/env python3
"""Rebuild the independent passport-image corpus from PassportEye's repository (issue 11).

    git clone --bare https://github.com/konstantint/PassportEye /tmp/PassportEye.git
    python benchmarks/passporteye_corpus.py /tmp/PassportEye.git            # -> /work/pe/corpus
    python benchmarks/passporteye_corpus.py /tmp/PassportEye.git OUT_DIR
    docscan eval /work/pe/corpus --workers 1

Why a script: the images are third-party (MIT, PassportEye's authors), so they are not
committed here; what is committed is how to take them out of PassportEye's history at one
pinned commit, and how their truth is derived, so the folder comes out the same byte for byte
on any machine (sha256 in `labels.csv`).

Where the truth comes from. PassportEye holds two sets of images:

* `tests/data/passport-td3.{jpg,png}` and `tests/data/passport-td2.{jpg,png}`: its own tests
  (`tests/mrz_test.py`) assert every zone field of them. Those assertions are the truth: they are
  read from the test file with `ast` (not typed here), each with its line number, and checked
  against ICAO 9303 check digits (the asserted check digits must be those the asserted fields
  give, and where the test accepts several values, `personal_number in [...]`, exactly one must
  pass its check digit). All four are the ICAO 9303 specimen (ERIKSSON, ANNA MARIA, `UTO`).
* `passporteye/mrz/testdata/*` (34 images: passports, identity and residence cards, visas): no
  test or data file of PassportEye states any field of them (the number before `_` in each
  name is the `valid_score` PassportEye's own reader reached, not a reading). Their truth is
  the table `READ_BY_EYE` below: each zone read by eye, character by character, on the image
  enlarged (2026-12-02, by a helper who had not seen docscan's zone-reading code and did not
  run docscan on them), with the data page's printed fields compared where legible. The script
  recomputes every ICAO 9303 check digit of the typed lines (document number, birth date,
  expiry; the personal number and the composite where the format has them) and labels an image
  only when all pass; an entry with a reason in `unlabelled` is written to `unlabelled/` and
  kept out of `labels.csv`, and an entry without one whose check digits fail stops the script
  (a typing error cannot become a label). Check digits do not cover the nationality, the
  issuing state or the sex: those were read on the enlarged image and compared with the
  printed page where it shows them.

For the four asserted images, what is derived rather than asserted, and how:

* dates: PassportEye asserts `YYMMDD`; the century is the latest that puts a birth date on or
  before `TODAY` and an expiry no more than 10 years after it (the longest passport validity);
* `document_code`: PassportEye's `type` without its filler (`P<` -> `P`);
* `document_number`: PassportEye's `number` without trailing fillers (labels.csv's form);
* `zone_width`: not in PassportEye; measured by eye on each image (table `ZONE_WIDTHS`, with how);
  it only decides whether an image is held to issue 11's "zones at least 300 px wide" target,
  and all four are far above 300 px;
* `degradation`: `digital` for a PNG (lossless), `jpeg` for the same page saved as JPEG.

How docscan's scorer (`docscan/evaluate_mrz.py`) reads these labels: all six key fields are
required, a stated value that differs from the label is a silent error, and `-` means "must not
be stated" (a zone whose issuing state or nationality is not an ICAO code: the specimen codes
`BDR` and `SI<`, the number `132`, a blank field). There is no "unknown" value, so an image is
labelled only when every key field is known: asserted by PassportEye's tests (the four above)
or read by eye with its check digits passing (`READ_BY_EYE`).

For the images read by eye:

* `format` follows the zone's shape: 3 x 30 TD1, 2 x 36 TD2 (MRV-B when the code starts with
  `V`), 2 x 44 TD3 (MRV-A for `V`); `document_code` is the zone's first two characters without
  filler;
* a sex of `<` (ICAO 9303: unspecified) is labelled `X`, ICAO's letter for unspecified
  (labels.csv's sexes are `M`, `F` and `X`);
* a birth date whose four-digit year the data page prints (`printed_birth`) takes that
  century, after the script checks it gives the zone's `YYMMDD`; otherwise the rule above;
* names are not typed: the holder's name is no key field, and some of these images show real
  people, so the table keeps of each zone only what the labels need (the first line's document
  code and issuing state for TD2, TD3 and visas; the first two lines of TD1, whose composite
  check digit covers the first line);
* `zone_width` is measured on the image (dark-pixel extent of the zone lines, or by eye on
  rotated and perspective images), about +-10 px; `degradation` is `scan` (a flat scan of a
  printed page), `photo` (a camera picture: perspective, glare, or the page turned), `digital`
  (rendered, never printed: illustrations, software screenshots), `jpeg` (a thumbnail under
  300 px wide, heavily compressed).

Standard library only; needs `git` on the PATH to read the bare repository.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: PassportEye 2.2.2 (2024), the newest commit of github:konstantint/PassportEye when this set
#: was rebuilt (2026-12-02). Pinned so the folder never changes under the figures.
COMMIT = "d866f1b0c4cb182b4332739d7098d81225c31179"
TEST_FILE = "tests/mrz_test.py"
#: The test that names which assertion function checks which image.
TEST_FUNCTION = "test_td2_td3_stream_nonstream"
UNLABELLED_DIR = "passporteye/mrz/testdata"
#: The "today" every image is judged on (labels.csv's `today`): the rebuild date, fixed so
#: the figures do not drift as the specimen's 2012 expiry recedes.
TODAY = date(2026, 12, 2)
#: Longest passport validity (issue 11: an expiry cannot lie more than 10 years after today).
MAX_VALIDITY_YEARS = 10
DEFAULT_OUT = Path("/work/pe/corpus")

#: Zone width in pixels, not given by PassportEye: measured by eye on each image (the left edge
#: of the first zone character to the right edge of the last), about +-15 px.
ZONE_WIDTHS: dict[str, tuple[int, str]] = {
    "tests/data/passport-td3.png": (1060, "1334x880 image, zone from x~118 to x~1178"),
    "tests/data/passport-td3.jpg": (1060, "same page as the PNG, saved as JPEG"),
    "tests/data/passport-td2.png": (1045, "1340x956 image, zone from x~122 to x~1168"),
    "tests/data/passport-td2.jpg": (1045, "same page as the PNG, saved as JPEG"),
}

HEADER = ("path", "format", "document_code", "issuing_state", "nationality", "document_number",
          "birth_date", "expiry_date", "sex", "zone_width", "degradation", "today", "subset", "sha256")
#: Fields the truth needs from the test, and the check digits cross-checked against them.
REQUIRED = ("mrz_type", "type", "country", "number", "date_of_birth", "expiration_date",
            "nationality", "sex", "check_number", "check_date_of_birth", "check_expiration_date",
            "check_composite")


#: ICAO 9303 Part 3 codes: ISO 3166-1 alpha-3 (249 codes, copied from Debian's iso-codes 4.15
#: `iso_3166-1.json`, 2026-12-02) and the codes ICAO adds (Doc 9303 Part 3, section 5):
#: `D` for Germany, the British nationality classes, the United Nations and other organisations,
#: `XXA` stateless, `XXB`/`XXC` refugees, `XXX` unspecified, and `UTO`, ICAO's specimen state.
ISO_3166_ALPHA3 = frozenset("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())
ICAO_ONLY_CODES = frozenset("""
D EUE GBD GBN GBO GBP GBS UNA UNK UNO XBA XCC XCE XCO XDC XEC XES XIM XMP XOM XPO
XXA XXB XXC XXX UTO""".split())
ICAO_CODES = ISO_3166_ALPHA3 | ICAO_ONLY_CODES
#: labels.csv's value for a key field the zone does not state as a fact (docscan/evaluate_mrz.py).
NOT_A_FACT = "-"
ZONE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
KINDS = ("scan", "photo", "digital", "jpeg")


@dataclass(frozen=True, kw_only=True)
class EyeReading:
    """One `passporteye/mrz/testdata` image as a person read it (see the module docstring).

    `lines` are the zone lines as read, without the holder's name: for TD2, TD3 and visas the
    first line's first five characters (code and issuing state) and the whole second line; for
    TD1 the first two lines. `source` says where each key field came from and what was
    compared with the printed page.
    """

    image: str
    lines: tuple[str, ...]
    source: str
    zone_width: int = 0
    kind: str = ""
    #: The birth date as the data page prints it with a four-digit year (ISO), where it does.
    printed_birth: str = ""
    #: The nationality code printed on the data page, used only when the zone's nationality
    #: field is not an ICAO code (otherwise such a field is labelled `-`).
    page_nationality: str = ""
    #: Why the image is not labelled; empty when it is.
    unlabelled: str = ""


#: The 34 images read by eye, 2026-12-02 (check digits: recomputed by `zone_fields`).
READ_BY_EYE: tuple[EyeReading, ...] = (
    EyeReading(image="0_id-esp.png", lines=("IDESPAAA1000014<00000023T<<<<<", "7212018F1101236ESP<<<<<<<<<<<8"),
               source="Spanish identity card, TD1, sharp (the image is an illustration with a caption)",
               unlabelled="document-number (4, the number gives 8), birth-date (8, gives 1) and composite "
                          "(8, gives 1) check digits fail on a sharp zone, and no single other reading of "
                          "one character passes them; its name line holds an N with tilde, which no zone "
                          "may: a drawing of a zone, not one"),
    EyeReading(image="0_pass-lva.jpg", lines=("PALVA", "LT00000004XXC8605102F1210314111111<11648<<86"),
               zone_width=1079, kind="photo", printed_birth="1986-05-10",
               source="Latvian alternative-status travel document (type PA), page turned 90 degrees (zone "
                      "reads top to bottom); zone: number LT0000000, LVA, nationality XXC (ICAO: refugee), F; "
                      "printed: type PA, code LVA, number LT0000000, born 10.05.1986, expires 31.10.2012, "
                      "S/F, but nationality MAROKAS (Moroccan): the label is the zone's XXC"),
    EyeReading(image="100_id-che.jpg", lines=("IDCHES0002068<8<<<<<<<<<<<<<<<", "8102287F1301014CHE<<<<<<<<<<<4"),
               zone_width=249, kind="jpeg",
               source="Swiss identity card back, TD1; zone: number S0002068, CHE, F; printed: number "
                      "S0002068, sex F, expires 01 01 13"),
    EyeReading(image="100_id-mac.jpg", lines=("I<MAC12281507<0<<<<<<<<0212300", "6106225M1212307<<<<<<<<<<<<<<6"),
               zone_width=244, kind="jpeg",
               source="Macao non-permanent resident identity card, TD1; zone: number 12281507, issuing "
                      "MAC, nationality field blank (<<<, so -), M; the card prints no dates"),
    EyeReading(image="100_id-rou.jpg", lines=("IDROU", "HD198025<51328505095M130509012049941"),
               zone_width=500, kind="scan",
               source="Romanian identity card, TD2; zone: number HD198025, nationality field 132 (digits, "
                      "not a code, so -), M; printed: series HD nr 198025, sex M, valid 17.10.03-09.05.2013, "
                      "personal code 1850509204994 (born 1985-05-09)"),
    EyeReading(image="100_id-si.jpg", lines=("I<SI<09999100180706966505468<<", "6606079F0807276SI<<<<<<<<<<<<0"),
               zone_width=487, kind="scan",
               source="Slovenian identity card back, TD1; zone: number 099991001, issuing state and "
                      "nationality SI< (not ICAO codes: SVN is, so both -), F; printed personal number "
                      "0706966505468 = the zone's optional data"),
    EyeReading(image="100_id-usa.jpg", lines=("IAUSA0000000033LIN1044750079<<", "5808175F1004027COD<<<<<<<<<<<7"),
               zone_width=336, kind="digital",
               source="US employment authorization card (form I-766) back, TD1, a sample image; zone only "
                      "(the back prints no fields): number 000000003, USA, nationality COD, F"),
    EyeReading(image="100_pass-bdr.jpg", lines=("P<BDR", "CA000000<4D<<6408125F1802212<<<<<<<<<<<<<<<6"),
               zone_width=1635, kind="scan", printed_birth="1964-08-12",
               source="Bundesdruckerei specimen passport; zone: issuing BDR (not an ICAO code, so -), "
                      "nationality D, number CA000000; printed: code BDR, nationality D, number CA000000, "
                      "born 12.08.1964, expires 21.02.2018, F"),
    EyeReading(image="100_pass-chn.jpg", lines=("P<TWN", "0000000000TWN7601015F1404018A234567893<<<<18"),
               zone_width=414, kind="scan", printed_birth="1976-01-01",
               source="Republic of China (Taiwan) specimen passport, not the People's Republic the file "
                      "name suggests; zone and printed: TWN, number 000000000, born 01 JAN 1976, expires "
                      "01 APR 2014, F"),
    EyeReading(image="100_pass-cze.jpg", lines=("P<CZE", "99003853<1CZE1101018M1207046110101111<<<<<94"),
               zone_width=523, kind="scan", printed_birth="1911-01-01",
               source="Czech specimen passport; zone and printed: number 99003853, CZE, M, expires "
                      "04.07.2012; born 01.01.1911 as printed (the zone's 110101 alone would give 2011, after "
                      "the 2002 issue date)"),
    EyeReading(image="100_pass-cze2.jpg", lines=("P<CZE", "99009054<4CZE6906229F16072996956220612<<<<74"),
               zone_width=529, kind="scan", printed_birth="1969-06-22",
               source="Czech specimen passport; zone and printed: number 99009054, CZE, born 22.06.1969, "
                      "expires 29.07.2016, F"),
    EyeReading(image="100_pass-fin.png", lines=("P<FIN", "XP82716024FIN7112214F1108213211271<426U<<<04"),
               zone_width=523, kind="scan", printed_birth="1971-12-21",
               source="Finnish specimen passport; zone and printed: number XP8271602, FIN, born 21.12.1971, "
                      "expires 21.08.2011, F"),
    EyeReading(image="100_pass-hrv.jpg", lines=("P<HRV", "0070070071HRV8212258F1407019<<<<<<<<<<<<<<06"),
               zone_width=524, kind="scan", printed_birth="1982-12-25",
               source="Croatian specimen passport; zone and printed: number 007007007, HRV, born "
                      "25.12.1982, expires 01.07.2014, F"),
    EyeReading(image="100_pass-isl.png", lines=("P<ISL", "A0000000<0ISL6612315F0905264311266<9539<<<32"),
               zone_width=535, kind="scan",
               source="Icelandic specimen passport; zone and printed: number A0000000, ISL, born 31 DEC 66, "
                      "expires 26 MAY 09, F (KVK/F)"),
    EyeReading(image="100_pass-ltu.jpg", lines=("P<LTU", "00000000<0LTU5911239F120101145911231023<<<16"),
               zone_width=463, kind="scan", printed_birth="1959-11-23",
               source="Lithuanian specimen passport; zone and printed: number 00000000, LTU, born "
                      "23 11 1959, expires 01 01 2013, F (MOT/F)"),
    EyeReading(image="100_pass-lux.jpg", lines=("P<LUX", "S998527<<4LUX7806201F110808403060021041<<<96"),
               zone_width=1445, kind="photo", printed_birth="1978-06-20",
               source="Luxembourg specimen passport photographed at an angle with glare; zone and printed: "
                      "number S998527, LUX, born 20 Juin 1978, expires 8 Aug 2011, F"),
    EyeReading(image="100_pass-polx.jpg", lines=("P<POL", "AA00000000PoL6002084F1412314<<<<<<<<<<<<<<<4"),
               zone_width=530, kind="digital", printed_birth="1960-02-08", page_nationality="POL",
               source="Polish passport drawn by document software (a screenshot with its buttons); zone: "
                      "number AA0000000, issuing POL, F; the zone's nationality is PoL with a lowercase o "
                      "(no zone character), so nationality POL from the page's nationality code box; "
                      "printed: number AA 0000000, born 1960-02-08, expires 2014-12-31, sex K (kobieta)"),
    EyeReading(image="100_pass-uto.jpg", lines=("P<UTO", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
               zone_width=656, kind="digital",
               source="ICAO 9303 specimen passport (Utopia, drawn); zone and printed: number L898902C3, UTO, "
                      "born 12 AUG 74, expires 15 APR 12, F"),
    EyeReading(image="100_pass2-uto.jpg", lines=("I<UTO", "D231458907UTO7408122F1204159<<<<<<<6"),
               zone_width=589, kind="digital",
               source="ICAO 9303 TD2 figure: an official travel document (code I), not a passport; zone and "
                      "printed: number D23145890, UTO, born 12 AUG 74, valid until 15 APR 12, F"),
    EyeReading(image="100_visa-polx.jpg", lines=("VCPOL", "PL00000008PoL6002084F0505011<<<<<<<0"),
               zone_width=486, kind="digital", printed_birth="1960-02-08", page_nationality="POL",
               source="Polish Schengen visa (MRV-B, code VC) drawn by document software; zone: number "
                      "PL0000000, issuing POL, F; the zone's nationality is PoL with a lowercase o, so POL "
                      "from the page's 'kod obywatelstwa' box; printed: number PL 0000000, valid "
                      "2005-01-01 to 2005-05-01, born 1960-02-08, sex K"),
    EyeReading(image="100_visa-usa.jpg", lines=("VIUSA", "555123ABC6GBR6502056F0412236IFLND00AMS803085"),
               zone_width=660, kind="scan", printed_birth="1965-02-05",
               source="US immigrant visa (MRV-A, code VI); zone: number 555123ABC, USA, nationality GBR, F; "
                      "printed: passport number 555123ABC12, nationality GRBR (the US form), born 05FEB1965, "
                      "expires 23DEC2004, F"),
    EyeReading(image="24_pass-egy.jpg", lines=(), zone_width=236, kind="jpeg",
               source="an Egyptian passport, a small web picture",
               unlabelled="no specimen mark: it may be a real person's passport, so its data are not "
                          "copied here (privacy: fictitious or specimen data only)"),
    EyeReading(image="25_pass-uto.jpg", lines=("P<UTO", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
               zone_width=238, kind="jpeg",
               source="the ICAO specimen passport again, small and blurred; zone read at 4x and matching "
                      "the printed number L898902C3, born 12 AUG 74, expires 15 APR 12, F"),
    EyeReading(image="27_pass-gbr.jpg", lines=("P<GBR", "1071828900GBR8501178F1601312<<<<<<<<<<<<<<06"),
               zone_width=235, kind="jpeg",
               source="British specimen passport, small; zone and printed: number 107182890, GBR, born "
                      "17 JAN 85, expires 31 JAN 16, F"),
    EyeReading(image="33_id-usa.jpg", lines=("C1USA0223456791EAC9730051220<<", "4910040M9411014CAN<<<<<<<<<<<0"),
               source="US permanent resident card (code C1), TD1, sharp",
               unlabelled="document-number check digit 1 (the number 022345679 gives 8) and composite 0 "
                          "(gives 4) fail on a sharp zone, and no single other reading of one character "
                          "passes them: a sample card whose zone is not valid"),
    EyeReading(image="43_pass-fra.jpg", lines=("P<FRA", "08CD503380FRA6004103M1806058<<<<<<<<<<<<<<06"),
               zone_width=332, kind="scan", printed_birth="1960-04-10",
               source="French diplomatic specimen passport (zone code P); zone and printed: number "
                      "08CD50338, FRA, born 10 04 1960, expires 05 06 2018, M"),
    EyeReading(image="43_pass-twn.jpg", lines=("P<TWN", "M000004264TWN6803029M9801048F122187664<<<<66"),
               zone_width=414, kind="scan", printed_birth="1968-03-02",
               source="Republic of China (Taiwan) specimen passport; zone and printed: number M00000426, "
                      "TWN, born 02 MAR 1968, expires 04 JAN 1998, M"),
    EyeReading(image="53_id-d.jpg", lines=("IDD<<T220001293<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4"),
               zone_width=215, kind="jpeg",
               source="German identity card back (2010 model), TD1, small; zone: number T22000129, issuing "
                      "and nationality D, sex < (unspecified: X); the back "
                      "prints no birth date, sex or expiry, only a date 01.11.10, ten years before the zone's "
                      "expiry"),
    EyeReading(image="62_pass-aus.png", lines=("P<AUS", "PA09404097AUS8406077F1903212<17331334P<<<<08"),
               zone_width=888, kind="photo", printed_birth="1984-06-07",
               source="Australian specimen passport photographed at about 20 degrees on a table (phone "
                      "screenshot); zone: number PA0940409, AUS, born 840607, F, expires 190321, all check "
                      "digits passing; printed: number PA0940409, born 07 JUN 1984, F, but expiry 01 MAR "
                      "2024: the specimen's printed expiry disagrees with its zone; the label is the zone's"),
    EyeReading(image="62_pass-pol.png", lines=("P<POL", "ZS00001774POL7203305F1607130<<<<<<<<<<<<<<08"),
               zone_width=533, kind="scan", printed_birth="1972-03-30",
               source="Polish specimen passport; zone and printed: number ZS0000177, POL (its O is drawn "
                      "like the zeros; a code has letters only, and the page prints POL), born 30 MAR 1972, "
                      "expires 13 JUL 2016, F (K/F)"),
    EyeReading(image="77_card-cmw.png", lines=("IDCMW<512849702<<<<<<<<<<<<<<<", "6104128M1402209CMW<<<<<<<<<<<1"),
               source="identity card of a fictional 'Commonwealth' (CMW, no ICAO code), TD1 in a "
                      "non-OCR-B font, drawn",
               unlabelled="composite check digit 1 fails (the fields give 0) on a sharp drawn zone whose "
                          "other check digits pass, and its states are not ICAO codes"),
    EyeReading(image="79_pass-can.jpg", lines=("P<CAN", "ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08"),
               zone_width=401, kind="scan",
               source="Canadian specimen passport in an explanatory figure; zone and printed: number "
                      "ZE000509, CAN, born 01 JAN 85, expires 14 JAN 23, F"),
    EyeReading(image="79_pass-hun.png", lines=("P<HUN", "BD00020282HUN7802225F2203012<<<<<<<<<<<<<<06"),
               zone_width=544, kind="scan",
               source="Hungarian specimen passport; zone and printed: number BD0002028, HUN, born "
                      "22 FEB 78, expires 01 MAR 22, F (N/F)"),
    EyeReading(image="98_pass-nld.jpg", lines=("P<NLD", "XA00000148NLD7110195F0604121123456782<<<<<02"),
               zone_width=398, kind="scan", printed_birth="1971-10-19",
               source="Dutch specimen passport (older model); zone and printed: number XA0000014, NLD, born "
                      "19 OKT 1971, expires 12 APR 2006, F (V/F)"),
)


class CorpusError(Exception):
    """The mirror does not hold what this script expects; the message says what."""


@dataclass(frozen=True)
class Asserted:
    """One field value a PassportEye test asserts, with the line that asserts it."""

    values: tuple[str, ...]
    line: int


def git_blob(git_dir: Path, path: str) -> bytes:
    """The bytes of `path` at the pinned commit."""
    done = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "blob", f"{COMMIT}:{path}"],
                          capture_output=True, timeout=120, check=False)
    if done.returncode != 0:
        raise CorpusError(f"{path} at {COMMIT[:12]}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def git_files(git_dir: Path, folder: str) -> list[str]:
    """The files under `folder` at the pinned commit, sorted."""
    done = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", COMMIT, folder + "/"],
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise CorpusError(f"ls-tree {folder} at {COMMIT[:12]}: {done.stderr.strip()}")
    return sorted(line for line in done.stdout.splitlines() if line)


def image_checks(tree: ast.Module) -> dict[str, str]:
    """Image path (repository-relative) -> the name of the function asserting its fields."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == TEST_FUNCTION:
            pairs = {}
            for item in ast.walk(node):
                if (isinstance(item, ast.Tuple) and len(item.elts) == 2
                        and isinstance(item.elts[0], ast.Constant) and isinstance(item.elts[0].value, str)
                        and isinstance(item.elts[1], ast.Name)):
                    pairs[item.elts[0].value.removeprefix("./")] = item.elts[1].id
            if pairs:
                return pairs
    raise CorpusError(f"{TEST_FILE}: no (image, check) pairs in {TEST_FUNCTION}")


def asserted_fields(function: ast.FunctionDef) -> dict[str, Asserted]:
    """`assert mrz.FIELD == 'V'` and `assert mrz.FIELD in ['V', ...]` of one check function."""
    fields: dict[str, Asserted] = {}
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        test = node.test
        left, op, right = test.left, test.ops[0], test.comparators[0]
        if len(test.ops) != 1 or not (isinstance(left, ast.Attribute) and isinstance(left.value, ast.Name)
                                      and left.value.id == "mrz"):
            continue
        if isinstance(op, ast.Eq) and isinstance(right, ast.Constant) and isinstance(right.value, str):
            values: tuple[str, ...] = (right.value,)
        elif (isinstance(op, ast.In) and isinstance(right, ast.List | ast.Tuple)
              and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in right.elts)):
            values = tuple(str(e.value) for e in right.elts if isinstance(e, ast.Constant))
        else:
            continue
        if left.attr in fields:
            raise CorpusError(f"{TEST_FILE}:{node.lineno}: {left.attr} asserted twice in {function.name}")
        fields[left.attr] = Asserted(values, node.lineno)
    return fields


def check_digit(text: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, `<` as 0."""
    total = 0
    for position, char in enumerate(text):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == "<":
            value = 0
        else:
            raise CorpusError(f"{char!r} cannot be in a zone")
        total += value * (7, 3, 1)[position % 3]
    return str(total % 10)


def one(fields: dict[str, Asserted], name: str, where: str) -> str:
    """The single value asserted for `name`."""
    if name not in fields:
        raise CorpusError(f"{where}: {name} is not asserted")
    if len(fields[name].values) != 1:
        raise CorpusError(f"{where}: {name} is asserted as one of {fields[name].values}")
    return fields[name].values[0]


def verified_line2(fields: dict[str, Asserted], where: str) -> str:
    """Line 2 of the zone rebuilt from the asserted fields, every check digit verified.

    The optional data (TD3 `personal_number`, TD2 `optional1`) is the one candidate whose check
    digits pass; an asserted check digit that the fields do not give stops the script.
    """
    kind = one(fields, "mrz_type", where)
    number = one(fields, "number", where).ljust(9, "<")
    birth, expiry = one(fields, "date_of_birth", where), one(fields, "expiration_date", where)
    expected = {name: one(fields, name, where) for name in REQUIRED if name.startswith("check_")}
    got = {"check_number": check_digit(number), "check_date_of_birth": check_digit(birth),
           "check_expiration_date": check_digit(expiry)}
    for name, digit in got.items():
        if digit != expected[name]:
            raise CorpusError(f"{where}: {name} asserted {expected[name]}, the fields give {digit} "
                              f"(line {fields[name].line})")
    if kind == "TD3":
        optional_field, optional_length = "personal_number", 14
    elif kind == "TD2":
        optional_field, optional_length = "optional1", 7
    else:
        raise CorpusError(f"{where}: zone type {kind} is not handled (only TD3 and TD2 are asserted)")
    passing = []
    for optional in fields[optional_field].values if optional_field in fields else ():
        if len(optional) != optional_length:
            continue
        tail = optional
        if kind == "TD3":
            personal_digit = "<" if set(optional) == {"<"} else check_digit(optional)
            if "check_personal_number" in fields and personal_digit != one(fields, "check_personal_number", where):
                continue
            tail = optional + personal_digit
        composite = check_digit(number + got["check_number"] + birth + got["check_date_of_birth"]
                                + expiry + got["check_expiration_date"] + tail)
        if composite == expected["check_composite"]:
            nationality, sex = one(fields, "nationality", where), one(fields, "sex", where)
            passing.append(number + got["check_number"] + nationality + birth + got["check_date_of_birth"]
                           + sex + expiry + got["check_expiration_date"] + tail + composite)
    if len(passing) != 1:
        raise CorpusError(f"{where}: {len(passing)} readings of {optional_field} pass the check digits, not one")
    return passing[0]


def century(yymmdd: str, latest: date) -> date:
    """The latest date with these two-digit year, month and day that is not after `latest`."""
    year = latest.year - (latest.year - int(yymmdd[:2])) % 100
    found = date(year, int(yymmdd[2:4]), int(yymmdd[4:6]))
    return found if found <= latest else date(year - 100, found.month, found.day)


def truth_row(image: str, fields: dict[str, Asserted], data: bytes) -> dict[str, str]:
    """labels.csv's row for one image."""
    where = f"{image} ({TEST_FILE})"
    for name in REQUIRED:
        one(fields, name, where)
    line2 = verified_line2(fields, where)
    if image not in ZONE_WIDTHS:
        raise CorpusError(f"{image}: no zone width in ZONE_WIDTHS")
    expiry_limit = TODAY.replace(year=TODAY.year + MAX_VALIDITY_YEARS)
    return {
        "path": "images/" + Path(image).name,
        "format": one(fields, "mrz_type", where),
        "document_code": one(fields, "type", where).rstrip("<"),
        "issuing_state": one(fields, "country", where),
        "nationality": one(fields, "nationality", where),
        "document_number": one(fields, "number", where).rstrip("<"),
        "birth_date": century(one(fields, "date_of_birth", where), TODAY).isoformat(),
        "expiry_date": century(one(fields, "expiration_date", where), expiry_limit).isoformat(),
        "sex": one(fields, "sex", where),
        "zone_width": str(ZONE_WIDTHS[image][0]),
        "degradation": "digital" if image.endswith(".png") else "jpeg",
        "today": TODAY.isoformat(),
        "subset": "0",
        "sha256": hashlib.sha256(data).hexdigest(),
        "_line2": line2,
        "_lines": ",".join(str(fields[name].line) for name in REQUIRED),
    }


@dataclass(frozen=True, kw_only=True)
class ZoneFields:
    """The key fields of zone lines typed by eye, and each check digit as printed and as computed."""

    format: str
    document_code: str
    issuing_state: str
    nationality: str
    number: str
    birth: str
    expiry: str
    sex: str
    #: (what the digit checks, the digit in the zone, the digit its field gives)
    checks: tuple[tuple[str, str, str], ...]

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(f"{name} {printed} (gives {computed})" for name, printed, computed in self.checks
                     if printed != computed)


def zone_fields(lines: tuple[str, ...], where: str) -> ZoneFields:
    """Split typed zone lines (without the name, see `EyeReading`) into fields and check digits.

    Positions are ICAO 9303's (Part 4 TD3 and MRV-A, Part 5 TD1, Part 6 TD2 and MRV-B). A
    character outside the zone's alphabet stops the script, except in the nationality field, which
    no check digit covers: such a field is not a code and is labelled from the page or as `-`.
    """
    if len(lines) != 2:
        raise CorpusError(f"{where}: {len(lines)} lines typed, not 2")
    first, second = lines
    width = len(second)
    if width == 30:
        if len(first) != 30:
            raise CorpusError(f"{where}: TD1 first line has {len(first)} characters, not 30")
        kind, number_part, birth_part, tail_start = "TD1", first[5:15], second[0:7], 8
        nationality = second[15:18]
    elif width in (36, 44):
        if len(first) != 5:
            raise CorpusError(f"{where}: the first line is typed as its first 5 characters, not {len(first)}")
        visa = first.startswith("V")
        kind = {(36, False): "TD2", (36, True): "MRV-B", (44, False): "TD3", (44, True): "MRV-A"}[(width, visa)]
        number_part, birth_part, tail_start = second[0:10], second[13:20], 21
        nationality = second[10:13]
    else:
        raise CorpusError(f"{where}: second line has {width} characters (30, 36 or 44 expected)")
    for position, char in enumerate(first + second):
        in_nationality = (position - len(first)) in range(*((15, 18) if kind == "TD1" else (10, 13)))
        if char not in ZONE_CHARACTERS and not in_nationality:
            raise CorpusError(f"{where}: {char!r} at line {1 + (position >= len(first))} is no zone character")
    expiry_part, sex = second[tail_start:tail_start + 7], second[tail_start - 1]
    checks = [("document number", number_part[9], check_digit(number_part[:9])),
              ("birth date", birth_part[6], check_digit(birth_part[:6])),
              ("expiry", expiry_part[6], check_digit(expiry_part[:6]))]
    if kind == "TD1":
        checks.append(("composite", second[29], check_digit(first[5:30] + second[0:7] + second[8:15] + second[18:29])))
    elif kind == "TD2":
        checks.append(("composite", second[35], check_digit(second[0:10] + second[13:20] + second[21:35])))
    elif kind == "TD3":
        personal = second[28:42]
        personal_digit = check_digit(personal)
        # ICAO 9303 Part 4: an empty personal number may carry `<` as its check digit.
        if set(personal) == {"<"} and second[42] == "<":
            personal_digit = "<"
        checks.append(("personal number", second[42], personal_digit))
        checks.append(("composite", second[43], check_digit(second[0:10] + second[13:20] + second[21:43])))
    if number_part[9] == "<":
        raise CorpusError(f"{where}: a document number longer than 9 characters is not handled")
    return ZoneFields(format=kind, document_code=first[0:2].rstrip("<"), issuing_state=first[2:5],
                      nationality=nationality, number=number_part[:9].rstrip("<"), birth=birth_part[:6],
                      expiry=expiry_part[:6], sex=sex, checks=tuple(checks))


def state_code(field: str) -> str:
    """labels.csv's form of a zone's state field (`D<<` -> `D`), or `-` when it is no ICAO code."""
    code = field.rstrip("<")
    return code if code in ICAO_CODES else NOT_A_FACT


def eye_row(reading: EyeReading, data: bytes) -> dict[str, str]:
    """labels.csv's row for one image read by eye; its check digits must all pass."""
    where = f"{reading.image} (READ_BY_EYE)"
    zone = zone_fields(reading.lines, where)
    if zone.failed:
        raise CorpusError(f"{where}: check digits fail ({'; '.join(zone.failed)}) and no unlabelled reason is given")
    if reading.kind not in KINDS or reading.zone_width <= 0:
        raise CorpusError(f"{where}: kind {reading.kind!r} / zone width {reading.zone_width} missing")
    nationality = state_code(zone.nationality)
    if reading.page_nationality:
        if nationality != NOT_A_FACT or reading.page_nationality not in ICAO_CODES:
            raise CorpusError(f"{where}: page_nationality is for a zone field that is no code, with an ICAO code")
        nationality = reading.page_nationality
    if zone.sex not in ("M", "F", "X", "<"):
        raise CorpusError(f"{where}: sex {zone.sex!r}")
    birth = century(zone.birth, TODAY)
    if reading.printed_birth:
        printed = date.fromisoformat(reading.printed_birth)
        if printed.strftime("%y%m%d") != zone.birth or printed > TODAY:
            raise CorpusError(f"{where}: printed birth {printed} is not the zone's {zone.birth}")
        birth = printed
    expiry_limit = TODAY.replace(year=TODAY.year + MAX_VALIDITY_YEARS)
    return {
        "path": "images/" + reading.image,
        "format": zone.format,
        "document_code": zone.document_code,
        "issuing_state": state_code(zone.issuing_state),
        "nationality": nationality,
        "document_number": zone.number,
        "birth_date": birth.isoformat(),
        "expiry_date": century(zone.expiry, expiry_limit).isoformat(),
        "sex": "X" if zone.sex == "<" else zone.sex,
        "zone_width": str(reading.zone_width),
        "degradation": reading.kind,
        "today": TODAY.isoformat(),
        "subset": "0",
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def build(git_dir: Path, out: Path) -> list[str]:
    """Write the corpus into `out`; return the lines that say what was written."""
    tree = ast.parse(git_blob(git_dir, TEST_FILE).decode("utf-8"), TEST_FILE)
    functions = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    rows = []
    report = [f"PassportEye {COMMIT[:12]} from {git_dir} -> {out}"]
    (out / "images").mkdir(parents=True, exist_ok=True)
    for image, check in sorted(image_checks(tree).items()):
        if check not in functions:
            raise CorpusError(f"{TEST_FILE}: {check} (named for {image}) is not defined")
        data = git_blob(git_dir, image)
        row = truth_row(image, asserted_fields(functions[check]), data)
        (out / row["path"]).write_bytes(data)
        report.append(f"  {row['path']}: {row['format']} {row['document_code']} {row['issuing_state']} "
                      f"{row['document_number']} born {row['birth_date']} expires {row['expiry_date']} "
                      f"{row['sex']}; {TEST_FILE}:{check} lines {row['_lines']}; check digits pass "
                      f"(line 2 {row['_line2']})")
        rows.append({key: row[key] for key in HEADER})
    asserted = len(rows)
    readings = {reading.image: reading for reading in READ_BY_EYE}
    testdata = [path for path in git_files(git_dir, UNLABELLED_DIR) if not path.endswith(".py")]
    names = sorted(Path(path).name for path in testdata)
    if len(readings) != len(READ_BY_EYE) or sorted(readings) != names:
        raise CorpusError(f"READ_BY_EYE does not name each image of {UNLABELLED_DIR} once "
                          f"(missing {sorted(set(names) - set(readings))}, extra {sorted(set(readings) - set(names))})")
    (out / "unlabelled").mkdir(exist_ok=True)
    left_out = []
    for path in testdata:
        reading, data = readings[Path(path).name], git_blob(git_dir, path)
        # Each image lives in exactly one of the two folders, so a rerun over an older folder agrees.
        if reading.unlabelled:
            target, stale = out / "unlabelled" / reading.image, out / "images" / reading.image
            if reading.lines:
                zone = zone_fields(reading.lines, f"{reading.image} (READ_BY_EYE)")
                failed = "; ".join(zone.failed) or "all check digits pass"
                left_out.append(f"  unlabelled/{reading.image}: {zone.format}, {reading.unlabelled} [{failed}]")
            else:  # nothing of its zone is copied here (see its reason)
                left_out.append(f"  unlabelled/{reading.image}: {reading.unlabelled}")
        else:
            row = eye_row(reading, data)
            target, stale = out / row["path"], out / "unlabelled" / reading.image
            if any(existing["path"] == row["path"] for existing in rows):
                raise CorpusError(f"{row['path']} is written twice")
            rows.append(row)
            # No number or date here: some of these images show real people (labels.csv holds them).
            report.append(f"  {row['path']}: {row['format']} {row['document_code']} {row['issuing_state']}/"
                          f"{row['nationality']}, {row['zone_width']} px {row['degradation']}; read by eye, "
                          f"{len(zone.checks)} check digits pass")
        target.write_bytes(data)
        stale.unlink(missing_ok=True)
    rows.sort(key=lambda row: row["path"])
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    report.append(f"  labels.csv: {len(rows)} labelled images ({asserted} asserted by PassportEye's tests, "
                  f"{len(rows) - asserted} of its {len(testdata)} {UNLABELLED_DIR} images read by eye)")
    report.extend(left_out)
    report.append(f"  unlabelled/: {len(left_out)} images, not in labels.csv")
    return report

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("git_dir", type=Path, help="a (bare) git directory of github:konstantint/PassportEye")
    parser.add_argument("out", type=Path, nargs="?", default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    args = parser.parse_args()
    try:
        print("\n".join(build(args.git_dir, args.out)))
    except (CorpusError, OSError, subprocess.TimeoutExpired) as error:
        print(f"passporteye_corpus: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
