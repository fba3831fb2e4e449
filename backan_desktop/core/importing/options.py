"""What an import is told (:class:`ImportOptions`, :class:`Mapping`) and what it gives back for
review (:class:`ImportPreview`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..numbers import Reading
from ..problems import Problem
from ..strings import match_key
from .changes import ChangeSummary

TIDY_COLUMNS = ["indicator", "area", "period", "category", "value", "unit", "status", "source", "note"]


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", match_key(text)).strip("-")
    return s[:48] or "dataset"


@dataclass
class Mapping:
    """What the user (or the CLI options) says about the file; None = recognise automatically."""
    shape: Optional[str] = None
    period_col: Optional[str] = None
    value_col: Optional[str] = None
    indicator_col: Optional[str] = None
    area_col: Optional[str] = None
    unit: Optional[str] = None
    header_row: Optional[int] = None      # 1-based file row of the header
    decimal: Optional[str] = None         # "," or "."; None = decided per column from its values
    decimals: dict[str, str] = field(default_factory=dict)   # column name → "," or ".", over ``decimal``


@dataclass
class ImportOptions:
    dataset_id: Optional[str] = None
    title: Optional[str] = None
    section: Optional[str] = None
    encoding: Optional[str] = None
    delimiter: Optional[str] = None
    sheet: Optional[str] = None
    source: Optional[str] = None          # text for the source column when the file has none
    # a status cell left empty (or no status column) means this: never "official" unless the user says so
    status: str = "not_stated"
    source_url: Optional[str] = None      # where the user found the figures, for the whole file
    source_kind: Optional[str] = None     # who published them (vocab.SOURCE_KINDS): ranks them for headlines
    as_of: Optional[str] = None           # the figures' own "data as of" (YYYY, YYYY-MM or YYYY-MM-DD)
    mapping: Mapping = field(default_factory=Mapping)


AS_OF = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def as_of_date(text: str) -> Optional[str]:
    """``text`` as a "data as of" date (YYYY, YYYY-MM or YYYY-MM-DD, as the sources' dates are
    written), or None when it is not one."""
    text = (text or "").strip()
    return text if AS_OF.match(text) else None


@dataclass
class ImportPreview:
    """Everything the user reviews before anything is written."""
    source_path: Path
    dataset_id: str
    title: str
    shape: str
    columns: list[str]
    rows: Any                         # pandas DataFrame with TIDY_COLUMNS + decimals + file_row
    problems: list[Problem]
    summary: ChangeSummary = field(default_factory=ChangeSummary)
    encoding: str = ""
    sheet: str = ""
    notes: list[str] = field(default_factory=list)
    section: str = ""
    kind: str = "table"               # "table" (spreadsheet) or "package"
    package_dir: Optional[Path] = None
    readings: list[Reading] = field(default_factory=list)   # how each column's numbers were read
    origin: dict = field(default_factory=dict)    # what the user said of the whole file: source, url, kind, as_of

    @property
    def ok(self) -> bool:
        return not self.problems
