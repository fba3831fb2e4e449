"""One colour per meaning, for every chart of the window, fair mode and paper.

A chart series says what it is with a key (``ChartSeries.key``): a sector (``sector:services``), a
kind of period (``kind:year``, ``kind:half``), a span of years a figure covers (``period:2016-2020``),
a breakdown (``category:five_star``) or a table column (``column:area_ha``). The key, never the
series' place in its chart, picks the colour, so "whole-year figures" are the same blue in every
chart and the three sectors are never the colours of three periods.

A figure's status is shown by how a mark is drawn, not by its colour (:data:`STATUS_STYLE`):
official figures solid, estimates, preliminary and unverified figures hatched, plan targets as an
outline only, with a key in the legend. Pure data, no Qt.
"""
from __future__ import annotations

import zlib

from .vocab import STATUSES

# meanings that recur across charts; each colour belongs to one meaning only
MEANINGS: dict[str, str] = {
    "kind:year": "#1f5f8b",              # whole-year figures, and a single series of totals
    "kind:half": "#e07b39",
    "kind:quarter": "#8e5ea2",
    "kind:months": "#2a9d8f",
    "kind:month": "#5aa5c8",
    "kind:date": "#7a5c3e",
    "kind:range": "#2d2d2d",             # a figure over a span of years, among yearly ones
    "sector:agriculture": "#3f9d5a",
    "sector:industry_construction": "#c9a227",
    "sector:services": "#b5485d",
    "category:five_star": "#6b3e8e",
    "category:four_star": "#9b72bd",
    "category:three_star": "#c8b2dc",
}
# spans of years (averages over a plan period) are shades of one grey, older lighter
PERIOD_SHADES = ["#c3c9d0", "#98a2ad", "#6c7884", "#434e59"]
# anything else (a table's column, a breakdown no chart shares): a colour no meaning above uses
SPARE = ["#355c7d", "#99621e", "#4f7942", "#8c4f6e", "#5c6f91"]

# how a status is drawn: "solid" fill, "hatched" (lighter fill and diagonal lines), "outline" (no fill)
STATUS_STYLE: dict[str, str] = {s: ("solid" if s == "official" else "outline" if s == "target" else "hatched")
                                for s in STATUSES}


def colour(key: str, periods: tuple[str, ...] = ()) -> str:
    """The colour (``#rrggbb``) of the meaning ``key``. ``periods``: the spans of years a chart
    shows, oldest first, so that ``period:`` keys get their shade by age."""
    if key in MEANINGS:
        return MEANINGS[key]
    if key.startswith("kind:months"):
        return MEANINGS["kind:months"]
    if key.startswith("period:"):
        order = sorted(periods or (key,))
        i = order.index(key) if key in order else 0
        shades = PERIOD_SHADES[-len(order):] if len(order) <= len(PERIOD_SHADES) else PERIOD_SHADES
        return shades[min(i, len(shades) - 1)]
    return SPARE[zlib.crc32(key.encode("utf-8")) % len(SPARE)]


def chart_colours(chart) -> list[str]:
    """The colour of each series of ``chart`` (a :class:`~backan_desktop.core.sheets.Chart`)."""
    periods = tuple(sorted(s.key for s in chart.series if s.key.startswith("period:")))
    return [colour(s.key, periods) for s in chart.series]


def status_style(status: str) -> str:
    """``solid``, ``hatched`` or ``outline`` for a figure of ``status`` ("" counts as official)."""
    return STATUS_STYLE.get(status or "official", "hatched")


def chart_styles(chart) -> list[str]:
    """The status styles a chart draws, in the order the legend keys them (solid first)."""
    used = {status_style(st) for s in chart.series for st, v in zip(s.statuses, s.values) if v is not None}
    return [st for st in ("solid", "hatched", "outline") if st in used]
