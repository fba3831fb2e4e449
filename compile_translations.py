"""A build step: compile the UI's translation catalogues, ``resources/translations/*.ts`` (Qt
Linguist sources), into the ``.qm`` files Qt loads, with Qt's ``lrelease``.

Not part of the app at run time (which only loads ``.qm`` files): the package build (``setup.py``,
where PySide6 may not even be installed, so no Qt import here), the PyInstaller spec, the packaging
script and the tests call :func:`compile_translations`. ``python compile_translations.py`` compiles
the checkout's catalogues beside their sources.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional


class TranslationToolMissing(RuntimeError):
    """Neither ``pyside6-lrelease`` nor PySide6's own ``lrelease`` can be found."""


def find_lrelease() -> Optional[list[str]]:
    """The command that runs lrelease: ``pyside6-lrelease`` on PATH or beside this Python, else
    the ``lrelease`` binary inside the PySide6 package (located without importing Qt)."""
    for candidate in (shutil.which("pyside6-lrelease"), Path(sys.executable).with_name("pyside6-lrelease"),
                      Path(sys.executable).with_name("pyside6-lrelease.exe")):
        if candidate and Path(candidate).is_file():
            return [str(candidate)]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
                tool = Path(folder) / name
                if tool.is_file():
                    return [str(tool)]
    return None


SOURCES = Path(__file__).resolve().parent / "resources" / "translations"


def compile_translations(sources: Path = SOURCES, into: Optional[Path] = None,
                         lrelease: Optional[list[str]] = None) -> list[Path]:
    """Compile every ``*.ts`` in ``sources`` (default: the checkout's) into ``into`` (default:
    beside it) unless its ``.qm``
    there is newer; returns the ``.qm`` files. Raises :class:`TranslationToolMissing` when a
    ``.qm`` must be built and lrelease is not there, ``subprocess.CalledProcessError`` when
    lrelease fails (a broken ``.ts``)."""
    into = Path(into or sources)
    out = []
    for ts in sorted(Path(sources).glob("*.ts")):
        qm = into / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            command = lrelease or find_lrelease()
            if command is None:
                raise TranslationToolMissing(f"cannot compile {ts.name}: pyside6-lrelease is not installed")
            into.mkdir(parents=True, exist_ok=True)
            part = qm.with_name(f".{qm.name}.{os.getpid()}.part")     # then renamed: a reader never sees half a file
            try:
                subprocess.run([*command, "-silent", str(ts), "-qm", str(part)], check=True)
                os.replace(part, qm)
            finally:
                part.unlink(missing_ok=True)
        out.append(qm)
    return out


if __name__ == "__main__":
    for qm in compile_translations():
        print(qm)
