"""Start the viewer: the window is shown before pandas, pyqtgraph or the data are loaded."""
from __future__ import annotations

from typing import Optional

from ..core.vocab import DEFAULT_LANG, LANGS


def pick_language(arg: Optional[str]) -> str:
    from PySide6.QtCore import QLocale, QSettings

    if arg in LANGS:
        QSettings().setValue("ui/lang", arg)
        return arg
    saved = QSettings().value("ui/lang", "")
    if saved in LANGS:
        return saved
    system = QLocale.system().name()[:2]
    return system if system in LANGS else DEFAULT_LANG


def run_gui(lang: Optional[str] = None, data_home: Optional[str] = None, kiosk: bool = False) -> int:
    """Open the viewer, or with ``kiosk`` fair mode (full screen, locked by the staff PIN)."""
    from PySide6.QtCore import QSettings, QTimer

    from ..qt.app import init_logging, install_excepthook, make_app
    from ..qt.i18n import install_language
    from ..core.paths import resolve_data_home
    from .main_window import MainWindow

    app = make_app(window_first=True)
    home = resolve_data_home(data_home)
    # the hook is cheap and must be there first; the log file handler (logging.handlers, files,
    # faulthandler) is opened right after the window is on screen
    install_excepthook(home / "logs" / "backan-desktop.log")
    lang = pick_language(lang)
    install_language(lang)
    if kiosk:
        from .kiosk.window import KioskWindow
        QTimer.singleShot(0, lambda: init_logging(home))
        kiosk_window = KioskWindow(home, lang)
        kiosk_window.start()          # loads the data after the first paint
        return _exec(app)
    window = MainWindow(home, lang)
    window.begun.connect(lambda: init_logging(home))
    geometry = QSettings().value("ui/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    # the window starts loading after its first paint; this is for a window that is never painted
    # (started minimised, on a hidden workspace)
    QTimer.singleShot(1500, window, window.begin)
    return _exec(app)


def _exec(app) -> int:
    from .workers import shutdown_background

    code = app.exec()
    shutdown_background()
    return code
