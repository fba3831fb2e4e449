"""A section's content, built once per language from the library: KPI tiles, charts, the tables
of the package, the key figures, every figure with every vintage, the intro and the sources.

:func:`section_content` reads each indicator once (:meth:`Library.view`: its figures already
chosen), picks the figures a tile shows and words everything through one
:class:`~backan_desktop.core.formatting.Formatter`; the screen sheet, the printed fronts and the
appendix only place the result (core.sheets.layout).
"""
from __future__ import annotations

from typing import Optional

from ..context import HOME, context_for, context_rows
from ..formatting import QUALIFIER_WORDS, Formatter
from ..library import IndicatorView, Library, SeriesPoint
from ..sections import SECTION_SPECS, KpiDef, SectionSpec, section_title
from ..texts import in_lang, status_label, t
from ..vocab import SOURCE_KIND_RANK, STATUS_RANK
from .charts import build_chart, build_table_chart
from .context_block import context_block
from .model import ChartContent, KeyFigure, Kpi, KpiContent, SectionContent, TableBlock, TableContent, UnknownSheet
from .sources import cite, mark, source_texts, vintage_note

ARROWS = {1: "▲", -1: "▼", 0: "="}      # a change's direction, by its sign


def _comparable(view: IndicatorView, d: KpiDef, like: Optional[SeriesPoint]) -> list[SeriesPoint]:
    """The tile's series without plan targets: every figure of ``d``'s kinds, or of the kind and
    unit of ``like`` (half-years compared with half-years, in one unit), chronologically."""
    points = [p for p in view.points(d.area, d.category, d.kinds) if p.chosen.status != "target"]
    if like is not None:
        points = [p for p in points if p.period.series_kind == like.period.series_kind and p.chosen.unit == like.chosen.unit]
    return points


def _pick_point(lib: Library, d: KpiDef) -> tuple[Optional[SeriesPoint], Optional[SeriesPoint], list[SeriesPoint]]:
    """(the figure a tile shows, the other figure the tile names, the comparable series).

    The headline rule: the figures of the most authoritative kind of source first (statistics
    office, government, press, research, secondary copy; :attr:`Source.authority`), of those the
    latest period. A pinned period (a figure of an article, with the change the article states)
    shows while no figure ranks above it under that rule. The other figure is the pinned one when
    the rule replaced it, else the latest figure the rule passed over (a later period of a lesser
    kind of source) that is no lesser a figure (official beside official), so that a competing
    figure stays visible on the tile; a later estimate of a lesser source is in the charts and the
    figures table, not on the tile."""
    view = lib.view(d.indicator)
    pinned = view.at(d.period, d.area, d.category) if d.period else None
    points = _comparable(view, d, pinned)

    def kind(p: SeriesPoint) -> int:
        src = lib.sources.get(p.chosen.source)
        return SOURCE_KIND_RANK.get(src.authority if src else "", len(SOURCE_KIND_RANK))
    best = min((kind(p) for p in points), default=None)
    top = next((p for p in reversed(points) if kind(p) == best), None)
    if pinned is not None and (top is None or kind(pinned) < best or
                               kind(pinned) == best and top.period.sort_key() <= pinned.period.sort_key()):
        top, replaced = pinned, None
    else:
        replaced = pinned
    if top is None:
        return None, None, points
    rank = STATUS_RANK.get(top.chosen.status, len(STATUS_RANK))
    later = [p for p in points if p.period.sort_key() > top.period.sort_key()
             and STATUS_RANK.get(p.chosen.status, len(STATUS_RANK)) <= rank]
    return top, replaced or (later[-1] if later else None), points


