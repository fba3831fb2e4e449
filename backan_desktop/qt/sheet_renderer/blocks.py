"""The blocks of a sheet other than tables, placed down a :class:`~.flow.Flow`: the intro, the
headline-figure tiles, the charts, the notes and the sources with the main source's QR code."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPolygonF

from ...core.sheets import Chart, Kpi, Sheet, tile_rows
from ...core.texts import t
from ..chart_painter import INK, MUTED, paint_chart
from ..fonts import sheet_font
from .canvas import BAND, BODY, SMALL, TILE, Canvas
from .flow import Flow

UP = DOWN = QColor("#1f4e79")     # the arrow of a rise or a fall: one colour, a fall is not always bad


def place_intro(c: Canvas, flow: Flow, intro: list[str]) -> None:
    u = c.u
    body = sheet_font(BODY)
    for para in intro:
        h = c.text_height(para, body, c.width)
        flow.place(h + 4 * u, lambda p, yy, para=para: c.text(p, QRectF(0, yy, c.width, 1e6), para, body, INK))


# -- headline figures ---------------------------------------------------------------------------
def place_kpis(c: Canvas, flow: Flow, kpis: list[Kpi], step_gap: float) -> None:
    """Tiles at most three per row, two on narrow paper, in rows as even as they can be (five tiles
    are 3 + 2, four are 2 + 2, never a row with an empty slot); each row fills the width exactly,
    ``step_gap`` apart, and is as tall as its tallest tile."""
    if not kpis:
        return
    u = c.u
    gap = 6 * u
    for row in tile_rows(kpis, 3 if c.wide else 2):
        tw = (c.width - step_gap * (len(row) - 1)) / len(row)
        th = max(_kpi_height(c, k, tw) for k in row)

        def draw_row(p, yy, row=row, th=th, tw=tw):
            for i, k in enumerate(row):
                _paint_kpi(c, p, QRectF(i * (tw + step_gap), yy, tw, th), k)
        flow.place(th + gap, draw_row)


def _kpi_value_font(c: Canvas) -> QFont:
    return sheet_font(14 if c.wide else 12, bold=True)


def _kpi_sub(k: Kpi) -> str:
    refs = ",".join(str(r) for r in k.refs)
    return f"{k.period}  [{refs}]"


ARROWS = {"▲": 1, "▼": -1}          # the change's direction, drawn as a triangle (the sheet font has none)


def _kpi_lines(k: Kpi) -> list[tuple[str, bool, int]]:
    """The small lines under a tile's figure: (text, italic, arrow direction or 0)."""
    lines = [(_kpi_sub(k), False, 0)]
    if k.change:
        direction = ARROWS.get(k.change[:1], 0)
        lines.append((k.change[1:].lstrip() if direction else k.change, False, direction))
    if k.earlier:
        lines.append((k.earlier, True, 0))
    return lines


def _kpi_height(c: Canvas, k: Kpi, w: float) -> float:
    u = c.u
    pad = 5 * u
    inner = w - 2 * pad
    h = c.text_height(k.label, sheet_font(SMALL), inner)
    h += c.text_height(k.value + k.mark, _kpi_value_font(c), inner) + 1 * u
    for text, italic, arrow in _kpi_lines(k):
        h += c.text_height(text, sheet_font(SMALL, italic=italic), inner - (_ARROW_W * u if arrow else 0)) + 0.5 * u
    return h + 2 * pad


_ARROW_W = 7.0          # points the arrow and its gap take before the change


def _paint_kpi(c: Canvas, p: QPainter, r: QRectF, k: Kpi) -> None:
    u = c.u
    pad = 5 * u
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TILE)
    p.drawRoundedRect(r, 3 * u, 3 * u)
    p.setBrush(BAND)
    p.drawRect(QRectF(r.left(), r.top(), 2 * u, r.height()))
    inner = QRectF(r.left() + pad, r.top() + pad, r.width() - 2 * pad, r.height() - 2 * pad)
    label_font, value_font = sheet_font(SMALL), _kpi_value_font(c)
    y = inner.top()
    c.text(p, QRectF(inner.left(), y, inner.width(), 1e6), k.label, label_font, MUTED)
    y += c.text_height(k.label, label_font, inner.width())
    c.text(p, QRectF(inner.left(), y, inner.width(), 1e6), k.value + k.mark, value_font, INK)
    y += c.text_height(k.value + k.mark, value_font, inner.width()) + 1 * u
    for text, italic, arrow in _kpi_lines(k):
        font = sheet_font(SMALL, italic=italic)
        x = inner.left() + (_ARROW_W * u if arrow else 0)
        if arrow:
            _paint_arrow(p, QRectF(inner.left(), y, _ARROW_W * u, c.fm(font).height()), arrow, u)
        c.text(p, QRectF(x, y, inner.right() - x, 1e6), text, font, MUTED)
        y += c.text_height(text, font, inner.right() - x) + 0.5 * u


def _paint_arrow(p: QPainter, r: QRectF, direction: int, u: float) -> None:
    """A small filled triangle pointing up (a rise) or down (a fall), centred on the first line of ``r``."""
    cx, cy, s = r.left() + 2.6 * u, r.center().y(), 2.4 * u
    tip, base = cy - direction * s, cy + direction * s
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(UP if direction > 0 else DOWN)
    p.drawPolygon(QPolygonF([QPointF(cx, tip), QPointF(cx - s, base), QPointF(cx + s, base)]))
    p.restore()


