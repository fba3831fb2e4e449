"""The "In context" block of a printed sheet: the section's headline figures next to the region's
provinces and Viet Nam, a ranked chart of one of them, the PCI sub-index profile, and on the
overview the locator map. Built once per section and language (as content, citing source ids),
then placed on each printed front with its sources numbered (:func:`place_context`).

A rank or median is the one :func:`~backan_desktop.core.context.compare` computes from a complete
set; otherwise the published rank is cited, and the notes name the provinces with no figure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from ..context import HOME, NATION, Comparison, compare, members, pci_profile, periods_with_peers
from ..formatting import Formatter
from ..library import Library
from ..texts import t
from .charts import figure_series
from .model import Chart, ContextBlock, ContextLine
from .sources import SourceNumbers, cite, mark


@dataclass(frozen=True)
class ContextPlan:
    """What a section's block shows: a line per recent year with context for each of ``lines``
    (in this order), the ranked chart of ``ranked`` (its latest such year), the PCI profile, the map."""
    lines: tuple[str, ...]
    ranked: str = ""
    profile: bool = False
    map: bool = False
    one_line: bool = False      # one line per indicator: its latest year with a rank, else with context


CONTEXT_PLANS = {
    "overview": ContextPlan(("pci_rank", "grdp_growth", "grdp_per_capita"), map=True, one_line=True),
    "economy": ContextPlan(("grdp_growth", "grdp_per_capita"), ranked="grdp_growth"),
    "investment": ContextPlan(("pci_rank", "pci_score"), ranked="pci_rank", profile=True),
}


def _periods(lib: Library, indicator: str) -> list[str]:
    """Years to try, latest first: those of Bắc Kạn's figures and those with the region's."""
    years = {p.period.text: p.period.sort_key() for p in lib.series(indicator, HOME, "", kinds={"year"})}
    for text in periods_with_peers(lib, indicator):
        years.setdefault(text, (float(text),) if text.isdigit() else ())
    return sorted(years, key=lambda k: years[k], reverse=True)


def _line(c: Comparison, lang: str) -> ContextLine:
    """The line of ``c``. Where Bắc Kạn's rank is cited as published, that is its regional part
    (the block's note says why no rank is computed); else, when the region's set is incomplete,
    it names the provinces missing (or, when fewer than half were found, those found)."""
    home_name = t("province_short", lang)
    rank_indicator = c.indicator.endswith("_rank")
    parts, uses = [], []
    home = c.home
    rank_obs = c.rank_obs
    rank_text = f"{c.published_rank}{mark(rank_obs)}" if rank_obs is not None else ""
    if home is not None:
        text = rank_text if rank_indicator and rank_text else home.text + home.mark
        parts.append(f"{home_name}: {text} {cite(home.source)}")
        uses.append(home.source)
    else:
        parts.append(f"{home_name}: {t('ctx_no_figure', lang)}")
    if c.rank is not None:
        parts.append(t("ctx_region", lang, text=t("ctx_rank_region", lang, rank=c.rank, n=c.members)))
        uses += [p.source for p in c.peers]
    elif c.members and not (rank_text and home is not None):
        found = [p.name for p in c.peers]
        parts.append(t("ctx_missing", lang, k=len(found), n=c.members, names=", ".join(c.missing))
                     if len(found) * 2 > c.members else
                     t("ctx_found_only", lang, k=len(found), n=c.members, names=", ".join(found) or "–"))
    if rank_text and home is not None and not rank_indicator:
        parts.append(f"{rank_text} {cite(rank_obs.source)}")
        uses.append(rank_obs.source)
    if c.national is not None:
        parts.append(f"{c.national.name}: {c.national.text}{c.national.mark} {cite(c.national.source)}")
        uses.append(c.national.source)
    published = bool(rank_text and home is not None and c.rank is None and c.members)
    return ContextLine(f"{c.title}, {c.period}", parts, list(dict.fromkeys(uses)), published)


RECENT = 2          # a second line for a year with a rank, when it is at most this many years older


def _year(period: str) -> float:
    return float(period[:4]) if period[:4].isdigit() else 0.0


def _comparisons(lib: Library, indicator: str, lang: str) -> list[Comparison]:
    """The latest year with context, and the latest year with a rank when that is another year."""
    found: list[Comparison] = []
    for period in _periods(lib, indicator):
        c = compare(lib, indicator, lang, period)
        if not (c.national is not None or c.has_rank):      # nothing to set the figure against
            continue
        if not found:
            found.append(c)
            if c.has_rank:
                break
        elif c.has_rank and _year(c.period) >= _year(found[0].period) - RECENT:
            found.append(c)
            break
    return found


def context_block(lib: Library, section: str, lang: str) -> Optional[ContextBlock]:
    """The block of ``section`` (None when the section has none or the data gives nothing)."""
    plan = CONTEXT_PLANS.get(section)
    if plan is None or "area_groups" not in lib.datasets:
        return None
    lines, notes = [], []
    asked = [i for i in dict.fromkeys((*plan.lines, plan.ranked)) if i in lib.indicators]
    comparisons = {ind: _comparisons(lib, ind, lang) for ind in asked}      # each indicator's asked once
    found = [comparisons[ind] for ind in plan.lines if ind in comparisons]
    found = [f[-1:] for f in found] if plan.one_line else found
    # each indicator's first line, then the second ones: a sheet that prints the first lines only
    # still sets each indicator in context
    for rank in range(max((len(f) for f in found), default=0)):
        lines += [_line(f[rank], lang) for f in found if len(f) > rank]
    block = ContextBlock(t("ctx_block_title", lang), lines, [], map=plan.map,
                         published_note=t("ctx_published_used", lang, n=len(members(lib))))
    ranked = comparisons.get(plan.ranked, [])[:1]          # its latest year with context
    if ranked and len(ranked[0].peers) >= 2:
        block.ranked = c = ranked[0]
        block.ranked_title = t("ctx_ranked_title", lang, title=c.title, period=c.period)
        if c.lower_is_better:
            block.ranked_title += f" ({t('ctx_lower_better', lang)})"
        block.ranked_uses = list(dict.fromkeys([p.source for p in c.peers] + ([c.national.source] if c.national else [])))
    if plan.profile:
        prof = pci_profile(lib, lang)
        if prof.home is not None:
            block.profile = prof
        elif prof.period and members(lib):
            notes.append(prof.note)
    block.graphic_notes = list(dict.fromkeys(notes))
    if not (lines or block.ranked or block.profile or block.map):
        return None
    return block


def place_context(block: Optional[ContextBlock], refs: SourceNumbers, full: bool = True,
                  lines: Optional[int] = None) -> Optional[ContextBlock]:
    """The block with its sources numbered on ``refs`` (in reading order) and its citations
    resolved; without ``full`` only its lines (no map, chart or profile); with ``lines``, its
    first ones only. Its notes are those of what it shows."""
    if block is None:
        return None
    if not full:
        block = replace(block, ranked=None, ranked_uses=[], profile=None, map=False, graphic_notes=[])
    if lines is not None:
        block = replace(block, lines=block.lines[:lines])
    refs.use(block.uses)
    placed = [ContextLine(ln.label, [refs.resolve(p) for p in ln.parts], ln.uses, ln.published) for ln in block.lines]
    notes = ([block.published_note] if any(ln.published for ln in placed) else []) + block.graphic_notes
    return replace(block, lines=placed, notes=notes, ranked_refs=sorted({refs(s) for s in block.ranked_uses}),
                   profile_refs=sorted({refs(s) for s in block.profile.sources}) if block.profile else [])


# series keys whose colour (core.palette.colour) is the one every context chart gives Bắc Kạn (SPARE[1])
# and Viet Nam (SPARE[4]); a test keeps them in step with qt.context_painter
TREND_KEYS = {HOME: "in_context:home", NATION: "in_context:nation"}


def over_time(library: Library, indicator: str, lang: str) -> tuple[Optional[Chart], list[str]]:
    """Bắc Kạn's yearly figures of ``indicator`` beside Viet Nam's, as a line chart on a time axis
    , and the sources of its points; (None, []) unless both have two years or more."""
    f = Formatter(library, lang)
    view = library.view(indicator)
    ind = library.indicators.get(indicator)
    unit_id = ind.unit if ind else ""
    series = {area: {p.period.text: p for p in view.points(area, "", {"year"})
                     if p.chosen.unit == unit_id and p.chosen.status != "target"} for area in (HOME, NATION)}
    if min(len(v) for v in series.values()) < 2:
        return None, []
    years = sorted({y for v in series.values() for y in v})
    out, uses = [], []
    for area, points in series.items():
        chosen = [points[y].chosen if y in points else None for y in years]
        out.append(figure_series(f, f.area(area) if area == NATION else f.t("province_short"), chosen, f"area:{area}"))
        uses += [o.source for o in chosen if o]
    chart = Chart(f.t("ctx_over_time", title=f.name(indicator)), "line", years, out, f.unit(unit_id).label(lang),
                  unit_id, [], lang=lang, x_periods=years, indicator=indicator)
    return chart, list(dict.fromkeys(uses))
