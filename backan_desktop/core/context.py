"""Bắc Kạn in context: its figure next to the provinces of its region and to Viet Nam.

A rank among the region's provinces and the regional median are computed only from a complete
set (every member province has a published figure for that period) and say so; otherwise the
rank the press or VCCI published is cited, and the missing provinces are named. Nothing here
estimates a figure. Pure Python (no Qt): the Compare page, the sheets and fair mode place what
these functions return.
"""
from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from statistics import median
from typing import Optional

from .formatting import Formatter
from .library import Library, Observation
from .periods import parse_period
from .texts import t
from .vocab import STATUS_MARK

HOME = "backan"
REGION = "northern-midlands-mountains"
MERGER = "thai-nguyen-2025"               # the province Bắc Kạn became part of on 1 July 2025
NATION = "vietnam"
NATION_CATEGORIES = ("", "province_average")    # Viet Nam's own figure, else the provinces' average
# the published rank of the home province that goes with an indicator (category "within_region"
# for a rank among the region's provinces, "" for the national one)
RANK_OF = {"pci_score": "pci_rank", "grdp_growth": "grdp_growth_rank", "grdp_per_capita": "grdp_per_capita_rank",
           "population": "population_rank", "grdp_current_prices": "grdp_rank"}
PCI_SUBINDICES = ("pci_entry_costs", "pci_land_access", "pci_transparency", "pci_time_costs", "pci_informal_charges",
                  "pci_policy_bias", "pci_proactivity", "pci_business_support", "pci_labour_policy", "pci_law_and_order")


@dataclass(frozen=True)
class Peer:
    """One area's figure, formatted for the language."""
    area: str
    name: str
    value: float
    text: str               # value with unit, localised
    status: str
    source: str
    home: bool = False

    @property
    def mark(self) -> str:
        return STATUS_MARK.get(self.status, "")


@dataclass
class Comparison:
    """One indicator and period across the region, best first (lowest first for a rank)."""
    indicator: str
    category: str
    period: str
    title: str
    peers: list[Peer]
    missing: list[str]                  # names of member provinces with no figure
    members: int
    lower_is_better: bool = False
    rank: Optional[int] = None          # the home province's rank among the members (complete set only)
    median: Optional[float] = None      # the members' median (complete set only)
    median_text: str = ""
    national: Optional[Peer] = None
    published_rank: str = ""            # the home province's published rank, in words
    rank_obs: Optional[Observation] = None    # the row of that published rank
    note: str = ""                      # how the rank and median were obtained, or why not

    @property
    def complete(self) -> bool:
        return self.members > 0 and not self.missing and len(self.peers) == self.members

    @property
    def home(self) -> Optional[Peer]:
        return next((p for p in self.peers if p.home), None)

    @property
    def has_rank(self) -> bool:
        """A rank says where the home province stands: computed, or its own published one."""
        return self.rank is not None or bool(self.published_rank and self.home is not None)


@dataclass
class Profile:
    """PCI sub-index scores of a period: the home province, the region's top province, the
    regional median where every member has them, and the other members that have them."""
    period: str
    labels: list[str]
    home: Optional[list[Optional[float]]]
    top: tuple[str, list[Optional[float]]] | None
    median: Optional[list[float]]
    others: list[tuple[str, list[Optional[float]]]] = field(default_factory=list)
    note: str = ""
    sources: list[str] = field(default_factory=list)     # of every score in the profile, in reading order


def members(library: Library, group: str = REGION, period: Optional[str] = None) -> list[str]:
    """Area ids of a group of ``area_groups.csv`` (the region's provinces, a merger's parts); with
    ``period``, only if the group existed for the whole period (the 14-province region ends on
    30 June 2025, so 2025 has no such region)."""
    ds = library.datasets.get("area_groups")
    if ds is None:
        return []
    rows = [r for r in ds.table.rows() if r["group"] == group]
    if period:
        start, end = parse_period(period).span()
        rows = [r for r in rows if _year(r.get("valid_from"), 0) <= start and end <= _year(r.get("valid_to"), 1)]
    return [r["member"] for r in rows]


