"""XLSX workbooks, read by python-calamine (a Rust reader, about ten times faster than openpyxl),
with openpyxl (which parses through defusedxml) for what calamine cannot read.

Both readers are handed only a workbook checked first: a zip that cannot explode (entry count,
total size, compression ratio), a shared-string table whose declared count its part can hold, and
sheets whose cells span a bounded area — calamine reserves memory for the declared count and for
the whole rectangle its cells span, and an allocation it cannot make ends the process."""
from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message, phrase
from ..problems import Cancelled, Problem
from ..strings import nfc
from .grid import MAX_COLUMNS, Grid, Progress

MAX_XLSX_BYTES = 100 * 1024 * 1024          # compressed
MAX_XLSX_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_XLSX_RATIO = 200
MAX_ZIP_ENTRIES = 10_000
MAX_XLSX_ROWS = 2_000_000
MAX_XLSX_CELLS = 10_000_000          # rows × columns a sheet's cells may span


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


# the ``r`` attribute of a row or a cell, as calamine reads it (any letters, then any digits): its
# row number, its column's letters where there are two or more (past Z), or its one letter
_ROW = re.compile(rb"""\sr\s*=\s*["'][A-Za-z]*([0-9]+)""")
_WIDE = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]{2,})[0-9]""")
_NARROW = re.compile(rb"""\sr\s*=\s*["']([A-Za-z])[0-9]""")
_UNIQUE = re.compile(rb"""\suniqueCount\s*=\s*["']\s*([0-9]+)""")
_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".bin")


def _blocks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int = 16 << 20):
    """The part's bytes in blocks of about ``size``, each ending before a '<' (so no attribute is
    cut); inside one endless tag, blocks overlap by 64 bytes instead (a reference seen twice is
    harmless: only the largest counts)."""
    tail = b""
    with zf.open(info) as part:
        while block := part.read(size):
            text = tail + block
            cut = text.rfind(b"<")
            if cut > 0:
                yield text[:cut]
                tail = text[cut:]
            else:
                yield text
                tail = text[-64:]
    if tail:
        yield tail


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters[:8].upper():
        n = n * 26 + ch - 64
    return n


def _greater_than(n: int) -> bytes:
    """A pattern for a whole number over ``n`` (one with leading zeros may match too: a scare only)."""
    d = str(n)
    k = len(d)
    alternatives = [f"[0-9]{{{k + 1},}}"] + [f"{d[:i]}[{int(c) + 1}-9][0-9]{{{k - i - 1}}}" for i, c in enumerate(d)
                                            if c != "9"]
    return ("(?:" + "|".join(alternatives) + ")(?![0-9])").encode()


def _fits(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A quick look that clears an ordinary part: no shared-string count, and no row number past
    what its widest column allows. It matches more than calamine reads (any attribute ending in
    'r'), so a part it clears is safe; one it does not is measured exactly by :func:`_extent`."""
    columns = 26
    for k, text in enumerate(_blocks(zf, info)):
        if b"uniqueCount" in text:
            return False
        wide = set(re.findall(rb"""r\s*=\s*["']([A-Za-z]{2,})[0-9]""", text))
        widest = max(columns, *map(_column_number, wide)) if wide else columns
        if k and widest > columns:          # the blocks before were cleared for fewer columns
            return False
        columns = widest
        if re.search(rb"""r\s*=\s*["'][A-Za-z]*""" + _greater_than(MAX_XLSX_CELLS // columns), text):
            return False
    return True


def _extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, int]:
    """(last row, last column) any cell of the part names, and the shared-string count it claims."""
    import numpy as np

    rows, wide, claimed = 0, set(), 0
    for text in _blocks(zf, info):
        if not claimed and (unique := _UNIQUE.search(text)):
            claimed = int(unique.group(1)[:15])
        numbers = np.array(_ROW.findall(text) or [b"0"])
        rows = max(rows, 10**10 if numbers.dtype.itemsize > 10 else int(numbers.astype(np.int64).max()))
        wide |= set(_WIDE.findall(text))
        if rows > MAX_XLSX_CELLS:
            break
    columns = max(map(_column_number, wide)) if wide else 26 if rows else 0
    if not wide and rows * columns > MAX_XLSX_CELLS and rows <= MAX_XLSX_CELLS:   # a long sheet: which letters?
        narrow = set().union(*(_NARROW.findall(text) for text in _blocks(zf, info)))
        columns = max(map(_column_number, narrow), default=1)
    return rows, columns, claimed


def _too_big(zf: zipfile.ZipFile, file: str, problems: list[Problem]) -> bool:
    """Whether a part would make a reader reserve more memory than the file could fill: a
    shared-string count its part cannot hold (a string takes at least 5 bytes), or cells spanning
    more than MAX_XLSX_CELLS (one far-off cell makes the whole rectangle). Every part but images
    is scanned (about 0.1 s for 100,000 rows), so no sheet a reader may pick is missed."""
    for info in zf.infolist():
        if info.is_dir() or info.filename.lower().endswith(_IMAGES):
            continue
        if _fits(zf, info):
            continue
        rows, columns, claimed = _extent(zf, info)
        if claimed > info.file_size // 5:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "its table of texts claims {n:,} entries, "
                                                                                "more than its {size:,} bytes can hold; "
                                                                                "refused"),
                                                  n=claimed, size=info.file_size)))
            return True
        if rows * columns > MAX_XLSX_CELLS:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "a sheet's cells reach row {rows:,} and "
                                                                                "column {columns:,}; sheets spanning more "
                                                                                "than {limit:,} cells are refused"),
                                                  rows=rows, columns=columns, limit=MAX_XLSX_CELLS)))
            return True
    return False


