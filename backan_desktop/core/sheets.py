"""Fact-sheet content as data: what a section page shows and what a printed sheet carries.

A :class:`Sheet` holds only formatted text and numbers — no layout. The Qt page widgets and the
PDF/print renderer both draw a Sheet, so the screen and the paper cannot tell different stories.
Built on any thread from a :class:`~backan_desktop.core.library.Library`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .formatting import format_change, format_number, format_quantity
from .library import Library, Observation, SeriesPoint
from .periods import format_iso_date
from .sections import SECTION_SPECS, ChartDef, KpiDef, SectionSpec, TableChartDef
from .texts import STATUS_MARK, status_label, t

SHEET_IDS = ("overview", "economy", "agriculture", "trade-promotion", "trade", "investment")


class UnknownSheet(KeyError):
    pass


@dataclass
class Kpi:
    label: str
    value: str                   # number with unit and qualifier, localised
    period: str
    status: str
    mark: str                    # status mark ("" when official)
    refs: list[int]
    change: str = ""
    change_note: str = ""
    note: str = ""               # vintage disagreement, source remarks
    indicator: str = ""
    raw_value: float = 0.0


@dataclass
class ChartSeries:
    name: str
    values: list[Optional[float]]
    statuses: list[str]
    decimals: int = 0                                  # most decimals of any point (axis)
    labels: list[str] = field(default_factory=list)   # formatted value per point, for tooltips/print
    point_decimals: list[int] = field(default_factory=list)


@dataclass
class Chart:
    title: str
    kind: str                    # "line", "bar" or "stacked"
    x_labels: list[str]
    series: list[ChartSeries]
    unit_label: str
    unit_id: str
    refs: list[int]
    note: str = ""
    lang: str = "vi"


@dataclass
class TableBlock:
    title: str
    columns: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    refs: list[int] = field(default_factory=list)
    note: str = ""
    source_column: Optional[int] = None


@dataclass
class SourceEntry:
    number: int
    id: str
    text: str
    url: str


@dataclass
class Sheet:
    id: str
    lang: str
    title: str
    province: str
    merger_note: str
    data_as_of: str
    intro: list[str]
    kpis: list[Kpi]
    charts: list[Chart]
    tables: list[TableBlock]
    footnotes: list[str]
    sources: list[SourceEntry]

    @property
    def main_source_url(self) -> str:
        return next((s.url for s in self.sources if s.url.startswith("http")), "")

    @property
    def is_empty(self) -> bool:
        return not (self.kpis or self.charts or self.tables)


class _Refs:
    """Numbers sources in order of first use on a sheet."""

    def __init__(self, lib: Library, lang: str):
        self.lib, self.lang = lib, lang
        self.order: dict[str, int] = {}

    def __call__(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order[source_id] = len(self.order) + 1
        return self.order[source_id]

    def entries(self) -> list[SourceEntry]:
        out = []
        for sid, n in self.order.items():
            s = self.lib.sources.get(sid)
            if s is None:
                out.append(SourceEntry(n, sid, sid, ""))
                continue
            date = format_iso_date(s.date, self.lang) if s.date else t("accessed_none", self.lang)
            text = f"{s.publisher_in(self.lang)}. {s.title}. {date}."
            out.append(SourceEntry(n, sid, text, s.url))
        return out


def _mark(o: Observation) -> str:
    return STATUS_MARK.get(o.status, "")


def _value_text(lib: Library, o: Observation, lang: str) -> str:
    return lib.format_observation(o, lang) + _mark(o)


def _vintage_note(lib: Library, p: SeriesPoint, lang: str, refs: _Refs) -> str:
    others = [o for o in p.others if o.value != p.chosen.value]
    if not others:
        return ""
    values = "; ".join(f"{_value_text(lib, o, lang)} [{refs(o.source)}]" for o in others)
    return t("other_vintage", lang, values=values)


def _pick_point(lib: Library, d: KpiDef) -> Optional[SeriesPoint]:
    if d.period:
        return lib.point(d.indicator, d.period, d.area, d.category)
    points = lib.series(d.indicator, d.area, d.category, kinds=d.kinds)
    points = [p for p in points if p.chosen.status != "target"] or points
    return points[-1] if points else None


def build_kpi(lib: Library, d: KpiDef, lang: str, refs: _Refs) -> Optional[Kpi]:
    p = _pick_point(lib, d)
    if p is None:
        return None
    o = p.chosen
    ind = lib.indicators.get(o.indicator)
    label = (d.label_vi if lang == "vi" else d.label_en) or (ind.title(lang) if ind else o.indicator)
    if o.category and not (d.label_vi or d.label_en):
        label = f"{label} — {lib.category_label(o.category, lang)}"
    kpi = Kpi(label=label, value=lib.format_observation(o, lang), period=o.period.label(lang), status=o.status,
              mark=_mark(o), refs=[refs(o.source)], indicator=o.indicator, raw_value=o.value)
    notes = [n for n in (_vintage_note(lib, p, lang, refs), o.note(lang) if d.show_note else "") if n]
    kpi.note = " ".join(notes)
    # change: a stated change in the data wins over one calculated from the series
    if d.change_indicator:
        c = lib.point(d.change_indicator, d.change_period or o.period.text, d.area, d.category)
        if c is not None:
            co = c.chosen
            base = d.change_base or ""
            kpi.change = (f"{format_change(co.value, lang, lib.unit(co.unit), co.decimals)}"
                          f"{' ' + t('vs', lang) + ' ' + base if base else ''}")
            if co.qualifier:
                from .formatting import QUALIFIER_WORDS
                kpi.change = f"{QUALIFIER_WORDS[lang][co.qualifier]} {kpi.change}"
            r = refs(co.source)
            if r not in kpi.refs:
                kpi.refs.append(r)
    elif d.computed_change:
        series = [q for q in lib.series(o.indicator, d.area, d.category, kinds={o.period.kind})
                  if q.chosen.status != "target" and q.period.sort_key() < o.period.sort_key()]
        if series:
            prev = series[-1].chosen
            if prev.unit == o.unit:
                delta = o.value - prev.value
                dec = max(o.decimals, prev.decimals)
                kpi.change = f"{format_change(delta, lang, lib.unit(o.unit), dec)} {t('vs', lang)} {prev.period.label(lang)}"
                kpi.change_note = t("computed_change", lang)
                r = refs(prev.source)
                if r not in kpi.refs:
                    kpi.refs.append(r)
    return kpi


def build_chart(lib: Library, d: ChartDef, lang: str, refs: _Refs) -> Optional[Chart]:
    cats = d.categories if d.categories is not None else [c for c in lib.categories_of(d.indicator, d.area) if c]
    ind = lib.indicators.get(d.indicator)
    unit_id = d.unit or (ind.unit if ind else "")
    # a chart has one unit: points written in another unit stay in the tables
    series_points = {c: [p for p in lib.series(d.indicator, d.area, c, kinds=d.kinds)
                         if (not unit_id or p.chosen.unit == unit_id)
                         and not (d.exclude_targets and p.chosen.status == "target")] for c in cats}
    series_points = {c: pts for c, pts in series_points.items() if pts}
    if not series_points:
        return None
    periods = {}
    for pts in series_points.values():
        for p in pts:
            periods[p.period.text] = p.period
    ordered = sorted(periods.values(), key=lambda p: p.sort_key())
    if d.min_points and len(ordered) < d.min_points:
        return None
    out_series, used, notes = [], [], []
    for c, pts in series_points.items():
        by = {p.period.text: p for p in pts}
        values, statuses, labels, pdec = [], [], [], []
        for per in ordered:
            p = by.get(per.text)
            if p is None:
                values.append(None); statuses.append(""); labels.append(""); pdec.append(0)
                continue
            values.append(p.chosen.value)
            pdec.append(p.chosen.decimals)
            statuses.append(p.chosen.status)
            labels.append(_value_text(lib, p.chosen, lang))
            r = refs(p.chosen.source)
            if r not in used:
                used.append(r)
            v = _vintage_note(lib, p, lang, refs)
            if v:
                notes.append(f"{per.label(lang)}{' (' + lib.category_label(c, lang) + ')' if c else ''}: {v}")
        dec = max((p.chosen.decimals for p in pts), default=0)
        name = lib.category_label(c, lang) if c else (ind.title(lang) if ind else d.indicator)
        out_series.append(ChartSeries(name, values, statuses, dec, labels, pdec))
    title = (d.title_vi if lang == "vi" else d.title_en) or (ind.title(lang) if ind else d.indicator)
    unit = lib.unit(unit_id)
    if any(s != "official" for s in out_series[0].statuses if s) or len(out_series) > 1 and any(
            st and st != "official" for s in out_series for st in s.statuses):
        notes.insert(0, t("status_legend", lang))
    return Chart(title=title, kind=d.kind, x_labels=[p.short_label(lang) for p in ordered], series=out_series,
                 unit_label=unit.label(lang), unit_id=unit_id, refs=sorted(used), note=" ".join(notes), lang=lang)


def build_table_chart(lib: Library, d: TableChartDef, lang: str, refs: _Refs) -> Optional[Chart]:
    """Bars of one numeric column of a table, one bar per row that has a value, each row's source cited."""
    ds = lib.datasets.get(d.resource)
    if ds is None:
        return None
    table = ds.table
    if d.value not in table.columns:
        return None
    label_col = d.label_vi if lang == "vi" else d.label_en
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
            r = refs(src)
            if r not in used:
                used.append(r)
    if not vals:
        return None
    unit = lib.unit(d.unit) if d.unit else None
    labels = [format_quantity(v, lang, unit, dc) for v, dc in zip(vals, pdec)]
    series = ChartSeries(d.title_vi if lang == "vi" else d.title_en, vals, ["official"] * len(vals),
                         max(pdec), labels, pdec)
    return Chart(d.title_vi if lang == "vi" else d.title_en, "bar", xs, [series], unit.label(lang) if unit else "",
                 d.unit, sorted(used), lang=lang)


