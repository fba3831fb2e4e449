"""The headline slides of fair mode, as data — no Qt.

A slide takes its big numbers and its chart from the section :class:`~backan_desktop.core.sheets.Sheet`
(so the kiosk, the window and the printed sheet cannot disagree) and, for lists (events,
projects, facts), the rows of the package's tables, each with its source. Built on any thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...core.formatting import format_quantity
from ...core.library import Library
from ...core.periods import format_iso_date
from ...core.sections import SECTION_SPECS
from ...core.sheets import Chart, Kpi, Sheet
from ...core.sheets.context_block import place_context
from ...core.sheets.model import ContextBlock
from ...core.sheets.sources import SourceNumbers
from ...core.texts import in_lang, t

SLIDE_IDS = ("grdp", "agriculture", "trade-promotion", "trade", "investment", "province")


@dataclass(frozen=True)
class SlideDef:
    id: str
    section: str                              # the sheet the figures come from
    kpis: tuple = ()                          # (indicator, n-th KPI of that indicator on the sheet; -1 = last)
    chart: Optional[tuple] = None             # (indicator, kind) of a chart of the section spec
    bullets: str = ""                         # "events", "projects" or "facts:<id>,<id>,…"
    statement: str = ""                       # a key of core.texts shown as a big sentence


SLIDE_DEFS: dict[str, SlideDef] = {d.id: d for d in (
    SlideDef("grdp", "economy", kpis=(("grdp_current_prices", 0), ("grdp_growth_avg", 0), ("grdp_growth", 0)),
             chart=("grdp_growth", "line")),
    SlideDef("agriculture", "agriculture", kpis=(("ocop_products", 0), ("cooperatives", 0), ("forest_cover", 0)),
             chart=("ocop_products", "stacked")),
    SlideDef("trade-promotion", "trade-promotion", kpis=(("trade_fairs_supported", 0),), bullets="events"),
    SlideDef("trade", "trade", kpis=(("trade_turnover", -1), ("exports", 0), ("imports", 0)),
             chart=("trade_turnover", "bar")),
    SlideDef("investment", "investment",
             kpis=(("projects_licensed", 0), ("projects_licensed_capital", 0), ("road_infrastructure_investment", 0)),
             bullets="projects"),
    SlideDef("province", "overview", kpis=(("population", 0), ("area_natural", 0), ("forest_cover", 0)),
             bullets="facts:ethnic-groups,ba-be-ramsar-2011,then-singing-unesco", statement="merger_note"),
)}


@dataclass
class Bullet:
    text: str
    detail: str = ""


@dataclass
class Slide:
    """What one headline slide shows, in one language."""
    id: str
    section: str
    lang: str
    kpis: list[Kpi]
    chart: Optional[Chart] = None
    bullets: list[Bullet] = field(default_factory=list)
    statement: str = ""
    sources: list[str] = field(default_factory=list)     # publishers, in order of use

    def texts(self) -> list[str]:
        """Every text on the slide (for tests and accessibility)."""
        out = [k.value + k.mark for k in self.kpis] + [k.label for k in self.kpis]
        out += [b.text for b in self.bullets] + [b.detail for b in self.bullets if b.detail]
        if self.chart is not None:
            out.append(self.chart.title)
        if self.statement:
            out.append(self.statement)
        return out


def _kpi(sheet: Sheet, indicator: str, nth: int) -> Optional[Kpi]:
    found = [k for k in sheet.kpis if k.indicator == indicator]
    if not found:
        return None
    return found[nth] if -len(found) <= nth < len(found) else found[-1]


def _chart(sheet: Sheet, lib: Library, indicator: str, kind: str) -> Optional[Chart]:
    """The sheet's chart drawn from the section spec's chart of ``indicator`` and ``kind``."""
    spec = SECTION_SPECS.get(sheet.id)
    if spec is None:
        return None
    for d in spec.charts:
        if d.indicator == indicator and d.kind == kind:
            ind = lib.indicators.get(indicator)
            title = in_lang((d.title_vi, d.title_en), sheet.lang) or (ind.title(sheet.lang) if ind else indicator)
            return next((c for c in sheet.charts if c.title == title and c.kind == kind), None)
    return None


def _publisher(lib: Library, source_id: str, lang: str) -> str:
    s = lib.sources.get(source_id or "")
    return s.publisher_in(lang) if s else ""


def _rows(lib: Library, resource: str) -> list[dict]:
    ds = lib.datasets.get(resource)
    return ds.table.rows() if ds is not None else []


def _pick(row: dict, col: str, lang: str) -> str:
    v = row.get(f"{col}_{lang}") or row.get(f"{col}_vi") or row.get(col)
    return "" if v is None else str(v)


def _event_bullets(lib: Library, lang: str, n: int) -> tuple[list[Bullet], list[str]]:
    rows = sorted(_rows(lib, "events"), key=lambda r: str(r.get("start") or ""), reverse=True)
    out, pubs = [], []
    for r in rows[:n]:
        bits = [format_iso_date(str(r.get("start") or ""), lang), _pick(r, "place", lang)]
        if r.get("booths_backan"):
            bits.append(format_quantity(r["booths_backan"], lang, lib.unit("booths"), 0))
        out.append(Bullet(_pick(r, "name", lang), " · ".join(b for b in bits if b)))
        pubs.append(_publisher(lib, r.get("source"), lang))
    return out, pubs


def _project_bullets(lib: Library, lang: str, n: int, with_capital: bool = True) -> tuple[list[Bullet], list[str]]:
    """Projects with a stated capital, newest first (then, unless ``with_capital``, the others),
    one line per project name."""
    ds = lib.datasets.get("projects")
    rows = _rows(lib, "projects")
    decimals = ds.table.decimals.get("capital") if ds is not None else None
    indexed = [(i, r) for i, r in enumerate(rows) if not with_capital or r.get("capital") is not None]
    indexed.sort(key=lambda ir: (ir[1].get("capital") is None, -(ir[1].get("year") or 0), ir[0]))
    out, pubs, seen = [], [], set()
    for i, r in indexed:
        name = _pick(r, "name", lang)
        if name in seen:
            continue
        seen.add(name)
        capital = "" if r.get("capital") is None else format_quantity(
            r["capital"], lang, lib.unit(r.get("capital_unit") or ""), decimals[i] if decimals else None)
        detail = " · ".join(x for x in (capital, str(r.get("year") or ""), _pick(r, "sector", lang)) if x)
        out.append(Bullet(name, detail))
        pubs.append(_publisher(lib, r.get("source"), lang))
        if len(out) >= n:
            break
    return out, pubs


def _fact_bullets(lib: Library, lang: str, ids: list[str]) -> tuple[list[Bullet], list[str]]:
    by_id = {r.get("id"): r for r in _rows(lib, "facts")}
    out, pubs = [], []
    for fid in ids:
        r = by_id.get(fid)
        if r is None:
            continue
        out.append(Bullet(_pick(r, "label", lang), _pick(r, "value", lang)))
        pubs.append(_publisher(lib, r.get("source"), lang))
    return out, pubs


def _product_bullets(lib: Library, lang: str, n: int) -> tuple[list[Bullet], list[str]]:
    """Products, one line per name: producer, place, OCOP stars and markets."""
    out, pubs, by_name = [], [], {}
    for r in _rows(lib, "products"):
        name = _pick(r, "name", lang)
        b = by_name.get(name)
        if b is None:
            if len(out) >= n:
                continue
            b = by_name[name] = {"producer": "", "area": "", "stars": "", "markets": []}
            out.append(name)
            pubs.append(_publisher(lib, r.get("source"), lang))
        b["producer"] = b["producer"] or str(r.get("producer") or "")
        b["area"] = b["area"] or (lib.area_name(r["area"], lang) if r.get("area") else "")
        if r.get("stars"):
            b["stars"] = b["stars"] or t("ocop_stars", lang, stars=r["stars"])
        m = _pick(r, "markets", lang)
        if m and not b["markets"]:          # the first market named; sources word it differently
            b["markets"].append(m)
    bullets = []
    for name in out:
        b = by_name[name]
        bullets.append(Bullet(name, " · ".join(x for x in (b["stars"], b["producer"], b["area"], "; ".join(b["markets"])) if x)))
    return bullets, pubs


def section_list(lib: Library, section: str, lang: str, n: int = 6) -> tuple[str, list[Bullet]]:
    """A short list for a section's detail view: its projects, events or products, else its
    facts; with the list's title."""
    kind = {"investment": "projects", "trade-promotion": "events", "agriculture": "products"}.get(section, "facts")
    ds = lib.datasets.get(kind)
    title = ds.title(lang) if ds is not None else ""
    if kind == "projects":
        bullets, _ = _project_bullets(lib, lang, n, with_capital=False)
    elif kind == "events":
        bullets, _ = _event_bullets(lib, lang, n)
    elif kind == "products":
        bullets, _ = _product_bullets(lib, lang, n)
    else:
        ids = [r.get("id") for r in _rows(lib, "facts") if r.get("section") == section][:n]
        bullets, _ = _fact_bullets(lib, lang, ids)
    return title, bullets


