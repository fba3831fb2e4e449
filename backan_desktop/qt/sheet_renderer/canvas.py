"""The printable area of a paged device: paper sizes, type sizes and colours, and measuring and
writing text in device units.

Sizes are given in points and multiplied by ``Canvas.u`` (device units per point), so a sheet
is laid out the same on a 300 dpi PDF, a printer and the preview.
"""
from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
                           QTextLayout, QTextOption)

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


def page_layout(paper: str = "A4") -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)), QPageLayout.Orientation.Portrait,
                       QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter)


class Canvas:
    """A device's paint rect (``width`` × ``height`` in device units; the painter's origin is its
    top-left) with the text measurements the layout needs. Measuring needs no active painter."""

    def __init__(self, device: QPagedPaintDevice):
        self.device = device
        self.dpi = device.logicalDpiY() or 72
        self.u = self.dpi / 72.0
        full = device.pageLayout().paintRectPixels(device.resolution()) if hasattr(device, "resolution") else None
        if full is None or full.isEmpty():
            full = device.pageLayout().paintRectPixels(int(self.dpi))
        self.width = full.width()
        self.height = full.height()

    @property
    def wide(self) -> bool:
        """A4 and Letter; A5 is narrow (two tiles per row, smaller headline figures)."""
        return self.width > 400 * self.u

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
        """Height of ``text`` laid out as a table cell is painted (QPainter.drawText with
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

    @staticmethod
    def text(p: QPainter, rect: QRectF, text: str, font: QFont, color: QColor,
             align=Qt.AlignmentFlag.AlignLeft) -> None:
        """Write ``text`` wrapped at word boundaries inside ``rect``, from its top."""
        p.setFont(font)
        p.setPen(color)
        p.drawText(rect, int(WRAP | align | Qt.AlignmentFlag.AlignTop), text)
