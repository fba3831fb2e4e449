"""A validated table (:class:`Table`) and the reader of one CSV resource against its schema."""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message, os_reason
from ..problems import Problem, csv_reason, malformed_csv, parser_reason
from ..readers import decode, read_csv_coded   # one decoder and one CSV parser for packages and imported files
from ..strings import nfc
from .cells import (INTEGER_RX, NUMBER_RX, CellError, check_constraints, clip, convert_cell, decimals_in_text,
                    in_column, out_of_bounds, required)
from .checks import check_unique
from .descriptor import MAX_PROBLEMS_PER_FILE, cannot_read
from .schema import Resource, TableSchema

csv.field_size_limit(1024 * 1024)


class FrameColumns(Mapping):
    """Columns of a big table read by pandas: each is turned into a Python list only when asked for."""

    def __init__(self, frame):
        self._frame = frame
        self._cache: dict[str, list] = {}

    def __getitem__(self, name: str) -> list:
        if name not in self._cache:
            col = self._frame[name]
            self._cache[name] = [None if v is None or type(v).__name__ == "NAType" or (isinstance(v, float) and v != v)
                                 else v for v in col.astype(object).tolist()]
        return self._cache[name]

    def __iter__(self):
        return iter(self._frame.columns)

    def __len__(self) -> int:
        return len(self._frame.columns)


@dataclass
class Table:
    """A validated table: typed values per column, plus the decimals each number was written with.
    Big tables keep a pandas frame (``_frame``) and expose ``columns`` lazily from it."""
    name: str
    schema: TableSchema
    columns: Mapping
    decimals: dict[str, list[int]] = field(default_factory=dict)
    path: Optional[Path] = None
    _frame: Any = None

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.schema.fields]

    def __len__(self) -> int:
        if self._frame is not None:
            return len(self._frame)
        first = next(iter(self.columns.values()), [])
        return len(first)

    def rows(self) -> list[dict[str, Any]]:
        names = self.field_names
        cols = [self.columns[n] for n in names]
        return [dict(zip(names, values)) for values in zip(*cols)]

    def head_rows(self, k: int) -> list[dict[str, Any]]:
        """The first ``k`` rows, without turning a big table's whole columns into lists."""
        if self._frame is None:
            return self.rows()[:k]
        return Table(self.name, self.schema, FrameColumns(self._frame.iloc[:k])).rows()

    def distinct(self, name: str) -> list[Any]:
        """The distinct non-empty values of a column, in order of first appearance."""
        if self._frame is not None:
            return [v for v in self._frame[name].dropna().unique().tolist() if v is not None]
        return [v for v in dict.fromkeys(self.columns[name]) if v is not None]

    def frame(self):
        """The table as a pandas DataFrame (imports pandas: call off the GUI thread at start-up)."""
        if self._frame is not None:
            return self._frame
        import pandas as pd

        data = {}
        for f in self.schema.fields:
            values = self.columns[f.name]
            if f.type == "number":
                data[f.name] = pd.array(values, dtype="Float64")
            elif f.type in ("integer", "year"):
                data[f.name] = pd.array(values, dtype="Int64")
            elif f.type == "boolean":
                data[f.name] = pd.array(values, dtype="boolean")
            else:
                data[f.name] = pd.array([v if v is None else str(v) for v in values], dtype="string")
        return pd.DataFrame(data)


# --- tables ---------------------------------------------------------------------------------------

def decode_bytes(raw: bytes, encoding: str, file: str, problems: list[Problem]) -> Optional[str]:
    """Text of a resource in its declared encoding (UTF-8 may carry a BOM); problems name the line."""

    enc = (encoding or "utf-8").lower()
    out = decode(raw, file, "utf-8-sig" if enc in ("utf-8", "utf8") else enc, problems)
    return out[0] if out else None


BIG_TABLE_BYTES = 8 * 1024 * 1024


