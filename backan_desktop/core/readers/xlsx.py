"""XLSX workbooks: checked for zip bombs (entry count, total size, compression ratio) before
openpyxl (which parses through defusedxml against entity expansion) opens one."""
from __future__ import annotations

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
