"""Draw the locator map and the regional choropleth with QPainter, as vector paths: the same
calls paint a window, a PDF page, a print-out and fair mode.

Sizes are in points times ``unit`` (device units per point, as in :mod:`.chart_painter`); text is
set in point sizes, so a map reads the same on an A5 sheet and a 300 dpi PDF. Boundaries come from
:func:`~backan_desktop.core.geo.bundled_boundaries`; when the file cannot be used the map says so
in its rectangle instead (never an exception). Wording: :func:`~backan_desktop.core.texts.t`.
"""
from __future__ import annotations

from typing import Callable, Mapping, Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core import geo
from ..core.palette import SPARE
from ..core.formatting import format_number
from ..core.texts import in_lang, t
from .chart_painter import INK, MUTED
from .fonts import sheet_font

LAND = QColor("#e8ecf0")
BORDER = QColor("#ffffff")
COAST = QColor("#9aa7b4")
FORMER = QColor(SPARE[1])           # the former Bắc Kạn province: its colour in every context chart
NEW = QColor("#1f4e79")             # the outline of the new Thái Nguyên
CAPITAL = QColor("#b5485d")
# ColorBrewer "Blues", the darker five of six: sequential, safe for colour-blind readers and in grey print
CLASSES = [QColor(c) for c in ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")]
HATCH = QColor("#7d8a97")
SCALE_STEPS = (5, 10, 20, 25, 50, 100, 200, 250, 500)


def _boundaries() -> tuple[Optional[geo.Boundaries], str]:
    try:
        return geo.bundled_boundaries(), ""
    except geo.BoundaryError as exc:
        return None, str(exc.problem)


def _path(polygons, frame: geo.Frame) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for poly in polygons:
        for ring in poly:
            path.moveTo(*frame.project(ring[0], ring[1]))
            for i in range(2, len(ring), 2):
                path.lineTo(*frame.project(ring[i], ring[i + 1]))
            path.closeSubpath()
    return path


def _centre(area: geo.Area, frame: geo.Frame) -> QPointF:
    return _path(area.polygons[:1], frame).boundingRect().center()


def _unavailable(p: QPainter, rect: QRectF, problem: str, lang: str, unit: float) -> None:
    p.setPen(QPen(COAST, 0.5 * unit))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect)
    p.setFont(sheet_font(7.5))
    p.setPen(MUTED)
    p.drawText(rect.adjusted(6 * unit, 6 * unit, -6 * unit, -6 * unit), int(Qt.TextFlag.TextWordWrap),
               t("map_unavailable", lang, problem=problem))


def _base(p: QPainter, b: geo.Boundaries, frame: geo.Frame, unit: float, fill=None) -> None:
    """Every province (filled by ``fill(code)`` or as land) with white borders, the islands, a coast."""
    p.setPen(QPen(BORDER, 0.6 * unit))
    for code, area in b.provinces.items():
        brush = fill(code) if fill else LAND
        p.setBrush(brush)
        p.drawPath(_path(area.polygons, frame))
    p.setBrush(LAND)
    p.setPen(QPen(COAST, 0.3 * unit))
    p.drawPath(_path(b.islands, frame))


def _text_box(p: QPainter, at: QPointF, text: str, size: float, unit: float, color=INK, bold=False,
              align=Qt.AlignmentFlag.AlignCenter) -> QRectF:
    """A label on a white, slightly transparent box, so it reads over borders and fills."""
    font = sheet_font(size, bold=bold)
    fm = QFontMetricsF(font, p.device())
    w, h = fm.horizontalAdvance(text) + 3 * unit, fm.height() + 0.5 * unit
    x = at.x() - w / 2 if align == Qt.AlignmentFlag.AlignCenter else (at.x() if align == Qt.AlignmentFlag.AlignLeft else at.x() - w)
    r = QRectF(x, at.y() - h / 2, w, h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 210))
    p.drawRoundedRect(r, 1.5 * unit, 1.5 * unit)
    p.setFont(font)
    p.setPen(color)
    p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), text)
    return r


