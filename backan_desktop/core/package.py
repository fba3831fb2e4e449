"""Load and validate a data package folder: ``datapackage.json`` plus CSV resources.

Nothing here raises on bad input: every problem becomes a :class:`Problem` naming the file and,
where there is one, the row and column (row 1 is the CSV header, as a spreadsheet counts them);
what it says is a :class:`~backan_desktop.core.messages.Message`, English for the CLI and the log,
translated by the UI.
Runs on any thread; pure Python (the csv module), no Qt, no pandas.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from collections.abc import Mapping
from typing import Any, Optional

from pydantic import ValidationError

from .messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of, os_reason, phrase
from .problems import Problem, csv_reason, malformed_csv, parser_reason
from .strings import nfc
from .schema import ROLE_COLUMNS, FieldSpec, Package, Resource, TableSchema

DESCRIPTOR = "datapackage.json"
MAX_DESCRIPTOR_BYTES = 2 * 1024 * 1024
MAX_DESCRIPTOR_DEPTH = 64        # a real descriptor nests about 8 levels (resources → schema → fields → …)
MAX_RESOURCE_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS_PER_FILE = 100
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


@dataclass
class LoadedPackage:
    path: Path
    descriptor: Optional[Package]
    tables: dict[str, Table]
    problems: list[Problem]
    lazy: dict[str, Any] = field(default_factory=dict)   # resource → columnar.LazyTable, rows not read yet

    @property
    def ok(self) -> bool:
        return self.descriptor is not None and not self.problems


# --- descriptor ----------------------------------------------------------------------------

def read_descriptor(path: Path, problems: list[Problem]) -> Optional[Package]:
    name = DESCRIPTOR
    try:
        size = path.stat().st_size
    except OSError as exc:
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "cannot read the package descriptor: {reason}"),
                                              reason=os_reason(exc))))
        return None
    if size > MAX_DESCRIPTOR_BYTES:
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "file is {size:,} bytes; a descriptor over "
                                                                            "{limit:,} bytes is refused"),
                                              size=size, limit=MAX_DESCRIPTOR_BYTES)))
        return None
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "not valid UTF-8 (byte {at})"), at=exc.start),
                                line, 1))
        return None
    except OSError as exc:
        problems.append(Problem(name, cannot_read(exc)))
        return None
    depth = json_depth(text)
    if depth > MAX_DESCRIPTOR_DEPTH:
        # refused before parsing: json and pydantic would recurse once per level
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "the descriptor is nested {depth:,} levels deep; "
                                                                            "more than {limit} levels are refused"),
                                              depth=depth, limit=MAX_DESCRIPTOR_DEPTH)))
        return None
    try:
        obj = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "invalid JSON: {reason}"),
                                              reason=phrase(exc.msg, JSON_ERRORS)), exc.lineno, exc.colno))
        return None
    except ValueError as exc:
        reason = message_of(exc)
        if "integer string conversion" in str(exc):      # Python's guard against huge integer literals
            reason = Message(QT_TRANSLATE_NOOP("Problems", "a number with more than {digits:,} digits"),
                             digits=sys.get_int_max_str_digits())
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "invalid JSON: {reason}"), reason=reason)))
        return None
    if not isinstance(obj, dict):
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "the descriptor must be a JSON object"))))
        return None
    obj = _nfc_json(obj)
    try:
        return Package.model_validate(obj)
    except ValidationError as exc:
        for err in exc.errors()[:MAX_PROBLEMS_PER_FILE]:
            where = ".".join(str(p) for p in err["loc"]) or Message(QT_TRANSLATE_NOOP("Problems", "(top level)"))
            line = _locate_key(text, err["loc"])
            problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "{where}: {reason}"), where=where,
                                                  reason=phrase(err["msg"], SCHEMA_ERRORS)), line, 1 if line else None))
        return None
    except RecursionError:
        problems.append(Problem(name, Message(QT_TRANSLATE_NOOP("Problems", "the descriptor is nested too deeply"))))
        return None


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a scalar), counted without
    parsing it (brackets inside strings do not count) in time linear in its length. Broken JSON
    gets a number too; the parser then says what is wrong."""
    from itertools import accumulate

    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub('""', text))
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)


