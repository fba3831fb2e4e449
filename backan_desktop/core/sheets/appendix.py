"""Appendices: every figure of a section with every vintage, and the tables a front shortened;
placed from the section's content (core.sheets.content) like the front before them."""
from __future__ import annotations

from typing import Optional

from ..sections import SECTION_SPECS
from ..texts import t
from .datasets import place_dataset
from .layout import figures_table
from .model import DatasetContent, SectionContent, Sheet, TableBlock
from .sources import SourceNumbers, make_sheet, place_table


def _appendix_tables(c: SectionContent, refs: SourceNumbers, front: Sheet, indicators: list[str],
                     prefix: str = "") -> list[TableBlock]:
    """Every figure and vintage of ``indicators``, then each of the section's tables that the front
    did not print whole (cut, left out, or with fewer columns)."""
    out = []
    fig = figures_table(c, indicators, refs, title=f"{prefix}{t('figures', c.lang)}")
    if fig:
        out.append(fig)
    printed = {b.key: b for b in front.tables}
    on_front = {e[0]: e for e in SECTION_SPECS[c.id].sheet_tables if not isinstance(e, str)}
    for tb in c.tables:
        res = tb.entry[0]
        b = printed.get(res)
        if b is not None and b.total is None and on_front.get(res) == tb.entry:
            continue
        out.append(place_table(tb, refs, title=prefix + tb.block.title))
    return out


def _dataset_shortened(front: Sheet) -> bool:
    """Whether a dataset front left rows or columns to the appendix."""
    listing = front.tables[0] if front.tables else None
    return listing is not None and (listing.total is not None or len(listing.columns) < len(front.content.names))


def build_appendix(front: Sheet) -> Optional[Sheet]:
    """The appendix printed after one front: every figure of the section with every vintage, and
    the tables the front shortened; for a dataset sheet the full listing (SHEET_MAX_ROWS rows unless
    ``all_rows``). Source numbers continue the front's; the appendix lists the sources it adds.
    None when the front already printed everything."""
    lang, c = front.lang, front.content
    if c is None:
        return None
    if isinstance(c, DatasetContent):
        if not _dataset_shortened(front):
            return None
        refs = SourceNumbers().continue_from(front.sources)
        full = place_dataset(c, refs=refs)
        tables, title = full.tables, full.title
    else:
        refs = SourceNumbers(c.sources).continue_from(front.sources)
        tables, title = _appendix_tables(c, refs, front, c.appendix_indicators), c.title
    if not tables:
        return None
    intro = [t("appendix_intro", lang)]
    if front.sources:
        intro.append(t("appendix_sources", lang, n=len(front.sources)))
    return make_sheet(front.id, lang, front.data_as_of, f"{title} — {t('appendix', lang)}", refs, intro=intro,
                      tables=tables, appendix=True, all_rows=front.all_rows, sources_after=len(front.sources))


def build_booklet_appendix(fronts: list[Sheet]) -> list[Sheet]:
    """One appendix per language for a booklet, printed once after every front: for each sheet in
    order, its figures (each indicator listed once, under the section whose catalogue holds it) and
    the tables its front shortened. Sources are numbered afresh and listed in full."""
    out = []
    fronts = [f for f in fronts if f.content is not None]
    for lang in dict.fromkeys(f.lang for f in fronts):
        group = [f for f in fronts if f.lang == lang]
        contents = {f.id: f.content for f in group if isinstance(f.content, SectionContent)}
        refs = SourceNumbers()
        for c in contents.values():
            refs.texts.update(c.sources)
        owner: dict[str, str] = {}
        for c in contents.values():
            for ind in c.catalogue:
                owner.setdefault(ind, c.id)
        for c in contents.values():
            for ind in c.appendix_indicators:
                owner.setdefault(ind, c.id)
        tables: list[TableBlock] = []
        for f in group:
            if isinstance(f.content, DatasetContent):
                if _dataset_shortened(f):
                    tables += place_dataset(f.content, refs=refs).tables
                continue
            c = contents[f.id]
            mine = [i for i in c.appendix_indicators if owner.get(i) == f.id]
            tables += _appendix_tables(c, refs, f, mine, prefix=f"{f.title}: ")
        if tables:
            out.append(make_sheet("appendix", lang, group[0].data_as_of, t("appendix_title", lang), refs,
                                  intro=[t("appendix_intro", lang), t("appendix_booklet_sources", lang)],
                                  tables=tables, appendix=True))
    return out
