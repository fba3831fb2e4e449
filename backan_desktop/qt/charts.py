"""A :class:`~backan_desktop.core.sheets.Chart` on screen, with pyqtgraph.

Axis ticks use the core formatter, so they follow the language (``12.829`` / ``12,829``).
Import this module only after the first window is shown: pyqtgraph costs ~0.8 s.
"""
from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF  # noqa: E402

from ..core.formatting import format_number  # noqa: E402
from ..core.chart_layout import layout_chart, thin_labels, value_axis  # noqa: E402
from ..core.downsample import min_max_by_time, time_positions  # noqa: E402
from ..core.palette import chart_colours, chart_styles, status_style  # noqa: E402
from ..core.ticks import nice_ticks  # noqa: E402
from ..core.sheets import Chart  # noqa: E402

pg.setConfigOptions(antialias=True, background="w", foreground="#33404d")


def set_dark(dark: bool) -> None:
    """Screen charts made from now on use the dark (or light) background; printed ones never do."""
    pg.setConfigOptions(background="#1b2026" if dark else "w", foreground="#d5dde5" if dark else "#33404d")


class LocaleAxis(pg.AxisItem):
    """The value axis: localised tick numbers, and two slanted strokes across its foot when the
    axis is cut (does not run down to zero)."""

    def __init__(self, lang: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang
        self.broken = False

    def tickStrings(self, values, scale, spacing):
        decimals = 0 if spacing >= 1 else max(0, int(np.ceil(-np.log10(spacing))))
        return [format_number(v * scale, self.lang, decimals) for v in values]

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):
        super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
        if not self.broken:
            return
        pen, a, b = axisSpec
        x, y = a.x(), max(a.y(), b.y()) - 16          # just above the lowest tick and its label
        p.setClipping(False)
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        p.fillRect(QRectF(x - 3, y - 3, 6, 6), pg.mkBrush(pg.getConfigOption("background")))
        p.setPen(pg.mkPen(pen.color(), width=1.2))
        for dy in (-3, 3):
            p.drawLine(QPointF(x - 6, y + dy + 2.5), QPointF(x + 6, y + dy - 2.5))


class PeriodAxis(pg.AxisItem):
    """The x axis from a :class:`~backan_desktop.core.chart_layout.ChartLayout`: period labels at
    their places in time, left out where they would collide (first and last, then whole years kept
    first), a short mark at each 1 January; category names shortened to their slot."""

    _MARKS = -1.0          # tick-level "spacing" that tells tickStrings a level is unlabelled year marks

    def __init__(self, layout, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.chart_layout = layout
        self.shown: list = []             # the XLabels drawn at the last layout (tests read it)

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.style.get("tickFont") or QFont())

    OVERHANG = 28          # pixels a label may reach past either end of the axis (the plot keeps that margin)

    def tickValues(self, minVal, maxVal, size):
        lay = self.chart_layout
        per_px = size / ((maxVal - minVal) or 1.0)
        fm = self._metrics()
        if lay.time:
            def extent(lab):
                w = fm.horizontalAdvance(lab.text)
                return (lab.x - minVal) * per_px - w / 2, (lab.x - minVal) * per_px + w / 2
            fits = [lab for lab in lay.labels
                    if extent(lab)[0] >= -self.OVERHANG and extent(lab)[1] <= size + self.OVERHANG]
            self.shown = thin_labels(fits, extent, gap=8)
        else:
            self.shown = list(lay.labels)
        self._texts = {round(lab.x, 6): lab.text for lab in self.shown}
        if not lay.time:
            room = max(24.0, per_px - 6)
            self._texts = {k: fm.elidedText(v, Qt.TextElideMode.ElideRight, room) for k, v in self._texts.items()}
        levels = [(1.0, [lab.x for lab in self.shown])]
        marks = [x for x in lay.year_marks if round(x, 6) not in self._texts]
        if marks:
            levels.append((self._MARKS, marks))
        return levels

    def tickStrings(self, values, scale, spacing):
        if spacing == self._MARKS:
            return [""] * len(values)
        return [self._texts.get(round(v, 6), "") for v in values]


