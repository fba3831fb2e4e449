"""Tidy rows from a recognised table, read a column at a time: yearbook, long and wide.

Every table reaches here as the same thing, whatever its size or format: its body as one column
per heading, each a :class:`~backan_desktop.core.readers.Coded` column (codes into the column's
distinct cells) — or, for a column of a big long CSV that no role maps, its cells as pandas read
them, looked at only for notes below the table. Each
step (missing cells, labels, periods) looks at a distinct cell once, and a shape lays its cells out
as figures with numpy (repeat, tile) — nothing loops over rows or makes a Python object per cell.
A CSV is read that way by pandas' C parser on all cores; a table held as rows (an XLSX sheet, a
small CSV, a CSV that the C parser refuses) is turned into such columns first."""
from __future__ import annotations

from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import is_missing
from ..periods import normalise_period, period_of_header
from ..readers import Coded, cell_text
from .collect import Cells, Collector, check_duplicates, each, read_as
from .options import ImportOptions
from .recognise import FileEvidence, find_col, find_roles, looks_numeric, note_row, role_of, unit_from_titles, year_column


def coded(cells) -> Coded:
    """A column of cells (a list or object array; None: absent) as codes into its distinct cells;
    a column already coded as it is."""
    import numpy as np
    import pandas as pd

    if isinstance(cells, Coded):
        return cells
    codes, uniques = pd.factorize(np.asarray(cells, dtype=object), use_na_sentinel=True)
    return Coded(codes.astype(np.int32), list(uniques), True)


def coded_columns(rows: list[list], width: int) -> list[Coded]:
    """Rows of cells as ``width`` coded columns (code -1: the row is shorter)."""
    import numpy as np

    grid = np.empty((len(rows), width), dtype=object)
    if width:
        grid[:] = [r if len(r) == width else (list(r) + [None] * width)[:width] for r in rows]
    return [coded(grid[:, j]) for j in range(width)]


def texts(col: Coded, default: str = "") -> Coded:
    """The column's cells as trimmed text (an empty or absent one: ``default``), converted once
    per distinct cell; absent cells get the ``default`` value, so no code is -1."""
    import operator

    import numpy as np
    import pandas as pd

    values = col.values
    out = [v.strip() for v in values] if pd.api.types.infer_dtype(values, skipna=False) == "string" else \
        [cell_text(v) for v in values]
    distinct = col.distinct and all(map(operator.is_, out, values))     # strip() gives back an untrimmed text
    if default and "" in out:
        distinct = distinct and default not in out
        out = [t or default for t in out]
    if not (col.codes < 0).any():
        return Coded(col.codes, out, distinct)     # no slot for absent cells: the texts stay distinct
    at = out.index(default) if default in out else len(out)
    return Coded(np.where(col.codes >= 0, col.codes, at), out if at < len(out) else out + [default], distinct)


def _joined(cols: list[Coded], sep: str) -> Coded:
    """Per row, the non-empty texts of ``cols`` (from :func:`texts`) joined by ``sep``, once per
    distinct combination (no loop over rows)."""
    import numpy as np
    import pandas as pd

    if len(cols) == 1:
        return cols[0]
    key = np.zeros(len(cols[0].codes), dtype=np.int64)
    for c in cols:
        key, _ = pd.factorize(key * len(c.values) + c.codes)       # stays below the row count
    first = np.zeros(int(key.max(initial=-1)) + 1, dtype=np.int64)
    first[key[::-1]] = np.arange(len(key) - 1, -1, -1)               # each combination's first row
    parts = [np.array(c.values, dtype=object)[c.codes[first]].tolist() for c in cols]
    if any("" in p for p in parts):
        return Coded(key, [sep.join([t for t in row if t]) for row in zip(*parts)])
    return Coded(key, list(map(sep.join, zip(*parts))))


def _side_by_side(cols: list[Coded], rows) -> Coded:
    """The cells ``rows`` of several coded columns, row by row (each row's cells next to each
    other), their distinct cells one list after another."""
    import numpy as np

    at, parts, values = 0, [], []
    for c in cols:
        codes = c.codes[rows]
        parts.append(np.where(codes >= 0, codes + at, -1))
        values += c.values
        at += len(c.values)
    return Coded(np.stack(parts, axis=1).ravel(), values)


