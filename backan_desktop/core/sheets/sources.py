"""Citations: content names the sources it cites; a sheet numbers them in order of first use.

Content is built once and placed on several sheets (the screen sheet, each candidate front while
fitting, the appendix), and each numbers its sources afresh. So a content text cites a source with
:func:`cite` (a mark holding the source id) and every block lists the sources it uses in the order
a reader meets them; :class:`SourceNumbers` numbers them when the block is placed and turns the
marks into ``[n]`` numbers.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from ..formatting import Formatter
from ..library import Library, Observation, SeriesPoint
from ..periods import format_iso_date
from ..texts import source_kind_label, t
from ..vocab import STATUS_MARK
from .model import Chart, ChartContent, Kpi, KpiContent, Sheet, SheetPlan, SourceEntry, TableBlock, TableContent

_OPEN, _CLOSE = "\ue000", "\ue001"          # private-use characters: never in the data
_CITATION = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")


def cite(source_id: str) -> str:
    """The mark of a citation of ``source_id`` in a content text; placed, it reads ``[n]``."""
    return f"[{_OPEN}{source_id}{_CLOSE}]"


class SourceNumbers:
    """Numbers sources in order of first use on one sheet. ``texts``: the reference-list line
    and URL of each source id (from :func:`source_texts`)."""

    def __init__(self, texts: Optional[dict[str, tuple[str, str]]] = None):
        self.texts: dict[str, tuple[str, str]] = dict(texts or {})
        self.order: dict[str, int] = {}

    def __call__(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order[source_id] = len(self.order) + 1
        return self.order[source_id]

    def use(self, source_ids: Iterable[str]) -> None:
        for sid in source_ids:
            self(sid)

    def resolve(self, text: str) -> str:
        """``text`` with each citation mark replaced by its source's number."""
        return _CITATION.sub(lambda m: str(self(m.group(1))), text) if _OPEN in text else text

    def place_row(self, row: list[str], uses: list[str]) -> list[str]:
        """A row of content citing ``uses``, its sources numbered."""
        self.use(uses)
        return [self.resolve(cell) for cell in row]

    def continue_from(self, sources: list[SourceEntry]) -> "SourceNumbers":
        """Keep the numbers of a printed front, so an appendix after it numbers on."""
        for s in sorted(sources, key=lambda s: s.number):
            self.order[s.id] = s.number
        return self

    def entries(self, after: int = 0) -> list[SourceEntry]:
        """The numbered sources, only those numbered above ``after`` (what an appendix adds)."""
        return [SourceEntry(n, sid, *self.texts.get(sid, (sid, ""))) for sid, n in self.order.items() if n > after]


def source_texts(lib: Library, lang: str, source_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The reference-list line and URL of each source (an unknown id stands for itself)."""
    out = {}
    for sid in dict.fromkeys(source_ids):
        s = lib.sources.get(sid)
        if s is None:
            out[sid] = (sid, "")
            continue
        date = format_iso_date(s.date, lang) if s.date else t("accessed_none", lang)
        if s.accessed:
            date = f"{date}; {t('accessed_on', lang, date=format_iso_date(s.accessed, lang))}"
        kind = f" ({source_kind_label(s.kind, lang)})" if s.kind else ""
        out[sid] = (f"{s.publisher_in(lang)}{kind}. {s.title}. {date}.", s.url)
    return out


def mark(o: Observation) -> str:
    return STATUS_MARK.get(o.status, "")


def vintage_note(f: Formatter, p: SeriesPoint) -> tuple[str, list[str]]:
    """What other sources say about the figure of ``p`` when they disagree ("" if none), and the
    sources it cites."""
    others = [o for o in p.others if o.value != p.chosen.value]
    if not others:
        return "", []
    values = "; ".join(f"{f.figure(o)} {cite(o.source)}" for o in others)
    return f.t("other_vintage", values=values), [o.source for o in others]


def place_kpi(c: KpiContent, refs: SourceNumbers) -> Kpi:
    # every source the tile rests on is cited on it (the figure's, and the earlier one's its change is worked from)
    refs.use(c.uses)
    return replace(c.kpi, refs=list(dict.fromkeys(refs(s) for s in [*c.cites, *c.uses])), note=refs.resolve(c.kpi.note),
                   earlier=refs.resolve(c.kpi.earlier))


def place_chart(c: ChartContent, refs: SourceNumbers) -> Chart:
    refs.use(c.uses)
    return replace(c.chart, refs=sorted({refs(s) for s in c.cites}), note=refs.resolve(c.chart.note))


def place_table(c: TableContent, refs: SourceNumbers, max_rows: Optional[int] = None, title: str = "") -> TableBlock:
    """The table with its first ``max_rows`` rows (all when None; ``total`` then says how many
    there are); only listed rows number their sources."""
    rows = c.block.rows if max_rows is None else c.block.rows[:max_rows]
    placed = [refs.place_row(row, uses) for row, uses in zip(rows, c.row_uses)]
    total = len(c.block.rows)
    return replace(c.block, title=title or c.block.title, rows=placed, total=total if total > len(placed) else None)


def make_sheet(sheet_id: str, lang: str, data_as_of: str, title: str, refs: SourceNumbers, *, intro=(), kpis=(),
               charts=(), tables=(), footnotes=(), plan: Optional[SheetPlan] = None, appendix: bool = False,
               all_rows: bool = False, sources_after: int = 0, content=None) -> Sheet:
    """A sheet of placed blocks, listing the sources numbered above ``sources_after``."""
    return Sheet(id=sheet_id, lang=lang, title=title, province=t("province", lang), merger_note=t("merger_note", lang),
                 data_as_of=data_as_of, intro=list(intro), kpis=list(kpis), charts=list(charts), tables=list(tables),
                 footnotes=list(footnotes), sources=refs.entries(after=sources_after), plan=plan, appendix=appendix,
                 all_rows=all_rows, content=content)