# -- charts ---------------------------------------------------------------------------------------
def _chart_title(chart: Chart) -> str:
    refs = ",".join(str(r) for r in chart.refs)
    return f"{chart.title} [{refs}]" if refs else chart.title


TALLEST = 0.9          # a chart's greatest height for its width, two charts to a row (A4, Letter)
TALLEST_ALONE = 0.7    # and one to a row (A5)


def place_charts(c: Canvas, flow: Flow, charts: list[Chart], scale: float = 1.0) -> None:
    """Two per row on A4/Letter, one per row (flatter) on A5; a chart alone in its row takes the
    width. ``scale``: taller or flatter charts, to fill a sheet's pages (SheetRenderer.pages)."""
    if not charts:
        return
    u = c.u
    per_row = 2 if c.wide else 1       # half an A5 is too narrow for axis labels and legends
    gap = 8 * u
    cw = (c.width - gap * (per_row - 1)) / per_row
    # taller charts stop at an aspect still read as a chart (a plot about as tall as wide), not a column
    ch = cw * min((0.62 if c.wide else 0.5) * scale, TALLEST if c.wide else TALLEST_ALONE)
    title_font = sheet_font(9, bold=True)
    take_font = sheet_font(SMALL, italic=True)
    caption_font = sheet_font(SMALL)
    for start in range(0, len(charts), per_row):
        row = charts[start:start + per_row]
        w = cw if len(row) == per_row else c.width
        title_h = max(c.text_height(_chart_title(chart), title_font, w) for chart in row)
        take_h = max(c.text_height(chart.takeaway, take_font, w) for chart in row)
        take_h += 1.5 * u if take_h else 0.0
        caption_h = max(c.text_height(chart.caption, caption_font, w) for chart in row)

        # a caption takes its lines from the plot's height: the row is as tall with it as without
        def draw_charts(p, yy, row=row, w=w, h=ch - caption_h, title_h=title_h, take_h=take_h, caption_h=caption_h):
            for i, chart in enumerate(row):
                x = i * (w + gap)
                c.text(p, QRectF(x, yy, w, title_h), _chart_title(chart), title_font, INK)
                c.text(p, QRectF(x, yy + title_h, w, take_h), chart.takeaway, take_font, MUTED)
                paint_chart(p, chart, QRectF(x, yy + title_h + take_h + 2 * u, w, h), u)
                if chart.caption:
                    c.text(p, QRectF(x, yy + title_h + take_h + 3 * u + h, w, caption_h), chart.caption, caption_font,
                           INK)
        flow.place(title_h + take_h + ch + 10 * u, draw_charts)


# -- notes and sources ----------------------------------------------------------------------------
def place_notes_and_sources(c: Canvas, flow: Flow, sheet: Sheet) -> None:
    """Each block moves whole to the next page when it does not fit (unless it is longer than a
    page), so the back of a sheet never starts with a stray line. The QR code of the main source
    goes on a sheet's front, not on its appendix."""
    u = c.u
    lang = sheet.lang
    small = sheet_font(SMALL)
    room = flow.bottom - flow.next_top
    head = sheet_font(8.5, bold=True)
    head_h = c.text_height("X", head, c.width) + 2 * u
    if sheet.footnotes:
        heights = [c.text_height(note, small, c.width) + 2 * u for note in sheet.footnotes]
        block = head_h + sum(heights)
        flow.place(head_h, lambda p, yy: c.text(p, QRectF(0, yy, c.width, 1e6), t("notes", lang), head, INK),
                   keep=block if block <= room else 40 * u)
        for note, h in zip(sheet.footnotes, heights):
            flow.place(h, lambda p, yy, note=note: c.text(p, QRectF(0, yy, c.width, 1e6), note, small, MUTED))
        flow.y += 4 * u
    if sheet.sources:
        url = "" if sheet.appendix else sheet.main_source_url
        qr = 56 * u if url else 0.0
        lines = [f"[{s.number}] {s.text}" + (f" {s.url}" if s.url else "") for s in sheet.sources]
        heights = [c.text_height(line, small, c.width) + 1.5 * u for line in lines]
        block = head_h + (qr + 6 * u if url else 0.0) + sum(heights)
        flow.place(head_h, lambda p, yy: c.text(p, QRectF(0, yy, c.width, 1e6), t("sources", lang), head, INK),
                   keep=block if block <= room else head_h + qr + 30 * u)
        if url:
            flow.place(qr + 6 * u, lambda p, yy: _paint_qr(c, p, yy, qr, url, lang))
        for line, h in zip(lines, heights):
            flow.place(h, lambda p, yy, line=line: c.text(p, QRectF(0, yy, c.width, 1e6), line, small, INK))


def _paint_qr(c: Canvas, p: QPainter, y: float, size: float, url: str, lang: str) -> None:
    """A QR code of the main source's address, drawn as vector squares (no image), and its caption."""
    import segno

    qr = segno.make(url, error="m")
    rows = list(qr.matrix_iter(border=0))
    n = len(rows)
    cell = size / n
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("black"))
    for r, row in enumerate(rows):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                p.drawRect(QRectF(start * cell, y + r * cell, (col - start) * cell + 0.01, cell + 0.01))
            else:
                col += 1
    p.restore()
    small = sheet_font(SMALL)
    c.text(p, QRectF(size + 8 * c.u, y, c.width - size - 8 * c.u, size), t("qr_caption", lang) + "\n" + url, small, MUTED)
