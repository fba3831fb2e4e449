"""A columnar copy of every imported table, kept beside its CSV, and the catalogue that lists them.

An imported dataset is a data package folder (``datapackage.json`` + CSV, the portable, validated
form). Parsing a million-row CSV takes a second or more, so each folder also holds a hidden
``.columnar/`` folder:

- ``catalogue.json`` — per resource: the CSV's size, modification time and SHA-256, a hash of the
  resource's schema, the row count, the distinct indicator ids (for series), and where each
  column's arrays are; plus the problems found when the CSV was last read;
- one ``.npy`` file per array: text columns as int32 codes (-1: empty) into their distinct values
  (a JSON list), numbers as float64 (NaN: empty) with the decimals each was written with (int8),
  integers as int64 with a mask, booleans as int8 (-1: empty).

Why ``.npy``: numpy is already here, so the app and its bundle gain nothing; the format is a
documented header plus raw bytes that loads at disk speed; it is read with ``allow_pickle=False``,
so a file can hold numbers only, never code. Parquet or Feather would need pyarrow, about 170 MB,
which the bundle budget (150 MB) cannot carry.

The copy is never trusted over the CSV: it is used only while the CSV's size, modification time
and schema match the catalogue, and its SHA-256 is checked again before rows are loaded. Anything
else (a CSV edited by hand, a copy made by an older version, a damaged file) makes the library read
the CSV and write the copy again. Writes go to a temporary folder renamed into place.

Qt-free; any thread (callers serialise loads of one dataset).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from .messages import Message
from .package import DESCRIPTOR, FrameColumns, LoadedPackage, Table
from .problems import Cancelled, Problem

log = logging.getLogger(__name__)

CACHE_DIR = ".columnar"
CATALOGUE = "catalogue.json"
FORMAT = 1
MAX_CATALOGUE_BYTES = 64 * 1024 * 1024
MAX_INDICATORS = 10_000          # distinct indicator ids kept in the catalogue; more: "unknown"
_ARRAY_NAME = re.compile(r"^r\d{1,4}c\d{1,5}\.[a-z]{1,10}\.(npy|json)$")
LAZY_ROLES = ("table", "series")
BLOCK_ROWS = 20_000               # rows joined and written at a time (a block of ~2 MB stays in cache)  # resources whose rows are read only when something needs them


# --- checksums and keys ----------------------------------------------------------------------------

def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 4 MiB blocks (hashlib releases the GIL: ~70 ms for 86 MB)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(4 * 1024 * 1024)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def file_key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def schema_hash(resource) -> str:
    """What decides how the CSV is read: schema, dialect, encoding, path (and this format)."""
    spec = {"format": FORMAT, "path": resource.path, "encoding": resource.encoding,
            "dialect": resource.dialect.model_dump(), "schema": resource.schema_.model_dump(by_alias=True)}
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode("utf-8")).hexdigest()


# --- writing the CSV from columns ------------------------------------------------------------------

def _csv_field(text: str) -> str:
    """One CSV cell as csv.writer writes it (quoted when it holds a comma, quote or line end)."""
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def values_text(values, decimals) -> tuple[Any, Any]:
    """Numbers as text with their row's decimals ("%.{d}f"), as an object array of ASCII bytes, and the decimals
    the text carries. A value that this would round is written in full (repr) instead, so nothing
    loses digits; its decimals are then those of that text. Empty (NaN) values are empty cells.
    Each distinct (value, decimals) pair is formatted once (statistics repeat their values)."""
    import numpy as np
    import pandas as pd

    from .numbers import decimals_of_literal as decimals_of

    values = np.asarray(values, dtype=float)
    d = np.clip(np.asarray(decimals, dtype=np.int64), 0, 12)
    codes, vuniques = pd.factorize(values, use_na_sentinel=True)
    if len(d) and d.min() == d.max():              # one number of decimals: the values are the pairs
        codes = np.where(codes < 0, len(vuniques), codes)
        uvalues, ud = np.append(vuniques, np.nan), np.full(len(vuniques) + 1, d[0])
    else:
        codes, keys = pd.factorize(codes.astype(np.int64) * 16 + d)
        uvalues = np.append(vuniques, np.nan)[keys // 16]      # code -1 (NaN) → the last slot
        ud = keys % 16
    finite = np.isfinite(uvalues)
    with np.errstate(invalid="ignore", over="ignore"):
        scale = 10.0 ** ud
        lossy = finite & (np.round(uvalues * scale) / scale != uvalues)
    out_dec = ud.astype(np.int8)
    kinds = np.unique(ud)
    if len(kinds) == 1:
        text = list(map(f"{{:.{int(kinds[0])}f}}".format, uvalues.tolist()))
    else:
        formats = {int(k): f"{{:.{int(k)}f}}".format for k in kinds}
        text = [formats[k](v) for v, k in zip(uvalues.tolist(), ud.tolist())]
    for i in np.flatnonzero(lossy):
        text[i] = repr(float(uvalues[i]))
        out_dec[i] = min(127, decimals_of(text[i]))
    for i in np.flatnonzero(~finite):
        text[i] = ""
        out_dec[i] = 0
    return np.array([t.encode("ascii") for t in text], dtype=object)[codes], out_dec[codes]


class _HashingWriter:
    """Writes blocks to a file and hashes them on a second thread: ``sha256.update`` releases the
    GIL, so the hash of one block is computed while the next is built (one hand-over per block;
    writing from the hashing thread too would need a second one, which costs more than it saves)."""

    def __init__(self, path: Path):
        self.f = open(path, "wb")
        self.sha = hashlib.sha256()
        self._blocks: list = []
        self._cv = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="csv-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cv:
                while not self._blocks:
                    self._cv.wait()
                block = self._blocks.pop(0)
                self._cv.notify_all()
            if block is None:
                return
            self.sha.update(block)

    def write(self, block: bytes) -> None:
        self.f.write(block)
        with self._cv:
            while len(self._blocks) >= 2:       # at most two blocks waiting: bounded memory
                self._cv.wait()
            self._blocks.append(block)
            self._cv.notify_all()

    def close(self, ok: bool = True) -> None:
        with self._cv:
            self._blocks.append(None)
            self._cv.notify_all()
        self._thread.join()
        try:
            if ok:
                self.f.flush()
                os.fsync(self.f.fileno())
        finally:
            self.f.close()


def _merge_coded(pieces: list, n: int) -> list:
    """Neighbouring text columns whose value pairs are few become one column of "a,b" fields
    (indicator × area, or unit × status × source × note): fewer, longer pieces per row make the
    row join about twice as fast. Two columns merge when the product of their distinct values is
    at most an eighth of the rows, so the table of pairs stays small."""
    import numpy as np

    out: list = []
    for piece in pieces:
        if out and isinstance(piece, tuple) and isinstance(out[-1], tuple):
            (ca, fa), (cb, fb) = out[-1], piece
            if len(fa) * len(fb) <= max(64, n // 8):
                pairs = (np.repeat(fa, len(fb)) + b",") + np.tile(fb, len(fa))
                out[-1] = (ca * len(fb) + cb, pairs)
                continue
        out.append(piece)
    return out


def _with_separators(pieces: list) -> list:
    """The pieces of a row with their commas and line end: a text column's fields carry the
    separator after them (or the comma before them, after a column of numbers), so a row is the
    plain concatenation of its cells; a lone separator is a constant column."""
    import numpy as np

    out: list = []
    for j, piece in enumerate(pieces):
        sep = b"," if j < len(pieces) - 1 else b"\n"
        if isinstance(piece, (list, np.ndarray)):
            out.append(np.asarray(piece, dtype=object))
            nxt = pieces[j + 1] if j + 1 < len(pieces) else None
            if nxt is None or not isinstance(nxt, tuple):
                out.append(sep)
            continue
        codes, fields = piece
        if j > 0 and not isinstance(pieces[j - 1], tuple):
            fields = b"," + fields                     # the comma after the numbers before it
        out.append((codes, fields + sep))
    return out


@dataclass
class WrittenCsv:
    path: Path
    size: int
    mtime_ns: int
    sha256: str
    rows: int


def write_csv(frame, names: list[str], path: Path, decimals: Optional[dict[str, Any]] = None,
              cancel=None) -> tuple[WrittenCsv, dict[str, Any]]:
    """Write ``frame[names]`` as UTF-8 CSV (header, ``\\n`` line ends, "." decimal point, no
    thousands separators, empty cells for missing values), column by column: each text column's
    distinct values are quoted once and picked by code, numbers are formatted with their decimals
    (``decimals[name]``, else as few as write them exactly), and rows are joined in blocks
    written and hashed on a second thread. Returns what was written and the decimals each number
    column's text carries (what reading the file back gives). Raises OSError; a cancelled write
    raises Cancelled. The caller owns atomicity (write into a temporary folder)."""
    import numpy as np
    import pandas as pd


    n = len(frame)
    pieces: list = []      # per column: (codes, fields) of a text column, or the cells' text as a list
    written_decimals: dict[str, Any] = {}
    for name in names:
        column = frame[name]
        if isinstance(column.dtype, pd.CategoricalDtype):
            fields = np.array([_csv_field(str(v)).encode("utf-8") for v in column.cat.categories] + [b""], dtype=object)
            codes = np.asarray(column.array.codes, dtype=np.int64)
            pieces.append((np.where(codes < 0, len(fields) - 1, codes), fields))
        elif pd.api.types.is_bool_dtype(column.dtype):
            arr = column.astype("boolean")
            pieces.append([b"" if v is pd.NA else (b"true" if v else b"false") for v in arr.tolist()])
        elif pd.api.types.is_float_dtype(column.dtype):
            values = column.to_numpy(dtype=float, na_value=np.nan)
            decs = decimals.get(name) if decimals else None
            if decs is None:
                from .numbers import decimals_of_values as _decimals_of_values
                decs = _decimals_of_values(values, 0)
            text, used = values_text(values, decs)
            pieces.append(text)
            written_decimals[name] = used
        elif pd.api.types.is_integer_dtype(column.dtype):
            pieces.append([b"" if v is pd.NA or v is None else b"%d" % int(v) for v in column.astype("Int64").tolist()])
        else:
            codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
            fields = np.array([_csv_field(str(v)).encode("utf-8") for v in uniques] + [b""], dtype=object)
            pieces.append((np.where(codes < 0, len(fields) - 1, codes).astype(np.int64), fields))
    columns = _with_separators(_merge_coded(pieces, n))
    writer = _HashingWriter(path)
    ok = False
    try:
        writer.write((",".join(_csv_field(nm) for nm in names) + "\n").encode("utf-8"))
        for start in range(0, n, BLOCK_ROWS):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            stop = min(n, start + BLOCK_ROWS)
            # the cells of a block side by side, separators included, joined in one go
            cells = np.empty((stop - start, len(columns)), dtype=object)
            for k, col in enumerate(columns):
                cells[:, k] = col if isinstance(col, bytes) else (col[1][col[0][start:stop]] if isinstance(col, tuple)
                                                                 else col[start:stop])
            writer.write(b"".join(cells.ravel().tolist()))
        ok = True
    finally:
        writer.close(ok)
    st = path.stat()
    return WrittenCsv(path, st.st_size, st.st_mtime_ns, writer.sha.hexdigest(), n), written_decimals


# --- the columnar copy -------------------------------------------------------------------------------

def _save(folder: Path, name: str, array) -> str:
    import numpy as np

    with open(folder / name, "wb") as f:
        np.save(f, array, allow_pickle=False)
        f.flush()
        os.fsync(f.fileno())       # on disk before the folder is renamed into place
    return name


def _save_json(folder: Path, name: str, value) -> str:
    with open(folder / name, "wb") as f:
        f.write(json.dumps(value, ensure_ascii=False).encode("utf-8"))
        f.flush()
        os.fsync(f.fileno())
    return name


def write_columns(folder: Path, index: int, table: Table) -> list[dict]:
    """The arrays of one table into ``folder`` (files ``r<index>c<j>.*``); returns their description
    for the catalogue. Text columns become codes into their distinct present values."""
    import numpy as np
    import pandas as pd

    frame = table.frame()
    out = []
    for j, spec in enumerate(table.schema.fields):
        column = frame[spec.name]
        base = f"r{index}c{j}"
        entry: dict[str, Any] = {"name": spec.name}
        if spec.type == "number":
            entry["kind"] = "number"
            entry["data"] = _save(folder, f"{base}.data.npy", column.to_numpy(dtype=float, na_value=np.nan))
            decs = table.decimals.get(spec.name)
            decs = np.zeros(len(frame), dtype=np.int8) if decs is None else np.clip(np.asarray(decs), 0, 127).astype(np.int8)
            entry["decimals"] = _save(folder, f"{base}.decimals.npy", decs)
        elif spec.type in ("integer", "year"):
            entry["kind"] = "integer"
            ints = column.astype("Int64")
            mask = ints.isna().to_numpy()
            entry["data"] = _save(folder, f"{base}.data.npy", ints.to_numpy(dtype=np.int64, na_value=0))
            entry["mask"] = _save(folder, f"{base}.mask.npy", mask)
        elif spec.type == "boolean":
            entry["kind"] = "boolean"
            b = column.astype("boolean")
            data = np.where(b.isna().to_numpy(), -1, b.to_numpy(dtype=np.int8, na_value=0)).astype(np.int8)
            entry["data"] = _save(folder, f"{base}.data.npy", data)
        else:
            entry["kind"] = "text"
            if isinstance(column.dtype, pd.CategoricalDtype):
                codes = np.asarray(column.array.codes, dtype=np.int32)
                values = [str(v) for v in column.cat.categories]
            else:
                codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
                codes = codes.astype(np.int32)
                values = [str(v) for v in uniques]
            entry["codes"] = _save(folder, f"{base}.codes.npy", codes)
            entry["values"] = _save_json(folder, f"{base}.values.json", values)
        out.append(entry)
    return out


class CopyError(Exception):
    """The columnar copy cannot be used (missing, damaged, from another version)."""


def _load(folder: Path, name: Any, rows: int, dtype: str):
    import numpy as np

    if not isinstance(name, str) or not _ARRAY_NAME.match(name):
        raise CopyError(f"bad array name {name!r}")
    try:
        arr = np.load(folder / name, allow_pickle=False)
    except (OSError, ValueError, EOFError) as exc:
        raise CopyError(f"{name}: {exc}") from None
    if arr.shape != (rows,) or arr.dtype != np.dtype(dtype):
        raise CopyError(f"{name}: shape {arr.shape} {arr.dtype}, expected ({rows},) {dtype}")
    return arr


def read_columns(folder: Path, entry: dict, resource, path: Path) -> Table:
    """A :class:`Table` from the arrays described by ``entry`` (a catalogue resource). Raises
    CopyError when anything does not fit (the caller then reads the CSV)."""
    import numpy as np
    import pandas as pd

    rows = entry.get("rows")
    cols = entry.get("columns")
    fields = resource.schema_.fields
    if not isinstance(rows, int) or rows < 0 or not isinstance(cols, list) or len(cols) != len(fields):
        raise CopyError("catalogue entry does not describe this table")
    data: dict[str, Any] = {}
    decimals: dict[str, list[int]] = {}
    for spec, col in zip(fields, cols):
        if not isinstance(col, dict) or col.get("name") != spec.name:
            raise CopyError(f"column {spec.name}: not in the copy")
        kind = col.get("kind")
        if spec.type == "number" and kind == "number":
            values = _load(folder, col.get("data"), rows, "float64")
            decs = _load(folder, col.get("decimals"), rows, "int8")
            data[spec.name] = pd.arrays.FloatingArray(values, np.isnan(values))
            decimals[spec.name] = decs.tolist()
        elif spec.type in ("integer", "year") and kind == "integer":
            values = _load(folder, col.get("data"), rows, "int64")
            mask = _load(folder, col.get("mask"), rows, "bool")
            data[spec.name] = pd.arrays.IntegerArray(values, mask)
        elif spec.type == "boolean" and kind == "boolean":
            values = _load(folder, col.get("data"), rows, "int8")
            data[spec.name] = pd.arrays.BooleanArray(values == 1, values < 0)
        elif spec.type not in ("number", "integer", "year", "boolean") and kind == "text":
            codes = _load(folder, col.get("codes"), rows, "int32")
            name = col.get("values")
            if not isinstance(name, str) or not _ARRAY_NAME.match(name):
                raise CopyError(f"bad values name {name!r}")
            try:
                values = json.loads((folder / name).read_text(encoding="utf-8"))
            except (OSError, ValueError, RecursionError) as exc:
                raise CopyError(f"{name}: {exc}") from None
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values) \
                    or len(set(values)) != len(values):
                raise CopyError(f"{name}: not a list of distinct texts")
            if rows and (codes.min() < -1 or codes.max() >= len(values)):
                raise CopyError(f"{spec.name}: codes out of range")
            data[spec.name] = pd.Categorical.from_codes(codes, categories=pd.Index(values, dtype=object),
                                                        validate=False)
        else:
            raise CopyError(f"column {spec.name}: kind {kind!r} does not fit type {spec.type}")
    frame = pd.DataFrame(data, copy=False)
    if frame.shape[0] != rows and fields:
        raise CopyError("row count differs")
    return Table(resource.name, resource.schema_, FrameColumns(frame), decimals, path, frame)


# --- the catalogue -------------------------------------------------------------------------------

def read_catalogue(dataset_dir: Path) -> Optional[dict]:
    """The catalogue of a dataset folder, or None when absent, unreadable or of another format."""
    path = dataset_dir / CACHE_DIR / CATALOGUE
    try:
        if path.stat().st_size > MAX_CATALOGUE_BYTES:
            return None
        cat = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(cat, dict) or cat.get("format") != FORMAT or not isinstance(cat.get("resources"), dict):
        return None
    return cat


def distinct_indicators(table: Table) -> Optional[list[str]]:
    """The distinct indicator ids of a series table, or None when there are too many to list."""
    if "indicator" not in table.field_names:
        return []
    values = [str(v) for v in table.distinct("indicator")]
    return values if len(values) <= MAX_INDICATORS else None


def catalogue_entry(table: Table, resource, csv: WrittenCsv | Path, columns: list[dict]) -> dict:
    if isinstance(csv, Path):
        size, mtime = file_key(csv)
        sha = file_sha256(csv)
    else:
        size, mtime, sha = csv.size, csv.mtime_ns, csv.sha256
    entry = {"file": str(resource.path), "size": size, "mtime_ns": mtime, "sha256": sha,
             "schema": schema_hash(resource), "rows": len(table), "columns": columns}
    if resource.role == "series":
        entry["indicators"] = distinct_indicators(table)
    return entry


def write_cache(dataset_dir: Path, entries: dict[str, dict], problems: Iterable[Problem], staged: Path) -> None:
    """Put the catalogue (whose arrays are already in ``staged``) into place as ``.columnar``."""
    cat = {"format": FORMAT, "resources": entries,
           "problems": [[p.file, p.message, p.row, p.column] + ([p.text.to_json()] if p.text is not None else [])
                        for p in problems]}
    _save_json(staged, CATALOGUE, cat)
    target = dataset_dir / CACHE_DIR
    old = None
    if target.exists():
        old = dataset_dir / f".columnar-old-{os.getpid()}-{os.urandom(4).hex()}"
        os.replace(target, old)
    os.replace(staged, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_cache(pkg: LoadedPackage, strict: bool = False) -> None:
    """Write the columnar copy and catalogue of a fully read package (after the CSV changed, or
    for a dataset imported by an older version). Best effort: a read-only or full disk leaves the
    dataset working from its CSV (logged); ``strict`` raises the OSError instead (an import)."""
    folder = pkg.path
    staged = None
    try:
        staged = Path(tempfile.mkdtemp(prefix=f".columnar-new-{os.getpid()}-", dir=folder))
        entries = {}
        for i, res in enumerate(pkg.descriptor.resources):
            table = pkg.tables.get(res.name)
            if table is None or table.path is None:
                continue
            entries[res.name] = catalogue_entry(table, res, table.path, write_columns(staged, i, table))
        write_cache(folder, entries, pkg.problems, staged)
        staged = None
    except OSError as exc:
        if strict:
            raise
        log.warning("%s: could not write the columnar copy (%s); the CSV will be read each time", folder, exc)
    finally:
        if staged is not None:
            shutil.rmtree(staged, ignore_errors=True)


def copy_is_current(cat: Optional[dict], descriptor, package_dir: Path) -> bool:
    """True when the catalogue describes every resource of ``descriptor`` as it is on disk now
    (same schema, CSV of the same size and modification time)."""
    if cat is None:
        return False
    entries = cat["resources"]
    for res in descriptor.resources:
        entry = entries.get(res.name)
        if not isinstance(entry, dict) or entry.get("schema") != schema_hash(res) or not isinstance(res.path, str):
            return False
        try:
            if [entry.get("size"), entry.get("mtime_ns")] != list(file_key(package_dir / res.path)):
                return False
        except (OSError, ValueError):
            return False
    return True


def catalogue_problems(cat: dict) -> list[Problem]:
    """The problems the catalogue keeps: [file, message, row, column] and, since messages are
    translated, the message's template and values (when they still say the same)."""
    out = []
    for p in cat.get("problems") or []:
        if isinstance(p, list) and len(p) in (4, 5):
            text = Message.from_json(p[4]) if len(p) == 5 else None
            message = text if text is not None and str(text) == str(p[1]) else str(p[1])
            out.append(Problem(str(p[0]), message, p[2] if isinstance(p[2], int) else None,
                               p[3] if isinstance(p[3], int) else None))
    return out