def read_table(path: Path, resource: Resource, file: str, problems: list[Problem]) -> Optional[Table]:
    """Read and type one CSV resource against its schema. Problems are appended; returns None when
    the file cannot be read at all. Big files are read and checked column-wise with pandas."""
    try:
        if path.stat().st_size > BIG_TABLE_BYTES and (resource.encoding or "utf-8").lower() in ("utf-8", "utf8"):
            return _read_big_table(path, resource, file, problems)
    except OSError:
        pass
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file, cannot_read(exc)))
        return None
    text = decode_bytes(raw, resource.encoding, file, problems)
    if text is None:
        return None
    schema = resource.schema_
    fields = schema.fields
    names = [f.name for f in fields]
    add = _adder(problems, file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=resource.dialect.delimiter,
                        quotechar=resource.dialect.quoteChar, strict=True)
    columns: dict[str, list[Any]] = {n: [] for n in names}
    decimals: dict[str, list[int]] = {f.name: [] for f in fields if f.type == "number"}
    try:
        header = next(reader, None)
    except csv.Error as exc:
        add(malformed_csv(csv_reason(exc)), 1, 1)
        return None
    if header is None:
        add(Message(QT_TRANSLATE_NOOP("Problems", "the file is empty; expected a header row: {columns}"),
                    columns=",".join(names)), 1, 1)
        return None
    if not _header_fits([h.strip() for h in header], names, add):
        return None

    missing_values = set(schema.missingValues)
    row_no = 1
    keep_going = True
    try:
        for record in reader:
            row_no += 1
            if not record or (len(record) == 1 and record[0] == "" and len(names) > 1):
                continue   # blank line
            if len(record) != len(names):
                keep_going = add(Message(QT_TRANSLATE_NOOP("Problems", "has {n} fields, expected {expected}"),
                                         n=len(record), expected=len(names)), row_no, min(len(record), len(names)) + 1)
                if not keep_going:
                    break
                continue
            for col, (spec, cell) in enumerate(zip(fields, record), start=1):
                value: Any = None
                dec = 0
                if cell in missing_values or (spec.type != "string" and cell.strip() == ""):
                    if spec.constraints.required:
                        keep_going = add(required(spec.name), row_no, col)
                else:
                    try:
                        value, dec = convert_cell(cell, spec)
                        msg = check_constraints(value, cell, spec)
                        if msg:
                            keep_going = add(in_column(spec.name, msg), row_no, col)
                    except CellError as exc:
                        keep_going = add(in_column(spec.name, exc.message), row_no, col)
                columns[spec.name].append(value)
                if spec.type == "number":
                    decimals[spec.name].append(dec)
                if not keep_going:
                    break
            if not keep_going:
                break
    except csv.Error as exc:
        add(malformed_csv(csv_reason(exc)), row_no + 1, 1)
        return None
    table = Table(resource.name, schema, columns, decimals, path)
    if keep_going:
        check_unique(table, file, add)
    return table


def _adder(problems: list[Problem], file: str):
    """``add(message, row, column)`` for one file: appends a problem and returns whether to go on;
    after :data:`MAX_PROBLEMS_PER_FILE` it says so once and refuses the rest."""
    start = len(problems)

    def add(msg: Message, row: Optional[int] = None, col: Optional[int] = None) -> bool:
        if len(problems) - start >= MAX_PROBLEMS_PER_FILE:
            return False
        problems.append(Problem(file, msg, row, col))
        if len(problems) - start == MAX_PROBLEMS_PER_FILE:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "more than {n} problems; stopped checking "
                                                                                "this file"), n=MAX_PROBLEMS_PER_FILE)))
            return False
        return True
    return add


