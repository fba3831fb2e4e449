"""Appendices: every figure of a section with every vintage, and the tables a front shortened."""
from __future__ import annotations

from typing import Optional

from ..library import Library
from ..sections import SECTION_SPECS, SectionSpec
from ..texts import t
from .content import figures_table, resource_table
from .datasets import SHEET_MAX_ROWS, build_dataset_sheet
from .layout import _spec, _title
from .model import Sheet, TableBlock
from .sources import _Refs, _sheet


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

