"""Table models that wrap data — a pandas DataFrame or a sheet's table — without copying it
into items. ``data()`` reads per-column caches of display strings, built lazily per column."""
from __future__ import annotations

import math
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..core.formatting import format_number
from ..core.strings import fold
from ..core.vocab import DEFAULT_LANG

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _missing(v) -> bool:
    """None, NaN or pandas.NA — without importing pandas."""
    return v is None or (isinstance(v, float) and v != v) or type(v).__name__ == "NAType"


BLOCK = 128          # rows formatted at a time: data() costs O(visible cells), not O(rows)
MAX_BLOCKS = 4_000   # formatted blocks kept (~500,000 cells); the oldest half goes beyond that


class _Coded:
    """A categorical column read through its codes: indexing gives the values (None where
    missing) without ever making an object array of all rows — a million-row imported table
    keeps its columns as codes into a few distinct values."""

    def __init__(self, codes, categories):
        import numpy as np
        self.codes = codes
        self.values = np.array(list(categories) + [None], dtype=object)   # code -1 → None

    def __getitem__(self, key):
        return self.values[self.codes[key]]

    def __len__(self) -> int:
        return len(self.codes)


class DataFrameModel(QAbstractTableModel):
    """A read-only view of a DataFrame. Numbers are shown in the language's format, right-aligned,
    and sort by value (``SORT_ROLE``) rather than by text.

    Display strings are formatted lazily in blocks of rows per column and kept; raw columns are
    numpy arrays (no per-cell Python objects for numbers). Sorting and filtering are vectorised
    here (``sort_rows``, ``filter_rows``) and exposed through a row order, so a million rows sort
    in a fraction of a second — :class:`FastProxyModel` routes the view's requests to them.
    """

    def __init__(self, frame, lang: str = DEFAULT_LANG, headers: Optional[list[str]] = None,
                 decimals: Optional[dict[str, list[int]]] = None,
                 value_labels: Optional[dict[str, dict[str, str]]] = None, parent=None):
        super().__init__(parent)
        import numpy as np

        self._np = np
        self._value_labels = value_labels or {}
        self._frame = frame
        self._lang = lang
        self._headers = headers or [str(c) for c in frame.columns]
        self._decimals = decimals or {}
        self._blocks: dict[tuple[int, int], list[str]] = {}
        self._raw: dict[int, Any] = {}
        self._bool = [str(frame[c].dtype) in ("bool", "boolean") for c in frame.columns]
        self._numeric = [not b and (frame[c].dtype.kind in "iuf" or str(frame[c].dtype) in ("Int64", "Float64"))
                         for c, b in zip(frame.columns, self._bool)]
        self._order = None            # None = the frame's own order; else an index array (sorted/filtered)

    @property
    def frame(self):
        return self._frame

    def set_lang(self, lang: str, headers: Optional[list[str]] = None,
                 value_labels: Optional[dict[str, dict[str, str]]] = None) -> None:
        self.beginResetModel()
        self._lang = lang
        if headers:
            self._headers = headers
        if value_labels is not None:
            self._value_labels = value_labels
        self._blocks.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._frame) if self._order is None else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def source_row(self, row: int) -> int:
        """Row of the frame shown at view row ``row``."""
        return row if self._order is None else int(self._order[row])

    def _raw_column(self, col: int):
        values = self._raw.get(col)
        if values is None:
            series = self._frame.iloc[:, col]
            if self._numeric[col]:
                if series.dtype.kind in "iuf":           # plain numpy numbers: the frame's own array
                    values = series.to_numpy()
                else:                                     # nullable Int64/Float64: NaN for missing
                    values = series.astype("float64").to_numpy(na_value=math.nan)
            elif str(series.dtype) == "category":
                cat = series.array                        # the Categorical: its codes, not a copy
                values = _Coded(cat.codes, cat.categories)
            else:
                values = series.astype("object").to_numpy()
            self._raw[col] = values
        return values

    def _text(self, col: int, frame_row: int) -> str:
        key = (col, frame_row // BLOCK)
        block = self._blocks.get(key)
        if block is None:
            start = key[1] * BLOCK
            raw = self._raw_column(col)[start:start + BLOCK]
            name = str(self._frame.columns[col])
            if self._numeric[col]:
                decs = self._decimals.get(name)
                is_year = name.lower() in ("year", "năm")
                block = []
                for i, v in enumerate(raw, start):
                    if v != v:
                        block.append("")
                    elif is_year:
                        block.append(str(int(v)))
                    else:
                        d = decs[i] if decs is not None and i < len(decs) else (0 if float(v).is_integer() else None)
                        block.append(format_number(float(v), self._lang, d))
            elif self._bool[col]:
                block = ["" if _missing(v) or not bool(v) else "✓" for v in raw]
            else:
                labels = self._value_labels.get(name, {})
                block = ["" if _missing(v) else labels.get(v, str(v)) for v in raw]
            if len(self._blocks) >= MAX_BLOCKS:          # a long session scrolling a huge table
                for old in list(self._blocks)[: MAX_BLOCKS // 2]:
                    del self._blocks[old]
            self._blocks[key] = block
        return block[frame_row - key[1] * BLOCK]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = index.column()
        r = self.source_row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(c, r)
        if role == SORT_ROLE:
            v = self._raw_column(c)[r]
            if self._numeric[c]:
                return -math.inf if v != v else float(v)
            return "" if _missing(v) else str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._numeric[c]:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole          # a heading cut to its column's width, in full
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self.source_row(section) + 1) if 0 <= section < self.rowCount() else None

    def is_numeric(self, column: int) -> bool:
        """Whether ``column`` holds numbers (drawn right-aligned)."""
        return self._numeric[column]

    # -- vectorised sorting and filtering ------------------------------------------------------
    def sort_order(self, column: int, descending: bool, rows=None):
        """Frame rows in sorted order (a numpy array); pure computation, safe on a worker thread.
        Missing values go last; ties keep their order."""
        np = self._np
        n = len(self._frame)
        index_dtype = np.int32 if n < 2**31 else np.int64
        every = rows is None                 # all rows in frame order: index nothing, copy nothing
        if column < 0:
            return np.arange(n, dtype=index_dtype) if every else np.sort(rows)
        raw = self._raw_column(column)
        labels = self._value_labels.get(str(self._frame.columns[column]))
        if self._numeric[column]:
            keys = raw if every else raw[rows]
            if keys.dtype.kind in "ub" or (keys.dtype.kind == "i" and keys.dtype.itemsize < 8):
                keys = keys.astype(np.int64)             # so that descending can negate
            missing = np.isnan(keys) if keys.dtype.kind == "f" else np.zeros(len(keys), dtype=bool)
        elif isinstance(raw, _Coded):
            # rank the distinct values once, then sort the rows by their value's rank
            cats = raw.values[:-1]
            texts = [str(labels.get(v, v) if labels else v).casefold() for v in cats]
            _, rank = np.unique(np.array(texts + [""], dtype=object), return_inverse=True)
            codes = raw.codes if every else raw.codes[rows]
            keys = rank[codes]
            missing = (codes < 0) | np.array([_missing(v) for v in cats] + [True])[codes]
        else:
            series = self._frame.iloc[:, column]
            if not every:
                series = series.iloc[rows]
            missing = series.isna().to_numpy()
            text = series.astype("object").where(~series.isna(), "")
            if labels:
                text = text.map(lambda v: labels.get(v, v))
            keys = text.astype(str).str.casefold().to_numpy()
        if not self._numeric[column] and not isinstance(raw, _Coded):
            _, keys = np.unique(keys, return_inverse=True)      # ranks, so that descending can negate
        if descending:
            # stable descending without a negated copy of the keys: sort the reversed view, read
            # the result backwards and map the positions back (ties keep their order)
            idx = np.argsort(keys[::-1], kind="stable")[::-1]
            np.subtract(len(keys) - 1, idx, out=idx)
        else:
            idx = np.argsort(keys, kind="stable")
        del keys
        if missing.any():
            idx = np.concatenate([idx[~missing[idx]], idx[missing[idx]]])
        return idx.astype(index_dtype) if every else rows[idx]

    def filter_rows(self, text: str, column: int = -1):
        """Frame rows where the shown text of any column (or of ``column``) contains ``text`` (case-
        and accent-insensitive for Vietnamese: 'bac kan' finds 'Bắc Kạn'); None when ``text`` is empty."""
        np = self._np
        needle = fold(text)
        if not needle:
            return None
        import pandas as pd

        mask = np.zeros(len(self._frame), dtype=bool)
        has_digit = any(ch.isdigit() for ch in needle)
        for c, name in enumerate(self._frame.columns):
            if column >= 0 and c != column:
                continue
            if self._numeric[c] or self._bool[c]:
                if not has_digit:
                    continue          # a word cannot be inside a number
                col = self._frame.iloc[:, c].astype("string").fillna("")
                mask |= col.str.contains(needle, regex=False).to_numpy(dtype=bool, na_value=False)
                continue
            # text: fold each distinct value once, then pick the rows by code
            raw = self._raw_column(c)
            if isinstance(raw, _Coded):
                codes, uniques = raw.codes, raw.values[:-1]
            else:
                codes, uniques = pd.factorize(self._frame.iloc[:, c], use_na_sentinel=True)
            labels = self._value_labels.get(str(name)) or {}
            hit = np.fromiter((not _missing(u) and needle in fold(labels.get(u, u)) for u in uniques),
                              dtype=bool, count=len(uniques))
            if hit.any():
                hit = np.append(hit, False)          # code -1 (missing) never matches
                mask |= hit[codes]
        return np.flatnonzero(mask)

    def apply_order(self, order) -> None:
        """Show the frame rows in ``order`` (None: all rows, original order). GUI thread."""
        self.layoutAboutToBeChanged.emit()
        self._order = order
        self.layoutChanged.emit()


class FastProxyModel(QSortFilterProxyModel):
    """The view's QSortFilterProxyModel, with sorting and filtering delegated to the source
    :class:`DataFrameModel`'s vectorised code instead of Qt's per-cell comparisons (which
    call ``data()`` millions of times on a big table). Big tables sort on a worker thread."""

    BACKGROUND_ROWS = 200_000

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = ""
        self._sort = (-1, False)
        self._generation = 0

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._refresh()

    def set_filter_text(self, text: str, column: int = -1) -> None:
        """Rows containing ``text`` in any column, or only in ``column``."""
        self._filter = text or ""
        self._filter_column = column
        self._refresh()

    def _refresh(self) -> None:
        src = self.sourceModel()
        if not isinstance(src, DataFrameModel):
            return
        self._generation += 1
        gen = self._generation
        column, descending = self._sort
        needle = self._filter
        only = getattr(self, "_filter_column", -1)

        def compute():
            rows = src.filter_rows(needle, only)
            if column < 0:
                return rows
            return src.sort_order(column, descending, rows)

        if len(src.frame) < self.BACKGROUND_ROWS:
            src.apply_order(compute())
            return
        from .workers import run_in_background

        def done(order, gen=gen):
            if gen == self._generation and self.sourceModel() is src:
                src.apply_order(order)
        run_in_background(compute, done)


class RowsModel(QAbstractTableModel):
    """A sheet's table (list of rows of display strings)."""

    def __init__(self, columns: list[str], rows: list[list[str]], numeric: list[bool], parent=None):
        super().__init__(parent)
        self._columns, self._rows, self._numeric = columns, rows, numeric

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() < len(self._numeric) and self._numeric[index.column()]
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section] if 0 <= section < len(self._columns) else None
        return str(section + 1)
