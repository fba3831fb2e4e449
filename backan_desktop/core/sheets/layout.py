"""Places a section's content on a :class:`Sheet`: the screen sheet with every block, or a printed
front carrying what a :class:`SheetPlan` lists. Placing numbers the sources of the placed blocks
and never goes back to the library."""
from __future__ import annotations

from typing import Optional

from ..formatting import format_number
from ..library import Library
from ..sections import SECTION_SPECS
from ..texts import t
from .content import figures_head, key_figures_head, section_content
from .context_block import place_context
from .datasets import SHEET_MAX_ROWS, build_dataset_sheet
from .model import ALL, KeyFigure, SectionContent, Sheet, SheetPlan, TableBlock
from .sources import SourceNumbers, make_sheet, place_chart, place_kpi, place_table


def build_sheet(lib: Library, sheet_id: str, lang: str = "vi", all_rows: bool = False,
                plan: Optional[SheetPlan] = None) -> Sheet:
    """The content of one sheet (section id or ``dataset:<id>``) in one language.

    Without ``plan``: the screen sheet, with every KPI, chart and table of the section (a dataset
    sheet lists at most SHEET_MAX_ROWS rows unless ``all_rows``). With a plan: the printed front
    carrying exactly the planned blocks, its sources numbered for them alone — see :func:`fit_sheet`."""
    if sheet_id.startswith("dataset:"):
        return build_dataset_sheet(lib, sheet_id.split(":", 1)[1], lang, None if all_rows else SHEET_MAX_ROWS,
                                   plan=plan)
    content = section_content(lib, sheet_id, lang)
    return place_screen(content, all_rows) if plan is None else place_front(content, plan)


def _sheet(c: SectionContent, refs: SourceNumbers, **blocks) -> Sheet:
    return make_sheet(c.id, c.lang, c.data_as_of, c.title, refs, content=c, **blocks)


def figures_table(c: SectionContent, indicators: list[str], refs: SourceNumbers, title: str = "") -> Optional[TableBlock]:
    """Every figure of ``indicators`` with every vintage, in that order then chronologically."""
    rows = [r for ind in indicators for r in c.figure_rows.get(ind, [])]
    if not rows:
        return None
    block = figures_head(c.lang, title)
    block.rows = [refs.place_row(row, uses) for row, uses in rows]
    return block


def place_screen(c: SectionContent, all_rows: bool = False) -> Sheet:
    """The screen sheet: every tile, chart and table of the section, and "All figures"."""
    refs = SourceNumbers(c.sources)
    kpis = [place_kpi(k, refs) for k in c.kpis]
    charts = [place_chart(ch, refs) for ch in c.charts]
    tables = [place_table(tb, refs) for tb in c.tables]
    if SECTION_SPECS[c.id].all_figures:
        fig = figures_table(c, c.catalogue, refs)
        if fig:
            tables.append(fig)
    footnotes = [k.note for k in kpis if k.note] + [ch.note for ch in charts if ch.note]
    return _sheet(c, refs, intro=c.intro, kpis=kpis, charts=charts, tables=tables, footnotes=footnotes,
                  all_rows=all_rows)


def _key_figures_table(c: SectionContent, refs: SourceNumbers, exclude: set[str],
                       max_rows: Optional[int]) -> tuple[Optional[TableBlock], list[str]]:
    """The key figures not in ``exclude`` (already on the front as tiles or charts), the first
    ``max_rows`` listed, and the vintage notes of the listed rows."""
    picked: list[KeyFigure] = [k for k in c.key_figures if k.indicator not in exclude]
    if not picked:
        return None, []
    listed = picked if max_rows is None else picked[:max_rows]
    block = key_figures_head(c.lang)
    block.rows = [refs.place_row(k.row, k.uses) for k in listed]
    notes = [refs.resolve(k.note) for k in listed if k.note]
    if any(k.marked for k in listed):
        block.note = t("status_legend", c.lang)
    block.total = len(picked) if len(picked) > len(listed) else None
    return block, notes


