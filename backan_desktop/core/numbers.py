"""Reading numbers as people write them in spreadsheets: ``12.829`` and ``5,3`` (Vietnamese),
``12,829`` and ``5.3`` (English), ``1.234,5``, ``70,1 %``, ``1e-05`` / ``1,5E+3`` (as R, pandas
and Excel write very small or large numbers), and blanks, ``-``, ``..`` as missing.

The decimal mark of a column is decided once, from all of its cells, because ``12.829`` alone is
ambiguous (twelve thousand in Vietnamese, twelve point eight in English): :func:`fit_column` says
which readings parse every distinct cell, :func:`choose_reading` picks the one that does, and only
when both do asks the rest of the file (:class:`Evidence`). The answer is a :class:`Reading` that
says why, for the import review.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .messages import QT_TRANSLATE_NOOP, Message, MessageError

MISSING = {"", "-", "–", "—", "..", "...", "…", "x", "X", "na", "NA", "n/a", "N/A", "nan", "NaN", "null", "NULL", "#N/A"}
_CLEAN = re.compile(r"[\s\u00a0\u202f']")
_NUMBER_CHARS = re.compile(r"^[+-]?[\d.,]+(?:[eE][+-]?\d+)?$")
_EXPONENT = re.compile(r"[eE][+-]?\d+$")
MAX_DECIMALS = 12


class NumberError(MessageError, ValueError):
    """A cell that is not a number; ``message`` says why."""


def _not_a_number(text) -> NumberError:
    return NumberError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number"), text=text))


def _shown(text) -> str:
    """A cell as a problem quotes it."""
    return str(text).strip()[:40]


def _infinite() -> NumberError:
    return NumberError(Message(QT_TRANSLATE_NOOP("Problems", "infinite values are not allowed")))


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


def parse_number(text, style: NumberStyle = VI) -> Optional[float]:
    """A finite float, or None for a missing cell; raises NumberError for anything else."""
    if isinstance(text, bool):
        raise _not_a_number(str(text))
    if isinstance(text, (int, float)):
        if isinstance(text, float) and math.isnan(text):
            return None
        if isinstance(text, float) and math.isinf(text):
            raise _infinite()
        return float(text)
    if is_missing(text):
        return None
    s, _ = _strip(str(text))
    if not _NUMBER_CHARS.match(s):
        raise _not_a_number(_shown(text))
    sign = -1.0 if s.startswith("-") else 1.0
    body = s.lstrip("+-")
    exponent = _EXPONENT.search(body)
    if exponent:
        body, exponent = body[:exponent.start()], exponent.group()
        if style.thousands in body:
            raise NumberError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' has thousands separators before an "
                                                                    "exponent"), text=_shown(text)))
    thousands, decimal = style.thousands, style.decimal
    if body.count(decimal) > 1:
        raise NumberError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' has more than one decimal mark '{mark}'"),
                                  text=_shown(text), mark=decimal))
    int_part, _, frac = body.partition(decimal)
    if thousands in int_part:
        groups = int_part.split(thousands)
        # 1.234.567: a first group of one to three digits, not 0 ('0.500' is never five hundred)
        if not 1 <= len(groups[0]) <= 3 or groups[0].startswith("0") or any(len(g) != 3 for g in groups[1:]):
            raise NumberError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' has misplaced thousands separators"),
                                      text=_shown(text)))
        int_part = "".join(groups)
    if thousands in frac or not (int_part or frac):
        raise _not_a_number(_shown(text))
    value = float(f"{int_part or '0'}.{frac or '0'}{exponent or ''}")
    if not math.isfinite(value):
        raise _infinite()
    return sign * value


def decimals_written(text, style: NumberStyle = VI, most: Optional[int] = MAX_DECIMALS) -> int:
    """Decimals the cell shows (``'5,30'`` → 2 in Vietnamese style; ``'1e-05'`` → 5, at most
    ``most``); 0 for spreadsheet numbers."""
    if isinstance(text, (int, float)):
        if isinstance(text, float) and not float(text).is_integer():
            return min(6, decimals_written(repr(float(text)), EN))     # repr: '0.125', '1e-07'
        return 0
    s, _ = _strip(str(text or ""))
    exponent = _EXPONENT.search(s)
    shift = 0
    if exponent:
        s, shift = s[:exponent.start()], int(exponent.group()[1:])
    written = len(s.split(style.decimal, 1)[1]) if style.decimal in s else 0
    return max(0, written - shift if most is None else min(most, written - shift))


def decimals_of_literal(text) -> int:
    """Decimals written in a plain number literal, as data packages store them (a decimal point),
    however many: ``'7.0'`` → 1, ``'12829'`` → 0, ``'1.025'`` → 3, ``'1e3'`` → 0, a float's repr
    up to 17."""
    return decimals_written(text, EN, most=None)


def decimals_of_values(values, usual: int):
    """Decimals to show per value when only the parsed floats are at hand (no text to count): the
    fewest that write the value exactly, but at least the column's usual number (so 1086.40 keeps
    its 2 decimals in a column written with 2, and 3.14159 gets its 5)."""
    import numpy as np

    out = np.full(len(values), max(0, min(usual, MAX_DECIMALS)), dtype=np.int8)
    todo = np.flatnonzero(np.isfinite(values))
    for k in range(MAX_DECIMALS + 1):
        if not len(todo):
            break
        scale = 10.0 ** k
        v = values[todo]
        exact = np.round(v * scale) / scale == v
        out[todo[exact]] = np.maximum(out[todo[exact]], k)
        todo = todo[~exact]
    if len(todo):
        out[todo] = MAX_DECIMALS
    return out


# --- which reading a column is written in ----------------------------------------------------------

@dataclass(frozen=True)
class ColumnFit:
    """How the distinct text cells of a column fit each reading (counts of distinct cells)."""
    cells: int                     # distinct cells that are not missing
    bad_vi: int                    # ... that the Vietnamese reading (decimal comma) refuses
    bad_en: int                    # ... that the English reading (decimal point) refuses
    bad_both: int                  # ... that neither reads (text, '12a')
    differ: int                    # ... that both read, to different numbers ('12.829')
    only_vi: str = ""              # the first cell only the Vietnamese reading reads ('5,3')
    only_en: str = ""              # the first cell only the English reading reads ('34.02')
    example_differ: str = ""       # the first cell the readings read differently

    def bad(self, style: NumberStyle) -> int:
        return self.bad_vi if style is VI else self.bad_en

    def only(self, style: NumberStyle) -> str:
        return self.only_vi if style is VI else self.only_en

    @property
    def numbers(self) -> int:
        """Distinct cells at least one reading takes for a number."""
        return self.cells - self.bad_both

    @property
    def settled(self) -> Optional[NumberStyle]:
        """The one reading under which every number-like cell parses, if only one does."""
        vi, en = self.bad_vi == self.bad_both, self.bad_en == self.bad_both
        return VI if vi and not en else EN if en and not vi else None


NO_FIT = ColumnFit(0, 0, 0, 0, 0)


_SHAPE = str.maketrans("123456789", "999999999")


class Shapes:
    """The text cells of a list of cells (``at``: their places), trimmed (``texts``) and coded by
    shape (digits 1–9 written as 9, so '12.829' and '45.103' are both '99.999'): whether a reading
    accepts a text, its decimals, and whether the two readings differ depend on its shape only (the
    grammar looks at digit counts, a leading 0 and the marks), so :func:`parse_number` runs once
    per shape — a few dozen for a column of a million numbers. Made once per column, for
    :func:`fit_column` and for reading the column (importing.collect.read_numbers); ``kind`` is 1
    for a text cell, 2 for a float, 0 for anything else."""

    def __init__(self, cells, distinct: bool = False):
        import numpy as np
        import pandas as pd

        cells = cells if isinstance(cells, list) else list(cells)
        n = len(cells)
        self.kind = np.ones(n, dtype=np.int8) if pd.api.types.infer_dtype(cells, skipna=False) == "string" else \
            np.fromiter((1 if isinstance(v, str) else 2 if type(v) is float else 0 for v in cells), dtype=np.int8, count=n)
        self.at = np.flatnonzero(self.kind == 1)
        self.texts = [cells[i].strip() for i in self.at.tolist()]
        shaped = "\x00".join(self.texts).translate(_SHAPE).split("\x00")     # at once: a third of the time
        shaped = shaped if len(shaped) == len(self.texts) else [t.translate(_SHAPE) for t in self.texts]    # NUL in one
        self.codes, self.shapes = pd.factorize(np.array(shaped, dtype=object))
        _, self.first = np.unique(self.codes, return_index=True)     # codes follow first appearance
        once = self.codes if distinct else \
            self.codes[np.unique(pd.factorize(np.array([cells[i] for i in self.at], dtype=object))[0], return_index=True)[1]]
        self.counts = np.bincount(once, minlength=len(self.shapes))     # distinct texts of each shape


def fit_column(cells: Iterable, shapes: Optional[Shapes] = None) -> ColumnFit:
    """:class:`ColumnFit` of the distinct text cells in ``cells`` (other values are skipped),
    judged once per shape (``shapes``: the cells' :class:`Shapes`, when made already)."""
    s = shapes or Shapes(cells)
    if not s.texts:
        return NO_FIT
    tally = dict(cells=0, bad_vi=0, bad_en=0, bad_both=0, differ=0)
    examples = {"only_vi": None, "only_en": None, "example_differ": None}
    for k in range(len(s.shapes)):
        cell = s.texts[s.first[k]]
        read = {}
        for style in (VI, EN):
            try:
                read[style.decimal] = parse_number(cell, style)
            except NumberError:
                read[style.decimal] = NumberError
        if read[","] is None or read["."] is None:
            continue                                          # a missing cell ('', '-', '..')
        n = int(s.counts[k])
        vi_ok, en_ok = read[","] is not NumberError, read["."] is not NumberError
        tally["cells"] += n
        tally["bad_vi"] += 0 if vi_ok else n
        tally["bad_en"] += 0 if en_ok else n
        tally["bad_both"] += 0 if vi_ok or en_ok else n
        kind = ("example_differ" if vi_ok and en_ok and read[","] != read["."] else
                "only_vi" if vi_ok and not en_ok else "only_en" if en_ok and not vi_ok else None)
        if kind == "example_differ":
            tally["differ"] += n
        if kind and (examples[kind] is None or s.first[k] < examples[kind]):
            examples[kind] = s.first[k]
    return ColumnFit(**tally, **{k: ("" if i is None else s.texts[i]) for k, i in examples.items()})


@dataclass(frozen=True)
class Evidence:
    """What the rest of a file says about its number style, for columns that fit both readings:
    the columns that settle it by their own values, the language of its headings, its encoding."""
    columns: tuple[tuple[str, NumberStyle], ...] = ()
    header: Optional[NumberStyle] = None
    encoding: str = ""

    def lean(self, column: str = "") -> tuple[Optional[NumberStyle], str, str]:
        """(style, reason, detail): reason 'columns' (detail: the columns' names), 'header',
        'encoding', or (None, '', '') when the file says nothing."""
        others = [(c, st) for c, st in self.columns if c != column]
        vi = [c for c, st in others if st is VI]
        en = [c for c, st in others if st is EN]
        if len(vi) != len(en):
            names = vi if len(vi) > len(en) else en
            return (VI if len(vi) > len(en) else EN), "columns", ", ".join(names[:3]) + ("…" if len(names) > 3 else "")
        if self.header is not None:
            return self.header, "header", ""
        if self.encoding.lower() in ("windows-1258", "cp1258"):
            return VI, "encoding", self.encoding
        return None, "", ""


@dataclass(frozen=True)
class Reading:
    """How the numbers of one column were read, and why.

    ``reason``: 'chosen' (by the user), 'only' (the only reading under which every value parses;
    ``example`` is a value the other reading refuses), 'fewer' (neither reads every value; this
    one refuses fewer), 'plain' (no decimal or thousands marks: both read the same numbers), 'none'
    (no value reads as a number either way: the problems list them), and
    for columns whose every value fits both readings: 'columns' (``detail``: the file's columns
    that settle it), 'header' (the headings' language), 'encoding' (``detail``), 'default'
    (nothing in the file tells: the Vietnamese reading). ``example`` is then a value the readings
    read differently."""
    columns: tuple[str, ...]
    style: NumberStyle
    reason: str
    example: str = ""
    detail: str = ""

    @property
    def settled(self) -> bool:
        """Chosen by the user or by the values themselves (not by the rest of the file)."""
        return self.reason in ("chosen", "only")

    @property
    def ambiguous(self) -> bool:
        """The values fit both readings and read differently: the choice rests on the rest of the file."""
        return self.reason in ("columns", "header", "encoding", "default")


def choose_reading(column: str, fit: ColumnFit, evidence=None, given: Optional[str] = None) -> Reading:
    """The reading of a column: the one its values fit (``given``: "," or "." chosen by the user).
    ``evidence``: an :class:`Evidence`, or a function giving one, called only when the column's
    values do not settle the question."""
    if given in (",", "."):
        style = VI if given == "," else EN
        return Reading((column,), style, "chosen", fit.only(style) or fit.example_differ)
    settled = fit.settled
    if settled is not None:
        return Reading((column,), settled, "only", fit.only(settled))
    if fit.bad_vi != fit.bad_en:
        style = VI if fit.bad_vi < fit.bad_en else EN
        return Reading((column,), style, "fewer", fit.only(style))
    if fit.cells and not fit.numbers:
        return Reading((column,), VI, "none")
    if callable(evidence):
        evidence = evidence()
    lean, why, detail = (evidence or Evidence()).lean(column)
    if not fit.differ:
        return Reading((column,), lean or VI, "plain")
    if lean is None:
        return Reading((column,), VI, "default", fit.example_differ)
    return Reading((column,), lean, why, fit.example_differ, detail)
