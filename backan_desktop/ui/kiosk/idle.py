"""Input watching for fair mode: any touch, click, key or wheel in the kiosk window restarts the
idle countdown; presses are also reported (they stop the attract loop)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin,
           QEvent.Type.KeyPress, QEvent.Type.TabletPress}
ACTIVITY = PRESSES | {QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchUpdate,
                      QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd}


class IdleWatcher(QObject):
    """``timed_out`` after ``interval_ms`` without input in ``window``; ``pressed`` on each press."""

    timed_out = Signal()
    pressed = Signal()

    def __init__(self, window: QWidget, interval_ms: int):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.timed_out)
        self._installed = False

    def start(self) -> None:
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False
        self.timer.stop()

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def _belongs(self, widget: QWidget) -> bool:
        """In the kiosk window, or in a popup of one of its widgets (a combo box's list)."""
        w = widget.window()
        while w is not None and w is not self.window:
            parent = w.parentWidget()
            w = parent.window() if parent is not None else None
        return w is self.window

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in ACTIVITY and isinstance(obj, QWidget) and self._belongs(obj):
            self.timer.start()
            if kind in PRESSES:
                self.pressed.emit()
        return False
