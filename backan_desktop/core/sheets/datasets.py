"""Dataset sheets (a table as a listing) and dataset charts (the Datasets page's chart)."""
from __future__ import annotations

from typing import Optional

from ..formatting import Formatter, format_number, format_quantity
from ..library import Library
from ..periods import format_iso_date, parse_period
from ..sections import ChartDef
from ..texts import status_label, t
from ..vocab import LANGS, STATUSES
from .charts import MIN_CHART_POINTS, _kind_name, _series_kinds, build_chart
from .model import ALL, Chart, ChartSeries, DatasetContent, Sheet, SheetPlan, TableBlock, UnknownSheet
from .sources import SourceNumbers, cite, make_sheet, place_chart, source_texts


BIG_POINTS = 2_000            # above this a screen chart is one line of numpy values, without per-point labels
SHEET_MAX_ROWS = 5_000        # about 110 A4 pages; a bigger table is exported as CSV/XLSX instead


def dataset_content(lib: Library, dataset_id: str, lang: str, max_rows: Optional[int] = SHEET_MAX_ROWS) -> DatasetContent:
    """A dataset's listing in ``lang``, read once: its first ``max_rows`` rows (all when None),
    every column formatted, the source column citing its sources."""
    ds = lib.datasets.get(dataset_id)
    if ds is None:
        raise UnknownSheet(f"dataset:{dataset_id}")
    table = ds.table
    names = table.field_names
    schema = table.schema
    total = len(table)
    shown = total if max_rows is None else min(total, max_rows)
    labels = lib.value_labels(dataset_id, lang)
    rows, row_uses = [], []
    for i, r in enumerate(table.head_rows(shown)):
        row, uses = [], []
        for n in names:
            v = r[n]
            spec = schema.field(n)
            if v is None:
                row.append("")
            elif n == "source" and v in lib.sources:
                row.append(cite(v))
                uses.append(v)
            elif spec.type == "number":
                row.append(format_number(v, lang, table.decimals[n][i]))
            elif spec.type == "integer" and n not in ("year",):
                row.append(format_number(v, lang, 0))
            elif spec.type == "boolean":
                row.append("✓" if v else "")
            else:
                row.append(labels.get(n, {}).get(v, str(v)))
        rows.append(row)
        row_uses.append(uses)
    numeric = [schema.field(n).type in ("number", "integer") for n in names]
    headers = [schema.field(n).label(lang) for n in names]
    description, as_of = ds.description(lang), lib.data_as_of()
    imported = (ds.package.descriptor.model_extra or {}).get("imported_from")
    if isinstance(imported, dict):
        description, as_of = _imported_origin(ds, imported, lang), ds.package.descriptor.data_as_of or ""
    return DatasetContent(f"dataset:{dataset_id}", lang, ds.title(lang), description,
                          format_iso_date(as_of, lang) if as_of else "", names, headers, numeric, rows, row_uses, total,
                          max_rows is None, source_texts(lib, lang, [s for u in row_uses for s in u]))


def _imported_origin(ds, imported: dict, lang: str) -> str:
    """What a user's imported dataset is: the file and the day it was imported, the source and
    status the user gave (or that the file's rows carry) — never the app's public sources."""
    desc = ds.package.descriptor
    day = imported.get("imported") or desc.created or ""
    lines = [t("imported_origin", lang, file=imported.get("file") or desc.name,
               date=format_iso_date(day, lang) if day else "–")]
    given = [" · ".join(x for x in (s.title, s.path) if x) for s in desc.sources]
    if any(given):
        lines.append(t("imported_source", lang, source="; ".join(g for g in given if g)))
    if "status" in ds.field_names:
        frame = ds.table.frame()
        statuses = [s for s in STATUSES if s in set(frame["status"].dropna().astype(str).unique())]
        if statuses:
            lines.append(t("imported_status", lang, status=", ".join(status_label(s, lang) for s in statuses)))
    return " ".join(lines)


def build_dataset_sheet(lib: Library, dataset_id: str, lang: str, max_rows: Optional[int] = SHEET_MAX_ROWS,
                        plan: Optional[SheetPlan] = None, refs: Optional[SourceNumbers] = None) -> Sheet:
    """A dataset as a listing: its first ``max_rows`` rows (all when None); see :func:`place_dataset`."""
    return place_dataset(dataset_content(lib, dataset_id, lang, max_rows), plan, refs)


