"""The sources a sheet cites, numbered in order of first use, and the figure texts that cite them."""
from __future__ import annotations

from typing import Optional

from ..library import Library, Observation, SeriesPoint
from ..periods import format_iso_date
from ..texts import t
from ..vocab import STATUS_MARK
from .model import Sheet, SheetPlan, SourceEntry


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


def _sheet(lib: Library, sheet_id: str, lang: str, title: str, refs: _Refs, *, intro=(), kpis=(), charts=(),
           tables=(), footnotes=(), plan: Optional["SheetPlan"] = None, appendix: bool = False,
           all_rows: bool = False, sources_after: int = 0) -> Sheet:
    return Sheet(id=sheet_id, lang=lang, title=title, province=t("province", lang), merger_note=t("merger_note", lang),
                 data_as_of=format_iso_date(lib.data_as_of(), lang), intro=list(intro), kpis=list(kpis),
                 charts=list(charts), tables=list(tables), footnotes=list(footnotes),
                 sources=refs.entries(after=sources_after), plan=plan, appendix=appendix, all_rows=all_rows,
                 library=lib)


