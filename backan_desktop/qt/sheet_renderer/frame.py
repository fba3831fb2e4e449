"""The frame around a sheet's content: the header band (tall on a sheet's first page), the footer
(merger note, "page n of N") and a booklet's contents page."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ...core.sheets import Sheet
from ...core.texts import t
from ..chart_painter import INK, MUTED
from ..fonts import sheet_font
from .canvas import BAND, RULE, SMALL, Canvas
from .flow import Page


def header_height(c: Canvas, first: bool) -> float:
    return (44 if first else 22) * c.u


def paint_header(c: Canvas, p: QPainter, sheet: Sheet, first: bool) -> None:
    u = c.u
    h = header_height(c, first)
    band = QRectF(0, 0, c.width, h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BAND)
    p.drawRect(band)
    white = QColor("white")
    pad = 7 * u
    as_of = f"{t('data_as_of', sheet.lang)}: {sheet.data_as_of}" if sheet.data_as_of else ""
    meta = sheet_font(8)
    as_of_w = c.fm(meta).horizontalAdvance(as_of) + 2 * u if as_of else 0.0
    if first:
        c.text(p, QRectF(pad, pad - 1 * u, c.width - 2 * pad, 12 * u),
               sheet.province.upper() + " · " + t("merger_short", sheet.lang),
               sheet_font(SMALL, bold=True), QColor("#cfe0f1"))
        c.text(p, QRectF(pad, pad + 9 * u, c.width - 3 * pad - as_of_w, 22 * u), sheet.title,
               sheet_font(17 if c.wide else 14, bold=True), white)
        if as_of:
            c.text(p, QRectF(c.width - pad - as_of_w, pad + 15 * u, as_of_w, 12 * u), as_of, meta, white,
                   Qt.AlignmentFlag.AlignRight)
    else:
        title = sheet_font(10, bold=True)
        text = c.fm(title).elidedText(f"{sheet.title} — {sheet.province}", Qt.TextElideMode.ElideRight,
                                      c.width - 3 * pad - as_of_w)
        c.text(p, QRectF(pad, 5 * u, c.width - 3 * pad - as_of_w, 14 * u), text, title, white)
        if as_of:
            c.text(p, QRectF(c.width - pad - as_of_w, 6.5 * u, as_of_w, 12 * u), as_of, meta, white,
                   Qt.AlignmentFlag.AlignRight)


def _footer_parts(c: Canvas, lang: str, merger_note: str) -> tuple[str, float, float]:
    """The footer's text, the width it wraps in and its height (the page number sits at its right)."""
    small = sheet_font(SMALL)
    page_w = c.fm(small).horizontalAdvance(t("page", lang, n=888, total=888)) + 6 * c.u
    text = merger_note + " " + t("footer", lang)
    return text, c.width - page_w, c.text_height(text, small, c.width - page_w)


def footer_height(c: Canvas, sheet: Sheet) -> float:
    return _footer_parts(c, sheet.lang, sheet.merger_note)[2] + 6 * c.u


def paint_footer(c: Canvas, p: QPainter, sheet: Sheet, n: int, total: int) -> None:
    u = c.u
    text, text_w, text_h = _footer_parts(c, sheet.lang, sheet.merger_note)
    y = c.height - text_h - 3 * u
    p.setPen(QPen(RULE, 0.5 * u))
    p.drawLine(QRectF(0, y, c.width, 0).topLeft(), QRectF(0, y, c.width, 0).topRight())
    small = sheet_font(SMALL)
    c.text(p, QRectF(0, y + 2 * u, text_w, text_h + 2 * u), text, small, MUTED)
    c.text(p, QRectF(text_w, y + 2 * u, c.width - text_w, text_h + 2 * u), t("page", sheet.lang, n=n, total=total),
           small, MUTED, Qt.AlignmentFlag.AlignRight)


def paint_contents_page(c: Canvas, p: QPainter, plans: list[tuple[Sheet, list[Page]]], total: int) -> None:
    """A booklet's first page: title band, one line per printed part with its first page number,
    the merger note; numbered 1 of ``total``."""
    u = c.u
    first = plans[0][0]
    lang = first.lang
    white = QColor("white")
    pad = 14 * u
    title_font = sheet_font(22 if c.wide else 18, bold=True)
    title = t("handout_title", lang)
    title_h = c.text_height(title, title_font, c.width - 2 * pad)
    band_h = pad + 18 * u + title_h + 34 * u
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BAND)
    p.drawRect(QRectF(0, 0, c.width, band_h))
    c.text(p, QRectF(pad, pad, c.width - 2 * pad, 14 * u), first.province.upper(), sheet_font(9, bold=True), QColor("#cfe0f1"))
    c.text(p, QRectF(pad, pad + 18 * u, c.width - 2 * pad, title_h), title, title_font, white)
    c.text(p, QRectF(pad, pad + 24 * u + title_h, c.width - 2 * pad, 20 * u),
           t("handout_sub", lang) + (f" · {t('data_as_of', lang)}: {first.data_as_of}" if first.data_as_of else ""),
           sheet_font(10), white)
    y = band_h + 24 * u
    c.text(p, QRectF(0, y, c.width, 20 * u), t("contents", lang), sheet_font(14, bold=True), INK)
    y += 24 * u
    note_font = sheet_font(9)
    note_h = c.text_height(first.merger_note, note_font, c.width)
    room = c.height - footer_height(c, first) - y - note_h - 12 * u
    line = min(22 * u, room / max(1, len(plans)))
    font = sheet_font(11 if line >= 18 * u else 9)
    fm = c.fm(font)
    page_no = 2
    for sheet, pages in plans:
        num = str(page_no)
        c.text(p, QRectF(0, y, c.width - 40 * u, line), sheet.title, font, INK)
        c.text(p, QRectF(c.width - 40 * u, y, 40 * u, line), num, font, INK, Qt.AlignmentFlag.AlignRight)
        p.setPen(QPen(RULE, 0.5 * u, Qt.PenStyle.DotLine))
        x0 = fm.horizontalAdvance(sheet.title) + 6 * u
        x1 = c.width - fm.horizontalAdvance(num) - 6 * u
        if x1 > x0:
            p.drawLine(QRectF(x0, y + fm.ascent(), 0, 0).topLeft(), QRectF(x1, y + fm.ascent(), 0, 0).topLeft())
        y += line
        page_no += len(pages)
    y += 12 * u
    c.text(p, QRectF(0, y, c.width, note_h + 2 * u), first.merger_note, note_font, MUTED)
    paint_footer(c, p, first, 1, total)
