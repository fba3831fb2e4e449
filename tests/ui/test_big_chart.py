"""A million-point series: drawn from numpy arrays with downsampling and clipping, pans and zooms."""
import numpy as np

from backan_desktop.core.sheets import Chart, ChartSeries


def test_million_point_series_uses_downsampling(qtbot):
    from backan_desktop.qt.charts import make_plot
    n = 1_000_000
    values = np.sin(np.arange(n) / 5000.0) * 100
    chart = Chart("big", "line", [str(i) for i in range(n)], [ChartSeries("s", values, [], 0)], "", "", [], lang="en")
    w = make_plot(chart)
    qtbot.addWidget(w)
    w.resize(800, 400)
    w.show()
    items = w.getPlotItem().listDataItems()
    assert len(items) == 1
    item = items[0]
    assert item.opts["autoDownsample"] and item.opts["clipToView"]
    assert item.opts["symbol"] is None                      # no per-point marker objects
    w.getPlotItem().vb.setXRange(1000, 2000)                # zoom in: still one item, a clipped view
    qtbot.wait(50)
    x, _ = item.getData()
    assert len(x) < 20_000
