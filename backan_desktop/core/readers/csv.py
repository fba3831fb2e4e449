"""CSV files: a small one read whole into a :class:`~.grid.Grid`; a big one sniffed from its head
and its columns read by pandas' C parser on all cores (:func:`read_csv_coded`)."""
from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..problems import Cancelled, Problem, csv_reason, malformed_csv
from .encoding import decode, detect_encoding, sniff_delimiter
from .grid import MAX_COLUMNS, Grid, Progress, too_wide

MAX_CSV_BYTES = 1024 * 1024 * 1024          # 1 GiB of text
BIG_CSV_BYTES = 1024 * 1024                 # above this, CSVs are parsed by pandas' C reader
SPLIT_CSV_BYTES = 4 * 1024 * 1024           # above this, a big CSV is parsed in byte ranges on all cores
PIECE_BYTES = 4 * 1024 * 1024               # smallest byte range worth a thread


def read_csv_grid(path: Path, problems: list[Problem], encoding: Optional[str] = None,
                  delimiter: Optional[str] = None, cancel=None, whole: bool = False) -> Optional[Grid]:
    """The file's rows of cells; for a big file (unless ``whole``), only those of its first 256 KB,
    from which its encoding and delimiter are decided (``Grid.path`` is then set: the importer
    reads the rest by columns). Problems name the line."""
    file = path.name
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "the file is {size:,.0f} MB; files over "
                                                                            "{limit:,.0f} MB are refused"),
                                              size=size / 2**20, limit=MAX_CSV_BYTES / 2**20)))
        return None
    if size == 0:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "the file is empty"))))
        return None
    if size > BIG_CSV_BYTES and not whole:
        return _sniff_big_csv(path, problems, encoding, delimiter)
    raw = path.read_bytes()
    decoded = decode(raw, file, encoding, problems)
    del raw
    if decoded is None:
        return None
    text, enc = decoded
    delim = delimiter or sniff_delimiter(text)
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                problems.append(Problem(file, too_wide(), reader.line_num, MAX_COLUMNS + 1))
                return None
            rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(file, malformed_csv(csv_reason(exc)), reader.line_num, 1))
        return None
    return Grid(file, rows, enc, delim)


