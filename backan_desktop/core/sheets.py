"""Fact-sheet content as data: what a section page shows and what a printed sheet carries.

A :class:`Sheet` holds only formatted text and numbers — no layout. The Qt page widgets and the
PDF/print renderer both draw a Sheet, so the screen and the paper cannot tell different stories.
Built on any thread from a :class:`~backan_desktop.core.library.Library`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from .formatting import format_change, format_number, format_quantity
from .library import Library, Observation, SeriesPoint
from .periods import format_iso_date
from .sections import SECTION_SPECS, ChartDef, KpiDef, SectionSpec, TableChartDef
from .texts import status_label, t
from .vocab import SECTIONS, STATUS_MARK

SHEET_IDS = SECTIONS          # one sheet per section


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
    # time charts: the period of each x ("2021", "2021-H1", "2016-2020"), placed in proportion to
    # time by core.chart_layout; None: x_labels are categories, evenly spaced
    x_periods: Optional[list[str]] = None


@dataclass
class TableBlock:
    title: str
    columns: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    refs: list[int] = field(default_factory=list)
    note: str = ""
    source_column: Optional[int] = None
    key: str = ""                # what the table is: a resource name, "key_figures" or "figures"
    total: Optional[int] = None  # rows the whole table has, when this block lists fewer


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
    # None: the screen sheet with every block; else a printed front built by :func:`fit_sheet`
    plan: Optional["SheetPlan"] = None
    appendix: bool = False        # the appendix (every figure, every vintage) printed after fronts
    all_rows: bool = False        # a dataset appendix lists every row, not the first SHEET_MAX_ROWS
    library: Optional[Library] = field(default=None, repr=False, compare=False)   # to build the paper version

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

    def continue_from(self, sources: list[SourceEntry]) -> "_Refs":
        """Keep the numbers of a printed front, so an appendix after it numbers on."""
        for s in sorted(sources, key=lambda s: s.number):
            self.order[s.id] = s.number
        return self

    def entries(self, after: int = 0) -> list[SourceEntry]:
        """The numbered sources, only those numbered above ``after`` (what an appendix adds)."""
        out = []
        for sid, n in self.order.items():
            if n <= after:
                continue
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


def build_chart(lib: Library, d: ChartDef, lang: str, refs: _Refs) -> Optional[Chart]:
    """The chart ``d`` of the section spec, or None when there is nothing worth drawing (no data, or
    fewer than two periods). Periods go on a time axis (``Chart.x_periods``); when one breakdown
    mixes kinds of period (whole years and first halves), each kind is its own series, because a
    half-year figure is no point of the annual series. ``d.by_category`` puts the breakdowns on x."""
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
    used, notes = [], []
    cat_label = {c: lib.category_label(c, lang) if c else (ind.title(lang) if ind else d.indicator) for c in series_points}

    def make_series(name: str, points: list[Optional[SeriesPoint]], where: list[str]) -> ChartSeries:
        values, statuses, labels, pdec = [], [], [], []
        for p, place in zip(points, where):
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
                notes.append(f"{place}: {v}")
        dec = max((p.chosen.decimals for p in points if p is not None), default=0)
        return ChartSeries(name, values, statuses, dec, labels, pdec)

    out_series = []
    if d.by_category:
        xs = list(series_points)
        if len(xs) < max(MIN_CHART_POINTS, d.min_points):
            return None
        by = {c: {p.period.text: p for p in pts} for c, pts in series_points.items()}
        for per in ordered:
            where = [f"{per.label(lang)} ({cat_label[c]})" for c in xs]
            out_series.append(make_series(per.label(lang), [by[c].get(per.text) for c in xs], where))
        x_labels, x_periods = [cat_label[c] for c in xs], None
    else:
        if len(ordered) < max(MIN_CHART_POINTS, d.min_points):
            return None
        kinds = _series_kinds(ordered)
        split = len(kinds) > 1 and d.kind != "stacked"
        for c, pts in series_points.items():
            by = {p.period.text: p for p in pts}
            where = [f"{per.label(lang)}{' (' + cat_label[c] + ')' if c else ''}" for per in ordered]
            for kind in (kinds if split else [None]):
                chosen = [by.get(per.text) if kind is None or per.series_kind == kind else None for per in ordered]
                if not any(chosen):
                    continue
                name = cat_label[c]
                if kind is not None:
                    name = _kind_name(kind, lang) if len(series_points) == 1 else f"{name} — {_kind_name(kind, lang)}"
                out_series.append(make_series(name, chosen, where))
        x_labels, x_periods = [p.short_label(lang) for p in ordered], [p.text for p in ordered]
    title = (d.title_vi if lang == "vi" else d.title_en) or (ind.title(lang) if ind else d.indicator)
    unit = lib.unit(unit_id)
    if any(st and st != "official" for s in out_series for st in s.statuses):
        notes.insert(0, t("status_legend", lang))
    return Chart(title=title, kind=d.kind, x_labels=x_labels, series=out_series, unit_label=unit.label(lang),
                 unit_id=unit_id, refs=sorted(used), note=" ".join(notes), lang=lang, x_periods=x_periods)


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
    if len(vals) < MIN_CHART_POINTS:
        return None
    unit = lib.unit(d.unit) if d.unit else None
    labels = [format_quantity(v, lang, unit, dc) for v, dc in zip(vals, pdec)]
    series = ChartSeries(d.title_vi if lang == "vi" else d.title_en, vals, ["official"] * len(vals),
                         max(pdec), labels, pdec)
    return Chart(d.title_vi if lang == "vi" else d.title_en, "bar", xs, [series],
                 unit.label(lang) if unit else t("unit_unknown", lang), d.unit, sorted(used), lang=lang)


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
                      note=t("status_legend", lang), source_column=5, key="figures")


def resource_table(lib: Library, resource: str, lang: str, refs: _Refs, columns: list[tuple[str, str]] | None = None,
                   title: str = "", section: str = "", max_rows: Optional[int] = None) -> Optional[TableBlock]:
    """A non-series table of the package, in the sheet's language. ``columns``: (vi column, en column)
    pairs; a single name is shared by both languages. ``max_rows``: list only the first rows (the
    block's ``total`` then says how many there are); only listed rows number their sources."""
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
    total = 0
    for i, r in enumerate(table.rows()):
        if section and r.get("section") not in (None, section):
            continue
        total += 1
        if max_rows is not None and len(rows) >= max_rows:
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
    if not rows and not total:
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
                      source_column=len(headers) - 1 if has_src else None, key=resource,
                      total=total if total > len(rows) else None)


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