def _stated_change(f: Formatter, d: KpiDef, o, arrow: bool = False) -> tuple[str, list[str]]:
    """The change the data states for the tile's figure ("1.5× vs 2015"), and its source. With
    ``arrow``, as a headline shows it: the direction the stated figure gives (a ratio above or below
    1, a sign), and that it is the source's figure — "▲ nearly +VND 20 million per worker vs 2015
    (as the source states)"."""
    c = f.lib.point(d.change_indicator, d.change_period or o.period.text, d.area, d.category)
    if c is None:
        return "", []
    co = c.chosen
    unit = f.unit(co.unit)
    text = f.change(co.value, unit, co.decimals)
    text += f" {f.t('vs')} {d.change_base}" if d.change_base else ""
    if co.qualifier:
        text = f"{QUALIFIER_WORDS[f.lang][co.qualifier]} {text}"
    if arrow:
        delta = co.value - 1 if unit.id == "times" else co.value
        text = f.t("stated_change", change=f"{ARROWS.get((delta > 0) - (delta < 0), '')} {text}".lstrip())
    return text, [co.source]


# the most decimals a headline line prints, by language: in English "USD 1.025 million" reads as a
# thousand and twenty-five ("1.03"); a Vietnamese sheet prints "1,025 triệu USD" as the source wrote it
HEADLINE_DECIMALS = {"vi": 3, "en": 2}


def _headline_value(f: Formatter, o) -> str:
    """A figure as a headline line prints it: as its source printed it, with at most
    :data:`HEADLINE_DECIMALS` decimals; a figure with a qualifier ("over 12.56") keeps all of its
    own (rounding would move the bound it states). The tables and the appendix print every figure
    exactly."""
    return f.figure(o, o.decimals if o.qualifier else min(o.decimals, HEADLINE_DECIMALS[f.lang]))


def _computed_change(f: Formatter, o, series: list[SeriesPoint]) -> tuple[str, list[str]]:
    """The change from the previous figure of the same series (same unit, same way of measuring)
    for a period wholly before this one (not 2016-2019 against 2016-2020), and its source."""
    start = o.period.span()[0]
    earlier = [q for q in series if q.period.sort_key() < o.period.sort_key() and q.chosen.unit == o.unit
               and q.chosen.series == o.series and q.period.span()[1] <= start]
    if not earlier:
        return "", []
    prev = earlier[-1].chosen
    delta = o.value - prev.value
    decimals = min(max(o.decimals, prev.decimals), HEADLINE_DECIMALS[f.lang])
    return (f"{ARROWS[(delta > 0) - (delta < 0)]} {f.change(delta, f.unit(o.unit), decimals)} "
            f"{f.t('vs')} {prev.period.label(f.lang)}{mark(prev)}"), [prev.source]


def build_kpi(f: Formatter, d: KpiDef) -> Optional[KpiContent]:
    p, superseded, series = _pick_point(f.lib, d)
    if p is None:
        return None
    o, lang = p.chosen, f.lang
    label = in_lang((d.label_vi, d.label_en), lang) or f.name(o.indicator)
    if o.category and not (d.label_vi or d.label_en):
        label = f"{label} — {f.category(o.category)}"
    kpi = Kpi(label=label, value=f.figure(o, marked=False), period=o.period.label(lang), status=o.status,
              mark=mark(o), refs=[], indicator=o.indicator)
    cites, uses = [o.source], [o.source]
    vintages, cited = vintage_note(f, p)
    uses += cited
    kpi.note = " ".join(n for n in (vintages, o.note(lang) if d.show_note else "") if n)
    # change: a stated change in the data wins over one calculated from the previous comparable figure
    shows_pin = not d.period or o.period.text == d.period
    stated = _stated_change(f, d, o, arrow=True) if d.change_indicator and shows_pin else ("", [])
    kpi.change, more = stated if stated[0] else _computed_change(f, o, series)
    if kpi.change:
        kpi.change_note = f.t("stated_change_note" if stated[0] else "computed_change")
        cites += more
        uses += more
    if o.area == HOME:      # the figure next to the region and Viet Nam, where they are published
        kpi.context, more = context_for(f.lib, o.indicator, lang, o.period.text, o.category)
        cites += more
        uses += more
    if superseded is not None:
        # the figure the pinned period gave (an article's), as published, with the change it states
        so = superseded.chosen
        change, src = _stated_change(f, d, so) if d.change_indicator else ("", [])
        kpi.earlier = f.t("earlier", period=so.period.label(lang), value=_headline_value(f, so),
                          change=f" ({change})" if change else "",
                          refs=", ".join(cite(x) for x in dict.fromkeys([so.source] + src)))
        uses += [so.source] + src
    return KpiContent(kpi, cites, uses, (o.indicator, o.area, o.category, o.period.series_kind), o.period.text,
                      pinned=bool(d.period) and shows_pin)


