"""What every normaliser shares: the :class:`Collector` of tidy rows, problems and readings, the
:class:`Cells` a shape says it holds, the problems' wording, how a column's reading is chosen, and
the check for repeated figures."""
from __future__ import annotations

from typing import Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import EN, VI, NumberError, NumberStyle, Reading, Shapes, choose_reading, decimals_written, \
    fit_column, parse_number
from ..periods import normalise_period
from ..problems import Problem
from ..readers import Coded, cell_text
from ..vocab import STATUS_WORDS, STATUSES
from .options import TIDY_COLUMNS, Mapping

# the words a status cell may hold, as a problem lists them (STATUS_WORDS takes Vietnamese too)
STATUS_CHOICES = QT_TRANSLATE_NOOP("Problems", "official, preliminary, estimate, target, unverified, not stated")
MAX_PROBLEMS = 200


class Collector:
    def __init__(self, file: str, source: str, status: str, unit: str):
        self.file, self.source, self.status, self.unit = file, source, status, unit
        self.problems: list[Problem] = []
        self.readings: list[Reading] = []

    def problem(self, msg: Message, row: Optional[int] = None, col: Optional[int] = None) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.file, msg, row, col))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(self.file, Message(QT_TRANSLATE_NOOP("Problems", "more than {n} problems; stopped "
                                                                                          "listing them"), n=MAX_PROBLEMS)))

    def tidy(self, cells: "Cells"):
        """The tidy rows (a DataFrame of TIDY_COLUMNS, decimals and file_row) of ``cells``: text
        columns categorical, every distinct cell read once — numbers by their column's reading,
        periods, statuses and names — and picked for each figure by its code. A cell that cannot be
        read is a problem (the first thing wrong with it, in file order); a blank, '-' or '..'
        value is no figure."""
        import numpy as np
        import pandas as pd

        c = cells.columns()
        value = c["value"]
        number, missing, bad, decimals = (a[value.codes] for a in c["numbers"])
        given = each(c["given"], lambda g: g is not None, bool)
        live = ~(given | bad | missing)

        period = _each(c["period"], lambda p: normalise_period(p) if p is not None else None)
        no_period = live & each(period, lambda p: p is None, bool)
        indicator = _or(c["indicator"], "")
        no_name = live & ~no_period & (np.asarray(indicator.values, dtype=object) == "")[indicator.codes]
        status = _each(c["status"], lambda s: STATUS_WORDS.get((s or self.status).lower(), (s or self.status).lower()))
        bad_status = live & ~no_period & ~no_name & each(status, lambda s: s not in STATUSES, bool)

        for i in np.flatnonzero(given | bad | no_period | no_name | bad_status):
            if len(self.problems) > MAX_PROBLEMS:
                break
            row = int(c["file_row"][i])
            if given[i]:
                message, column = c["given"].values[c["given"].codes[i]]
                self.problem(message, row, column)
            elif bad[i]:
                mark = c["marks"][value.codes[i]]
                reason = number_problem(_cell(value, i), VI if mark == "," else EN)
                self.problem(Message(QT_TRANSLATE_NOOP("Problems", "value: {reason}"), reason=reason), row,
                             int(c["column"][i]))
            elif no_period[i]:
                self.problem(Message(QT_TRANSLATE_NOOP("Problems", "period: '{text}' is not a year or period"),
                                     text=cell_text(_cell(c["period"], i))[:40]), row,
                             int(c["period_col"][i] or c["column"][i]))
            elif no_name[i]:
                self.problem(Message(QT_TRANSLATE_NOOP("Problems", "the series has no name")), row, 1)
            else:
                self.problem(Message(QT_TRANSLATE_NOOP("Problems", "status: '{text}' is not one of {allowed}"),
                                     text=_cell(c["status"], i), allowed=Message(STATUS_CHOICES)), row,
                             int(c["status_col"][i] or c["column"][i]))

        keep = np.flatnonzero(live & ~no_period & ~no_name & ~bad_status)
        if not len(keep):
            return pd.DataFrame([], columns=TIDY_COLUMNS + ["decimals", "file_row"])
        keep = slice(None) if len(keep) == len(live) else keep            # every cell a figure: no copies
        text = {"indicator": indicator, "period": period, "status": status,
                "unit": _or(c["unit"], self.unit or ""), "source": _or(c["source"], self.source or ""),
                **{k: _or(c[k], "") for k in ("area", "category", "note")}}
        columns = {k: categorical(text[k], keep) for k in TIDY_COLUMNS if k != "value"}
        return pd.DataFrame({**columns, "value": number[keep], "decimals": decimals[keep],
                             "file_row": c["file_row"][keep]}, columns=TIDY_COLUMNS + ["decimals", "file_row"], copy=False)


