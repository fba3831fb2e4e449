"""Fair mode (kiosk): a locked, full-screen presentation of the fact sheets for trade fairs and
product weeks. Start it with ``backan-desktop --kiosk`` or View → Fair mode."""
from __future__ import annotations


def open_fair_mode(main_window) -> "object":
    """Open fair mode from the main window: the window hides until staff leave fair mode (PIN)."""
    from .window import KioskWindow

    kiosk = KioskWindow(main_window.data_home, main_window.lang, library=main_window.library)

    def back():
        main_window.show()
        main_window.activateWindow()
        main_window.kiosk = None

    kiosk.left.connect(back)
    main_window.kiosk = kiosk
    main_window.hide()
    kiosk.start()
    return kiosk
