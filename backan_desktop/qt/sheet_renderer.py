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
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPen,
                           QTextLayout, QTextOption)

from ..core.problems import Cancelled
from ..core.sheets import FRONT_PAGES, Sheet, TableBlock, print_sheets
from ..core.texts import t
from .chart_painter import INK, MUTED, paint_chart
from .fonts import sheet_font

PAPERS = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
}
# Type sizes in points. Nothing a reader must read is smaller than SMALL on paper.
SMALL = 7.5          # tables, notes, sources, tile labels, footer
BODY = 9             # intro
BAND = QColor("#1f4e79")
TILE = QColor("#eef3f8")
RULE = QColor("#c4ceda")
WRAP = Qt.TextFlag.TextWordWrap
LONG_WORD = 16       # characters; a longer token in a table cell may be broken to fit its column


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

    @staticmethod
    def cell_option(align, numeric: bool = False) -> QTextOption:
        """Table cells wrap at word boundaries, and inside a word (an id, an address) only when the
        word alone is wider than the cell; a number is never broken."""
        option = QTextOption(align | Qt.AlignmentFlag.AlignTop)
        option.setWrapMode(QTextOption.WrapMode.WordWrap if numeric else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return option

    def cell_height(self, text: str, font: QFont, width: float, numeric: bool = False) -> float:
        """Height of ``text`` laid out as :meth:`_table_row` paints it (QPainter.drawText with
        :meth:`cell_option`: lines of a QTextLayout with the font's leading between them)."""
        if not text:
            text = " "
        layout = QTextLayout(text, font, self.device)
        layout.setTextOption(self.cell_option(Qt.AlignmentFlag.AlignLeft, numeric))
        leading = max(0.0, self.fm(font).leading())
        height = 0.0
        layout.beginLayout()
        first = True
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            height += line.height() + (0.0 if first else leading)
            first = False
        layout.endLayout()
        return height

    # -- pagination -------------------------------------------------------------------------------
    def layout(self, sheet: Sheet) -> list[_Page]:
        u = self.u
        pages = [_Page()]
        header_h = self._header_height(first=True)
        footer_h = self._footer_height(sheet) + 4 * u
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
        body = sheet_font(BODY)
        for para in sheet.intro:
            h = self.text_height(para, body, self.width)
            place(h + 4 * u, lambda p, yy, para=para: self._text(p, QRectF(0, yy, self.width, 1e6), para, body, INK))

        # KPI tiles: three per row, two on narrow paper
        if sheet.kpis:
            cols = 3 if self.wide else 2
            gap = 6 * u
            tw = (self.width - gap * (cols - 1)) / cols
            for start in range(0, len(sheet.kpis), cols):
                row = sheet.kpis[start:start + cols]
                th = max(self._kpi_height(k, tw) for k in row)
                def draw_row(p, yy, row=row, th=th, tw=tw):
                    for i, k in enumerate(row):
                        self._kpi(p, QRectF(i * (tw + gap), yy, tw, th), k)
                place(th + gap, draw_row)

        # charts: two per row on A4/Letter, one per row (flatter) on A5
        if sheet.charts:
            per_row = 2 if self.wide else 1       # half an A5 is too narrow for axis labels and legends
            gap = 8 * u
            cw = (self.width - gap * (per_row - 1)) / per_row
            ch = cw * (0.62 if self.wide else 0.5)
            title_font = sheet_font(9, bold=True)
            for start in range(0, len(sheet.charts), per_row):
                row = sheet.charts[start:start + per_row]
                w = cw if len(row) == per_row else self.width      # a chart alone in its row takes the width
                title_h = max(self.text_height(self._chart_title(c), title_font, w) for c in row)

                def draw_charts(p, yy, row=row, w=w, ch=ch, title_h=title_h):
                    for i, c in enumerate(row):
                        x = i * (w + gap)
                        self._text(p, QRectF(x, yy, w, title_h), self._chart_title(c), title_font, INK)
                        paint_chart(p, c, QRectF(x, yy + title_h + 2 * u, w, ch), u)
                place(title_h + ch + 10 * u, draw_charts)

        # tables, split across pages with repeated headers
        for tb in sheet.tables:
            y = self._place_table(tb, pages, y, top, bottom, new_page, lang)

        # notes and sources: each block moves whole to the next page when it does not fit (unless it
        # is longer than a page), so the back of a sheet never starts with a stray line
        small = sheet_font(SMALL)
        room = bottom - (self._header_height(first=False) + 6 * u)
        head = sheet_font(8.5, bold=True)
        head_h = self.text_height("X", head, self.width) + 2 * u
        if sheet.footnotes:
            heights = [self.text_height(note, small, self.width) + 2 * u for note in sheet.footnotes]
            block = head_h + sum(heights)
            place(head_h, lambda p, yy: self._text(p, QRectF(0, yy, self.width, 1e6), t("notes", lang), head, INK),
                  keep=block if block <= room else 40 * u)
            for note, h in zip(sheet.footnotes, heights):
                place(h, lambda p, yy, note=note: self._text(p, QRectF(0, yy, self.width, 1e6), note, small, MUTED))
            y += 4 * u
        if sheet.sources:
            url = "" if sheet.appendix else sheet.main_source_url      # the QR belongs to the sheet's front
            qr = 56 * u if url else 0.0
            lines = [f"[{s.number}] {s.text}" + (f" {s.url}" if s.url else "") for s in sheet.sources]
            heights = [self.text_height(line, small, self.width) + 1.5 * u for line in lines]
            block = head_h + (qr + 6 * u if url else 0.0) + sum(heights)
            place(head_h, lambda p, yy: self._text(p, QRectF(0, yy, self.width, 1e6), t("sources", lang), head, INK),
                  keep=block if block <= room else head_h + qr + 30 * u)
            if url:
                place(qr + 6 * u, lambda p, yy: self._qr_block(p, yy, qr, url, lang))
            for line, h in zip(lines, heights):
                place(h, lambda p, yy, line=line: self._text(p, QRectF(0, yy, self.width, 1e6), line, small, INK))
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
        small = sheet_font(SMALL)
        self._text(p, QRectF(size + 8 * self.u, y, self.width - size - 8 * self.u, size),
                   t("qr_caption", lang) + "\n" + url, small, MUTED)

    def _place_table(self, tb: TableBlock, pages, y, top, bottom, new_page, lang) -> float:
        u = self.u
        font = sheet_font(SMALL)
        bold = sheet_font(SMALL, bold=True)
        title_font = sheet_font(9.5, bold=True)
        widths = self._column_widths(tb, font, bold)
        pad = 2.2 * u

        def row_height(cells, f, header=False) -> float:
            return max(self.cell_height(c, f, w - 2 * pad, num and not header)
                       for c, w, num in zip(cells, widths, numeric)) + 2 * pad

        numeric = list(tb.numeric) + [False] * (len(tb.columns) - len(tb.numeric))

        head_h = row_height(tb.columns, bold, header=True)
        title_h = self.text_height(tb.title, title_font, self.width) + 3 * u
        first = True
        i = 0
        rows = tb.rows
        more_font = sheet_font(SMALL, italic=True)
        more_h = self.text_height(t("continues", lang), more_font, self.width) + 1 * u
        while i < len(rows) or first:
            # a table (or its continuation) starts with at least three rows on the page, not one orphan
            lead = sum(row_height(r, font) for r in rows[i:i + 3])
            if y + title_h + head_h + lead + (more_h if i + 3 < len(rows) else 0) > bottom and y > top + 1:
                y = new_page()
            title = tb.title + ("" if first else " " + t("continued", lang))
            yy = y
            pages[-1].ops.append(lambda p, yy=yy, title=title: self._text(p, QRectF(0, yy, self.width, 1e6), title, title_font, INK))
            y += title_h
            yy = y
            pages[-1].ops.append(lambda p, yy=yy: self._table_row(p, yy, tb.columns, widths, head_h, bold, tb.numeric, header=True))
            y += head_h
            first = False
            placed = 0
            while i < len(rows):
                h = row_height(rows[i], font)
                # a row taller than a whole page still goes on its own page (cut at the bottom) rather than
                # moving on for ever
                if placed and y + h + (more_h if i + 1 < len(rows) else 0) > bottom:
                    yy = y
                    pages[-1].ops.append(lambda p, yy=yy: self._text(
                        p, QRectF(0, yy + 1 * u, self.width, more_h), t("continues", lang), more_font, MUTED,
                        Qt.AlignmentFlag.AlignRight))
                    y = new_page()
                    break
                yy = y
                shade = i % 2 == 1
                pages[-1].ops.append(lambda p, yy=yy, r=rows[i], h=h, shade=shade: self._table_row(
                    p, yy, r, widths, h, font, tb.numeric, shade=shade))
                y += h
                i += 1
                placed += 1
            else:
                break
        if tb.note:
            small = sheet_font(SMALL, italic=True)
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
        numeric = [j < len(tb.numeric) and tb.numeric[j] for j in range(n)]
        # the longest word of a column (a number, a name) is not broken: it sets the column's minimum;
        # longer tokens (addresses, ids) may break anywhere (see cell_option)
        word = [max(fmb.horizontalAdvance(max(h.split() or [""], key=len)) + pad, 28 * self.u) for h in tb.columns]
        # a spread of at most ~1,000 rows, with the first and the last (numbers grow down long listings)
        step = max(1, len(tb.rows) // 1000)
        sample = tb.rows[::step] + tb.rows[-1:]
        for r in sample:
            for j, c in enumerate(r[:n]):
                natural[j] = max(natural[j], fm.horizontalAdvance(c) + pad)
                words = [x for x in c.split() if numeric[j] or len(x) <= LONG_WORD]
                if words:
                    word[j] = max(word[j], fm.horizontalAdvance(max(words, key=len)) + pad)
        minimum = [min(nat, w) for nat, w in zip(natural, word)]
        total = sum(natural)
        if total <= self.width:
            # spare width goes to the text columns, so numbers stay next to their headers
            text = [0.0 if numeric[j] or j == tb.source_column else natural[j] for j in range(n)]
            weight = sum(text) or float(n)
            extra = self.width - total
            return [w + extra * (text[j] if sum(text) else 1.0) / weight for j, w in enumerate(natural)]
        # like an HTML auto table: every column gets its minimum, the rest is shared by want
        base = sum(minimum)
        if base >= self.width:
            # too narrow for every longest word: cut the widest minimums down to a common level, so
            # short words ("province", a year) stay whole and only long ones (addresses) break
            lo, hi = 0.0, max(minimum)
            for _ in range(40):
                mid = (lo + hi) / 2
                if sum(min(m, mid) for m in minimum) > self.width:
                    hi = mid
                else:
                    lo = mid
            return [min(m, lo) for m in minimum]
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

    @property
    def wide(self) -> bool:
        """A4 and Letter; A5 is narrow (two tiles per row, smaller headline figures)."""
        return self.width > 400 * self.u

    def _kpi_value_font(self) -> QFont:
        return sheet_font(14 if self.wide else 12, bold=True)

    def _kpi_height(self, k, w: float) -> float:
        u = self.u
        pad = 5 * u
        inner = w - 2 * pad
        h = self.text_height(k.label, sheet_font(SMALL), inner)
        h += self.text_height(k.value + k.mark, self._kpi_value_font(), inner) + 1 * u
        h += self.text_height(self._kpi_sub(k), sheet_font(SMALL), inner)
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
        label_font, value_font, sub_font = sheet_font(SMALL), self._kpi_value_font(), sheet_font(SMALL)
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
            p.setFont(font)
            p.setPen(INK)
            p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), cell,
                       self.cell_option(align, j < len(numeric) and numeric[j] and not header))
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
        as_of = f"{t('data_as_of', sheet.lang)}: {sheet.data_as_of}" if sheet.data_as_of else ""
        meta = sheet_font(8)
        as_of_w = self.fm(meta).horizontalAdvance(as_of) + 2 * u if as_of else 0.0
        if first:
            self._text(p, QRectF(pad, pad - 1 * u, self.width - 2 * pad, 12 * u),
                       sheet.province.upper() + " · " + t("merger_short", sheet.lang),
                       sheet_font(SMALL, bold=True), QColor("#cfe0f1"))
            self._text(p, QRectF(pad, pad + 9 * u, self.width - 3 * pad - as_of_w, 22 * u), sheet.title,
                       sheet_font(17 if self.wide else 14, bold=True), white)
            if as_of:
                self._text(p, QRectF(self.width - pad - as_of_w, pad + 15 * u, as_of_w, 12 * u), as_of, meta, white,
                           Qt.AlignmentFlag.AlignRight)
        else:
            title = sheet_font(10, bold=True)
            text = self.fm(title).elidedText(f"{sheet.title} — {sheet.province}", Qt.TextElideMode.ElideRight,
                                             self.width - 3 * pad - as_of_w)
            self._text(p, QRectF(pad, 5 * u, self.width - 3 * pad - as_of_w, 14 * u), text, title, white)
            if as_of:
                self._text(p, QRectF(self.width - pad - as_of_w, 6.5 * u, as_of_w, 12 * u), as_of, meta, white,
                           Qt.AlignmentFlag.AlignRight)

    def _footer_parts(self, lang: str, merger_note: str) -> tuple[str, float, float]:
        """The footer's text, the width it wraps in and its height (the page number sits at its right)."""
        small = sheet_font(SMALL)
        page_w = self.fm(small).horizontalAdvance(t("page", lang, n=888, total=888)) + 6 * self.u
        text = merger_note + " " + t("footer", lang)
        return text, self.width - page_w, self.text_height(text, small, self.width - page_w)

    def _footer_height(self, sheet: Sheet) -> float:
        return self._footer_parts(sheet.lang, sheet.merger_note)[2] + 6 * self.u

    def _footer(self, p: QPainter, sheet: Sheet, n: int, total: int) -> None:
        u = self.u
        text, text_w, text_h = self._footer_parts(sheet.lang, sheet.merger_note)
        y = self.height - text_h - 3 * u
        p.setPen(QPen(RULE, 0.5 * u))
        p.drawLine(QRectF(0, y, self.width, 0).topLeft(), QRectF(0, y, self.width, 0).topRight())
        small = sheet_font(SMALL)
        self._text(p, QRectF(0, y + 2 * u, text_w, text_h + 2 * u), text, small, MUTED)
        self._text(p, QRectF(text_w, y + 2 * u, self.width - text_w, text_h + 2 * u), t("page", sheet.lang, n=n, total=total),
                   small, MUTED, Qt.AlignmentFlag.AlignRight)

    def fits(self, sheet: Sheet) -> bool:
        """Whether a printed front stays within FRONT_PAGES pages on this device."""
        return len(self.layout(sheet)) <= FRONT_PAGES

    def render(self, sheets: list[Sheet], contents: bool = False, appendix: bool = False, progress=None,
               cancel=None) -> int:
        """Paint sheets, each starting on a new page. Screen sheets are printed as their two-page
        front (:func:`~backan_desktop.core.sheets.fit_sheet`, measured on this device); with
        ``appendix`` each front is followed by its appendix, or with ``contents`` (a booklet: a
        contents page first, page numbers through the whole document) one appendix comes at the end.
        Page numbers run through a front and its appendix. Returns the number of pages."""

        def check():
            if cancel is not None and cancel.is_set():
                raise Cancelled()

        def fits(sheet: Sheet) -> bool:
            check()
            return self.fits(sheet)

        printed = print_sheets(sheets, fits, appendix=appendix, booklet=contents)
        plans = []
        for sheet in printed:
            check()
            plans.append((sheet, self.layout(sheet)))
        # page-number groups: the whole booklet, else each front with the appendix after it
        groups: list[int] = []
        for i, (sheet, _) in enumerate(plans):
            prev = plans[i - 1][0] if i else None
            joins = contents or (sheet.appendix and prev is not None and (prev.id, prev.lang) == (sheet.id, sheet.lang))
            groups.append(groups[-1] if joins and groups else len(set(groups)))
        size: dict[int, int] = {}
        for g, (_, pages) in zip(groups, plans):
            size[g] = size.get(g, 0) + len(pages)
        if contents and plans:
            size[0] = size.get(0, 0) + 1
        count = 0
        number: dict[int, int] = {}
        if contents and plans:
            self._contents_page(plans, size[0])
            count = number[0] = 1
        for si, ((sheet, pages), g) in enumerate(zip(plans, groups)):
            for pi, page in enumerate(pages):
                check()
                if count > 0:
                    self.device.newPage()
                self._header(self.p, sheet, first=pi == 0)
                for op in page.ops:
                    op(self.p)
                number[g] = number.get(g, 0) + 1
                self._footer(self.p, sheet, number[g], size[g])
                count += 1
            if progress is not None:
                progress(si + 1, len(plans), sheet.title)
        return count

    def _contents_page(self, plans, total: int) -> None:
        u = self.u
        first = plans[0][0]
        lang = first.lang
        white = QColor("white")
        pad = 14 * u
        title_font = sheet_font(22 if self.wide else 18, bold=True)
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
        y = band_h + 24 * u
        self._text(self.p, QRectF(0, y, self.width, 20 * u), t("contents", lang), sheet_font(14, bold=True), INK)
        y += 24 * u
        note_font = sheet_font(9)
        note_h = self.text_height(first.merger_note, note_font, self.width)
        room = self.height - self._footer_height(first) - y - note_h - 12 * u
        line = min(22 * u, room / max(1, len(plans)))
        font = sheet_font(11 if line >= 18 * u else 9)
        fm = self.fm(font)
        page_no = 2
        for sheet, pages in plans:
            num = str(page_no)
            self._text(self.p, QRectF(0, y, self.width - 40 * u, line), sheet.title, font, INK)
            self._text(self.p, QRectF(self.width - 40 * u, y, 40 * u, line), num, font, INK, Qt.AlignmentFlag.AlignRight)
            self.p.setPen(QPen(RULE, 0.5 * u, Qt.PenStyle.DotLine))
            x0 = fm.horizontalAdvance(sheet.title) + 6 * u
            x1 = self.width - fm.horizontalAdvance(num) - 6 * u
            if x1 > x0:
                self.p.drawLine(QRectF(x0, y + fm.ascent(), 0, 0).topLeft(), QRectF(x1, y + fm.ascent(), 0, 0).topLeft())
            y += line
            page_no += len(pages)
        y += 12 * u
        self._text(self.p, QRectF(0, y, self.width, note_h + 2 * u), first.merger_note, note_font, MUTED)
        self._footer(self.p, first, 1, total)