def make_plot(chart: Chart, parent=None) -> pg.PlotWidget:
    """A PlotWidget showing ``chart``: lines with markers, grouped bars or stacked bars, spans for
    ranges of years, each where :func:`~backan_desktop.core.chart_layout.layout_chart` puts it (the
    printed sheet uses the same layout). Non-official points are drawn hollow/lighter; every point
    has a tooltip with its exact value. The unit is on the value axis, the time on the x axis, and a
    cut value axis is marked on the axis and said above the plot."""
    n = len(chart.x_labels)
    big = n > BIG_SERIES
    lay = None if big else layout_chart(chart)
    left = LocaleAxis(chart.lang, orientation="left")
    bottom = pg.AxisItem(orientation="bottom") if big else PeriodAxis(lay, orientation="bottom")
    w = pg.PlotWidget(parent=parent, axisItems={"left": left, "bottom": bottom})
    w.setMenuEnabled(False)
    w.setMouseEnabled(x=False, y=False)
    w.hideButtons()
    w.setMinimumHeight(240)
    w.setAccessibleName(chart.title)
    w.setToolTip("")
    plot = w.getPlotItem()
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.layout.setContentsMargins(4, 4, PeriodAxis.OVERHANG - 8, 10)     # room for the last period's label and the x title's descenders
    plot.setLabel("left", chart.unit_label)
    font = QFont()
    font.setPointSizeF(8.5)
    left.setStyle(tickFont=font)
    bottom.setStyle(tickFont=font)
    if not big:
        bottom.setStyle(hideOverlappingLabels=PeriodAxis.OVERHANG)
    w.series_items = []          # one graphics item per series, for the legend (make_legend) to toggle
    w.chart_layout = lay
    if big:             # a time chart keeps its time spacing (each point at its period's middle)
        timed = chart.x_periods is not None
        return _big_plot(w, plot, chart, time_positions(chart.x_periods) if timed else np.arange(n, dtype=float), bottom)
    if lay.x_title:
        plot.setLabel("bottom", lay.x_title)
    _title(w, plot, chart.takeaway, lay.axis_note)
    left.broken = lay.broken
    left.setTicks([[(v, format_number(v, chart.lang, lay.y_decimals)) for v in lay.y_ticks]])

    colours = chart_colours(chart)
    for si, s in enumerate(chart.series):
        color = QColor(colours[si])
        items = []
        bars = [b for b in lay.bars if b.series == si]
        if bars:
            # the status by pattern, as on paper: solid, hatched (estimate…), dashed outline (plan target)
            styles = [status_style(s.statuses[b.index]) for b in bars]
            brushes = [QBrush(color, Qt.BrushStyle.BDiagPattern) if st == "hatched" else
                       QBrush(Qt.BrushStyle.NoBrush) if st == "outline" else pg.mkBrush(color) for st in styles]
            pens = [pg.mkPen(color.darker(115), width=1.5, style=Qt.PenStyle.DashLine) if st == "outline" else
                    pg.mkPen(color.darker(115)) for st in styles]
            items.append(pg.BarGraphItem(x0=[b.x0 for b in bars], x1=[b.x1 for b in bars], y0=[b.y0 for b in bars],
                                         y1=[b.y1 for b in bars], brushes=brushes, pens=pens))
        spans = [sp for sp in lay.spans if sp.series == si]
        if spans:
            xs = [v for sp in spans for v in (sp.x0, sp.x1, np.nan)]
            ys = [v for sp in spans for v in (sp.y, sp.y, np.nan)]
            pen = pg.mkPen(color, width=3.5)
            if all(_estimate(s, sp.index) for sp in spans):
                pen.setStyle(Qt.PenStyle.DashLine)
            items.append(pg.PlotDataItem(xs, ys, pen=pen, symbol="|", symbolSize=12, symbolPen=pg.mkPen(color, width=1.5),
                                         connect="finite", name=s.name))
        runs = [run for run in lay.lines if run[0].series == si]
        if runs:
            xs = [v for run in runs for v in [pt.x for pt in run] + [np.nan]][:-1]
            ys = [v for run in runs for v in [pt.y for pt in run] + [np.nan]][:-1]
            flags = [v for run in runs for v in [_estimate(s, pt.index) for pt in run] + [False]][:-1]
            targets = [v for run in runs for v in [status_style(s.statuses[pt.index]) == "outline" for pt in run]
                       + [False]][:-1]
            hollow = pg.getConfigOption("background")          # the chart's own background, light or dark
            brushes = [pg.mkBrush(hollow if f else color) for f in flags]
            items.append(pg.PlotDataItem(xs, ys, pen=pg.mkPen(color, width=2.2), symbol=["s" if g else "o" for g in targets],
                                         symbolSize=8, symbolPen=pg.mkPen(color, width=1.5), symbolBrush=brushes,
                                         name=s.name, connect="finite"))
        for item in items:
            plot.addItem(item)
        w.series_items.append(items)
    _value_range(plot, *lay.y_range, chart.kind)
    plot.setXRange(*lay.x_range, padding=0)
    _tooltips(w, plot, chart, lay)
    return w


