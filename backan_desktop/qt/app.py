"""The QApplication and what every Qt entry point needs: fonts, logging, crash dialog."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..core.logs import setup_logging
from .fonts import register_fonts
from .paths import APP, ORG

log = logging.getLogger(__name__)


def make_app(argv: Optional[list[str]] = None, gui: bool = True) -> QApplication:
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    app = QApplication.instance()
    if app is None:
        if not gui:
            import os
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Bắc Kạn")
    family = register_fonts()
    if family:
        font = app.font()
        font.setFamily(family)
        app.setFont(font)
    return app


def install_excepthook(log_file: Optional[Path]) -> None:
    """Uncaught exceptions are logged and shown in a dialog instead of vanishing."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        try:
            from PySide6.QtWidgets import QMessageBox
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Unexpected error"),
                              QCoreApplication.translate("Crash", "Something went wrong. The details were written to the log file:")
                              + f"\n{log_file or '-'}\n\n{exc_type.__name__}: {exc}")
            box.setDetailedText(text)
            box.exec()
        except Exception:   # the dialog must never raise from inside the hook
            if sys.stderr is not None:
                sys.stderr.write(text)

    sys.excepthook = hook


def init_logging(data_home: Path) -> Optional[Path]:
    return setup_logging(data_home / "logs")
