"""Tidy rows from a recognised table: one row per figure (indicator, area, period, category,
value, unit, status, source, note), numbers read by their column's decimal mark, periods by the
app's grammar, every cell that cannot be read a problem with its file row and column."""
from __future__ import annotations

from typing import Any

from ..numbers import Reading
from ..problems import Cancelled, Problem
from ..readers import Grid
from ..readers.csv import read_csv_whole
from .bigfile import normalise_long_coded
from .collect import Collector
from .options import TIDY_COLUMNS, ImportOptions
from .recognise import FileEvidence
from .rows import normalise_rows


def normalise(grid: Grid, opts: ImportOptions, shape: str, h: int, columns: list[str],
              cancel=None, progress=None) -> tuple[Any, list[Problem], list[str], list[Reading]]:
    """Tidy rows (DataFrame) from the grid, with problems (file row/column), notes found and how
    each column's numbers were read."""
    m = opts.mapping
    col = Collector(grid.file, opts.source or grid.file, opts.status, m.unit or "")
    evidence = FileEvidence(grid.rows, h, columns, grid.encoding)
    frame, problems, notes = _normalise(grid, opts, shape, h, columns, col, evidence, cancel, progress)
    return frame, problems, notes, col.readings


def _normalise(grid: Grid, opts: ImportOptions, shape: str, h: int, columns: list[str], col: Collector,
               evidence: FileEvidence, cancel=None, progress=None):
    def checkpoint() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()

    if grid.path is not None:              # a big CSV: ``grid.rows`` are its first rows only
        if shape == "long":
            fast = normalise_long_coded(grid, opts, h, columns, col, evidence, cancel, progress)
            if fast is not None:
                return fast
            col.readings.clear()
        # what the full-speed reader could not vouch for: every cell read, problems with rows and columns
        if not read_csv_whole(grid, col.problems, skip=h, checkpoint=checkpoint):
            import pandas as pd
            return pd.DataFrame(columns=TIDY_COLUMNS + ["decimals", "file_row"]), col.problems, []
    return normalise_rows(grid.rows, opts, shape, h, columns, col, evidence, grid.file, grid.encoding, checkpoint)
