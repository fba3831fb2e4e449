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
from .bigfile import normalise_long_coded
from .collect import Collector
from .options import TIDY_COLUMNS, ImportOptions
from .recognise import FileEvidence
from .rows import coded_columns, normalise_rows


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

    head = grid.rows[:h + 1]
    if grid.path is not None and shape == "long":
        # a big long CSV: its own reader keeps every text column coded end to end (2× pandas'
        # read_csv for a million rows, where the general path below takes ~10×); None when it
        # cannot vouch for the file — then the general path reads it
        fast = normalise_long_coded(grid, opts, h, columns, col, evidence, cancel, progress)
        if fast is not None:
            return (*fast, col.readings)
        col.readings.clear()
    body = _read_body(grid, h, len(columns), cancel, progress) if grid.path is not None else None
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
    frame, problems, notes = normalise_rows(body, opts, shape, h, columns, col, evidence, grid.file, head,
                                            checkpoint, too_long)
    return frame, problems, notes, col.readings


def _read_body(grid: Grid, h: int, width: int, cancel, progress) -> Optional[list[Coded]]:
    """The rows under the header of a big CSV as coded columns, by pandas' C parser on all cores;
    None when it refuses the file or a cell holds a NUL byte (binary content)."""
    import pandas as pd

    import numpy as np

    names = [f"c{j}" for j in range(width)]
    enc = "utf-8-sig" if grid.encoding in ("utf-8", "utf-8-sig") else grid.encoding
    # a column whose sampled rows are mostly distinct (free-text notes, row ids) is read as plain
    # text and coded after: the parser's own categories cost more than they save there
    sample = grid.rows[h + 1:]
    many = [names[j] for j in range(width)
            if len(sample) >= 200 and len({r[j] for r in sample if j < len(r)}) > 0.5 * len(sample)]
    try:
        cols = read_csv_coded(grid.path, names, h + 1, grid.delimiter, enc, text=[n for n in names if n not in many],
                              raw=many, cancel=cancel, progress=progress)
    except (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError, OverflowError):
        return None
    for n in many:
        codes, uniques = pd.factorize(cols[n], use_na_sentinel=True)
        cols[n] = Coded(codes.astype(np.int32), list(uniques))
    body = []
    for n in names:
        values = cols[n].values
        texts = [v for v in values if isinstance(v, str)]
        joined = "\x00".join(texts)                   # NUL: a starter, which never composes
        if joined.count("\x00") > max(0, len(texts) - 1):
            return None
        if not unicodedata.is_normalized("NFC", joined):   # as the text of a file read whole is
            values = [nfc(v) if isinstance(v, str) else v for v in values]
        body.append(Coded(cols[n].codes, values))
    return body