# --- opening an imported dataset --------------------------------------------------------------------

class LazyTable:
    """A table of an imported package whose rows are not read yet: its row count and indicator
    ids come from the catalogue. :meth:`load` reads the columnar copy after checking the CSV's
    checksum, or the CSV itself (and writes the copy again) when anything differs."""

    def __init__(self, package_dir: Path, resource, entry: dict):
        self.package_dir = package_dir
        self.resource = resource
        self.entry = entry
        self.rows = int(entry.get("rows") or 0)
        ids = entry.get("indicators", [])
        self.indicators: Optional[list[str]] = [str(i) for i in ids] if isinstance(ids, list) else None

    def load(self) -> tuple[Table, list[Problem]]:
        """(table, problems found reading it); problems only when the CSV had to be read again.
        Raises nothing for bad input: a CSV that cannot be read at all gives an empty table."""
        from .package import load_package

        path = self.package_dir / self.resource.path
        try:
            current = (list(file_key(path)) == [self.entry.get("size"), self.entry.get("mtime_ns")]
                       and file_sha256(path) == self.entry.get("sha256"))
            if current:
                return read_columns(self.package_dir / CACHE_DIR, self.entry, self.resource, path), []
            log.info("%s changed since its columnar copy was made: reading the CSV", path)
        except OSError as exc:
            log.info("%s: %s; reading the CSV", path, exc)
        except CopyError as exc:
            log.warning("%s: columnar copy not usable (%s); reading the CSV", path, exc)
        pkg = load_package(self.package_dir)
        if pkg.descriptor is not None:
            build_cache(pkg)
        table = pkg.tables.get(self.resource.name)
        if table is None:
            import pandas as pd
            frame = pd.DataFrame({f.name: pd.Series([], dtype=object) for f in self.resource.schema_.fields})
            table = Table(self.resource.name, self.resource.schema_, FrameColumns(frame), {}, path, frame)
        return table, pkg.problems


