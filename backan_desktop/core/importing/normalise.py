"""Tidy rows from a recognised table: one row per figure (indicator, area, period, category,
value, unit, status, source, note), numbers read by their column's decimal mark, periods by the
app's grammar, every cell that cannot be read a problem with its file row and column."""
from __future__ import annotations

import unicodedata
from typing import Any, Optional

from ..numbers import Reading
from ..problems import Cancelled, Problem
from ..readers import Coded, Grid, cell_text, read_csv_coded
from ..readers.csv import read_csv_grid
from ..strings import nfc
from .collect import Collector
from .options import TIDY_COLUMNS, ImportOptions
from .recognise import FileEvidence, find_roles
from .rows import coded, coded_columns, normalise_rows


def normalise(grid: Grid, opts: ImportOptions, shape: str, h: int, columns: list[str],
              cancel=None, progress=None) -> tuple[Any, list[Problem], list[str], list[Reading]]:
    """Tidy rows (DataFrame) from the grid, with problems (file row/column), notes found and how
    each column's numbers were read."""
    m = opts.mapping
    col = Collector(grid.file, opts.source or grid.file, opts.status, m.unit or "")
    evidence = FileEvidence(grid.rows, h, columns, grid.encoding)

    def checkpoint() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()

    body = None
    if grid.path is not None:
        # a long table needs only its mapped columns coded: the others are looked at for notes only
        used = sorted(set(find_roles(columns, m, grid.file, []).values()) - {None}) if shape == "long" else \
            range(len(columns))
        body = _read_body(grid, h, len(columns), used, cancel, progress)
    too_long: dict[int, int] = {}
    if body is None:
        # a table held as rows, or a big CSV the C parser refused (a row longer than its header,
        # a NUL byte): every row read, problems with rows and columns
        rows = grid.rows[h + 1:]
        if grid.path is not None:
            checkpoint()
            whole = read_csv_grid(grid.path, col.problems, grid.encoding, grid.delimiter, cancel, whole=True)
            if whole is None:
                import pandas as pd
                return pd.DataFrame(columns=TIDY_COLUMNS + ["decimals", "file_row"]), col.problems, [], col.readings
            rows = whole.rows[h + 1:]
        if grid.encoding:
            too_long = {k: len(r) for k, r in enumerate(rows)
                        if len(r) > len(columns) and any(cell_text(v).strip() for v in r[len(columns):])}
        body = coded_columns(rows, len(columns))
    checkpoint()
    frame, problems, notes = normalise_rows(body, opts, shape, h, columns, col, evidence, grid.file, grid.rows[:h + 1],
                                            checkpoint, too_long)
    return frame, problems, notes, col.readings


def _read_body(grid: Grid, h: int, width: int, used, cancel, progress) -> Optional[list]:
    """The rows under the header of a big CSV, by pandas' C parser on all cores: each column in
    ``used`` as :class:`Coded` — one of few distinct texts coded by the parser, one whose sampled
    cells are mostly distinct or all numbers read as text and coded after (the parser would turn
    numbers' text into floats) — and any other as the parser reads it; None when it refuses the
    file or a cell holds a NUL byte (binary content). Texts are NFC, as those of a file read whole."""
    import numpy as np
    import pandas as pd

    names = [f"c{j}" for j in range(width)]
    enc = "utf-8-sig" if grid.encoding in ("utf-8", "utf-8-sig") else grid.encoding
    sample = grid.rows[h + 1:]

    def as_text(j: int) -> bool:
        seen = {r[j] for r in sample if j < len(r)}
        filled = [v for v in seen if v.strip()]           # a blank column is coded by the parser
        return (len(sample) >= 200 and len(seen) > 0.5 * len(sample)) or bool(filled) and all(map(_number, filled))
    raw = [names[j] for j in used if as_text(j)]
    try:
        cols = read_csv_coded(grid.path, names, h + 1, grid.delimiter, enc, raw=raw, cancel=cancel, progress=progress,
                              text=[names[j] for j in used if names[j] not in raw])
    except (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError, OverflowError):
        return None
    body = []
    for n in names:
        c = coded(cols[n]) if n in raw else cols[n]
        values = c.values if isinstance(c, Coded) else c.tolist() if c.dtype == object else []
        try:
            texts = values
            joined = "\x00".join(values)                # NUL: a starter, which never composes
        except TypeError:                               # numbers among the cells
            texts = [v for v in values if isinstance(v, str)]
            joined = "\x00".join(texts)
        if joined.count("\x00") > max(0, len(texts) - 1):
            return None
        if not unicodedata.is_normalized("NFC", joined):
            values = [nfc(v) if isinstance(v, str) else v for v in values]
            c = Coded(c.codes, values) if isinstance(c, Coded) else np.array(values, dtype=object)
        body.append(c)
    return body


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
