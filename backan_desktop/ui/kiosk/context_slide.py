"""Fair mode's "in context" slides: after the GRDP, investment and province slides of the loop,
the same section's In-context block (the block of the printed sheet, built once in the core) —
the region's provinces as ranked dots with Bắc Kạn highlighted and Viet Nam as a reference line,
or the locator map; beside it the lines (Bắc Kạn, the region, Viet Nam) and the publishers.

Drawn by :mod:`backan_desktop.qt.context_painter` and :mod:`backan_desktop.qt.map_painter`, the
painters of the printed sheet, with text set for reading from a few metres and shrunk only as far
as the screen needs so that nothing is cut off.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QBoxLayout, QFrame, QSizePolicy, QVBoxLayout, QWidget

from ...qt.context_painter import paint_ranked, ranked_height
from ...qt.map_painter import ALL_KEY_ROWS, locator_key_height, paint_locator, paint_locator_key
from ..retranslate import Retranslating
from .attract import SlideView, sources_text
from .slides import CONTEXT_AFTER, ContextSlide, build_context_slide
from .theme import LARGE_TEXT, MIN_TEXT, large_text
from .widgets import label, strip_refs

translate = QCoreApplication.translate

CONTEXT_TITLES = {
    "context-economy": QT_TRANSLATE_NOOP("KioskSlides", "Growth next to the region and Viet Nam"),
    "context-investment": QT_TRANSLATE_NOOP("KioskSlides", "Competitiveness (PCI) among the region's provinces"),
    "context-overview": QT_TRANSLATE_NOOP("KioskSlides", "Where the former Bắc Kạn province lies, and where it ranks"),
}
SMALLEST = 0.55          # of the wanted text size: the least a crowded screen may shrink it to


class ContextCanvas(QWidget):
    """The block's graphic: the locator map, else the ranked dots. ``scale`` magnifies the
    printed sizes (7.5 pt text) as a fair-mode chart is magnified."""

    def __init__(self, slide: ContextSlide, parent=None):
        super().__init__(parent)
        self.slide = slide
        self.scale = 2.0
        self.used_scale = 0.0            # what the last paint used (a test reads it)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        block = slide.block
        self.setAccessibleName(strip_refs(block.ranked_title) if block.ranked is not None
                               else translate("MapWidget", "Map: where the former Bắc Kạn province lies"))
        self.setAccessibleDescription(" ".join(strip_refs(x) for x in slide.texts()))

    def set_scale(self, scale: float) -> None:
        self.scale = max(0.5, scale)
        self.update()

    def fitted_scale(self) -> float:
        """The scale at which the ranked dots fit the widget's height (the map always fits)."""
        block, k = self.slide.block, self.scale
        if block.ranked is None:
            return k
        dpu = (self.logicalDpiY() or 96) / 72.0
        rect = self._rect()
        while k > self.scale * SMALLEST and ranked_height(self, block.ranked, rect.width(), dpu * k, 7.5 * k) > rect.height():
            k *= 0.94
        return k

    def _rect(self) -> QRectF:
        pad = 0.02 * min(self.width(), self.height()) + 4
        return QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        k = self.used_scale = self.fitted_scale()
        unit = (self.logicalDpiY() or 96) / 72.0 * k
        block, lang = self.slide.block, self.slide.lang
        if block.map:            # the key under the map, not over its northern provinces
            rect = self._rect()
            key_h = locator_key_height(self, unit, 7.5 * k, ALL_KEY_ROWS)
            paint_locator(p, rect.adjusted(0, 0, 0, -key_h), lang, unit, 7.5 * k, legend=False)
            paint_locator_key(p, rect.left() + 2 * unit, rect.bottom() - key_h + unit, lang, unit, 7.5 * k, ALL_KEY_ROWS)
        elif block.ranked is not None:
            paint_ranked(p, self._rect(), block.ranked, lang, unit, 7.5 * k)
        p.end()


