"""A section's blocks built from the library: KPI tiles, the key-figures table, tables of the
package, every figure with every vintage, and the section's intro."""
from __future__ import annotations

from typing import Optional

from ..formatting import QUALIFIER_WORDS, format_change, format_number
from ..library import Library, SeriesPoint
from ..periods import format_iso_date
from ..sections import KpiDef, SectionSpec
from ..texts import status_label, t
from .model import Kpi, TableBlock
from .sources import _mark, _Refs, _value_text, _vintage_note


def _pick_point(lib: Library, d: KpiDef) -> Optional[SeriesPoint]:
    if d.period:
        return lib.point(d.indicator, d.period, d.area, d.category)
    points = lib.series(d.indicator, d.area, d.category, kinds=d.kinds)
    points = [p for p in points if p.chosen.status != "target"] or points
    return points[-1] if points else None


def build_kpi(lib: Library, d: KpiDef, lang: str, refs: _Refs) -> Optional[Kpi]:
    p = _pick_point(lib, d)
    if p is None:
        return None
    o = p.chosen
    ind = lib.indicators.get(o.indicator)
    label = (d.label_vi if lang == "vi" else d.label_en) or (ind.title(lang) if ind else o.indicator)
    if o.category and not (d.label_vi or d.label_en):
        label = f"{label} — {lib.category_label(o.category, lang)}"
    kpi = Kpi(label=label, value=lib.format_observation(o, lang), period=o.period.label(lang), status=o.status,
              mark=_mark(o), refs=[refs(o.source)], indicator=o.indicator, raw_value=o.value)
    notes = [n for n in (_vintage_note(lib, p, lang, refs), o.note(lang) if d.show_note else "") if n]
    kpi.note = " ".join(notes)
    # change: a stated change in the data wins over one calculated from the series
    if d.change_indicator:
        c = lib.point(d.change_indicator, d.change_period or o.period.text, d.area, d.category)
        if c is not None:
            co = c.chosen
            base = d.change_base or ""
            kpi.change = (f"{format_change(co.value, lang, lib.unit(co.unit), co.decimals)}"
                          f"{' ' + t('vs', lang) + ' ' + base if base else ''}")
            if co.qualifier:
                kpi.change = f"{QUALIFIER_WORDS[lang][co.qualifier]} {kpi.change}"
            r = refs(co.source)
            if r not in kpi.refs:
                kpi.refs.append(r)
    elif d.computed_change:
        series = [q for q in lib.series(o.indicator, d.area, d.category, kinds={o.period.kind})
                  if q.chosen.status != "target" and q.period.sort_key() < o.period.sort_key()]
        if series:
            prev = series[-1].chosen
            if prev.unit == o.unit:
                delta = o.value - prev.value
                dec = max(o.decimals, prev.decimals)
                kpi.change = f"{format_change(delta, lang, lib.unit(o.unit), dec)} {t('vs', lang)} {prev.period.label(lang)}"
                kpi.change_note = t("computed_change", lang)
                r = refs(prev.source)
                if r not in kpi.refs:
                    kpi.refs.append(r)
    return kpi


def figures_table(lib: Library, indicators: list[str], lang: str, refs: _Refs, title: str = "") -> Optional[TableBlock]:
    """Every figure of the given indicators, every vintage, in catalogue order then chronologically."""
    rows = []
    order = {ind: i for i, ind in enumerate(indicators)}
    obs = [o for o in lib.observations if o.indicator in order]
    obs.sort(key=lambda o: (order[o.indicator], o.area, o.category != "", o.category, o.period.sort_key(), o.row))
    chosen_ids = {id(p.chosen) for (ind, area, cat) in {(o.indicator, o.area, o.category) for o in obs}
                  for p in lib.series(ind, area, cat)}
    multi = {}
    for o in obs:
        multi.setdefault((o.indicator, o.area, o.category, o.period.text), set()).add(o.value)
    for o in obs:
        ind = lib.indicators.get(o.indicator)
        name = ind.title(lang) if ind else o.indicator
        if o.area != "backan":
            name = f"{name} ({lib.area_name(o.area, lang)})"
        status = status_label(o.status, lang)
        if len(multi[(o.indicator, o.area, o.category, o.period.text)]) > 1:
            status += f" · {t('shown_vintage', lang) if id(o) in chosen_ids else t('vintage_row', lang)}"
        rows.append([name, lib.category_label(o.category, lang) if o.category else "", o.period.label(lang),
                     _value_text(lib, o, lang), status, f"[{refs(o.source)}]"])
    if not rows:
        return None
    cols = [t("indicator", lang), t("breakdown", lang), t("period", lang), t("value", lang), t("status", lang), t("ref", lang)]
    return TableBlock(title or t("figures", lang), cols, rows, [False, False, False, True, False, False],
                      note=t("status_legend", lang), source_column=5, key="figures")


