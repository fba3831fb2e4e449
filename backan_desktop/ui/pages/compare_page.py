"""The Compare page: Bắc Kạn among the 14 provinces of its region and next to Viet Nam.

A ranked dot chart of one indicator and year (Bắc Kạn highlighted; the regional median and the
national value as reference lines where they exist), the provinces with no published figure named
below it, and the PCI sub-index profile. All content comes from :mod:`backan_desktop.core.context`;
this module only lays it out.
"""
from __future__ import annotations

import os
from html import escape

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontMetrics  # noqa: E402
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,  # noqa: E402
                               QVBoxLayout, QWidget)

from ...core import context  # noqa: E402
from ...core.formatting import format_number  # noqa: E402
from ...core.sheets import TableBlock  # noqa: E402
from ...core.sheets.context_block import over_time  # noqa: E402
from ...core.texts import status_label, t  # noqa: E402
from ...qt.context_painter import HOME, MEDIAN, NATION, OTHER, PEER  # noqa: E402
from ..chart_menu import data_rows  # noqa: E402
from .section_page import SheetTable  # noqa: E402

translate = QCoreApplication.translate

# the colours of every context chart (the printed block and fair mode draw with the same)
HOME_COLOUR, PEER_COLOUR, OTHER_COLOUR, MEDIAN_COLOUR, NATION_COLOUR = HOME, PEER, OTHER, MEDIAN, NATION
# indicators offered, in the order an investor asks (only those with figures of the region are listed)
OFFERED = ("population", "area_natural", "grdp_per_capita", "grdp_growth", "grdp_current_prices", "pci_score",
           "pci_rank", "exports", "budget_revenue", "poor_household_rate")


