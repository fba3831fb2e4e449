"""Draw a :class:`~backan_desktop.core.sheets.Chart` with QPainter — vector output for PDF,
print and preview. Sizes are in points (converted with ``unit`` = device units per point), so
lines and text are sized for paper whatever the device resolution."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.formatting import format_number
from ..core.sheets import Chart
from ..core.ticks import nice_ticks
from .fonts import sheet_font

PALETTE = ["#1f5f8b", "#e07b39", "#3f9d5a", "#8e5ea2", "#c9a227", "#5aa5c8", "#b5485d"]
INK = QColor("#1d2733")
GRID = QColor("#d5dbe3")
MUTED = QColor("#5b6877")


def _dec(series, i: int) -> int:
    """Decimals of one point as its source printed it."""
    return series.point_decimals[i] if i < len(series.point_decimals) else series.decimals


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


def series_color(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


def paint_chart(p: QPainter, chart: Chart, rect: QRectF, unit: float) -> None:
    """Axes, grid, ticks, series and legend of ``chart`` inside ``rect`` (device coordinates)."""
    lang = chart.lang
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    tick_font = sheet_font(7)
    fm = QFontMetricsF(tick_font, p.device())
    p.setFont(tick_font)

    stacked = chart.kind == "stacked"
    values = [v for s in chart.series for v in s.values if v is not None]
    if stacked:
        totals = [sum(s.values[i] or 0 for s in chart.series) for i in range(len(chart.x_labels))]
        vmax, vmin = max(totals or [1]), 0.0
    else:
        vmax, vmin = max(values or [1]), min(values or [0])
    ticks, tdec = nice_ticks(vmin, vmax, 5, include_zero=chart.kind != "line" or vmin >= 0)
    if chart.kind == "line" and vmin > 0:
        ticks, tdec = nice_ticks(vmin, vmax, 5, include_zero=False)
    lo, hi = ticks[0], ticks[-1]

    legend_h = 0.0
    if len(chart.series) > 1:
        legend_h = fm.height() + 4 * unit
    tick_labels = [format_number(v, lang, tdec) for v in ticks]
    left = max(fm.horizontalAdvance(s) for s in tick_labels) + 4 * unit
    unit_h = fm.height() + 2 * unit
    # category names too long for their slot (e.g. project or zone names) are written slanted
    n_x = max(1, len(chart.x_labels))
    widest_x = max((fm.horizontalAdvance(x) for x in chart.x_labels), default=0)
    approx_slot = (rect.width() - left - 2 * unit) / n_x
    slanted = widest_x + 2 * unit > approx_slot and n_x <= 30 and not chart.x_labels[0][:1].isdigit()
    label_h = min(widest_x * 0.72 + fm.height(), rect.height() * 0.38) if slanted else fm.height() * 1.6
    plot = QRectF(rect.left() + left, rect.top() + unit_h, rect.width() - left - 2 * unit,
                  rect.height() - unit_h - label_h - legend_h)

    # unit label above the axis
    p.setPen(MUTED)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), unit_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
               chart.unit_label)

    def y_of(v: float) -> float:
        return plot.bottom() - (v - lo) / (hi - lo or 1) * plot.height()

    # grid and y ticks
    for v, label in zip(ticks, tick_labels):
        y = y_of(v)
        p.setPen(QPen(GRID if v != 0 else MUTED, 0.5 * unit))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, left - 3 * unit, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    n = max(1, len(chart.x_labels))
    slot = plot.width() / n
    # x labels: slanted when long, else horizontal and thinned when they would collide
    widest = max((fm.horizontalAdvance(x) for x in chart.x_labels), default=0)
    p.setPen(INK)
    if slanted:
        room = (label_h - fm.height()) / 0.72
        for i, label in enumerate(chart.x_labels):
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, room)
            cx = plot.left() + slot * (i + 0.5)
            p.save()
            p.translate(cx + fm.height() * 0.3, plot.bottom() + 3 * unit)
            p.rotate(-45)
            w = fm.horizontalAdvance(text)
            p.drawText(QRectF(-w, 0, w, fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
            p.restore()
    else:
        step = 1
        while step < n and widest + 2 * unit > slot * step:
            step += 1
        last_drawn = -step
        for i, label in enumerate(chart.x_labels):
            if i % step and not (i == n - 1 and i - last_drawn >= step):
                continue
            last_drawn = i
            cx = plot.left() + slot * (i + 0.5)
            p.drawText(QRectF(cx - slot * step / 2 - widest, plot.bottom() + 2 * unit, slot * step + 2 * widest, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    if chart.kind == "line":
        for si, s in enumerate(chart.series):
            color = series_color(si)
            path = QPainterPath()
            started = False
            pts = []
            for i, v in enumerate(s.values):
                if v is None:
                    started = False
                    continue
                pt = QPointF(plot.left() + slot * (i + 0.5), y_of(v))
                pts.append((pt, s.statuses[i]))
                if started:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    started = True
            p.setPen(QPen(color, 1.4 * unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            for pt, status in pts:
                p.setPen(QPen(color, 1.0 * unit))
                p.setBrush(QBrush(QColor("white") if status != "official" else color))
                p.drawEllipse(pt, 2.0 * unit, 2.0 * unit)
            if len(chart.series) == 1 and len(pts) <= 12:
                p.setPen(INK)
                for (pt, _), i in zip(pts, [i for i, v in enumerate(s.values) if v is not None]):
                    text = format_number(s.values[i], lang, _dec(s, i))
                    p.drawText(QRectF(pt.x() - slot / 2, pt.y() - fm.height() - 3 * unit, slot, fm.height()),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
    else:
        groups = len(chart.series) if chart.kind == "bar" else 1
        bar_w = slot * 0.7 / groups
        for i in range(len(chart.x_labels)):
            base = 0.0
            for si, s in enumerate(chart.series):
                v = s.values[i]
                if v is None:
                    continue
                color = series_color(si)
                if chart.kind == "stacked":
                    x = plot.left() + slot * (i + 0.15)
                    top, bottom = y_of(base + v), y_of(base)
                    base += v
                else:
                    x = plot.left() + slot * (i + 0.15) + bar_w * si
                    top, bottom = y_of(max(v, 0)), y_of(min(v, 0))
                r = QRectF(x, top, bar_w, bottom - top)
                status = s.statuses[i]
                p.setPen(QPen(color.darker(115), 0.5 * unit))
                if status and status != "official":
                    p.setBrush(QBrush(color.lighter(150)))
                    p.drawRect(r)
                    _hatch(p, r, color, unit)      # drawn lines, not a pattern brush: stays vector in SVG too
                else:
                    p.setBrush(QBrush(color))
                    p.drawRect(r)
                show = (chart.kind == "bar" and len(chart.x_labels) * groups <= 14) or (
                    chart.kind == "stacked" and r.height() > fm.height() * 1.1 and bar_w > fm.horizontalAdvance("00,00") + 2 * unit)
                if show:
                    text = format_number(v, lang, _dec(s, i))
                    if chart.kind == "stacked":
                        p.setPen(QColor("white"))
                        p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
                    else:
                        p.setPen(INK)
                        p.drawText(QRectF(r.left() - slot, r.top() - fm.height() - 1.5 * unit, r.width() + 2 * slot, fm.height()),
                                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)

    if legend_h:
        x = plot.left()
        y = rect.bottom() - legend_h + 2 * unit
        for si, s in enumerate(chart.series):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(series_color(si))
            sw = fm.height() * 0.7
            p.drawRect(QRectF(x, y + (fm.height() - sw) / 2, sw, sw))
            p.setPen(INK)
            w = fm.horizontalAdvance(s.name)
            p.drawText(QRectF(x + sw + 2 * unit, y, w + 2 * unit, fm.height()), Qt.AlignmentFlag.AlignLeft, s.name)
            x += sw + w + 9 * unit
    p.restore()
