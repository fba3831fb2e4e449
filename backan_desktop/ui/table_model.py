"""Table models that wrap data — a pandas DataFrame or a sheet's table — without copying it
into items. ``data()`` reads per-column caches of display strings, built lazily per column."""
from __future__ import annotations

import math
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core.formatting import format_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _missing(v) -> bool:
    """None, NaN or pandas.NA — without importing pandas."""
    return v is None or (isinstance(v, float) and v != v) or type(v).__name__ == "NAType"


class DataFrameModel(QAbstractTableModel):
    """A read-only view of a DataFrame. Numbers are shown in the language's format, right-aligned,
    and sort by value (``SORT_ROLE``) rather than by text."""

    def __init__(self, frame, lang: str = "vi", headers: Optional[list[str]] = None,
                 decimals: Optional[dict[str, list[int]]] = None,
                 value_labels: Optional[dict[str, dict[str, str]]] = None, parent=None):
        super().__init__(parent)
        self._value_labels = value_labels or {}
        self._frame = frame
        self._lang = lang
        self._headers = headers or [str(c) for c in frame.columns]
        self._decimals = decimals or {}
        self._display: dict[int, list[str]] = {}
        self._raw: dict[int, Any] = {}
        self._bool = [str(frame[c].dtype) in ("bool", "boolean") for c in frame.columns]
        self._numeric = [not b and (frame[c].dtype.kind in "iuf" or str(frame[c].dtype) in ("Int64", "Float64"))
                         for c, b in zip(frame.columns, self._bool)]

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
        self._display.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def _raw_column(self, col: int):
        values = self._raw.get(col)
        if values is None:
            series = self._frame.iloc[:, col]
            if self._numeric[col]:
                values = series.astype("float64").to_numpy(na_value=math.nan)
            elif self._bool[col]:
                values = series.astype("object").to_numpy()
            else:
                values = series.astype("object").to_numpy()
            self._raw[col] = values
        return values

    def _display_column(self, col: int) -> list[str]:
        cached = self._display.get(col)
        if cached is None:
            raw = self._raw_column(col)
            name = str(self._frame.columns[col])
            if self._numeric[col]:
                decs = self._decimals.get(name)
                is_year = name.lower() in ("year", "năm")
                cached = ["" if (v != v) else (str(int(v)) if is_year else format_number(
                    float(v), self._lang, decs[i] if decs and i < len(decs) else (0 if float(v).is_integer() else None)))
                    for i, v in enumerate(raw)]
            elif self._bool[col]:
                cached = ["" if _missing(v) or not bool(v) else "✓" for v in raw]
            else:
                labels = self._value_labels.get(name, {})
                cached = ["" if _missing(v) else labels.get(v, str(v)) for v in raw]
            self._display[col] = cached
        return cached

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display_column(c)[r]
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
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)


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
