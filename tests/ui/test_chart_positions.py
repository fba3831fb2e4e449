"""Screen, paper and fair mode put each period where it lies in time — read back from what they drew."""
import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from backan_desktop.core.sheets import build_sheet, dataset_chart

YEARS = [2016, 2018, 2019, 2020, 2021, 2022, 2025]        # GRDP at current prices, bundled package


def grdp_chart(library, lang="en"):
    chart = next(c for c in build_sheet(library, "economy", lang).charts if c.kind == "bar" and c.x_periods)
    assert chart.x_labels == [str(y) for y in YEARS]
    return chart


def growth_chart(library, lang="en"):
    chart = build_sheet(library, "economy", lang).charts[0]
    assert chart.kind == "line" and chart.x_labels[:2] == ["2017", "2020"]
    return chart


def ratios(xs, unit):
    return [round((b - a) / unit, 2) for a, b in zip(xs, xs[1:])]


# -- screen (pyqtgraph) ---------------------------------------------------------------------------

@pytest.fixture
def plot_of(qtbot):
    from backan_desktop.qt.charts import make_plot

    def make(chart):
        w = make_plot(chart)
        qtbot.addWidget(w)
        w.resize(820, 420)
        w.show()
        qtbot.waitExposed(w)
        w.grab()                       # lay out and paint once: axes compute their ticks while painting
        return w
    return make


def scene_x(w, x):
    return w.getPlotItem().vb.mapViewToScene(QPointF(x, 0)).x()


def test_screen_line_places_years_by_time_and_breaks_at_gaps(plot_of, library):
    import numpy as np
    chart = dataset_chart(library, "observations", "en", 0)          # area: 2004, 2006, 2013, 2021, 2025
    w = plot_of(chart)
    (item,) = w.series_items[0]
    xs, _ = item.getData()
    finite = [float(x) for x in xs if np.isfinite(x)]
    assert finite == [2004.5, 2006.5, 2013.5, 2021.5, 2025.5]
    assert np.isnan(xs).sum() == 4                                   # no segment joins two of them
    px = [scene_x(w, x) for x in finite]
    year = scene_x(w, 2005) - scene_x(w, 2004)
    assert year > 10 and ratios(px, year) == [2, 7, 8, 4]
    # the cut value axis: marked on the axis and said above the plot; the unit on the axis
    plot = w.getPlotItem()
    assert plot.getAxis("left").broken and plot.titleLabel.text.endswith("Value axis does not start at 0</span>")
    # the takeaway leads the title, and both are the widget's accessible description
    assert plot.titleLabel.text.startswith("From 4,857 km²ᵘ (2004) to 4,853 km² (2025)")
    assert w.accessibleDescription() == "From 4,857 km²ᵘ (2004) to 4,853 km² (2025) Value axis does not start at 0"
    assert plot.getAxis("left").labelText == "km²"
    assert plot.getAxis("bottom").labelText == "Year"
    bottom = plot.getAxis("bottom")
    assert [lab.text for lab in bottom.shown][0] == "2004" and bottom.shown[-1].text == "2025"


def test_screen_bars_keep_time_spacing_and_stand_on_zero(plot_of, library):
    w = plot_of(grdp_chart(library))
    (bars,) = w.series_items[0]
    x0 = [float(v) for v in bars.opts["x0"]]
    x1 = [float(v) for v in bars.opts["x1"]]
    centres = [scene_x(w, (a + b) / 2) for a, b in zip(x0, x1)]
    year = scene_x(w, 2001) - scene_x(w, 2000)
    assert ratios(centres, year) == [2, 1, 1, 1, 1, 3]
    assert [float(v) for v in bars.opts["y0"]] == [0.0] * len(YEARS)
    assert w.getPlotItem().vb.viewRange()[1][0] <= 0
    assert w.getPlotItem().legend is None          # legends are outside the plot (make_legend, a label under it)


def test_screen_tooltip_names_the_bar_under_the_mouse(plot_of, library):
    chart = build_sheet(library, "trade", "en").charts[0]
    w = plot_of(chart)
    plot = w.getPlotItem()
    where = plot.vb.mapViewToScene(QPointF(2021.25, 5.0))            # the H1 2021 bar, left of the 2021 one
    plot.scene().sigMouseMoved.emit(where)
    assert w.toolTip().startswith("H1 2021 — Half-year figures: over USD 12.56 million")
    plot.scene().sigMouseMoved.emit(plot.vb.mapViewToScene(QPointF(2021.5, 5.0)))
    assert w.toolTip().startswith("2021 — Whole-year figures: USD 28 million")


