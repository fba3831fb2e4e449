"""Reading numbers as people write them in spreadsheets: ``12.829`` and ``5,3`` (Vietnamese),
``12,829`` and ``5.3`` (English), ``1.234,5``, ``70,1 %``, and blanks, ``-``, ``..`` as missing.

The decimal mark of a column is decided once, from all of its cells, because ``12.829`` alone is
ambiguous (twelve thousand in Vietnamese, twelve point eight in English).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Optional

MISSING = {"", "-", "–", "—", "..", "...", "…", "x", "X", "na", "NA", "n/a", "N/A", "nan", "NaN", "null", "NULL", "#N/A"}
_CLEAN = re.compile(r"[\s\u00a0\u202f']")
_NUMBER_CHARS = re.compile(r"^[+-]?[\d.,]+$")


class NumberError(ValueError):
    pass


@dataclass(frozen=True)
class NumberStyle:
    decimal: str      # "," or "."

    @property
    def thousands(self) -> str:
        return "." if self.decimal == "," else ","


VI = NumberStyle(",")
EN = NumberStyle(".")


def _strip(text: str) -> tuple[str, bool]:
    s = _CLEAN.sub("", text.strip())
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    if s.startswith("(") and s.endswith(")"):     # accounting negatives
        s = "-" + s[1:-1]
    return s, percent


def is_missing(text) -> bool:
    return text is None or (isinstance(text, float) and math.isnan(text)) or str(text).strip() in MISSING


def guess_style(cells: Iterable[str], default: NumberStyle = VI) -> NumberStyle:
    """The decimal mark that explains the cells best."""
    vi = en = 0
    for raw in cells:
        if raw is None:
            continue
        s, _ = _strip(str(raw))
        if not _NUMBER_CHARS.match(s):
            continue
        body = s.lstrip("+-")
        if "," in body and "." in body:
            if body.rfind(",") > body.rfind("."):
                vi += 3
            else:
                en += 3
        elif "," in body:
            parts = body.split(",")
            if len(parts) > 2 or (len(parts[-1]) == 3 and len(parts) == 2 and parts[0] not in ("", "0")):
                en += 1          # 12,829 or 1,234,567: thousands
            else:
                vi += 2          # 5,3
        elif "." in body:
            parts = body.split(".")
            if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] not in ("", "0")):
                vi += 1          # 12.829 or 1.234.567: thousands
            else:
                en += 2          # 5.3
    if vi == en:
        return default
    return VI if vi > en else EN


def parse_number(text, style: NumberStyle = VI) -> Optional[float]:
    """A finite float, or None for a missing cell; raises NumberError for anything else."""
    if isinstance(text, bool):
        raise NumberError(f"'{text}' is not a number")
    if isinstance(text, (int, float)):
        if isinstance(text, float) and math.isnan(text):
            return None
        if isinstance(text, float) and math.isinf(text):
            raise NumberError("infinite values are not allowed")
        return float(text)
    if is_missing(text):
        return None
    s, _ = _strip(str(text))
    if not _NUMBER_CHARS.match(s):
        raise NumberError(f"'{str(text).strip()[:40]}' is not a number")
    sign = -1.0 if s.startswith("-") else 1.0
    body = s.lstrip("+-")
    thousands, decimal = style.thousands, style.decimal
    if body.count(decimal) > 1:
        raise NumberError(f"'{str(text).strip()[:40]}' has more than one decimal mark '{decimal}'")
    int_part, _, frac = body.partition(decimal)
    if thousands in int_part:
        groups = int_part.split(thousands)
        if not groups[0] or any(len(g) != 3 for g in groups[1:]):
            raise NumberError(f"'{str(text).strip()[:40]}' has misplaced thousands separators")
        int_part = "".join(groups)
    if thousands in frac or not (int_part or frac):
        raise NumberError(f"'{str(text).strip()[:40]}' is not a number")
    value = float(f"{int_part or '0'}.{frac or '0'}")
    if not math.isfinite(value):
        raise NumberError("infinite values are not allowed")
    return sign * value


def decimals_written(text, style: NumberStyle = VI) -> int:
    """Decimals the cell shows (``'5,30'`` → 2 in Vietnamese style); 0 for spreadsheet numbers."""
    if isinstance(text, (int, float)):
        if isinstance(text, float) and not float(text).is_integer():
            return min(6, len(repr(float(text)).split(".")[1]))
        return 0
    s, _ = _strip(str(text or ""))
    return len(s.split(style.decimal, 1)[1]) if style.decimal in s else 0


def parse_numbers(texts, style: NumberStyle):
    """:func:`parse_number` for a whole column (a pandas Series of str) at C speed where it can:
    returns (values: float array with NaN for missing or bad cells, missing: bool array, bad: bool
    array). The grammar is parse_number's — a misplaced thousands separator ('1.5' in a column
    written '1.234,5') is bad, never read as 15."""
    import numpy as np

    raw = texts.astype(object).where(texts.notna(), "").astype(str)
    stripped = raw.str.strip()
    missing = stripped.isin(MISSING).to_numpy()
    s = raw.str.replace(r"[\s\u00a0\u202f']", "", regex=True).str.replace(r"%$", "", regex=True)
    paren = s.str.startswith("(") & s.str.endswith(")")
    if paren.any():
        s = s.where(~paren, "-" + s.str[1:-1])
    t, d = re.escape(style.thousands), re.escape(style.decimal)
    ok = s.str.fullmatch(rf"[+-]?(?=[^\d]*\d)(?:\d+(?:{t}\d{{3}})*)?(?:{d}\d*)?").to_numpy(dtype=bool, na_value=False)
    plain = s.str.replace(style.thousands, "", regex=False)
    if style.decimal != ".":
        plain = plain.str.replace(style.decimal, ".", regex=False)
    values = _floats(plain.where(ok & ~missing, None))
    bad = ~missing & (~ok | ~np.isfinite(np.nan_to_num(values, nan=0.0)))
    values[bad | missing] = np.nan
    return values, missing, bad


def _floats(series):
    """A writable float array of the Series' numbers (NaN where a cell is not one)."""
    import pandas as pd
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=float("nan")).copy()
