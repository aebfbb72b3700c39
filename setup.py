"""Build step that pyproject.toml cannot say: ship the top-level `checklists/` inside the wheel.

The checklists sit beside the package in the repository (advisers edit them there, and the
design card puts them at the top level), but an installed docscan has no repository: the
wheel carries a copy as `docscan/checklists/`, which `checklist.checklists_dir()` finds when
no checkout is beside the package (issue 13: "a wheel install finds none").
"""

from pathlib import Path
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithChecklists(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's own folder
            return
        target = Path(self.build_lib) / "docscan" / "checklists"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((HERE / "checklists").glob("*.yaml")):
            shutil.copyfile(source, target / source.name)


setup(cmdclass={"build_py": BuildWithChecklists})
