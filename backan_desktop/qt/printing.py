"""Printing and print preview through the same renderer as PDF export."""
from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from ..core.sheets import Sheet
from .fonts import register_fonts
from .sheet_renderer import SheetRenderer, page_layout


def make_printer(paper: str = "A4") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    return printer


def paint_sheets(printer: QPrinter, sheets: list[Sheet], appendix: bool = False) -> int:
    """Paint sheets on a printer (a real one, a PDF printer or the preview's) as their two-page
    fronts, each followed by its appendix when ``appendix``; returns pages."""
    register_fonts()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        return SheetRenderer(printer, painter).render(sheets, appendix=appendix)
    finally:
        painter.end()
