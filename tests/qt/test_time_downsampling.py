"""A window chart of more than 2,000 points keeps its time axis: x is time, not the point's index."""
import numpy as np

from backan_desktop.core.sheets import Chart
from backan_desktop.core.sheets.model import ChartSeries
from backan_desktop.qt.charts import BIG_SERIES, make_plot


def test_a_big_time_chart_is_drawn_at_time_positions(qtbot):
    periods = [str(y) for y in range(1900, 2000)] + [f"{2000 + m // 12}-{m % 12 + 1:02d}" for m in range(3000)]
    assert len(periods) > BIG_SERIES
    values = [float(i % 97) for i in range(len(periods))]
    chart = Chart("t", "line", periods, [ChartSeries("s", values, [], 0, [], [])], "", "", [], lang="en",
                  x_periods=periods)
    w = make_plot(chart)
    qtbot.addWidget(w)
    xs = w.series_items[0].xData
    assert 1900.4 < xs.min() < 1900.6 and 2249 < xs.max() < 2250     # years, not 0 … 3099
    # the century of yearly figures keeps its share of the axis: 100 of its 350 years
    assert np.count_nonzero(xs < 2000) == 100 and len(xs) <= 2 * 2_000
