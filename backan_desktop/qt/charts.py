"""A :class:`~backan_desktop.core.sheets.Chart` on screen, with pyqtgraph.

Axis ticks use the core formatter, so they follow the language (``12.829`` / ``12,829``).
Import this module only after the first window is shown: pyqtgraph costs ~0.8 s.
"""
from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont  # noqa: E402

from ..core.formatting import format_number  # noqa: E402
from ..core.sheets import Chart  # noqa: E402
from ..core.ticks import nice_ticks  # noqa: E402
from .chart_painter import PALETTE  # noqa: E402

pg.setConfigOptions(antialias=True, background="w", foreground="#33404d")


def set_dark(dark: bool) -> None:
    """Screen charts made from now on use the dark (or light) background; printed ones never do."""
    pg.setConfigOptions(background="#1b2026" if dark else "w", foreground="#d5dde5" if dark else "#33404d")


class LocaleAxis(pg.AxisItem):
    def __init__(self, lang: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang

    def tickStrings(self, values, scale, spacing):
        decimals = 0 if spacing >= 1 else max(0, int(np.ceil(-np.log10(spacing))))
        return [format_number(v * scale, self.lang, decimals) for v in values]


def make_plot(chart: Chart, parent=None) -> pg.PlotWidget:
    """A PlotWidget showing ``chart``: lines with markers, grouped bars or stacked bars.
    Non-official points are drawn hollow/lighter; every point has a tooltip with its exact value."""
    left = LocaleAxis(chart.lang, orientation="left")
    bottom = pg.AxisItem(orientation="bottom")
    w = pg.PlotWidget(parent=parent, axisItems={"left": left, "bottom": bottom})
    w.setMenuEnabled(False)
    w.setMouseEnabled(x=False, y=False)
    w.hideButtons()
    w.setMinimumHeight(240)
    w.setAccessibleName(chart.title)
    w.setToolTip("")
    plot = w.getPlotItem()
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setLabel("left", chart.unit_label)
    font = QFont()
    font.setPointSizeF(8.5)
    left.setStyle(tickFont=font)
    bottom.setStyle(tickFont=font)
    n = len(chart.x_labels)
    xs = np.arange(n, dtype=float)
    w.series_items = []          # one graphics item per series, for the legend (make_legend) to toggle
    if n > BIG_SERIES:
        return _big_plot(w, plot, chart, xs, bottom)
    bottom.setTicks([[(i, label) for i, label in enumerate(chart.x_labels)]])
    if chart.kind == "line":
        for si, s in enumerate(chart.series):
            color = QColor(PALETTE[si % len(PALETTE)])
            ys = np.array([np.nan if v is None else v for v in s.values], dtype=float)
            brushes = [pg.mkBrush("w" if st and st != "official" else color) for st in s.statuses]
            item = pg.PlotDataItem(xs, ys, pen=pg.mkPen(color, width=2.2), symbol="o", symbolSize=8,
                                   symbolPen=pg.mkPen(color, width=1.5), symbolBrush=brushes, name=s.name, connect="finite")
            plot.addItem(item)
            w.series_items.append(item)
            _tooltips(w, plot, xs, ys, s.labels, chart.x_labels, statuses=s.statuses, refs=chart.refs)
    else:
        groups = len(chart.series) if chart.kind == "bar" else 1
        width = 0.7 / groups
        base = np.zeros(n)
        for si, s in enumerate(chart.series):
            color = QColor(PALETTE[si % len(PALETTE)])
            ys = np.array([0.0 if v is None else v for v in s.values], dtype=float)
            brushes = [pg.mkBrush(color.lighter(150) if st and st != "official" else color) for st in s.statuses]
            if chart.kind == "stacked":
                item = pg.BarGraphItem(x=xs, y0=base.copy(), height=ys, width=0.7, brushes=brushes,
                                       pen=pg.mkPen(color.darker(115)))
                base = base + ys
            else:
                x = xs - 0.35 + width * (si + 0.5)
                item = pg.BarGraphItem(x=x, height=ys, width=width * 0.95, brushes=brushes,
                                       pen=pg.mkPen(color.darker(115)))
            plot.addItem(item)
            w.series_items.append(item)
        top = max(base.max() if chart.kind == "stacked" else max((v for s in chart.series for v in s.values if v is not None), default=1), 1e-9)
        ticks, _ = nice_ticks(0, float(top))
        # room above the bars for the legend when there is one
        plot.setYRange(0, ticks[-1], padding=0.02)
        for si, s in enumerate(chart.series):
            ys = np.array([np.nan if v is None else v for v in s.values], dtype=float)
            _tooltips(w, plot, xs, ys, s.labels, chart.x_labels, name=s.name if len(chart.series) > 1 else "",
                      statuses=s.statuses, refs=chart.refs)
    plot.setXRange(-0.6, n - 0.4, padding=0)
    return w


BIG_SERIES = 2_000


def make_legend(plot_widget, chart: Chart):
    """A legend under the chart (never over the bars): one coloured entry per series; clicking an
    entry hides or shows that series."""
    from PySide6.QtWidgets import QLabel

    if len(chart.series) < 2:
        return None
    label = QLabel()
    label.setObjectName("chartLegend")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    hidden: set[int] = set()

    def render():
        parts = []
        for i, s in enumerate(chart.series):
            color = PALETTE[i % len(PALETTE)] if i not in hidden else "#b8c2cc"
            style = "text-decoration: line-through; color:#8a96a3;" if i in hidden else "color:inherit;"
            parts.append(f'<a href="{i}" style="text-decoration:none; {style}"><span style="color:{color}">■</span> '
                         f'{_esc(s.name)}</a>')
        label.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    def toggle(link: str):
        i = int(link)
        hidden.symmetric_difference_update({i})
        items = getattr(plot_widget, "series_items", [])
        if i < len(items):
            items[i].setVisible(i not in hidden)
        render()

    label.linkActivated.connect(toggle)
    render()
    label.setAccessibleName(", ".join(s.name for s in chart.series))
    return label


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _big_plot(w, plot, chart: Chart, xs, bottom):
    """Thousands to millions of points: one line per series from numpy arrays (no per-point
    objects), peak downsampling and clipping to the view, mouse pan and zoom."""
    n = len(xs)
    step = max(1, n // 8)
    bottom.setTicks([[(i, chart.x_labels[i]) for i in range(0, n, step)]])
    w.setMouseEnabled(x=True, y=True)
    for si, s in enumerate(chart.series):
        ys = np.asarray([np.nan if v is None else v for v in s.values], dtype=float) \
            if not isinstance(s.values, np.ndarray) else s.values.astype(float, copy=False)
        item = pg.PlotDataItem(xs, ys, pen=pg.mkPen(QColor(PALETTE[si % len(PALETTE)]), width=1), name=s.name,
                               connect="finite", antialias=False, skipFiniteCheck=True)
        plot.addItem(item)
        w.series_items.append(item)
        # set after the item has its ViewBox (pyqtgraph asks the view while the item is being added)
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
    plot.setXRange(0, n - 1, padding=0.01)
    return w


def _tooltips(widget, plot, xs, ys, labels, x_labels, name: str = "", statuses=(), refs=()) -> None:
    """Exact value, period, status and sources of the point under the mouse (nearest x)."""
    from ..core.texts import status_label, t
    lang = getattr(plot.getAxis("left"), "lang", "vi")
    def moved(pos):
        if not plot.sceneBoundingRect().contains(pos):
            return
        x = plot.vb.mapSceneToView(pos).x()
        i = int(round(x))
        if 0 <= i < len(xs) and i < len(labels) and labels[i]:
            prefix = f"{name}: " if name else ""
            status = status_label(statuses[i], lang) if i < len(statuses) and statuses[i] else ""
            source = f"{t('source', lang)}: " + ", ".join(f"[{r}]" for r in refs) if refs else ""
            widget.setToolTip("\n".join(x for x in (f"{x_labels[i]} — {prefix}{labels[i]}", status, source) if x))
    plot.scene().sigMouseMoved.connect(moved)