class LinesCanvas(QWidget):
    """The block's lines on the dark slide: each figure's label, then Bắc Kạn, the region and
    Viet Nam one per line, then the notes. Painted (not labels) so that their sizes are measured
    exactly: text is set smaller, down to :data:`SMALLEST`, only when the height asks for it."""

    SIZES = {"label": (2.8, True, QColor("white")), "part": (2.3, False, QColor("#c4d6e8")),
             "note": (1.8, False, QColor("#a9c1d9"))}          # × u px, as the fair-mode theme sets them

    def __init__(self, slide: ContextSlide, parent=None):
        super().__init__(parent)
        self.slide = slide
        self.u = 8.0
        self.used_scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(slide.block.title)
        self.setAccessibleDescription(" ".join(text for text, _ in self.items()))

    def items(self) -> list[tuple[str, str]]:
        out = []
        for ln in self.slide.block.lines:
            out.append((ln.label, "label"))
            out += [(strip_refs(x), "part") for x in ln.parts]
        return out + [(strip_refs(n), "note") for n in self.slide.block.notes]

    def set_unit(self, u: float) -> None:
        self.u = u
        self.update()

    def _font(self, kind: str, k: float) -> QFont:
        size, bold, _ = self.SIZES[kind]
        text = LARGE_TEXT if large_text() else 1.0
        font = QFont(self.font())
        font.setPixelSize(max(round(MIN_TEXT * text), round(size * self.u * k * text)))     # never under the floor
        font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
        return font

    def layout_height(self, k: float) -> float:
        gap = 0.6 * self.u * k
        h = 0.0
        for text, kind in self.items():
            fm = QFontMetrics(self._font(kind, k))
            h += fm.boundingRect(0, 0, self.width(), 10**6, int(Qt.TextFlag.TextWordWrap), text).height()
            h += gap * (2 if kind == "label" else 1) if h else 0
        return h

    def fitted_scale(self) -> float:
        k = 1.0
        while k > SMALLEST and self.layout_height(k) > self.height():
            k -= 0.05
        return max(k, SMALLEST)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        k = self.used_scale = self.fitted_scale()
        gap = 0.6 * self.u * k
        y = 0.0
        for text, kind in self.items():
            font = self._font(kind, k)
            h = QFontMetrics(font).boundingRect(0, 0, self.width(), 10**6, int(Qt.TextFlag.TextWordWrap), text).height()
            if y:
                y += gap * (2 if kind == "label" else 1)
            p.setFont(font)
            p.setPen(self.SIZES[kind][2])
            p.drawText(QRectF(0, y, self.width(), h), int(Qt.TextFlag.TextWordWrap), text)
            y += h
        p.end()


class ContextSlideView(Retranslating, QFrame):
    """One context slide: eyebrow and heading as on the other slides, the graphic on a white card,
    the lines beside it (below it in portrait), the publishers at the bottom."""

    def __init__(self, slide: ContextSlide, section_title: str, parent=None):
        super().__init__(parent)
        self.slide = slide
        self.setObjectName("slide")          # the look of the other slides: the theme's #slide rules
        self.eyebrow, self.heading = label(section_title.upper(), "slideEyebrow"), label("", "slideHeading")
        self.outer = QVBoxLayout(self)
        for w in (self.eyebrow, self.heading):
            self.outer.addWidget(w)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        card = QFrame()
        card.setObjectName("chartCard")
        self.card_layout = QVBoxLayout(card)
        self.canvas = ContextCanvas(slide)
        self.card_layout.addWidget(self.canvas, 1)
        self.body.addWidget(card, 6)
        lines = QFrame()
        lines.setObjectName("bulletCard")
        self.lines_layout = QVBoxLayout(lines)
        self.lines = LinesCanvas(slide)
        self.lines_layout.addWidget(self.lines)
        self.body.addWidget(lines, 5)
        self.outer.addLayout(self.body, 1)
        self.source = label(sources_text(slide.sources, slide.lang), "slideSource")
        self.outer.addWidget(self.source)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("KioskSlides", CONTEXT_TITLES[self.slide.id]))
        self.setAccessibleName(self.heading.text())

    def texts(self) -> list[str]:
        from PySide6.QtWidgets import QLabel
        return [w.text() for w in self.findChildren(QLabel)] + [text for text, _ in self.lines.items()]

    def set_unit(self, u: float, portrait: bool) -> None:
        m = round(3.2 * u)
        self.outer.setContentsMargins(m, round(2.4 * u), m, round(1.6 * u))
        self.outer.setSpacing(round(1.0 * u))
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(round(2.4 * u))
        self.body.setStretch(0, 6)
        self.body.setStretch(1, 4 if portrait else 5)
        pad = round(1.6 * u)
        self.card_layout.setContentsMargins(pad, pad, pad, pad)
        self.lines_layout.setContentsMargins(pad, pad, pad, pad)
        self.canvas.set_scale(u / 4.6)
        self.lines.set_unit(u)


def loop_views(library, sheets: dict, slides: list) -> list[QWidget]:
    """The loop's views: each headline slide, followed by its section's context slide where the
    section has one (:data:`~.slides.CONTEXT_AFTER`)."""
    views: list[QWidget] = []
    for s in slides:
        views.append(SlideView(s, sheets[s.section].title))
        section = CONTEXT_AFTER.get(s.id)
        extra = build_context_slide(library, sheets, section) if section else None
        if extra is not None:
            views.append(ContextSlideView(extra, sheets[section].title))
    return views