def _scale_bar(p: QPainter, frame: geo.Frame, at: QPointF, unit: float, size: float) -> None:
    """A bar of a round number of km, about a fifth of the map's width, drawn from ``at`` (its
    bottom-left). The projection is true in scale at the map's middle latitude."""
    per_km = frame.units_per_km()
    w, s, e, n = frame.box
    want = (frame.project(e, s)[0] - frame.project(w, s)[0]) / 5 / per_km
    km = max((s for s in SCALE_STEPS if s <= want), default=SCALE_STEPS[0])
    length = km * per_km
    y = at.y()
    p.setPen(QPen(INK, 0.8 * unit))
    p.drawLine(QPointF(at.x(), y), QPointF(at.x() + length, y))
    for x in (at.x(), at.x() + length / 2, at.x() + length):
        p.drawLine(QPointF(x, y), QPointF(x, y - 3 * unit))
    p.setFont(sheet_font(size))
    fm = QFontMetricsF(p.font(), p.device())
    for x, label in ((at.x(), "0"), (at.x() + length, f"{km} km")):
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2, y - 4 * unit), label)


def _credit(p: QPainter, rect: QRectF, b: geo.Boundaries, lang: str, size: float) -> float:
    """The source credit along the bottom of ``rect``; returns its height."""
    font = sheet_font(size)
    text = in_lang((b.credit_vi, b.credit_en), lang)
    h = QFontMetricsF(font, p.device()).boundingRect(QRectF(0, 0, rect.width(), 1e6), int(Qt.TextFlag.TextWordWrap), text).height()
    p.setFont(font)
    p.setPen(MUTED)
    p.drawText(QRectF(rect.left(), rect.bottom() - h, rect.width(), h), int(Qt.TextFlag.TextWordWrap), text)
    return h


def _legend(p: QPainter, x: float, y: float, items, size: float, unit: float) -> float:
    """Rows of (draw-swatch, text) from (x, y) down; returns the y below the last row."""
    font = sheet_font(size)
    fm = QFontMetricsF(font, p.device())
    row = max(fm.height(), 8 * unit) + 1.5 * unit
    sw = 10 * unit
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 215))
    width = sw + 5 * unit + max(fm.horizontalAdvance(text) for _, text in items)
    p.drawRect(QRectF(x - 2 * unit, y - 1 * unit, width + 2 * unit, row * len(items) + 2 * unit))
    for swatch, text in items:
        box = QRectF(x, y + (row - 7 * unit) / 2, sw, 7 * unit)
        p.save()
        swatch(p, box)
        p.restore()
        p.setFont(font)
        p.setPen(INK)
        p.drawText(QRectF(x + sw + 3 * unit, y, 1e4, row), int(Qt.AlignmentFlag.AlignVCenter), text)
        y += row
    return y


def _swatch(fill: QColor, pen: QPen | None = None, pattern=None):
    def draw(p: QPainter, r: QRectF):
        p.setPen(pen if pen is not None else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill, pattern) if pattern is not None else QBrush(fill))
        p.drawRect(r)
    return draw