def _short(label: str, n: int = 26) -> str:
    return label if len(label) <= n else label[: n - 1].rstrip() + "…"


def figures_table(lib: Library, indicators: list[str], lang: str, refs: _Refs, title: str = "") -> Optional[TableBlock]:
    """Every figure of the given indicators, every vintage, in catalogue order then chronologically."""
    rows = []
    order = {ind: i for i, ind in enumerate(indicators)}
    obs = [o for o in lib.observations if o.indicator in order]
    obs.sort(key=lambda o: (order[o.indicator], o.area, o.category != "", o.category, o.period.sort_key(), o.row))
    chosen_ids = {id(p.chosen) for (ind, area, cat) in {(o.indicator, o.area, o.category) for o in obs}
                  for p in lib.series(ind, area, cat)}
    multi = {}
    for o in obs:
        multi.setdefault((o.indicator, o.area, o.category, o.period.text), set()).add(o.value)
    for o in obs:
        ind = lib.indicators.get(o.indicator)
        name = ind.title(lang) if ind else o.indicator
        if o.area != "backan":
            name = f"{name} ({lib.area_name(o.area, lang)})"
        status = status_label(o.status, lang)
        if len(multi[(o.indicator, o.area, o.category, o.period.text)]) > 1:
            status += f" · {t('shown_vintage', lang) if id(o) in chosen_ids else t('vintage_row', lang)}"
        rows.append([name, lib.category_label(o.category, lang) if o.category else "", o.period.label(lang),
                     _value_text(lib, o, lang), status, f"[{refs(o.source)}]"])
    if not rows:
        return None
    cols = [t("indicator", lang), t("breakdown", lang), t("period", lang), t("value", lang), t("status", lang), t("ref", lang)]
    return TableBlock(title or t("figures", lang), cols, rows, [False, False, False, True, False, False],
                      note=t("status_legend", lang), source_column=5)


