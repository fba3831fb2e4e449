"""The QApplication and what every Qt entry point needs: fonts, logging, crash dialog."""
from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..core.logs import setup_logging
from .fonts import register_fonts
from ..core.paths import APP, ORG

log = logging.getLogger(__name__)


def make_app(argv: Optional[list[str]] = None, gui: bool = True, window_first: bool = False) -> QApplication:
    """The application with the bundled fonts. ``window_first``: a window is about to be shown
    and will call :func:`finish_app` after its first paint (icon, italic fonts)."""
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    app = QApplication.instance()
    if app is None:
        if not gui:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if not window_first:
        _set_icon(app)
    if os.environ.get("BACKAN_STARTUP_PROBE"):
        _install_startup_probe(app, float(os.environ["BACKAN_STARTUP_PROBE"]))
    family = register_fonts(upright_only=window_first)
    if family:
        font = app.font()
        font.setFamily(family)
        app.setFont(font)
    return app


def finish_app() -> None:
    """What ``make_app(window_first=True)`` left for after the first paint. Idempotent."""
    app = QApplication.instance()
    if app is not None and app.windowIcon().isNull():
        _set_icon(app)
    register_fonts()


def _set_icon(app) -> None:
    from PySide6.QtGui import QGuiApplication, QIcon

    from ..core.paths import icons_dir

    icon = QIcon()
    for png in sorted(icons_dir().glob("backan-desktop-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName("backan-desktop")


def _install_startup_probe(app, t0: float) -> None:
    """For benchmarks/run.py: print seconds from ``t0`` (the launcher's wall clock) to the first
    painted window and to the data being shown, then quit. Inert unless the variable is set."""
    import time

    from PySide6.QtCore import QObject, QEvent, QTimer

    class Probe(QObject):
        painted = False

        def eventFilter(self, obj, event):
            if not self.painted and event.type() == QEvent.Type.Paint and getattr(obj, "isWindow", lambda: False)():
                self.painted = True
                print(f"first-paint {time.time() - t0:.4f}", flush=True)
            return False

    probe = Probe(app)
    app.installEventFilter(probe)

    def ready(_library=None):
        print(f"data-ready {time.time() - t0:.4f}", flush=True)
        QTimer.singleShot(0, app.quit)

    def poll():
        for w in app.topLevelWidgets():
            signal = getattr(w, "library_loaded", None)
            if signal is not None:
                if getattr(w, "library", None) is not None:
                    ready()
                else:
                    signal.connect(ready)
                return
        QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)


def install_excepthook(log_file: Optional[Path]) -> None:
    """Uncaught exceptions are logged and shown in a dialog instead of vanishing."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        try:
            crash_box(log_file, exc_type, exc, text).exec()
        except Exception:   # the dialog must never raise from inside the hook
            if sys.stderr is not None:
                sys.stderr.write(text)

    sys.excepthook = hook


def crash_box(log_file: Optional[Path], exc_type, exc, details: str):
    """The dialog for an unexpected error, in the UI language (Qt's buttons through qtbase_vi)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Unexpected error"),
                      QCoreApplication.translate("Crash", "Something went wrong. The details were written to the log file:")
                      + f"\n{log_file or '-'}\n\n{exc_type.__name__}: {exc}")
    box.setDetailedText(details)
    return box


def init_logging(data_home: Path) -> Optional[Path]:
    return setup_logging(data_home / "logs")