def _rect_path(r: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(r)
    return path


def _hatch(p: QPainter, path: QPainterPath, unit: float) -> None:
    """Diagonal lines inside ``path``: "no data". Stroked as one path of lines clipped to the area
    (a Qt pattern brush would reach a PDF as a bitmap)."""
    r = path.boundingRect()
    step = 3.5 * unit
    lines = QPainterPath()
    for i in range(int((r.width() + r.height()) / step) + 1):
        x = r.left() - r.height() + i * step
        lines.moveTo(x, r.bottom())
        lines.lineTo(x + r.height(), r.top())
    p.save()
    p.setClipPath(path, Qt.ClipOperation.IntersectClip)
    p.strokePath(lines, QPen(HATCH, 0.5 * unit))
    p.restore()


def paint_locator(p: QPainter, rect: QRectF, lang: str, unit: float, text_pt: float = 7.5,
                  legend: bool = True) -> Optional[geo.Frame]:
    """Northern Viet Nam's provinces as they were before 1 July 2025, the former Bắc Kạn province
    filled, the outline of the new Thái Nguyên, Hà Nội with its straight-line distance from Bắc Kạn
    city, a scale bar, a legend and the source credit, inside ``rect``. Returns the projection
    used (None when the boundary file cannot be used: the map then says so)."""
    b, problem = _boundaries()
    if b is None:
        _unavailable(p, rect, problem, lang, unit)
        return None
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setClipRect(rect)
    credit_h = _credit(p, rect, b, lang, text_pt * 0.85)
    area = rect.adjusted(0, 0, 0, -credit_h - 2 * unit)
    p.setClipRect(area)
    frame = geo.Frame(geo.NORTH, area.left(), area.top(), area.width(), area.height())
    _base(p, b, frame, unit, fill=lambda code: FORMER if code == geo.BAC_KAN else LAND)
    new = b.outlines.get(geo.NEW_THAI_NGUYEN)
    if new is not None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(NEW, 1.6 * unit, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.drawPath(_path(new.polygons, frame))
    hanoi, town = b.places.get("hanoi"), b.places.get("backan_town")
    if hanoi and town:
        a, z = QPointF(*frame.project(town.lon, town.lat)), QPointF(*frame.project(hanoi.lon, hanoi.lat))
        p.setPen(QPen(INK, 0.7 * unit, Qt.PenStyle.DotLine))
        p.drawLine(a, z)
        for pt, r in ((a, 1.8), (z, 2.6)):
            p.setPen(QPen(QColor("white"), 0.8 * unit))
            p.setBrush(CAPITAL if pt is z else INK)
            p.drawEllipse(pt, r * unit, r * unit)
        km = format_number(round(geo.distance_km(town, hanoi)), lang, 0)
        _text_box(p, QPointF(z.x(), z.y() + 9 * unit), f"{hanoi.name} · {km} km", text_pt + 0.5, unit, CAPITAL,
                  bold=True)
    former = b.provinces[geo.BAC_KAN]
    _text_box(p, _centre(former, frame) - QPointF(0, 5 * unit), former.name, text_pt + 1, unit, bold=True)
    tn = b.provinces.get(geo.THAI_NGUYEN)
    if tn is not None:
        _text_box(p, _centre(tn, frame), tn.name, text_pt, unit, NEW)
    if legend:
        _legend(p, area.left() + 4 * unit, area.top() + 4 * unit, _locator_items(b, lang, unit), text_pt, unit)
    # bottom left: south-west of the box is Laos, away from the labels of Bắc Kạn and Hà Nội
    _scale_bar(p, frame, QPointF(frame.project(*geo.NORTH[:2])[0] + 6 * unit, area.bottom() - 6 * unit), unit, text_pt)
    p.restore()
    return frame


def _locator_items(b: geo.Boundaries, lang: str, unit: float) -> list:
    items = [(_swatch(FORMER), t("map_former", lang)),
             (lambda q, r: (q.setPen(QPen(NEW, 1.6 * unit, Qt.PenStyle.DashLine)),
                            q.drawLine(r.left(), r.center().y(), r.right(), r.center().y())), t("map_new", lang)),
             (_swatch(LAND, QPen(COAST, 0.4 * unit)), t("map_borders", lang))]
    hanoi, town = b.places.get("hanoi"), b.places.get("backan_town")
    if hanoi and town:
        km = format_number(round(geo.distance_km(town, hanoi)), lang, 0)
        items.append((lambda q, r: (q.setPen(QPen(INK, 0.7 * unit, Qt.PenStyle.DotLine)),
                                    q.drawLine(r.left(), r.center().y(), r.right(), r.center().y())),
                      t("map_distance", lang, km=km)))
    return items


KEY_ROWS = (1,)     # a key beside the map: the dashed outline (Bắc Kạn and the distance are written on the map)


ALL_KEY_ROWS = (0, 1, 2, 3)


def paint_locator_key(p: QPainter, x: float, y: float, lang: str, unit: float, text_pt: float = 7.5,
                      rows: tuple = KEY_ROWS) -> float:
    """The locator map's key on its own, its ``rows`` (for a map drawn with ``legend=False``),
    from (x, y) down; returns the y below it."""
    b, _ = _boundaries()
    if b is None:
        return y
    p.save()
    items = _locator_items(b, lang, unit)
    y = _legend(p, x, y, [items[i] for i in rows if i < len(items)], text_pt, unit)
    p.restore()
    return y


def locator_key_height(device, unit: float, text_pt: float = 7.5, rows: tuple = KEY_ROWS) -> float:
    fm = QFontMetricsF(sheet_font(text_pt), device)
    return len(rows) * (max(fm.height(), 8 * unit) + 1.5 * unit) + 2 * unit


def paint_choropleth(p: QPainter, rect: QRectF, values: Mapping[str, Optional[float]], lang: str, unit: float,
                     fmt: Optional[Callable[[float], str]] = None, text_pt: float = 7.5,
                     title: str = "") -> Optional[geo.Frame]:
    """A map of ``values`` (province code or name → value; None or NaN is drawn as "no data")
    in quantile classes of :data:`CLASSES`, framed on the provinces in ``values``; the others are
    drawn as plain land, marked "not compared". Bắc Kạn keeps its class colour and gets a thick
    outline. ``fmt`` formats a class edge for the legend (default: the language's number format).
    Returns the projection used, or None (see :func:`paint_locator`)."""
    b, problem = _boundaries()
    if b is None:
        _unavailable(p, rect, problem, lang, unit)
        return None
    fmt = fmt or (lambda v: format_number(v, lang))
    values = b.by_code(values)
    edges = geo.classify(values, len(CLASSES))
    k = max(0, len(edges) - 1)
    palette = CLASSES if k >= len(CLASSES) else [CLASSES[round(i * (len(CLASSES) - 1) / max(1, k - 1))] for i in range(k)]
    shown = [code for code in values if code in b.provinces]
    missing = [code for code in shown if geo.class_of(values[code], edges) is None]

    def fill(code: str):
        if code not in values:
            return LAND
        i = geo.class_of(values[code], edges)
        return QColor("white") if i is None else palette[i]

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setClipRect(rect)
    credit_h = _credit(p, rect, b, lang, text_pt * 0.85)
    top = rect.top()
    if title:
        font = sheet_font(text_pt + 1.5, bold=True)
        p.setFont(font)
        p.setPen(INK)
        th = QFontMetricsF(font, p.device()).height()
        p.drawText(QRectF(rect.left(), top, rect.width(), th), int(Qt.AlignmentFlag.AlignLeft), title)
        top += th + 2 * unit
    items = [(_swatch(palette[i], QPen(COAST, 0.3 * unit)), f"{fmt(edges[i])} – {fmt(edges[i + 1])}") for i in range(k)]
    items += [(lambda q, r: (_hatch(q, _rect_path(r), unit), q.setPen(QPen(COAST, 0.3 * unit)),
                             q.setBrush(Qt.BrushStyle.NoBrush), q.drawRect(r)), t("map_no_data", lang)),
              (_swatch(LAND, QPen(COAST, 0.3 * unit)), t("map_not_in_set", lang))]
    font = sheet_font(text_pt)
    fm = QFontMetricsF(font, p.device())
    legend_w = 16 * unit + max(fm.horizontalAdvance(text) for _, text in items)
    area = QRectF(rect.left(), top, rect.width() - legend_w - 6 * unit, rect.bottom() - credit_h - 2 * unit - top)
    box = _padded(geo.bounds([b.provinces[c] for c in shown]) if shown else geo.NORTH)
    frame = geo.Frame(box, area.left(), area.top(), area.width(), area.height())
    p.save()
    p.setClipRect(area)
    _base(p, b, frame, unit, fill=fill)
    for code in missing:
        _hatch(p, _path(b.provinces[code].polygons, frame), unit)
    if geo.BAC_KAN in values:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(INK, 1.6 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.drawPath(_path(b.provinces[geo.BAC_KAN].polygons, frame))
        _text_box(p, _centre(b.provinces[geo.BAC_KAN], frame), b.provinces[geo.BAC_KAN].name, text_pt, unit, bold=True)
    p.restore()
    _legend(p, area.right() + 6 * unit, area.top(), items, text_pt, unit)
    _scale_bar(p, frame, QPointF(area.left() + 4 * unit, area.bottom() - 6 * unit), unit, text_pt)
    p.restore()
    return frame


def _padded(box: geo.Bounds, share: float = 0.04) -> geo.Bounds:
    w, s, e, n = box
    dx, dy = (e - w) * share, (n - s) * share
    return w - dx, s - dy, e + dx, n + dy

