"""Simple line icons painted with QPainter (the bundled font has no symbol glyphs, and a kiosk
must not depend on the system's fonts)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _draw(kind: str, p: QPainter, s: float) -> None:
    """Draw icon ``kind`` in a square of side ``s`` (pen already set)."""
    if kind == "lock":
        p.drawRoundedRect(QRectF(0.2 * s, 0.45 * s, 0.6 * s, 0.45 * s), 0.06 * s, 0.06 * s)
        path = QPainterPath(QPointF(0.32 * s, 0.45 * s))
        path.lineTo(0.32 * s, 0.3 * s)
        path.arcTo(QRectF(0.32 * s, 0.1 * s, 0.36 * s, 0.4 * s), 180, -180)
        path.lineTo(0.68 * s, 0.45 * s)
        p.drawPath(path)
        p.drawLine(QPointF(0.5 * s, 0.62 * s), QPointF(0.5 * s, 0.74 * s))
    elif kind == "home":
        path = QPainterPath(QPointF(0.12 * s, 0.48 * s))
        path.lineTo(0.5 * s, 0.14 * s)
        path.lineTo(0.88 * s, 0.48 * s)
        p.drawPath(path)
        path = QPainterPath(QPointF(0.24 * s, 0.4 * s))
        path.lineTo(0.24 * s, 0.86 * s)
        path.lineTo(0.76 * s, 0.86 * s)
        path.lineTo(0.76 * s, 0.4 * s)
        p.drawPath(path)
        p.drawRect(QRectF(0.42 * s, 0.6 * s, 0.16 * s, 0.26 * s))
    elif kind == "print":
        p.drawRect(QRectF(0.28 * s, 0.12 * s, 0.44 * s, 0.24 * s))
        p.drawRoundedRect(QRectF(0.1 * s, 0.36 * s, 0.8 * s, 0.34 * s), 0.05 * s, 0.05 * s)
        p.drawRect(QRectF(0.28 * s, 0.56 * s, 0.44 * s, 0.32 * s))
        p.drawLine(QPointF(0.36 * s, 0.68 * s), QPointF(0.64 * s, 0.68 * s))
        p.drawLine(QPointF(0.36 * s, 0.78 * s), QPointF(0.64 * s, 0.78 * s))
    elif kind == "usb":          # the USB trident
        p.drawLine(QPointF(0.5 * s, 0.16 * s), QPointF(0.5 * s, 0.8 * s))
        head = QPainterPath(QPointF(0.5 * s, 0.06 * s))
        head.lineTo(0.6 * s, 0.2 * s)
        head.lineTo(0.4 * s, 0.2 * s)
        head.closeSubpath()
        p.drawPath(head)
        p.drawEllipse(QPointF(0.5 * s, 0.85 * s), 0.07 * s, 0.07 * s)
        left = QPainterPath(QPointF(0.5 * s, 0.62 * s))
        left.lineTo(0.26 * s, 0.48 * s)
        left.lineTo(0.26 * s, 0.38 * s)
        p.drawPath(left)
        p.drawEllipse(QPointF(0.26 * s, 0.33 * s), 0.055 * s, 0.055 * s)
        right = QPainterPath(QPointF(0.5 * s, 0.52 * s))
        right.lineTo(0.74 * s, 0.4 * s)
        right.lineTo(0.74 * s, 0.32 * s)
        p.drawPath(right)
        p.drawRect(QRectF(0.69 * s, 0.22 * s, 0.1 * s, 0.1 * s))
    elif kind == "play":
        path = QPainterPath(QPointF(0.3 * s, 0.18 * s))
        path.lineTo(0.82 * s, 0.5 * s)
        path.lineTo(0.3 * s, 0.82 * s)
        path.closeSubpath()
        p.drawPath(path)


def icon(kind: str, color: str = "#ffffff", size: int = 64) -> QIcon:
    """A QIcon of ``kind`` (lock, home, print, usb, play) in ``color``; scales cleanly
    (drawn at ``size`` device pixels, use setIconSize for the shown size)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(color), max(2.0, size * 0.075))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    _draw(kind, p, float(size))
    p.end()
    return QIcon(pm)