def open_imported(folder: Path) -> LoadedPackage:
    """An imported dataset folder for the library: its descriptor, and its tables as
    :class:`LazyTable` when the catalogue is current (nothing but two small JSON files read).
    Otherwise (first start after an update, a CSV or descriptor edited by hand) the package is read
    and checked in full, as :func:`~backan_desktop.core.package.load_package` does, and its
    columnar copy and catalogue are written for the next time."""
    from .package import load_package, read_descriptor, resolve_resource_path

    problems: list[Problem] = []
    descriptor = read_descriptor(folder / DESCRIPTOR, problems)
    if descriptor is None:
        return LoadedPackage(folder, None, {}, problems)
    cat = read_catalogue(folder)
    if not copy_is_current(cat, descriptor, folder) or any(
            resolve_resource_path(folder, res, problems) is None for res in descriptor.resources):
        pkg = load_package(folder)
        if pkg.descriptor is not None and not any(p.file == DESCRIPTOR for p in pkg.problems):
            build_cache(pkg)
        return pkg
    lazy: dict[str, LazyTable] = {}
    tables: dict[str, Table] = {}
    for res in descriptor.resources:
        entry = cat["resources"][res.name]
        if res.role in LAZY_ROLES:
            lazy[res.name] = LazyTable(folder, res, entry)
            continue
        table, more = LazyTable(folder, res, entry).load()    # catalogue tables (units, sources…): small
        tables[res.name] = table
        problems += more
    return LoadedPackage(folder, descriptor, tables, catalogue_problems(cat) + problems, lazy)


