"""The import of one spreadsheet, read to checked tidy rows and compared with the library:
:func:`preview_table`, what the review dialog and the CLI call."""
from __future__ import annotations

from pathlib import Path

from ..datacheck import check_frame
from ..datapackage.descriptor import cannot_read
from ..messages import QT_TRANSLATE_NOOP, Message
from ..problems import Problem
from ..readers import read_csv_grid, read_xlsx_grid
from .changes import compare
from .normalise import normalise
from .options import ImportOptions, ImportPreview, as_of_date, slug
from .recognise import recognise, title_from_titles


def preview_table(path: Path, opts: ImportOptions, existing=None, cancel=None, progress=None) -> ImportPreview:
    """Read, recognise, normalise and validate a CSV/XLSX; compare with ``existing`` (the tidy
    DataFrame of the dataset with the same id, if any). Never raises for bad input, nor for a file
    that cannot be read (open in Excel on Windows, no permission, a stick pulled out mid-way)."""
    try:
        return _preview(path, opts, existing, cancel, progress)
    except OSError as exc:
        return ImportPreview(path, opts.dataset_id or slug(path.stem), opts.title or path.stem, "", [], None,
                             [Problem(path.name, cannot_read(exc))])


def _preview(path: Path, opts: ImportOptions, existing, cancel, progress) -> ImportPreview:
    problems: list[Problem] = []
    file = path.name
    suffix = path.suffix.lower()
    did = opts.dataset_id or slug(path.stem)
    title = opts.title or path.stem
    if path.exists() and not path.is_file():           # a pipe or a device: reading could block or never end
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "not a regular file (a pipe, a device "
                                                                            "or a folder)"))))
        return ImportPreview(path, did, title, "", [], None, problems)
    head = b""
    if path.is_file():
        with path.open("rb") as f:
            head = f.read(8)
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        grid = read_xlsx_grid(path, problems, opts.sheet, cancel=cancel, progress=progress)
    elif suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "old Excel 97–2003 files (.xls) are not "
                                                                            "supported: save the sheet as .xlsx or CSV"))))
        grid = None
    else:
        grid = read_csv_grid(path, problems, opts.encoding, opts.delimiter, cancel=cancel)
    if opts.as_of and not as_of_date(opts.as_of):
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "data as of '{text}': write the date as "
                                                                            "YYYY, YYYY-MM or YYYY-MM-DD"),
                                              text=opts.as_of[:40])))
    if opts.source_url and not opts.source_url.startswith(("https://", "http://")):
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "source address '{text}': give a web "
                                                                            "address starting with https:// or http://"),
                                              text=opts.source_url[:80])))
    if grid is None:
        return ImportPreview(path, did, title, "", [], None, problems)
    shape, h, columns, p2 = recognise(grid, opts)
    problems += p2
    for name in opts.mapping.decimals:
        if columns and name not in columns:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "decimal mark given for a column that is "
                                                                                "not there: '{column}' (columns: {columns})"),
                                                  column=name, columns=", ".join(columns[:20]))))
    if not shape:
        return ImportPreview(path, did, title, "", columns, None, problems, encoding=grid.encoding, sheet=grid.sheet)
    frame, p3, notes, readings = normalise(grid, opts, shape, h, columns, cancel, progress)
    problems += p3
    if not opts.title:
        title = title_from_titles(grid.rows[:h]) or title
    preview = ImportPreview(path, did, title, shape, columns, frame, problems, encoding=grid.encoding,
                            sheet=grid.sheet, notes=notes, section=opts.section or "", readings=readings)
    preview.summary = compare(frame, existing)
    preview.origin = {k: v for k, v in (("source", opts.source), ("url", opts.source_url),
                                        ("kind", opts.source_kind), ("as_of", opts.as_of)) if v}
    preview.summary.warnings = check_frame(frame, file)
    return preview
