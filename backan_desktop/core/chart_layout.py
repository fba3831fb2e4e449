"""Where every mark of a chart goes, in data units — one answer for screen, paper and fair mode.

A **time chart** (``Chart.x_periods`` set) places each period where it lies in time: x is in
fractional years (2021.0 is 1 January 2021, a year is 1.0 wide, a point sits in the middle of its
period), so 2004, 2006, 2013 and 2021 are 2, 7 and 8 apart; 2021-H1 sits at 2021.25, 2021-Q3 at
2021.625. A line joins two points only when the second period directly follows the first (2020 →
2021, Q4 → Q1): across missing years it breaks. A range of years (``2016-2020``, an average or a
total over the period) is never a point of a line or a bar among annual bars: it is a span, a
horizontal segment across its years at its value. Bars keep their time positions, all as wide as
the closest two periods allow.

A **category chart** (sectors, projects) puts category i at x = i, evenly.

The value axis starts at zero for bars and stacked bars always, and for lines unless that would
squash the line into the top half of the chart; then the axis is marked as broken
(``ChartLayout.broken``) and ``axis_note`` says so in the chart's language.

Pure Python, no Qt: :mod:`backan_desktop.qt.charts` (pyqtgraph) and
:mod:`backan_desktop.qt.chart_painter` (QPainter, PDF, print, fair mode) only map these numbers to
pixels. Any thread.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Optional

from .periods import Period, parse_period
from .texts import t
from .ticks import nice_ticks

BAR_FILL = 0.7            # share of the narrowest gap between two periods (or of a category slot) a bar group fills
Y_TICKS = 5               # about this many value-axis ticks


@dataclass(frozen=True)
class Bar:
    series: int
    index: int            # position in chart.x_labels and series.values
    x0: float
    x1: float
    y0: float
    y1: float


@dataclass(frozen=True)
class Span:
    """A value that holds for a range of years: drawn from x0 to x1 at height y."""
    series: int
    index: int
    x0: float
    x1: float
    y: float


@dataclass(frozen=True)
class Point:
    series: int
    index: int
    x: float
    y: float


@dataclass(frozen=True)
class XLabel:
    x: float
    text: str
    priority: int         # 0 is kept first when labels would collide (first and last, then whole years)
    index: int


@dataclass
class ChartLayout:
    time: bool                            # x is in years (else categories at 0, 1, 2 …)
    x_range: tuple[float, float]
    y_ticks: list[float]
    y_decimals: int
    bars: list[Bar] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    lines: list[list[Point]] = field(default_factory=list)   # each run of joined points (a run of one is a lone marker)
    labels: list[XLabel] = field(default_factory=list)
    year_marks: list[float] = field(default_factory=list)    # 1 January of each year on the axis (time charts)
    broken: bool = False                  # the value axis does not reach zero
    axis_note: str = ""
    x_title: str = ""

    @property
    def y_range(self) -> tuple[float, float]:
        return self.y_ticks[0], self.y_ticks[-1]

    @property
    def points(self) -> list[Point]:
        return [p for run in self.lines for p in run]


def _value(v) -> Optional[float]:
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def layout_chart(chart) -> ChartLayout:
    """The marks of ``chart`` in data units (x: years or category index; y: the chart's unit)."""
    periods: Optional[list[Period]] = [parse_period(p) for p in chart.x_periods] if chart.x_periods is not None else None
    time = periods is not None
    n = len(chart.x_labels)
    spans = [p.span() for p in periods] if time else [(i - 0.5, i + 0.5) for i in range(n)]
    centres = [(a + b) / 2 for a, b in spans]
    is_range = [p.kind == "range" for p in periods] if time else [False] * n
    values = [[_value(v) for v in s.values] for s in chart.series]

    # the slot of one bar group: the narrowest distance between two neighbouring periods
    slot = 1.0
    if time:
        distinct = sorted({round(c, 9) for c, r in zip(centres, is_range) if not r})
        gaps = [b - a for a, b in zip(distinct, distinct[1:]) if b - a > 1e-9]
        if gaps:
            slot = min(gaps)
        elif distinct:
            slot = min((b - a for (a, b), r in zip(spans, is_range) if not r), default=1.0)
        slot = min(slot, 1.0)

    lay = ChartLayout(time=time, x_range=(0.0, 1.0), y_ticks=[0.0, 1.0], y_decimals=0)
    if chart.kind == "stacked":
        for i in range(n):
            base_pos = base_neg = 0.0
            for si, vals in enumerate(values):
                v = vals[i]
                if v is None:
                    continue
                x0, x1 = centres[i] - slot * BAR_FILL / 2, centres[i] + slot * BAR_FILL / 2
                if v >= 0:
                    lay.bars.append(Bar(si, i, x0, x1, base_pos, base_pos + v))
                    base_pos += v
                else:
                    lay.bars.append(Bar(si, i, x0, x1, base_neg + v, base_neg))
                    base_neg += v
    else:
        for i in range(n):
            here = [si for si, vals in enumerate(values) if vals[i] is not None]
            if is_range[i]:
                for si in here:
                    lay.spans.append(Span(si, i, spans[i][0], spans[i][1], values[si][i]))
                continue
            if chart.kind != "bar":
                continue
            width = slot * BAR_FILL / max(1, len(here))
            left = centres[i] - width * len(here) / 2
            for k, si in enumerate(here):
                v = values[si][i]
                lay.bars.append(Bar(si, i, left + k * width, left + (k + 1) * width, min(v, 0.0), max(v, 0.0)))
        if chart.kind == "line":
            for si, vals in enumerate(values):
                run: list[Point] = []
                previous = None
                for i in range(n):
                    v = vals[i]
                    if v is None or is_range[i]:
                        continue
                    joined = previous is not None and (periods[i].follows(periods[previous]) if time else i == previous + 1)
                    if run and not joined:
                        lay.lines.append(run)
                        run = []
                    run.append(Point(si, i, centres[i], v))
                    previous = i
                if run:
                    lay.lines.append(run)

    # x axis: the whole of every period (and every bar), padded by half a slot where bars are
    lo = min([a for a, _ in spans] + [b.x0 for b in lay.bars], default=0.0)
    hi = max([b for _, b in spans] + [b.x1 for b in lay.bars], default=1.0)
    if not time:
        lo, hi = -0.5, n - 0.5
    lay.x_range = (lo, hi)
    if time:
        lay.year_marks = [float(y) for y in range(math.ceil(lo - 1e-9), math.floor(hi + 1e-9) + 1)]
        only_years = all(p.kind in ("year", "range") for p in periods)
        lay.x_title = t("axis_year" if only_years else "axis_time", chart.lang)
    # x labels: each period's own, at its middle; a range is labelled by its span (in the chart),
    # not on the axis, which then names the years so that spans can be read against them
    shown = [i for i in range(n) if not is_range[i] and any(vals[i] is not None for vals in values)]
    for i in shown:
        whole = time and periods[i].kind == "year"
        lay.labels.append(XLabel(centres[i], chart.x_labels[i], 0 if i in (shown[0], shown[-1]) else (1 if whole or not time else 2), i))
    if lay.spans:
        taken = {round(lab.x, 6) for lab in lay.labels}
        years = [y for y in range(math.ceil(lo - 1e-9), math.floor(hi + 1e-9)) if round(y + 0.5, 6) not in taken]
        lay.labels += [XLabel(y + 0.5, str(y), 3 if lay.labels else (0 if y in (years[0], years[-1]) else 1), n + k)
                       for k, y in enumerate(years)]

    ys = [b.y0 for b in lay.bars] + [b.y1 for b in lay.bars] + [s.y for s in lay.spans] + [p.y for p in lay.points]
    axis = value_axis(min(ys, default=0.0), max(ys, default=1.0), chart.kind, chart.lang)
    lay.y_ticks, lay.y_decimals, lay.broken, lay.axis_note = axis.ticks, axis.decimals, axis.broken, axis.note
    return lay


@dataclass
class ValueAxis:
    ticks: list[float]
    decimals: int
    broken: bool          # the axis does not reach zero
    note: str             # what to print about it ("" when it starts at zero)


def label_decimals(chart) -> int:
    """One precision for every value label of ``chart``: the most decimals its sources printed, but
    no more than its magnitude needs (0 from 100 up, 1 from 10, else 2), so ``1.025`` among tens
    of millions reads ``1.0`` like its neighbours rather than as a number with three decimals."""
    values = [abs(v) for s in chart.series for v in s.values if v is not None and math.isfinite(v)]
    if not values:
        return 0
    top = max(values)
    need = 0 if top >= 100 else 1 if top >= 10 else 2
    printed = max((d for s in chart.series for d in (s.point_decimals or [s.decimals])), default=0)
    return min(need, printed)


def value_axis(vmin: float, vmax: float, kind: str, lang: str) -> ValueAxis:
    """Ticks of the value axis for values in [vmin, vmax]. Bars and stacked bars always start at
    zero; a line does too unless its values would then fill less than half of the axis (a land area
    of 4,853–4,860 km²): then the axis is cut, and says so."""
    near, far = (vmin, vmax) if vmin > 0 else (-vmax, -vmin)
    from_zero = kind != "line" or vmin <= 0 <= vmax or near <= far / 2
    ticks, decimals = nice_ticks(vmin, vmax, Y_TICKS, include_zero=from_zero)
    broken = ticks[0] > 0 or ticks[-1] < 0
    return ValueAxis(ticks, decimals, broken, t("axis_not_zero", lang) if broken else "")


def thin_labels(labels: list[XLabel], extent: Callable[[XLabel], tuple[float, float]], gap: float = 0.0) -> list[XLabel]:
    """The labels that fit side by side: most important first (first and last period, whole years,
    then the rest), each kept only if its ``extent`` (left, right in device units) keeps ``gap`` clear
    of every label kept before. Returned in x order."""
    kept: list[tuple[float, float, XLabel]] = []
    for lab in sorted(labels, key=lambda lab: (lab.priority, lab.index)):
        a, b = extent(lab)
        if all(b + gap <= ka or a >= kb + gap for ka, kb, _ in kept):
            kept.append((a, b, lab))
    return [lab for _, _, lab in sorted(kept, key=lambda k: k[2].x)]