def _sheet(lib: Library, sheet_id: str, lang: str, title: str, refs: _Refs, *, intro=(), kpis=(), charts=(),
           tables=(), footnotes=(), plan: Optional["SheetPlan"] = None, appendix: bool = False,
           all_rows: bool = False, sources_after: int = 0) -> Sheet:
    return Sheet(id=sheet_id, lang=lang, title=title, province=t("province", lang), merger_note=t("merger_note", lang),
                 data_as_of=format_iso_date(lib.data_as_of(), lang), intro=list(intro), kpis=list(kpis),
                 charts=list(charts), tables=list(tables), footnotes=list(footnotes),
                 sources=refs.entries(after=sources_after), plan=plan, appendix=appendix, all_rows=all_rows,
                 library=lib)


def _spec(sheet_id: str) -> SectionSpec:
    spec = SECTION_SPECS.get(sheet_id)
    if spec is None:
        raise UnknownSheet(sheet_id)
    return spec


def _title(spec: SectionSpec, lang: str) -> str:
    return spec.title_vi if lang == "vi" else spec.title_en


def build_sheet(lib: Library, sheet_id: str, lang: str = "vi", all_rows: bool = False,
                plan: Optional["SheetPlan"] = None) -> Sheet:
    """The content of one sheet (section id or ``dataset:<id>``) in one language.

    Without ``plan``: the screen sheet, with every KPI, chart and table of the section (a dataset
    sheet lists at most SHEET_MAX_ROWS rows unless ``all_rows``). With a plan: the printed front
    carrying exactly the planned blocks, its sources numbered for them alone — see :func:`fit_sheet`."""
    if sheet_id.startswith("dataset:"):
        return build_dataset_sheet(lib, sheet_id.split(":", 1)[1], lang, None if all_rows else SHEET_MAX_ROWS,
                                   plan=plan)
    spec = _spec(sheet_id)
    if plan is not None:
        return _section_front(lib, spec, lang, plan)
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
    return _sheet(lib, sheet_id, lang, _title(spec, lang), refs, intro=_section_intro(lib, spec, lang), kpis=kpis,
                  charts=charts, tables=tables, footnotes=footnotes, all_rows=all_rows)