def resource_table(lib: Library, resource: str, lang: str, refs: _Refs, columns: list[tuple[str, str]] | None = None,
                   title: str = "", section: str = "") -> Optional[TableBlock]:
    """A non-series table of the package, in the sheet's language. ``columns``: (vi column, en column)
    pairs; a single name is shared by both languages."""
    ds = lib.datasets.get(resource)
    if ds is None:
        return None
    table = ds.table
    schema = table.schema
    names = table.field_names
    if columns is None:
        columns = [(n, n) for n in names if n not in ("id", "quote", "source")]
    rows = []
    dec = table.decimals
    for i, r in enumerate(table.rows()):
        if section and r.get("section") not in (None, section):
            continue
        row = []
        for vi_col, en_col in columns:
            col = vi_col if lang == "vi" else en_col
            v = r.get(col)
            spec = schema.field(col)
            if v is None:
                row.append("")
            elif spec is not None and spec.type == "number":
                row.append(format_number(v, lang, dec[col][i]))
            elif col in ("area", "parent"):
                row.append(lib.area_name(v, lang))
            elif col in ("capital_unit", "investment_unit", "unit"):
                row.append(lib.unit(v).label(lang))
            elif col in ("start", "end", "date"):
                row.append(format_iso_date(str(v), lang))
            else:
                row.append(str(v))
        if "source" in r and r["source"]:
            row.append(f"[{refs(r['source'])}]")
        rows.append(row)
    if not rows:
        return None
    headers = []
    for vi_col, en_col in columns:
        spec = schema.field(vi_col if lang == "vi" else en_col)
        headers.append(spec.label(lang) if spec else vi_col)
    numeric = [(schema.field(c[0]) is not None and schema.field(c[0]).type in ("number", "integer")) for c in columns]
    has_src = "source" in names
    if has_src:
        headers.append(t("ref", lang))
        numeric.append(False)
    return TableBlock(title or ds.title(lang), headers, rows, numeric,
                      source_column=len(headers) - 1 if has_src else None)


