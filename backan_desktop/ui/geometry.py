"""The window's first size on the screen it opens on."""
from __future__ import annotations


def default_size() -> tuple[int, int]:
    """The first window's size, from the screen's free area: at least 1280×820 where there is
    room (a 1920×1080 screen: about 1540×890), never more than the free area holds once the
    title bar is added (a 1366×768 laptop: 1280×680)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1280, 820
    free = screen.availableGeometry()
    return (min(free.width() - 40, max(1280, int(free.width() * 0.8))),
            min(free.height() - 60, max(820, int(free.height() * 0.85))))