# -- printed sheets: a front of at most two pages, and an appendix with everything -----------------
ALL = -1                   # SheetPlan.tables: list every row of that table
FRONT_PAGES = 2            # one sheet of paper, front and back
FRONT_CHARTS = 4           # the most charts a front carries
MIN_CUT_ROWS = 3           # a table cut shorter than this is left to the appendix
DATASET_FRONT_ROWS = 400   # more one-line rows than two pages can hold; the search for a listing stops here


@dataclass(frozen=True)
class SheetPlan:
    """The blocks a printed front carries, in priority order. Section sheets: the section's intro,
    the first ``kpis`` KPI tiles, the first ``charts`` charts in print order
    (``SectionSpec.sheet_charts``), and for each front table (``SectionSpec.sheet_tables``) the rows
    listed (0 leaves it out, ALL lists every row). Dataset sheets: ``tables[0]`` rows of the listing."""
    intro: bool = True
    kpis: int = 99
    charts: int = FRONT_CHARTS
    tables: tuple = ()


def _print_charts(spec: SectionSpec) -> list:
    """Chart definitions in print priority: ``sheet_charts`` indexes charts then table charts."""
    defs = list(spec.charts) + list(spec.table_charts)
    if not spec.sheet_charts:
        return defs
    return [defs[i] for i in spec.sheet_charts] + [d for i, d in enumerate(defs) if i not in spec.sheet_charts]


def _table_key(entry) -> str:
    return entry if isinstance(entry, str) else entry[0]


def _series_keys(lib: Library) -> dict[str, list[tuple[str, str]]]:
    keys: dict[str, dict[tuple[str, str], None]] = {}
    for o in lib.observations:
        keys.setdefault(o.indicator, {})[(o.area, o.category)] = None
    return {ind: list(k) for ind, k in keys.items()}


def key_figures_table(lib: Library, spec: SectionSpec, lang: str, refs: _Refs, exclude: set[str] = frozenset(),
                      max_rows: Optional[int] = None) -> tuple[Optional[TableBlock], list[str]]:
    """The latest figure of each series of the section (``spec.key_figures`` first, then catalogue
    order), leaving out indicators in ``exclude`` (already on the sheet as tiles or charts). Only
    totals, or the one breakdown an indicator has. Returns the table and the vintage notes of the
    listed rows; only listed rows number their sources."""
    section = spec.figures_section or spec.id
    catalogue = [i.id for i in lib.indicators_in(section)]
    order = [i for i in spec.key_figures if i in lib.indicators] + [i for i in catalogue if i not in spec.key_figures]
    keys = _series_keys(lib)
    picked: list[SeriesPoint] = []
    for ind in order:
        if ind in exclude:
            continue
        by_area: dict[str, list[str]] = {}
        for area, cat in keys.get(ind, []):
            by_area.setdefault(area, []).append(cat)
        areas = sorted(by_area, key=lambda a: (a != "backan", a))
        for area in areas:
            cats = by_area[area]
            cat = "" if "" in cats else (cats[0] if len(cats) == 1 else None)
            if cat is None:
                continue
            points = [p for p in lib.series(ind, area, cat) if p.chosen.status != "target"]
            if points:
                picked.append(points[-1])
    total = len(picked)
    listed = picked if max_rows is None else picked[:max_rows]
    rows, notes, marked = [], [], False
    for p in listed:
        o = p.chosen
        ind = lib.indicators.get(o.indicator)
        name = ind.title(lang) if ind else o.indicator
        if o.category:
            name = f"{name} — {lib.category_label(o.category, lang)}"
        if o.area != "backan":
            name = f"{name} ({lib.area_name(o.area, lang)})"
        marked = marked or bool(_mark(o))
        rows.append([name, o.period.label(lang), _value_text(lib, o, lang), f"[{refs(o.source)}]"])
        v = _vintage_note(lib, p, lang, refs)
        if v:
            notes.append(f"{name}, {o.period.label(lang)}: {v}")
    if not picked:
        return None, []
    cols = [t("indicator", lang), t("period", lang), t("value", lang), t("ref", lang)]
    return TableBlock(t("key_figures", lang), cols, rows, [False, False, True, False],
                      note=t("status_legend", lang) if marked else "", source_column=3, key="key_figures",
                      total=total if total > len(rows) else None), notes


