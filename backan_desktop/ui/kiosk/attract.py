"""The attract loop: headline slides that cross-fade one into the next while nobody touches the
screen."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...core.texts import t
from ..retranslate import Retranslating
from .slides import Slide
from .widgets import ChartCanvas, Dots, FadeStack, KpiBlock, label, strip_refs

translate = QCoreApplication.translate   # lupdate reads the literal context and text

SLIDE_TITLES = {
    "grdp": QT_TRANSLATE_NOOP("KioskSlides", "GRDP and growth"),
    "agriculture": QT_TRANSLATE_NOOP("KioskSlides", "Agriculture, cooperatives and OCOP products"),
    "trade-promotion": QT_TRANSLATE_NOOP("KioskSlides", "Trade fairs and product weeks"),
    "trade": QT_TRANSLATE_NOOP("KioskSlides", "Import and export"),
    "investment": QT_TRANSLATE_NOOP("KioskSlides", "Investment projects"),
    "province": QT_TRANSLATE_NOOP("KioskSlides", "The former Bắc Kạn province at a glance"),
}


def slide_title(slide_id: str) -> str:
    return translate("KioskSlides", SLIDE_TITLES[slide_id])


def sources_text(publishers: list[str], lang: str, most: int = 3) -> str:
    if not publishers:
        return ""
    shown = "; ".join(publishers[:most])
    if len(publishers) > most:
        shown += f" (+{len(publishers) - most})"
    return f"{t('source', lang)}: {shown}"


class SlideView(Retranslating, QFrame):
    """One headline slide: heading, big KPIs, and a chart or a short list."""

    def __init__(self, slide: Slide, section_title: str, parent=None):
        super().__init__(parent)
        self.slide = slide
        self.stacked = len(slide.kpis) <= 1      # one figure: above the list, not beside it
        self.setObjectName("slide")
        self.outer = QVBoxLayout(self)
        self.eyebrow = label(section_title.upper(), "slideEyebrow")
        self.heading = label("", "slideHeading")
        self.outer.addWidget(self.eyebrow)
        self.outer.addWidget(self.heading)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.kpi_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.kpi_blocks = [KpiBlock(k, slide.lang, "slideKpi") for k in slide.kpis]
        for b in self.kpi_blocks:
            self.kpi_box.addWidget(b, 1)
        self.body.addLayout(self.kpi_box, 5)

        self.side = QVBoxLayout()
        self.chart_canvas = None
        self.bullet_labels = []
        if slide.statement:
            self.statement = label(slide.statement, "statement")
            self.side.addWidget(self.statement)
        if slide.chart is not None:
            card = QFrame()
            card.setObjectName("chartCard")
            self.chart_layout = QVBoxLayout(card)
            self.chart_layout.addWidget(label(slide.chart.title, "chartTitle"))
            self.chart_canvas = ChartCanvas(slide.chart)
            self.chart_layout.addWidget(self.chart_canvas, 1)
            if slide.chart.note:
                self.chart_layout.addWidget(label(strip_refs(slide.chart.note), "chartNote"))
            self.side.addWidget(card, 1)
        if slide.bullets:
            card = QFrame()
            card.setObjectName("bulletCard")
            self.bullet_layout = QVBoxLayout(card)
            for i, b in enumerate(slide.bullets):
                if i:
                    self.bullet_layout.addStretch(1)
                row = QHBoxLayout()
                mark = label("•", "bulletMark", wrap=False, align=Qt.AlignmentFlag.AlignTop)
                col = QVBoxLayout()
                col.setSpacing(0)
                text = label(b.text, "bulletText")
                col.addWidget(text)
                self.bullet_labels.append(text)
                if b.detail:
                    detail = label(b.detail, "bulletDetail")
                    col.addWidget(detail)
                    self.bullet_labels.append(detail)
                row.addWidget(mark)
                row.addLayout(col, 1)
                self.bullet_layout.addLayout(row)
            self.bullet_layout.addStretch(2)
            self.side.addWidget(card, 1)
        self.body.addLayout(self.side, 7)
        self.outer.addLayout(self.body, 1)
        self.source = label(sources_text(slide.sources, slide.lang), "slideSource")
        self.outer.addWidget(self.source)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(slide_title(self.slide.id))
        self.setAccessibleName(self.heading.text())

    def texts(self) -> list[str]:
        """What the slide shows, as a visitor reads it."""
        from PySide6.QtWidgets import QLabel
        return [w.text() for w in self.findChildren(QLabel)]

    def set_unit(self, u: float, portrait: bool) -> None:
        m = round(3.2 * u)
        self.outer.setContentsMargins(m, round(2.4 * u), m, round(1.6 * u))
        self.outer.setSpacing(round(1.0 * u))
        vertical = portrait or self.stacked
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(round(2.4 * u))
        self.body.setStretch(0, 0 if vertical else 5)
        self.body.setStretch(1, 1 if vertical else 7)
        # one figure per row: side by side they wrap into narrow columns in portrait
        self.kpi_box.setDirection(QBoxLayout.Direction.TopToBottom)
        self.kpi_box.setSpacing(round(1.4 * u))
        self.side.setSpacing(round(1.4 * u))
        for b in self.kpi_blocks:
            b.set_unit(u)
        if self.chart_canvas is not None:
            pad = round(1.6 * u)
            self.chart_layout.setContentsMargins(pad, pad, pad, pad)
            self.chart_canvas.set_scale(u / 4.6)
        if self.slide.bullets:
            pad = round(2 * u)
            self.bullet_layout.setContentsMargins(pad, pad, pad, pad)
            self.bullet_layout.setSpacing(round(1.2 * u))


class AttractPage(Retranslating, QWidget):
    """The slides and, below them, where the loop is and an invitation to touch."""

    slide_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.views: list[SlideView] = []
        self.stack = FadeStack()
        self.fade_ms = 700
        self.timer = QTimer(self)
        self.timer.setInterval(8000)
        self.timer.timeout.connect(self.next_slide)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.stack, 1)
        self.bar = QFrame()
        self.bar.setObjectName("attractBar")
        self.bar_layout = QHBoxLayout(self.bar)
        self.dots = Dots()
        self.hint = label("", "touchHint", wrap=False)
        self.bar_layout.addWidget(self.dots)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.hint)
        lay.addWidget(self.bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(translate("KioskWindow", "Touch the screen to explore"))

    def set_slides(self, views: list[SlideView]) -> None:
        """Replace the slides (new language, new settings); the loop restarts at the first."""
        for v in self.views:
            self.stack.removeWidget(v)
            v.deleteLater()
        self.views = views
        for v in views:
            self.stack.addWidget(v)
        if views:
            self.stack.setCurrentIndex(0)
        self.dots.set_state(len(views), 0)

    @property
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_view(self) -> SlideView | None:
        return self.views[self.current_index] if self.views else None

    def next_slide(self) -> None:
        if len(self.views) < 2:
            return
        i = (self.current_index + 1) % len(self.views)
        self.stack.fade_to(i, self.fade_ms)
        self.dots.set_state(len(self.views), i)
        self.slide_changed.emit(i)

    def start(self, interval_ms: int | None = None) -> None:
        if interval_ms:
            self.timer.setInterval(interval_ms)
        if self.views:
            self.stack.setCurrentIndex(0)
            self.dots.set_state(len(self.views), 0)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def set_unit(self, u: float, portrait: bool) -> None:
        for v in self.views:
            v.set_unit(u, portrait)
        m = round(3.2 * u)
        self.bar_layout.setContentsMargins(m, round(1.0 * u), m, round(1.2 * u))
        self.dots.set_unit(u)
