"""Value labels on the sheet charts (paper and fair mode draw them with the same painter): every
mark of a chart carries its value or none does, and all with one precision (issue 20, point 5:
a chart where some bars are labelled and others not reads as if those were different)."""
import re

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from backan_desktop.core.chart_layout import layout_chart
from backan_desktop.core.sheets import build_sheet
from backan_desktop.core.vocab import LANGS, SECTIONS

DECIMAL_MARK = {"vi": ",", "en": "."}
# (width, height) in points and the painter's unit: a chart on A4, on A5, on a 1366×768 fair-mode screen
SIZES = [(250, 155, 1.0), (380, 190, 1.0), (600, 230, 1.33)]


def _decimals(text: str, lang: str) -> int:
    number = re.match(r"-?[\d.,]+", text).group(0)
    whole, mark, part = number.partition(DECIMAL_MARK[lang])
    return len(part) if mark else 0


@pytest.mark.parametrize("lang", LANGS)
def test_every_mark_is_labelled_or_none_with_one_precision(qapp, library, lang):
    from backan_desktop.qt.chart_painter import paint_chart

    labelled = 0
    for sid in SECTIONS:
        for chart in build_sheet(library, sid, lang).charts:
            lay = layout_chart(chart)
            marks = len(lay.bars) + len(lay.spans) + (len(lay.points) if chart.kind == "line" else 0)
            for w, h, unit in SIZES:
                image = QImage(int(w * 2), int(h * 2), QImage.Format.Format_ARGB32)
                p = QPainter(image)
                frame = paint_chart(p, chart, QRectF(0, 0, w, h), unit)
                p.end()
                shown = frame.value_labels
                assert len(shown) in (0, marks), (sid, chart.title, w, len(shown), marks)
                assert len({_decimals(x, lang) for x in shown}) <= 1, (sid, chart.title, shown)
                if chart.kind == "bar":     # a label never runs into a neighbouring bar (H1 2021 beside 2021)
                    bars = [QRectF(frame.x_of(b.x0), frame.y_of(b.y1), frame.x_of(b.x1) - frame.x_of(b.x0),
                                   frame.y_of(b.y0) - frame.y_of(b.y1)).normalized() for b in lay.bars]
                    hits = [t for t, r in zip(shown, frame.label_rects) if any(r.intersects(q) for q in bars)]
                    assert not hits, (sid, chart.title, w, hits)
                labelled += bool(shown)
    assert labelled        # the check looked at labels, not only at charts without any