class _Refused(MessageError, ValueError):
    pass


def _reject_constant(token: str):
    raise _Refused(Message(QT_TRANSLATE_NOOP("Problems", "{token} is not allowed in a data package"), token=token))


def cannot_read(exc: OSError) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "cannot read: {reason}"), reason=os_reason(exc))


# what json.loads says of broken JSON (exc.msg)
JSON_ERRORS = (
    QT_TRANSLATE_NOOP("Problems", "Expecting value"),
    QT_TRANSLATE_NOOP("Problems", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("Problems", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("Problems", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("Problems", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("Problems", "Invalid control character at"),
    QT_TRANSLATE_NOOP("Problems", "Extra data"),
    QT_TRANSLATE_NOOP("Problems", "Illegal trailing comma before end of object"),
    QT_TRANSLATE_NOOP("Problems", "Illegal trailing comma before end of array"),
)
# what pydantic says of a descriptor that does not fit the schema (err["msg"])
SCHEMA_ERRORS = (
    QT_TRANSLATE_NOOP("Problems", "Field required"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid string"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid list"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid dictionary"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid dictionary or instance of {model}"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid boolean, unable to interpret input"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid integer, unable to parse string as an integer"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid integer, got a number with a fractional part"),
    QT_TRANSLATE_NOOP("Problems", "Input should be a valid number, unable to parse string as a number"),
    QT_TRANSLATE_NOOP("Problems", "Input should be {allowed} or {last}"),
    QT_TRANSLATE_NOOP("Problems", "Input should be {allowed}"),
    QT_TRANSLATE_NOOP("Problems", "String should match pattern {pattern}"),
    QT_TRANSLATE_NOOP("Problems", "String should have at least 1 character"),
    QT_TRANSLATE_NOOP("Problems", "String should have at most 1 character"),
    QT_TRANSLATE_NOOP("Problems", "List should have at least 1 item after validation, not 0"),
)


def _nfc_json(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_json(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _nfc_json(v) for k, v in value.items()}
    return value


def _locate_key(text: str, loc: tuple) -> Optional[int]:
    """Best-effort line of the last named key in a pydantic error location."""
    keys = [k for k in loc if isinstance(k, str)]
    if not keys:
        return None
    m = re.search(r'"%s"\s*:' % re.escape(keys[-1]), text)
    return text[: m.start()].count("\n") + 1 if m else None


# --- resource paths --------------------------------------------------------------------------

def resolve_resource_path(package_dir: Path, resource: Resource, problems: list[Problem]) -> Optional[Path]:
    """The resource's file inside the package folder, or None (with a problem) if it is not safe."""
    where = DESCRIPTOR
    name = resource.name
    if resource.data is not None and resource.path is None:
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': inline data is not "
                                                                             "supported; put the table in a CSV file"),
                                               name=name)))
        return None
    if resource.path is None:
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': has no path"), name=name)))
        return None
    if isinstance(resource.path, list):
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': a resource split over "
                                                                             "several files is not supported"),
                                               name=name)))
        return None
    raw = resource.path
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", raw):
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' is a URL or "
                                                                             "drive path; only files inside the package "
                                                                             "folder are read (the app works offline)"),
                                               name=name, path=raw)))
        return None
    if "\\" in raw or "\x00" in raw:
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' must use "
                                                                             "'/' and plain file names"),
                                               name=name, path=raw)))
        return None
    pure = PurePosixPath(raw)
    if pure.is_absolute() or raw.startswith("~"):
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' is "
                                                                             "absolute; it must be relative to the "
                                                                             "package folder"),
                                               name=name, path=raw)))
        return None
    if any(part == ".." for part in pure.parts):
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' contains "
                                                                             "'..'; it must stay inside the package folder"),
                                               name=name, path=raw)))
        return None
    base = package_dir.resolve()
    target = (base / Path(*pure.parts)).resolve()
    if base != target and base not in target.parents:
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' leads "
                                                                             "outside the package folder (symbolic link?)"),
                                               name=name, path=raw)))
        return None
    if not target.is_file():
        problems.append(Problem(raw, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': file not found in the "
                                                                           "package folder"), name=name)))
        return None
    size = target.stat().st_size
    if size > MAX_RESOURCE_BYTES:
        problems.append(Problem(raw, Message(QT_TRANSLATE_NOOP("Problems", "file is {size:,} bytes; resources over "
                                                                           "{limit:,} bytes are refused"),
                                             size=size, limit=MAX_RESOURCE_BYTES)))
        return None
    return target


