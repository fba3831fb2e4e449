"""Places a section's blocks on a :class:`Sheet`: the screen sheet with every block, or a printed
front carrying what a :class:`SheetPlan` lists."""
from __future__ import annotations

from typing import Optional

from ..formatting import format_number
from ..library import Library
from ..sections import SECTION_SPECS, ChartDef, SectionSpec
from ..texts import t
from .charts import build_chart, build_table_chart
from .content import _section_intro, build_kpi, figures_table, key_figures_table, resource_table
from .datasets import SHEET_MAX_ROWS, build_dataset_sheet
from .model import ALL, Chart, Kpi, Sheet, SheetPlan, UnknownSheet
from .sources import _Refs, _sheet


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



def _print_charts(spec: SectionSpec) -> list:
    """Chart definitions in print priority: ``sheet_charts`` indexes charts then table charts."""
    defs = list(spec.charts) + list(spec.table_charts)
    if not spec.sheet_charts:
        return defs
    return [defs[i] for i in spec.sheet_charts] + [d for i, d in enumerate(defs) if i not in spec.sheet_charts]


def _table_key(entry) -> str:
    return entry if isinstance(entry, str) else entry[0]


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