def _section_front(lib: Library, spec: SectionSpec, lang: str, plan: SheetPlan) -> Sheet:
    refs = _Refs(lib, lang)
    kpis: list[Kpi] = []
    for d in spec.kpis:
        if len(kpis) >= plan.kpis:
            break
        k = build_kpi(lib, d, lang, refs)
        if k:
            kpis.append(k)
    charts: list[Chart] = []
    shown = {k.indicator for k in kpis}
    for d in _print_charts(spec):
        if len(charts) >= plan.charts:
            break
        c = build_chart(lib, d, lang, refs) if isinstance(d, ChartDef) else build_table_chart(lib, d, lang, refs)
        if c:
            charts.append(c)
            if isinstance(d, ChartDef):
                shown.add(d.indicator)
    # on paper a note stands away from its figure: it names the figure, and the status legend comes once
    legend = t("status_legend", lang)
    marked = any(k.mark for k in kpis) or any(st not in ("", "official") for c in charts for s in c.series
                                              for st in s.statuses)
    chart_notes = [(c.title, c.note.replace(legend, "").strip()) for c in charts]
    # a tile's other vintage that a printed chart already notes (same figure, same numbers) is not repeated
    footnotes = [f"{k.label}, {k.period}: {k.note}" for k in kpis
                 if k.note and not any(k.note in note for _, note in chart_notes)]
    footnotes += [f"{title} — {note}" for title, note in chart_notes if note]
    tables = []
    for entry, n in zip(spec.sheet_tables, plan.tables):
        if n == 0:
            continue
        limit = None if n == ALL else n
        if entry == "key_figures":
            tb, notes = key_figures_table(lib, spec, lang, refs, shown, limit)
            footnotes += notes
            if tb is not None and tb.note:
                marked, tb.note = True, tb.note.replace(legend, "").strip()
        else:
            res, cols, section = entry
            tb = resource_table(lib, res, lang, refs, cols, section=section, max_rows=limit)
        if tb is None:
            continue
        if tb.total:
            cut = t("rows_cut", lang, k=format_number(len(tb.rows), lang, 0), n=format_number(tb.total, lang, 0))
            tb.note = f"{tb.note} {cut}".strip()
        tables.append(tb)
    if marked:
        footnotes.insert(0, legend)
    return _sheet(lib, spec.id, lang, _title(spec, lang), refs, intro=_section_intro(lib, spec, lang) if plan.intro else (),
                  kpis=kpis, charts=charts, tables=tables, footnotes=footnotes, plan=plan)


def _most(ok: Callable[[int], bool], lo: int, hi: int) -> int:
    """The largest k in [lo, hi] for which ``ok(k)`` holds (``ok`` falls as k grows); 0 if none."""
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if ok(mid):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


