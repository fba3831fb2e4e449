"""The staff PIN pad, drawn inside the kiosk window: check the PIN (to leave or open settings)
or choose a new one (first run, PIN change). Digits come from the on-screen keys or a keyboard."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from ..retranslate import Retranslating, Text, text_of
from .pin import MAX_DIGITS, Attempts, PinStore, valid_pin
from .widgets import Overlay, button, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text


class PinPad(Retranslating, Overlay):
    """``mode`` "check": ``accepted`` when the stored PIN is entered. ``mode`` "new": enter a new
    PIN twice; it is stored and ``accepted`` emitted. ``cancelled`` when the visitor/staff backs
    out. ``first_run`` (a "new" pad when no PIN exists yet) stays up on idle and its cancel
    button leaves fair mode instead."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget, store: PinStore, attempts: Attempts, mode: str = "check",
                 first_run: bool = False):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.store, self.attempts, self.mode, self.first_run = store, attempts, mode, first_run
        self.closes_on_idle = not first_run
        self.width_share = 0.42
        self.entry = ""
        self.first_entry = None          # "new" mode: the PIN typed the first time
        self.title = label("", "overlayTitle")
        self.text = label("", "overlayText")
        self.dots = label("", "pinDots", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.message = label("", "overlayError")
        self._message: Text = ""
        for w in (self.title, self.text, self.dots, self.message):
            self.body.addWidget(w)
        grid = QGridLayout()
        self.grid = grid
        self.keys = {}
        for i, d in enumerate("123456789"):
            self.keys[d] = button(d, "pinKey")
            grid.addWidget(self.keys[d], i // 3, i % 3)
        self.keys["0"] = button("0", "pinKey")
        self.clear_button = button("", "pinKey")
        self.ok_button = button("", "pinKey")
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self.keys["0"], 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        for d, b in self.keys.items():
            b.clicked.connect(lambda _=False, x=d: self.type_digit(x))
        self.clear_button.clicked.connect(self.backspace)
        self.ok_button.clicked.connect(self.submit)
        self.body.addLayout(grid)
        row = QHBoxLayout()
        self.cancel_button = button("", "secondaryButton")
        self.cancel_button.clicked.connect(self.cancel)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        self.body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        if self.mode == "check":
            self.title.setText(translate("KioskPin", "Staff only"))
            self.text.setText(translate("KioskPin", "Enter the staff PIN."))
        elif self.first_entry is None:
            self.title.setText(translate("KioskPin", "Set a staff PIN") if self.first_run
                               else translate("KioskPin", "New staff PIN"))
            self.text.setText((translate("KioskPin", "Fair mode is locked with a PIN: only staff can leave it or change "
                                                     "its settings. ") if self.first_run else "")
                              + translate("KioskPin", "Choose a PIN of 4 to 8 digits."))
        else:
            self.title.setText(translate("KioskPin", "Confirm the PIN"))
            self.text.setText(translate("KioskPin", "Enter the same PIN again."))
        self.message.setText(text_of(self._message))
        self.clear_button.setText(translate("KioskPin", "Delete"))
        self.ok_button.setText(translate("KioskPin", "OK"))
        self.cancel_button.setText(translate("KioskPin", "Leave fair mode") if self.first_run
                                   else translate("KioskPin", "Cancel"))

    def _say(self, text: Text) -> None:
        self._message = text
        self.message.setText(text_of(text))

    # -- entry ------------------------------------------------------------------------------------
    def _show_entry(self) -> None:
        self.dots.setText("•" * len(self.entry) if self.entry else "–")

    def type_digit(self, d: str) -> None:
        if len(self.entry) < MAX_DIGITS:
            self.entry += d
        self._show_entry()

    def backspace(self) -> None:
        self.entry = self.entry[:-1]
        self._show_entry()

    def enter(self, pin: str) -> None:
        """Type ``pin`` and press OK (tests, and a staff keyboard's Enter)."""
        self.entry = ""
        for d in pin:
            self.type_digit(d)
        self.submit()

    def submit(self) -> None:
        pin, self.entry = self.entry, ""
        self._show_entry()
        if self.mode == "check":
            wait = self.attempts.wait_seconds()
            if wait:
                self._say(lambda: translate("KioskPin", "Too many wrong PINs. Try again in {n} s.").format(n=wait))
                return
            if self.store.check(pin):
                self.attempts.succeeded()
                self._say("")
                self.close_overlay()
                self.accepted.emit()
            else:
                self.attempts.failed()
                self._say(lambda: translate("KioskPin", "Wrong PIN."))
            return
        if self.first_entry is None:
            if not valid_pin(pin):
                self._say(lambda: translate("KioskPin", "Use 4 to 8 digits."))
                return
            self.first_entry = pin
            self._say("")
        elif pin != self.first_entry:
            self.first_entry = None
            self._say(lambda: translate("KioskPin", "The two PINs were different. Please start again."))
        else:
            self.store.set_pin(pin)
            self.first_entry = None
            self._say("")
            self.close_overlay()
            self.accepted.emit()
        self.retranslate()

    def cancel(self) -> None:
        self.entry, self.first_entry = "", None
        self.close_overlay()
        self.cancelled.emit()

    def open(self) -> None:
        self.entry, self.first_entry = "", None
        self._say("")
        self._show_entry()
        self.retranslate()
        super().open()

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        if text and text in "0123456789":
            self.type_digit(text)
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape and not self.first_run:
            self.cancel()
        event.accept()

    def set_unit(self, u: float, portrait: bool) -> None:
        super().set_unit(u, portrait)
        self.grid.setSpacing(round(1.0 * u))
