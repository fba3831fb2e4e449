"""Building blocks of fair mode: a chart drawn by the sheet painter at presentation size, KPI
blocks, a stack that cross-fades, in-window overlays (no separate dialog windows) and an
on-screen message."""
from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (QFrame, QGraphicsOpacityEffect, QGridLayout, QLabel, QPushButton, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from ...core.sheets import Chart, Kpi
from ...core.texts import status_label
from ..retranslate import Retranslating, Text, text_of
from .icons import icon


def label(text: str = "", obj: str = "", wrap: bool = True, align: Optional[Qt.AlignmentFlag] = None) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    if obj:
        lab.setObjectName(obj)
    if align is not None:
        lab.setAlignment(align)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


def strip_refs(text: str) -> str:
    """Drop "[2]"-style references: they point into the printed sheet's numbered source list,
    which the kiosk does not show (it names the publishers instead)."""
    return re.sub(r"\s*\[\d+(?:,\s*\d+)*\]", "", text)


def button(text: str = "", obj: str = "primaryButton", icon_kind: str = "", icon_color: str = "#ffffff") -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(obj)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)      # reachable by Tab (a focus ring shows), never by a touch
    if icon_kind:
        b.setIcon(icon(icon_kind, icon_color))
    return b


class ChartCanvas(QWidget):
    """A sheet chart painted by :func:`~backan_desktop.qt.chart_painter.paint_chart` — the very
    drawing of the printed sheet — magnified by ``scale`` so ticks and labels read from afar."""

    def __init__(self, chart: Optional[Chart] = None, parent=None):
        super().__init__(parent)
        self.chart = chart
        self.scale = 2.0
        self.frame = None             # where the last paint put the plot (chart_painter.ChartFrame), unscaled
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)
        if chart is not None:
            self.setAccessibleName(chart.title)

    def set_scale(self, scale: float) -> None:
        self.scale = max(0.5, scale)
        self.update()

    def paintEvent(self, event) -> None:
        if self.chart is None:
            return
        from ...qt.chart_painter import paint_chart

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        k = self.scale
        p.scale(k, k)
        unit = (self.logicalDpiY() or 96) / 72.0
        self.frame = paint_chart(p, self.chart, QRectF(0, 0, self.width() / k, self.height() / k), unit)
        p.end()


SMALLEST_VALUE = 0.6        # a tile too short for its text sets its value down to this share of its size


