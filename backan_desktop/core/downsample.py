"""A long time series thinned for drawing without losing its shape or its time spacing: per bucket
of time, its lowest and highest point, each at its own time. No Qt; any thread."""
from __future__ import annotations

import numpy as np

from .periods import parse_period


def time_positions(periods) -> np.ndarray:
    """The middle of each period in fractional years (2021 → 2021.5, 2021-Q3 → 2021.625), as the
    chart layout places them; each distinct period is read once."""
    at = {text: sum(parse_period(text).span()) / 2 for text in set(periods)}
    return np.fromiter((at[p] for p in periods), dtype=float, count=len(periods))


def min_max_by_time(x: np.ndarray, y: np.ndarray, buckets: int = 2_000) -> tuple[np.ndarray, np.ndarray]:
    """At most ``2 * buckets`` points of (``x``, ``y``): the range of ``x`` cut into ``buckets``
    equal spans of time, and of each span's finite points the lowest and the highest, in time
    order, at their own x. A span that holds a gap (a NaN) ends with a NaN so the line breaks
    there as it would unthinned. Short series come back as they are."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(x) <= 2 * buckets:
        return x, y
    order = np.argsort(x, kind="stable")
    x, y = x[order], y[order]
    span = (x[-1] - x[0]) or 1.0
    bucket = np.minimum(((x - x[0]) / span * buckets).astype(np.int64), buckets - 1)
    finite = np.isfinite(y)
    keep = np.flatnonzero(finite)
    # within each bucket, finite points by value: the first is its lowest, the last its highest
    by_value = keep[np.lexsort((y[keep], bucket[keep]))]
    starts = np.flatnonzero(np.r_[True, np.diff(bucket[by_value]) != 0])
    ends = np.r_[starts[1:], len(by_value)] - 1
    picked = np.unique(np.r_[by_value[starts], by_value[ends]])          # time order, one point when low == high
    gaps = np.unique(bucket[~finite])
    if not len(gaps):
        return x[picked], y[picked]
    # a NaN after the last point of each bucket that has a gap
    last = np.searchsorted(bucket[picked], gaps, side="right") - 1
    last = last[last >= 0]
    xs = np.insert(x[picked], last + 1, x[picked][last])
    ys = np.insert(y[picked], last + 1, np.nan)
    return xs, ys