# --- cells --------------------------------------------------------------------------------------

class CellError(MessageError, ValueError):
    """A cell that does not fit its field's type; ``message`` says why."""


_INT_RX = re.compile(r"^[+-]?\d+$")
_NUM_RX = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DATE_RX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def convert_cell(text: str, spec: FieldSpec) -> tuple[Any, int]:
    """Typed value and decimals written (numbers only) for one CSV cell; raises CellError."""
    t = spec.type
    if t in ("string", "any"):
        return text, 0
    s = text.strip()
    if t == "number":
        if not _NUM_RX.match(s):
            raise CellError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number (use '.' for decimals, no "
                                                                  "thousands separators)"), text=_clip(text)))
        value = float(s)
        if not math.isfinite(value):
            raise CellError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a finite number"), text=_clip(text)))
        from .numbers import decimals_of_literal as decimals_of
        return value, decimals_of(s)
    if t in ("integer", "year"):
        if not _INT_RX.match(s) or len(s) > 19:
            raise CellError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a year") if t == "year" else
                                    QT_TRANSLATE_NOOP("Problems", "'{text}' is not an integer"), text=_clip(text)))
        value = int(s)
        if t == "year" and not (1000 <= value <= 9999):
            raise CellError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a four-digit year"), text=_clip(text)))
        return value, 0
    if t == "boolean":
        if s in spec.trueValues:
            return True, 0
        if s in spec.falseValues:
            return False, 0
        raise CellError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a boolean ({words})"), text=_clip(text),
                                words="/".join(spec.trueValues[:1] + spec.falseValues[:1])))
    if t == "date":
        m = _DATE_RX.match(s)
        try:
            if not m:
                raise ValueError
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), 0
        except ValueError:
            raise CellError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a date (YYYY-MM-DD)"),
                                    text=_clip(text))) from None
    return text, 0


def _clip(text: str, n: int = 40) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= n else text[: n - 1] + "…"


def _not_one_of(text: str, enum: list) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not one of: {allowed}"), text=text,
                   allowed=", ".join(str(e) for e in enum[:12]))


def _no_match(text: str, pattern: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' does not match the pattern {pattern}"), text=text,
                   pattern=pattern)


def _out_of_bounds(text: str, bound: float, below: bool) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "{text} is below the minimum {bound:g}") if below else
                   QT_TRANSLATE_NOOP("Problems", "{text} is above the maximum {bound:g}"), text=text, bound=bound)


def _check_constraints(value: Any, text: str, spec: FieldSpec) -> Optional[Message]:
    c = spec.constraints
    if c.enum is not None and value not in c.enum and text not in [str(e) for e in c.enum]:
        return _not_one_of(_clip(text), c.enum)
    if c.pattern is not None and isinstance(value, str):
        try:
            if not re.fullmatch(c.pattern, value):
                return _no_match(_clip(text), c.pattern)
        except re.error:
            return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if c.minimum is not None and value < c.minimum:
            return _out_of_bounds(text, c.minimum, below=True)
        if c.maximum is not None and value > c.maximum:
            return _out_of_bounds(text, c.maximum, below=False)
    if isinstance(value, str):
        if c.minLength is not None and len(value) < c.minLength:
            return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is shorter than {n} characters"), text=_clip(text),
                           n=c.minLength)
        if c.maxLength is not None and len(value) > c.maxLength:
            return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is longer than {n} characters"), text=_clip(text),
                           n=c.maxLength)
    return None


