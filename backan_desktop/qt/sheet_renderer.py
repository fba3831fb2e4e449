"""One renderer for fact sheets: the same code paints into a QPdfWriter (export), a QPrinter
(printing) and the print-preview dialog.

Layout happens in two passes: blocks are measured and split into pages first (so the footer can
say "page n of N"), then painted. Coordinates are device units; sizes are given in points and
multiplied by ``unit`` (device units per point).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPen

from ..core.sheets import Sheet, TableBlock
from ..core.texts import t
from .chart_painter import INK, MUTED, paint_chart
from .fonts import sheet_font

PAPERS = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
}
BAND = QColor("#1f4e79")
TILE = QColor("#eef3f8")
RULE = QColor("#c4ceda")
WRAP = Qt.TextFlag.TextWordWrap


def page_layout(paper: str = "A4") -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)), QPageLayout.Orientation.Portrait,
                       QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter)


Op = Callable[[QPainter, float], None]


@dataclass
class _Page:
    ops: list[Op] = field(default_factory=list)


class SheetRenderer:
    """Lays out and paints sheets on one paged device. Use :meth:`render` for a whole document."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter):
        self.device = device
        self.p = painter
        self.dpi = device.logicalDpiY() or 72
        self.u = self.dpi / 72.0
        full = device.pageLayout().paintRectPixels(device.resolution()) if hasattr(device, "resolution") else None
        if full is None or full.isEmpty():
            full = device.pageLayout().paintRectPixels(int(self.dpi))
        # the painter's origin is the paint rect's top-left
        self.width = full.width()
        self.height = full.height()

    # -- measuring --------------------------------------------------------------------------
    def fm(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        if not text:
            return 0.0
        r = self.fm(font).boundingRect(QRectF(0, 0, width, 1e7), int(WRAP | Qt.AlignmentFlag.AlignLeft), text)
        return r.height()

    # -- pagination -------------------------------------------------------------------------------
    def layout(self, sheet: Sheet) -> list[_Page]:
        u = self.u
        pages = [_Page()]
        header_h = self._header_height(first=True)
        footer_h = 22 * u
        top = header_h + 6 * u
        bottom = self.height - footer_h
        y = top
        lang = sheet.lang

        def new_page() -> float:
            pages.append(_Page())
            return self._header_height(first=False) + 6 * u

        def place(height: float, op: Callable[[QPainter, float], None], keep: float = 0.0) -> None:
            nonlocal y
            if y + max(height, keep) > bottom and y > top + 1:
                y = new_page()
            yy = y
            pages[-1].ops.append(lambda p, _y=yy, _op=op: _op(p, _y))
            y += height

        # intro text
        body = sheet_font(9)
        for para in sheet.intro:
            h = self.text_height(para, body, self.width)
            place(h + 4 * u, lambda p, yy, para=para: self._text(p, QRectF(0, yy, self.width, 1e6), para, body, INK))

        # KPI tiles: three per row
        if sheet.kpis:
            cols = 3
            gap = 6 * u
            tw = (self.width - gap * (cols - 1)) / cols
            for start in range(0, len(sheet.kpis), cols):
                row = sheet.kpis[start:start + cols]
                th = max(self._kpi_height(k, tw) for k in row)
                def draw_row(p, yy, row=row, th=th, tw=tw):
                    for i, k in enumerate(row):
                        self._kpi(p, QRectF(i * (tw + gap), yy, tw, th), k)
                place(th + gap, draw_row)

        # charts: two per row on A4/Letter, one per row on narrow paper
        if sheet.charts:
            per_row = 2 if self.width > 400 * u else 1
            gap = 8 * u
            cw = (self.width - gap * (per_row - 1)) / per_row
            ch = cw * 0.62
            title_font = sheet_font(9, bold=True)
            for start in range(0, len(sheet.charts), per_row):
                row = sheet.charts[start:start + per_row]
                title_h = max(self.text_height(self._chart_title(c), title_font, cw) for c in row)
                def draw_charts(p, yy, row=row, cw=cw, ch=ch, title_h=title_h):
                    for i, c in enumerate(row):
                        x = i * (cw + gap)
                        self._text(p, QRectF(x, yy, cw, title_h), self._chart_title(c), title_font, INK)
                        paint_chart(p, c, QRectF(x, yy + title_h + 2 * u, cw, ch), u)
                place(title_h + ch + 10 * u, draw_charts)

        # tables, split across pages with repeated headers
        for tb in sheet.tables:
            y = self._place_table(tb, pages, y, top, bottom, new_page, lang)

        # notes and sources
        small = sheet_font(7)
        if sheet.footnotes:
            head = sheet_font(8.5, bold=True)
            place(self.text_height("X", head, self.width) + 2 * u,
                  lambda p, yy: self._text(p, QRectF(0, yy, self.width, 1e6), t("notes", lang), head, INK),
                  keep=40 * u)
            for note in sheet.footnotes:
                h = self.text_height(note, small, self.width)
                place(h + 2 * u, lambda p, yy, note=note: self._text(p, QRectF(0, yy, self.width, 1e6), note, small, MUTED))
            y += 4 * u
        if sheet.sources:
            head = sheet_font(8.5, bold=True)
            url = sheet.main_source_url
            qr = 56 * u if url else 0.0
            head_h = self.text_height("X", head, self.width) + 2 * u
            place(head_h, lambda p, yy: self._text(p, QRectF(0, yy, self.width, 1e6), t("sources", lang), head, INK),
                  keep=head_h + qr + 30 * u)
            if url:
                place(qr + 6 * u, lambda p, yy: self._qr_block(p, yy, qr, url, lang))
            for s in sheet.sources:
                line = f"[{s.number}] {s.text}" + (f" {s.url}" if s.url else "")
                h = self.text_height(line, small, self.width)
                place(h + 1.5 * u, lambda p, yy, line=line: self._text(p, QRectF(0, yy, self.width, 1e6), line, small, INK))
        return pages

    def _qr_block(self, p: QPainter, y: float, size: float, url: str, lang: str) -> None:
        """A QR code of the main source's address, drawn as vector squares (no image)."""
        import segno

        qr = segno.make(url, error="m")
        rows = list(qr.matrix_iter(border=0))
        n = len(rows)
        cell = size / n
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("black"))
        for r, row in enumerate(rows):
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    p.drawRect(QRectF(start * cell, y + r * cell, (c - start) * cell + 0.01, cell + 0.01))
                else:
                    c += 1
        p.restore()
        small = sheet_font(7)
        self._text(p, QRectF(size + 8 * self.u, y, self.width - size - 8 * self.u, size),
                   t("qr_caption", lang) + "\n" + url, small, MUTED)

    def _place_table(self, tb: TableBlock, pages, y, top, bottom, new_page, lang) -> float:
        u = self.u
        font = sheet_font(7.5)
        bold = sheet_font(7.5, bold=True)
        title_font = sheet_font(9.5, bold=True)
        widths = self._column_widths(tb, font, bold)
        pad = 2.2 * u

        def row_height(cells, f) -> float:
            return max(self.text_height(c or " ", f, w - 2 * pad) for c, w in zip(cells, widths)) + 2 * pad

        head_h = row_height(tb.columns, bold)
        title_h = self.text_height(tb.title, title_font, self.width) + 3 * u
        first = True
        i = 0
        rows = tb.rows
        while i < len(rows) or first:
            if y + title_h + head_h + (row_height(rows[i], font) if i < len(rows) else 0) > bottom and y > top + 1:
                y = new_page()
            title = tb.title + ("" if first else " " + t("continued", lang))
            yy = y
            pages[-1].ops.append(lambda p, yy=yy, title=title: self._text(p, QRectF(0, yy, self.width, 1e6), title, title_font, INK))
            y += title_h
            yy = y
            pages[-1].ops.append(lambda p, yy=yy: self._table_row(p, yy, tb.columns, widths, head_h, bold, tb.numeric, header=True))
            y += head_h
            first = False
            while i < len(rows):
                h = row_height(rows[i], font)
                if y + h > bottom:
                    yy = y
                    pages[-1].ops.append(lambda p, yy=yy: self._text(
                        p, QRectF(0, yy + 1 * u, self.width, 12 * u), t("continues", lang), sheet_font(7, italic=True), MUTED,
                        Qt.AlignmentFlag.AlignRight))
                    y = new_page()
                    break
                yy = y
                shade = i % 2 == 1
                pages[-1].ops.append(lambda p, yy=yy, r=rows[i], h=h, shade=shade: self._table_row(
                    p, yy, r, widths, h, font, tb.numeric, shade=shade))
                y += h
                i += 1
            else:
                break
        if tb.note:
            small = sheet_font(7, italic=True)
            h = self.text_height(tb.note, small, self.width)
            if y + h > bottom:
                y = new_page()
            yy = y
            pages[-1].ops.append(lambda p, yy=yy: self._text(p, QRectF(0, yy + 1.5 * u, self.width, 1e6), tb.note, small, MUTED))
            y += h + 1.5 * u
        return y + 8 * u

    def _column_widths(self, tb: TableBlock, font: QFont, bold: QFont) -> list[float]:
        fm, fmb = self.fm(font), self.fm(bold)
        pad = 4.4 * self.u
        n = len(tb.columns)
        natural = [fmb.horizontalAdvance(c) + pad for c in tb.columns]
        sample = tb.rows[:400]
        for r in sample:
            for j, c in enumerate(r[:n]):
                natural[j] = max(natural[j], fm.horizontalAdvance(c) + pad)
        minimum = [min(nat, max(fmb.horizontalAdvance(max(h.split() or [""], key=len)) + pad, 28 * self.u))
                   for nat, h in zip(natural, tb.columns)]
        total = sum(natural)
        if total <= self.width:
            extra = (self.width - total) / n
            return [w + extra for w in natural]
        # like an HTML auto table: every column gets its minimum, the rest is shared by want
        base = sum(minimum)
        if base >= self.width:
            return [m * self.width / base for m in minimum]
        want = [nat - m for nat, m in zip(natural, minimum)]
        spare = self.width - base
        total_want = sum(want) or 1.0
        return [m + spare * w / total_want for m, w in zip(minimum, want)]

    # -- painting ------------------------------------------------------------------------------
    def _text(self, p: QPainter, rect: QRectF, text: str, font: QFont, color: QColor,
              align=Qt.AlignmentFlag.AlignLeft) -> None:
        p.setFont(font)
        p.setPen(color)
        p.drawText(rect, int(WRAP | align | Qt.AlignmentFlag.AlignTop), text)

    def _chart_title(self, c) -> str:
        refs = ",".join(str(r) for r in c.refs)
        return f"{c.title} [{refs}]" if refs else c.title

    def _kpi_height(self, k, w: float) -> float:
        u = self.u
        pad = 5 * u
        inner = w - 2 * pad
        h = self.text_height(k.label, sheet_font(7.5), inner)
        h += self.text_height(k.value + k.mark, sheet_font(14, bold=True), inner) + 1 * u
        h += self.text_height(self._kpi_sub(k), sheet_font(7), inner)
        return h + 2 * pad

    def _kpi_sub(self, k) -> str:
        refs = ",".join(str(r) for r in k.refs)
        parts = [k.period]
        if k.change:
            parts.append(k.change)
        return " · ".join(parts) + f"  [{refs}]"

    def _kpi(self, p: QPainter, r: QRectF, k) -> None:
        u = self.u
        pad = 5 * u
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TILE)
        p.drawRoundedRect(r, 3 * u, 3 * u)
        p.setBrush(BAND)
        p.drawRect(QRectF(r.left(), r.top(), 2 * u, r.height()))
        inner = QRectF(r.left() + pad, r.top() + pad, r.width() - 2 * pad, r.height() - 2 * pad)
        label_font, value_font, sub_font = sheet_font(7.5), sheet_font(14, bold=True), sheet_font(7)
        y = inner.top()
        self._text(p, QRectF(inner.left(), y, inner.width(), 1e6), k.label, label_font, MUTED)
        y += self.text_height(k.label, label_font, inner.width())
        self._text(p, QRectF(inner.left(), y, inner.width(), 1e6), k.value + k.mark, value_font, INK)
        y += self.text_height(k.value + k.mark, value_font, inner.width()) + 1 * u
        self._text(p, QRectF(inner.left(), y, inner.width(), 1e6), self._kpi_sub(k), sub_font, MUTED)

    def _table_row(self, p: QPainter, y: float, cells, widths, h, font, numeric, header=False, shade=False) -> None:
        u = self.u
        pad = 2.2 * u
        if header:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#dde6f0"))
            p.drawRect(QRectF(0, y, sum(widths), h))
        elif shade:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#f6f8fb"))
            p.drawRect(QRectF(0, y, sum(widths), h))
        x = 0.0
        for j, (cell, w) in enumerate(zip(cells, widths)):
            align = Qt.AlignmentFlag.AlignRight if (j < len(numeric) and numeric[j] and not header) else Qt.AlignmentFlag.AlignLeft
            self._text(p, QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), cell, font, INK, align)
            x += w
        p.setPen(QPen(RULE, 0.4 * u))
        p.drawLine(QRectF(0, y + h, sum(widths), 0).topLeft(), QRectF(0, y + h, sum(widths), 0).topRight())

    def _header_height(self, first: bool) -> float:
        return (44 if first else 22) * self.u

    def _header(self, p: QPainter, sheet: Sheet, first: bool) -> None:
        u = self.u
        h = self._header_height(first)
        band = QRectF(0, 0, self.width, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAND)
        p.drawRect(band)
        white = QColor("white")
        pad = 7 * u
        if first:
            self._text(p, QRectF(pad, pad - 1 * u, self.width - 2 * pad, 12 * u), sheet.province.upper() + " · " + t("merger_short", sheet.lang),
                       sheet_font(7.5, bold=True), QColor("#cfe0f1"))
            self._text(p, QRectF(pad, pad + 9 * u, self.width * 0.7, 22 * u), sheet.title, sheet_font(17, bold=True), white)
            if sheet.data_as_of:
                self._text(p, QRectF(self.width * 0.6, pad + 15 * u, self.width * 0.4 - pad, 12 * u),
                           f"{t('data_as_of', sheet.lang)}: {sheet.data_as_of}", sheet_font(8), white, Qt.AlignmentFlag.AlignRight)
        else:
            self._text(p, QRectF(pad, 5 * u, self.width - 2 * pad, 14 * u), f"{sheet.title} — {sheet.province}",
                       sheet_font(10, bold=True), white)

    def _footer(self, p: QPainter, sheet: Sheet, n: int, total: int) -> None:
        u = self.u
        y = self.height - 18 * u
        p.setPen(QPen(RULE, 0.5 * u))
        p.drawLine(QRectF(0, y, self.width, 0).topLeft(), QRectF(0, y, self.width, 0).topRight())
        small = sheet_font(6.5)
        page = t("page", sheet.lang, n=n, total=total)
        pw = self.fm(small).horizontalAdvance(page) + 6 * u
        self._text(p, QRectF(0, y + 2 * u, self.width - pw, 16 * u), sheet.merger_note + " " + t("footer", sheet.lang), small, MUTED)
        self._text(p, QRectF(self.width - pw, y + 2 * u, pw, 10 * u), page, small, MUTED, Qt.AlignmentFlag.AlignRight)

    def render(self, sheets: list[Sheet], contents: bool = False, progress=None, cancel=None) -> int:
        """Paint every sheet, each starting on a new page; with ``contents`` a contents page comes
        first and page numbers run through the whole booklet. Returns the number of pages."""
        from .pdf import Cancelled

        plans = []
        for sheet in sheets:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            plans.append((sheet, self.layout(sheet)))
        total = sum(len(pages) for _, pages in plans) + (1 if contents else 0)
        count = 0
        if contents:
            self._contents_page(plans)
            count = 1
        for si, (sheet, pages) in enumerate(plans):
            for pi, page in enumerate(pages):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if count > 0:
                    self.device.newPage()
                self._header(self.p, sheet, first=pi == 0)
                for op in page.ops:
                    op(self.p)
                if contents:
                    self._footer(self.p, sheet, count + 1, total)
                else:
                    self._footer(self.p, sheet, pi + 1, len(pages))
                count += 1
            if progress is not None:
                progress(si + 1, len(plans), sheet.title)
        return count

    def _contents_page(self, plans) -> None:
        u = self.u
        first = plans[0][0]
        lang = first.lang
        white = QColor("white")
        pad = 14 * u
        title_font = sheet_font(22, bold=True)
        title = t("handout_title", lang)
        title_h = self.text_height(title, title_font, self.width - 2 * pad)
        band_h = pad + 18 * u + title_h + 34 * u
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(BAND)
        self.p.drawRect(QRectF(0, 0, self.width, band_h))
        self._text(self.p, QRectF(pad, pad, self.width - 2 * pad, 14 * u), first.province.upper(), sheet_font(9, bold=True), QColor("#cfe0f1"))
        self._text(self.p, QRectF(pad, pad + 18 * u, self.width - 2 * pad, title_h), title, title_font, white)
        self._text(self.p, QRectF(pad, pad + 24 * u + title_h, self.width - 2 * pad, 20 * u),
                   t("handout_sub", lang) + (f" · {t('data_as_of', lang)}: {first.data_as_of}" if first.data_as_of else ""),
                   sheet_font(10), white)
        y = band_h + 30 * u
        self._text(self.p, QRectF(0, y, self.width, 20 * u), t("contents", lang), sheet_font(14, bold=True), INK)
        y += 26 * u
        page_no = 2
        font = sheet_font(11)
        fm = self.fm(font)
        for sheet, pages in plans:
            num = str(page_no)
            self._text(self.p, QRectF(0, y, self.width - 40 * u, 18 * u), sheet.title, font, INK)
            self._text(self.p, QRectF(self.width - 40 * u, y, 40 * u, 18 * u), num, font, INK, Qt.AlignmentFlag.AlignRight)
            self.p.setPen(QPen(RULE, 0.5 * u, Qt.PenStyle.DotLine))
            x0 = fm.horizontalAdvance(sheet.title) + 6 * u
            x1 = self.width - fm.horizontalAdvance(num) - 6 * u
            if x1 > x0:
                self.p.drawLine(QRectF(x0, y + fm.ascent(), 0, 0).topLeft(), QRectF(x1, y + fm.ascent(), 0, 0).topLeft())
            y += 22 * u
            page_no += len(pages)
        y += 12 * u
        self._text(self.p, QRectF(0, y, self.width, 60 * u), first.merger_note, sheet_font(9), MUTED)
        self._text(self.p, QRectF(0, self.height - 30 * u, self.width, 30 * u), t("footer", lang), sheet_font(7), MUTED)