def _header_fits(header: list[str], names: list[str], add) -> bool:
    """Whether the CSV's header row is the schema's field names, in order; if not, says how."""
    if header == names:
        return True
    missing = [n for n in names if n not in header]
    extra = [h for h in header if h not in names]
    if missing:
        add(Message(QT_TRANSLATE_NOOP("Problems", "missing column(s): {columns}"), columns=", ".join(missing)),
            1, len(header) + 1)
    for h in extra:
        add(Message(QT_TRANSLATE_NOOP("Problems", "unexpected column '{column}' (not in the schema)"),
                    column=clip(h)), 1, header.index(h) + 1)
    if not missing and not extra:
        add(Message(QT_TRANSLATE_NOOP("Problems", "columns are in a different order than the schema: expected "
                                                  "{columns}"), columns=",".join(names)), 1, 1)
    return False


def _cell_problem(text: str, spec) -> tuple[bool, Optional[Message]]:
    """Whether one non-empty cell is of its field's type, and what is wrong with it (its type, then
    its constraints) as the row-wise reader says it, or None."""
    try:
        value, _dec = convert_cell(text, spec)
    except CellError as exc:
        return False, in_column(spec.name, exc.message)
    msg = check_constraints(value, text, spec)
    return True, (in_column(spec.name, msg) if msg else None)


def _nfc_coded(coded, np) -> tuple[list, Any]:
    """A coded text column's distinct values in NFC, as the row-wise reader (which normalises the
    whole text) has them, and its codes; values that only differed in normalisation merge."""
    values = [nfc(v) for v in coded.values]
    if len(set(values)) == len(values):
        return values, coded.codes
    first: dict[str, int] = {}
    remap = np.array([first.setdefault(v, len(first)) for v in values] + [-1], dtype=np.int32)
    return list(first), remap[coded.codes]


def _header_reason(exc: Exception, names: list[str]):
    if isinstance(exc, OSError):
        return os_reason(exc)
    if isinstance(exc, UnicodeDecodeError):
        return Message(QT_TRANSLATE_NOOP("Problems", "not valid UTF-8 (byte {at})"), at=exc.start)
    if isinstance(exc, StopIteration):
        return Message(QT_TRANSLATE_NOOP("Problems", "the file is empty; expected a header row: {columns}"),
                       columns=",".join(names))
    return csv_reason(exc)


