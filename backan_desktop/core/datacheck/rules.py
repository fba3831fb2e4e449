"""The rules of the data check, each a function of a :class:`~.model.Catalogue` returning
``(key, problem)`` pairs; ``key`` is set where a declared discrepancy may explain the problem."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..periods import PeriodError, parse_period
from ..problems import Problem
from ..strings import fold
from .model import DISCREPANCIES, Catalogue, Figure

KEY_COLUMNS = ("check", "indicator", "area", "period", "source")
PAGE_ADDRESS = re.compile(r"[a-zA-Z][\w+.-]*://(?P<host>[^/?#\s:]+)(:\d+)?(?P<path>[^?#\s]*)(?P<query>\?[^#\s]*)?")
NAME_COLUMNS = ("name_vi", "name", "name_en")      # a listing names things; facts (labels) may have vintages


def check(cat: Catalogue) -> list[Problem]:
    """Every rule's problems, less those a declared discrepancy explains, plus declarations that
    explain nothing any more."""
    found = (units(cat) + wholes(cat) + parts_of(cat) + averages(cat) + ratios(cat) + statuses(cat) + sources(cat)
             + kinds(cat) + quotes(cat) + listings(cat))
    declared = cat.tables.get(DISCREPANCIES)
    known = {}
    if declared is not None and all(c in declared.fields for c in KEY_COLUMNS):
        known = {tuple("" if r[c] is None else str(r[c]) for c in KEY_COLUMNS): n for n, r in declared}
    used = {key for key, _ in found if key in known}
    stale = [Problem(declared.file, Message(QT_TRANSLATE_NOOP(
        "Problems", "the declared discrepancy ({check}: {figure}) is not found in the data: correct or remove the row"),
        check=key[0], figure=" ".join(k for k in key[1:] if k)), n, 1) for key, n in known.items() if key not in used]
    return [p for key, p in found if key not in known] + stale


def _figure(f: Figure) -> str:
    return " ".join(x for x in (f.indicator, f.area, f.period, f.category) if x)


def _on_figure(cat: Catalogue, f: Figure, column: str, text: str, **values) -> Problem:
    """A problem of figure ``f`` (named in ``{figure}``), pointing at its ``column``."""
    col = cat.figures_table.column(column) if cat.figures_table else None
    return Problem(cat.figures_file, Message(text, figure=_figure(f), **values), f.row, col)


def _grouped(pairs) -> dict:
    """``(key, item)`` pairs as key → [items], in the order met."""
    out = defaultdict(list)
    for key, item in pairs:
        out[key].append(item)
    return out


def _slack(f: Figure) -> float:
    """How far the true value may be from the figure as written: half its last digit; for a
    qualified figure, half its last significant digit ("nearly 530,000": 5,000)."""
    zeros = 0
    if f.qualifier and f.decimals == 0 and int(abs(f.value)):
        digits = str(int(abs(f.value)))
        zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0 ** (zeros - f.decimals)


# --- units --------------------------------------------------------------------------------------

def units(cat: Catalogue) -> list:
    units_, indicators = cat.of("units"), cat.of("indicators")

    def base(u: str) -> tuple[str, bool]:
        row = units_.get(u, {})
        return (row.get("base") or u), bool(row.get("base") and row.get("factor"))

    def convertible(a: str, b: str) -> bool:
        (ba, fa), (bb, fb) = base(a), base(b)
        return ba == bb and (fa or ba == a) and (fb or bb == b)

    out, first_unit = [], {}
    for f in cat.figures:
        expected = (indicators.get(f.indicator) or {}).get("unit") or first_unit.setdefault(f.indicator, f.unit)
        if f.unit != expected and not convertible(f.unit, expected):
            out.append((None, _on_figure(cat, f, "unit", QT_TRANSLATE_NOOP(
                "Problems", "{figure}: unit '{unit}' is not the indicator's unit '{expected}' and no conversion between "
                            "them is declared (units: base and factor)"), unit=f.unit, expected=expected)))
    return out


# --- parts and wholes ---------------------------------------------------------------------------

def _gap(cat: Catalogue, check: str, anchor: Figure, parts: list[Figure], whole: Optional[Figure], text: str,
         at_most: bool = False, **values):
    """A (key, problem) when ``parts`` do not add up to ``whole`` (None: 100) within what rounding
    explains; ``at_most``: only when they add up to more."""
    total = sum(p.value for p in parts)
    target = whole.value if whole is not None else 100.0
    slack = sum(_slack(p) for p in parts) + (_slack(whole) if whole is not None else 0) + 1e-9
    if total - target <= slack and (at_most or target - total <= slack):
        return None
    digits = max(p.decimals for p in parts + ([whole] if whole is not None else []))
    key = (check, anchor.indicator, anchor.area, anchor.period, anchor.source)
    return key, _on_figure(cat, anchor, "value", text, source=anchor.source, digits=digits, sum=round(total, digits),
                           whole=round(target, digits), parts=" + ".join(p.category or p.indicator for p in parts),
                           **values)


def wholes(cat: Catalogue) -> list:
    """``parts`` = sum: the categories of a complete group add up to the row without category;
    ``parts`` = share: the categories of a group add up to 100."""
    indicators, categories = cat.of("indicators"), cat.of("categories")
    members = _grouped((row["group"], cid) for cid, row in categories.items() if row.get("group"))
    bundles = _grouped(((f.indicator, f.area, f.period, f.source, f.series), f) for f in cat.figures
                       if (indicators.get(f.indicator) or {}).get("parts") in ("sum", "share"))
    out = []
    for figures in bundles.values():
        rule = indicators[figures[0].indicator]["parts"]
        totals = [f for f in figures if not f.category]
        groups = _grouped((group, f) for f in figures if (group := (categories.get(f.category) or {}).get("group")))
        for group, parts in groups.items():
            missing = ", ".join(sorted(set(members[group]) - {p.category for p in parts}))
            if rule == "share":     # an incomplete split may only fall short of 100
                gap = _gap(cat, "share", parts[0], parts, None, QT_TRANSLATE_NOOP(
                    "Problems", "{figure} ({source}): the shares {parts} add up to {sum:,.{digits}f} %, not {whole:,.0f}"),
                    at_most=bool(missing))
            elif totals and not missing:
                gap = _gap(cat, "sum", totals[0], parts, totals[0], QT_TRANSLATE_NOOP(
                    "Problems", "{figure} ({source}): the parts {parts} add up to {sum:,.{digits}f}, not the total "
                                "{whole:,.{digits}f}"))
            else:
                gap = None
            if gap:
                out.append(gap)
    return out


def parts_of(cat: Catalogue) -> list:
    """Indicators naming the same ``part_of`` add up to it (same area, period, category, source)."""
    indicators = cat.of("indicators")
    children = _grouped((row["part_of"], iid) for iid, row in indicators.items() if row.get("part_of"))
    index = {(f.indicator, f.area, f.period, f.category, f.source, f.series): f for f in cat.figures}
    out = []
    for f in cat.figures:
        kids = children.get(f.indicator)
        if not kids:
            continue
        parts = [index.get((k, f.area, f.period, f.category, f.source, f.series)) for k in kids]
        if all(parts):
            gap = _gap(cat, "part_of", f, parts, f, QT_TRANSLATE_NOOP(
                "Problems", "{figure} ({source}): {parts} add up to {sum:,.{digits}f}, not {whole:,.{digits}f}"))
            if gap:
                out.append(gap)
    return out


# --- figures derived from others: averages over a range of years, ratios to a base year --------

MAX_COMBINATIONS = 4096     # vintages multiply; beyond this a composite is not checked


def _years(f: Figure) -> Optional[tuple[int, int]]:
    """First and last year of a whole-year or range figure (None for part-years and dates)."""
    try:
        p = parse_period(f.period)
    except PeriodError:
        return None
    return (p.start, p.end) if p.kind in ("year", "range") else None


def _within(value: float, candidates, slack: float) -> bool:
    return any(abs(value - c) <= slack for c in candidates)


def averages(cat: Catalogue) -> list:
    """An indicator with ``average_of`` gives the yearly average of that indicator over a range of
    years. Where the range is covered, without overlap, by that indicator's yearly figures and by
    averages over shorter ranges (any source; each vintage tried), the stated average must be one
    that a geometric or arithmetic mean of a combination gives, within rounding."""
    indicators = cat.of("indicators")
    out = []
    for f in cat.figures:
        of = (indicators.get(f.indicator) or {}).get("average_of")
        years = _years(f)
        if not of or years is None or years[0] == years[1]:
            continue
        # pieces: (first, last) year → [(value, slack)] from yearly figures and shorter averages
        pieces: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
        for g in cat.figures:
            if g.indicator not in (of, f.indicator) or (g.area, g.category) != (f.area, f.category):
                continue
            span = _years(g)
            if span and years[0] <= span[0] <= span[1] <= years[1] and span != years \
                    and (g.indicator == f.indicator or span[0] == span[1]):
                pieces[span].append((g.value, _slack(g)))
        # every way of covering the range: (geometric factor, arithmetic sum, slack) per first uncovered year
        ways = {years[0]: [(1.0, 0.0, 0.0)]}
        for (a, b), values in sorted(pieces.items()):      # by first year: every way to reach ``a`` is known
            if a not in ways:
                continue
            n = b - a + 1
            joined = [(gf * (1 + v / 100) ** n, ar + v * n, sl + e * n) for gf, ar, sl in ways[a] for v, e in values]
            ways.setdefault(b + 1, []).extend(joined)
            del ways[b + 1][MAX_COMBINATIONS:]
        n = years[1] - years[0] + 1
        done = ways.get(years[1] + 1)
        if not done:
            continue
        arithmetic = [ar / n for _, ar, _ in done]
        # a rate (%) may be averaged geometrically (compound growth) or arithmetically; a level only arithmetically
        geometric = [100 * (gf ** (1 / n) - 1) for gf, _, _ in done] if f.unit.startswith("pct") else []
        slack = _slack(f) + max(sl for _, _, sl in done) / n + 1e-9
        if not _within(f.value, geometric + arithmetic, slack):
            key = ("average", f.indicator, f.area, f.period, f.source)
            out.append((key, _on_figure(cat, f, "value", QT_TRANSLATE_NOOP(
                "Problems", "{figure} ({source}): the average {value:,.{digits}f} is no mean of the figures of {of} for "
                            "those years (they give {low:,.{more}f} to {high:,.{more}f})"),
                source=f.source, value=f.value, digits=f.decimals, more=f.decimals + 1, of=of,
                low=min(geometric + arithmetic), high=max(geometric + arithmetic))))
    return out


def ratios(cat: Catalogue) -> list:
    """An indicator with ``ratio_of`` and ``base_period`` gives the level of that indicator in the
    figure's period divided by its level in the base period: with both levels in the data (any
    source; each vintage tried), the stated ratio must be one of their quotients, within rounding."""
    indicators = cat.of("indicators")
    levels = _grouped(((g.indicator, g.area, g.category, g.period), g) for g in cat.figures)
    out = []
    for f in cat.figures:
        row = indicators.get(f.indicator) or {}
        of, base = row.get("ratio_of"), row.get("base_period")
        if not of or not base:
            continue
        tops, bottoms = levels.get((of, f.area, f.category, f.period)), levels.get((of, f.area, f.category, str(base)))
        if not tops or not bottoms:
            continue
        quotients = [(t.value / b.value, t.value / b.value * (_slack(t) / t.value + _slack(b) / b.value))
                     for t in tops for b in bottoms if b.value and t.value]
        if quotients and not any(abs(f.value - q) <= _slack(f) + e + 1e-9 for q, e in quotients):
            key = ("ratio", f.indicator, f.area, f.period, f.source)
            out.append((key, _on_figure(cat, f, "value", QT_TRANSLATE_NOOP(
                "Problems", "{figure} ({source}): the ratio {value:,.{digits}f} is not {of} {period} divided by {of} "
                            "{base} (that gives {low:,.{more}f} to {high:,.{more}f})"),
                source=f.source, value=f.value, digits=f.decimals, more=f.decimals + 1, of=of, period=f.period,
                base=base, low=min(q for q, _ in quotients), high=max(q for q, _ in quotients))))
    return out


# --- statuses, sources, quotes, listings --------------------------------------------------------

def statuses(cat: Catalogue) -> list:
    sources_ = cat.of("sources")
    return [(None, _on_figure(cat, f, "status", QT_TRANSLATE_NOOP(
        "Problems", "{figure}: marked official, but its source '{source}' is a secondary copy (use 'unverified')"),
        source=f.source)) for f in cat.figures
        if f.status == "official" and (sources_.get(f.source) or {}).get("kind") == "secondary_copy"]


def sources(cat: Catalogue) -> list:
    out = []
    for rows in cat.tables_of("sources"):
        for n, r in rows:
            url = str(r.get("url") or "")
            page = PAGE_ADDRESS.match(url)
            if not url:
                out.append((None, Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                    "Problems", "source '{source}' has no URL"), source=r["id"]), n, rows.column("url"))))
            elif not page or page["path"] in ("", "/") and not page["query"] or "…" in url or url.endswith("..."):
                out.append((None, Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                    "Problems", "source '{source}': '{url}' is not the address of a page (a bare domain or cut short)"),
                    source=r["id"], url=url), n, rows.column("url"))))
            if not r.get("date") and not r.get("accessed"):
                out.append((("date", "", "", "", str(r["id"])), Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                    "Problems", "source '{source}' has no date: give the page's date, or when it is undated the date "
                                "it was read (accessed)"), source=r["id"]), n, rows.column("date"))))
    return out


def kinds(cat: Catalogue) -> list:
    """One website (host) and one publisher name have one kind: a source whose kind differs from
    that of most sources of its host or publisher is a problem (declared with check ``kind``)."""
    out = []
    for rows in cat.tables_of("sources"):
        if "kind" not in rows.fields:
            continue
        groups = defaultdict(list)
        for n, r in rows:
            page = PAGE_ADDRESS.match(str(r.get("url") or ""))
            host = page["host"].lower().removeprefix("www.") if page else ""
            for key in (("host", host), ("publisher", " ".join(fold(r.get("publisher") or "").split()))):
                if key[1]:
                    groups[key].append((n, r))
        reported = set()
        for (by, key), members in groups.items():
            label = str(members[0][1].get("publisher")) if by == "publisher" else key     # as written, not folded
            counts = Counter(r.get("kind") or "" for _, r in members)
            if len(counts) < 2:
                continue
            usual = max(counts, key=counts.get)      # the most frequent; on a tie the first met
            for n, r in members:
                if (r.get("kind") or "") != usual and n not in reported:
                    reported.add(n)
                    out.append((("kind", "", "", "", str(r["id"])), Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                        "Problems", "source '{source}' is recorded as '{kind}', but {count} other source(s) of {where} "
                                    "as '{usual}': one publisher has one kind"),
                        source=str(r["id"]), kind=str(r.get("kind") or ""), count=counts[usual], where=label,
                        usual=usual), n, rows.column("kind"))))
    return out


def quotes(cat: Catalogue) -> list:
    """Every row of a table with a ``quote`` column has one; a table with a ``source`` but no
    ``quote`` column has its words in a table citing it (one with a quote)."""
    out = []
    for name, rows in cat.tables.items():
        if "quote" in rows.fields:
            out += [(None, Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                "Problems", "no quote: every figure needs the words it was read from")), n, rows.column("quote")))
                for n, r in rows if not str(r.get("quote") or "").strip()]
        elif "source" in rows.fields and "id" in rows.fields:
            citing = [(cat.tables[c], column) for c, column in cat.references.get(name, ())
                      if c in cat.tables and "quote" in cat.tables[c].fields]
            cited = {str(r[column]) for table, column in citing for _, r in table if str(r.get("quote") or "").strip()}
            out += [(None, Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                "Problems", "'{id}' has no quote: no citation gives the words it was read from"), id=str(r["id"])),
                n, rows.column("id"))) for n, r in rows if str(r["id"]) not in cited]
    return out


def listings(cat: Catalogue) -> list:
    """A listing (a table of things: products, sites, projects…) names each thing once."""
    out = []
    for rows in cat.tables_of("table"):
        column = next((c for c in NAME_COLUMNS if c in rows.fields), None)
        if column is None:
            continue
        seen: dict[str, int] = {}
        for n, r in rows:
            key = " ".join(fold(r.get(column) or "").split())
            if key and key in seen:
                out.append((None, Problem(rows.file, Message(QT_TRANSLATE_NOOP(
                    "Problems", "'{name}' is listed twice (as on row {row}): one row per real thing, its sources in a "
                                "citations table"), name=str(r[column]), row=seen[key]), n, rows.column(column))))
            seen.setdefault(key, n)
    return out