def place_dataset(c: DatasetContent, plan: Optional[SheetPlan] = None, refs: Optional[SourceNumbers] = None) -> Sheet:
    """The listing sheet. With a ``plan`` the printed front: ``plan.tables[0]`` rows (ALL: every
    row of the content) of the front's columns, citing only the sources of the listed rows.
    Without, every row and column of the content. ``refs`` continues another sheet's source
    numbers (an appendix)."""
    lang = c.lang
    refs = refs if refs is not None else SourceNumbers()
    refs.texts.update(c.sources)
    start = len(refs.order)
    total = c.total
    shown = len(c.rows)
    if plan is not None and plan.tables and plan.tables[0] != ALL:
        shown = min(shown, plan.tables[0])
    names = front_columns(c.names, lang) if plan is not None else c.names
    at = [c.names.index(n) for n in names]
    cites = "source" in names
    rows = [refs.place_row([row[i] for i in at], uses if cites else []) for row, uses in zip(c.rows[:shown], c.row_uses)]
    n_text, k_text = format_number(total, lang, 0), format_number(shown, lang, 0)
    intro = [c.description] if c.description else []
    if shown == total:
        note = t("rows", lang, n=n_text)
    elif plan is not None:
        note = t("rows_front", lang, n=n_text, k=k_text)
    else:
        note = t("rows_shown", lang, n=n_text, k=k_text)
    if shown < total:
        intro.append(note)          # on the first page: a reader must know the list is cut
        if plan is not None:
            note = ""               # a two-page front says it once
    left_out = [h for n, h in zip(c.names, c.headers) if n not in names]
    if left_out:
        intro.append(t("columns_appendix", lang, columns=", ".join(left_out)))
    block = TableBlock(c.title, [c.headers[i] for i in at], rows, [c.numeric[i] for i in at], note=note, key=c.id,
                       source_column=names.index("source") if cites else None, total=total if shown < total else None)
    return make_sheet(c.id, lang, c.data_as_of, c.title, refs, intro=intro, tables=[block], plan=plan,
                      all_rows=c.all_rows, sources_after=start, content=c)


FRONT_MAX_COLUMNS = 8       # a wider listing leaves quotes and the other language's columns to the appendix


def front_columns(names: list[str], lang: str) -> list[str]:
    """The columns a dataset's two-page front lists: all of a narrow table; of a wide one, not the
    quotes nor the other language's twin of a column (``name_en`` on a Vietnamese sheet)."""
    if len(names) <= FRONT_MAX_COLUMNS:
        return list(names)
    others = tuple(f"_{other}" for other in LANGS if other != lang)
    return [n for n in names if n != "quote" and not (n.endswith(others) and n[:-3] + f"_{lang}" in names)]



def _series_chart(lib: Library, ds, lang: str, row: Optional[int]) -> Optional[Chart]:
    """An imported tidy table: the series (indicator, area, breakdown) of the selected row over its periods."""
    import pandas as pd

    table = ds.table
    frame = table.frame()
    i = row if row is not None and 0 <= row < len(table) else 0
    # the series' rows found with pandas: a big table has a million, never walked one by one
    picked = frame["value"].notna().to_numpy()
    for name in ("indicator", "area", "category"):
        column, v = frame[name], frame[name].iloc[i]
        picked = picked & (column.isna() if pd.isna(v) else (column == v).fillna(False)).to_numpy(dtype=bool)
    where = picked.nonzero()[0]
    sub = frame.iloc[where]
    c = {name: [None if pd.isna(v) else v for v in sub[name].tolist()]
         for name in ("indicator", "area", "category", "period", "value", "status")}
    key = (c["indicator"][0], c["area"][0], c["category"][0]) if len(where) else ()
    unit_id = frame["unit"].iloc[i]
    points = []
    for j, k in enumerate(where):
        try:
            period = parse_period(c["period"][j] or "")
        except ValueError:
            continue
        points.append((period, c["value"][j], table.decimals["value"][k], c["status"][j] or "not_stated"))
    if len({p[0].text for p in points}) < MIN_CHART_POINTS:
        return None
    points.sort(key=lambda p: p[0].sort_key())
    unit = lib.unit("" if pd.isna(unit_id) else unit_id)
    name = " · ".join(x for x in key if x)
    # one x per period; one series per kind of period when kinds are mixed (see build_chart)
    ordered = list(dict.fromkeys(p[0] for p in points))
    at = {per.text: k for k, per in enumerate(ordered)}
    kinds = _series_kinds(ordered)
    out = []
    for kind in kinds:
        vals, decs, stats = [None] * len(ordered), [0] * len(ordered), [""] * len(ordered)
        for period, v, dec, status in points:
            if period.series_kind == kind:
                k = at[period.text]
                vals[k], decs[k], stats[k] = v, dec, status
        labels = ["" if v is None else format_quantity(v, lang, unit, d) for v, d in zip(vals, decs)]
        out.append(ChartSeries(_kind_name(kind, lang) if len(kinds) > 1 else name, vals, stats, max(decs), labels, decs))
    kind = "line" if kinds == ["year"] and len(ordered) > 2 else "bar"
    return Chart(name, kind, [per.short_label(lang) for per in ordered], out, unit.label(lang) or t("unit_unknown", lang),
                 unit.id, [], lang=lang, x_periods=[per.text for per in ordered])


