"""A long series is thinned by time, not by index: each span of time keeps its lowest and highest
point at their own times, so years with few figures keep their width beside months with many."""
import numpy as np

from backan_desktop.core.downsample import min_max_by_time, time_positions


def uneven():
    """100 yearly figures (1900–1999), then 4,000 daily-ish ones crowded into 2000–2010."""
    x = np.r_[np.arange(1900, 2000) + 0.5, np.linspace(2000, 2010, 4000, endpoint=False)]
    y = np.r_[np.arange(100.0), 50 + 40 * np.sin(np.arange(4000) / 30)]
    return x, y


def test_each_span_of_time_keeps_its_extremes_at_their_own_times():
    x, y = uneven()
    xs, ys = min_max_by_time(x, y, buckets=500)
    assert len(xs) <= 1000 and np.all(np.diff(xs) >= 0)
    assert set(zip(xs, ys)) <= set(zip(x, y))                     # real points, at their real x
    # the sparse century keeps every one of its points (one per span), so it spans 100 of 110 years
    assert np.count_nonzero(xs < 2000) == 100
    span = lambda v: np.minimum(((v - x.min()) / (x.max() - x.min()) * 500).astype(int), 499)  # noqa: E731
    for b in np.unique(span(x)):
        got, inside = ys[span(xs) == b], y[span(x) == b]
        assert got.min() == inside.min() and got.max() == inside.max()


def test_an_index_thinning_would_squeeze_time():
    """What the test above guards against: every k-th point by index gives the crowded decade
    nearly all the points and the sparse century almost none."""
    x, y = uneven()
    k = len(x) // 1000
    assert np.count_nonzero(x[::k] < 2000) < 30


def test_a_gap_still_breaks_the_line_and_short_series_are_left_alone():
    x = np.arange(5000.0)
    y = np.ones(5000)
    y[2500:2600] = np.nan
    xs, ys = min_max_by_time(x, y, buckets=100)
    assert np.isnan(ys).sum() >= 1 and len(xs) < 400
    nan_at = xs[np.isnan(ys)]
    assert np.all((nan_at >= 2400) & (nan_at < 2650))
    short = np.arange(10.0)
    assert min_max_by_time(short, short, buckets=100)[0] is not None and len(min_max_by_time(short, short)[0]) == 10


def test_periods_sit_in_the_middle_of_their_time():
    assert time_positions(["2021", "2021-Q3", "2021"]).tolist() == [2021.5, 2021.625, 2021.5]