# -- paper (QPainter: PDF, print, SVG) and fair mode -------------------------------------------------

def paint(chart, size=QSize(640, 380)):
    from backan_desktop.qt.chart_painter import paint_chart
    img = QImage(size, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    frame = paint_chart(p, chart, QRectF(0, 0, size.width(), size.height()), 1.0)
    p.end()
    return img, frame


def inked(img, x, y, r=2):
    """True when some pixel around (x, y) is not white."""
    return any(QColor(img.pixel(int(x) + dx, int(y) + dy)).lightness() < 235
               for dx in range(-r, r + 1) for dy in range(-r, r + 1))


def test_painted_bars_sit_on_their_years_and_missing_years_stay_empty(qapp, library):
    chart = grdp_chart(library)
    img, frame = paint(chart)
    y = frame.y_of(2000)                                   # well inside every bar
    for year in range(2016, 2026):
        assert inked(img, frame.x_of(year + 0.5), y, r=1) == (year in YEARS), year
    assert frame.y_of(0) == pytest.approx(frame.plot.bottom())          # bars stand on zero
    centres = [frame.x_of(b.x0 / 2 + b.x1 / 2) for b in frame.layout.bars]
    assert ratios(centres, frame.x_of(2001) - frame.x_of(2000)) == [2, 1, 1, 1, 1, 3]


def test_painted_line_is_broken_across_missing_years(qapp, library):
    chart = growth_chart(library)
    img, frame = paint(chart)
    pts = {chart.x_labels[p.index]: p for p in frame.layout.points}

    def midpoint_inked(a, b):
        pa, pb = pts[a], pts[b]
        return inked(img, frame.x_of((pa.x + pb.x) / 2), frame.y_of((pa.y + pb.y) / 2), r=1)
    assert midpoint_inked("2021", "2022")                # neighbours: joined
    assert not midpoint_inked("2017", "2020")            # 2018 and 2019 missing: no line across


def test_painted_legend_is_outside_the_plot(qapp, library):
    chart = next(c for c in build_sheet(library, "economy", "vi").charts if c.kind == "stacked")
    _, frame = paint(chart, QSize(300, 190))             # the size of a chart on an A4 sheet
    assert not frame.legend.isEmpty()
    assert frame.legend.top() > frame.plot.bottom() and not frame.legend.intersects(frame.plot)


def test_pdf_year_labels_are_placed_in_proportion_to_time(qapp, library, tmp_path):
    """Read the year labels' positions back from a PDF written by the sheet painter."""
    from pypdf import PdfReader
    from PySide6.QtGui import QPageSize, QPdfWriter

    from backan_desktop.qt.chart_painter import paint_chart
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    p = QPainter(writer)
    unit = 300 / 72
    frame = paint_chart(p, grdp_chart(library), QRectF(0, 0, 260 * unit, 160 * unit), unit)
    p.end()
    found = {}

    def visit(text, cm, tm, *_):
        if text.strip() in {str(y) for y in YEARS}:
            found[text.strip()] = cm[4] + tm[4] * cm[0]
    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    assert set(found) == {str(y) for y in YEARS}
    # the left edges of same-width labels: as far apart as the years
    xs = [found[str(y)] for y in YEARS]
    year = (frame.x_of(2001) - frame.x_of(2000)) * 72 / 300
    assert ratios(xs, year) == [2, 1, 1, 1, 1, 3]


def test_fair_mode_chart_uses_the_same_time_positions(qtbot, library):
    from backan_desktop.ui.kiosk.widgets import ChartCanvas
    canvas = ChartCanvas(grdp_chart(library, "vi"))
    qtbot.addWidget(canvas)
    canvas.resize(1200, 600)
    canvas.set_scale(1.5)
    img = canvas.grab().toImage()
    frame = canvas.frame
    k = canvas.scale * img.devicePixelRatio()
    y = frame.y_of(2000) * k
    for year in range(2016, 2026):
        assert inked(img, frame.x_of(year + 0.5) * k, y, r=1) == (year in YEARS), year
