"""The user's library of imported datasets under ``<data-home>/datasets/<id>/`` — each one a
data package. Writes are atomic: a dataset is built in a hidden temporary folder and renamed into
place, so a failed or cancelled import leaves the library exactly as it was. The imported file
itself is never modified.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
import uuid
import zipfile
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Optional

from .importing import TIDY_COLUMNS, ImportPreview, slug
from .package import DESCRIPTOR, Problem, load_package
from .readers import check_zip

ID_RX = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")
RESERVED = {"observations", "indicators", "sources", "units", "categories", "areas", "projects", "events",
            "products", "industrial_zones", "facts", "backan", "backan-economy"}
MAX_PACKAGE_BYTES = 512 * 1024 * 1024


class LibraryError(Exception):
    """The library could not be changed; nothing was changed."""


def datasets_dir(data_home: Path) -> Path:
    return Path(data_home) / "datasets"


def check_id(dataset_id: str) -> Optional[str]:
    if not ID_RX.match(dataset_id or ""):
        return f"'{dataset_id}' is not a valid id: use 1–48 lower-case letters, digits, '-' or '_'"
    if dataset_id in RESERVED:
        return f"'{dataset_id}' is the name of a bundled dataset; choose another id"
    return None


def existing_frame(data_home: Path, dataset_id: str):
    """The tidy rows of an already imported dataset (for the change summary), or None."""
    folder = datasets_dir(data_home) / dataset_id
    if not (folder / DESCRIPTOR).is_file():
        return None
    pkg = load_package(folder)
    table = next(iter(pkg.tables.values()), None)
    if table is None or not set(TIDY_COLUMNS) <= set(table.columns):
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
         "constraints": {"enum": ["official", "preliminary", "estimate", "target"]}},
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
        "imported_from": {"file": preview.source_path.name, "shape": preview.shape, "encoding": preview.encoding,
                          "sheet": preview.sheet, "notes": preview.notes},
        "resources": [{
            "name": "data", "path": "data.csv", "role": "series", "section": preview.section or None,
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "title": preview.title, "title_en": preview.title,
            "description": "; ".join(preview.notes)[:2000] or None,
            "schema": {"fields": fields},
        }],
    }


COLUMNWISE_ROWS = 50_000          # bigger imports are written column by column


def _write_csv(frame, path: Path) -> None:
    if len(frame) > COLUMNWISE_ROWS and _write_csv_columnwise(frame, path):
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(TIDY_COLUMNS)
        cols = [frame[c].tolist() for c in TIDY_COLUMNS]
        decs = frame["decimals"].tolist()
        vi = TIDY_COLUMNS.index("value")
        for i, row in enumerate(zip(*cols)):
            row = list(row)
            row[vi] = f"{row[vi]:.{max(0, min(int(decs[i]), 12))}f}"
            w.writerow(["" if v is None or v != v else v for v in row])
        f.flush()
        os.fsync(f.fileno())


def _csv_field(text: str) -> str:
    """One CSV cell as csv.writer writes it (quoted when it holds a comma, quote or line end)."""
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _values_text(values, decimals) -> list[str]:
    """Numbers as text with their row's decimals ("%.{d}f"); a value that this would round is
    written in full (repr) instead, so an import never loses digits."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    d = np.clip(np.asarray(decimals, dtype=np.int64), 0, 12)
    with np.errstate(invalid="ignore", over="ignore"):
        scale = 10.0 ** d
        lossy = np.round(values * scale) / scale != values
    kinds = np.unique(d)
    if len(kinds) == 1:
        text = list(map(f"{{:.{int(kinds[0])}f}}".format, values.tolist()))
    else:
        formats = {int(k): f"{{:.{int(k)}f}}".format for k in kinds}
        text = [formats[k](v) for v, k in zip(values.tolist(), d.tolist())]
    for i in np.flatnonzero(lossy):
        text[i] = repr(float(values[i]))
    return text


def _write_csv_columnwise(frame, path: Path) -> bool:
    """A big import (text columns categorical, as the importer makes them) written column by
    column: each column's distinct values are CSV-quoted once and picked by code, and the rows
    are joined in C (str.join) — a million rows in about a second. False when the frame is not
    of that kind."""
    import numpy as np
    import pandas as pd

    columns = []
    for name in TIDY_COLUMNS:
        column = frame[name]
        if name == "value":
            columns.append(_values_text(column.to_numpy(dtype=float), frame["decimals"].to_numpy()))
        elif isinstance(column.dtype, pd.CategoricalDtype):
            fields = np.array([_csv_field(str(v)) for v in column.cat.categories] + [""], dtype=object)  # -1: empty
            columns.append(fields[column.array.codes].tolist())
        else:
            return False
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(TIDY_COLUMNS) + "\n")
        step = 100_000
        for start in range(0, len(frame), step):
            rows = zip(*(c[start:start + step] for c in columns))
            f.write("\n".join(map(",".join, rows)))
            f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    return True


