"""Checks across rows and tables: unique values and primary keys in a table, foreign keys between
tables."""
from __future__ import annotations

from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message
from ..problems import Problem
from .descriptor import DESCRIPTOR, MAX_PROBLEMS_PER_FILE
from .schema import Package


def check_unique(table, file: str, add) -> None:
    """Unique columns and the primary key of a :class:`~.table.Table`; ``add(message, row, column)``
    records a problem and returns False once enough were found."""
    schema = table.schema
    names = table.field_names
    for col, spec in enumerate(schema.fields, start=1):
        if spec.constraints.unique:
            for row, v, first in _repeats(table.columns[spec.name], skip_none=True):
                if not add(Message(QT_TRANSLATE_NOOP("Problems", "{column}: '{value}' repeats row {row}; values must "
                                                                 "be unique"), column=spec.name, value=str(v), row=first),
                           row, col):
                    return
    if schema.primaryKey:
        if any(k not in names for k in schema.primaryKey):
            add(Message(QT_TRANSLATE_NOOP("Problems", "primaryKey names a column that is not in the schema: {columns}"),
                        columns=str(schema.primaryKey)))
            return
        first_col = names.index(schema.primaryKey[0]) + 1
        for row, key, first in _repeats(zip(*[table.columns[k] for k in schema.primaryKey])):
            shown = ", ".join("" if k is None else str(k) for k in key)
            if not add(Message(QT_TRANSLATE_NOOP("Problems", "duplicate key ({key}): same as row {row}"),
                               key=shown, row=first), row, first_col):
                return


def _repeats(keys, skip_none: bool = False):
    """(row, key, the row it first appeared in) for each key seen before, rows counted as in the
    file (the header is row 1)."""
    first: dict[Any, int] = {}
    for row, key in enumerate(keys, start=2):
        if key is not None or not skip_none:
            seen = first.setdefault(key, row)
            if seen != row:
                yield row, key, seen


def check_foreign_keys(package: Package, tables: dict, files: dict[str, str],
                        problems: list[Problem]) -> None:
    for res in package.resources:
        table = tables.get(res.name)
        if table is None:
            continue
        for fk in res.schema_.foreignKeys:
            target_name = fk.reference.resource or res.name
            target = tables.get(target_name)
            file = files[res.name]
            if package.resource(target_name) is None:
                problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': foreign key "
                                                                                          "refers to unknown resource "
                                                                                          "'{target}'"),
                                                            name=res.name, target=target_name)))
                continue
            if target is None:
                continue    # its own problems were reported
            if len(fk.fields) != len(fk.reference.fields) or any(f not in table.columns for f in fk.fields) \
                    or any(f not in target.columns for f in fk.reference.fields):
                problems.append(Problem(DESCRIPTOR, Message(QT_TRANSLATE_NOOP("Problems", "resource '{name}': foreign key "
                                                                                          "{columns} → {target}{target_columns} "
                                                                                          "names unknown columns"),
                                                            name=res.name, columns=str(fk.fields), target=target_name,
                                                            target_columns=str(fk.reference.fields))))
                continue
            keys = set(zip(*[target.columns[f] for f in fk.reference.fields]))
            col = table.field_names.index(fk.fields[0]) + 1
            unknown = [(row, key) for row, key in enumerate(zip(*[table.columns[f] for f in fk.fields]), start=2)
                       if key not in keys and not all(k is None for k in key)]
            for row, key in unknown[:MAX_PROBLEMS_PER_FILE]:
                shown = ", ".join("" if k is None else str(k) for k in key)
                problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "{columns}: '{key}' is not an id in "
                                                                                    "'{target}'"),
                                                      columns="/".join(fk.fields), key=shown, target=target_name), row, col))
            if len(unknown) > MAX_PROBLEMS_PER_FILE:
                problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "more unknown references; stopped "
                                                                                    "checking"))))