class KpiBlock(QFrame):
    """One KPI: label, big value (with its status mark), period and status, change; optionally
    (``show_note``) the earlier figure an article gave and its note, and its source. ``obj`` picks
    the look: ``slideKpi`` (dark slide) or ``tileKpi``."""

    def __init__(self, kpi: Kpi, lang: str, obj: str = "slideKpi", source: str = "", show_note: bool = False,
                 parent=None):
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName(obj)
        lay = QVBoxLayout(self)
        self.layout_ = lay
        lay.setSpacing(2)
        self.label_label = label(kpi.label, "kpiLabel")
        self.value_label = label(kpi.value + kpi.mark, "kpiValue")
        period = kpi.period
        if kpi.status != "official":
            period += f" · {status_label(kpi.status, lang)}"
        self.period_label = label(period, "kpiPeriod")
        lay.addWidget(self.label_label)
        lay.addWidget(self.value_label)
        lay.addWidget(self.period_label)
        self.change_label = None
        if kpi.change:
            self.change_label = label(kpi.change, "kpiChange")
            lay.addWidget(self.change_label)
        self.earlier_label = None
        self.spare_earlier = False         # True where the tile's height is imposed (a grid filling the screen)
        self.value_px = 0                  # the value's size in the theme, once fit_earlier has set it smaller
        if show_note and kpi.earlier:      # one muted line, as the paper prints it, where there is room
            self.earlier_label = label(strip_refs(kpi.earlier), "kpiEarlier")
            lay.addWidget(self.earlier_label)
        if show_note and kpi.note:
            # "[2]" points into the printed sheet's source list, which the kiosk does not show
            lay.addWidget(label(strip_refs(kpi.note), "kpiNote"))
        if source:
            lay.addWidget(label(source, "kpiSource"))
        lay.addStretch(1)
        self.setAccessibleName(f"{kpi.label}: {kpi.value}, {kpi.period}")
        self.setAccessibleDescription(". ".join(strip_refs(x) for x in (kpi.change, show_note and kpi.earlier) if x))

    def set_unit(self, u: float) -> None:
        m = max(6, round(1.6 * u))
        self.layout_.setContentsMargins(m, round(m * 0.8), m, round(m * 0.8))
        self.layout_.setSpacing(max(2, round(0.4 * u)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_earlier()

    def need(self, width: int, spared: bool = False, value_scale: float = 1.0) -> int:
        """The height this tile's whole text takes at ``width`` — its earlier figure included
        unless ``spared``, its value at the theme's size times ``value_scale`` — whatever
        :meth:`fit_earlier` left out or shrank. Measures only: changes nothing (a layout asks while
        it places the tile)."""
        self.ensurePolished()
        lay, lab, value = self.layout_, self.earlier_label, self.value_label
        m = lay.contentsMargins()
        inner = max(1, width - m.left() - m.right())
        height = lay.totalHeightForWidth(width)
        if lab is not None and lab.isHidden() != spared:
            height += (1 if lab.isHidden() else -1) * (lab.heightForWidth(inner) + lay.spacing())
        base = self.value_px if value.styleSheet() and self.value_px else value.font().pixelSize()
        if base > 0 and (value.styleSheet() or value_scale != 1.0):      # the value at the size asked
            font = QFont(value.font())
            font.setPixelSize(max(1, int(base * value_scale)))
            wanted = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 1 << 20), Qt.TextFlag.TextWordWrap,
                                                     value.text()).height()
            height += wanted - value.heightForWidth(inner)
        return height

    def fit_earlier(self) -> None:
        """The earlier figure is the line a tile can spare: it is left out while the tile is too
        short to hold it with the rest (five tiles on a 1920×1080 screen), and back when it fits.
        Only a tile whose height is imposed (``spare_earlier``) spares it; one as tall as its text keeps it.
        If the tile is still too short (a long value wrapping onto a second line), the value is set
        smaller, down to 60 % of its size, rather than have its last line cut off."""
        if not self.spare_earlier:
            return
        lab, lay, w = self.earlier_label, self.layout_, self.width()
        value = self.value_label
        value.setStyleSheet("")                       # the theme's size first
        value.ensurePolished()
        if lab is not None:
            need = lay.totalHeightForWidth(w)
            if lab.isHidden():
                m = lay.contentsMargins()
                need += lab.heightForWidth(w - m.left() - m.right()) + lay.spacing()
            lab.setHidden(need > self.height())
        lay.invalidate()
        base = size = self.value_px = value.font().pixelSize()
        while base > 0 and lay.totalHeightForWidth(w) > self.height() and size > SMALLEST_VALUE * base:
            size = max(int(SMALLEST_VALUE * base), int(size * 0.9))
            value.setStyleSheet(f"font-size: {size}px;")
            value.ensurePolished()
            lay.invalidate()


