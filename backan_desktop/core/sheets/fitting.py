"""Printed sheets: the richest front that fits two pages, and what goes on paper in which order."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..sections import SECTION_SPECS
from .appendix import build_appendix, build_booklet_appendix
from .datasets import place_dataset
from .layout import more_figures_rows, place_front
from .model import ALL, DATASET_FRONT_ROWS, FRONT_CHARTS, MIN_CUT_ROWS, DatasetContent, Sheet, SheetPlan


def _most(ok: Callable[[int], bool], lo: int, hi: int) -> int:
    """The largest k in [lo, hi] for which ``ok(k)`` holds (``ok`` falls as k grows); 0 if none."""
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if ok(mid):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


def fit_sheet(sheet: Sheet, fits: Callable[[Sheet], bool]) -> Sheet:
    """The printed front of a screen sheet: the richest plan that ``fits`` accepts (the renderer
    measures: at most FRONT_PAGES pages on its paper). Priority: KPI tiles, then up to FRONT_CHARTS
    charts, then the front tables in order, the last one cut to the rows that fit; when even the
    tiles and charts do not fit, charts go first down to two, then the intro, then tiles and charts in
    turn. A front whose back would hold little (``fits.sparse``, when the measure offers it) adds the
    section's other figures that fit. A dataset sheet lists the rows that fit. Sheets already planned
    and appendices are returned as they are. Every candidate is placed afresh from the sheet's
    content, so sources are numbered for what is printed."""
    if sheet.plan is not None or sheet.content is None:
        return sheet
    content = sheet.content
    if isinstance(content, DatasetContent):
        def build(plan: SheetPlan) -> Sheet:
            return place_dataset(content, plan)

        total = content.total
        if total <= DATASET_FRONT_ROWS:
            whole = build(SheetPlan(tables=(ALL,)))
            if fits(whole):
                return whole
        k = _most(lambda k: fits(build(SheetPlan(tables=(k,)))), 1, min(total - 1, DATASET_FRONT_ROWS))
        return build(SheetPlan(tables=(max(k, 1),)))

    def build(plan: SheetPlan) -> Sheet:
        return place_front(content, plan)

    n_k = len(sheet.kpis)
    n_c = min(FRONT_CHARTS, len(sheet.charts))
    n_t = len(content.front_tables)
    ladder = list(dict.fromkeys([
        (True, n_k, n_c), (True, n_k, min(n_c, 3)), (True, n_k, min(n_c, 2)), (False, n_k, min(n_c, 2))]
        + [(False, min(n_k, k), min(n_c, c)) for k, c in ((9, 2), (8, 2), (6, 2), (4, 2), (4, 1), (2, 1), (2, 0), (0, 0))]))
    plan = SheetPlan(*ladder[-1], tables=(0,) * n_t)
    for intro, k, c in ladder:
        trial = SheetPlan(intro, k, c, (0,) * n_t)
        if fits(build(trial)):
            plan = trial
            break
    # the "In context" block (2: with its map or chart, 1: its lines) costs no tile and no chart, but on
    # the overview, where its map and rank may take the place of the charts after the first two and
    # of the intro
    if content.context is not None:
        overview = content.context.map
        floor = min(plan.charts, 2) if overview else plan.charts
        intros = [plan.intro] + ([False] if overview and plan.intro else [])
        plan = next((trial for level in (2, 1) for intro in intros for n in range(plan.charts, floor - 1, -1)
                     if fits(build(trial := replace(plan, intro=intro, charts=n, context=level)))), plan)
        n_lines = len(content.context.lines)
        if not plan.context and n_lines > 1:          # else its first lines, as many as fit
            k = _most(lambda k: fits(build(replace(plan, context=1, context_lines=k))), 1, n_lines - 1)
            plan = replace(plan, context=1, context_lines=k) if k else plan
    rows: list[int] = []
    for i, entry in enumerate(content.front_tables):
        rest = (0,) * (n_t - i - 1)
        trial = build(replace(plan, tables=tuple(rows) + (ALL,) + rest))
        key = entry if isinstance(entry, str) else entry.block.key if entry is not None else None
        tb = next((b for b in trial.tables if b.key == key), None)
        if tb is None:
            rows.append(0)
            continue
        if fits(trial):
            rows.append(ALL)
            continue
        done = tuple(rows)
        k = _most(lambda k: fits(build(replace(plan, tables=done + (k,) + rest))), MIN_CUT_ROWS, len(tb.rows) - 1)
        rows.append(k)
        break
    rows += [0] * (n_t - len(rows))
    plan = replace(plan, tables=tuple(rows))
    front = build(plan)
    # a back that would hold little (the renderer says so through ``fits.sparse``) takes the
    # section's figures the front shows nowhere else, as many as fit
    sparse = getattr(fits, "sparse", None)
    if sparse is not None and SECTION_SPECS[content.id].all_figures and sparse(front):
        shown = {k.indicator for k in front.kpis} | {ch.indicator for ch in front.charts if ch.indicator}
        n = len(more_figures_rows(content, shown, front.tables))
        k = _most(lambda k: fits(build(replace(plan, figures=k))), MIN_CUT_ROWS, n) if n >= MIN_CUT_ROWS else 0
        if k:
            front = build(replace(plan, figures=k))
    return front


def print_sheets(sheets: list[Sheet], fits: Callable[[Sheet], bool], appendix: bool = False,
                 booklet: bool = False) -> list[Sheet]:
    """What goes on paper for ``sheets``, in order: each sheet's front (see :func:`fit_sheet`); with
    ``appendix`` each front followed by its appendix, or for a ``booklet`` one appendix per language
    after all the fronts."""
    fronts = [fit_sheet(s, fits) for s in sheets]
    if not appendix:
        return fronts
    if booklet:
        return fronts + build_booklet_appendix(fronts)
    out = []
    for f in fronts:
        out.append(f)
        a = build_appendix(f)
        if a is not None:
            out.append(a)
    return out