def _in_column(column: str, reason) -> Message:
    """``column: reason`` — a cell's problem, after its column's name."""
    return Message(QT_TRANSLATE_NOOP("Problems", "{column}: {reason}"), column=column, reason=reason)


def _required(column: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "{column}: a value is required"), column=column)


# --- tables ---------------------------------------------------------------------------------------

def decode_bytes(raw: bytes, encoding: str, file: str, problems: list[Problem]) -> Optional[str]:
    """Text of a resource in its declared encoding (UTF-8 may carry a BOM); problems name the line."""
    from .readers import decode     # one decoder for packages and imported spreadsheets

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
    start = len(problems)

    def add(msg: str, row: Optional[int] = None, col: Optional[int] = None) -> bool:
        if len(problems) - start >= MAX_PROBLEMS_PER_FILE:
            return False
        problems.append(Problem(file, msg, row, col))
        if len(problems) - start == MAX_PROBLEMS_PER_FILE:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "more than {n} problems; stopped checking "
                                                                                "this file"), n=MAX_PROBLEMS_PER_FILE)))
            return False
        return True

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
    header = [h.strip() for h in header]
    if header != names:
        missing = [n for n in names if n not in header]
        extra = [h for h in header if h not in names]
        if missing:
            add(Message(QT_TRANSLATE_NOOP("Problems", "missing column(s): {columns}"), columns=", ".join(missing)),
                1, len(header) + 1)
        for h in extra:
            add(Message(QT_TRANSLATE_NOOP("Problems", "unexpected column '{column}' (not in the schema)"),
                        column=_clip(h)), 1, header.index(h) + 1)
        if not missing and not extra:
            add(Message(QT_TRANSLATE_NOOP("Problems", "columns are in a different order than the schema: expected "
                                                      "{columns}"), columns=",".join(names)), 1, 1)
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
                        keep_going = add(_required(spec.name), row_no, col)
                else:
                    try:
                        value, dec = convert_cell(cell, spec)
                        msg = _check_constraints(value, cell, spec)
                        if msg:
                            keep_going = add(_in_column(spec.name, msg), row_no, col)
                    except CellError as exc:
                        keep_going = add(_in_column(spec.name, exc.message), row_no, col)
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
        _check_unique(table, file, add)
    return table


def _parses_as_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def decimals_in_text(texts):
    """Digits after the decimal point of each number as written ("1086.40" → 2), for a numpy
    array of str; vectorised with numpy's string functions (a million cells in ~0.1 s)."""
    import numpy as np

    try:
        from numpy.dtypes import StringDType
        a = np.strings.strip(np.array(texts, dtype=StringDType()))
        point = np.strings.find(a, ".")
        out = np.where(point >= 0, np.strings.str_len(a) - point - 1, 0)
        # an exponent ("1.5e3", "15e-1"): those few cells the way the row-wise reader does them
        odd = np.flatnonzero((np.strings.find(a, "e") >= 0) | (np.strings.find(a, "E") >= 0))
    except (ImportError, AttributeError):      # numpy < 2
        out, odd = np.zeros(len(texts), dtype=np.int64), np.arange(len(texts))
    from .numbers import decimals_of_literal as decimals_of
    for i in odd:
        out[i] = decimals_of(str(texts[i]))
    return out