def context_rows(library: Library) -> set[int]:
    """Rows (``Observation.row``) that exist to set Bắc Kạn in context rather than to describe it:
    another province of the region (but for the merger's figures of the former Thái Nguyên), and
    Viet Nam's own value of an indicator Bắc Kạn also has, or the provinces' average. The section
    sheets leave them out; the Compare page, the context lines and the "in context" blocks use them."""
    peers = set(members(library)) - {HOME}
    merged = set(members(library, MERGER))
    home_indicators = {o.indicator for o in library.observations if o.area == HOME}
    return {o.row for o in library.observations
            if (o.area in peers and not (o.area in merged and o.period.start >= 2025))
            or (o.area == NATION and (o.category == "province_average"
                                      or (o.category == "" and o.indicator in home_indicators)))}


def _year(iso: Optional[str], end: int) -> float:
    """An ISO date as fractional years on the scale of ``Period.span``: the start of the day for a
    ``valid_from`` (``end=0``), the end of the day for a ``valid_to`` (``end=1``); open ends are unbounded."""
    if not iso:
        return float("inf") if end else float("-inf")
    y, m, d = (int(x) for x in str(iso).split("-"))
    days = monthrange(y, m)[1]
    return y + (m - 1) / 12 + (d - 1 + end) / days / 12


def _peer(f: Formatter, o: Observation, home: bool = False, name: str = "") -> Peer:
    return Peer(o.area, name or f.area(o.area), float(o.value), f.figure(o, marked=False), o.status, o.source, home)


def _value(library: Library, indicator: str, period: str, area: str, category: str) -> Optional[Observation]:
    point = library.point(indicator, period, area, category)
    return point.chosen if point else None


def periods_with_peers(library: Library, indicator: str, category: str = "") -> list[str]:
    """Years in which at least two member provinces have a figure (something to compare), oldest first."""
    found: dict[str, list] = {}
    for a in members(library):
        for p in library.series(indicator, a, category, kinds={"year"}):
            found.setdefault(p.period.text, []).append(p.period)
    return [k for k, v in sorted(found.items(), key=lambda kv: kv[1][0].sort_key())
            if len(v) > 1 and members(library, period=k)]


def default_period(library: Library, indicator: str, category: str = "") -> str:
    """The year with the most member provinces (the home province's years first), the latest on a tie."""
    ids = members(library)
    best = ("", (-1, -1, ()))
    for text in periods_with_peers(library, indicator, category):
        have = [a for a in ids if _value(library, indicator, text, a, category)]
        key = (HOME in have, len(have), library.point(indicator, text, have[0], category).period.sort_key())
        if key > best[1]:
            best = (text, key)
    return best[0]


def compare(library: Library, indicator: str, lang: str, period: Optional[str] = None,
            category: str = "") -> Comparison:
    """The region's figures for ``indicator`` in ``period`` (default: :func:`default_period`)."""
    period = period or default_period(library, indicator, category)
    ids = members(library, period=period) if period else []
    f, view = Formatter(library, lang), library.view(indicator)
    ind = library.indicators.get(indicator)
    title = f.name(indicator) + (f" – {f.category(category)}" if category else "")
    lower = bool(ind and ind.unit == "rank")
    found = {area: p.chosen for area in ids if (p := view.at(period, area, category))}
    peers = sorted((_peer(f, o, area == HOME) for area, o in found.items()), key=lambda p: p.value, reverse=not lower)
    missing = [f.area(area) for area in ids if area not in found]
    c = Comparison(indicator, category, period, title, peers, missing, len(ids), lower)
    for cat in NATION_CATEGORIES if not category else (category,):
        if (p := view.at(period, NATION, cat)) is not None:
            c.national = _peer(f, p.chosen, name=_nation_name(f, cat))
            break
    home = c.home
    if c.complete and peers:
        c.median = median(p.value for p in peers)
        places = max(o.decimals for o in found.values())
        places += round(c.median, places) != c.median          # the mean of the middle two may need one more
        c.median_text = f.quantity(c.median, f.unit(ind.unit if ind else ""), places)
        if home is not None:
            better = [p for p in peers if (p.value < home.value if lower else p.value > home.value)]
            c.rank = len(better) + 1
        c.note = t("ctx_complete", lang, n=len(ids), period=period)
    elif ids:
        c.note = t("ctx_incomplete", lang, k=len(peers), n=len(ids), period=period, missing=", ".join(missing))
    c.rank_obs, c.published_rank = _published_rank(library, indicator, period, lang)
    return c


