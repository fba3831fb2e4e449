"""Draw Bắc Kạn in context with QPainter, as vector paths: the region's provinces ranked as dots
(Bắc Kạn highlighted, the regional median and Viet Nam as reference lines, the provinces with no
figure named) and the PCI sub-index profile. The same calls paint a printed sheet and fair mode.

Sizes are in points times ``unit`` (device units per point), text in point sizes, as in
:mod:`.map_painter`. The data is :class:`~backan_desktop.core.context.Comparison` and
:class:`~backan_desktop.core.context.Profile`; wording comes from :func:`~backan_desktop.core.texts.t`.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ..core.context import Comparison, Profile
from ..core.formatting import format_number
from ..core.palette import SPARE
from ..core.texts import t
from ..core.ticks import nice_ticks
from .chart_painter import INK, MUTED
from .fonts import sheet_font
from .map_painter import FORMER

HOME = FORMER                    # Bắc Kạn: the one warm colour of a context chart, as on the map
PEER = QColor(SPARE[0])
OTHER = QColor("#7d8a97")
MEDIAN = QColor(SPARE[2])
NATION = QColor(SPARE[4])
GRID = QColor("#dde3ea")
ROW = 1.55                       # a row's height, in multiples of the text size


def _rows(c: Comparison) -> list[tuple[str, object]]:
    """From the top: the provinces with a figure, best first, then those without one."""
    return [(p.name, p) for p in c.peers] + [(name, None) for name in c.missing]


def _key_items(c: Comparison, lang: str) -> list[tuple[str, QColor, str]]:
    items = [("dot", HOME, t("province_short", lang))]
    if c.median is not None:
        items.append(("dash", MEDIAN, f"{t('ctx_median', lang)}: {c.median_text}"))
    if c.national is not None:
        items.append(("dot-line", NATION, f"{c.national.name}: {c.national.text}{c.national.mark}"))
    return items


def ranked_height(p_or_device, c: Comparison, width: float, unit: float, text_pt: float) -> float:
    """The height :func:`paint_ranked` needs at ``width`` (device units)."""
    device = p_or_device.device() if isinstance(p_or_device, QPainter) else p_or_device
    fm = QFontMetricsF(sheet_font(text_pt), device)
    rows = len(_rows(c))
    key_h = _key_height(fm, _key_items(c, "vi"), width, unit)
    return rows * text_pt * ROW * unit + fm.height() * 1.6 + key_h + 4 * unit


def _key_height(fm: QFontMetricsF, items, width: float, unit: float) -> float:
    x, lines = 0.0, 1
    for _, _, text in items:
        w = 14 * unit + fm.horizontalAdvance(text) + 10 * unit
        if x and x + w > width:
            lines, x = lines + 1, 0.0
        x += w
    return lines * (fm.height() + 2 * unit)


def _x_range(c: Comparison) -> tuple[float, float]:
    vals = [p.value for p in c.peers] + [v for v in (c.median, c.national.value if c.national else None)
                                         if v is not None]
    lo, hi = (min(vals), max(vals)) if vals else (0.0, 1.0)
    span = (hi - lo) or abs(hi) or 1.0
    x0 = 0.0 if 0 <= lo < span * 0.6 else lo - span * 0.1
    return x0, hi + span * 0.05


def paint_ranked(p: QPainter, rect: QRectF, c: Comparison, lang: str, unit: float, text_pt: float) -> None:
    """The region's provinces as ranked dots inside ``rect``: names on the left (Bắc Kạn bold, in
    :data:`HOME`), a dot and its value per province, "no figure" for the others, the reference lines
    and a key along the bottom; a value axis not starting at zero says so in the key."""
    font, bold = sheet_font(text_pt), sheet_font(text_pt, bold=True)
    fm, fmb = QFontMetricsF(font, p.device()), QFontMetricsF(bold, p.device())
    rows = _rows(c)
    row_h = text_pt * ROW * unit
    home_name = next((p_.name for p_ in c.peers if p_.home), None)
    name_w = min(rect.width() * 0.55, max((fmb.horizontalAdvance(n) for n, _ in rows), default=0) + 6 * unit)
    values_w = max((fm.horizontalAdvance(pp.text + pp.mark) for _, pp in rows if pp), default=0) + 6 * unit
    plot = QRectF(rect.left() + name_w, rect.top(), rect.width() - name_w - values_w, len(rows) * row_h)
    x0, x1 = _x_range(c)
    ticks, decimals = nice_ticks(x0, x1, 5, include_zero=x0 == 0)
    x0, x1 = ticks[0], ticks[-1]
    lower = c.lower_is_better

    def x_of(v: float) -> float:
        return plot.left() + (v - x0) / ((x1 - x0) or 1.0) * plot.width()

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(font)
    for v in ticks:
        x = x_of(v)
        p.setPen(QPen(GRID, 0.5 * unit))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(MUTED)
        p.drawText(QRectF(x - 30 * unit, plot.bottom() + 1 * unit, 60 * unit, fm.height()),
                   int(Qt.AlignmentFlag.AlignHCenter), format_number(v, lang, decimals))
    p.setPen(QPen(MUTED, 0.6 * unit))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    for value, colour, style in ((c.median, MEDIAN, Qt.PenStyle.DashLine),
                                 (c.national.value if c.national else None, NATION, Qt.PenStyle.DotLine)):
        if value is not None:
            p.setPen(QPen(colour, 1.3 * unit, style))
            p.drawLine(QPointF(x_of(value), plot.top()), QPointF(x_of(value), plot.bottom()))
    for i, (name, peer) in enumerate(rows):
        y = plot.top() + (i + 0.5) * row_h
        is_home = name == home_name or (peer is None and name.startswith(t("province_short", lang)))
        p.setFont(bold if is_home else font)
        p.setPen(HOME if is_home else INK)
        shown = (fmb if is_home else fm).elidedText(name, Qt.TextElideMode.ElideRight, name_w - 6 * unit)
        p.drawText(QRectF(rect.left(), y - row_h / 2, name_w - 6 * unit, row_h),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
        if peer is None:          # on a white ground, so a reference line does not run through the words
            words = t("ctx_no_figure", lang)
            box = QRectF(plot.left() + 3 * unit, y - fm.height() / 2, fm.horizontalAdvance(words) + 2 * unit, fm.height())
            p.fillRect(box, QColor("white"))
            p.setFont(font)
            p.setPen(HOME if is_home else MUTED)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), words)
            continue
        x = x_of(peer.value)
        p.setPen(QPen(QColor("white"), 0.8 * unit))
        p.setBrush(HOME if peer.home else PEER)
        r = (3.6 if peer.home else 2.6) * unit
        p.drawEllipse(QPointF(x, y), r, r)
        p.setFont(bold if peer.home else font)
        p.setPen(HOME if peer.home else INK)
        p.drawText(QRectF(x + r + 3 * unit, y - row_h / 2, rect.right() - x, row_h),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), peer.text + peer.mark)
    items = _key_items(c, lang)
    if x0 > 0:
        items.append(("", MUTED, t("axis_not_zero", lang)))
    if lower:
        items.append(("", MUTED, t("ctx_lower_better", lang)))
    _paint_key(p, QRectF(rect.left(), plot.bottom() + fm.height() * 1.6, rect.width(), rect.bottom()), items, fm,
               font, unit)
    p.restore()


def _paint_key(p: QPainter, r: QRectF, items, fm: QFontMetricsF, font, unit: float) -> None:
    x, y = r.left(), r.top()
    for kind, colour, text in items:
        w = (14 * unit if kind else 0) + fm.horizontalAdvance(text) + 10 * unit
        if x > r.left() and x + w > r.right():
            x, y = r.left(), y + fm.height() + 2 * unit
        cy = y + fm.height() / 2
        if kind == "dot":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QPointF(x + 5 * unit, cy), 3.2 * unit, 3.2 * unit)
        elif kind:
            p.setPen(QPen(colour, 1.3 * unit, Qt.PenStyle.DashLine if kind == "dash" else Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x + 5 * unit, cy - 4 * unit), QPointF(x + 5 * unit, cy + 4 * unit))
        p.setFont(font)
        p.setPen(INK if kind else MUTED)
        tx = x + (14 * unit if kind else 0)
        p.drawText(QRectF(tx, y, r.right() - tx, fm.height()), int(Qt.AlignmentFlag.AlignLeft), text)
        x += w


PROFILE_SERIES = ("home", "top", "median", "others")


def profile_height(device, prof: Profile, unit: float, text_pt: float) -> float:
    fm = QFontMetricsF(sheet_font(text_pt), device)
    return len(prof.labels) * text_pt * ROW * unit + fm.height() * 1.6 + 2 * (fm.height() + 2 * unit) + 4 * unit


def paint_profile(p: QPainter, rect: QRectF, prof: Profile, lang: str, unit: float, text_pt: float) -> None:
    """The PCI sub-indices (rows) on a 0–10 scale: Bắc Kạn's dots, the best-ranked province's
    squares, the regional median's diamonds (where computed) and the other provinces found in grey."""
    font = sheet_font(text_pt)
    fm = QFontMetricsF(font, p.device())
    row_h = text_pt * ROW * unit
    name_w = min(rect.width() * 0.4, max(fm.horizontalAdvance(n) for n in prof.labels) + 6 * unit)
    plot = QRectF(rect.left() + name_w, rect.top(), rect.width() - name_w - 4 * unit, len(prof.labels) * row_h)
    series = []
    if prof.home is not None:
        series.append(("dot", HOME, t("province_short", lang), prof.home, 3.6))
    if prof.top is not None:
        series.append(("square", PEER, prof.top[0], prof.top[1], 2.8))
    if prof.median is not None:
        series.append(("diamond", MEDIAN, t("ctx_median", lang), prof.median, 3.0))
    for name, values in prof.others:
        series.append(("small", OTHER, name, values, 2.0))
    lows = [v for *_, values, _ in series for v in values if v is not None]
    x0 = max(0.0, math.floor(min(lows, default=0.0)) - 1.0)

    def x_of(v: float) -> float:
        return plot.left() + (v - x0) / (10.0 - x0) * plot.width()

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(font)
    for v in range(int(x0), 11):
        p.setPen(QPen(GRID, 0.5 * unit))
        p.drawLine(QPointF(x_of(v), plot.top()), QPointF(x_of(v), plot.bottom()))
        p.setPen(MUTED)
        p.drawText(QRectF(x_of(v) - 20 * unit, plot.bottom() + 1 * unit, 40 * unit, fm.height()),
                   int(Qt.AlignmentFlag.AlignHCenter), format_number(v, lang, 0))
    for i, label in enumerate(prof.labels):
        y = plot.top() + (i + 0.5) * row_h
        p.setPen(INK)
        p.drawText(QRectF(rect.left(), y - row_h / 2, name_w - 6 * unit, row_h),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        for kind, colour, _name, values, size in reversed(series):
            if values[i] is not None:
                _marker(p, kind, QPointF(x_of(values[i]), y), size * unit, colour, unit)
    items = [(kind, colour, name) for kind, colour, name, _v, _s in series]
    if x0 > 0:
        items.append(("", MUTED, t("axis_not_zero", lang)))
    x, y = rect.left(), plot.bottom() + fm.height() * 1.6
    for kind, colour, text in items:
        w = (14 * unit if kind else 0) + fm.horizontalAdvance(text) + 10 * unit
        if x > rect.left() and x + w > rect.right():
            x, y = rect.left(), y + fm.height() + 2 * unit
        if kind:
            _marker(p, kind, QPointF(x + 5 * unit, y + fm.height() / 2), 3 * unit, colour, unit)
        p.setPen(INK if kind else MUTED)
        tx = x + (14 * unit if kind else 0)
        p.drawText(QRectF(tx, y, rect.right() - tx, fm.height()), int(Qt.AlignmentFlag.AlignLeft), text)
        x += w
    p.restore()


def _marker(p: QPainter, kind: str, at: QPointF, r: float, colour: QColor, unit: float) -> None:
    p.setPen(QPen(QColor("white"), 0.6 * unit))
    p.setBrush(colour)
    if kind == "square":
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif kind == "diamond":
        p.drawPolygon([at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)])
    else:
        p.drawEllipse(at, r, r)