def _section_intro(lib: Library, spec: SectionSpec, lang: str) -> list[str]:
    out = []
    for pkg in lib.packages:
        if pkg.descriptor is None:
            continue
        extra = getattr(pkg.descriptor, "sections", None) or (pkg.descriptor.model_extra or {}).get("sections") or []
        for s in extra:
            if isinstance(s, dict) and s.get("id") == spec.id:
                text = s.get("description" if lang == "vi" else "description_en")
                if text:
                    out.append(text)
    return out


def build_sheet(lib: Library, sheet_id: str, lang: str = "vi", all_rows: bool = False) -> Sheet:
    """The content of one sheet (section id or ``dataset:<id>``) in one language. A dataset sheet
    lists at most SHEET_MAX_ROWS rows unless ``all_rows``."""
    if sheet_id.startswith("dataset:"):
        return build_dataset_sheet(lib, sheet_id.split(":", 1)[1], lang, None if all_rows else SHEET_MAX_ROWS)
    spec = SECTION_SPECS.get(sheet_id)
    if spec is None:
        raise UnknownSheet(sheet_id)
    refs = _Refs(lib, lang)
    kpis = [k for k in (build_kpi(lib, d, lang, refs) for d in spec.kpis) if k]
    charts = [c for c in (build_chart(lib, d, lang, refs) for d in spec.charts) if c]
    charts += [c for c in (build_table_chart(lib, d, lang, refs) for d in spec.table_charts) if c]
    tables = []
    for res, cols, section in spec.tables:
        tb = resource_table(lib, res, lang, refs, cols, section=section)
        if tb:
            tables.append(tb)
    if spec.all_figures:
        section_indicators = [i.id for i in lib.indicators_in(spec.figures_section or spec.id)]
        fig = figures_table(lib, section_indicators, lang, refs)
        if fig:
            tables.append(fig)
    footnotes = [k.note for k in kpis if k.note] + [c.note for c in charts if c.note]
    return Sheet(id=sheet_id, lang=lang, title=spec.title_vi if lang == "vi" else spec.title_en,
                 province=t("province", lang), merger_note=t("merger_note", lang),
                 data_as_of=format_iso_date(lib.data_as_of(), lang), intro=_section_intro(lib, spec, lang),
                 kpis=kpis, charts=charts, tables=tables, footnotes=footnotes, sources=refs.entries())