def _read_big_table(path: Path, resource: Resource, file: str, problems: list[Problem]) -> Optional[Table]:
    """The same checks as :func:`read_table`, done per column with pandas (a million rows in a few
    seconds instead of a Python loop over every cell); the first problems found are reported with
    their row and column."""
    import numpy as np
    import pandas as pd

    schema = resource.schema_
    names = [f.name for f in schema.fields]
    start = len(problems)

    def add(msg: Message, row: Optional[int] = None, col: Optional[int] = None) -> bool:
        if len(problems) - start >= MAX_PROBLEMS_PER_FILE:
            return False
        problems.append(Problem(file, msg, row, col))
        return True

    try:
        with open(path, "rb") as f:
            head = f.readline().decode("utf-8-sig")
        header = [h.strip() for h in next(csv.reader([head], delimiter=resource.dialect.delimiter))]
    except (OSError, UnicodeDecodeError, StopIteration, csv.Error) as exc:
        add(Message(QT_TRANSLATE_NOOP("Problems", "cannot read the header: {reason}"),
                    reason=csv_reason(exc) if isinstance(exc, csv.Error) else str(exc)), 1, 1)
        return None
    if header != names:
        add(Message(QT_TRANSLATE_NOOP("Problems", "columns differ from the schema: expected {columns}"),
                    columns=",".join(names)), 1, 1)
        return None
    from .readers import read_csv_coded

    textual = [f.name for f in schema.fields if f.type not in ("number", "integer", "year", "boolean")]
    try:
        # text columns as codes into their distinct values (checked once per distinct value),
        # the others as the cells' text (numbers keep the decimals they were written with)
        cols = read_csv_coded(path, names, 1, resource.dialect.delimiter, "utf-8-sig", text=textual,
                              raw=[n for n in names if n not in textual])
    except (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError, OverflowError) as exc:
        add(malformed_csv(parser_reason(str(exc).strip()[:200])), 1, 1)
        return None
    missing_values = set(schema.missingValues)
    data, decimals = {}, {}
    n = len(cols[names[0]].codes if names[0] in textual else cols[names[0]])
    rows = np.arange(2, 2 + n)
    for col, spec in enumerate(schema.fields, start=1):
        if spec.name in textual:
            coded = cols[spec.name]
            values = coded.values
            empty_value = np.array([v in missing_values for v in values] + [True])   # code -1: a short row
            empty = empty_value[coded.codes]
            if spec.constraints.required and empty.any():
                for pos in np.flatnonzero(empty)[:10]:
                    add(_required(spec.name), int(rows[pos]), col)
            bad_value = np.zeros(len(values) + 1, dtype=bool)
            if spec.constraints.enum is not None:
                allowed = {str(e) for e in spec.constraints.enum}
                bad_value[:-1] |= np.array([v not in allowed for v in values], dtype=bool)
                bad = bad_value[coded.codes] & ~empty
                for pos in np.flatnonzero(bad)[:10]:
                    add(_in_column(spec.name, _not_one_of(_clip(values[coded.codes[pos]]), spec.constraints.enum)),
                        int(rows[pos]), col)
            if spec.constraints.pattern is not None:
                try:
                    rx = re.compile(spec.constraints.pattern)
                    mismatch = np.array([rx.fullmatch(v) is None for v in values] + [False], dtype=bool)
                except re.error:
                    mismatch = np.zeros(len(values) + 1, dtype=bool)
                bad = mismatch[coded.codes] & ~empty
                for pos in np.flatnonzero(bad)[:10]:
                    add(_in_column(spec.name, _no_match(values[coded.codes[pos]][:40], spec.constraints.pattern)),
                        int(rows[pos]), col)
            # missing cells become NaN codes; the categories are the distinct present values
            keep = [i for i, v in enumerate(values) if not empty_value[i]]
            renumber = np.full(len(values) + 1, -1, dtype=np.int32)
            renumber[keep] = np.arange(len(keep), dtype=np.int32)
            data[spec.name] = pd.Categorical.from_codes(renumber[coded.codes], categories=[values[i] for i in keep],
                                                        validate=False)
            continue
        text = pd.Series(cols[spec.name], dtype=object)
        present = text.notna().to_numpy()
        text = text.fillna("")
        if spec.type == "number" and not any(_parses_as_number(m) for m in missing_values):
            # a cell that parses as a number is not empty: look closer only at the others
            parsed = pd.to_numeric(text, errors="coerce")
            empty = np.zeros(len(text), dtype=bool)
            maybe = np.flatnonzero(parsed.isna().to_numpy())
            sub = text.iloc[maybe]
            empty[maybe] = ~present[maybe] | sub.isin(missing_values).to_numpy() | (sub.str.strip() == "").to_numpy()
        else:
            parsed = None
            empty = ~present | text.isin(missing_values).to_numpy() | (text.str.strip() == "").to_numpy()
        if spec.constraints.required and empty.any():
            for pos in np.flatnonzero(empty)[:10]:
                add(_required(spec.name), int(rows[pos]), col)
        if spec.type in ("number", "integer", "year"):
            values = parsed if parsed is not None else pd.to_numeric(text.where(~empty, None), errors="coerce")
            bad = values.isna().to_numpy() & ~empty
            if spec.type != "number":
                bad |= ~empty & ~text.str.fullmatch(r"\s*[+-]?\d+\s*").to_numpy(dtype=bool, na_value=False)
            bad |= ~empty & ~np.isfinite(values.to_numpy(dtype=float, na_value=0.0))
            for pos in np.flatnonzero(bad)[:10]:
                reason = Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number") if spec.type == "number" else
                                 QT_TRANSLATE_NOOP("Problems", "'{text}' is not an integer"), text=text.iloc[pos][:40])
                add(_in_column(spec.name, reason), int(rows[pos]), col)
            if spec.type == "number":
                data[spec.name] = values.astype("Float64")
                decimals[spec.name] = decimals_in_text(text.to_numpy()).tolist()
            else:
                data[spec.name] = values.astype("Int64")
            nums = values.to_numpy(dtype=float, na_value=np.nan)
            c = spec.constraints
            for bound, cmp, below in ((c.minimum, np.less, True), (c.maximum, np.greater, False)):
                if bound is not None:
                    with np.errstate(invalid="ignore"):
                        out = cmp(nums, bound)
                    for pos in np.flatnonzero(out)[:10]:
                        add(_in_column(spec.name, _out_of_bounds(text.iloc[pos], bound, below)), int(rows[pos]), col)
        else:  # boolean
            ok = text.isin(spec.trueValues + spec.falseValues).to_numpy() | empty
            for pos in np.flatnonzero(~ok)[:10]:
                add(_in_column(spec.name, Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a boolean"),
                                                  text=text.iloc[pos][:40])), int(rows[pos]), col)
            data[spec.name] = pd.array([None if e else (v in spec.trueValues) for v, e in zip(text, empty)], dtype="boolean")
    frame = pd.DataFrame(data)
    keys = schema.primaryKey or [f.name for f in schema.fields if f.constraints.unique][:1]
    if keys and all(k in frame.columns for k in keys):
        dup = frame.duplicated(keys, keep=False).to_numpy()
        for pos in np.flatnonzero(dup)[:10]:
            add(Message(QT_TRANSLATE_NOOP("Problems", "duplicate key in {columns}"), columns=", ".join(keys)),
                int(rows[pos]), names.index(keys[0]) + 1)
    return Table(resource.name, schema, FrameColumns(frame), decimals, path, frame)