def resource_table(lib: Library, resource: str, lang: str, refs: _Refs, columns: list[tuple[str, str]] | None = None,
                   title: str = "", section: str = "", max_rows: Optional[int] = None) -> Optional[TableBlock]:
    """A non-series table of the package, in the sheet's language. ``columns``: (vi column, en column)
    pairs; a single name is shared by both languages. ``max_rows``: list only the first rows (the
    block's ``total`` then says how many there are); only listed rows number their sources."""
    ds = lib.datasets.get(resource)
    if ds is None:
        return None
    table = ds.table
    schema = table.schema
    names = table.field_names
    if columns is None:
        columns = [(n, n) for n in names if n not in ("id", "quote", "source")]
    rows = []
    dec = table.decimals
    total = 0
    for i, r in enumerate(table.rows()):
        if section and r.get("section") not in (None, section):
            continue
        total += 1
        if max_rows is not None and len(rows) >= max_rows:
            continue
        row = []
        for vi_col, en_col in columns:
            col = vi_col if lang == "vi" else en_col
            v = r.get(col)
            spec = schema.field(col)
            if v is None:
                row.append("")
            elif spec is not None and spec.type == "number":
                row.append(format_number(v, lang, dec[col][i]))
            elif col in ("area", "parent"):
                row.append(lib.area_name(v, lang))
            elif col in ("capital_unit", "investment_unit", "unit"):
                row.append(lib.unit(v).label(lang))
            elif col in ("start", "end", "date"):
                row.append(format_iso_date(str(v), lang))
            else:
                row.append(str(v))
        if "source" in r and r["source"]:
            row.append(f"[{refs(r['source'])}]")
        rows.append(row)
    if not rows and not total:
        return None
    headers = []
    for vi_col, en_col in columns:
        spec = schema.field(vi_col if lang == "vi" else en_col)
        headers.append(spec.label(lang) if spec else vi_col)
    numeric = [(schema.field(c[0]) is not None and schema.field(c[0]).type in ("number", "integer")) for c in columns]
    has_src = "source" in names
    if has_src:
        headers.append(t("ref", lang))
        numeric.append(False)
    return TableBlock(title or ds.title(lang), headers, rows, numeric,
                      source_column=len(headers) - 1 if has_src else None, key=resource,
                      total=total if total > len(rows) else None)


def _section_intro(lib: Library, spec: SectionSpec, lang: str) -> list[str]:
    out = []
    for pkg in lib.packages:
        if pkg.descriptor is None:
            continue
        extra = getattr(pkg.descriptor, "sections", None) or (pkg.descriptor.model_extra or {}).get("sections") or []
        for s in extra:
            if isinstance(s, dict) and s.get("id") == spec.id:
                text = s.get("description" if lang == "vi" else "description_en")
                if text:
                    out.append(text)
    return out


def _series_keys(lib: Library) -> dict[str, list[tuple[str, str]]]:
    keys: dict[str, dict[tuple[str, str], None]] = {}
    for o in lib.observations:
        keys.setdefault(o.indicator, {})[(o.area, o.category)] = None
    return {ind: list(k) for ind, k in keys.items()}


def key_figures_table(lib: Library, spec: SectionSpec, lang: str, refs: _Refs, exclude: set[str] = frozenset(),
                      max_rows: Optional[int] = None) -> tuple[Optional[TableBlock], list[str]]:
    """The latest figure of each series of the section (``spec.key_figures`` first, then catalogue
    order), leaving out indicators in ``exclude`` (already on the sheet as tiles or charts). Only
    totals, or the one breakdown an indicator has. Returns the table and the vintage notes of the
    listed rows; only listed rows number their sources."""
    section = spec.figures_section or spec.id
    catalogue = [i.id for i in lib.indicators_in(section)]
    order = [i for i in spec.key_figures if i in lib.indicators] + [i for i in catalogue if i not in spec.key_figures]
    keys = _series_keys(lib)
    picked: list[SeriesPoint] = []
    for ind in order:
        if ind in exclude:
            continue
        by_area: dict[str, list[str]] = {}
        for area, cat in keys.get(ind, []):
            by_area.setdefault(area, []).append(cat)
        areas = sorted(by_area, key=lambda a: (a != "backan", a))
        for area in areas:
            cats = by_area[area]
            cat = "" if "" in cats else (cats[0] if len(cats) == 1 else None)
            if cat is None:
                continue
            points = [p for p in lib.series(ind, area, cat) if p.chosen.status != "target"]
            if points:
                picked.append(points[-1])
    total = len(picked)
    listed = picked if max_rows is None else picked[:max_rows]
    rows, notes, marked = [], [], False
    for p in listed:
        o = p.chosen
        ind = lib.indicators.get(o.indicator)
        name = ind.title(lang) if ind else o.indicator
        if o.category:
            name = f"{name} — {lib.category_label(o.category, lang)}"
        if o.area != "backan":
            name = f"{name} ({lib.area_name(o.area, lang)})"
        marked = marked or bool(_mark(o))
        rows.append([name, o.period.label(lang), _value_text(lib, o, lang), f"[{refs(o.source)}]"])
        v = _vintage_note(lib, p, lang, refs)
        if v:
            notes.append(f"{name}, {o.period.label(lang)}: {v}")
    if not picked:
        return None, []
    cols = [t("indicator", lang), t("period", lang), t("value", lang), t("ref", lang)]
    return TableBlock(t("key_figures", lang), cols, rows, [False, False, True, False],
                      note=t("status_legend", lang) if marked else "", source_column=3, key="key_figures",
                      total=total if total > len(rows) else None), notes