def _distinct_tiles(kpis: list[KpiContent], lang: str) -> list[KpiContent]:
    """Tiles that show different figures and invite no wrong comparison: a figure shown twice
    keeps its first tile, and a part-year figure (first half, first months) is no tile where a
    whole-year tile of the same series is shown (its figures stay in the charts and tables). A tile
    left out hands the earlier figure it carried (an article's) to the tile kept for its series, and
    so does a part-year tile showing the figure its period pins, so every published figure stays on
    the sheet."""
    kept: dict[tuple, KpiContent] = {}
    out = []
    years = {k.series_key[:3] for k in kpis if k.series_key[3] == "year"}
    for k in kpis:
        series = k.series_key[:3]
        part_year = k.series_key[3] not in ("year", "range") and series in years
        home = kept.get((k.series_key, k.period_key)) or (next((x for x in out if x.series_key[:3] == series), None)
                                                           if part_year else None)
        if home is None:
            kept[(k.series_key, k.period_key)] = k
            out.append(k)
            continue
        own = [t("earlier", lang, period=k.kpi.period, value=k.kpi.value + k.kpi.mark, change="",
                 refs=cite(k.cites[0]))] if part_year and k.pinned else []
        earlier = [x for e in (home.kpi.earlier, *own, k.kpi.earlier) if e for x in e.split(" · ")]
        home.kpi.earlier = " · ".join(dict.fromkeys(earlier))      # each figure once
        home.uses += [s for s in k.uses if s not in home.uses]
    return out


def _figure_name(f: Formatter, o, category: bool = False) -> str:
    """How a table row names the figure of ``o``: its indicator, with its breakdown when asked, and
    the area unless it is Bắc Kạn's."""
    name = f.name(o.indicator) + (f" — {f.category(o.category)}" if category and o.category else "")
    return name if o.area == HOME else f"{name} ({f.area(o.area)})"