def read_numbers(cells: list, style: NumberStyle, shapes: Optional[Shapes] = None):
    """(value, missing, bad, decimals) arrays of a list of cells read by ``style`` with
    :func:`parse_number`'s grammar, from the cells' :class:`Shapes` (``shapes``, when made
    already to choose the reading): once per shape, and the accepted texts of a plain shape (digits,
    a sign, the marks) converted by float() in one pass; a spreadsheet's floats are taken as they
    are; other cells (texts with spaces, %, an exponent; ints, dates) are read one by one."""
    import numpy as np

    s = shapes or Shapes(cells)
    n = len(cells)
    values, decimals = np.full(n, np.nan), np.zeros(n, dtype=np.int8)
    missing, bad = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    floats = np.flatnonzero(s.kind == 2)              # a spreadsheet's numbers: NaN is empty, ±inf refused
    values[floats] = [cells[i] for i in floats]
    missing[floats], bad[floats] = np.isnan(values[floats]), np.isinf(values[floats])
    finite = floats[np.isfinite(values[floats])]
    for i in finite[values[finite] % 1 != 0]:
        shown = repr(cells[i])                      # as decimals_written counts them: at most 6
        decimals[i] = min(6, len(shown) - shown.find(".") - 1) if "e" not in shown else decimals_written(cells[i], EN)
    plain = set("+-09" + style.decimal + style.thousands)
    fast = np.fromiter((len(shape) <= 300 and set(shape) <= plain for shape in s.shapes), dtype=bool, count=len(s.shapes))
    no, none, places = (np.zeros(len(s.shapes), dtype=t) for t in (bool, bool, np.int8))
    for k in np.flatnonzero(fast):
        try:
            none[k] = parse_number(s.texts[s.first[k]], style) is None
            places[k] = decimals_written(s.texts[s.first[k]], style)
        except NumberError:
            no[k] = True
    codes, sel = s.codes, s.at
    bad[sel], missing[sel], decimals[sel] = no[codes], none[codes], places[codes]
    good = np.flatnonzero(fast[codes] & ~no[codes] & ~none[codes])
    cleaned = np.array(s.texts, dtype=object)[good]
    if any(style.thousands in s.shapes[k] for k in np.flatnonzero(fast)):
        cleaned = [t.replace(style.thousands, "") for t in cleaned]
    if style.decimal != ".":
        cleaned = [t.replace(style.decimal, ".") for t in cleaned]
    read = np.asarray(cleaned, dtype=object).astype(float)          # float() of each, in C
    values[sel[good]] = read
    bad[sel[good]] = ~np.isfinite(read)                 # too large
    for i in np.concatenate([np.flatnonzero(s.kind == 0), sel[~fast[codes]]]):
        try:
            value = parse_number(cells[i], style)
        except NumberError:
            bad[i] = True
            continue
        if value is None:
            missing[i] = True
        else:
            values[i], decimals[i] = value, decimals_written(cells[i], style)
    values[bad | missing] = np.nan
    return values, missing, bad, decimals


def _each(col: Coded, convert) -> Coded:
    """``convert`` of each distinct cell of a coded column (the same codes)."""
    return Coded(col.codes, [convert(v) for v in col.values])


def _or(col: Coded, default: str) -> Coded:
    """A coded column of texts with ``default`` for an empty or absent (None) cell; still
    distinct when only the last cell (an absent one) changed."""
    import operator

    *head, last = col.values
    out = [v or default for v in head]
    distinct = col.distinct and all(map(operator.is_, out, head)) and (last or default) not in out
    return Coded(col.codes, out + [last or default], distinct)


def each(col: Coded, convert, dtype=object):
    """``convert`` of every cell of a coded column (an absent cell is None), once per distinct cell."""
    import numpy as np

    out = np.fromiter([convert(v) for v in col.values] + [convert(None)], dtype=dtype, count=len(col.values) + 1)
    return out[col.codes]


def _cell(col: Coded, i: int):
    return col.values[col.codes[i]]


def categorical(col: Coded, rows):
    """The cells ``rows`` of a coded column of texts as a pandas Categorical whose categories are
    the distinct texts used (no Python object per cell)."""
    import numpy as np
    import pandas as pd

    codes = col.codes[rows]
    used = np.flatnonzero(np.bincount(codes, minlength=len(col.values)))
    texts = np.array(col.values, dtype=object)[used]
    merged = np.arange(len(used)) if col.distinct else None
    if merged is None:
        merged, texts = pd.factorize(texts)
    remap = np.zeros(len(col.values), dtype=np.int32)
    remap[used] = merged
    return pd.Categorical.from_codes(remap[codes], dtype=distinct_dtype(texts), validate=False)


def distinct_dtype(texts):
    """The categorical dtype of ``texts``, which are distinct already: made without pandas hashing
    them all again to check (0.17 s for a million notes) through its fast path where this pandas
    has it — a private name, so any other pandas gets the checked constructor."""
    import pandas as pd

    index = pd.Index(texts, dtype=object)
    try:
        return pd.CategoricalDtype._from_fastpath(index, False)
    except (AttributeError, TypeError):
        return pd.CategoricalDtype(index)


