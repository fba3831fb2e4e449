"""Import a spreadsheet (CSV/XLSX) into the user's library.

The pipeline is pure (no Qt) and runs on a worker thread; :func:`preview_table` runs it:

1. read the file into a grid (:mod:`..readers`);
2. recognise its shape (:mod:`.recognise`) — long/tidy (one row per figure), wide (a period column
   and one column per series, optionally an area/entity column) or yearbook (series as rows,
   periods as columns, title rows above, notes below) — or use the caller's mapping (:mod:`.options`);
3. normalise into tidy rows (:mod:`.normalise`), reading numbers by the column's decimal mark
   (:mod:`..numbers`, explained by :mod:`.readings`) and periods by the app's grammar (:mod:`..periods`);
4. compare with what the library holds (:mod:`.changes`).

Nothing is written until :func:`backan_desktop.core.storage.datasets.commit_import` is called.
"""
from .changes import ChangeSummary, compare
from .options import TIDY_COLUMNS, ImportOptions, ImportPreview, Mapping, slug
from .preview import preview_table
from .readings import reading_lines

__all__ = ["TIDY_COLUMNS", "ChangeSummary", "ImportOptions", "ImportPreview", "Mapping", "compare", "preview_table",
           "reading_lines", "slug"]