def _value_range(plot, low: float, high: float, kind: str) -> None:
    """The value axis from its first to its last tick; a line gets room above the top tick, so a
    marker on it is not cut in half by the plot's edge (a bar simply ends there)."""
    top = (high - low) * (0.06 if kind == "line" else 0.01)
    plot.setYRange(low, high + top, padding=0)


def _title(widget, plot, takeaway: str, axis_note: str) -> None:
    """The chart's takeaway above the plot (left), and the note of a cut value axis; both also
    make the widget's accessible description."""
    if takeaway:
        text = _esc(takeaway) + (f'<span style="color:#8a96a3">  ·  {_esc(axis_note)}</span>' if axis_note else "")
        plot.setTitle(text, size="9pt", justify="left")
    elif axis_note:
        plot.setTitle(axis_note, size="8pt", color="#8a96a3", justify="right")
    widget.setAccessibleDescription(" ".join(x for x in (takeaway, axis_note) if x))


def _estimate(series, i: int) -> bool:
    return i < len(series.statuses) and series.statuses[i] not in ("", "official")


BIG_SERIES = 2_000


def make_legend(plot_widget, chart: Chart):
    """A legend under the chart (never over the bars): one coloured entry per series; clicking an
    entry hides or shows that series."""
    from PySide6.QtWidgets import QLabel

    from ..core.texts import t
    styles = [st for st in chart_styles(chart) if st != "solid"]
    if len(chart.series) < 2 and not styles:
        return None
    colours = chart_colours(chart)
    label = QLabel()
    label.setObjectName("chartLegend")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    hidden: set[int] = set()

    def render():
        parts = []
        for i, s in enumerate(chart.series if len(chart.series) > 1 else []):
            color = colours[i] if i not in hidden else "#b8c2cc"
            style = "text-decoration: line-through; color:#8a96a3;" if i in hidden else "color:inherit;"
            parts.append(f'<a href="{i}" style="text-decoration:none; {style}"><span style="color:{color}">■</span> '
                         f'{_esc(s.name)}</a>')
        # the key to the status patterns (as on paper): hatched, dashed outline
        parts += [f'<span style="color:#8a96a3">{_KEY_MARKS[chart.kind == "line"][st]}</span> {_esc(t(f"key_{st}", chart.lang))}'
                  for st in styles]
        label.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    def toggle(link: str):
        i = int(link)
        hidden.symmetric_difference_update({i})
        items = getattr(plot_widget, "series_items", [])
        if i < len(items):
            for item in items[i] if isinstance(items[i], list) else [items[i]]:
                item.setVisible(i not in hidden)
        render()

    label.linkActivated.connect(toggle)
    render()
    label.setAccessibleName(", ".join([s.name for s in chart.series] + [t(f"key_{st}", chart.lang) for st in styles]))
    return label


