"""Reading a spreadsheet-like file into a grid of cells, safely.

CSV/TXT: encoding detected (UTF-8 with or without BOM, UTF-16, Windows-1258/1252) or chosen,
delimiter sniffed. XLSX: checked for zip bombs (entry count, total size, compression ratio)
before openpyxl (which uses defusedxml against entity expansion) opens it. Every failure is a
:class:`~backan_desktop.core.problems.Problem` naming the file (and row/column where one exists).
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Optional

from .messages import QT_TRANSLATE_NOOP, Message, phrase
from .problems import Cancelled, Problem, csv_reason, malformed_csv, parser_reason
from .strings import nfc

MAX_CSV_BYTES = 1024 * 1024 * 1024          # 1 GiB of text
MAX_XLSX_BYTES = 100 * 1024 * 1024          # compressed
MAX_XLSX_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_XLSX_RATIO = 200
MAX_ZIP_ENTRIES = 10_000
MAX_XLSX_ROWS = 2_000_000
MAX_COLUMNS = 1_000
BIG_CSV_BYTES = 8 * 1024 * 1024             # above this, CSVs are parsed by pandas' C reader
SPLIT_CSV_BYTES = 8 * 1024 * 1024           # above this, a big CSV is parsed in byte ranges on all cores
PIECE_BYTES = 4 * 1024 * 1024               # smallest byte range worth a thread

ENCODINGS = ("utf-8", "utf-16", "windows-1258", "windows-1252")
# letters that only Windows-1258 gives when Vietnamese text is decoded (tone marks as combining chars)
_VI_1258 = re.compile("[\u0300\u0301\u0303\u0309\u0323ĂăÂâĐđÊêÔôƠơƯư]")

Progress = Callable[[int, int, str], None]


@dataclass
class Grid:
    """Cells of one table as read: ``rows[i]`` is file row ``i + 1``; cells are str, float, int,
    datetime or None."""
    file: str
    rows: list[list[Any]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    frame: Any = None          # a DataFrame of strings instead of ``rows`` (big files, slow path)
    notes: list[str] = field(default_factory=list)
    path: Optional[Path] = None  # set for a big CSV: ``rows`` is only a sample of its first rows


def detect_encoding(raw: bytes) -> str:
    """Name of the most plausible encoding of ``raw`` (BOMs first, then strict UTF-8)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: zero bytes in every other position
        even = sample[0::2].count(b"\x00")
        return "utf-16-be" if even > sample[1::2].count(b"\x00") else "utf-16-le"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not raw[: exc.start].isascii():
            # valid multi-byte UTF-8 before the bad byte: a UTF-8 file with a broken byte, which the
            # caller reports with its line (another code page would only move the error)
            return "utf-8"
    try:
        text = raw.decode("windows-1258")
        if _VI_1258.search(text):
            return "windows-1258"
    except UnicodeDecodeError:
        pass
    return "windows-1252"


def looks_binary(raw: bytes) -> bool:
    """Control bytes a text table never has (UTF-16 aside, which detect_encoding recognises)."""
    sample = raw[:8192]
    if not sample or detect_encoding(sample).startswith("utf-16"):
        return False
    controls = sum(1 for b in sample if (b < 32 and b not in (9, 10, 13)) or b == 127)
    return controls > max(3, len(sample) // 50)


def _binary() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "this is not a text table (binary content); expected CSV or XLSX"))


def decode(raw: bytes, file: str, encoding: Optional[str], problems: list[Problem]) -> Optional[tuple[str, str]]:
    if encoding is None and looks_binary(raw):
        problems.append(Problem(file, _binary()))
        return None
    enc = encoding or detect_encoding(raw)
    try:
        codecs.lookup(enc)
    except LookupError:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "unknown text encoding '{encoding}'"),
                                              encoding=str(encoding))))
        return None
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "not valid {encoding} text at byte {at}; "
                                                                            "choose the file's encoding ({encodings})"),
                                              encoding=enc, at=exc.start, encodings=", ".join(ENCODINGS)), line, 1))
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t")
    nul = text.find("\x00")
    if nul >= 0:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "this is not a text table (a NUL byte: "
                                                                            "binary content); expected CSV or XLSX")),
                                text.count("\n", 0, nul) + 1, 1))
        return None
    if bad > 20:
        problems.append(Problem(file, _binary()))
        return None
    return nfc(text), enc


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def read_csv_grid(path: Path, problems: list[Problem], encoding: Optional[str] = None,
                  delimiter: Optional[str] = None, cancel=None) -> Optional[Grid]:
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
    if size > BIG_CSV_BYTES:
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
                problems.append(Problem(file, _too_wide(), reader.line_num, MAX_COLUMNS + 1))
                return None
            rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(file, malformed_csv(csv_reason(exc)), reader.line_num, 1))
        return None
    return Grid(file, rows, enc, delim)


def _too_wide() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "more than {n} columns"), n=MAX_COLUMNS)


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
            problems.append(Problem(path.name, _too_wide(), i + 1, MAX_COLUMNS + 1))
            return None
    return Grid(path.name, rows, enc, delim, path=path)


