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
from pathlib import Path
from typing import Any, Iterable, Optional

from ..datapackage import DESCRIPTOR, LoadedPackage, Table, load_package, read_descriptor, resolve_resource_path
from ..datapackage.table import FrameColumns
from ..messages import Message
from ..problems import Problem
from .sweep import replace_dir

log = logging.getLogger(__name__)

CACHE_DIR = ".columnar"
CATALOGUE = "catalogue.json"
FORMAT = 1
MAX_CATALOGUE_BYTES = 64 * 1024 * 1024
MAX_INDICATORS = 10_000          # distinct indicator ids kept in the catalogue; more: "unknown"
_ARRAY_NAME = re.compile(r"^r\d{1,4}c\d{1,5}\.[a-z]{1,10}\.(npy|json)$")
LAZY_ROLES = ("table", "series")


# --- checksums and keys ----------------------------------------------------------------------------

def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 4 MiB blocks (hashlib releases the GIL: ~70 ms for 86 MB)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4 * 1024 * 1024), b""):
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



# --- the columnar copy -------------------------------------------------------------------------------

def _save(folder: Path, name: str, array) -> str:
    import numpy as np

    with open(folder / name, "wb") as f:
        np.save(f, array, allow_pickle=False)     # synced with the others by write_cache
    return name


_ESCAPED = re.compile(r'[\\\x00-\x1f]')       # what JSON writes escaped, besides '"' (non-ASCII text is kept as it is)


def _save_json(folder: Path, name: str, value) -> str:
    """``value`` as JSON; a long list of texts that need no escaping (most lists of values) joined
    directly, as the encoder would write it but several times faster (joined once, then checked:
    its only quotes are the joins', and no control character or backslash)."""
    import pandas as pd

    text = '["' + '", "'.join(value) + '"]' if isinstance(value, list) and len(value) > 1000 and \
        pd.api.types.infer_dtype(value, skipna=False) == "string" else None
    if text is None or text.count('"') != 2 * len(value) or "\\" in text or \
            not (text.isprintable() or not _ESCAPED.search(text)):
        text = json.dumps(value, ensure_ascii=False)
    with open(folder / name, "wb") as f:
        f.write(text.encode("utf-8"))
    return name


def sync_files(paths: Iterable[Path]) -> None:
    """Every file on disk (fsync) before its folder is renamed into place; on threads, so that
    the file system commits them together rather than one journal commit each."""
    from concurrent.futures import ThreadPoolExecutor

    def sync(path: Path) -> None:
        fd = os.open(path, os.O_RDWR)       # Windows flushes only a handle open for writing
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(sync, paths))


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
                values = column.cat.categories.to_numpy(dtype=object).tolist()
                if pd.api.types.infer_dtype(values, skipna=False) != "string":
                    values = [str(v) for v in values]
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
    """An array of the copy: ``rows`` values of ``dtype``; with dtype "text", a list of distinct texts."""
    import numpy as np

    if not isinstance(name, str) or not _ARRAY_NAME.match(name):
        raise CopyError(f"bad array name {name!r}")
    try:
        if dtype == "text":
            values = json.loads((folder / name).read_text(encoding="utf-8"))
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values) \
                    or len(set(values)) != len(values):
                raise CopyError(f"{name}: not a list of distinct texts")
            return values
        arr = np.load(folder / name, allow_pickle=False)
    except (OSError, ValueError, EOFError, RecursionError) as exc:
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
            values = _load(folder, col.get("values"), rows, "text")
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


def write_cache(dataset_dir: Path, tables: dict[int, tuple], problems: Iterable[Problem],
                also_sync: Iterable[Path] = ()) -> None:
    """Write the columnar copy of ``tables`` (resource index → (resource, table, its CSV: as just
    written, or a path to hash)) and its catalogue into a hidden folder, put into place as
    ``.columnar`` once it and the files ``also_sync`` are on disk. Raises OSError (nothing changed)."""
    staged = Path(tempfile.mkdtemp(prefix=f".columnar-new-{os.getpid()}-", dir=dataset_dir))
    try:
        entries = {}
        for i, (res, table, csv) in tables.items():
            columns = write_columns(staged, i, table)
            size, mtime, sha = (*file_key(csv), file_sha256(csv)) if isinstance(csv, Path) else \
                (csv.size, csv.mtime_ns, csv.sha256)
            entry = {"file": str(res.path), "size": size, "mtime_ns": mtime, "sha256": sha,
                     "schema": schema_hash(res), "rows": len(table), "columns": columns}
            if res.role == "series":      # its distinct indicator ids; None: too many to list
                ids = [str(v) for v in table.distinct("indicator")] if "indicator" in table.field_names else []
                entry["indicators"] = ids if len(ids) <= MAX_INDICATORS else None
            entries[res.name] = entry
        cat = {"format": FORMAT, "resources": entries,
               "problems": [[p.file, p.message, p.row, p.column] + ([p.text.to_json()] if p.text is not None else [])
                            for p in problems]}
        _save_json(staged, CATALOGUE, cat)
        sync_files([*staged.iterdir(), *also_sync])
        replace_dir(staged, dataset_dir / CACHE_DIR, dataset_dir / f".columnar-old-{os.getpid()}-{os.urandom(4).hex()}")
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise


def build_cache(pkg: LoadedPackage, strict: bool = False) -> None:
    """Write the columnar copy and catalogue of a fully read package (after the CSV changed, or
    for a dataset imported by an older version). Best effort: a read-only or full disk leaves the
    dataset working from its CSV (logged); ``strict`` raises the OSError instead (an import)."""
    tables = {i: (res, pkg.tables[res.name], pkg.tables[res.name].path) for i, res in enumerate(pkg.descriptor.resources)
              if res.name in pkg.tables and pkg.tables[res.name].path is not None}
    try:
        write_cache(pkg.path, tables, pkg.problems)
    except OSError as exc:
        if strict:
            raise
        log.warning("%s: could not write the columnar copy (%s); the CSV will be read each time", pkg.path, exc)


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
            fields = self.resource.schema_.fields
            table = Table(self.resource.name, self.resource.schema_, {f.name: [] for f in fields}, {}, path)
        return table, pkg.problems


def open_imported(folder: Path) -> LoadedPackage:
    """An imported dataset folder for the library: its descriptor, and its tables as
    :class:`LazyTable` when the catalogue is current (nothing but two small JSON files read).
    Otherwise (first start after an update, a CSV or descriptor edited by hand) the package is read
    and checked in full, as :func:`~backan_desktop.core.datapackage.load_package` does, and its
    columnar copy and catalogue are written for the next time."""

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