def dataset_chart(lib: Library, dataset_id: str, lang: str, row: Optional[int] = None) -> Optional[Chart]:
    """A chart of a dataset's series. Tidy observations: the series of the indicator in ``row``
    (default: the first row). Other tables: their first measure by their name column."""
    ds = lib.datasets.get(dataset_id)
    if ds is None or len(ds.table) == 0:
        return None
    table = ds.table
    names = table.field_names
    if ds.resource.role == "observations":
        i = row if row is not None and 0 <= row < len(table) else 0
        indicator = table.columns["indicator"][i]
        area = table.columns["area"][i]
        try:
            kind = parse_period(table.columns["period"][i]).kind
        except ValueError:
            kind = "year"
        category = table.columns["category"][i] or ""
        unit = table.columns["unit"][i]
        if category:
            cats = tuple(c for c in lib.categories_of(indicator, area)
                         if c and any(p.chosen.unit == unit for p in lib.series(indicator, area, c)))
        else:
            cats = ("",)
        # a breakdown over ranges of years (2004–2018, 2016–2020) compares breakdowns, not times
        d = ChartDef(indicator, "line" if kind == "year" else "bar", categories=cats, kinds=frozenset({kind}),
                     area=area, unit=unit, by_category=kind == "range" and len(cats) > 1)
        chart = build_chart(Formatter(lib, lang), d)
        return place_chart(chart, SourceNumbers()) if chart else None
    if ds.resource.role == "series":
        return _series_chart(lib, ds, lang, row)
    schema = table.schema
    measures = [n for n in names if schema.field(n).type in ("number", "integer") and n not in ("year", "stars")]
    labels = next((n for n in names if n in ("name_vi", "name", "label_vi", "title_vi")), None)
    if labels and labels.endswith("_vi") and labels[:-3] + f"_{lang}" in names:
        labels = labels[:-3] + f"_{lang}"        # the sheet's language when the table has it
    if not measures or not labels:
        return None
    # numpy arrays and the label texts, no per-point formatting for a big table; a chart of more
    # than BIG_POINTS points is drawn as one downsampled line (see qt.charts)
    import numpy as np

    frame = table.frame()
    # the first measure with at least two figures (a lone figure is no chart)
    m = next((n for n in measures if frame[n].notna().sum() >= MIN_CHART_POINTS), None)
    if m is None:
        return None
    spec = schema.field(m)
    decs = table.decimals.get(m, [])
    dec = max(decs, default=0)
    unit_col = f"{m}_unit" if f"{m}_unit" in names else None      # e.g. capital + capital_unit
    values = frame[m].to_numpy(dtype=float, na_value=np.nan)
    present = ~np.isnan(values)
    units = frame[unit_col].astype(object).where(frame[unit_col].notna(), None).to_numpy() if unit_col else None
    axis, note = spec.label(lang), ""
    if units is not None and present.any():
        # one axis, one unit: the most common unit of the column; rows in others stay in the table
        counts: dict = {}
        for u in units[present]:
            counts[u] = counts.get(u, 0) + 1
        unit_id = max(counts, key=lambda u: (counts[u], u is not None))
        others = sorted(lib.unit(str(u)).label(lang) for u in counts if u != unit_id and u is not None)
        present = present & (units == unit_id)
        if unit_id is not None:
            axis = f"{axis} ({lib.unit(str(unit_id)).label(lang)})"
        if others:
            note = t("other_units", lang, units=", ".join(others))
    vals = values[present]
    xs = [str(x)[:28] for x in frame[labels].astype(object).where(frame[labels].notna(), None).to_numpy()[present]]
    if len(vals) < MIN_CHART_POINTS:
        return None
    big = len(vals) > BIG_POINTS
    if not big:
        vals = [float(v) for v in vals]
        row_decs = [d for d, keep in zip(decs, present) if keep] if len(decs) == len(present) else [dec] * len(vals)
    series = ChartSeries(spec.label(lang), vals, [] if big else ["official"] * len(vals), dec,
                         [] if big else [format_number(v, lang, d) for v, d in zip(vals, row_decs)],
                         [] if big else row_decs)
    return Chart(spec.label(lang), "line" if big else "bar", xs, [series], axis, "", [], note=note, lang=lang)
