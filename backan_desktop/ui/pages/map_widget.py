"""The locator map (or, given values, the regional choropleth) as a widget: the Overview page and
fair mode show it. It paints with :mod:`backan_desktop.qt.map_painter`, the code that draws the
printed map, and scales its text with its size (a fair-mode screen reads from further away).

Run alone to look at it: ``python -m backan_desktop.ui.pages.map_widget [vi|en] [WIDTHxHEIGHT]``.
"""
from __future__ import annotations

from typing import Callable, Mapping, Optional

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...qt.map_painter import paint_choropleth, paint_locator

translate = QCoreApplication.translate
BASE = QSize(900, 540)          # the size at which text is set at 7.5 pt; larger widgets scale it


class MapWidget(QWidget):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.values: Optional[Mapping[str, Optional[float]]] = None
        self.fmt: Optional[Callable[[float], str]] = None
        self.title = ""
        self.setObjectName("mapWidget")
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("MapWidget", "Map: where the former Bắc Kạn province lies"))

    def sizeHint(self) -> QSize:
        return QSize(BASE.width(), BASE.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), min(int(width * BASE.height() / BASE.width()), 720))

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.update()

    def set_values(self, values: Optional[Mapping[str, Optional[float]]], title: str = "",
                   fmt: Optional[Callable[[float], str]] = None) -> None:
        """Show a choropleth of ``values`` (province code → value), or the locator map for None."""
        self.values, self.title, self.fmt = values, title, fmt
        self.update()

    def text_scale(self) -> float:
        return max(1.0, min(self.width() / BASE.width(), self.height() / BASE.height()))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        unit = self.logicalDpiY() / 72.0 * self.text_scale()
        text_pt = 7.5 * self.text_scale()
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self.values is None:
            paint_locator(p, rect, self.lang, unit, text_pt)
        else:
            paint_choropleth(p, rect, self.values, self.lang, unit, self.fmt, text_pt, self.title)
        p.end()


if __name__ == "__main__":      # pragma: no cover - a preview for people
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    size = next((a for a in sys.argv[1:] if "x" in a), "1366x700")
    w = MapWidget(next((a for a in sys.argv[1:] if a in ("vi", "en")), "vi"))
    w.resize(*(int(v) for v in size.split("x")))
    w.show()
    sys.exit(app.exec())
