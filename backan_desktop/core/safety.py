"""Cells written to CSV/XLSX that a spreadsheet could run as a formula are escaped (OWASP
"CSV injection"): text starting with = + - @, a tab or a carriage return gets a leading
apostrophe. Numbers are written as numbers, untouched."""
from __future__ import annotations

from typing import Any

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_TRIGGERS):
        return "'" + value
    return value
