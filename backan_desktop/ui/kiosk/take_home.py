""""Take it home": two codes a visitor's phone camera reads from where they stand — join the
booth's Wi-Fi, then open the share page (at the section on screen) — with the same in words.

Sized for reading from 1.5–2 m: a code's side is about a tenth of the distance, so each code
(without its quiet zone) takes at least 29 % of a landscape window's width (≥ 15 cm on a 24-inch
1920×1080 screen). When sharing is off the panel says so instead of showing a code that leads
nowhere.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...share.qr import qr_modules, wifi_payload
from ..retranslate import Retranslating, text_of
from .settings import ShareSettings
from .widgets import Overlay, button, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text

QUIET = 4                  # light modules around a code (the QR standard's quiet zone)
SYMBOL_SHARE = 0.29        # of the window's long side: a code's side without the quiet zone
SYMBOL_HEIGHT_SHARE = 0.52  # ... and never more than this much of the short side


class QrCode(QWidget):
    """A QR code painted with crisp module edges (each edge on a whole pixel), dark on white,
    with its quiet zone; :meth:`set_symbol_px` sets the size of the code without that zone."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.modules: list[list[bool]] = []
        self.text = ""
        self.symbol_px = 200
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.modules = qr_modules(text) if text else []
        self.setAccessibleName(text)
        self.set_symbol_px(self.symbol_px)

    def set_symbol_px(self, px: int) -> None:
        self.symbol_px = px
        n = len(self.modules) or 21
        side = round(px * (n + 2 * QUIET) / n)
        self.setFixedSize(QSize(side, side))
        self.update()

    def symbol_rect(self) -> QRect:
        """Where the code's modules are painted (the quiet zone excluded)."""
        n = len(self.modules) or 21
        m = self.width() / (n + 2 * QUIET)
        a, b = round(QUIET * m), round((QUIET + n) * m)
        return QRect(a, a, b - a, b - a)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        n = len(self.modules)
        if n:
            m = self.width() / (n + 2 * QUIET)
            edges = [round((QUIET + i) * m) for i in range(n + 1)]
            ink = QColor("black")
            for r, row in enumerate(self.modules):
                for c, dark in enumerate(row):
                    if dark:
                        p.fillRect(edges[c], edges[r], edges[c + 1] - edges[c], edges[r + 1] - edges[r], ink)
        p.end()


