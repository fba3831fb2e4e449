"""Charts of a section: a series over time (or by breakdown), and bars of a table's column."""
from __future__ import annotations

from typing import Optional

from ..formatting import Formatter, UnitFormat, format_number, format_quantity
from ..library import Observation, SeriesPoint
from ..sections import SECTORS, ChartDef, TableChartDef
from ..texts import in_lang, t
from ..vocab import STATUS_MARK
from .model import Chart, ChartContent, ChartSeries
from .sources import vintage_note


MIN_CHART_POINTS = 2          # a lone figure is no chart: it stays a KPI tile or a table row
_KIND_ORDER = ("year", "range", "half", "quarter", "months", "month", "date")


def _kind_name(kind: str, lang: str) -> str:
    """Legend name of a series of one kind of period ("Half-year figures")."""
    if kind.startswith("months:"):
        return t("kind_months", lang, n=kind.split(":", 1)[1])
    return t(f"kind_{kind}", lang)


def _series_kinds(periods) -> list[str]:
    """The kinds of period among ``periods``, the most frequent first (it gets the first colour),
    then longer periods first."""
    counts: dict[str, int] = {}
    for per in periods:
        counts[per.series_kind] = counts.get(per.series_kind, 0) + 1

    def rank(kind: str) -> tuple:
        base, _, n = kind.partition(":")
        return (-counts[kind], _KIND_ORDER.index(base), -int(n or 0))
    return sorted(counts, key=rank)


def build_chart(f: Formatter, d: ChartDef) -> Optional[ChartContent]:
    """The chart ``d`` of the section spec, or None when there is nothing worth drawing (no data, or
    fewer than two periods). Periods go on a time axis (``Chart.x_periods``); when one breakdown
    mixes kinds of period (whole years and first halves), each kind is its own series, because a
    half-year figure is no point of the annual series. ``d.by_category`` puts the breakdowns on x."""
    lib, lang = f.lib, f.lang
    view = lib.view(d.indicator)
    cats = d.categories if d.categories is not None else [c for c in lib.categories_of(d.indicator, d.area) if c]
    ind = lib.indicators.get(d.indicator)
    unit_id = d.unit or (ind.unit if ind else "")
    # a chart has one unit: points written in another unit stay in the tables
    series_points = {c: [p for p in view.points(d.area, c, d.kinds) if (not unit_id or p.chosen.unit == unit_id)
                         and not (d.exclude_targets and p.chosen.status == "target")] for c in cats}
    series_points = {c: pts for c, pts in series_points.items() if pts}
    if not series_points:
        return None
    periods = {}
    for pts in series_points.values():
        for p in pts:
            periods[p.period.text] = p.period
    ordered = sorted(periods.values(), key=lambda p: p.sort_key())
    used, uses, notes = [], [], []
    cat_label = {c: f.category(c) if c else f.name(d.indicator) for c in series_points}

    def make_series(name: str, points: list[Optional[SeriesPoint]], where: list[str], key: str) -> ChartSeries:
        for p, place in zip(points, where):
            if p is not None:
                used.append(p.chosen.source)
                v, cited = vintage_note(f, p)
                uses.extend([p.chosen.source] + cited)
                if v:
                    notes.append(f"{place}: {v}.")         # a sentence each: "… [5]. 2021: …"
        return figure_series(f, name, [p.chosen if p else None for p in points], key)

    out_series = []
    if d.by_category:
        xs = list(series_points)
        if len(xs) < max(MIN_CHART_POINTS, d.min_points):
            return None
        by = {c: {p.period.text: p for p in pts} for c, pts in series_points.items()}
        for per in ordered:
            where = [f"{per.label(lang)} ({cat_label[c]})" for c in xs]
            out_series.append(make_series(per.label(lang), [by[c].get(per.text) for c in xs], where, f"period:{per.text}"))
        x_labels, x_periods = [cat_label[c] for c in xs], None
    else:
        if len(ordered) < max(MIN_CHART_POINTS, d.min_points):
            return None
        kinds = _series_kinds(ordered)
        split = len(kinds) > 1 and d.kind != "stacked"
        for c, pts in series_points.items():
            by = {p.period.text: p for p in pts}
            where = [f"{per.label(lang)}{' (' + cat_label[c] + ')' if c else ''}" for per in ordered]
            # figures measured another way (a series break) are their own line, never joined to these
            ways = list(dict.fromkeys(p.chosen.series for p in pts)) if d.kind == "line" else [None]
            for kind in (kinds if split else [None]):
                for way in ways:
                    chosen = [by.get(per.text) if kind is None or per.series_kind == kind else None for per in ordered]
                    chosen = [p if p is None or way is None or p.chosen.series == way else None for p in chosen]
                    if not any(chosen):
                        continue
                    name = cat_label[c]
                    key = _category_key(c) if c else f"kind:{kind or kinds[0]}"
                    if kind is not None:
                        name = _kind_name(kind, lang) if len(series_points) == 1 else f"{name} — {_kind_name(kind, lang)}"
                        key = f"kind:{kind}" if len(series_points) == 1 else key
                    if way and len(ways) > 1:
                        name, key = f"{name} ({f.category(way)})", f"series:{way}"
                    out_series.append(make_series(name, chosen, where, key))
        x_labels, x_periods = [p.short_label(lang) for p in ordered], [p.text for p in ordered]
    title = in_lang((d.title_vi, d.title_en), lang) or f.name(d.indicator)
    unit = f.unit(unit_id)
    if any(st and st != "official" for s in out_series for st in s.statuses):
        notes.insert(0, f.t("status_legend"))
    if len({p.chosen.series for pts in series_points.values() for p in pts}) > 1:
        notes.insert(0, f.t("series_break"))
    chart = Chart(title=title, kind=d.kind, x_labels=x_labels, series=out_series, unit_label=unit.label(lang),
                  unit_id=unit_id, refs=[], note=" ".join(notes), lang=lang, x_periods=x_periods, indicator=d.indicator)
    chart.takeaway = takeaway(chart, unit, unit.is_percent or unit_id == "times")
    if d.kind == "stacked" and unit.is_percent:
        chart.caption = _short_of_whole(f, chart, series_points, unit)
    return ChartContent(chart, list(dict.fromkeys(used)), uses)


