"""The locator map as a sheet block: a title, then the map the window shows (same painter), the
width of the text column. The overview sheet's front carries it on A4 and Letter, on the first
page below the headline tiles.

The fitting (``core.sheets.fitting``) does not know the map; placed right after the tiles it takes
the room of what would follow them on the first page, so the overview's front keeps its eleven
tiles and two charts (the other two are on the Economy and Trade sheets). On A5 the tiles fill the
first page, and the map is left out rather than push a tile or a chart off the sheet; the window
always shows it."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from ...core.texts import t
from ..chart_painter import INK
from ..fonts import sheet_font
from ..map_painter import paint_choropleth, paint_locator
from .canvas import SMALL, Canvas
from .flow import Flow

SMALLEST = 0.6          # of map_height: below that the first page has no room for it


def map_height(c: Canvas) -> float:
    """The map's height at full size: half its width."""
    return c.width * 0.5


def place_map(c: Canvas, flow: Flow, lang: str) -> bool:
    """Place the title and map at the cursor, on wide paper, when the first page has room for at
    least :data:`SMALLEST` of :func:`map_height` (it is shrunk to the room); returns whether placed."""
    u = c.u
    title, font = t("map_title", lang), sheet_font(9, bold=True)
    title_h = c.text_height(title, font, c.width)
    extra = title_h + 2 * u + 8 * u
    h = min(map_height(c), flow.bottom - flow.y - extra)
    if not c.wide or len(flow.pages) > 1 or h < SMALLEST * map_height(c):
        return False

    def draw(p, yy):
        c.text(p, QRectF(0, yy, c.width, title_h), title, font, INK)
        paint_locator(p, QRectF(0, yy + title_h + 2 * u, c.width, h), lang, u, SMALL)
    flow.place(h + extra, draw)
    return True


def place_choropleth(c: Canvas, flow: Flow, values, lang: str, title: str, fmt=None, height: float = 0.0) -> None:
    """A regional choropleth block (``values``: province code → value or None, see
    :func:`~backan_desktop.qt.map_painter.paint_choropleth`), ``height`` tall (default: 0.42 of
    the width on A4/Letter, 0.55 on A5), kept whole on a page; for an "In context" block."""
    h = height or c.width * (0.42 if c.wide else 0.55)
    flow.place(h + 6 * c.u, lambda p, yy: paint_choropleth(p, QRectF(0, yy, c.width, h), values, lang, c.u, fmt,
                                                          SMALL, title))
