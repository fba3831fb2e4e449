"""A validated table (:class:`Table`) and the reader of one CSV resource against its schema."""
from __future__ import annotations

import csv
import gc
import io
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..problems import Problem, csv_reason, malformed_csv
from ..readers import decode   # one decoder for packages and imported files
from .cells import CellError, check_constraints, clip, convert_cell, in_column, required
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
    A table read back from the library's columnar copy keeps its pandas frame (``_frame``) and
    exposes ``columns`` lazily from it."""
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

        # the other types (text, dates) are text; pandas writes any other value with str()
        dtypes = {"number": "Float64", "integer": "Int64", "year": "Int64", "boolean": "boolean"}
        return pd.DataFrame({f.name: pd.array(self.columns[f.name], dtype=dtypes.get(f.type, "string"))
                             for f in self.schema.fields})


@contextmanager
def _collector_paused():
    """The cyclic garbage collector off for a while: a big table is millions of new lists and
    tuples, none in a cycle, and the collector would walk them over and over (half of the time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# --- tables ---------------------------------------------------------------------------------------

def read_table(path: Path, resource: Resource, file: str, problems: list[Problem]) -> Optional[Table]:
    """Read and type one CSV resource against its schema. Problems are appended in row order;
    returns None when the file cannot be read at all. Column-wise for every size, without pandas:
    the csv module splits the records, then each column's cells are typed and checked once per
    distinct text (:func:`_typed_columns`)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file, cannot_read(exc)))
        return None
    enc = (resource.encoding or "utf-8").lower()     # UTF-8 may carry a BOM; problems name the line
    decoded = decode(raw, file, "utf-8-sig" if enc in ("utf-8", "utf8") else enc, problems)
    if decoded is None:
        return None
    text = decoded[0]
    schema = resource.schema_
    names = [f.name for f in schema.fields]
    add = _adder(problems, file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=resource.dialect.delimiter,
                        quotechar=resource.dialect.quoteChar, strict=True)
    records: list[list[str]] = []
    broken = None       # a CSV error in the record after the last one read: the rows before it are still checked
    with _collector_paused():
        try:
            records.extend(reader)
        except csv.Error as exc:
            broken = malformed_csv(csv_reason(exc))
        if not records:
            add(broken or Message(QT_TRANSLATE_NOOP("Problems", "the file is empty; expected a header row: {columns}"),
                                  columns=",".join(names)), 1, 1)
            return None
        if not _header_fits([h.strip() for h in records[0]], names, add):
            return None
        columns, decimals, found = _typed_columns(records, schema)
        broken_at = len(records) + 1
        records.clear()     # freed while the collector is off: else its first pass after it walks every record
    keep_going = all(add(msg, row, col) for row, col, msg in sorted(found, key=lambda f: (f[0], f[1])))
    if broken is not None:
        add(broken, broken_at, 1)
        return None
    table = Table(resource.name, schema, columns, decimals, path)
    if keep_going:
        check_unique(table, file, add)
    return table


def _typed_columns(records: list[list[str]], schema: TableSchema):
    """The body of a CSV (``records`` after the header) as typed columns, the decimals of its
    number columns, and the problems found as (row, column, message), in no particular order.
    Each column's cells are typed and checked once per distinct text."""
    fields = schema.fields
    n = len(fields)
    body = records[1:]
    rows = range(2, len(records) + 1)       # rows count records, as a spreadsheet does
    found = []
    if set(map(len, body)) - {n}:           # a record of another length is left out (a blank line silently)
        odd = ((row, r) for row, r in enumerate(body, start=2) if len(r) != n and r not in ([], [""]))
        found = [(row, min(len(r), n) + 1, Message(QT_TRANSLATE_NOOP("Problems", "has {n} fields, expected {expected}"),
                                                   n=len(r), expected=n))
                 for row, r in islice(odd, MAX_PROBLEMS_PER_FILE)]     # the first ones are all that can be said
        rows = [row for row, r in enumerate(body, start=2) if len(r) == n]
        body = [r for r in body if len(r) == n]
    missing = set(schema.missingValues)
    columns: dict[str, list[Any]] = {}
    decimals: dict[str, list[int]] = {}
    for col, (spec, cells) in enumerate(zip(fields, list(zip(*body)) or [()] * n), start=1):
        typed = {text: _typed_cell(text, spec, missing) for text in set(cells)}
        if all(value is text for text, (value, _dec, _msg) in typed.items()):
            columns[spec.name] = list(cells)
        else:
            columns[spec.name] = list(map({text: t[0] for text, t in typed.items()}.__getitem__, cells))
        if spec.type == "number":
            decimals[spec.name] = list(map({text: t[1] for text, t in typed.items()}.__getitem__, cells))
        wrong = {text for text, (_value, _dec, msg) in typed.items() if msg is not None}
        if wrong:       # the first cells wrong in a column are enough to fill the problem list
            at = islice((j for j, text in enumerate(cells) if text in wrong), MAX_PROBLEMS_PER_FILE)
            found += [(rows[j], col, typed[cells[j]][2]) for j in at]
    return columns, decimals, found


def _typed_cell(text: str, spec, missing: set[str]) -> tuple[Any, int, Optional[Message]]:
    """One distinct cell text of a column: its value (None when empty or not of the type), the
    decimals it was written with, and what is wrong with it (its type, then its constraints) or None."""
    if text in missing or (spec.type != "string" and text.strip() == ""):
        return None, 0, (required(spec.name) if spec.constraints.required else None)
    try:
        value, dec = convert_cell(text, spec)
    except CellError as exc:
        return None, 0, in_column(spec.name, exc.message)
    msg = check_constraints(value, text, spec)
    return value, dec, (in_column(spec.name, msg) if msg else None)


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