def figure_series(f: Formatter, name: str, shown: list[Optional[Observation]], key: str) -> ChartSeries:
    """A series of the figures ``shown`` at each x (None where there is none), each labelled as printed."""
    return ChartSeries(name, [o.value if o else None for o in shown], [o.status if o else "" for o in shown],
                       max((o.decimals for o in shown if o), default=0), [f.figure(o) if o else "" for o in shown],
                       [o.decimals if o else 0 for o in shown], key=key)


def _short_of_whole(f: Formatter, chart: Chart, series_points: dict, unit: UnitFormat) -> str:
    """A stacked bar of shares that stops well short of 100 % looks like an error: say under the
    chart which bars do, by how much, and why when their series says (its name, e.g. "excluding
    product taxes"). The rest is not drawn: no source gives it."""
    totals = [sum(s.values[i] or 0 for s in chart.series) for i in range(len(chart.x_labels))]
    short = [i for i, total in enumerate(totals) if 0 < total < 99]
    if not short:
        return ""
    periods = {chart.x_periods[i] for i in short} if chart.x_periods else set()
    ways = {p.chosen.series for pts in series_points.values() for p in pts if p.period.text in periods}
    low, high = min(totals[i] for i in short), max(totals[i] for i in short)
    total = f.quantity(high, unit, 1)
    if round(low, 1) != round(high, 1):
        total = f"{f.number(low, 1)}–{total}"
    span = chart.x_labels[short[0]] + (f"–{chart.x_labels[short[-1]]}" if len(short) > 1 else "")
    why = f.category(ways.pop()) if len(ways) == 1 and None not in ways and "" not in ways else ""
    return f.t("parts_short", periods=span, total=total, whole=f.quantity(100, unit, 0),
               why=f" ({why[:1].lower()}{why[1:]})" if why else "")