class FadeStack(QStackedWidget):
    """A stacked widget that cross-fades: the outgoing page's picture lies on top of the new
    page and fades out (QPropertyAnimation on a QGraphicsOpacityEffect)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cover = QLabel(self)
        self.cover.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.cover.hide()
        self.effect = QGraphicsOpacityEffect(self.cover)
        self.cover.setGraphicsEffect(self.effect)
        self.animation = QPropertyAnimation(self.effect, b"opacity", self)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.animation.finished.connect(self.cover.hide)

    def fade_to(self, index: int, ms: int = 700) -> None:
        if index == self.currentIndex():
            return
        old = self.currentWidget()
        if ms <= 0 or old is None or not self.isVisible():
            self.setCurrentIndex(index)
            return
        self.animation.stop()
        self.cover.setPixmap(old.grab())
        self.cover.setGeometry(self.rect())
        self.effect.setOpacity(1.0)
        self.setCurrentIndex(index)
        self.cover.show()
        self.cover.raise_()
        self.animation.setDuration(ms)
        self.animation.setStartValue(1.0)
        self.animation.setEndValue(0.0)
        self.animation.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.cover.setGeometry(self.rect())


class Dots(QWidget):
    """Where the loop is: one dot per slide, the current one filled."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.count, self.current = 0, 0
        self.color = QColor("#ffffff")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_state(self, count: int, current: int) -> None:
        resize = count != self.count
        self.count, self.current = count, current
        if resize:
            self.set_unit(getattr(self, "u", 8.0))
        self.update()

    def set_unit(self, u: float) -> None:
        self.u = u
        self.d = max(8, round(1.4 * u))
        self.setFixedSize(max(1, self.count) * self.d * 2, self.d * 2)

    def paintEvent(self, event) -> None:
        d = getattr(self, "d", 10)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self.color, max(1.5, d / 6))
        for i in range(self.count):
            p.setPen(pen)
            p.setBrush(self.color if i == self.current else Qt.BrushStyle.NoBrush)
            p.drawEllipse(QRectF(i * 2 * d + d / 2, d / 2, d, d))
        p.end()


class Overlay(QWidget):
    """A panel over the whole kiosk window (a dimmed backdrop and a white card), instead of a
    separate dialog window: it cannot fall behind the full-screen window, and the idle reset
    simply hides it. ``closes_on_idle`` False keeps it (the first-run PIN prompt)."""

    closed = Signal()
    closes_on_idle = True

    def __init__(self, parent: QWidget, obj: str = ""):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid = QGridLayout(self)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.card = QFrame()
        self.card.setObjectName("overlayCard")
        if obj:
            self.setObjectName(obj)
        self.body = QVBoxLayout(self.card)
        grid.addWidget(self.card, 1, 1)
        self.width_share = 0.5          # of the window width, in landscape
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def close_overlay(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def set_unit(self, u: float, portrait: bool) -> None:
        parent = self.parentWidget()
        share = 0.92 if portrait else self.width_share
        self.card.setFixedWidth(int(parent.width() * share))
        m = max(12, round(3 * u))
        self.body.setContentsMargins(m, m, m, m)
        self.body.setSpacing(max(8, round(1.4 * u)))
        if self.isVisible():
            self.setGeometry(parent.rect())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(8, 20, 33, 170))
        p.end()

    def mousePressEvent(self, event) -> None:   # nothing below reacts while an overlay is up
        event.accept()


class Toast(Retranslating, QLabel):
    """A message on the screen: ``ok`` (green), ``error`` (red), ``info`` or ``busy`` (until the
    next message); hides itself after a while or when touched. A message given as a :data:`Text`
    function is shown again in the new language when a visitor switches."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("kind", "ok")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.ms = 8000
        self._text: Text = ""
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind"))

    def show_message(self, text: Text, kind: str = "ok") -> None:
        self._text = text
        self.setText(text_of(text))
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.place()
        self.show()
        self.raise_()
        if kind == "busy":
            self.timer.stop()
        else:
            # a confirmation is read in a glance; an error stays longer
            self.timer.start({"error": int(self.ms * 1.5), "info": self.ms // 2, "ok": self.ms // 2}.get(kind, self.ms))

    def retranslate(self) -> None:
        if callable(self._text) and self.isVisible():
            self.setText(self._text())
            self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        w = int(parent.width() * 0.7)
        h = self.heightForWidth(w) if self.hasHeightForWidth() else self.sizeHint().height()
        h = max(h, self.sizeHint().height())
        # low on the screen, over the bottom bars rather than the figures of the slide or page
        self.setGeometry((parent.width() - w) // 2, int(parent.height() * 0.95) - h, w, h)

    def mousePressEvent(self, event) -> None:
        if self.kind != "busy":
            self.hide()
        event.accept()
