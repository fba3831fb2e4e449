"""Draw a :class:`~backan_desktop.core.sheets.Chart` with QPainter — vector output for PDF,
print, preview, SVG and fair mode. Sizes are in points (converted with ``unit`` = device units per
point), so lines and text are sized for paper whatever the device resolution.

Where each bar, point and span goes comes from :func:`~backan_desktop.core.chart_layout.layout_chart`
(the same numbers the screen chart uses); this module only maps them into ``rect`` and decorates:
ticks, labels, legend (below the plot, never over it), the cut-axis mark.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.chart_layout import ChartLayout, label_decimals, layout_chart, thin_labels
from ..core.formatting import format_number
from ..core.palette import SPARE, chart_colours, chart_styles, status_style
from ..core.sheets import Chart
from ..core.texts import t
from .fonts import sheet_font

PALETTE = SPARE          # colours for things that are not chart series (fair mode's home cards)
INK = QColor("#1d2733")
GRID = QColor("#d5dbe3")
MUTED = QColor("#5b6877")

MAX_BAR_VALUE_LABELS = 14         # more bars than this: values only in tables and tooltips
MAX_LINE_VALUE_LABELS = 12


def _hatch(p: QPainter, r: QRectF, color: QColor, unit: float) -> None:
    """Diagonal hatching inside ``r`` — the mark of an estimate or target on a bar."""
    p.save()
    p.setClipRect(r)
    p.setPen(QPen(color, 0.6 * unit))
    step = 3.0 * unit
    x = r.left() - r.height()
    while x < r.right():
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()))
        x += step
    p.restore()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(color.darker(115), 0.5 * unit))
    p.drawRect(r)


def _style_swatch(p: QPainter, r: QRectF, color: QColor, style: str, unit: float) -> None:
    """A mark of ``color`` drawn in a status ``style``: solid, hatched (lighter, diagonal lines) or
    outline (a plan target: dashed border, no fill). Bars and legend swatches alike."""
    if style == "outline":
        pen = QPen(color.darker(110), 1.0 * unit)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r.adjusted(0.5 * unit, 0.5 * unit, -0.5 * unit, 0))
    elif style == "hatched":
        p.setPen(QPen(color.darker(115), 0.5 * unit))
        p.setBrush(QBrush(color.lighter(150)))
        p.drawRect(r)
        _hatch(p, r, color, unit)      # drawn lines, not a pattern brush: stays vector in SVG too
    else:
        p.setPen(QPen(color.darker(115), 0.5 * unit))
        p.setBrush(QBrush(color))
        p.drawRect(r)


@dataclass
class ChartFrame:
    """Where a chart was drawn: its layout (data units) and the plot rectangle it was mapped into."""
    layout: ChartLayout
    plot: QRectF
    legend: QRectF = field(default_factory=QRectF)      # empty when the chart has one series
    value_labels: list[str] = field(default_factory=list)   # the value labels drawn: all the marks' or none
    label_rects: list[QRectF] = field(default_factory=list)  # where each of those was drawn (bars, spans, points)

    def x_of(self, x: float) -> float:
        x0, x1 = self.layout.x_range
        return self.plot.left() + (x - x0) / ((x1 - x0) or 1.0) * self.plot.width()

    def y_of(self, y: float) -> float:
        lo, hi = self.layout.y_range
        return self.plot.bottom() - (y - lo) / ((hi - lo) or 1.0) * self.plot.height()


def legend_entries(chart: Chart) -> list[tuple[str, str]]:
    """What the legend keys: ("series", i) for each series when there are several, then
    ("style", hatched/outline) for each status style the chart draws besides solid."""
    entries = [("series", str(i)) for i in range(len(chart.series))] if len(chart.series) > 1 else []
    styles = chart_styles(chart)
    if styles != ["solid"]:
        entries += [("style", st) for st in styles]
    return entries


def _entry_name(chart: Chart, entry: tuple[str, str]) -> str:
    kind, what = entry
    return chart.series[int(what)].name if kind == "series" else t(f"key_{what}", chart.lang)


def _legend_rows(chart: Chart, fm: QFontMetricsF, width: float, unit: float) -> list[list[tuple[tuple, float]]]:
    """Legend entries (entry, entry width) wrapped into rows that fit ``width``."""
    rows: list[list[tuple[tuple, float]]] = []
    x = 0.0
    for entry in legend_entries(chart):
        w = min(fm.height() * 0.7 + 3 * unit + fm.horizontalAdvance(_entry_name(chart, entry)), width)
        if not rows or x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((entry, w))
        x += w + 9 * unit
    return rows


def paint_chart(p: QPainter, chart: Chart, rect: QRectF, unit: float) -> ChartFrame:
    """Axes, grid, ticks, series and legend of ``chart`` inside ``rect`` (device coordinates).
    Returns where the plot went, so callers (and tests) can map data to the page."""
    lang = chart.lang
    lay = layout_chart(chart)
    colours = [QColor(c) for c in chart_colours(chart)]
    label_dec = label_decimals(chart)

    def series_color(i: int) -> QColor:
        return colours[i]
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    tick_font = sheet_font(7)
    fm = QFontMetricsF(tick_font, p.device())
    p.setFont(tick_font)
    line_h = fm.height()

    tick_labels = [format_number(v, lang, lay.y_decimals) for v in lay.y_ticks]
    left = max(fm.horizontalAdvance(s) for s in tick_labels) + 5 * unit
    # the unit above the axis; the cut-axis note beside it, or under it when both do not fit
    head = [chart.unit_label]
    if lay.axis_note:
        if fm.horizontalAdvance(f"{chart.unit_label}    {lay.axis_note}") <= rect.width():
            head = [chart.unit_label, lay.axis_note]
        else:
            head = [chart.unit_label, "", lay.axis_note]
    unit_h = line_h * (2 if len(head) == 3 else 1) + 2 * unit
    legend = _legend_rows(chart, fm, rect.width() - left, unit)
    legend_h = len(legend) * (line_h + 2 * unit) + (2 * unit if legend else 0)
    value_labels = (chart.kind == "bar" and len(lay.bars) <= MAX_BAR_VALUE_LABELS) or \
                   (chart.kind == "line" and len(chart.series) == 1 and len(lay.points) <= MAX_LINE_VALUE_LABELS) or \
                   (bool(lay.spans) and len(lay.spans) <= MAX_BAR_VALUE_LABELS)
    headroom = line_h + 2 * unit if value_labels else 2 * unit

    # category names too long for their slot are wrapped on up to three lines (sectors), or written
    # slanted when even that does not fit (project or zone names)
    n_x = max(1, len(chart.x_labels))
    widest_x = max((fm.horizontalAdvance(x) for x in chart.x_labels), default=0)
    approx_slot = (rect.width() - left - 2 * unit) / n_x
    wrap_w = approx_slot - 4 * unit
    wrapped = slanted = False
    label_h = line_h * 1.5
    if not lay.time and widest_x + 2 * unit > approx_slot and n_x <= 30:
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        wrap_h = max(fm.boundingRect(QRectF(0, 0, max(wrap_w, 1), 1e5), flags, x).height() for x in chart.x_labels)
        longest_word = max(fm.horizontalAdvance(w) for x in chart.x_labels for w in x.split() or [""])
        wrapped = wrap_h <= line_h * 3.2 and longest_word <= wrap_w
        slanted = not wrapped
        label_h = wrap_h + 3 * unit if wrapped else min(widest_x * 0.72 + line_h, rect.height() * 0.38)
    title_h = line_h + unit if lay.x_title else 0.0
    plot = QRectF(rect.left() + left, rect.top() + unit_h + headroom, rect.width() - left - 2 * unit,
                  rect.height() - unit_h - headroom - label_h - title_h - legend_h)
    frame = ChartFrame(lay, plot)
    x_of, y_of = frame.x_of, frame.y_of

    p.setPen(MUTED)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
               head[0])
    if len(head) > 1:
        p.drawText(QRectF(rect.left(), rect.top() + (line_h if len(head) == 3 else 0), rect.width() - 2 * unit, line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, head[-1])

    # grid and y ticks
    for v, label in zip(lay.y_ticks, tick_labels):
        y = y_of(v)
        p.setPen(QPen(GRID if v != 0 else MUTED, 0.5 * unit))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y - line_h / 2, left - 4 * unit, line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    p.setPen(QPen(MUTED, 0.5 * unit))
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    if lay.broken:
        _axis_break(p, QPointF(plot.left(), plot.bottom() - min(7 * unit, plot.height() / 6)), unit)

    # x axis: a mark at each 1 January (a missing year shows as an empty step), labels that fit
    p.setPen(QPen(MUTED, 0.5 * unit))
    for x in lay.year_marks:
        p.drawLine(QPointF(x_of(x), plot.bottom()), QPointF(x_of(x), plot.bottom() + 2.5 * unit))
    p.setPen(INK)
    if slanted:
        room = (label_h - line_h) / 0.72
        for lab in lay.labels:
            text = fm.elidedText(lab.text, Qt.TextElideMode.ElideRight, room)
            p.save()
            p.translate(x_of(lab.x) + line_h * 0.3, plot.bottom() + 3 * unit)
            p.rotate(-45)
            w = fm.horizontalAdvance(text)
            p.drawText(QRectF(-w, 0, w, line_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
            p.restore()
    elif wrapped:
        for lab in lay.labels:
            p.drawText(QRectF(x_of(lab.x) - wrap_w / 2, plot.bottom() + 3 * unit, wrap_w, label_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, lab.text)
    else:
        def extent(lab):       # centred under its mark, but kept inside the chart ("6T/2022" at the right end)
            w = fm.horizontalAdvance(lab.text)
            a = max(rect.left(), min(x_of(lab.x) - w / 2, rect.right() - w - unit))
            return a, a + w
        for lab in thin_labels(lay.labels, extent, gap=3 * unit):
            a, b = extent(lab)
            p.drawText(QRectF(a - unit, plot.bottom() + 3 * unit, b - a + 2 * unit, line_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, lab.text)
    if lay.x_title:
        p.setPen(MUTED)
        p.drawText(QRectF(plot.left(), plot.bottom() + label_h, plot.width(), line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, lay.x_title)

    # value labels are drawn last; where two would overlap, the one that matters more stays: the
    # first series' (the one with the most periods) before the others', and within a series the
    # first and last figure, then official figures, then the rest
    wanted: list[tuple[str, float, float, bool]] = []
    bar_rects: list[QRectF] = []

    def value_label(text: str, cx: float, y: float, series: int, index: int, above: bool = True) -> None:
        wanted.append((text, cx, y, above))

    # bars (grouped or stacked); a stacked bar's parts carry their values inside, all of them or none
    inside: list[tuple[QRectF, str, QColor]] = []
    for b in lay.bars:
        s = chart.series[b.series]
        color = series_color(b.series)
        r = QRectF(QPointF(x_of(b.x0), y_of(b.y1)), QPointF(x_of(b.x1), y_of(b.y0)))
        status = s.statuses[b.index] if b.index < len(s.statuses) else ""
        _style_swatch(p, r, color, status_style(status), unit)
        v = s.values[b.index]
        text = format_number(v, lang, label_dec)
        if chart.kind == "stacked":
            inside.append((r, text, color))
        elif value_labels:
            bar_rects.append(r)
            value_label(text, r.center().x(), r.top() if v >= 0 else r.bottom(), b.series, b.index, above=v >= 0)

    if all(r.height() > line_h * 1.1 and r.width() > fm.horizontalAdvance(text) + 2 * unit for r, text, _ in inside):
        for r, text, color in inside:
            p.setPen(QColor("white") if color.lightnessF() < 0.6 else INK)     # readable on light parts too
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        frame.value_labels = [text for _, text, _ in inside]

    # spans: a value over a range of years, across those years
    for sp in lay.spans:
        s = chart.series[sp.series]
        color = series_color(sp.series)
        a, b, y = x_of(sp.x0) + unit, x_of(sp.x1) - unit, y_of(sp.y)
        pen = QPen(color, 2.0 * unit)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if s.statuses[sp.index] not in ("", "official"):
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(a, y), QPointF(b, y))
        p.setPen(QPen(color, 0.8 * unit))
        for x in (a, b):
            p.drawLine(QPointF(x, y - 2.5 * unit), QPointF(x, y + 2.5 * unit))
        if value_labels:
            value_label(f"{format_number(sp.y, lang, label_dec)} ({chart.x_labels[sp.index]})", (a + b) / 2, y - unit,
                        sp.series, sp.index)

    # lines: joined only where one period follows the other
    for run in lay.lines:
        color = series_color(run[0].series)
        if len(run) > 1:
            path = QPainterPath(QPointF(x_of(run[0].x), y_of(run[0].y)))
            for pt in run[1:]:
                path.lineTo(QPointF(x_of(pt.x), y_of(pt.y)))
            p.setPen(QPen(color, 1.4 * unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
    for pt in lay.points:
        s = chart.series[pt.series]
        _marker(p, QPointF(x_of(pt.x), y_of(pt.y)), series_color(pt.series), status_style(s.statuses[pt.index]), unit)
    if value_labels and chart.kind == "line":
        for pt in lay.points:
            s = chart.series[pt.series]
            value_label(format_number(pt.y, lang, label_dec), x_of(pt.x), y_of(pt.y) - 1.5 * unit, pt.series, pt.index)

    # every mark labelled, or none: a chart where some bars carry their value and others do not
    # reads as if the unlabelled ones were different; a smaller size is tried before none
    p.setPen(INK)
    for size in (7, 6):
        font = sheet_font(size)
        lfm = QFontMetricsF(font, p.device())
        placed = _value_label_rects(wanted, lfm, rect, unit, bar_rects)
        if placed:
            p.setFont(font)
            frame.value_labels = [text for _, text in placed]
            frame.label_rects = [r for r, _ in placed]
            for r, text in placed:
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
            break

    # legend, under the x axis
    y = plot.bottom() + label_h + title_h + 2 * unit
    if legend:
        frame.legend = QRectF(plot.left(), y, plot.width(), len(legend) * (line_h + 2 * unit))
    for row in legend:
        x = plot.left()
        for entry, w in row:
            sw = line_h * 0.7
            swatch = QRectF(x, y + (line_h - sw) / 2, sw, sw)
            if entry[0] == "series":
                _style_swatch(p, swatch, series_color(int(entry[1])), "solid", unit)
            elif chart.kind == "line":      # the status key: the mark in a neutral grey, whatever the series' colours
                _marker(p, swatch.center(), MUTED, entry[1], unit)
            else:
                _style_swatch(p, swatch, MUTED, entry[1], unit)
            p.setPen(INK)
            name = fm.elidedText(_entry_name(chart, entry), Qt.TextElideMode.ElideRight, w - sw - 2 * unit)
            p.drawText(QRectF(x + sw + 2 * unit, y, w - sw - unit, line_h), Qt.AlignmentFlag.AlignLeft, name)
            x += w + 9 * unit
        y += line_h + 2 * unit
    p.restore()
    return frame


def _value_label_rects(wanted, fm: QFontMetricsF, rect: QRectF, unit: float,
                       bars: list[QRectF]) -> list[tuple[QRectF, str]]:
    """Where each value label goes in the metrics ``fm``, or [] when any two would overlap, one would
    run into a bar (a half-year bar's label beside its year's taller bar) or one would leave ``rect``."""
    placed: list[tuple[QRectF, str]] = []
    h = fm.height()
    for text, cx, y, above in wanted:
        w = fm.horizontalAdvance(text)
        r = QRectF(cx - w / 2, y - h - 1.5 * unit if above else y + 1.5 * unit, w, h)
        if any(r.adjusted(-1.2 * unit, 0, 1.2 * unit, 0).intersects(q) for q, _ in placed) \
                or any(r.intersects(b) for b in bars) \
                or r.left() < rect.left() - 2 * unit or r.right() > rect.right() + 2 * unit:
            return []
        placed.append((r, text))
    return placed


def _marker(p: QPainter, at: QPointF, color: QColor, style: str, unit: float) -> None:
    """A point of a line: a filled dot (official), a hollow dot (estimate, preliminary,
    unverified) or a hollow square (a plan target, never a data point)."""
    p.setPen(QPen(color, 1.0 * unit))
    p.setBrush(QBrush(color if style == "solid" else QColor("white")))
    if style == "outline":
        p.drawRect(QRectF(at.x() - 2.2 * unit, at.y() - 2.2 * unit, 4.4 * unit, 4.4 * unit))
    else:
        p.drawEllipse(at, 2.0 * unit, 2.0 * unit)


def _axis_break(p: QPainter, at: QPointF, unit: float) -> None:
    """Two slanted strokes across the value axis: the axis is cut, it does not run down to zero."""
    p.save()
    gap = 2.2 * unit
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(at.x() - 1.5 * unit, at.y() - gap / 2, 3 * unit, gap))
    p.setPen(QPen(MUTED, 0.7 * unit))
    for dy in (-gap / 2, gap / 2):
        p.drawLine(QPointF(at.x() - 3 * unit, at.y() + dy + 1.2 * unit), QPointF(at.x() + 3 * unit, at.y() + dy - 1.2 * unit))
    p.restore()
