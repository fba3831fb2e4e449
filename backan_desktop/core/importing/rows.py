"""Tidy rows from a table held as rows of cells (CSV read whole, XLSX): yearbook, long and wide."""
from __future__ import annotations

from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import is_missing
from ..periods import normalise_period, period_of_header
from ..readers import cell_text
from .collect import Cells, Collector, check_duplicates, map_period_and_value, no_figures, read_as
from .options import ImportOptions
from .recognise import FileEvidence, find_col, looks_numeric, role_of, split_notes, unit_from_titles, year_column


def normalise_rows(rows: list[list], opts: ImportOptions, shape: str, h: int, columns: list[str], col: Collector,
                   evidence: FileEvidence, file: str, encoding: str, checkpoint=lambda: None):
    """Tidy rows of a table held as rows of cells: each shape says what each value cell is
    (:class:`Cells`), :meth:`Collector.tidy` reads them all at once. ``checkpoint`` raises
    Cancelled between the two when the user has stopped the check."""
    m = opts.mapping
    cells = Cells()
    body, notes = split_notes(rows[h + 1:])
    first_row = h + 2          # file row of body[0]
    if not col.unit:
        col.unit = unit_from_titles(rows[:h]) or ""

    if shape == "yearbook":
        header = rows[h]
        periods = {i: period_of_header(c) for i, c in enumerate(header)}
        pcols = [i for i, p in periods.items() if p and i > 0]
        unit_col = next((i for i, c in enumerate(columns) if role_of(c) == "unit" and i not in pcols), None)
        label_cols = [i for i in range(min(pcols)) if i != unit_col] or [0]
        styles = {i: read_as(columns[i], [r[i] for r in body if i < len(r)], m, evidence, col).style for i in pcols}
        section_label = ""
        block = {"row": [], "indicator": [], "unit": [], "note": []}
        for k, r in enumerate(body):
            r = list(r) + [None] * (len(header) - len(r))
            labels = [cell_text(r[i]) for i in label_cols if cell_text(r[i])]
            if labels and all(is_missing(r[i]) or (isinstance(r[i], str) and not r[i].strip()) for i in pcols):
                section_label = labels[0]       # a group heading row ("Chia theo khu vực kinh tế")
                continue
            if labels:
                block["row"].append(k)
                block["indicator"].append(" – ".join(labels))
                block["unit"].append(cell_text(r[unit_col]) if unit_col is not None else "")
                block["note"].append(section_label)
        file_rows = [first_row + k for k in block["row"]]
        for i in pcols:
            period, status = periods[i]
            cells.add(file_rows, i + 1, _column(body, i, block["row"]), styles[i], block["indicator"], period, i + 1,
                      unit=block["unit"], status=status or "", note=block["note"])
    elif shape == "long":
        idx = {role: find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                               role, file, col.problems)
               for role in ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")}
        if idx["period"] is None or idx["value"] is None:
            col.problem(map_period_and_value())
        else:
            style = read_as(columns[idx["value"]], [r[idx["value"]] for r in body if idx["value"] < len(r)], m,
                             evidence, col).style
            default_ind = opts.title or Path(file).stem
            kept = []
            for k, r in enumerate(body):
                if encoding and len(r) > len(columns) and any(cell_text(v).strip() for v in r[len(columns):]):
                    # a CSV row longer than its header: an unquoted comma has shifted its cells, or
                    # they would be lost — the big-file reader refuses such a row too
                    cells.add([first_row + k], idx["value"] + 1, [None], style, "", None, 0,
                              given=(Message(QT_TRANSLATE_NOOP("Problems", "the row has {n} cells but the header has "
                                                                           "{expected}"), n=len(r), expected=len(columns)),
                                     len(columns) + 1))
                elif not all(is_missing(v if not isinstance(v, str) else v.strip() or None) for v in r):
                    kept.append(k)

            def get(role: str, default: str = ""):
                j = idx[role]
                return default if j is None else [cell_text(v) or default for v in _column(body, j, kept)]
            cells.add([first_row + k for k in kept], idx["value"] + 1, _column(body, idx["value"], kept), style,
                      get("indicator", default_ind), _column(body, idx["period"], kept), idx["period"] + 1,
                      area=get("area"), category=get("category"), unit=get("unit"), status=get("status"),
                      source=get("source"), note=get("note"),
                      status_col=idx["status"] + 1 if idx["status"] is not None else 0)
    elif shape == "wide":
        p = find_col(columns, m.period_col, "period", file, col.problems)
        area = find_col(columns, m.area_col, "area", file, col.problems)
        if p is None:
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "map the period column (--period-col)")))
        else:
            others = [i for i in range(len(columns)) if i not in (p, area)]
            numeric = {i: sum(1 for r in body if i < len(r) and looks_numeric(r[i])) for i in others}
            filled = {i: sum(1 for r in body if i < len(r) and not is_missing(r[i] if not isinstance(r[i], str) else r[i].strip() or None))
                      for i in others}
            measures = [i for i in others if numeric[i] and numeric[i] >= max(1, filled[i] * 0.8)]
            # text columns beside the measures are dimensions: the area, or a breakdown ("source", "sector"…)
            dims = [i for i in others if i not in measures and filled[i]]
            if not measures:
                col.problem(Message(QT_TRANSLATE_NOOP("Problems", "no column of numbers next to the period column")),
                            h + 1, 1)
            styles = {i: read_as(columns[i], [r[i] for r in body if i < len(r)], m, evidence, col).style
                      for i in measures}
            period_cells = [normalise_period(r[p]) if p < len(r) else None for r in body]
            as_years = year_column(columns[p], period_cells)
            everyone = range(len(body))
            raw_periods = _column(body, p, everyone)
            periods = [pc[:4] if as_years and pc else raw for pc, raw in zip(period_cells, raw_periods)]
            dim_cols = [_column(body, i, everyone) for i in dims]
            category = [" · ".join(t for t in map(cell_text, cats) if t) for cats in zip(*dim_cols)] if dims else ""
            areas = [cell_text(v) for v in _column(body, area, everyone)] if area is not None else ""
            for i in measures:
                cells.add([first_row + k for k in everyone], i + 1, _column(body, i, everyone), styles[i], columns[i],
                          periods, p + 1, area=areas, category=category)
    else:
        col.problem(Message(QT_TRANSLATE_NOOP("Problems", "unknown shape '{shape}' (use long, wide or yearbook)"),
                            shape=shape))

    checkpoint()
    frame = col.tidy(cells)
    check_duplicates(frame, file, col)
    if frame.empty and not col.problems:
        col.problem(no_figures(), h + 1, 1)
    return frame, col.problems, notes


def _column(body: list[list], j: int, rows) -> list:
    """Cell ``j`` of each of ``rows`` (None where a row is shorter)."""
    return [body[k][j] if j < len(body[k]) else None for k in rows]