def _read_big_csv(text: str, delim: str, file: str, problems: list[Problem], skip: int = 0):
    """Large files through pandas' C parser (strings only; numbers are read later by column). The
    first ``skip`` records (title rows above the header, often of another width, which the C parser
    would refuse) are read with the csv module and put back on top, padded to the table's width."""
    import itertools

    import pandas as pd

    try:
        frame = pd.read_csv(io.StringIO(text), sep=delim, header=None, dtype=str, keep_default_na=False,
                            na_filter=False, engine="c", skip_blank_lines=True, skiprows=skip)
        if skip:
            width = frame.shape[1]
            titles = [(r + [""] * width)[:width] for r in
                      itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delim), skip)]
            frame = pd.concat([pd.DataFrame(titles, columns=frame.columns), frame], ignore_index=True)
        return frame
    except pd.errors.ParserError as exc:
        m = re.search(r"line (\d+)", str(exc))
        row = int(m.group(1)) if m else None
        if m is None:
            m = re.search(r"starting at row (\d+)", str(exc))      # an unclosed quote: 0-based record
            row = int(m.group(1)) + 1 + skip if m else None
        problems.append(Problem(file, malformed_csv(parser_reason(str(exc).strip())), row, 1 if row else None))
        return None


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

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self._end - self._pos)
        if n <= 0:
            return 0
        buffer[:n] = self._mm[self._pos:self._pos + n]
        self._pos += n
        return n


@dataclass
class Coded:
    """A text column as integer codes into its distinct values (code -1: the cell was absent)."""
    codes: Any            # numpy int32 array, one per row
    values: list[Any]     # distinct cell values: str, or for ``loose`` columns also int/float


def read_csv_coded(path: Path, names: list[str], skip_lines: int, delimiter: str, encoding: str, *,
                   text: list[str], loose: list[str] = (), floats: list[str] = (), raw: list[str] = (),
                   cancel=None, progress: Optional[Progress] = None, **read_kw) -> dict[str, Any]:
    """Columns of a big CSV, read by pandas' C parser on all cores: ``text`` and ``loose`` columns as
    :class:`Coded` (so later steps work on distinct values, not on every cell), ``floats`` as float
    arrays, ``raw`` as object arrays of the cells' text (None where a row is short). ``text`` cells
    keep their exact text (a piece pandas turned into numbers is read again as text); ``loose``
    columns (years) may keep whole numbers, written back as their digits. Raises pandas' ParserError/ValueError/UnicodeDecodeError for
    a malformed file (a row with more cells than ``names``, a value that is not a float…), and
    Cancelled.

    A UTF-8 file is cut at line ends into byte ranges parsed in parallel. A cut that falls inside
    a quoted field (which may hold a line end) leaves the piece before it ending in an open quote,
    which the parser refuses; the file is then parsed again in one piece."""
    import mmap

    import numpy as np
    import pandas as pd

    text, loose, floats, raw = list(text), list(loose), list(floats), list(raw)
    kw = dict(header=None, names=names, sep=delimiter, engine="c", keep_default_na=False,
              skip_blank_lines=False, **read_kw)
    dtype = {**{c: "category" for c in text + loose}, **{c: "float64" for c in floats}, **{c: object for c in raw}}

    def text_kind(index) -> bool:
        return index.dtype == object or pd.api.types.is_string_dtype(index.dtype)

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
        out: dict[str, Any] = {c: frame[c].to_numpy(dtype=float) for c in floats}
        for c in raw:
            values = frame[c].to_numpy(dtype=object)
            absent = pd.isna(values)
            out[c] = np.where(absent, None, values) if absent.any() else values
        redo = []
        for c in text + loose:
            cat = frame[c].array
            kind = cat.categories.dtype.kind
            if text_kind(cat.categories):
                out[c] = Coded(np.asarray(cat.codes, dtype=np.int32), list(cat.categories))
            elif c in loose and kind in "iu":
                # whole numbers (years) written back as text: "2021" again, as the other paths see it
                out[c] = Coded(np.asarray(cat.codes, dtype=np.int32), [str(int(v)) for v in cat.categories])
            else:
                redo.append(c)     # pandas turned an all-number piece into numbers: "007" would be 7
        if redo:
            again = read(usecols=redo, dtype={c: object for c in redo})
            for c in redo:
                codes, uniques = pd.factorize(again[c].to_numpy(), use_na_sentinel=True)
                out[c] = Coded(codes.astype(np.int32), list(uniques))
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
    result: dict[str, Any] = {}
    for c in floats + raw:
        result[c] = np.concatenate([p[c] for p in parts]) if len(parts) > 1 else parts[0][c]
    for c in text + loose:
        if len(parts) == 1:
            result[c] = parts[0][c]
            continue
        seen: dict[Any, int] = {}
        codes = []
        for p in parts:
            coded = p[c]
            remap = np.array([seen.setdefault(v, len(seen)) for v in coded.values] + [-1], dtype=np.int32)
            codes.append(remap[coded.codes])
        result[c] = Coded(np.concatenate(codes), list(seen))
    return result


