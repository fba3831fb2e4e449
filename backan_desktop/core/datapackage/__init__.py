"""Load and validate a data package folder: ``datapackage.json`` plus CSV resources.

Nothing here raises on bad input: every problem becomes a :class:`~backan_desktop.core.problems.Problem`
naming the file and, where there is one, the row and column (row 1 is the CSV header, as a
spreadsheet counts them); what it says is a :class:`~backan_desktop.core.messages.Message`,
English for the CLI and the log, translated by the UI. Runs on any thread; no Qt.

- ``schema``: the shape of a descriptor (pydantic models);
- ``descriptor``: reading ``datapackage.json`` safely, and where a resource's file may be;
- ``cells``: what a cell may hold (types, constraints) and how a problem with it is worded;
- ``table``: :class:`Table` and the reader of one CSV resource;
- ``checks``: unique and foreign keys across rows and tables;
- ``load``: :func:`load_package`, the whole package.
"""
from .descriptor import DESCRIPTOR, json_depth, read_descriptor, resolve_resource_path
from .load import LoadedPackage, load_package
from .table import Table

__all__ = ["DESCRIPTOR", "LoadedPackage", "Table", "json_depth", "load_package", "read_descriptor",
           "resolve_resource_path"]
