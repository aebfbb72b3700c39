"""docscan installed from its wheel, as a user of `pip install docscan-....whl` gets it (issue 13).

A checkout finds its data beside the package; an installed wheel has only what the build put
in it. Before, the checklists stayed in the repository and an installed docscan found none.
The wheel is built from this checkout (pip fetches the build backend named in pyproject.toml
from the package index, as any install does), unpacked into a folder of its own, and run from
a folder outside the checkout so nothing of the repository can be found by accident.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(folder), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    (path,) = folder.glob("docscan-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return target


def _run(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    # PYTHONPATH puts the installed copy before the checkout's editable install; the checkout's
    # dependencies (the venv's site-packages) are used as they are.
    env = {**os.environ, "PYTHONPATH": str(installed), "PYTHONIOENCODING": "utf-8"}
    env.pop("DOCSCAN_CHECKLISTS", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300, env=env, cwd=cwd)


def test_the_wheel_carries_every_data_file_of_the_package_and_the_checklists(wheel):
    tracked = subprocess.run(["git", "ls-files", "docscan", "checklists"], capture_output=True, text=True, cwd=ROOT,
                             check=True).stdout.split()
    wanted = {f"docscan/{name.removeprefix('docscan/')}" if name.startswith("docscan/")
              else f"docscan/{name}" for name in tracked if not name.endswith(".py")}
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    assert wanted - shipped == set(), "data files the installed docscan would not find"
    assert {n for n in shipped if n.startswith("docscan/checklists/")} >= {"docscan/checklists/common.yaml",
                                                                            "docscan/checklists/highly-qualified.yaml"}


def test_an_installed_docscan_finds_its_checklists_and_checks_a_bundle(installed, tmp_path):
    where = _run(installed, "-c", "import docscan, docscan.checklist as c; print(docscan.__file__); "
                 "print(c.checklists_dir())", cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    package, checklists = where.stdout.split()
    assert Path(package).is_relative_to(installed) and Path(checklists).is_relative_to(installed)

    permits = _run(installed, "-m", "docscan", "permits", cwd=tmp_path)
    assert permits.returncode == 0, permits.stderr
    assert "highly-qualified" in permits.stdout and "seasonal-worker" in permits.stdout

    bundle = SAMPLES / "bundles" / "highly-qualified-complete"
    check = _run(installed, "-m", "docscan", "check", str(bundle), "--permit", "highly-qualified", "--region",
                 "flanders", "--today", "2026-11-15", "--confirm", "flemish_regional_fee", "--workers", "1",
                 "--format", "json", cwd=tmp_path)
    assert check.returncode in (0, 1), check.stderr
    assert '"verdict": "complete"' in check.stdout, check.stdout[-1500:]