def figure_rows(f: Formatter, indicators: list[str], skip: set[int]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """Every figure of each indicator, every vintage, chronologically, but the rows ``skip`` lists:
    rows of the "All figures" table, each with the source it cites."""
    lib, lang = f.lib, f.lang
    wanted = set(indicators)
    by_ind: dict[str, list] = {i: [] for i in dict.fromkeys(indicators)}
    for o in lib.observations:
        if o.indicator in wanted and o.row not in skip:
            by_ind[o.indicator].append(o)
    out = {}
    for indicator, obs in by_ind.items():
        obs.sort(key=lambda o: (o.area, o.category != "", o.category, o.period.sort_key(), o.row))
        chosen_ids = {id(p.chosen) for points in lib.view(indicator).series.values() for p in points}
        multi: dict[tuple, set] = {}
        for o in obs:
            multi.setdefault((o.area, o.category, o.period.text), set()).add(o.value)
        rows = []
        for o in obs:
            status = status_label(o.status, lang)
            if len(multi[(o.area, o.category, o.period.text)]) > 1:
                status += f" · {f.t('shown_vintage') if id(o) in chosen_ids else f.t('vintage_row')}"
            rows.append(([_figure_name(f, o), f.category(o.category) if o.category else "", o.period.label(lang),
                          f.figure(o), status, cite(o.source)], [o.source]))
        out[indicator] = rows
    return out


def figures_head(lang: str, title: str = "") -> TableBlock:
    """The "All figures" table without its rows."""
    cols = [t("indicator", lang), t("breakdown", lang), t("period", lang), t("value", lang), t("status", lang), t("ref", lang)]
    return TableBlock(title or t("figures", lang), cols, [], [False, False, False, True, False, False],
                      note=t("status_legend", lang), source_column=5, key="figures")


def resource_table(f: Formatter, resource: str, columns: list[tuple[str, str]] | None = None,
                   section: str = "") -> Optional[TableContent]:
    """A non-series table of the package, in the sheet's language: every row (of the facts
    ``section`` when given), each with the source it cites. ``columns``: (vi column, en column)
    pairs; a single name is shared by both languages."""
    ds = f.lib.datasets.get(resource)
    if ds is None:
        return None
    table = ds.table
    schema = table.schema
    names = table.field_names
    if columns is None:
        columns = [(n, n) for n in names if n not in ("id", "quote", "source")]
    cols = [in_lang(pair, f.lang) for pair in columns]
    rows, row_uses = [], []
    dec = table.decimals
    for i, r in enumerate(table.rows()):
        if section and r.get("section") not in (None, section):
            continue
        row = []
        for col in cols:
            v = r.get(col)
            spec = schema.field(col)
            if v is None:
                row.append("")
            elif spec is not None and spec.type == "number":
                row.append(f.number(v, dec[col][i]))
            elif col in ("area", "parent"):
                row.append(f.area(v))
            elif col in ("capital_unit", "investment_unit", "unit"):
                row.append(f.unit(v).label(f.lang))
            elif col in ("start", "end", "date"):
                row.append(f.date(str(v)))
            else:
                row.append(str(v))
        uses = [r["source"]] if r.get("source") else []
        rows.append(row + [cite(s) for s in uses])
        row_uses.append(uses)
    if not rows:
        return None
    headers = [spec.label(f.lang) if (spec := schema.field(col)) else vi_col for col, (vi_col, _) in zip(cols, columns)]
    numeric = [(schema.field(c[0]) is not None and schema.field(c[0]).type in ("number", "integer")) for c in columns]
    has_src = "source" in names
    if has_src:
        headers.append(f.t("ref"))
        numeric.append(False)
    block = TableBlock(ds.title(f.lang), headers, rows, numeric, source_column=len(headers) - 1 if has_src else None,
                       key=resource)
    return TableContent(block, row_uses)


def _section_intro(lib: Library, spec: SectionSpec, lang: str) -> list[str]:
    out = []
    for pkg in lib.packages:
        if pkg.descriptor is None:
            continue
        extra = getattr(pkg.descriptor, "sections", None) or (pkg.descriptor.model_extra or {}).get("sections") or []
        for s in extra:
            if isinstance(s, dict) and s.get("id") == spec.id:
                text = s.get(in_lang(("description", "description_en"), lang))
                if text:
                    out.append(text)
    return out


def key_figures(f: Formatter, spec: SectionSpec, catalogue: list[str], skip: set[int]) -> list[KeyFigure]:
    """The latest figure of each series of the section (``spec.key_figures`` first, then
    ``catalogue`` order): only totals, or the one breakdown an indicator has; not the rows ``skip``
    lists (the region's and Viet Nam's). A front lists those not already on it as tiles or charts."""
    order = [i for i in spec.key_figures if i in f.lib.indicators] + [i for i in catalogue if i not in spec.key_figures]
    out = []
    for ind in order:
        view = f.lib.view(ind)
        by_area: dict[str, list[str]] = {}
        for (area, cat), points in view.series.items():
            if any(o.row not in skip for p in points for o in (p.chosen, *p.others)):
                by_area.setdefault(area, []).append(cat)
        for area in sorted(by_area, key=lambda a: (a != HOME, a)):
            cats = by_area[area]
            cat = "" if "" in cats else (cats[0] if len(cats) == 1 else None)
            points = [p for p in view.points(area, cat) if p.chosen.status != "target"] if cat is not None else []
            if not points:
                continue
            p = points[-1]
            o = p.chosen
            name, period = _figure_name(f, o, category=True), o.period.label(f.lang)
            v, cited = vintage_note(f, p)
            out.append(KeyFigure(o.indicator, [name, period, f.figure(o), cite(o.source)], [o.source] + cited,
                                 f"{name}, {period}: {v}" if v else "", bool(mark(o))))
    return out


def key_figures_head(lang: str) -> TableBlock:
    """The key-figures table without its rows."""
    cols = [t("indicator", lang), t("period", lang), t("value", lang), t("ref", lang)]
    return TableBlock(t("key_figures", lang), cols, [], [False, False, True, False], source_column=3, key="key_figures")


def _print_charts(spec: SectionSpec, charts: list) -> list:
    """Charts in print priority: ``sheet_charts`` indexes the spec's charts then table charts."""
    order = list(spec.sheet_charts) + [i for i in range(len(charts)) if i not in spec.sheet_charts]
    return [charts[i] for i in order if charts[i] is not None]


def _figure_indicators(lib: Library, spec: SectionSpec, catalogue: list[str]) -> list[str]:
    """The indicators an appendix lists for a section: those on its tiles and charts first, then the
    rest of its ``catalogue``."""
    used = []
    for d in spec.kpis:
        used += [d.indicator] + ([d.change_indicator] if d.change_indicator else [])
    used += [d.indicator for d in spec.charts]
    return [i for i in dict.fromkeys(used + catalogue) if i in lib.indicators]


def section_content(lib: Library, section_id: str, lang: str) -> SectionContent:
    """Everything the sheets of section ``section_id`` show in ``lang``, read from the library once."""
    spec = SECTION_SPECS.get(section_id)
    if spec is None:
        raise UnknownSheet(section_id)
    f = Formatter(lib, lang)
    built = [k for k in (build_kpi(f, d) for d in spec.kpis) if k]
    kpis = _distinct_tiles(built, lang)
    by_def: list[Optional[ChartContent]] = [build_chart(f, d) for d in spec.charts]
    by_def += [build_table_chart(f, d) for d in spec.table_charts]
    made: dict[tuple, Optional[TableContent]] = {}

    def table(entry: tuple) -> Optional[TableContent]:
        res, cols, section = entry
        key = (res, tuple(map(tuple, cols or ())), section)
        if key not in made:
            made[key] = resource_table(f, res, cols, section=section)
            if made[key] is not None:
                made[key].entry = entry
        return made[key]
    tables = [tb for tb in (table(e) for e in spec.tables) if tb]
    front_tables = [e if isinstance(e, str) else table(e) for e in spec.sheet_tables]
    catalogue = [i.id for i in lib.indicators_in(spec.figures_section or spec.id)]
    appendix_indicators = _figure_indicators(lib, spec, catalogue)
    skip = context_rows(lib)            # the region's and Viet Nam's figures: the Compare page's
    rows = figure_rows(f, list(dict.fromkeys(catalogue + appendix_indicators)), skip)
    kf = key_figures(f, spec, catalogue, skip) if "key_figures" in spec.sheet_tables else []
    uses = [s for k in built for s in k.uses] + [s for c in by_def if c for s in c.uses]
    uses += [s for tb in made.values() if tb for u in tb.row_uses for s in u] + [s for k in kf for s in k.uses]
    uses += [s for r in rows.values() for _, u in r for s in u]
    ctx = context_block(lib, spec.id, lang)
    uses += ctx.uses if ctx else []
    return SectionContent(spec.id, lang, section_title(spec.id, lang), f.date(lib.data_as_of()),
                          _section_intro(lib, spec, lang), kpis, [c for c in by_def if c], _print_charts(spec, by_def),
                          tables, front_tables, kf, rows, catalogue, appendix_indicators,
                          source_texts(lib, lang, uses), ctx)