def _notes(body: list, n: int) -> tuple[int, list[str]]:
    """Trailing rows that are notes (one filled cell, or starting like 'Ghi chú:', '*', 'Nguồn:'),
    and where the table's rows end."""
    def cell(c, r):
        if not isinstance(c, Coded):
            return c[r]
        return c.values[c.codes[r]] if c.codes[r] >= 0 else None

    notes = []
    while n:
        filled = [v for v in (cell(c, n - 1) for c in body) if not is_missing(v)]
        if filled and not note_row(filled):
            break
        if filled:
            notes.insert(0, cell_text(filled[0]))
        n -= 1
    return n, notes


def normalise_rows(body: list, opts: ImportOptions, shape: str, h: int, columns: list[str], col: Collector,
                   evidence: FileEvidence, file: str, head: list[list], checkpoint=lambda: None,
                   too_long: dict[int, int] = None):
    """Tidy rows of a table whose body (the rows under its header, file row ``h + 2`` first) is
    ``body``: each shape says what each value cell is (:class:`Cells`), :meth:`Collector.tidy`
    reads them all at once. ``head`` are the rows down to the header; ``too_long`` the body rows
    (0-based) with more cells than the header, and their length. ``checkpoint`` raises Cancelled
    between steps when the user has stopped the check."""
    import numpy as np

    m = opts.mapping
    cells = Cells()
    n, notes = _notes(body, len(body[0] if not isinstance(body[0], Coded) else body[0].codes) if body else 0)
    body = [(c if isinstance(c, Coded) else c[:n]) for c in body]
    rows = np.arange(h + 2, h + 2 + n)          # the file row of each body row
    done: dict[int, Coded] = {}

    def column(j: int) -> Coded:
        if j not in done:
            c = coded(body[j])
            done[j] = Coded(c.codes[:n], c.values, c.distinct)
        return done[j]

    def blank(j: int):
        return each(column(j), is_missing, bool)

    def per_row(c, times: int, rows=slice(None)):
        """A field of each row, for each of its ``times`` value cells."""
        return Coded(np.repeat(c.codes[rows], times), c.values, c.distinct) if isinstance(c, Coded) else c

    def laid_out(measures: list[int], read: dict, rows) -> tuple:
        """The value cells of ``rows`` × ``measures`` in file order: (file rows, columns, values,
        the decimal mark of each distinct value, and those values read by read_as)."""
        cols = np.tile(np.asarray(measures) + 1, len(rows))
        marks = np.concatenate([np.full(len(column(i).values), read[i][0].decimal, dtype=object) for i in measures])
        numbers = [np.concatenate([read[i][1][j] for i in measures]) for j in range(4)]
        return (np.repeat(np.arange(h + 2, h + 2 + n)[rows], len(measures)), cols,
                _side_by_side([column(i) for i in measures], rows), marks, numbers)

    if not col.unit:
        col.unit = unit_from_titles(head[:h]) or ""

    if shape == "yearbook":
        header = head[h]
        periods = {i: period_of_header(c) for i, c in enumerate(header)}
        pcols = [i for i, p in periods.items() if p and i > 0 and i < len(body)]
        unit_col = next((i for i, c in enumerate(columns) if role_of(c) == "unit" and i not in pcols), None)
        label_cols = [i for i in range(min(pcols)) if i != unit_col] or [0]
        read = {i: read_as(columns[i], column(i), m, evidence, col) for i in pcols}
        labels = [texts(column(i)) for i in label_cols]
        labelled = np.logical_or.reduce([each(c, bool, bool) for c in labels])
        empty = np.logical_and.reduce([blank(i) for i in pcols])
        # a group heading row ("Chia theo khu vực kinh tế") names the rows under it
        heading = np.flatnonzero(labelled & empty)
        names = [next((t for t in (c.values[c.codes[r]] for c in labels) if t), "") for r in heading]
        last = np.searchsorted(heading, np.arange(n), side="right") - 1
        section = Coded(np.where(last >= 0, last, len(names)), names + [""])
        keep = np.flatnonzero(labelled & ~empty)
        file_rows, cols, value, marks, numbers = laid_out(pcols, read, keep)
        each_period = np.tile(np.arange(len(pcols)), len(keep))
        cells.add(file_rows, cols, value, marks, per_row(_joined(labels, " – "), len(pcols), keep),
                  Coded(each_period, [periods[i][0] for i in pcols]), cols,
                  unit=per_row(texts(column(unit_col)), len(pcols), keep) if unit_col is not None else "",
                  status=Coded(each_period, [periods[i][1] or "" for i in pcols]),
                  note=per_row(section, len(pcols), keep), numbers=numbers)
    elif shape == "long":
        idx = find_roles(columns, m, file, col.problems)
        if idx["period"] is None or idx["value"] is None:
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "map the period and value columns (--period-col, "
                                                  "--value-col)")))
        else:
            v = idx["value"]
            style, numbers = read_as(columns[v], column(v), m, evidence, col)
            long = sorted(k for k in (too_long or {}) if k < n)
            if long:
                # a CSV row longer than its header: an unquoted comma has shifted its cells, or
                # they would be lost
                cells.add(h + 2 + np.asarray(long), v + 1, Coded(np.full(len(long), -1), []), style, "", None, 0,
                          given=Coded(np.arange(len(long)), [(Message(QT_TRANSLATE_NOOP(
                              "Problems", "the row has {n} cells but the header has {expected}"), n=too_long[k],
                              expected=len(columns)), len(columns) + 1) for k in long]))
            keep = np.delete(np.arange(n), long)     # a blank row is kept: its value is missing, so no figure

            def get(role: str, default: str = ""):
                return default if idx[role] is None else per_row(texts(column(idx[role]), default), 1, keep)
            cells.add(rows[keep], v + 1, per_row(column(v), 1, keep), style,
                      get("indicator", opts.title or Path(file).stem), per_row(column(idx["period"]), 1, keep),
                      idx["period"] + 1, area=get("area"), category=get("category"), unit=get("unit"),
                      status=get("status"), source=get("source"), note=get("note"),
                      status_col=idx["status"] + 1 if idx["status"] is not None else 0, numbers=numbers)
    elif shape == "wide":
        p = find_col(columns, m.period_col, "period", file, col.problems)
        area = find_col(columns, m.area_col, "area", file, col.problems)
        if p is None:
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "map the period column (--period-col)")))
        else:
            others = [i for i in range(len(body)) if i not in (p, area)]
            numeric = {i: int(each(column(i), lambda c: c is not None and looks_numeric(c), bool).sum()) for i in others}
            filled = {i: int((~blank(i)).sum()) for i in others}
            measures = [i for i in others if numeric[i] and numeric[i] >= max(1, filled[i] * 0.8)]
            # text columns beside the measures are dimensions: the area, or a breakdown ("source", "sector"…)
            dims = [i for i in others if i not in measures and filled[i]]
            if not measures:
                col.problem(Message(QT_TRANSLATE_NOOP("Problems", "no column of numbers next to the period column")),
                            h + 1, 1)
            else:
                read = {i: read_as(columns[i], column(i), m, evidence, col) for i in measures}
                period = column(p)
                normal = [normalise_period(c) for c in period.values]
                if year_column(columns[p], list(set(normal))):
                    period = Coded(period.codes, [pc[:4] if pc is not None else c for pc, c in zip(normal, period.values)])
                file_rows, cols, value, marks, numbers = laid_out(measures, read, np.arange(n))
                category = _joined([texts(column(i)) for i in dims], " · ") if dims else ""
                cells.add(file_rows, cols, value, marks, Coded(np.tile(np.arange(len(measures)), n),
                                                               [columns[i] for i in measures]),
                          per_row(period, len(measures)), p + 1, category=per_row(category, len(measures)),
                          area=per_row(texts(column(area)), len(measures)) if area is not None else "", numbers=numbers)
    else:
        col.problem(Message(QT_TRANSLATE_NOOP("Problems", "unknown shape '{shape}' (use long, wide or yearbook)"),
                            shape=shape))

    checkpoint()
    frame = col.tidy(cells)
    check_duplicates(frame, file, col)
    if frame.empty and not col.problems:
        col.problem(Message(QT_TRANSLATE_NOOP("Problems", "no figures found in the table")), h + 1, 1)
    return frame, col.problems, notes
