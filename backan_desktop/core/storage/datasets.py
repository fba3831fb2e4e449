"""The user's library of imported datasets under ``<data-home>/datasets/<id>/`` — each one a
data package. Writes are atomic: a dataset is built in a hidden temporary folder and renamed into
place, so a failed or cancelled import leaves the library exactly as it was. The imported file
itself is never modified.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Optional

from ..datacheck import check_package
from ..datapackage import DESCRIPTOR, Table, load_package
from ..datapackage.schema import Package
from ..datapackage.table import FrameColumns
from ..importing import TIDY_COLUMNS, ImportPreview, slug
from ..importing.collect import distinct_dtype
from ..messages import QT_TRANSLATE_NOOP, Message, MessageError, os_reason
from ..problems import Problem
from ..readers import check_zip
from ..vocab import STATUSES
from .columnar import CACHE_DIR, build_cache, open_imported, write_cache
from .csv_writer import write_csv
from .sweep import replace_dir, trash_name

ID_RX = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")
RESERVED = {"observations", "indicators", "sources", "units", "categories", "areas", "projects", "events",
            "products", "industrial_zones", "facts", "backan", "backan-economy"}
MAX_PACKAGE_BYTES = 512 * 1024 * 1024


class LibraryError(MessageError):
    """The library could not be changed; nothing was changed. ``message`` says why."""


def datasets_dir(data_home: Path) -> Path:
    return Path(data_home) / "datasets"


def check_id(dataset_id: str) -> Optional[Message]:
    """Why ``dataset_id`` cannot name an imported dataset, or None when it can."""
    if not ID_RX.match(dataset_id or ""):
        return Message(QT_TRANSLATE_NOOP("Problems", "'{id}' is not a valid id: use 1–48 lower-case letters, digits, "
                                                     "'-' or '_'"), id=dataset_id)
    if dataset_id in RESERVED:
        return Message(QT_TRANSLATE_NOOP("Problems", "'{id}' is the name of a bundled dataset; choose another id"),
                       id=dataset_id)
    return None


def existing_frame(data_home: Path, dataset_id: str):
    """The tidy rows of an already imported dataset (for the change summary), or None."""

    folder = datasets_dir(data_home) / dataset_id
    if not (folder / DESCRIPTOR).is_file():
        return None
    pkg = open_imported(folder)
    if pkg.descriptor is None or not pkg.descriptor.resources:
        return None
    name = pkg.descriptor.resources[0].name
    table = pkg.tables.get(name)
    if table is None and name in pkg.lazy:
        table = pkg.lazy[name].load()[0]
    if table is None or not set(TIDY_COLUMNS) <= set(table.field_names):
        return None
    return table.frame()


def _series_descriptor(preview: ImportPreview) -> dict:
    fields = [
        {"name": "indicator", "type": "string", "title": "Chỉ tiêu", "title_en": "Indicator", "constraints": {"required": True}},
        {"name": "area", "type": "string", "title": "Địa bàn", "title_en": "Area"},
        {"name": "period", "type": "string", "title": "Kỳ", "title_en": "Period", "constraints": {"required": True}},
        {"name": "category", "type": "string", "title": "Phân tổ", "title_en": "Breakdown"},
        {"name": "value", "type": "number", "title": "Giá trị", "title_en": "Value", "constraints": {"required": True}},
        {"name": "unit", "type": "string", "title": "Đơn vị", "title_en": "Unit"},
        {"name": "status", "type": "string", "title": "Tình trạng", "title_en": "Status",
         "constraints": {"enum": list(STATUSES)}},
        {"name": "source", "type": "string", "title": "Nguồn", "title_en": "Source"},
        {"name": "note", "type": "string", "title": "Ghi chú", "title_en": "Note"},
    ]
    today = date.today().isoformat()
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": preview.dataset_id,
        "title": preview.title,
        "title_en": preview.title,
        "description": f"Nhập từ tệp {preview.source_path.name} ngày {today}.",
        "description_en": f"Imported from {preview.source_path.name} on {today}.",
        "version": today,
        "created": today,
        # the figures' own date, when the user gave one (else the sheet says none: the import date is not it)
        "data_as_of": preview.origin.get("as_of"),
        "sources": [{"title": preview.origin.get("source") or preview.source_path.name,
                     **{k: preview.origin[o] for k, o in (("path", "url"), ("kind", "kind")) if preview.origin.get(o)}}],
        "imported_from": {"file": preview.source_path.name, "shape": preview.shape, "encoding": preview.encoding,
                          "sheet": preview.sheet, "notes": preview.notes, "imported": today},
        "resources": [{
            "name": "data", "path": "data.csv", "role": "series", "section": preview.section or None,
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "title": preview.title, "title_en": preview.title,
            "description": "; ".join(preview.notes)[:2000] or None,
            "schema": {"fields": fields},
        }],
    }


def _import_table(frame, resource, decimals, path: Path) -> Table:
    """The imported rows as the library will see them once written: what reading ``data.csv``
    back gives (empty text is a missing value, numbers carry the decimals their text has), built
    from the columns at hand instead of parsing the file again."""
    import numpy as np
    import pandas as pd

    data = {}
    for f in resource.schema_.fields:
        column = frame[f.name]
        if f.type == "number":
            values = column.to_numpy(dtype=float, na_value=np.nan)
            data[f.name] = pd.arrays.FloatingArray(values, np.isnan(values))
            continue
        cat = column.array if isinstance(column.dtype, pd.CategoricalDtype) else pd.Categorical(column.astype(object))
        cats = cat.categories.to_numpy(dtype=object)
        texts = cat.categories.inferred_type == "string"
        # compared as an array: `"" in cat.categories` would build the index's hash table of every text
        if texts and not (cats == "").any():
            data[f.name] = cat                  # already as reading it back gives it
            continue
        cats, codes = [str(v) for v in cats], np.asarray(cat.codes, dtype=np.int32)
        keep = [i for i, v in enumerate(cats) if v != ""]
        if len(keep) < len(cats):          # "" is written as an empty cell, which reads back as missing
            renumber = np.full(len(cats) + 1, -1, dtype=np.int32)
            renumber[keep] = np.arange(len(keep), dtype=np.int32)
            codes, cats = renumber[codes], [cats[i] for i in keep]
        # texts are distinct already: no second pass of pandas to check them (str() of others may not be)
        dtype = distinct_dtype(cats) if texts else pd.CategoricalDtype(pd.Index(cats, dtype=object))
        data[f.name] = pd.Categorical.from_codes(codes, dtype=dtype, validate=False)
    table_frame = pd.DataFrame(data, copy=False)
    # the decimals stay an array: this table only goes to the columnar copy, which saves them as one
    return Table(resource.name, resource.schema_, FrameColumns(table_frame),
                 {"value": np.asarray(decimals["value"])}, path, table_frame)


def _check_import_table(table: Table) -> None:
    """The rules of the series schema, on the distinct values (the importer already enforced them;
    this guards the library against a change that breaks that promise)."""
    frame = table.frame()
    for f in table.schema.fields:
        column = frame[f.name]
        if f.constraints.required and column.isna().any():
            row = int(column.isna().to_numpy().argmax()) + 2
            raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "data.csv:{row}: {column}: a value is required; "
                                                                     "nothing was written"), row=row, column=f.name))
        if f.constraints.enum is not None and hasattr(column, "cat"):
            extra = set(column.cat.categories) - {str(e) for e in f.constraints.enum}
            if extra:
                raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "data.csv: {column}: '{value}' is not one of "
                                                                         "{allowed}; nothing was written"),
                                           column=f.name, value=str(sorted(extra)[0]),
                                           allowed=", ".join(map(str, f.constraints.enum))))


def commit_import(preview: ImportPreview, data_home: Path, cancel=None) -> Path:
    """Write the reviewed dataset into the library: its CSV, descriptor and columnar copy, built in
    a hidden folder and renamed into place. Raises LibraryError (library unchanged); a cancelled
    write raises Cancelled (library unchanged)."""

    if not preview.ok:
        raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "the import has problems; nothing was written")))
    msg = check_id(preview.dataset_id)
    if msg:
        raise LibraryError(msg)
    root = datasets_dir(data_home)
    try:
        root.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".import-{os.getpid()}-{preview.dataset_id}-", dir=root))
    except OSError as exc:
        raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "{folder}: cannot write the library ({reason})"),
                                   folder=str(root), reason=os_reason(exc))) from None
    try:
        if preview.kind == "package":
            _copy_package(preview.package_dir, staged)
            desc = json.loads((staged / DESCRIPTOR).read_text(encoding="utf-8"))
            desc["name"] = preview.dataset_id
            atomic_write_bytes(staged / DESCRIPTOR, json.dumps(desc, ensure_ascii=False, indent=2).encode("utf-8"))
            check = load_package(staged)
            if check.problems:
                raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "the written dataset does not validate: "
                                                                         "{problem}"), problem=check.problems[0].located()))
            build_cache(check, strict=True)
        else:
            frame = preview.rows
            written, decimals = write_csv(frame, TIDY_COLUMNS, staged / "data.csv", {"value": frame["decimals"]},
                                          cancel=cancel)
            desc = {k: v for k, v in _series_descriptor(preview).items() if v is not None}
            desc["resources"][0] = {k: v for k, v in desc["resources"][0].items() if v is not None}
            atomic_write_bytes(staged / DESCRIPTOR, json.dumps(desc, ensure_ascii=False, indent=2).encode("utf-8"))
            resource = Package.model_validate(desc).resources[0]
            table = _import_table(frame, resource, decimals, written.path)
            _check_import_table(table)
            write_cache(staged, {0: (resource, table, written)}, [], also_sync=[written.path])
        target = root / preview.dataset_id
        replace_dir(staged, target, target.with_name(trash_name(target.name)))   # the old one put back if killed
        return target
    except BaseException as exc:          # LibraryError, OSError (a full disk…), a cancel
        shutil.rmtree(staged, ignore_errors=True)
        if isinstance(exc, OSError):
            raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "{folder}: could not write the dataset ({reason}); "
                                                                     "the library is unchanged"),
                                       folder=str(root), reason=os_reason(exc))) from None
        raise


def remove_dataset(data_home: Path, dataset_id: str) -> None:
    target = datasets_dir(data_home) / dataset_id
    if check_id(dataset_id) or not (target / DESCRIPTOR).is_file():
        raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "no imported dataset '{id}' in {folder}"),
                                   id=dataset_id, folder=str(datasets_dir(data_home))))
    trash = target.with_name(trash_name(dataset_id, removed=True))
    try:
        os.replace(target, trash)
    except OSError as exc:
        raise LibraryError(Message(QT_TRANSLATE_NOOP("Problems", "{folder}: cannot remove ({reason})"),
                                   folder=str(target), reason=os_reason(exc))) from None
    shutil.rmtree(trash, ignore_errors=True)



# --- data packages (folder or .zip) --------------------------------------------------------------

def _copy_package(src: Path, dst: Path) -> None:
    for path in src.rglob("*"):
        if path.is_symlink():
            continue
        rel = path.relative_to(src)
        if rel.parts and rel.parts[0] == CACHE_DIR:
            continue            # a columnar copy is only ever made here, from the CSV it belongs to
        if path.is_dir():
            (dst / rel).mkdir(parents=True, exist_ok=True)
        elif path.is_file():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dst / rel)


def extract_zip(path: Path, into: Path) -> list[Problem]:
    """Unpack a zipped data package safely: no absolute paths, no '..', no links, bounded size."""
    problems: list[Problem] = []
    zf = check_zip(path, path.name, problems, max_bytes=MAX_PACKAGE_BYTES)
    if zf is None:
        return problems
    with zf:
        for info in zf.infolist():
            name = info.filename
            parts = PurePosixPath(name.replace("\\", "/")).parts
            if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
                problems.append(Problem(path.name, Message(QT_TRANSLATE_NOOP("Problems", "entry '{name}' points outside "
                                                                                         "the package; refused"),
                                                           name=name)))
                continue
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                problems.append(Problem(path.name, Message(QT_TRANSLATE_NOOP("Problems", "entry '{name}' is a symbolic "
                                                                                         "link; refused"), name=name)))
                continue
            if info.is_dir():
                continue
            target = into.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out, 1024 * 1024)
    if problems:
        return problems
    # a zip made of a folder: datapackage.json one level down
    if not (into / DESCRIPTOR).is_file():
        subs = [d for d in into.iterdir() if d.is_dir() and (d / DESCRIPTOR).is_file()]
        if len(subs) == 1:
            for child in subs[0].iterdir():
                os.replace(child, into / child.name)
    return problems


def preview_package(path: Path, dataset_id: Optional[str], workdir: Path) -> ImportPreview:
    """Validate a data package folder or .zip for import (unzipped into ``workdir``)."""
    problems: list[Problem] = []
    folder = path
    if path.is_file():
        if path.name == DESCRIPTOR:
            folder = path.parent
        else:
            folder = workdir / "package"
            folder.mkdir(parents=True, exist_ok=True)
            problems += extract_zip(path, folder)
    pkg = load_package(folder) if not problems else None
    if pkg is not None:
        problems += pkg.problems
        if pkg.descriptor is not None and not pkg.tables and not problems:
            problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "the package has no readable "
                                                                                      "table"))))
    name = dataset_id or (pkg.descriptor.name if pkg is not None and pkg.descriptor else slug(path.stem))
    name = slug(name) if not ID_RX.match(name) else name
    title = pkg.descriptor.label("vi") if pkg is not None and pkg.descriptor else path.stem
    rows = sum(len(t) for t in pkg.tables.values()) if pkg is not None else 0
    p = ImportPreview(path, name, title, "package", [], None, problems, kind="package", package_dir=folder)
    p.summary.added_rows = rows
    if pkg is not None and not problems:
        p.summary.warnings = check_package(pkg)     # the data check's findings, as for a spreadsheet
    return p


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
