"""Qt translations: the app's catalogue (``backan_<lang>.qm``) and Qt's own dialogs
(``qtbase_<lang>.qm``: ours for Vietnamese, which Qt does not ship; Qt's for other languages).

English is the source language of the UI. ``.qm`` files are built from the ``.ts`` sources in
``resources/translations`` by ``pyside6-lrelease`` during set-up (``./dev``) and packaging;
:func:`build_translations` does the same from Python.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.paths import translations_dir

log = logging.getLogger(__name__)
LANGS = ("vi", "en")
_installed: list[QTranslator] = []


def build_translations(folder: Path | None = None) -> list[Path]:
    """Compile every stale ``.ts`` into ``.qm`` with pyside6-lrelease; returns the .qm files."""
    import shutil
    import subprocess

    folder = folder or translations_dir()
    out = []
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def install_language(lang: str) -> None:
    """Replace the installed translators by those of ``lang``; Qt then sends LanguageChange to
    every widget, which retranslates itself. Also sets the default QLocale (number formats of
    Qt's own widgets)."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if lang == "vi" else QLocale.Country.UnitedStates))
    if lang == "en":
        # the source language; still send LanguageChange so texts switch back from Vietnamese
        tr = QTranslator(app)
        app.installTranslator(tr)
        _installed.append(tr)
        _deliver_now(app)
        return
    ours = translations_dir()
    for name, folders in ((f"backan_{lang}", [ours]),
                          (f"qtbase_{lang}", [ours, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))])):
        for folder in folders:
            tr = QTranslator(app)
            if tr.load(name, str(folder)):
                app.installTranslator(tr)
                _installed.append(tr)
                break
        else:
            log.warning("translation %s not found (run ./dev setup to build the .qm files)", name)
    _deliver_now(app)


def _deliver_now(app) -> None:
    """Deliver the LanguageChange that installing translators posted, so every widget is
    retranslated before this returns (not at some later turn of the event loop)."""
    from PySide6.QtCore import QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