def _sniff_big_csv(path: Path, problems: list[Problem], encoding: Optional[str], delimiter: Optional[str]) -> Optional[Grid]:
    """A big CSV: decide encoding and delimiter from its first 256 KB and keep those rows as a
    sample; the importer then parses the whole file with pandas' C reader."""
    with open(path, "rb") as f:
        head = f.read(256 * 1024)
    enc = (encoding or detect_encoding(head)).lower().replace("_", "-")
    if enc.startswith("utf-16"):
        # cut after a whole line-end code unit: a bare b"\n" cut splits a UTF-16 character
        be = enc == "utf-16-be" or (enc == "utf-16" and head.startswith(codecs.BOM_UTF16_BE))
        unit = b"\x00\n" if be else b"\n\x00"
        cut = head.rfind(unit)
        while cut > 0 and cut % 2:
            cut = head.rfind(unit, 0, cut)
        head = head[: cut + 2] if cut > 0 else head[: len(head) // 2 * 2]
    else:
        cut = head.rfind(b"\n")
        head = head[: cut + 1] if cut > 0 else head
    decoded = decode(head, path.name, encoding, problems)
    if decoded is None:
        return None
    text, enc = decoded
    delim = delimiter or sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    except csv.Error as exc:
        problems.append(Problem(path.name, malformed_csv(csv_reason(exc)), 1, 1))
        return None
    for i, row in enumerate(rows[:1000]):
        if len(row) > MAX_COLUMNS:
            problems.append(Problem(path.name, too_wide(), i + 1, MAX_COLUMNS + 1))
            return None
    return Grid(path.name, rows, enc, delim, path=path)


def reader_threads() -> int:
    """Threads for parsing one big CSV: the cores this process may use, at most 8."""
    import os
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _read_pieces(read_piece, pieces, workers: int, cancel, progress, name: str) -> list:
    """``read_piece`` on every piece on a thread pool, in order; cancel is checked as they finish."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    parts = [None] * len(pieces)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(read_piece, piece): i for i, piece in enumerate(pieces)}
        pending = set(futures)
        try:
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in finished:
                    parts[futures[fut]] = fut.result()
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if progress is not None:
                    progress(len(pieces) - len(pending), len(pieces), name)
        finally:
            for fut in pending:
                fut.cancel()
    return parts


class _ByteRange(io.RawIOBase):
    """Bytes ``start``–``end`` of a memory map as a read-only file (no copy of the whole range)."""

    def __init__(self, mm, start: int, end: int):
        super().__init__()
        self._mm, self._pos, self._end = mm, start, end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self._end - self._pos)
        if n <= 0:
            return 0
        buffer[:n] = self._mm[self._pos:self._pos + n]
        self._pos += n
        return n


@dataclass
class Coded:
    """A column as integer codes into its cells' values (code -1: the cell was absent)."""
    codes: Any            # numpy int array, one per row
    values: list[Any]     # cell values (str, or as a spreadsheet holds them: float, int, datetime)
    distinct: bool = False  # no value is there twice


def read_csv_coded(path: Path, names: list[str], skip_lines: int, delimiter: str, encoding: str, *,
                   text: list[str], raw: list[str] = (), cancel=None, progress: Optional[Progress] = None) -> dict[str, Any]:
    """Columns of a big CSV, read by pandas' C parser on all cores: ``text`` columns as
    :class:`Coded` (so later steps work on distinct values, not on every cell), ``raw`` as object
    arrays of the cells' text (None where a row is short), any other as pandas reads it (numbers
    as numbers). ``text`` cells keep their exact text (a piece pandas turned into numbers is read
    again as text). Raises pandas'
    ParserError/ValueError/UnicodeDecodeError for a malformed file (a row with more cells than
    ``names``…), and Cancelled.

    A UTF-8 file is cut at line ends into byte ranges parsed in parallel. A cut that falls inside
    a quoted field (which may hold a line end) leaves the piece before it ending in an open quote,
    which the parser refuses; the file is then parsed again in one piece."""
    import mmap

    import numpy as np
    import pandas as pd

    text, raw = list(text), list(raw)
    kw = dict(header=None, names=names, sep=delimiter, engine="c", keep_default_na=False, skip_blank_lines=False)
    dtype = {**{c: "category" for c in text}, **{c: object for c in raw}}

    def read_piece(piece: tuple[int, int] | None) -> dict[str, Any]:
        """One byte range of the file (None: the whole file)."""
        def read(**more):
            # a file object, not the path: given a path, pandas would first try its own parallel
            # read, which cannot return categoricals, and then read the file a second time
            with (open(path, "rb") if piece is None else io.BufferedReader(_ByteRange(mm, *piece), 1 << 18)) as src:
                return pd.read_csv(src, skiprows=skip, encoding=enc, **{**kw, **more})
        skip = skip_lines if piece is None else 0
        # byte ranges never start with the BOM (it is skipped below); "utf-8-sig" would send pandas
        # down a slower decoding path
        enc = encoding if piece is None else "utf-8"
        frame = read(dtype=dtype)
        out: dict[str, Any] = {c: frame[c].to_numpy() for c in names if c not in dtype}
        for c in raw:
            values = frame[c].to_numpy(dtype=object)
            absent = pd.isna(values)
            out[c] = np.where(absent, None, values) if absent.any() else values
        redo = []
        for c in text:
            cat = frame[c].array
            if cat.categories.dtype == object or pd.api.types.is_string_dtype(cat.categories.dtype):
                out[c] = Coded(np.asarray(cat.codes, dtype=np.int32), cat.categories.to_numpy(dtype=object).tolist(), True)
            else:
                redo.append(c)     # pandas turned an all-number piece into numbers: "007" would be 7
        if redo:
            again = read(usecols=redo, dtype={c: object for c in redo})
            for c in redo:
                codes, uniques = pd.factorize(again[c].to_numpy(), use_na_sentinel=True)
                out[c] = Coded(codes.astype(np.int32), list(uniques), True)
        return out

    size = path.stat().st_size
    workers = reader_threads()
    pieces: list[Optional[tuple[int, int]]] = [None]
    mm = None
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig") and workers > 1 and size >= SPLIT_CSV_BYTES:
        with open(path, "rb") as f:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        start = 0
        for _ in range(skip_lines):
            start = mm.find(b"\n", start) + 1
            if start == 0:
                break
        if start > 0 or skip_lines == 0:
            n = max(2, min(workers * 2, (size - start) // PIECE_BYTES))
            bounds = [start]
            for i in range(1, n):
                b = mm.find(b"\n", max(bounds[-1], start + (size - start) * i // n)) + 1
                if b > bounds[-1]:
                    bounds.append(b)
            if bounds[-1] < size:
                bounds.append(size)
            if encoding == "utf-8-sig" and start == 0 and mm[:3] == codecs.BOM_UTF8:
                bounds[0] = 3
            pieces = list(zip(bounds, bounds[1:]))
    try:
        parts = None
        if len(pieces) > 1:
            try:
                parts = _read_pieces(read_piece, pieces, workers, cancel, progress, path.name)
            except (ValueError, pd.errors.ParserError):
                parts = None            # a cut inside a quoted field, or a real error: read it whole
        if parts is None:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            parts = [read_piece(None)]
    finally:
        if mm is not None:
            mm.close()
    if len(parts) == 1:
        return parts[0]
    result = {c: np.concatenate([p[c] for p in parts]) for c in names if c not in text}
    for c in text:
        # the pieces' distinct values merged by one hash pass (C speed, even when most are distinct)
        values = np.empty(sum(len(p[c].values) for p in parts), dtype=object)
        values[:] = [v for p in parts for v in p[c].values]
        merged, uniques = pd.factorize(values, use_na_sentinel=False)
        codes, at = [], 0
        for p in parts:
            k = len(p[c].values)
            remap = np.append(merged[at:at + k], -1).astype(np.int32)
            codes.append(remap[p[c].codes])
            at += k
        result[c] = Coded(np.concatenate(codes), list(uniques), True)
    return result