def fit_sheet(sheet: Sheet, fits: Callable[[Sheet], bool]) -> Sheet:
    """The printed front of a screen sheet: the richest plan that ``fits`` accepts (the renderer
    measures: at most FRONT_PAGES pages on its paper). Priority: KPI tiles, then up to FRONT_CHARTS
    charts, then the front tables in order, the last one cut to the rows that fit; when even the
    tiles and charts do not fit, charts go first down to two, then the intro, then tiles and charts in
    turn. A dataset sheet lists the rows that fit. Sheets already planned, appendices and sheets
    without a library are returned as they are. Every candidate is built afresh, so sources are
    numbered for what is printed."""
    if sheet.plan is not None or sheet.appendix or sheet.library is None:
        return sheet
    lib = sheet.library

    def build(plan: SheetPlan) -> Sheet:
        return build_sheet(lib, sheet.id, sheet.lang, sheet.all_rows, plan=plan)

    if sheet.id.startswith("dataset:"):
        total = len(lib.datasets[sheet.id.split(":", 1)[1]].table)
        if total <= DATASET_FRONT_ROWS:
            whole = build(SheetPlan(tables=(ALL,)))
            if fits(whole):
                return whole
        k = _most(lambda k: fits(build(SheetPlan(tables=(k,)))), 1, min(total - 1, DATASET_FRONT_ROWS))
        return build(SheetPlan(tables=(max(k, 1),)))
    spec = _spec(sheet.id)
    n_k = len(sheet.kpis)
    n_c = min(FRONT_CHARTS, len(sheet.charts))
    n_t = len(spec.sheet_tables)
    ladder = list(dict.fromkeys([
        (True, n_k, n_c), (True, n_k, min(n_c, 3)), (True, n_k, min(n_c, 2)), (False, n_k, min(n_c, 2))]
        + [(False, min(n_k, k), min(n_c, c)) for k, c in ((9, 2), (8, 2), (6, 2), (4, 2), (4, 1), (2, 1), (2, 0), (0, 0))]))
    plan = SheetPlan(*ladder[-1], tables=(0,) * n_t)
    for intro, k, c in ladder:
        trial = SheetPlan(intro, k, c, (0,) * n_t)
        if fits(build(trial)):
            plan = trial
            break
    rows: list[int] = []
    for i, entry in enumerate(spec.sheet_tables):
        rest = (0,) * (n_t - i - 1)
        trial = build(replace(plan, tables=tuple(rows) + (ALL,) + rest))
        tb = next((b for b in trial.tables if b.key == _table_key(entry)), None)
        if tb is None:
            rows.append(0)
            continue
        if fits(trial):
            rows.append(ALL)
            continue
        done = tuple(rows)
        k = _most(lambda k: fits(build(replace(plan, tables=done + (k,) + rest))), MIN_CUT_ROWS, len(tb.rows) - 1)
        rows.append(k)
        break
    rows += [0] * (n_t - len(rows))
    return build(replace(plan, tables=tuple(rows)))


def _figure_indicators(lib: Library, spec: SectionSpec) -> list[str]:
    """The indicators an appendix lists for a section: those on its tiles and charts first, then the
    rest of its catalogue section."""
    used = []
    for d in spec.kpis:
        used += [d.indicator] + ([d.change_indicator] if d.change_indicator else [])
    used += [d.indicator for d in spec.charts]
    catalogue = [i.id for i in lib.indicators_in(spec.figures_section or spec.id)]
    return [i for i in dict.fromkeys(used + catalogue) if i in lib.indicators]


def _appendix_tables(lib: Library, spec: SectionSpec, lang: str, refs: _Refs, front: Sheet,
                     indicators: list[str], prefix: str = "") -> list[TableBlock]:
    """Every figure and vintage of ``indicators``, then each of the section's tables that the front
    did not print whole (cut, left out, or with fewer columns)."""
    out = []
    fig = figures_table(lib, indicators, lang, refs, title=f"{prefix}{t('figures', lang)}")
    if fig:
        out.append(fig)
    printed = {b.key: b for b in front.tables}
    on_front = {e[0]: e for e in spec.sheet_tables if not isinstance(e, str)}
    for res, cols, section in spec.tables:
        b = printed.get(res)
        if b is not None and b.total is None and on_front.get(res) == (res, cols, section):
            continue
        tb = resource_table(lib, res, lang, refs, cols, section=section)
        if tb:
            tb.title = prefix + tb.title
            out.append(tb)
    return out


def build_appendix(front: Sheet) -> Optional[Sheet]:
    """The appendix printed after one front: every figure of the section with every vintage, and
    the tables the front shortened; for a dataset sheet the full listing (SHEET_MAX_ROWS rows unless
    ``all_rows``). Source numbers continue the front's; the appendix lists the sources it adds.
    None when the front already printed everything."""
    lib, lang = front.library, front.lang
    if lib is None or front.appendix:
        return None
    refs = _Refs(lib, lang).continue_from(front.sources)
    if front.id.startswith("dataset:"):
        listing = front.tables[0] if front.tables else None
        names = lib.datasets[front.id.split(":", 1)[1]].table.field_names
        if listing is None or (listing.total is None and len(listing.columns) == len(names)):
            return None
        full = build_dataset_sheet(lib, front.id.split(":", 1)[1], lang, None if front.all_rows else SHEET_MAX_ROWS,
                                   refs=refs)
        tables = full.tables
        title = full.title
    else:
        spec = _spec(front.id)
        tables = _appendix_tables(lib, spec, lang, refs, front, _figure_indicators(lib, spec))
        title = _title(spec, lang)
    if not tables:
        return None
    intro = [t("appendix_intro", lang)]
    if front.sources:
        intro.append(t("appendix_sources", lang, n=len(front.sources)))
    return _sheet(lib, front.id, lang, f"{title} — {t('appendix', lang)}", refs, intro=intro, tables=tables,
                  appendix=True, all_rows=front.all_rows, sources_after=len(front.sources))