class TakeHomePanel(Retranslating, Overlay):
    """Shown by the "Take it home" button. :meth:`show_for` fills it from the share state."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, "takeHomePanel")
        self.width_share = 0.96
        self.title = label("", "overlayTitle", align=Qt.AlignmentFlag.AlignCenter)
        self.message = label("", "overlayText", align=Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.title)
        self.body.addWidget(self.message)
        self.codes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.wifi_box, self.wifi_step, self.wifi_code, self.wifi_text = self._column()
        self.page_box, self.page_step, self.page_code, self.page_text = self._column()
        self.body.addLayout(self.codes)
        self.close_button = button("", "primaryButton")
        self.close_button.clicked.connect(self.close_overlay)
        self.body.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.share: Optional[ShareSettings] = None
        self.state, self.url, self.error = "off", "", ""
        self.retranslate()

    def _column(self):
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        step = label("", "takeHomeStep", align=Qt.AlignmentFlag.AlignCenter)
        code = QrCode()
        text = label("", "takeHomeText", align=Qt.AlignmentFlag.AlignCenter)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lay.addWidget(step)
        lay.addWidget(code, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(text)
        lay.addStretch(1)                  # both columns start at the top: the steps side by side
        self.codes.addWidget(box, 1)
        return box, step, code, text

    def show_for(self, share: ShareSettings, state: str, url: str, error="") -> None:
        """Fill from the share state (``ShareHost.state``/``url``/``error``) and open."""
        self.share, self.state, self.url, self.error = share, state, url, error
        serving = state in ("on", "preparing") and bool(url)
        self.page_code.set_text(url if serving else "")
        wifi = serving and bool(share.wifi_ssid)
        self.wifi_code.set_text(wifi_payload(share.wifi_ssid, share.wifi_password, share.wifi_security) if wifi else "")
        self.wifi_box.setVisible(wifi)
        self.page_box.setVisible(serving)
        self.retranslate()
        if not self.isVisible():
            self.open()
        self.set_unit(*self._unit())

    def _unit(self) -> tuple[float, bool]:
        from .theme import unit_for
        parent = self.parentWidget()
        return unit_for(parent.width(), parent.height()), parent.height() > parent.width()

    def retranslate(self) -> None:
        self.title.setText(translate("KioskTakeHome", "Take it home on your phone"))
        self.close_button.setText(translate("KioskTakeHome", "Close"))
        serving = self.state in ("on", "preparing") and bool(self.url)
        if not serving:
            self.message.setText(translate("KioskTakeHome", "Sharing to phones is off at the moment. Please ask the "
                                                            "booth staff for a printed sheet."))
        elif self.state == "preparing":
            self.message.setText(translate("KioskTakeHome", "Point your phone's camera at the codes. The sheets are "
                                                            "still being prepared: if the page says so, reload it "
                                                            "in a minute."))
        else:
            self.message.setText(translate("KioskTakeHome", "Point your phone's camera at the codes: every fact sheet "
                                                            "and table, free, without Internet."))
        share = self.share or ShareSettings()
        self.wifi_step.setText(translate("KioskTakeHome", "1. Join the booth's Wi-Fi"))
        wifi = translate("KioskTakeHome", "Wi-Fi: {name}").format(name=share.wifi_ssid)
        if share.wifi_security != "nopass" and share.wifi_password:
            wifi += "\n" + translate("KioskTakeHome", "Password: {password}").format(password=share.wifi_password)
        self.wifi_text.setText(wifi)
        self.page_step.setText(translate("KioskTakeHome", "2. Open the page") if share.wifi_ssid
                               else translate("KioskTakeHome", "Open the page"))
        self.page_text.setText(self.url)

    def set_unit(self, u: float, portrait: bool) -> None:
        super().set_unit(u, portrait)
        parent = self.parentWidget()
        long_side, short_side = max(parent.width(), parent.height()), min(parent.width(), parent.height())
        px = round(min(SYMBOL_SHARE * long_side, SYMBOL_HEIGHT_SHARE * short_side))
        for code in (self.wifi_code, self.page_code):
            code.set_symbol_px(px)
        self.codes.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.codes.setSpacing(round(2 * u))
        m = max(8, round(1.6 * u))
        self.body.setContentsMargins(m, m, m, m)
        self.body.setSpacing(max(4, round(0.6 * u)))
        big, text = max(18, round(2.8 * u)), max(15, round(2.2 * u))
        self.setStyleSheet(f"#takeHomeStep {{ font-size: {big}px; font-weight: 600; }}"
                           f"#takeHomeText {{ font-size: {text}px; font-weight: 600; }}")

    def texts(self) -> list[str]:
        return [text_of(w.text()) for w in (self.title, self.message, self.wifi_step, self.wifi_text,
                                             self.page_step, self.page_text) if w.isVisibleTo(self) and w.text()]


class TakeHomeButton(Retranslating, QPushButton):
    """The top bar's "Take it home" button (on the home screen and every section)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("takeHomeButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("KioskTakeHome", "Take it home"))

    def set_unit(self, u: float) -> None:
        from .theme import AMBER, NAVY, touch
        # white, not amber: amber marks the chosen language beside it
        self.setStyleSheet(f"#takeHomeButton {{ background: white; color: {NAVY}; border: 3px solid {AMBER}; "
                           f"border-radius: {max(1, round(0.8 * u))}px; font-size: {max(15, round(2.2 * u))}px; "
                           f"font-weight: 700; padding: 0 {round(2 * u)}px; min-height: {touch(u)}px; }}"
                           f"#takeHomeButton:pressed {{ background: #fde9b8; }}")
        # never widen the top bar past the window (that would drop full screen): on a narrow
        # window the button gives way first
        self.setMinimumWidth(touch(u))