def _check_unique(table: Table, file: str, add) -> None:
    schema = table.schema
    names = table.field_names
    for col, spec in enumerate(schema.fields, start=1):
        if spec.constraints.unique:
            seen: dict[Any, int] = {}
            for i, v in enumerate(table.columns[spec.name]):
                if v is None:
                    continue
                if v in seen:
                    if not add(Message(QT_TRANSLATE_NOOP("Problems", "{column}: '{value}' repeats row {row}; values "
                                                                     "must be unique"),
                                       column=spec.name, value=str(v), row=seen[v]), i + 2, col):
                        return
                else:
                    seen[v] = i + 2
    if schema.primaryKey:
        if any(k not in names for k in schema.primaryKey):
            add(Message(QT_TRANSLATE_NOOP("Problems", "primaryKey names a column that is not in the schema: {columns}"),
                        columns=str(schema.primaryKey)))
            return
        seen2: dict[tuple, int] = {}
        cols = [table.columns[k] for k in schema.primaryKey]
        first_col = names.index(schema.primaryKey[0]) + 1
        for i, key in enumerate(zip(*cols)):
            if key in seen2:
                shown = ", ".join("" if k is None else str(k) for k in key)
                if not add(Message(QT_TRANSLATE_NOOP("Problems", "duplicate key ({key}): same as row {row}"),
                                   key=shown, row=seen2[key]), i + 2, first_col):
                    return
            else:
                seen2[key] = i + 2