def build_booklet_appendix(fronts: list[Sheet]) -> list[Sheet]:
    """One appendix per language for a booklet, printed once after every front: for each sheet in
    order, its figures (each indicator listed once, under the section whose catalogue holds it) and
    the tables its front shortened. Sources are numbered afresh and listed in full."""
    out = []
    fronts = [f for f in fronts if f.library is not None and not f.appendix]
    for lang in dict.fromkeys(f.lang for f in fronts):
        group = [f for f in fronts if f.lang == lang]
        lib = group[0].library
        refs = _Refs(lib, lang)
        owner: dict[str, str] = {}
        sections = [f for f in group if f.id in SECTION_SPECS]
        for f in sections:
            for ind in lib.indicators_in(SECTION_SPECS[f.id].figures_section or f.id):
                owner.setdefault(ind.id, f.id)
        for f in sections:
            for ind in _figure_indicators(lib, SECTION_SPECS[f.id]):
                owner.setdefault(ind, f.id)
        tables: list[TableBlock] = []
        for f in group:
            if f.id.startswith("dataset:"):
                names = lib.datasets[f.id.split(":", 1)[1]].table.field_names
                if f.tables and (f.tables[0].total is not None or len(f.tables[0].columns) < len(names)):
                    full = build_dataset_sheet(lib, f.id.split(":", 1)[1], lang,
                                               None if f.all_rows else SHEET_MAX_ROWS, refs=refs)
                    tables += full.tables
                continue
            spec = SECTION_SPECS[f.id]
            mine = [i for i in _figure_indicators(lib, spec) if owner.get(i) == f.id]
            tables += _appendix_tables(lib, spec, lang, refs, f, mine, prefix=f"{f.title}: ")
        if tables:
            out.append(_sheet(lib, "appendix", lang, t("appendix_title", lang), refs,
                              intro=[t("appendix_intro", lang), t("appendix_booklet_sources", lang)],
                              tables=tables, appendix=True))
    return out


def print_sheets(sheets: list[Sheet], fits: Callable[[Sheet], bool], appendix: bool = False,
                 booklet: bool = False) -> list[Sheet]:
    """What goes on paper for ``sheets``, in order: each sheet's front (see :func:`fit_sheet`); with
    ``appendix`` each front followed by its appendix, or for a ``booklet`` one appendix per language
    after all the fronts."""
    fronts = [fit_sheet(s, fits) for s in sheets]
    if not appendix:
        return fronts
    if booklet:
        return fronts + build_booklet_appendix(fronts)
    out = []
    for f in fronts:
        out.append(f)
        a = build_appendix(f)
        if a is not None:
            out.append(a)
    return out


BIG_POINTS = 2_000            # above this a screen chart is one line of numpy values, without per-point labels
SHEET_MAX_ROWS = 5_000        # about 110 A4 pages; a bigger table is exported as CSV/XLSX instead