# legend marks of the status patterns: (bars, lines)
_KEY_MARKS = {False: {"hatched": "▨", "outline": "⬚"}, True: {"hatched": "○", "outline": "□"}}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _big_plot(w, plot, chart: Chart, xs, bottom):
    """Thousands to millions of points: one line per series from numpy arrays (no per-point
    objects), peak downsampling and clipping to the view, mouse pan and zoom."""
    n = len(xs)
    step = max(1, n // 8)
    timed = chart.x_periods is not None
    if timed:           # round years along the time axis (the periods may crowd any part of it)
        years = [v for v in nice_ticks(float(xs.min()), float(xs.max()), 8, include_zero=False)[0]
                 if xs.min() <= v <= xs.max()]
        bottom.setTicks([[(v, f"{v:g}") for v in years]])
    else:
        bottom.setTicks([[(i, chart.x_labels[i]) for i in range(0, n, step)]])
    w.setMouseEnabled(x=True, y=True)
    for si, s in enumerate(chart.series):
        ys = np.asarray([np.nan if v is None else v for v in s.values], dtype=float) \
            if not isinstance(s.values, np.ndarray) else s.values.astype(float, copy=False)
        # thinned by time (pyqtgraph's own downsampling takes every k-th point, whatever its time)
        sx, sy = min_max_by_time(xs, ys) if timed else (xs, ys)
        item = pg.PlotDataItem(sx, sy, pen=pg.mkPen(QColor(chart_colours(chart)[si]), width=1), name=s.name,
                               connect="finite", antialias=False, skipFiniteCheck=True)
        plot.addItem(item)
        w.series_items.append(item)
        # set after the item has its ViewBox (pyqtgraph asks the view while the item is being added)
        if not timed:
            item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
    plot.setXRange(float(xs.min()), float(xs.max()), padding=0.01)
    finite = [np.asarray(s.values, dtype=float) for s in chart.series]
    finite = [v[np.isfinite(v)] for v in finite]
    if any(len(v) for v in finite):
        axis = value_axis(min(float(v.min()) for v in finite if len(v)), max(float(v.max()) for v in finite if len(v)),
                          chart.kind, chart.lang)
        _value_range(plot, axis.ticks[0], axis.ticks[-1], chart.kind)
        plot.getAxis("left").broken = axis.broken
        if axis.note:
            plot.setTitle(axis.note, size="8pt", color="#8a96a3", justify="right")
    return w


def _tooltips(widget, plot, chart: Chart, lay) -> None:
    """Exact value, period, status and sources of the mark under the mouse: the bar or span under
    it, else the nearest point of a line."""
    from ..core.texts import status_label, t
    lang = chart.lang
    targets = [(b.series, b.index, b.x0, b.x1, b.y1 if b.y1 != 0 else b.y0) for b in lay.bars]
    targets += [(sp.series, sp.index, sp.x0, sp.x1, sp.y) for sp in lay.spans]
    reach = (lay.x_range[1] - lay.x_range[0]) / 60
    targets += [(pt.series, pt.index, pt.x - reach, pt.x + reach, pt.y) for pt in lay.points]
    named = len(chart.series) > 1

    def moved(pos):
        if not plot.sceneBoundingRect().contains(pos):
            return
        at = plot.vb.mapSceneToView(pos)
        hits = [tg for tg in targets if tg[2] <= at.x() <= tg[3] and widget.series_items[tg[0]][0].isVisible()]
        if not hits:
            widget.setToolTip("")
            return
        si, i, _, _, _ = min(hits, key=lambda tg: abs(tg[4] - at.y()))
        s = chart.series[si]
        if i >= len(s.labels) or not s.labels[i]:
            return
        prefix = f"{s.name}: " if named else ""
        status = status_label(s.statuses[i], lang) if i < len(s.statuses) and s.statuses[i] else ""
        source = f"{t('source', lang)}: " + ", ".join(f"[{r}]" for r in chart.refs) if chart.refs else ""
        widget.setToolTip("\n".join(x for x in (f"{chart.x_labels[i]} — {prefix}{s.labels[i]}", status, source) if x))
    plot.scene().sigMouseMoved.connect(moved)
