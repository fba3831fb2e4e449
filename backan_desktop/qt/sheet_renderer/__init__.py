"""One renderer for fact sheets: the same code paints into a QPdfWriter (export), a QPrinter
(printing) and the print-preview dialog.

Layout happens in two passes: blocks are measured and split into pages first (so the footer can
say "page n of N"), then painted. Coordinates are device units; sizes are given in points and
multiplied by ``Canvas.u`` (device units per point).

    canvas.py    paper sizes, type sizes, colours; measuring and writing text on a device
    flow.py      pagination: blocks placed down the pages as paint operations
    blocks.py    intro, headline-figure tiles, charts, notes, sources and the QR code
    tables.py    tables: column widths, rows split across pages with repeated headers
    frame.py     header band, footer with the merger note and page numbers, a booklet's contents page
    renderer.py  SheetRenderer: a sheet's layout, whether a front fits, painting whole documents
"""
from .canvas import PAPERS, page_layout
from .renderer import SheetRenderer

__all__ = ["PAPERS", "SheetRenderer", "page_layout"]
