"""The one build step pyproject.toml cannot declare: the read-only files the app needs at run time.

A wheel (``pip install .``, ``pip wheel .``) carries, under ``backan_desktop/_files/`` and laid out
as in a checkout (where ``backan_desktop.core.paths`` looks first in an installed package): the
bundled data package, the fonts with their licence, the window icons and the translations compiled
from ``resources/translations/*.ts`` with lrelease. An editable install (``pip install -e .``, as
``./dev`` makes) reads the checkout itself, so there the ``.qm`` files are compiled beside their
``.ts``. PySide6 is a build requirement for its lrelease; when a build runs without it (e.g.
``--no-build-isolation`` in an environment without PySide6), the package is still built, with a
warning, and the app tells its user that the translation is missing.
"""
import shutil
import sys
import warnings
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from backan_desktop.core.paths import INSTALLED_FILES  # noqa: E402
from compile_translations import TranslationToolMissing, compile_translations  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            self._compile(TRANSLATIONS)
            return
        files = Path(self.build_lib) / "backan_desktop" / INSTALLED_FILES
        shutil.rmtree(files, ignore_errors=True)
        shutil.copytree(ROOT / "data" / "backan", files / "data" / "backan")
        self._copy([ROOT / "data" / "geo" / "vn_provinces_63.json"], files / "data" / "geo")
        self._copy([*sorted((ROOT / "resources" / "fonts").glob("*.ttf")), ROOT / "resources" / "fonts" / "OFL.txt"],
                   files / "resources" / "fonts")
        icons = ROOT / "packaging" / "icons"
        self._copy([*sorted(icons.glob("backan-desktop-*.png")), icons / "icon.svg"], files / "resources" / "icons")
        self._compile(TRANSLATIONS, files / "resources" / "translations")

    @staticmethod
    def _copy(paths, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for path in paths:
            shutil.copy2(path, folder / path.name)

    @staticmethod
    def _compile(sources: Path, into: Path | None = None) -> None:
        try:
            built = compile_translations(sources, into)
            print(f"compiled translations: {', '.join(p.name for p in built)}", file=sys.stderr)
        except TranslationToolMissing as exc:
            warnings.warn(f"{exc}: the package is built without its compiled translations, and the app will "
                          "say so when it starts in Vietnamese", stacklevel=1)


if __name__ == "__main__":          # as setuptools runs it; tests import the build step alone
    setup(cmdclass={"build_py": BuildPyWithResources})