def _read_big_table(path: Path, resource: Resource, file: str, problems: list[Problem]) -> Optional[Table]:
    """The same checks and the same problems as :func:`read_table`, done per column with pandas (a
    million rows in a few seconds instead of a Python loop over every cell): text, date and
    boolean cells are checked once per distinct value with the row-wise reader's own functions,
    numbers vectorised (only the cells found wrong are worded one by one)."""
    import numpy as np
    import pandas as pd

    schema = resource.schema_
    names = [f.name for f in schema.fields]
    add = _adder(problems, file)
    try:
        with open(path, "rb") as f:
            head = f.readline().decode("utf-8-sig")
        header = [nfc(h.strip()) for h in next(csv.reader([head], delimiter=resource.dialect.delimiter))]
    except (OSError, UnicodeDecodeError, StopIteration, csv.Error) as exc:
        add(Message(QT_TRANSLATE_NOOP("Problems", "cannot read the header: {reason}"), reason=_header_reason(exc, names)), 1, 1)
        return None
    if not _header_fits(header, names, add):
        return None

    numeric = [f.name for f in schema.fields if f.type in ("number", "integer", "year")]
    try:
        # other columns as codes into their distinct values (checked once per distinct value),
        # numbers as the cells' text (they keep the decimals they were written with)
        cols = read_csv_coded(path, names, 1, resource.dialect.delimiter, "utf-8-sig",
                              text=[n for n in names if n not in numeric], raw=numeric)
    except (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError, OverflowError) as exc:
        add(malformed_csv(parser_reason(str(exc))), 1, 1)
        return None
    missing_values = set(schema.missingValues)
    found: list[tuple[int, int, Message]] = []       # (row, column, problem), put in row order below
    data, decimals = {}, {}
    n = len(cols[names[0]] if names[0] in numeric else cols[names[0]].codes)
    rows = np.arange(2, 2 + n)

    def note(mask, col: int, say) -> None:
        for pos in np.flatnonzero(mask)[:MAX_PROBLEMS_PER_FILE]:
            msg = say(pos)
            if msg is not None:
                found.append((int(rows[pos]), col, msg))

    for col, spec in enumerate(schema.fields, start=1):
        if spec.name not in numeric:
            values, codes = _nfc_coded(cols[spec.name], np)
            # code -1: a short row
            empty_value = np.array([v in missing_values or (spec.type != "string" and v.strip() == "") for v in values]
                                   + [True])
            empty = empty_value[codes]
            if spec.constraints.required:
                note(empty, col, lambda pos: required(spec.name))
            checked = [(True, None) if e else _cell_problem(v, spec) for v, e in zip(values, empty_value)] + [(True, None)]
            wrong = np.array([w is not None for _ok, w in checked], dtype=bool)[codes]
            note(wrong, col, lambda pos: checked[codes[pos]][1])
            typed = np.array([ok for ok, _w in checked], dtype=bool)     # a cell not of the type is kept empty
            if spec.type == "boolean":
                truth = np.array([v.strip() in spec.trueValues for v in values] + [False])
                data[spec.name] = pd.array(np.where(empty | ~typed[codes], None, truth[codes]), dtype="boolean")
                continue
            # missing cells become NaN codes; the categories are the distinct present values
            keep = [i for i, v in enumerate(values) if not empty_value[i] and typed[i]]
            renumber = np.full(len(values) + 1, -1, dtype=np.int32)
            renumber[keep] = np.arange(len(keep), dtype=np.int32)
            data[spec.name] = pd.Categorical.from_codes(renumber[codes], categories=[values[i] for i in keep],
                                                        validate=False)
            continue
        text = pd.Series(cols[spec.name], dtype=object)
        present = text.notna().to_numpy()
        text = text.fillna("")
        stripped = text.str.strip()
        empty = ~present | text.isin(missing_values).to_numpy() | (stripped == "").to_numpy()
        if spec.constraints.required:
            note(empty, col, lambda pos: required(spec.name))
        values = pd.to_numeric(text.where(~empty, None), errors="coerce")
        form = NUMBER_RX if spec.type == "number" else INTEGER_RX
        bad = ~empty & (values.isna().to_numpy() | ~stripped.str.match(form).to_numpy(dtype=bool, na_value=False)
                        | ~np.isfinite(values.to_numpy(dtype=float, na_value=0.0)))
        if spec.type != "number":
            bad |= ~empty & (stripped.str.len() > 19).to_numpy()
        if spec.type == "year":
            with np.errstate(invalid="ignore"):
                nums = values.to_numpy(dtype=float, na_value=np.nan)
                bad |= ~empty & ((nums < 1000) | (nums > 9999))
        note(bad, col, lambda pos: _cell_problem(text.iloc[pos], spec)[1])
        values = values.where(~bad, None)
        if spec.type == "number":
            data[spec.name] = values.astype("Float64")
            decimals[spec.name] = np.where(bad | empty, 0, decimals_in_text(text.to_numpy())).tolist()
        else:
            data[spec.name] = values.astype("Int64")
        nums = values.to_numpy(dtype=float, na_value=np.nan)
        c = spec.constraints
        for bound, cmp, below in ((c.minimum, np.less, True), (c.maximum, np.greater, False)):
            if bound is not None:
                with np.errstate(invalid="ignore"):
                    out = cmp(nums, bound)
                note(out, col, lambda pos: in_column(spec.name, out_of_bounds(text.iloc[pos], bound, below)))
    frame = pd.DataFrame(data)
    table = Table(resource.name, schema, FrameColumns(frame), decimals, path, frame)
    keep_going = True
    for row, col, msg in sorted(found, key=lambda f: (f[0], f[1])):
        keep_going = add(msg, row, col)
        if not keep_going:
            break
    if keep_going:
        check_unique(table, file, add)
    return table