def _nation_name(f: Formatter, category: str) -> str:
    name = f.area(NATION)
    return f"{name} ({f.category(category).lower()})" if category else name


def _published_rank(library: Library, indicator: str, period: str, lang: str) -> tuple[Optional[Observation], str]:
    """The row of the home province's rank as published for ``period`` (within the region first),
    and that rank in words; (None, "") when none was published."""
    rank_id = RANK_OF.get(indicator, indicator if indicator.endswith("_rank") else "")
    regional = _value(library, rank_id, period, HOME, "within_region") if rank_id else None
    if regional is not None:
        return regional, t("ctx_rank_region_published", lang, rank=int(regional.value), n=len(members(library)) or 14)
    o = _value(library, rank_id, period, HOME, "") if rank_id else None
    return o, t("ctx_rank_nation_published", lang, rank=int(o.value)) if o is not None else ""


def context_for(library: Library, indicator: str, lang: str, period: Optional[str] = None,
                category: str = "") -> tuple[str, list[str]]:
    """One line for a headline tile and the source ids of what it cites: ``rank 6 of 14 in the
    region · Viet Nam: VND 101.9 million per person``. The rank is computed only from a complete
    set, else the published one is cited; ("", []) when there is nothing to say for that period."""
    c = compare(library, indicator, lang, period, category)
    parts, cites = [], []
    if c.rank is not None:
        parts.append(t("ctx_rank_region", lang, rank=c.rank, n=c.members))
        cites += [p.source for p in c.peers]
    elif c.published_rank and not indicator.endswith("_rank"):     # a rank's own figure already says it
        parts.append(c.published_rank)
        cites.append(c.rank_obs.source)
    if c.national is not None:
        parts.append(f"{c.national.name}: {c.national.text}{c.national.mark}")
        cites.append(c.national.source)
    return " · ".join(parts), list(dict.fromkeys(cites))


def context_line(library: Library, indicator: str, lang: str, period: Optional[str] = None,
                 category: str = "") -> str:
    """The text of :func:`context_for`."""
    return context_for(library, indicator, lang, period, category)[0]


def pci_profile(library: Library, lang: str, period: Optional[str] = None) -> Profile:
    """The PCI sub-index profile of ``period`` (default: the latest year with any member's sub-indices)."""
    ids = members(library)
    years = sorted({p for c in PCI_SUBINDICES for p in periods_with_peers(library, "pci_score", c)})
    period = period or (years[-1] if years else "")
    f = Formatter(library, lang)
    labels = [f.category(c) for c in PCI_SUBINDICES]

    subs = {a: obs for a in ids if any(obs := [_value(library, "pci_score", period, a, c) for c in PCI_SUBINDICES])}
    have = {a: [float(o.value) if o else None for o in obs] for a, obs in subs.items()}
    ranks = {a: o for a in ids if (o := _value(library, "pci_rank", period, a, ""))}
    ranked = sorted((a for a in have if a in ranks), key=lambda a: ranks[a].value)
    top_id = ranked[0] if ranked else None
    complete = len(have) == len(ids) and all(None not in s for s in have.values())
    med = [median(have[a][i] for a in ids) for i in range(len(PCI_SUBINDICES))] if complete and ids else None
    notes = [t("ctx_profile_complete", lang, n=len(ids)) if complete else
             t("ctx_profile_incomplete", lang, k=len(have), n=len(ids), period=period)]
    if HOME not in have:
        notes.append(t("ctx_profile_no_home", lang, period=period, name=f.area(HOME)))
    # "top of the region" only when every member's rank is known; else the best-ranked of those found
    top_key = "ctx_profile_top" if len(ranks) == len(ids) else "ctx_profile_best_found"
    top = (t(top_key, lang, name=f.area(top_id)), have[top_id]) if top_id else None
    shown = [a for a in (HOME, top_id) if a in have] + [a for a in ids if a in have and a not in (HOME, top_id)]
    sources = [o.source for a in shown for o in subs[a] if o] + ([ranks[top_id].source] if top_id else [])
    others = [(f.area(a), have[a]) for a in ids if a in have and a not in (HOME, top_id)]
    return Profile(period, labels, have.get(HOME), top, med, others, " ".join(notes), list(dict.fromkeys(sources)))