def read_xlsx_grid(path: Path, problems: list[Problem], sheet: Optional[str] = None, cancel=None,
                   progress: Optional[Progress] = None) -> Optional[Grid]:
    """The cells of one sheet (by name, by 1-based number, or the first with cells), each file
    row a row of the grid; None with a problem when the workbook is refused or unreadable."""
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
    with zf:
        if "xl/workbook.xml" not in set(zf.namelist()):
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "not an Excel workbook (.xlsx): no "
                                                                                "xl/workbook.xml inside"))))
            return None
        if _too_big(zf, file, problems):
            return None
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    before = len(problems)
    found = _read_calamine(path, file, problems, sheet)
    if found is None and len(problems) == before:
        found = _read_openpyxl(path, file, problems, sheet, cancel, progress)
    if found is None:
        return None
    title, rows = found
    while rows and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[-1]):
        rows.pop()
    return Grid(file, rows, sheet=title)


def _sheet_named(sheet: str, names: list[str], file: str, problems: list[Problem]) -> Optional[str]:
    """The sheet ``sheet`` names (a name, or a 1-based number), or None with a problem."""
    if sheet in names:
        return sheet
    if sheet.isdigit() and 1 <= int(sheet) <= len(names):
        return names[int(sheet) - 1]
    problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "no sheet named '{sheet}' (sheets: {sheets})"),
                                          sheet=sheet, sheets=", ".join(names))))
    return None


def _too_long(file: str) -> Problem:
    """The sheet has more rows than are read; the problem names the first row past them."""
    return Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "more than {n:,} rows; split the sheet"), n=MAX_XLSX_ROWS),
                   MAX_XLSX_ROWS + 1)


def _read_calamine(path: Path, file: str, problems: list[Problem], sheet: Optional[str]):
    """(sheet name, rows) read by calamine; None with a problem (no such sheet, too many rows), or
    None alone when calamine cannot read the workbook (openpyxl then tries, and says why it fails)."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    try:
        wb = CalamineWorkbook.from_path(str(path))
        try:
            names = [m.name for m in wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
            candidates = [_sheet_named(sheet, names, file, problems)] if sheet else names
            if None in candidates:
                return None
            rows: list[list[Any]] = []
            for name in candidates:
                rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                if rows:
                    break
            title = name if rows else candidates[0] if candidates else ""
        finally:
            wb.close()
    except Exception:       # calamine's own error types, or a part it does not know
        return None
    if len(rows) > MAX_XLSX_ROWS:
        problems.append(_too_long(file))
        return None
    # calamine gives '' for an empty cell and floats for every number; the grid has None and NFC
    # text, each distinct text normalised once (a sheet repeats its names on every row)
    seen: dict[str, Optional[str]] = {"": None}
    return title, [[(seen[v] if v in seen else seen.setdefault(v, nfc(v))) if type(v) is str else v
                    for v in row[:MAX_COLUMNS]] for row in rows]


def _read_openpyxl(path: Path, file: str, problems: list[Problem], sheet: Optional[str], cancel, progress):
    """(sheet name, rows) read by openpyxl, or None with a problem."""
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
            sheet = _sheet_named(sheet, wb.sheetnames, file, problems)
            if sheet is None:
                return None
            ws = wb[sheet]
        else:
            ws = next((w for w in wb.worksheets if w.max_row and w.max_row > 0), wb.worksheets[0])
        rows: list[list[Any]] = []
        total = ws.max_row or 0
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i >= MAX_XLSX_ROWS:
                problems.append(_too_long(file))
                return None
            rows.append([nfc(v) if isinstance(v, str) else v for v in row[:MAX_COLUMNS]])
            if i % 5000 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if progress is not None and total:
                    progress(i, total, file)
        return ws.title, rows
    except Cancelled:
        raise
    except Exception as exc:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "cannot read the sheet: {reason}"),
                                              reason=f"{type(exc).__name__}: {str(exc)[:200]}")))
        return None
    finally:
        wb.close()