BIG_POINTS = 2_000            # above this a screen chart is one line of numpy values, without per-point labels
SHEET_MAX_ROWS = 5_000        # about 110 A4 pages; a bigger table is exported as CSV/XLSX instead


def build_dataset_sheet(lib: Library, dataset_id: str, lang: str, max_rows: Optional[int] = SHEET_MAX_ROWS) -> Sheet:
    ds = lib.datasets.get(dataset_id)
    if ds is None:
        raise UnknownSheet(f"dataset:{dataset_id}")
    refs = _Refs(lib, lang)
    table = ds.table
    names = table.field_names
    schema = table.schema
    total = len(table)
    shown = total if max_rows is None else min(total, max_rows)
    labels = lib.value_labels(dataset_id, lang)
    rows = []
    for i, r in enumerate(table.head_rows(shown)):
        row = []
        for n in names:
            v = r[n]
            spec = schema.field(n)
            if v is None:
                row.append("")
            elif spec.type == "number":
                row.append(format_number(v, lang, table.decimals[n][i]))
            elif spec.type == "integer" and n not in ("year",):
                row.append(format_number(v, lang, 0))
            elif spec.type == "boolean":
                row.append("✓" if v else "")
            else:
                row.append(labels.get(n, {}).get(v, str(v)))
        rows.append(row)
    if "source" in names:          # every source the table cites, listed rows or not
        for source in table.distinct("source"):
            if source in lib.sources:
                refs(source)
    numeric = [schema.field(n).type in ("number", "integer") for n in names]
    headers = [schema.field(n).label(lang) for n in names]
    note = t("rows", lang, n=format_number(total, lang, 0)) if shown == total else \
        t("rows_shown", lang, n=format_number(total, lang, 0), k=format_number(shown, lang, 0))
    block = TableBlock(ds.title(lang), headers, rows, numeric, note=note)
    intro = [ds.description(lang)] if ds.description(lang) else []
    if shown < total:
        intro.append(note)          # on the first page too: a reader must know the list is cut
    return Sheet(id=f"dataset:{dataset_id}", lang=lang, title=ds.title(lang), province=t("province", lang),
                 merger_note=t("merger_note", lang), data_as_of=format_iso_date(lib.data_as_of(), lang), intro=intro,
                 kpis=[], charts=[], tables=[block], footnotes=[], sources=refs.entries())