def _replace_dir(staged: Path, target: Path) -> None:
    """Put ``staged`` at ``target`` with renames only; the old dataset goes only once the new is in place."""
    trash = None
    if target.exists():
        trash = target.with_name(f".trash-{target.name}-{uuid.uuid4().hex[:8]}")
        os.replace(target, trash)
    try:
        os.replace(staged, target)
    except OSError:
        if trash is not None:
            os.replace(trash, target)
        raise
    if trash is not None:
        shutil.rmtree(trash, ignore_errors=True)


def commit_import(preview: ImportPreview, data_home: Path) -> Path:
    """Write the reviewed dataset into the library. Raises LibraryError (library unchanged)."""
    if not preview.ok:
        raise LibraryError("the import has problems; nothing was written")
    msg = check_id(preview.dataset_id)
    if msg:
        raise LibraryError(msg)
    root = datasets_dir(data_home)
    try:
        root.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".import-{preview.dataset_id}-", dir=root))
    except OSError as exc:
        raise LibraryError(f"{root}: cannot write the library ({exc.strerror or exc})") from None
    try:
        if preview.kind == "package":
            _copy_package(preview.package_dir, staged)
            desc = json.loads((staged / DESCRIPTOR).read_text(encoding="utf-8"))
            desc["name"] = preview.dataset_id
            (staged / DESCRIPTOR).write_text(json.dumps(desc, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            _write_csv(preview.rows, staged / "data.csv")
            desc = _series_descriptor(preview)
            desc["resources"][0] = {k: v for k, v in desc["resources"][0].items() if v is not None}
            (staged / DESCRIPTOR).write_text(json.dumps(desc, ensure_ascii=False, indent=2), encoding="utf-8")
        check = load_package(staged)
        if check.problems:
            raise LibraryError("the written dataset does not validate: " + str(check.problems[0]))
        target = root / preview.dataset_id
        _replace_dir(staged, target)
        return target
    except LibraryError:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        raise LibraryError(f"{root}: could not write the dataset ({exc.strerror or exc}); the library is unchanged") from None


def remove_dataset(data_home: Path, dataset_id: str) -> None:
    target = datasets_dir(data_home) / dataset_id
    if check_id(dataset_id) or not (target / DESCRIPTOR).is_file():
        raise LibraryError(f"no imported dataset '{dataset_id}' in {datasets_dir(data_home)}")
    trash = target.with_name(f".trash-{dataset_id}-{uuid.uuid4().hex[:8]}")
    try:
        os.replace(target, trash)
    except OSError as exc:
        raise LibraryError(f"{target}: cannot remove ({exc.strerror or exc})") from None
    shutil.rmtree(trash, ignore_errors=True)



# --- data packages (folder or .zip) --------------------------------------------------------------

def _copy_package(src: Path, dst: Path) -> None:
    for path in src.rglob("*"):
        if path.is_symlink():
            continue
        rel = path.relative_to(src)
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
                problems.append(Problem(path.name, f"entry '{name}' points outside the package; refused"))
                continue
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                problems.append(Problem(path.name, f"entry '{name}' is a symbolic link; refused"))
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
            problems.append(Problem(DESCRIPTOR, "the package has no readable table"))
    name = dataset_id or (pkg.descriptor.name if pkg is not None and pkg.descriptor else slug(path.stem))
    name = slug(name) if not ID_RX.match(name) else name
    title = pkg.descriptor.label("vi") if pkg is not None and pkg.descriptor else path.stem
    rows = sum(len(t) for t in pkg.tables.values()) if pkg is not None else 0
    p = ImportPreview(path, name, title, "package", [], None, problems, kind="package", package_dir=folder)
    p.summary.added_rows = rows
    return p


def export_table_csv(frame, path: Path, headers: Optional[list[str]] = None) -> None:
    """CSV (UTF-8 with BOM, so Excel reads Vietnamese) safe against formula injection; atomic."""
    from .safety import formula_safe
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([formula_safe(h) for h in (headers or [str(c) for c in frame.columns])])
    for row in frame.itertuples(index=False):
        w.writerow(["" if _na(v) else formula_safe(v) for v in row])
    atomic_write_bytes(path, ("\ufeff" + buf.getvalue()).encode("utf-8"))


def _na(v) -> bool:
    return v is None or (isinstance(v, float) and v != v) or type(v).__name__ == "NAType"


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
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