def build_dataset_sheet(lib: Library, dataset_id: str, lang: str, max_rows: Optional[int] = SHEET_MAX_ROWS,
                        plan: Optional[SheetPlan] = None, refs: Optional[_Refs] = None) -> Sheet:
    """A dataset as a listing: its first ``max_rows`` rows (all when None). With a ``plan`` the
    printed front: ``plan.tables[0]`` rows (ALL: every row, up to ``max_rows``), citing only the
    sources of the listed rows. Without, every source the table cites is listed. ``refs`` continues
    another sheet's source numbers (an appendix)."""
    ds = lib.datasets.get(dataset_id)
    if ds is None:
        raise UnknownSheet(f"dataset:{dataset_id}")
    refs = refs if refs is not None else _Refs(lib, lang)
    start = len(refs.order)
    table = ds.table
    names = table.field_names
    schema = table.schema
    total = len(table)
    shown = total if max_rows is None else min(total, max_rows)
    if plan is not None and plan.tables and plan.tables[0] != ALL:
        shown = min(shown, plan.tables[0])
    labels = lib.value_labels(dataset_id, lang)
    all_names = names
    if plan is not None:
        names = front_columns(names, lang)
    rows = []
    for i, r in enumerate(table.head_rows(shown)):
        row = []
        for n in names:
            v = r[n]
            spec = schema.field(n)
            if v is None:
                row.append("")
            elif n == "source" and v in lib.sources:
                row.append(f"[{refs(v)}]")
            elif spec.type == "number":
                row.append(format_number(v, lang, table.decimals[n][i]))
            elif spec.type == "integer" and n not in ("year",):
                row.append(format_number(v, lang, 0))
            elif spec.type == "boolean":
                row.append("✓" if v else "")
            else:
                row.append(labels.get(n, {}).get(v, str(v)))
        rows.append(row)
    numeric = [schema.field(n).type in ("number", "integer") for n in names]
    headers = [schema.field(n).label(lang) for n in names]
    n_text, k_text = format_number(total, lang, 0), format_number(shown, lang, 0)
    intro = [ds.description(lang)] if ds.description(lang) else []
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
    left_out = [schema.field(n).label(lang) for n in all_names if n not in names]
    if left_out:
        intro.append(t("columns_appendix", lang, columns=", ".join(left_out)))
    block = TableBlock(ds.title(lang), headers, rows, numeric, note=note, key=f"dataset:{dataset_id}",
                       source_column=names.index("source") if "source" in names else None,
                       total=total if shown < total else None)
    return _sheet(lib, f"dataset:{dataset_id}", lang, ds.title(lang), refs, intro=intro, tables=[block], plan=plan,
                  all_rows=max_rows is None, sources_after=start)


FRONT_MAX_COLUMNS = 8       # a wider listing leaves quotes and the other language's columns to the appendix


def front_columns(names: list[str], lang: str) -> list[str]:
    """The columns a dataset's two-page front lists: all of a narrow table; of a wide one, not the
    quotes nor the other language's twin of a column (``name_en`` on a Vietnamese sheet)."""
    if len(names) <= FRONT_MAX_COLUMNS:
        return list(names)
    other, mine = ("_en", "_vi") if lang == "vi" else ("_vi", "_en")
    return [n for n in names if n != "quote" and not (n.endswith(other) and n[:-3] + mine in names)]


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
    if len({p[0].text for p in points}) < MIN_CHART_POINTS:
        return None
    points.sort(key=lambda p: p[0].sort_key())
    unit = lib.unit(unit_id or "")
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
        # a breakdown over ranges of years (2004–2018, 2016–2020) compares breakdowns, not times
        d = ChartDef(indicator, "line" if kind == "year" else "bar", categories=cats, kinds=frozenset({kind}),
                     area=area, unit=unit, by_category=kind == "range" and len(cats) > 1)
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
    # the first measure with at least two figures (a lone figure is no chart)
    frame = table._frame

    def count(n: str) -> int:
        return int(frame[n].notna().sum()) if frame is not None else sum(v is not None for v in table.columns[n])
    m = next((n for n in measures if count(n) >= MIN_CHART_POINTS), None)
    if m is None:
        return None
    spec = schema.field(m)
    decs = table.decimals.get(m, [])
    dec = max(decs, default=0)
    unit_col = f"{m}_unit" if f"{m}_unit" in names else None      # e.g. capital + capital_unit
    if frame is not None:
        # a big table: numpy arrays and the label texts, no per-point formatting; a chart of
        # more than BIG_POINTS points is drawn as one downsampled line (see qt.charts)
        import numpy as np
        values = frame[m].to_numpy(dtype=float, na_value=np.nan)
        present = ~np.isnan(values)
        units = frame[unit_col].to_numpy(dtype=object) if unit_col else None
    else:
        import numpy as np
        values = np.array([np.nan if v is None else float(v) for v in table.columns[m]], dtype=float)
        present = ~np.isnan(values)
        units = np.array(table.columns[unit_col], dtype=object) if unit_col else None
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
    label_values = frame[labels].to_numpy(dtype=object) if frame is not None else np.array(table.columns[labels], dtype=object)
    xs = [str(x)[:28] for x in label_values[present]]
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
