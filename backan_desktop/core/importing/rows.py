"""Tidy rows from a recognised table, read a column at a time: yearbook, long and wide.

Every table reaches here as the same thing, whatever its size or format: its body as one
:class:`~backan_desktop.core.readers.Coded` column per heading (codes into the column's distinct
cells), so each step (missing cells, labels, periods) looks at a distinct cell once, not at every
row. A CSV is read that way by pandas' C parser on all cores; a table held as rows (an XLSX sheet,
a CSV that the C parser refuses) is turned into such columns first."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import is_missing
from ..periods import normalise_period, period_of_header
from ..readers import Coded, cell_text
from .collect import Cells, Collector, check_duplicates, map_period_and_value, no_figures, read_as
from .options import ImportOptions
from .recognise import FileEvidence, find_col, looks_numeric, note_row, role_of, unit_from_titles, year_column


def coded_columns(rows: list[list], width: int) -> list[Coded]:
    """Rows of cells as ``width`` coded columns (code -1: the row is shorter)."""
    import numpy as np
    import pandas as pd

    out = []
    for j in range(width):
        cells = np.empty(len(rows), dtype=object)
        cells[:] = [r[j] if j < len(r) else None for r in rows]
        codes, uniques = pd.factorize(cells, use_na_sentinel=True)
        out.append(Coded(codes.astype(np.int32), list(uniques)))
    return out


def each(col: Coded, convert, dtype=object):
    """``convert`` of every cell of a coded column (an absent cell is None), once per distinct cell."""
    import numpy as np

    out = np.fromiter([convert(v) for v in col.values] + [convert(None)], dtype=dtype, count=len(col.values) + 1)
    return out[col.codes]


def _blank(v: Any) -> bool:
    return is_missing(v if not isinstance(v, str) else v.strip() or None)


def _all_blank(body: list[Coded], n: int):
    """Which rows have nothing in any column: the columns with the fewest distinct cells are looked
    at first, and each next one only at the rows still blank."""
    import numpy as np

    rows = np.arange(n)
    for c in sorted(body, key=lambda c: len(c.values)):
        if not len(rows):
            break
        codes = c.codes[rows]
        seen = np.unique(codes)
        blank = np.zeros(len(c.values) + 1, dtype=bool)
        blank[seen] = [_blank(c.values[k] if k >= 0 else None) for k in seen]
        rows = rows[blank[codes]]
    out = np.zeros(n, dtype=bool)
    out[rows] = True
    return out


def _notes(body: list[Coded], n: int) -> tuple[int, list[str]]:
    """Trailing rows that are notes (one filled cell, or starting like 'Ghi chú:', '*', 'Nguồn:'),
    and where the table's rows end."""
    notes = []
    while n:
        row = [c.values[c.codes[n - 1]] if c.codes[n - 1] >= 0 else None for c in body]
        filled = [v for v in row if not _blank(v)]
        if filled and not note_row(filled):
            break
        if filled:
            notes.insert(0, cell_text(filled[0]))
        n -= 1
    return n, notes


