"""The whole package: the descriptor, every CSV resource, then the references between them."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..problems import Problem
from .checks import check_foreign_keys
from .descriptor import DESCRIPTOR, read_descriptor, resolve_resource_path
from .schema import ROLE_COLUMNS, Package
from .table import Table, read_table


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
    check_foreign_keys(descriptor, tables, files, problems)
    return LoadedPackage(folder, descriptor, tables, problems)