def more_figures_rows(c: SectionContent, shown: set[str], tables: list[TableBlock]) -> list:
    """The section's figures a front shows nowhere else, as rows of the figures table with their
    sources: every figure of the catalogue except those of tiles and charts and the ones its key
    figures table lists (same name, same period)."""
    listed = {(r[0], r[1]) for tb in tables if tb.key == "key_figures" for r in tb.rows}
    out = []
    for ind in c.catalogue:
        if ind in shown:
            continue
        for row, uses in c.figure_rows.get(ind, []):
            name = f"{row[0]} — {row[1]}" if row[1] else row[0]
            if (name, row[2]) not in listed:
                out.append((row, uses))
    return out


def _more_figures(c: SectionContent, refs: SourceNumbers, shown: set[str], tables: list[TableBlock], n: int) -> TableBlock:
    rows = more_figures_rows(c, shown, tables)
    block = figures_head(c.lang, t("more_figures", c.lang))
    block.rows = [refs.place_row(row, uses) for row, uses in rows[:n]]
    if n < len(rows):
        block.note = f"{block.note} " + t("rows_cut", c.lang, k=format_number(n, c.lang, 0),
                                           n=format_number(len(rows), c.lang, 0))
    return block


def place_front(c: SectionContent, plan: SheetPlan) -> Sheet:
    """The printed front carrying exactly what ``plan`` lists, its sources numbered for them alone."""
    lang = c.lang
    refs = SourceNumbers(c.sources)
    kpis = [place_kpi(k, refs) for k in c.kpis[:plan.kpis]]
    charts = [place_chart(ch, refs) for ch in c.print_charts[:plan.charts]]
    context = (place_context(c.context, refs, full=plan.context > 1,           # printed after the charts
                             lines=None if plan.context_lines == ALL else plan.context_lines) if plan.context else None)
    shown = {k.indicator for k in kpis} | {ch.indicator for ch in charts if ch.indicator}
    # on paper a note stands away from its figure: it names the figure, and the status legend comes once
    legend = t("status_legend", lang)
    marked = any(k.mark for k in kpis) or any(st not in ("", "official") for ch in charts for s in ch.series
                                              for st in s.statuses)
    chart_notes = [(ch.title, ch.note.replace(legend, "").strip()) for ch in charts]
    # a tile's other vintage that a printed chart already notes (same figure, same numbers) is not repeated
    footnotes = [f"{k.label}, {k.period}: {k.note}" for k in kpis
                 if k.note and not any(k.note in note for _, note in chart_notes)]
    footnotes += [f"{title} — {note}" for title, note in chart_notes if note]
    tables = []
    for entry, n in zip(c.front_tables, plan.tables):
        if n == 0 or entry is None:
            continue
        limit = None if n == ALL else n
        if entry == "key_figures":
            tb, notes = _key_figures_table(c, refs, shown, limit)
            footnotes += notes
            if tb is not None and tb.note:
                marked, tb.note = True, tb.note.replace(legend, "").strip()
        else:
            tb = place_table(entry, refs, limit)
        if tb is None:
            continue
        if tb.total:
            cut = t("rows_cut", lang, k=format_number(len(tb.rows), lang, 0), n=format_number(tb.total, lang, 0))
            tb.note = f"{tb.note} {cut}".strip()
        tables.append(tb)
    if plan.figures:
        tables.append(_more_figures(c, refs, shown, tables, plan.figures))
    if marked:
        footnotes.insert(0, legend)
    sheet = _sheet(c, refs, intro=c.intro if plan.intro else (), kpis=kpis, charts=charts, tables=tables,
                   footnotes=footnotes, plan=plan)
    sheet.context = context
    return sheet


def tile_rows(items: list, most: int) -> list[list]:
    """Headline tiles (or any ``items``) in as few rows of at most ``most`` as they need, the rows as
    even as they can be, longer ones first: five are 3 + 2, four 2 + 2 — never a row with an empty
    slot. Paper, the window and fair mode lay their tiles out by it."""
    n_rows = -(-len(items) // most)
    base, extra = divmod(len(items), n_rows) if items else (0, 0)
    rows, start = [], 0
    for r in range(n_rows):
        size = base + (r < extra)
        rows.append(items[start:start + size])
        start += size
    return rows
