"""Tables on paper: column widths from the cells' words, rows split across pages with the title
and the header row repeated, "continues" marks, the table's note."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ...core.sheets import TableBlock
from ...core.texts import t
from ..chart_painter import INK, MUTED
from ..fonts import sheet_font
from .canvas import RULE, SMALL, Canvas
from .flow import Flow

LONG_WORD = 16       # characters; a longer token in a table cell may be broken to fit its column
MIN_SIDE = 3         # rows a split table keeps on each side of a page break (no orphan, no widow) ...
MIN_PIECE = 0.2      # ... unless fewer already fill this share of a page (two tall listing rows on A5)
HEADER_FILL = QColor("#dde6f0")
SHADE_FILL = QColor("#f6f8fb")


def place_table(c: Canvas, flow: Flow, tb: TableBlock, lang: str) -> None:
    """Place ``tb`` at the flow's cursor; rows that do not fit continue on the next page under the
    title (marked continued) and the header row again. A split leaves at least MIN_SIDE rows on each
    side, or rows that fill MIN_PIECE of a page; a table too short for that moves whole to the next page."""
    u = c.u
    font = sheet_font(SMALL)
    bold = sheet_font(SMALL, bold=True)
    title_font = sheet_font(9.5, bold=True)
    widths = column_widths(c, tb, font, bold)
    pad = 2.2 * u

    def row_height(cells, f, header=False) -> float:
        return max(c.cell_height(cell, f, w - 2 * pad, num and not header)
                   for cell, w, num in zip(cells, widths, numeric)) + 2 * pad

    numeric = list(tb.numeric) + [False] * (len(tb.columns) - len(tb.numeric))

    head_h = row_height(tb.columns, bold, header=True)
    title_h = c.text_height(tb.title, title_font, c.width) + 3 * u
    rows = tb.rows
    heights = [row_height(r, font) for r in rows]
    more_font = sheet_font(SMALL, italic=True)
    more_h = c.text_height(t("continues", lang), more_font, c.width) + 1 * u
    per_page: list[int] = []
    piece_heights: list[float] = []
    flow.table_rows.append((tb.title, per_page, piece_heights))
    enough = MIN_PIECE * (flow.bottom - flow.next_top)

    def least(hs) -> int:
        """The fewest of these rows (at most MIN_SIDE) that make a piece worth a page break."""
        total = 0.0
        for n, h in enumerate(hs[:MIN_SIDE], start=1):
            total += h
            if total >= enough:
                return n
        return MIN_SIDE

    widow = least(heights[:-MIN_SIDE - 1:-1])

    def room(i: int, y: float) -> int:
        """How many rows from row ``i`` fit below ``y`` (with the "continues" mark when some remain)."""
        k = 0
        while i + k < len(rows):
            y += heights[i + k]
            if y + (more_h if i + k + 1 < len(rows) else 0) > flow.bottom:
                break
            k += 1
        return k

    i = 0
    while True:
        left = len(rows) - i
        k = room(i, flow.y + title_h + head_h)
        if k < left:
            k = min(k, left - widow)           # no widow: the next page gets a piece worth the break
        fresh = flow.y <= flow.pages[-1].top + 1
        if k < min(least(heights[i:i + MIN_SIDE]), left) and not fresh:
            flow.new_page()                    # no orphan: the table (or its rest) starts on the next page
            continue
        # on a fresh page at least one row, even one taller than the page (cut at the bottom)
        k = max(k, min(1, left))
        title = tb.title + ("" if not i else " " + t("continued", lang))
        flow.at(lambda p, yy, title=title: c.text(p, QRectF(0, yy, c.width, 1e6), title, title_font, INK))
        flow.y += title_h
        flow.at(lambda p, yy: paint_table_row(c, p, yy, tb.columns, widths, head_h, bold, tb.numeric, header=True))
        flow.y += head_h
        for j in range(i, i + k):
            flow.at(lambda p, yy, r=rows[j], h=heights[j], shade=j % 2 == 1: paint_table_row(
                c, p, yy, r, widths, h, font, tb.numeric, shade=shade))
            flow.y += heights[j]
        per_page.append(k)
        piece_heights.append(sum(heights[i:i + k]))
        i += k
        if i >= len(rows):
            break
        flow.at(lambda p, yy: c.text(p, QRectF(0, yy + 1 * u, c.width, more_h), t("continues", lang),
                                     more_font, MUTED, Qt.AlignmentFlag.AlignRight))
        flow.new_page()
    if tb.note:
        small = sheet_font(SMALL, italic=True)
        h = c.text_height(tb.note, small, c.width)
        if flow.y + h > flow.bottom:
            flow.new_page()
        flow.at(lambda p, yy: c.text(p, QRectF(0, yy + 1.5 * u, c.width, 1e6), tb.note, small, MUTED))
        flow.y += h + 1.5 * u
    flow.y += 8 * u


def column_widths(c: Canvas, tb: TableBlock, font: QFont, bold: QFont) -> list[float]:
    """Widths that fill the printable width: natural widths when they fit (spare width to the text
    columns), else every column's longest word and the rest shared by want."""
    fm, fmb = c.fm(font), c.fm(bold)
    pad = 4.4 * c.u
    n = len(tb.columns)
    natural = [fmb.horizontalAdvance(h) + pad for h in tb.columns]
    numeric = [j < len(tb.numeric) and tb.numeric[j] for j in range(n)]
    # the longest word of a column (a number, a name) is not broken: it sets the column's minimum;
    # longer tokens (addresses, ids) may break anywhere (see Canvas.cell_option)
    word = [max(fmb.horizontalAdvance(max(h.split() or [""], key=len)) + pad, 28 * c.u) for h in tb.columns]
    # a spread of at most ~1,000 rows, with the first and the last (numbers grow down long listings)
    step = max(1, len(tb.rows) // 1000)
    sample = tb.rows[::step] + tb.rows[-1:]
    for r in sample:
        for j, cell in enumerate(r[:n]):
            natural[j] = max(natural[j], fm.horizontalAdvance(cell) + pad)
            words = [x for x in cell.split() if numeric[j] or len(x) <= LONG_WORD]
            if words:
                word[j] = max(word[j], fm.horizontalAdvance(max(words, key=len)) + pad)
    minimum = [min(nat, w) for nat, w in zip(natural, word)]
    total = sum(natural)
    if total <= c.width:
        # spare width goes to the text columns, so numbers stay next to their headers
        text = [0.0 if numeric[j] or j == tb.source_column else natural[j] for j in range(n)]
        weight = sum(text) or float(n)
        extra = c.width - total
        return [w + extra * (text[j] if sum(text) else 1.0) / weight for j, w in enumerate(natural)]
    # like an HTML auto table: every column gets its minimum, the rest is shared by want
    base = sum(minimum)
    if base >= c.width:
        # too narrow for every longest word: cut the widest minimums down to a common level, so
        # short words ("province", a year) stay whole and only long ones (addresses) break
        lo, hi = 0.0, max(minimum)
        for _ in range(40):
            mid = (lo + hi) / 2
            if sum(min(m, mid) for m in minimum) > c.width:
                hi = mid
            else:
                lo = mid
        return [min(m, lo) for m in minimum]
    want = [nat - m for nat, m in zip(natural, minimum)]
    spare = c.width - base
    total_want = sum(want) or 1.0
    return [m + spare * w / total_want for m, w in zip(minimum, want)]


def paint_table_row(c: Canvas, p: QPainter, y: float, cells, widths, h, font, numeric, header=False,
                    shade=False) -> None:
    u = c.u
    pad = 2.2 * u
    if header:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(HEADER_FILL)
        p.drawRect(QRectF(0, y, sum(widths), h))
    elif shade:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SHADE_FILL)
        p.drawRect(QRectF(0, y, sum(widths), h))
    x = 0.0
    for j, (cell, w) in enumerate(zip(cells, widths)):
        align = Qt.AlignmentFlag.AlignRight if (j < len(numeric) and numeric[j] and not header) else Qt.AlignmentFlag.AlignLeft
        p.setFont(font)
        p.setPen(INK)
        p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), cell,
                   c.cell_option(align, j < len(numeric) and numeric[j] and not header))
        x += w
    p.setPen(QPen(RULE, 0.4 * u))
    p.drawLine(QRectF(0, y + h, sum(widths), 0).topLeft(), QRectF(0, y + h, sum(widths), 0).topRight())