def _check_foreign_keys(package: Package, tables: dict[str, Table], files: dict[str, str],
                        problems: list[Problem]) -> None:
    for res in package.resources:
        table = tables.get(res.name)
        if table is None:
            continue
        for fk in res.schema_.foreignKeys:
            target_name = fk.reference.resource or res.name
            target = tables.get(target_name)
            file = files[res.name]
            if package.resource(target_name) is None:
                problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': foreign key "
                                                                                          "refers to unknown resource "
                                                                                          "'{target}'"),
                                                            name=res.name, target=target_name)))
                continue
            if target is None:
                continue    # its own problems were reported
            if len(fk.fields) != len(fk.reference.fields) or any(f not in table.columns for f in fk.fields) \
                    or any(f not in target.columns for f in fk.reference.fields):
                problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': foreign key "
                                                                                          "{columns} → {target}{target_columns} "
                                                                                          "names unknown columns"),
                                                            name=res.name, columns=str(fk.fields), target=target_name,
                                                            target_columns=str(fk.reference.fields))))
                continue
            keys = set(zip(*[target.columns[f] for f in fk.reference.fields]))
            col = table.field_names.index(fk.fields[0]) + 1
            count = 0
            for i, key in enumerate(zip(*[table.columns[f] for f in fk.fields])):
                if all(k is None for k in key) or key in keys:
                    continue
                count += 1
                if count > MAX_PROBLEMS_PER_FILE:
                    problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "more unknown references; stopped "
                                                                                        "checking"))))
                    break
                shown = ", ".join("" if k is None else str(k) for k in key)
                problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "{columns}: '{key}' is not an id in "
                                                                                    "'{target}'"),
                                                      columns="/".join(fk.fields), key=shown, target=target_name),
                                        i + 2, col))


# --- the whole package ------------------------------------------------------------------------------

def load_package(folder: Path | str) -> LoadedPackage:
    """Read ``folder/datapackage.json`` and every CSV resource; validate shapes, types, constraints,
    keys, references and that every path stays in the folder. Never raises for bad input."""
    folder = Path(folder)
    problems: list[Problem] = []
    if folder.is_file() and folder.name == DESCRIPTOR:
        folder = folder.parent
    if not folder.is_dir():
        return LoadedPackage(folder, None, {}, [Problem(str(folder), Message(QT_TRANSLATE_NOOP(
            "Problems", "not a folder containing a datapackage.json")))])
    descriptor = read_descriptor(folder / DESCRIPTOR, problems)
    if descriptor is None:
        return LoadedPackage(folder, None, {}, problems)
    seen_names: set[str] = set()
    tables: dict[str, Table] = {}
    files: dict[str, str] = {}
    for res in descriptor.resources:
        if res.name in seen_names:
            problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "two resources are named '{name}'"),
                                                        name=res.name)))
            continue
        seen_names.add(res.name)
        field_names = [f.name for f in res.schema_.fields]
        dupes = sorted({n for n in field_names if field_names.count(n) > 1})
        if dupes:
            problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': field name(s) "
                                                                                      "repeated: {columns}"),
                                                        name=res.name, columns=", ".join(dupes))))
            continue
        if (res.format or "csv").lower() not in ("csv", "tsv"):
            problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': format "
                                                                                      "'{format}' is not supported (CSV only)"),
                                                        name=res.name, format=str(res.format))))
            continue
        lacking = [c for c in ROLE_COLUMNS.get(res.role, ()) if c not in field_names]
        if lacking:
            problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': role '{role}' "
                                                                                      "needs the column(s) {columns}"),
                                                        name=res.name, role=res.role, columns=", ".join(lacking))))
            continue
        path = resolve_resource_path(folder, res, problems)
        if path is None:
            continue
        file = str(PurePosixPath(res.path)) if isinstance(res.path, str) else res.name
        files[res.name] = file
        table = read_table(path, res, file, problems)
        if table is not None:
            tables[res.name] = table
    _check_foreign_keys(descriptor, tables, files, problems)
    return LoadedPackage(folder, descriptor, tables, problems)