def build_table_chart(f: Formatter, d: TableChartDef) -> Optional[ChartContent]:
    """Bars of one numeric column of a table, one bar per row that has a value, each row's source cited."""
    ds = f.lib.datasets.get(d.resource)
    if ds is None:
        return None
    table = ds.table
    if d.value not in table.columns:
        return None
    label_col = in_lang((d.label_vi, d.label_en), f.lang)
    decs = table.decimals.get(d.value)
    xs, vals, pdec, used = [], [], [], []
    for i, (label, v) in enumerate(zip(table.columns[label_col], table.columns[d.value])):
        if v is None:
            continue
        xs.append(_short(str(label)))
        vals.append(float(v))
        pdec.append(decs[i] if decs else 0)
        src = table.columns.get("source", [None] * len(table))[i]
        if src:
            used.append(src)
    if len(vals) < MIN_CHART_POINTS:
        return None
    unit = f.unit(d.unit) if d.unit else None
    labels = [f.quantity(v, unit, dc) for v, dc in zip(vals, pdec)]
    title = in_lang((d.title_vi, d.title_en), f.lang)
    series = ChartSeries(title, vals, ["official"] * len(vals), max(pdec), labels, pdec, key=f"column:{d.value}")
    chart = Chart(title, "bar", xs, [series], unit.label(f.lang) if unit else f.t("unit_unknown"), d.unit, [],
                  lang=f.lang)
    chart.takeaway = takeaway(chart, unit, True, names=[str(x) for x, v in zip(table.columns[label_col], table.columns[d.value])
                                                        if v is not None])
    return ChartContent(chart, list(dict.fromkeys(used)), list(used))


def _category_key(category: str) -> str:
    return f"sector:{category}" if category in SECTORS else f"category:{category}"


def _drawn(s: ChartSeries) -> list[int]:
    """Indexes of the figures of ``s`` a takeaway may quote: drawn, and not a plan target."""
    return [i for i, v in enumerate(s.values) if v is not None and s.statuses[i] != "target"]


def takeaway(chart: Chart, unit: Optional[UnitFormat], no_ratio: bool = False, names: Optional[list[str]] = None) -> str:
    """One line saying what ``chart`` shows, from its own figures, in its language: from the first
    to the last figure of a time series (and how many times the first the last is, unless
    ``no_ratio``: percentages, ratios), the largest part of the latest stacked bar, or the largest
    bar of a chart of categories (``names``: the bars' full names). Figures are written with their
    unit and status mark; a figure printed with more decimals than its size needs is rounded ("USD 1.03
    million", not "1.025"). "" when there is nothing to say."""
    lang = chart.lang
    series = [s for s in chart.series if len(_drawn(s)) >= 1]
    if not series:
        return ""
    def text(s: ChartSeries, i: int) -> str:
        v = s.values[i]
        need = 0 if abs(v) >= 100 else 1 if abs(v) >= 10 else 2
        if i < len(s.point_decimals) and s.point_decimals[i] <= need and i < len(s.labels) and s.labels[i]:
            return s.labels[i]                    # as its source printed it, qualifier and mark included
        return format_quantity(v, lang, unit, min(need, s.decimals)) + STATUS_MARK.get(s.statuses[i], "")
    if chart.kind == "stacked":
        last = max(i for s in series for i in _drawn(s))
        top = max((s for s in series if last in _drawn(s)), key=lambda s: s.values[last])
        return t("take_largest_in", lang, name=top.name, value=text(top, last), period=chart.x_labels[last])
    if chart.x_periods is None or any(s.key.startswith("period:") for s in series):
        best = max(((s, i) for s in series for i in _drawn(s)), key=lambda si: si[0].values[si[1]])
        s, i = best
        where = (names or chart.x_labels)[i] + (f", {s.name}" if len(series) > 1 else "")
        return t("take_largest", lang, name=where, value=text(s, i))
    s = max(series, key=lambda s: len(_drawn(s)))       # the longest run of figures
    idx = _drawn(s)
    if len(idx) < 2:
        return ""
    a, b = idx[0], idx[-1]
    line = t("take_change", lang, first=text(s, a), last=text(s, b), p0=chart.x_labels[a], p1=chart.x_labels[b])
    v0, v1 = s.values[a], s.values[b]
    if not no_ratio and v0 > 0 and v1 / v0 >= 1.1:
        line += " " + t("take_times", lang, r=format_number(v1 / v0, lang, 1))
    if len(series) > 1:
        line = f"{s.name}: {line[0].lower()}{line[1:]}"
    return line


def _short(label: str, n: int = 26) -> str:
    return label if len(label) <= n else label[: n - 1].rstrip() + "…"

