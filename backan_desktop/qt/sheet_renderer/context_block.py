"""The "In context" block of a printed front (``Sheet.context``, built by
``core.sheets.context_block``): a title; on A4 and Letter the locator map or the ranked chart on
the left and the lines (Bắc Kạn, the region, Viet Nam, each cited) on the right, on A5 one below
the other; the PCI profile where Bắc Kạn has one; notes naming the provinces with no figure.
Kept whole on a page; ``core.sheets.fit_sheet`` adds it only when the front still fits."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from ...core.sheets import Sheet
from ...core.texts import t
from ..chart_painter import INK, MUTED
from ..context_painter import paint_profile, paint_ranked, profile_height, ranked_height
from ..fonts import sheet_font
from ..map_painter import locator_key_height, paint_locator, paint_locator_key
from .canvas import SMALL, Canvas
from .flow import Flow

GAP = 12          # points between the graphic and the lines
MAP_SHARE = 0.38  # of the width, for the locator map beside the lines


def _refs(title: str, refs: list[int]) -> str:
    return f"{title} [{','.join(map(str, refs))}]" if refs else title


def place_context(c: Canvas, flow: Flow, sheet: Sheet) -> None:
    block = sheet.context
    if block is None:
        return
    u, lang = c.u, sheet.lang
    head, bold, small, italic = (sheet_font(9, bold=True), sheet_font(SMALL, bold=True), sheet_font(SMALL),
                                 sheet_font(SMALL, italic=True))
    side = c.wide and (block.map or block.ranked is not None)
    graphic_w = c.width * (MAP_SHARE if block.map else 0.5) if side else c.width
    text_w = c.width - graphic_w - GAP * u if side else c.width
    title_h = c.text_height(block.title, head, c.width) + 2 * u

    # the lines: a bold label, then its parts; beside a graphic the notes follow them in their column
    texts = [(ln.label, " · ".join(ln.parts)) for ln in block.lines]
    notes = " ".join(block.notes)
    lines_h = sum(c.text_height(a, bold, text_w) + c.text_height(b, small, text_w) + 3 * u for a, b in texts)
    notes_w = text_w if side else c.width
    notes_h = c.text_height(notes, italic, notes_w) + 2 * u if notes else 0.0
    key_h = locator_key_height(c.device, u, SMALL) if block.map else 0.0     # the map's key, under the lines
    # the graphic: the map, or the ranked chart under its title
    graphic_h, sub_title, sub_h = 0.0, "", 0.0
    if block.map:
        graphic_h = graphic_w * (0.6 if side else 0.5)
    elif block.ranked is not None:
        sub_title = _refs(block.ranked_title, block.ranked_refs)
        sub_h = c.text_height(sub_title, bold, graphic_w) + 2 * u
        graphic_h = sub_h + ranked_height(c.device, block.ranked, graphic_w, u, SMALL)
    if side:
        body_h = max(graphic_h, lines_h + notes_h + key_h)
    else:
        body_h = graphic_h + (4 * u if graphic_h else 0) + lines_h + notes_h + key_h
    prof_title = ""
    prof_h = 0.0
    if block.profile is not None:
        prof_title = _refs(t("ctx_profile_title", lang, period=block.profile.period), block.profile_refs)
        prof_h = c.text_height(prof_title, bold, c.width) + profile_height(c.device, block.profile, u, SMALL) + 6 * u
    total = title_h + body_h + prof_h + 5 * u

    def draw(p, yy):
        c.text(p, QRectF(0, yy, c.width, title_h), block.title, head, INK)
        y = yy + title_h
        ty = y if side else y + graphic_h + (4 * u if graphic_h else 0)
        tx = graphic_w + GAP * u if side else 0.0
        if block.map:
            paint_locator(p, QRectF(0, y, graphic_w, graphic_h), lang, u, SMALL, legend=False)
        elif block.ranked is not None:
            c.text(p, QRectF(0, y, graphic_w, sub_h), sub_title, bold, INK)
            paint_ranked(p, QRectF(0, y + sub_h, graphic_w, graphic_h - sub_h), block.ranked, lang, u, SMALL)
        for label, parts in texts:
            c.text(p, QRectF(tx, ty, text_w, 1e6), label, bold, INK)
            ty += c.text_height(label, bold, text_w)
            c.text(p, QRectF(tx, ty, text_w, 1e6), parts, small, INK)
            ty += c.text_height(parts, small, text_w) + 3 * u
        if notes:
            c.text(p, QRectF(tx, ty, notes_w, 1e6), notes, italic, MUTED)
            ty += notes_h
        if block.map:
            paint_locator_key(p, tx + 2 * u, ty + 2 * u, lang, u, SMALL)
        y += body_h + 4 * u
        if block.profile is not None:
            ph = c.text_height(prof_title, bold, c.width)
            c.text(p, QRectF(0, y, c.width, ph), prof_title, bold, INK)
            paint_profile(p, QRectF(0, y + ph + 2 * u, c.width, prof_h - ph - 6 * u), block.profile, lang, u, SMALL)
    flow.place(total, draw)