def build_slide(lib: Library, sheets: dict[str, Sheet], slide_id: str, max_bullets: int = 4) -> Optional[Slide]:
    """One headline slide from the sheets of one language (``sheets[section_id]``); None when
    the data has nothing for it."""
    d = SLIDE_DEFS[slide_id]
    sheet = sheets.get(d.section)
    if sheet is None:
        return None
    lang = sheet.lang
    kpis = [k for k in (_kpi(sheet, ind, nth) for ind, nth in d.kpis) if k is not None]
    chart = _chart(sheet, lib, *d.chart) if d.chart else None
    bullets, pubs = [], []
    if d.bullets == "events":
        bullets, pubs = _event_bullets(lib, lang, max_bullets)
    elif d.bullets == "projects":
        bullets, pubs = _project_bullets(lib, lang, max_bullets)
    elif d.bullets.startswith("facts:"):
        bullets, pubs = _fact_bullets(lib, lang, d.bullets.split(":", 1)[1].split(","))
    if not (kpis or chart or bullets):
        return None
    numbers = {s.number: s for s in sheet.sources}
    refs = [r for k in kpis for r in k.refs] + (chart.refs if chart else [])
    publishers = [numbers[r].text.split(". ")[0] for r in refs if r in numbers] + pubs
    return Slide(slide_id, d.section, lang, kpis, chart, bullets,
                 t(d.statement, lang) if d.statement else "",
                 [p for p in dict.fromkeys(publishers) if p])


