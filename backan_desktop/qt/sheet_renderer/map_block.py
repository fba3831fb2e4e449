"""A regional choropleth as a sheet block. (The locator map is printed inside the overview's
"In context" block: :mod:`.context_block`.)"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from ..map_painter import paint_choropleth
from .canvas import SMALL, Canvas
from .flow import Flow


def place_choropleth(c: Canvas, flow: Flow, values, lang: str, title: str, fmt=None, height: float = 0.0) -> None:
    """A regional choropleth block (``values``: province code → value or None, see
    :func:`~backan_desktop.qt.map_painter.paint_choropleth`), ``height`` tall (default: 0.42 of
    the width on A4/Letter, 0.55 on A5), kept whole on a page; for an "In context" block."""
    h = height or c.width * (0.42 if c.wide else 0.55)
    flow.place(h + 6 * c.u, lambda p, yy: paint_choropleth(p, QRectF(0, yy, c.width, h), values, lang, c.u, fmt,
                                                          SMALL, title))
