"""A table's cells as read from a file, before any meaning is given to them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Optional

from ..messages import QT_TRANSLATE_NOOP, Message

MAX_COLUMNS = 1_000

Progress = Callable[[int, int, str], None]


@dataclass
class Grid:
    """Cells of one table as read: ``rows[i]`` is file row ``i + 1``; cells are str, float, int,
    datetime or None."""
    file: str
    rows: list[list[Any]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    notes: list[str] = field(default_factory=list)
    path: Optional[Path] = None  # set for a big CSV: ``rows`` is only a sample of its first rows


def cell_text(v: Any) -> str:
    """A cell as text (dates as ISO, whole floats without '.0')."""
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def too_wide() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "more than {n} columns"), n=MAX_COLUMNS)