def check_zip(path: Path, file: str, problems: list[Problem], max_bytes: int = MAX_XLSX_UNCOMPRESSED) -> Optional[zipfile.ZipFile]:
    """Open a zip only if it cannot explode: few entries, bounded total size and ratio, safe names."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "not a valid zip/XLSX file ({reason})"),
                                              reason=phrase(str(exc), ZIP_ERRORS))))
        return None
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "the archive has {n:,} entries; more than "
                                                                            "{limit:,} are refused"),
                                              n=len(infos), limit=MAX_ZIP_ENTRIES)))
        return None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > max_bytes:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "the archive unpacks to {size:,.0f} MB; over "
                                                                            "{limit:,.0f} MB is refused"),
                                              size=total / 2**20, limit=max_bytes / 2**20)))
        return None
    if total > 10 * 1024 * 1024 and total / packed > MAX_XLSX_RATIO:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "the archive is compressed {ratio:,.0f}:1 — "
                                                                            "refused as a possible zip bomb"),
                                              ratio=total / packed)))
        return None
    for i in infos:
        if i.compress_size and i.file_size / i.compress_size > 1000 and i.file_size > 1024 * 1024:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "entry '{name}' is compressed "
                                                                                "{ratio:,.0f}:1 — refused as a possible "
                                                                                "zip bomb"),
                                                  name=i.filename, ratio=i.file_size / i.compress_size)))
            return None
    return zf


ZIP_ERRORS = (QT_TRANSLATE_NOOP("Problems", "File is not a zip file"),)


def _workbook_error(exc: BaseException, path: Path) -> Message | str:
    """One line on why openpyxl could not open a workbook: XML entity declarations (which
    defusedxml refuses: a 'billion laughs' bomb) said plainly, otherwise the first line of the
    error without the file's path (the problem names the file)."""
    seen = exc
    while seen is not None:
        if type(seen).__module__.startswith("defusedxml"):
            return Message(QT_TRANSLATE_NOOP("Problems", "it declares XML entities, which are refused (a possible "
                                                         "entity-expansion bomb)"))
        seen = seen.__cause__ or seen.__context__
    first = (str(exc).strip().splitlines() or [""])[0].replace(str(path), path.name)
    if isinstance(exc, KeyError):
        return Message(QT_TRANSLATE_NOOP("Problems", "a part it refers to is missing ({part}); save it again from Excel "
                                                     "or as CSV"), part=first[:100])
    return f"{type(exc).__name__}: {first[:200]}"


def read_xlsx_grid(path: Path, problems: list[Problem], sheet: Optional[str] = None, cancel=None,
                   progress: Optional[Progress] = None) -> Optional[Grid]:
    file = path.name
    size = path.stat().st_size
    if size > MAX_XLSX_BYTES:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "the file is {size:,.0f} MB; XLSX files over "
                                                                            "{limit:,.0f} MB are refused"),
                                              size=size / 2**20, limit=MAX_XLSX_BYTES / 2**20)))
        return None
    zf = check_zip(path, file, problems)
    if zf is None:
        return None
    names = set(zf.namelist())
    zf.close()
    if "xl/workbook.xml" not in names:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "not an Excel workbook (.xlsx): no "
                                                                            "xl/workbook.xml inside"))))
        return None
    import openpyxl
    from openpyxl.xml import DEFUSEDXML  # noqa: F401  (openpyxl parses through defusedxml when installed)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")      # openpyxl warns about broken parts, then raises: the problem says it
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:   # openpyxl raises many types for broken files
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "cannot read the workbook: {reason}"),
                                              reason=_workbook_error(exc, path))))
        return None
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                if sheet.isdigit() and 1 <= int(sheet) <= len(wb.sheetnames):
                    sheet = wb.sheetnames[int(sheet) - 1]
                else:
                    problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "no sheet named '{sheet}' "
                                                                                        "(sheets: {sheets})"),
                                                          sheet=sheet, sheets=", ".join(wb.sheetnames))))
                    return None
            ws = wb[sheet]
        else:
            ws = next((w for w in wb.worksheets if w.max_row and w.max_row > 0), wb.worksheets[0])
        rows: list[list[Any]] = []
        total = ws.max_row or 0
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i >= MAX_XLSX_ROWS:
                problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "more than {n:,} rows; split the "
                                                                                    "sheet"), n=MAX_XLSX_ROWS), i + 1))
                return None
            if len(row) > MAX_COLUMNS:
                row = row[:MAX_COLUMNS]
            rows.append([nfc(v) if isinstance(v, str) else v for v in row])
            if i % 5000 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if progress is not None and total:
                    progress(i, total, file)
        while rows and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[-1]):
            rows.pop()
        return Grid(file, rows, sheet=ws.title)
    except Cancelled:
        raise
    except Exception as exc:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "cannot read the sheet: {reason}"),
                                              reason=f"{type(exc).__name__}: {str(exc)[:200]}")))
        return None
    finally:
        wb.close()


def cell_text(v: Any) -> str:
    """A cell as text (dates as ISO, whole floats without '.0')."""
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()