class Cells:
    """Candidate figures, one per value cell: what a shape's table says about each before anything
    is read. The shapes add them a block at a time (:meth:`add`); :meth:`Collector.tidy` reads
    them in file order. A text field is one value for a whole block or a coded column (codes per
    cell into distinct values), so nothing here is a Python object per cell."""

    TEXT = ("value", "indicator", "period", "area", "category", "unit", "status", "source", "note", "given")

    def __init__(self):
        self.blocks: list[dict] = []

    def add(self, file_row, column, value: Coded, style, indicator, period, period_col, area="", category="",
            unit="", status="", status_col=0, source="", note="", given=None, numbers=None) -> None:
        """A block of cells: ``file_row`` and ``value`` give one entry per cell; ``style`` is the
        block's NumberStyle or the decimal mark of each of ``value.values``, ``numbers`` those
        values as :func:`read_numbers` reads them (read here when not given); ``column`` (the
        value's 1-based column) and ``period_col`` one int or one per cell; every text field one
        value or a :class:`Coded` per cell; ``given`` a (problem, column) found in the row itself."""
        import numpy as np

        marks = style.decimal if isinstance(style, NumberStyle) else np.asarray(style)
        numbers = read_numbers(value.values, style) if numbers is None else numbers
        self.blocks.append(dict(numbers=numbers, file_row=np.asarray(file_row, dtype=np.int64), column=column, period_col=period_col,
                                status_col=status_col, value=value, marks=marks, indicator=indicator, period=period,
                                area=area, category=category, unit=unit, status=status, source=source, note=note,
                                given=given))

    def columns(self) -> dict:
        """Every field over all cells, in file order (row, then column): numbers as arrays, text
        fields as :class:`Coded` whose last value is None (an absent cell) — the blocks' values
        side by side, not merged — and ``marks`` the decimal mark of each value cell."""
        import numpy as np

        def joined(parts: list):
            return parts[0] if len(parts) == 1 else np.concatenate(parts or [np.empty(0, np.int64)])

        out: dict = {"file_row": joined([b["file_row"] for b in self.blocks])}
        n = len(out["file_row"])
        for name in ("column", "period_col", "status_col"):
            out[name] = joined([np.broadcast_to(np.asarray(b[name], dtype=np.int64), len(b["file_row"]))
                                for b in self.blocks])
        for name in self.TEXT:
            fields = [b[name] for b in self.blocks]
            absent = np.int32(sum(len(v.values) if isinstance(v, Coded) else 1 for v in fields))
            codes, values = [], []
            for v, b in zip(fields, self.blocks):
                if isinstance(v, Coded):
                    codes.append(np.where(v.codes >= 0, v.codes + np.int32(len(values)), absent))
                    values += v.values
                else:
                    codes.append(np.full(len(b["file_row"]), len(values), dtype=np.int32))
                    values.append(v)
            codes = joined(codes)
            single = len(fields) == 1 and isinstance(fields[0], Coded) and fields[0].distinct
            out[name] = Coded(codes, values + [None], single and None not in values)
        marks = [np.broadcast_to(np.asarray(b["marks"], dtype=object), len(b["value"].values)) for b in self.blocks]
        out["marks"] = np.concatenate(marks + [np.array(["."], dtype=object)])
        absent = (np.array([np.nan]), np.array([True]), np.array([False]), np.zeros(1, dtype=np.int8))
        out["numbers"] = [np.concatenate([b["numbers"][j] for b in self.blocks] + [absent[j]]) for j in range(4)]
        key = out["file_row"] * (int(out["column"].max(initial=0)) + 1) + out["column"]
        if n and not (key[1:] >= key[:-1]).all():
            order = np.argsort(key, kind="stable")
            out = {k: (Coded(v.codes[order], v.values, v.distinct) if isinstance(v, Coded) else v if k in ("marks", "numbers") else v[order])
                   for k, v in out.items()}
        return out


def number_problem(text, style: NumberStyle) -> Message:
    """parse_number's own words for a bad cell, so that every path says the same."""
    try:
        parse_number(text, style)
    except NumberError as exc:
        return exc.message
    return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number"), text=str(text)[:40])


def read_as(name: str, column: Coded, mapping: Mapping, evidence, col: Optional[Collector] = None):
    """(style, numbers): the reading of column ``name`` from its distinct cells, recorded for the
    review when ``col`` is given, and the cells read by it (:func:`read_numbers`) — each text
    shaped once for both."""
    given = mapping.decimals.get(name) or mapping.decimal
    shapes = Shapes(column.values, column.distinct)
    reading = choose_reading(name, fit_column(column.values, shapes), evidence, given)
    if col is not None:
        col.readings.append(reading)
    return reading.style, read_numbers(column.values, reading.style, shapes)


def check_duplicates(frame, file: str, col: Collector) -> None:
    key = ["indicator", "area", "period", "category"]
    mask = frame.duplicated(key, keep=False)
    if not mask.any():
        return
    for _, group in list(frame[mask].groupby(key, sort=False, observed=True))[:20]:
        if group["value"].nunique() > 1:
            rows = ", ".join(str(r) for r in group["file_row"].tolist()[:5])
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "the same figure appears with different values on rows "
                                                              "{rows}: {indicator} · {period}"),
                                rows=rows, indicator=str(group["indicator"].iloc[0]), period=str(group["period"].iloc[0])),
                        int(group["file_row"].iloc[0]))