# --- leftovers of interrupted work ------------------------------------------------------------------

_LEFTOVER = re.compile(r"^\.(import|trash|removed|columnar-new|columnar-old)-(\d+)-")
_TRASH = re.compile(r"^\.trash-\d+-(.+)-[0-9a-f]{8}$")     # .trash-<pid>-<dataset id>-<random>


def trash_name(dataset_id: str, removed: bool = False) -> str:
    """Where a dataset goes while it is replaced (put back if the process dies before the new one
    is in place) or removed (deleted whatever happens); see :func:`sweep_leftovers`."""
    return f".{'removed' if removed else 'trash'}-{os.getpid()}-{dataset_id}-{os.urandom(4).hex()}"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep_leftovers(datasets_root: Path) -> None:
    """Remove what an import or a copy rebuild killed mid-way left behind (hidden folders named
    after the process that made them, once that process is gone). A dataset whose replacement was
    interrupted between its two renames is put back from its ``.trash-`` folder."""
    try:
        children = list(datasets_root.iterdir())
    except OSError:
        return
    folders = [datasets_root] + [c for c in children if c.is_dir() and not c.name.startswith(".")]
    for folder in folders:
        try:
            entries = list(folder.iterdir()) if folder is not datasets_root else children
        except OSError:
            continue
        for entry in entries:
            m = _LEFTOVER.match(entry.name)
            if not m or _pid_alive(int(m.group(2))):
                continue
            t = _TRASH.match(entry.name) if folder is datasets_root else None
            if t is not None:
                original = folder / t.group(1)
                if not original.exists() and (entry / DESCRIPTOR).is_file():
                    try:
                        os.replace(entry, original)
                        log.warning("restored %s from an interrupted replacement", original.name)
                        continue
                    except OSError:
                        pass
            shutil.rmtree(entry, ignore_errors=True)
            log.info("removed %s, left by an interrupted process", entry)