def build_slides(lib: Library, sheets: dict[str, Sheet], enabled: Optional[list[str]] = None) -> list[Slide]:
    """The enabled slides (default: all) in their fixed order, skipping those without data."""
    wanted = [s for s in SLIDE_IDS if enabled is None or s in enabled]
    return [s for s in (build_slide(lib, sheets, sid) for sid in wanted) if s is not None]


# -- Bắc Kạn in context: a slide after the headline slide of each section with peer data ------------
CONTEXT_AFTER = {"grdp": "economy", "investment": "investment", "province": "overview"}


@dataclass
class ContextSlide:
    """A section's "In context" block as a slide: the map or the region's ranked dots, the
    lines (Bắc Kạn, the region, Viet Nam) and the publishers of what they cite."""
    id: str                      # "context-<section>"
    section: str
    lang: str
    block: ContextBlock          # placed: its citations are numbers (the kiosk names publishers instead)
    sources: list[str]

    def texts(self) -> list[str]:
        return [x for ln in self.block.lines for x in [ln.label, *ln.parts]] + self.block.notes


def build_context_slide(lib: Library, sheets: dict[str, Sheet], section: str) -> Optional[ContextSlide]:
    """The context slide of ``section`` from its sheet's content; None when it has no block."""
    sheet = sheets.get(section)
    content = sheet.content if sheet is not None else None
    block = getattr(content, "context", None)
    if block is None:
        return None
    placed = place_context(block, SourceNumbers(content.sources))
    publishers = [_publisher(lib, sid, sheet.lang) for sid in block.uses]
    return ContextSlide(f"context-{section}", section, sheet.lang, placed, [p for p in dict.fromkeys(publishers) if p])


# the figure a home-screen button shows for each section
SECTION_HEADLINE = {
    "overview": "population",
    "economy": "grdp_current_prices",
    "agriculture": "ocop_products",
    "trade-promotion": "trade_fairs_supported",
    "trade": "exports",
    "investment": "projects_licensed_capital",
}


def headline_kpi(sheet: Sheet) -> Optional[Kpi]:
    """The KPI a home-screen button shows for ``sheet`` (else its first KPI)."""
    found = _kpi(sheet, SECTION_HEADLINE.get(sheet.id, ""), 0)
    return found or (sheet.kpis[0] if sheet.kpis else None)