def normalise_rows(body: list[Coded], opts: ImportOptions, shape: str, h: int, columns: list[str], col: Collector,
                   evidence: FileEvidence, file: str, head: list[list], checkpoint=lambda: None,
                   too_long: dict[int, int] = None):
    """Tidy rows of a table whose body (the rows under its header, file row ``h + 2`` first) is
    ``body``: each shape says what each value cell is (:class:`Cells`), :meth:`Collector.tidy`
    reads them all at once. ``head`` are the rows down to the header; ``too_long`` the body rows
    (0-based) with more cells than the header, and their length. ``checkpoint`` raises Cancelled
    between steps when the user has stopped the check."""
    import numpy as np
    import pandas as pd

    m = opts.mapping
    cells = Cells()
    n, notes = _notes(body, len(body[0].codes) if body else 0)
    body = [Coded(c.codes[:n], c.values) for c in body]
    rows = np.arange(h + 2, h + 2 + n)          # the file row of each body row
    blanks = {}
    texts = {}

    def blank(j: int):
        if j not in blanks:
            blanks[j] = each(body[j], _blank, bool)
        return blanks[j]

    def text(j: int):
        if j not in texts:
            values = body[j].values
            plain = all(type(v) is str for v in values)
            texts[j] = each(body[j], (lambda v: v.strip() if v is not None else "") if plain else cell_text)
        return texts[j]

    if not col.unit:
        col.unit = unit_from_titles(head[:h]) or ""

    if shape == "yearbook":
        header = head[h]
        periods = {i: period_of_header(c) for i, c in enumerate(header)}
        pcols = [i for i, p in periods.items() if p and i > 0 and i < len(body)]
        unit_col = next((i for i, c in enumerate(columns) if role_of(c) == "unit" and i not in pcols), None)
        label_cols = [i for i in range(min(pcols)) if i != unit_col] or [0]
        styles = {i: read_as(columns[i], body[i].values, m, evidence, col).style for i in pcols}
        labelled = np.zeros(n, dtype=bool)
        for i in label_cols:
            labelled |= text(i) != ""
        empty = np.logical_and.reduce([blank(i) for i in pcols])
        # a group heading row ("Chia theo khu vực kinh tế") names the rows under it
        heading = labelled & empty
        first_label = pd.Series([next((t for t in ts if t), "") for ts in zip(*(text(i) for i in label_cols))]
                                if len(label_cols) > 1 else text(label_cols[0]), dtype=object)
        section = first_label.where(heading).ffill().fillna("").to_numpy(dtype=object)
        keep = np.flatnonzero(labelled & ~empty)
        indicator = [" – ".join(t for t in ts if t) for ts in zip(*(text(i)[keep] for i in label_cols))]
        unit = text(unit_col)[keep] if unit_col is not None else ""
        for i in pcols:
            period, status = periods[i]
            cells.add(rows[keep], i + 1, each(body[i], lambda v: v)[keep], styles[i], indicator, period, i + 1,
                      unit=unit, status=status or "", note=section[keep])
    elif shape == "long":
        idx = {role: find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                               role, file, col.problems)
               for role in ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")}
        if idx["period"] is None or idx["value"] is None:
            col.problem(map_period_and_value())
        else:
            v = idx["value"]
            style = read_as(columns[v], body[v].values, m, evidence, col).style
            for k, width in sorted((too_long or {}).items()):
                # a CSV row longer than its header: an unquoted comma has shifted its cells, or
                # they would be lost
                cells.add([h + 2 + k], v + 1, [None], style, "", None, 0,
                          given=(Message(QT_TRANSLATE_NOOP("Problems", "the row has {n} cells but the header has "
                                                                       "{expected}"), n=width, expected=len(columns)),
                                 len(columns) + 1))
            keep = ~_all_blank(body, n)
            if too_long:
                keep[[k for k in too_long if k < n]] = False
            keep = np.flatnonzero(keep)

            def get(role: str, default: str = ""):
                if idx[role] is None:
                    return default
                t = text(idx[role])[keep]
                return np.where(t == "", default, t) if default else t
            cells.add(rows[keep], v + 1, each(body[v], lambda c: c)[keep], style,
                      get("indicator", opts.title or Path(file).stem), each(body[idx["period"]], lambda c: c)[keep],
                      idx["period"] + 1, area=get("area"), category=get("category"), unit=get("unit"),
                      status=get("status"), source=get("source"), note=get("note"),
                      status_col=idx["status"] + 1 if idx["status"] is not None else 0)
    elif shape == "wide":
        p = find_col(columns, m.period_col, "period", file, col.problems)
        area = find_col(columns, m.area_col, "area", file, col.problems)
        if p is None:
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "map the period column (--period-col)")))
        else:
            others = [i for i in range(len(body)) if i not in (p, area)]
            numeric = {i: int(each(body[i], lambda c: c is not None and looks_numeric(c), bool).sum()) for i in others}
            filled = {i: int((~blank(i)).sum()) for i in others}
            measures = [i for i in others if numeric[i] and numeric[i] >= max(1, filled[i] * 0.8)]
            # text columns beside the measures are dimensions: the area, or a breakdown ("source", "sector"…)
            dims = [i for i in others if i not in measures and filled[i]]
            if not measures:
                col.problem(Message(QT_TRANSLATE_NOOP("Problems", "no column of numbers next to the period column")),
                            h + 1, 1)
            styles = {i: read_as(columns[i], body[i].values, m, evidence, col).style for i in measures}
            period_cells = each(body[p], lambda c: normalise_period(c) if c is not None else None)
            if year_column(columns[p], list(set(period_cells.tolist()))):
                period = np.where(np.equal(period_cells, None), each(body[p], lambda c: c),
                                  [pc[:4] if pc else pc for pc in period_cells])
            else:
                period = each(body[p], lambda c: c)
            category = ([" · ".join(t for t in ts if t) for ts in zip(*(text(i) for i in dims))] if dims else "")
            areas = text(area) if area is not None else ""
            for i in measures:
                cells.add(rows, i + 1, each(body[i], lambda c: c), styles[i], columns[i], period, p + 1,
                          area=areas, category=category)
    else:
        col.problem(Message(QT_TRANSLATE_NOOP("Problems", "unknown shape '{shape}' (use long, wide or yearbook)"),
                            shape=shape))

    checkpoint()
    frame = col.tidy(cells)
    check_duplicates(frame, file, col)
    if frame.empty and not col.problems:
        col.problem(no_figures(), h + 1, 1)
    return frame, col.problems, notes