def _label(text: str, obj: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if obj:
        lab.setObjectName(obj)
    return lab


class NameAxis(pg.AxisItem):
    """Province names as the ticks of the vertical axis, row ``i`` at ``y = i``."""

    def __init__(self, names: list[str], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_names(names)

    def set_names(self, names: list[str]) -> None:
        self.names = names
        self.setTicks([[(i, n) for i, n in enumerate(names)]])


def _plot(names: list[str], lang: str) -> pg.PlotWidget:
    left = NameAxis(names, orientation="left")
    w = pg.PlotWidget(axisItems={"left": left})
    w.setMenuEnabled(False)
    w.setMouseEnabled(x=False, y=False)
    w.hideButtons()
    font = QFont()
    font.setPointSizeF(8.5)
    left.setStyle(tickFont=font)
    w.getPlotItem().getAxis("bottom").setStyle(tickFont=font)
    w.getPlotItem().showGrid(x=True, y=False, alpha=0.2)
    w.getAxis("bottom").tickStrings = lambda values, scale, spacing: [
        format_number(v * scale, lang, 0 if spacing >= 1 else 1) for v in values]
    return w


def _fit_axis(axis: pg.AxisItem, names: list[str]) -> None:
    """Widen the name axis to its longest name (pyqtgraph does not on the first paint)."""
    fm = QFontMetrics(axis.style.get("tickFont") or QFont())
    axis.setWidth(int(max((fm.horizontalAdvance(n) for n in names), default=40)) + 16)


def _key(symbol: str, colour: QColor, text: str) -> str:
    """One entry of the chart's key, as rich text."""
    return f"<span style='color:{colour.name()}'>{symbol}</span> {escape(text)}"


def _with_twin(title: QLabel, plot: QWidget, block: TableBlock) -> QWidget:
    """``plot`` under ``title`` with its table twin (the same figures, to read and copy): a
    "Show as table" button swaps them, as on the section pages."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    head = QHBoxLayout()
    head.addWidget(title, 1)
    button = QPushButton()
    button.setObjectName("chartTableButton")
    button.setCheckable(True)
    head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    lay.addLayout(head)
    table = SheetTable(block)
    table.setAccessibleName(block.title)
    lay.addWidget(plot)
    lay.addWidget(table)

    def show(on: bool) -> None:
        plot.setVisible(not on)
        table.setVisible(on)
        button.setText(translate("SectionPage", "Show as chart") if on else translate("SectionPage", "Show as table"))
    button.toggled.connect(show)
    show(False)
    box.table, box.button = table, button
    return box


def _first_choice(library) -> str:
    """The indicator shown first: the one whose default year has Bắc Kạn and the most provinces."""
    def key(ind):
        c = context.compare(library, ind, "en")
        return (c.home is not None, len(c.peers), -OFFERED.index(ind))
    offered = [i for i in OFFERED if i in library.indicators and context.periods_with_peers(library, i)]
    return max(offered, key=key) if offered else ""


class ComparePage(QScrollArea):
    """``set_library`` fills the page; the two selectors redraw the ranked chart."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library = None
        self.lang = "vi"
        self.comparison: context.Comparison | None = None
        self.profile: context.Profile | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("page-compare")

    # -- building -----------------------------------------------------------------------------
    def set_library(self, library, lang: str) -> None:
        self.library, self.lang = library, lang
        body = QWidget()
        body.setObjectName("pageBody")
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(10)
        lay.addWidget(_label(t("province", lang).upper(), "pageProvince"))
        lay.addWidget(_label(t("compare_title", lang), "pageTitle"))
        lay.addWidget(_label(t("compare_intro", lang), "pageIntro"))

        row = QHBoxLayout()
        self.indicator_box, self.period_box = QComboBox(), QComboBox()
        self.indicator_box.setAccessibleName(t("indicator", lang))
        self.period_box.setAccessibleName(t("period", lang))
        for ind in OFFERED:
            if ind in library.indicators and context.periods_with_peers(library, ind):
                self.indicator_box.addItem(library.indicators[ind].title(lang), ind)
        row.addWidget(QLabel(t("indicator", lang)))
        row.addWidget(self.indicator_box, 1)
        row.addWidget(QLabel(t("period", lang)))
        row.addWidget(self.period_box)
        lay.addLayout(row)

        head = QHBoxLayout()
        self.chart_title = _label("", "chartTitle")
        self.chart_title.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.chart_title, 1)
        self.table_button = QPushButton()           # the chart's twin: the same figures as a table
        self.table_button.setObjectName("chartTableButton")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._show_table)
        head.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        self.ranked = _plot([], lang)
        lay.addWidget(self.ranked)
        self.table_box = QVBoxLayout()
        lay.addLayout(self.table_box)
        self.table = None
        self.keys_label = _label("", "chartSource")
        self.keys_label.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.keys_label)
        self.context_label = _label("", "kpiChange")
        self.note_label = _label("", "chartSource")
        self.source_label = _label("", "chartSource")
        for w in (self.context_label, self.note_label, self.source_label):
            lay.addWidget(w)
        self.trend_box = QVBoxLayout()          # the indicator over time, Bắc Kạn beside Viet Nam
        lay.addLayout(self.trend_box)
        self.trend = None

        self.profile = context.pci_profile(library, lang)
        self.profile_plot, key = self._profile_plot(self.profile)
        title = t("ctx_profile_title", lang, period=self.profile.period)
        self.profile_box = _with_twin(_label(title, "chartTitle"), self.profile_plot, self._profile_block(title))
        lay.addWidget(self.profile_box)
        self.profile_key = _label(key, "chartSource")
        self.profile_key.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.profile_key)
        lay.addWidget(_label(self.profile.note, "chartSource"))
        lay.addStretch(1)

        self.indicator_box.currentIndexChanged.connect(self._indicator_changed)
        self.period_box.currentIndexChanged.connect(lambda _i: self.show_comparison())
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        self.indicator_box.setCurrentIndex(max(self.indicator_box.findData(_first_choice(library)), 0))
        self._indicator_changed()

    def _show_table(self, on: bool) -> None:
        self.ranked.setVisible(not on)
        if self.table is not None:
            self.table.setVisible(on)
        self.table_button.setText(translate("SectionPage", "Show as chart") if on
                                  else translate("SectionPage", "Show as table"))

    def _table_block(self, c: context.Comparison) -> TableBlock:
        """The ranked chart's figures as a table: the provinces in the chart's order, those with no
        figure, then the regional median and Viet Nam where they exist."""
        lang = self.lang
        cols = [t("ctx_area", lang), t("value", lang), t("status", lang), t("source", lang)]
        rows = [[p.name, p.text + p.mark, status_label(p.status, lang), self._publisher(p.source)] for p in c.peers]
        rows += [[name, t("ctx_no_figure", lang), "", ""] for name in c.missing]
        if c.median is not None:
            rows.append([t("ctx_median", lang), c.median_text, c.note, ""])
        if c.national is not None:
            n = c.national
            rows.append([n.name, n.text + n.mark, status_label(n.status, lang), self._publisher(n.source)])
        return TableBlock(c.title, cols, rows, [False, True, False, False])

    def _profile_block(self, title: str) -> TableBlock:
        """The sub-index profile as a table: a row per sub-index, a column per province shown."""
        prof, lang = self.profile, self.lang
        series = ([(t("province_short", lang), prof.home)] if prof.home is not None else [])
        series += [prof.top] if prof.top is not None else []
        series += [(t("ctx_median", lang), prof.median)] if prof.median is not None else []
        series += prof.others
        rows = [[label] + [format_number(v[i], lang, 2) if v[i] is not None else "" for _, v in series]
                for i, label in enumerate(prof.labels)]
        return TableBlock(title, [t("indicator", lang)] + [name for name, _ in series], rows,
                          [False] + [True] * len(series))

    def _publisher(self, source_id: str) -> str:
        s = self.library.sources.get(source_id)
        return s.publisher_in(self.lang) if s else source_id

    def _indicator_changed(self) -> None:
        ind = self.indicator_box.currentData()
        if ind is None:
            return
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for p in reversed(context.periods_with_peers(self.library, ind)):
            self.period_box.addItem(p, p)
        self.period_box.setCurrentIndex(max(self.period_box.findData(context.default_period(self.library, ind)), 0))
        self.period_box.blockSignals(False)
        self.show_comparison()
        self.show_trend(ind)

    def show_trend(self, indicator: str) -> None:
        """The line of Bắc Kạn and Viet Nam over the years both have figures for (none when they
        do not both have two years)."""
        from ...qt.charts import make_legend, make_plot     # pyqtgraph's chart machinery, as on the section pages

        while self.trend_box.count():
            w = self.trend_box.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        chart, uses = over_time(self.library, indicator, self.lang)
        self.trend = chart
        if chart is None:
            return
        plot = make_plot(chart)
        plot.setObjectName("chartView")
        plot.setMinimumHeight(260)
        plot.setAccessibleName(chart.title)
        columns, rows = data_rows(chart)
        self.trend_card = _with_twin(_label(chart.title, "chartTitle"), plot,
                                     TableBlock(chart.title, columns, rows, [False] + [True] * len(chart.series)))
        self.trend_box.addWidget(self.trend_card)
        legend = make_legend(plot, chart)
        if legend is not None:
            self.trend_box.addWidget(legend)
        self.trend_box.addWidget(_label(f"{t('sources', self.lang)}: " + "; ".join(
            dict.fromkeys(self._publisher(s) for s in uses)), "chartSource"))

    def select(self, indicator: str, period: str | None = None) -> None:
        """Show ``indicator`` (and ``period``), as if chosen in the selectors."""
        self.indicator_box.setCurrentIndex(self.indicator_box.findData(indicator))
        if period:
            self.period_box.setCurrentIndex(self.period_box.findData(period))

    # -- the ranked chart ---------------------------------------------------------------------
    def show_comparison(self) -> None:
        ind, period = self.indicator_box.currentData(), self.period_box.currentData()
        if ind is None or period is None:
            return
        lang = self.lang
        c = self.comparison = context.compare(self.library, ind, lang, period)
        w = self.ranked
        w.clear()
        # rows from the top: the ranked provinces (best first), then those with no published figure
        rows = [(p.name, p) for p in c.peers] + [(name, None) for name in c.missing]   # marks: on the values
        n = len(rows)
        w.getAxis("left").set_names([name for name, _ in reversed(rows)])
        _fit_axis(w.getAxis("left"), [name for name, _ in rows])
        placed = [(n - 1 - k, p) for k, (_, p) in enumerate(rows) if p is not None]
        dots = pg.ScatterPlotItem(x=[p.value for _, p in placed], y=[y for y, _ in placed],
                                  brush=[pg.mkBrush(HOME_COLOUR if p.home else PEER_COLOUR) for _, p in placed],
                                  size=[14 if p.home else 9 for _, p in placed], data=[p.text for _, p in placed],
                                  pen=pg.mkPen("w", width=1), hoverable=True, tip=lambda x, y, data: data)
        w.addItem(dots)
        refs = [p.value for _, p in placed]
        refs += [v for v in (c.median, c.national.value if c.national else None) if v is not None]
        lo, hi = (min(refs), max(refs)) if refs else (0.0, 1.0)
        span = (hi - lo) or abs(hi) or 1.0
        x0 = 0.0 if lo >= 0 and lo < span * 0.6 else lo - span * 0.08
        w.setXRange(x0, hi + span * 0.32, padding=0)
        for y, p in placed:
            txt = pg.TextItem(p.text + p.mark, color=HOME_COLOUR if p.home else "#33404d", anchor=(-0.1, 0.5))
            txt.setPos(p.value, y)
            w.addItem(txt)
        for k, (name, p) in enumerate(rows):
            if p is None:
                home = name == self.library.area_name(context.HOME, lang)
                # set off the axis by a tenth of the visible span, so the words never touch it
                txt = pg.TextItem(t("ctx_no_figure", lang), color=HOME_COLOUR if home else "#8a96a3", anchor=(0, 0.5))
                txt.setPos(x0 + (hi + span * 0.32 - x0) * 0.015, n - 1 - k)
                w.addItem(txt)
        keys = []
        if c.median is not None:
            w.addItem(pg.InfiniteLine(pos=c.median, angle=90, pen=pg.mkPen(MEDIAN_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)))
            keys.append(_key("╌╌", MEDIAN_COLOUR, f"{t('ctx_median', lang)}: {c.median_text}"))
        if c.national is not None:
            w.addItem(pg.InfiniteLine(pos=c.national.value, angle=90,
                                      pen=pg.mkPen(NATION_COLOUR, width=1.5, style=Qt.PenStyle.DotLine)))
            keys.append(_key("┆", NATION_COLOUR, f"{c.national.name}: {c.national.text}{c.national.mark}"))
        keys.append(_key("●", HOME_COLOUR, t("province_short", lang)))
        self.keys_label.setText("&nbsp;&nbsp;&nbsp;".join(keys))
        cut = t("axis_not_zero", lang) if x0 > 0 else ""
        self.chart_title.setText(f"{c.title}, {period}" + (f" <span style='color:#8a96a3;font-weight:normal'>({cut})</span>" if cut else ""))
        w.setYRange(-0.7, max(n - 0.3, 0.7), padding=0)
        w.setMinimumHeight(80 + 27 * max(n, 3))
        w.setMaximumHeight(80 + 27 * max(n, 3))
        w.setAccessibleName(f"{c.title}, {period}")

        if self.table is not None:
            self.table_box.removeWidget(self.table)
            self.table.deleteLater()
        self.table = SheetTable(self._table_block(c))
        self.table.setAccessibleName(f"{c.title}, {period}")
        self.table_box.addWidget(self.table)
        self._show_table(self.table_button.isChecked())

        line = context.context_line(self.library, ind, lang, period)
        self.context_label.setText(f"{t('province_short', lang)}: {c.home.text + c.home.mark if c.home else t('ctx_no_figure', lang)}"
                                   + (f" · {line}" if line else ""))
        self.note_label.setText(c.note)
        used = list(dict.fromkeys([p.source for p in c.peers] + ([c.national.source] if c.national else [])))
        sources = [self.library.sources[s] for s in used if s in self.library.sources]
        self.source_label.setText(f"{t('sources', lang)}: " + "; ".join(
            f"{s.publisher_in(lang)} — {s.title}" + (f" ({s.url})" if s.url else "") for s in sources))

    # -- the PCI sub-index profile ----------------------------------------------------------
    def _profile_plot(self, prof: context.Profile) -> tuple[pg.PlotWidget, str]:
        """The sub-index dot chart and its key (rich text)."""
        labels = list(reversed(prof.labels))
        w = _plot(labels, self.lang)
        _fit_axis(w.getAxis("left"), labels)
        w.setMinimumHeight(330)
        n = len(labels)
        series = []
        if prof.home is not None:
            series.append((t("province_short", self.lang), prof.home, HOME_COLOUR, 14, "o", "●"))
        if prof.top is not None:
            series.append((prof.top[0], prof.top[1], PEER_COLOUR, 11, "s", "■"))
        if prof.median is not None:
            series.append((t("ctx_median", self.lang), prof.median, MEDIAN_COLOUR, 11, "d", "◆"))
        for name, values in prof.others:
            series.append((name, values, OTHER_COLOUR, 8, "t", "▼"))
        lows = []
        for name, values, colour, size, symbol, _mark in series:
            pts = [(v, n - 1 - i) for i, v in enumerate(values) if v is not None]
            lows += [x for x, _ in pts]
            w.addItem(pg.ScatterPlotItem(x=[p[0] for p in pts], y=[p[1] for p in pts], brush=pg.mkBrush(colour),
                                         pen=pg.mkPen("w", width=1), size=size, symbol=symbol, name=name,
                                         data=[f"{name}: {format_number(x, self.lang, 2)}" for x, _ in pts],
                                         hoverable=True, tip=lambda x, y, data: data))
        x0 = max(0.0, float(int(min(lows, default=0.0))) - 0.5)
        w.setXRange(x0, 10, padding=0.01)
        w.setYRange(-0.7, n - 0.3, padding=0)
        key = "&nbsp;&nbsp;&nbsp;".join(_key(mark, colour, name) for name, _v, colour, _s, _sym, mark in series)
        if x0 > 0:
            key += f"&nbsp;&nbsp;&nbsp;<span style='color:#8a96a3'>({escape(t('axis_not_zero', self.lang))})</span>"
        return w, key


if __name__ == "__main__":          # the page alone, with the bundled data (screenshots, debugging)
    import sys

    from PySide6.QtWidgets import QApplication

    from ...core.library import load_library

    app = QApplication(sys.argv)
    page = ComparePage()
    page.set_library(load_library(), sys.argv[1] if len(sys.argv) > 1 else "vi")
    page.resize(1116, 768)
    page.show()
    sys.exit(app.exec())
