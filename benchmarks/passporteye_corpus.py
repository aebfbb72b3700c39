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
* `passporteye/mrz/testdata/*` (34 images): no test or data file of PassportEye states any field
  of them. The number before `_` in each name is the `valid_score` PassportEye itself reached on
  the image (its `evaluate_mrz` script compares against it), not a reading of the zone. They are
  written to `unlabelled/` and kept out of `labels.csv`: labelling them means typing values
  nobody asserted, which this script does not do.

What is derived rather than asserted, and how:

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
be stated". There is no "unknown" value: an empty field would make any stated value a silent
error and the image never right. So an image is labelled only when every key field is asserted
by PassportEye, which holds for the four images above and for none of the 34.

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
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    report.append(f"  labels.csv: {len(rows)} labelled images (every key field asserted by PassportEye's tests)")
    unlabelled = [path for path in git_files(git_dir, UNLABELLED_DIR) if not path.endswith(".py")]
    (out / "unlabelled").mkdir(exist_ok=True)
    for path in unlabelled:
        (out / "unlabelled" / Path(path).name).write_bytes(git_blob(git_dir, path))
    report.append(f"  unlabelled/: {len(unlabelled)} images of {UNLABELLED_DIR}, not in labels.csv "
                  "(PassportEye asserts no field of them; the number in each name is its own valid_score)")
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
