"""Guards against a binding bug seen in PySide6-Essentials 6.12.0 on Python 3.11: void QPainter
methods dropped a reference to None on every call, and the process aborted after a few thousand
calls (a handful of PDF exports). The dependency pin keeps it out; this test keeps the pin honest."""
import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_painter_calls_keep_none_refcount(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(20, 20, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    for _ in range(20):                  # first calls create type objects (which hold None): not the bug
        p.setPen(QColor("red"))
        p.drawRect(QRectF(0, 0, 5, 5))
    before = sys.getrefcount(None)
    for _ in range(500):
        p.setPen(QColor("red"))
        p.drawRect(QRectF(0, 0, 5, 5))
    after = sys.getrefcount(None)
    p.end()
    assert abs(after - before) < 50