def sheet_file_name(sheet_id: str, lang: str) -> str:
    """``economy_vi.pdf``, ``dataset-projects_en.pdf`` — predictable names for handout sets."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in sheet_id.replace(":", "-"))
    return f"{stem}_{lang}.pdf"


def booklet_file_name(lang: str) -> str:
    return f"booklet_{lang}.pdf"


def sheet_ids(lib: Library) -> list[str]:
    return list(SHEET_IDS) + [f"dataset:{d}" for d in lib.datasets]


def _series_chart(lib: Library, ds, lang: str, row: Optional[int]) -> Optional[Chart]:
    """An imported tidy table: the series (indicator, area, breakdown) of the selected row over its periods."""
    from .periods import parse_period
    table = ds.table
    i = row if row is not None and 0 <= row < len(table) else 0
    frame = table._frame
    if frame is not None:
        # a big table: find the series' rows with pandas instead of walking a million rows
        import pandas as pd
        picked = frame["value"].notna().to_numpy()
        for name in ("indicator", "area", "category"):
            column = frame[name]
            v = column.iloc[i]
            picked = picked & (column.isna().to_numpy() if pd.isna(v) else (column == v).to_numpy())
        where = picked.nonzero()[0]
        sub = frame.iloc[where]
        c = {name: [None if pd.isna(v) else v for v in sub[name].tolist()]
             for name in ("indicator", "area", "category", "period", "value", "status", "unit")}
        decs = [table.decimals["value"][j] for j in where]
        key = (c["indicator"][0], c["area"][0], c["category"][0]) if len(where) else (None, None, None)
        unit_id = frame["unit"].iloc[i]
        unit_id = None if pd.isna(unit_id) else unit_id
    else:
        c = table.columns
        key = (c["indicator"][i], c["area"][i], c["category"][i])
        decs = table.decimals["value"]
        unit_id = c["unit"][i]
    points = []
    for j in range(len(c["value"])):
        if (c["indicator"][j], c["area"][j], c["category"][j]) != key or c["value"][j] is None:
            continue
        try:
            period = parse_period(c["period"][j] or "")
        except ValueError:
            continue
        points.append((period, c["value"][j], decs[j], c["status"][j] or "official"))
    if not points:
        return None
    points.sort(key=lambda p: p[0].sort_key())
    unit = lib.unit(unit_id or "")
    vals = [p[1] for p in points]
    decs = [p[2] for p in points]
    labels = [format_quantity(v, lang, unit, d) for v, d in zip(vals, decs)]
    name = " · ".join(x for x in key if x)
    series = ChartSeries(name, vals, [p[3] for p in points], max(decs), labels, decs)
    kind = "line" if all(p[0].kind == "year" for p in points) and len(points) > 2 else "bar"
    return Chart(name, kind, [p[0].short_label(lang) for p in points], [series], unit.label(lang), unit.id, [], lang=lang)


def dataset_chart(lib: Library, dataset_id: str, lang: str, row: Optional[int] = None) -> Optional[Chart]:
    """A chart of a dataset's series. Tidy observations: the series of the indicator in ``row``
    (default: the first row). Other tables: their first measure by their name column."""
    ds = lib.datasets.get(dataset_id)
    if ds is None or len(ds.table) == 0:
        return None
    table = ds.table
    names = table.field_names
    refs = _Refs(lib, lang)
    if ds.resource.role == "observations":
        i = row if row is not None and 0 <= row < len(table) else 0
        indicator = table.columns["indicator"][i]
        area = table.columns["area"][i]
        try:
            from .periods import parse_period
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
        d = ChartDef(indicator, "line" if kind == "year" else "bar", categories=cats, kinds=frozenset({kind}),
                     area=area, min_points=1, unit=unit)
        return build_chart(lib, d, lang, refs)
    if ds.resource.role == "series":
        return _series_chart(lib, ds, lang, row)
    schema = table.schema
    measures = [n for n in names if schema.field(n).type in ("number", "integer") and n not in ("year", "stars")]
    labels = next((n for n in names if n in ("name_vi", "name", "label_vi", "title_vi")), None)
    if lang == "en" and labels and labels.endswith("_vi") and labels[:-3] + "_en" in names:
        labels = labels[:-3] + "_en"
    if not measures or not labels:
        return None
    m = measures[0]
    spec = schema.field(m)
    decs = table.decimals.get(m, [])
    dec = max(decs, default=0)
    frame = table._frame
    if frame is not None:
        # a big table: numpy arrays and the label texts, no per-point formatting; a chart of
        # more than BIG_POINTS points is drawn as one downsampled line (see qt.charts)
        import numpy as np
        values = frame[m].to_numpy(dtype=float, na_value=np.nan)
        present = ~np.isnan(values)
        vals = values[present]
        xs = [str(x)[:28] for x in frame[labels].to_numpy(dtype=object)[present]]
    else:
        xs, vals = [], []
        for x, v in zip(table.columns[labels], table.columns[m]):
            if v is not None:
                xs.append(str(x)[:28])
                vals.append(float(v))
    if not len(vals):
        return None
    big = len(vals) > BIG_POINTS
    series = ChartSeries(spec.label(lang), vals, [] if big else ["official"] * len(vals), dec,
                         [] if big else [format_number(v, lang, dec) for v in vals])
    return Chart(spec.label(lang), "line" if big else "bar", xs, [series], "", "", [], lang=lang)
