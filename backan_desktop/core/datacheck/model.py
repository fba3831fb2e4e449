"""What the data check reads: a package's tables by role, as plain rows that know their file and
row number (row 1 is the header, as a spreadsheet counts)."""
from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Optional

DISCREPANCIES = "discrepancies"          # the resource declaring known gaps


@dataclass
class Rows:
    """One table: its file, column names and rows (dicts); iterating gives each row with its
    number in the file (the first row after the header is row 2)."""
    file: str
    fields: list[str]
    rows: list[dict[str, Any]]

    def column(self, name: str) -> Optional[int]:
        """1-based column of ``name``, or None."""
        return self.fields.index(name) + 1 if name in self.fields else None

    def __iter__(self):
        return enumerate(self.rows, 2)


# one figure as the rules see it: ``period`` is the text as written, ``row`` its row in the file
Figure = namedtuple("Figure", "indicator area period category value decimals qualifier unit status source series row")


@dataclass
class Catalogue:
    figures: list[Figure] = field(default_factory=list)
    figures_file: str = "observations.csv"
    figures_table: Optional[Rows] = None
    by_role: dict[str, dict[str, dict]] = field(default_factory=dict)   # role → id → row
    tables: dict[str, Rows] = field(default_factory=dict)                 # resource name → rows
    roles: dict[str, str] = field(default_factory=dict)                   # resource name → role
    references: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # name → [(citing resource, its column)]

    def of(self, role: str) -> dict[str, dict]:
        return self.by_role.get(role, {})

    def tables_of(self, role: str) -> list[Rows]:
        return [rows for name, rows in self.tables.items() if self.roles[name] == role]


def _s(v) -> str:
    """A cell as text, "" for a missing one (None, NaN, pandas' NA)."""
    return "" if v is None or v != v or type(v).__name__ == "NAType" else str(v)


def catalogue_of(pkg) -> Catalogue:
    cat = Catalogue()
    for res in pkg.descriptor.resources:
        table = pkg.tables.get(res.name)
        if table is None:
            continue
        file = str(PurePosixPath(res.path)) if isinstance(res.path, str) else res.name
        rows = Rows(file, table.field_names, table.rows())
        cat.tables[res.name] = rows
        cat.roles[res.name] = res.role or "table"
        for fk in res.schema_.foreignKeys:
            target = fk.reference.resource or res.name
            if len(fk.fields) == 1:
                cat.references.setdefault(target, []).append((res.name, fk.fields[0]))
        if res.role in ("indicators", "units", "categories", "sources") and "id" in rows.fields:
            cat.by_role.setdefault(res.role, {}).update(
                {_s(r["id"]): {**r, "_row": n} for n, r in rows})
        elif res.role == "observations":
            cat.figures_table, cat.figures_file = rows, file
            dec = table.decimals.get("value", [])      # of the ``value`` column, when numeric
            cat.figures += [Figure(_s(r["indicator"]), _s(r["area"]), _s(r["period"]), _s(r.get("category")),
                                   r["value"], dec[i] if i < len(dec) else 0, _s(r.get("qualifier")), _s(r["unit"]),
                                   _s(r["status"]), _s(r["source"]), _s(r.get("series")), n)
                            for i, (n, r) in enumerate(rows) if r["value"] is not None]
    return cat


def figures_of_frame(frame, file: str) -> list[Figure]:
    """The figures of an import's tidy DataFrame (rows numbered as in the imported file)."""
    n = len(frame)

    def column(name: str, default=None) -> list:
        return frame[name].tolist() if name in frame else [default] * n
    return [Figure(_s(ind), _s(area), _s(period), _s(cat), float(value), int(dec or 0), "", _s(unit), _s(status),
                   _s(source), "", int(row or i + 2))
            for i, (ind, area, period, cat, value, dec, unit, status, source, row) in enumerate(zip(
                column("indicator"), column("area"), column("period"), column("category"), column("value"),
                column("decimals", 0), column("unit"), column("status"), column("source"), column("file_row")))
            if value is not None and value == value]


