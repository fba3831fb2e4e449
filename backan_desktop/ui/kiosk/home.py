"""The home screen a visitor lands on after touching the loop: one big button per section, each
with a headline figure, and a way back to the slides."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...core.sheets import SHEET_IDS, Sheet
from ...qt.chart_painter import PALETTE
from ..retranslate import Retranslating
from .slides import headline_kpi
from .theme import large_text, set_large_text
from .widgets import button, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text


class SectionButton(QPushButton):
    """A big card-like button: the section's title, a headline figure and what it measures."""

    def __init__(self, sheet: Sheet, color: str = "#1f4e79", avoid: frozenset = frozenset(), parent=None):
        super().__init__(parent)
        self.sheet_id = sheet.id
        self.setObjectName("sectionButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.color = color
        self.lay = QVBoxLayout(self)
        self.title = label(sheet.title, "sectionTitle")
        self.lay.addWidget(self.title)
        self.lay.addStretch(1)
        # the headline figure, then one more of the section's figures (not one another card shows,
        # ``avoid``): a card is read, not half blank; a card with one figure has it in its middle
        kpi = headline_kpi(sheet)
        others = [k for k in sheet.kpis if k is not kpi and k.label != (kpi.label if kpi else "")
                  and (k.label, k.value) not in avoid][:1]
        self.value, self.caption = self._figure(kpi, "sectionValue")
        self.more = [self._figure(k, "sectionMoreValue") for k in others]
        self.shown = {(k.label, k.value) for k in ([kpi] if kpi else []) + others}
        if not others:
            self.lay.addStretch(1)
        for w in (self.title, self.value, self.caption, *(w for pair in self.more for w in pair)):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        figures = [f"{k.label}: {k.value}, {k.period}" for k in ([kpi] if kpi else []) + others]
        self.setAccessibleDescription("; ".join(figures))
        self.setAccessibleName(sheet.title)

    def _figure(self, kpi, obj: str):
        value = label((kpi.value + kpi.mark) if kpi else "", obj)
        caption = label(f"{kpi.label} · {kpi.period}" if kpi else "", "sectionLabel")
        self.lay.addWidget(value)
        self.lay.addWidget(caption)
        return value, caption

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the second figure only where it fits whole (a small screen with larger text has no room)
        m = self.lay.contentsMargins()
        width = self.width() - m.left() - m.right()
        first = [self.title, self.value, self.caption]
        need = m.top() + m.bottom() + sum(w.heightForWidth(width) for w in first) + 2 * self.lay.spacing()
        extra = sum(w.heightForWidth(width) + self.lay.spacing() for pair in self.more for w in pair)
        for pair in self.more:
            for w in pair:
                w.setVisible(need + extra <= self.height())

    def set_unit(self, u: float) -> None:
        m = round(2.2 * u)
        self.lay.setContentsMargins(m + round(0.6 * u), round(1.8 * u), m, round(1.8 * u))
        self.lay.setSpacing(round(0.4 * u))
        self.setStyleSheet(f"#sectionButton {{ border-left: {max(4, round(0.9 * u))}px solid {self.color}; }}")


class HomePage(Retranslating, QWidget):
    section_chosen = Signal(str)
    loop_requested = Signal()
    text_size_changed = Signal()         # the visitor turned "Larger text" on or off

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buttons: dict[str, SectionButton] = {}
        self.portrait = False
        self.outer = QVBoxLayout(self)
        self.title = label("", "homeTitle")
        self.sub = label("", "homeSub")
        self.outer.addWidget(self.title)
        self.outer.addWidget(self.sub)
        self.grid = QGridLayout()
        self.outer.addLayout(self.grid, 1)
        row = QHBoxLayout()
        self.large_button = button("", "secondaryButton")
        self.large_button.setCheckable(True)
        self.large_button.setChecked(large_text())
        self.large_button.toggled.connect(self._set_large_text)
        row.addWidget(self.large_button)
        row.addStretch(1)
        self.loop_button = button("", "secondaryButton", "play", "#1f4e79")
        self.loop_button.clicked.connect(self.loop_requested)
        row.addWidget(self.loop_button)
        self.outer.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("KioskHome", "Explore the economy of the former Bắc Kạn province"))
        self.sub.setText(translate("KioskHome", "Touch a topic to see its figures and charts."))
        self.loop_button.setText(translate("KioskHome", "Watch the slideshow"))
        self.large_button.setText(("✓ " if self.large_button.isChecked() else "") + translate("KioskHome", "Larger text"))

    def _set_large_text(self, on: bool) -> None:
        set_large_text(on)
        self.retranslate()
        self.text_size_changed.emit()

    def set_sheets(self, sheets: dict[str, Sheet]) -> None:
        for b in self.buttons.values():
            self.grid.removeWidget(b)
            b.hide()            # gone from the screen now, not at the next turn of the event loop
            b.deleteLater()
        self.buttons = {}
        shown = {(k.label, k.value) for k in map(headline_kpi, sheets.values()) if k}
        for sid in SHEET_IDS:
            if sid in sheets:
                b = SectionButton(sheets[sid], PALETTE[len(self.buttons) % len(PALETTE)], frozenset(shown))
                shown |= b.shown                    # no figure on two cards
                b.clicked.connect(lambda _=False, s=sid: self.section_chosen.emit(s))
                self.buttons[sid] = b
        self._place()

    def _place(self) -> None:
        cols = 2 if self.portrait else 3
        for i, b in enumerate(self.buttons.values()):
            self.grid.addWidget(b, i // cols, i % cols)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < cols else 0)
        for r in range(3):
            self.grid.setRowStretch(r, 1 if r < (len(self.buttons) + cols - 1) // cols else 0)

    def set_unit(self, u: float, portrait: bool) -> None:
        m = round(3.2 * u)
        self.outer.setContentsMargins(m, round(2.4 * u), m, round(2 * u))
        self.outer.setSpacing(round(1.2 * u))
        self.grid.setSpacing(round(1.8 * u))
        self.loop_button.setIconSize(QSize(round(2.6 * u), round(2.6 * u)))
        for b in self.buttons.values():
            b.set_unit(u)
        if portrait != self.portrait:
            self.portrait = portrait
            self._place()
