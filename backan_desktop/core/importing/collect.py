"""What every normaliser shares: the :class:`Collector` of tidy rows, problems and readings, the
problems' wording, how a column's reading is chosen, and the check for repeated figures."""
from __future__ import annotations

import dataclasses
from typing import Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import (EN, VI, NumberError, NumberStyle, Reading, choose_reading, decimals_of_texts, decimals_written,
                       fit_column, parse_number, parse_numbers)
from ..periods import normalise_period
from ..problems import Problem
from ..readers import cell_text
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
        """The tidy rows (a DataFrame of TIDY_COLUMNS, decimals and file_row) of ``cells``, every
        column read at once: numbers by their column's reading, text cells (periods, statuses,
        names) once per distinct value. A cell that cannot be read is a problem (the first thing
        wrong with it, in file order); a blank, '-' or '..' value is no figure."""
        import numpy as np
        import pandas as pd

        c = cells.columns()
        n = len(c["file_row"])
        raw, marks = c["value"], c["mark"]
        values = np.full(n, np.nan)
        missing = np.zeros(n, dtype=bool)
        bad = np.zeros(n, dtype=bool)
        decimals = np.zeros(n, dtype=np.int64)
        text = np.fromiter((isinstance(v, str) for v in raw), dtype=bool, count=n)
        for style in (VI, EN):
            sel = np.flatnonzero(text & (marks == style.decimal))
            if len(sel):                         # each distinct text read once
                codes, uniq = pd.factorize(raw[sel])
                column = pd.Series(uniq, dtype=object)
                read = parse_numbers(column, style)
                values[sel], missing[sel], bad[sel] = (r[codes] for r in read)
                decimals[sel] = decimals_of_texts(column, style)[codes]
        for i in np.flatnonzero(~text):            # spreadsheet numbers, dates, empty cells
            style = VI if marks[i] == "," else EN
            try:
                value = parse_number(raw[i], style)
            except NumberError:
                bad[i] = True
                continue
            if value is None:
                missing[i] = True
            else:
                values[i], decimals[i] = value, decimals_written(raw[i], style)
        given = np.not_equal(c["given"], None)
        live = ~(given | bad | missing)

        period = _per_distinct(c["period"], lambda p: normalise_period(p) if p is not None else None)
        no_period = live & np.equal(period, None)
        indicator = _per_distinct(c["indicator"], lambda v: (v or "").strip())
        no_name = live & ~no_period & (indicator == "")
        status = _per_distinct(np.where(np.equal(c["status"], None) | (c["status"] == ""), self.status, c["status"]),
                               lambda s: STATUS_WORDS.get((s or "").strip().lower(), (s or "").strip().lower()))
        bad_status = np.isin(status, list(STATUSES), invert=True) & live & ~no_period & ~no_name

        for i in np.flatnonzero(given | bad | no_period | no_name | bad_status):
            if len(self.problems) > MAX_PROBLEMS:
                break
            row = int(c["file_row"][i])
            if given[i]:
                message, column = c["given"][i]
                self.problem(message, row, column)
            elif bad[i]:
                self.problem(value_problem(number_problem(raw[i], VI if marks[i] == "," else EN)), row, int(c["column"][i]))
            elif no_period[i]:
                self.problem(period_problem(cell_text(c["period"][i])[:40]), row,
                             int(c["period_col"][i] or c["column"][i]))
            elif no_name[i]:
                self.problem(Message(QT_TRANSLATE_NOOP("Problems", "the series has no name")), row, 1)
            else:
                self.problem(status_problem(c["status"][i]), row, int(c["status_col"][i] or c["column"][i]))

        keep = np.flatnonzero(live & ~no_period & ~no_name & ~bad_status)
        if not len(keep):
            return pd.DataFrame([], columns=TIDY_COLUMNS + ["decimals", "file_row"])

        def stripped(name: str, default: str = "") -> list[str]:
            return _per_distinct(c[name][keep], lambda v: (v or default).strip()).tolist()

        return pd.DataFrame({
            "indicator": indicator[keep].tolist(), "area": stripped("area"), "period": period[keep].tolist(),
            "category": stripped("category"), "value": values[keep].tolist(), "unit": stripped("unit", self.unit or ""),
            "status": status[keep].tolist(), "source": stripped("source", self.source), "note": stripped("note"),
            "decimals": decimals[keep].tolist(), "file_row": c["file_row"][keep].tolist(),
        }, columns=TIDY_COLUMNS + ["decimals", "file_row"])


def _per_distinct(cells, convert):
    """``convert`` applied once per distinct cell of an object array (statistics repeat their
    names, periods and statuses), as an object array of the results."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(np.asarray(cells, dtype=object), use_na_sentinel=True)
    out = np.fromiter([convert(v) for v in uniques] + [convert(None)], dtype=object, count=len(uniques) + 1)
    return out[codes]


class Cells:
    """Candidate figures, one per value cell: what a shape's table says about each before anything
    is read. The shapes add them a block at a time (:meth:`add`, e.g. one value column of a
    yearbook table); :meth:`Collector.tidy` reads them in file order."""

    FIELDS = ("file_row", "column", "value", "mark", "indicator", "period", "period_col", "area", "category", "unit",
              "status", "status_col", "source", "note", "given")

    def __init__(self):
        self.blocks: list[tuple[int, dict]] = []

    def add(self, file_row, column, value, style: NumberStyle, indicator, period, period_col, area="", category="",
            unit="", status="", status_col=0, source="", note="", given: Optional[tuple[Message, int]] = None) -> None:
        """A block of cells: ``file_row`` and ``value`` give one entry per cell; every other argument
        is one value for the whole block or one per cell (a list). ``column`` is the value's 1-based
        column, ``given`` a problem found in the row itself and its column."""
        n = len(file_row)
        block = dict(file_row=file_row, column=column, value=value, mark=style.decimal, indicator=indicator,
                     period=period, period_col=period_col, area=area, category=category, unit=unit, status=status,
                     status_col=status_col, source=source, note=note, given=given)
        self.blocks.append((n, block))

    def columns(self) -> dict:
        """Every field as an array over all cells, in file order (row, then column)."""
        import numpy as np

        out = {}
        for name in self.FIELDS:
            parts = []
            for n, block in self.blocks:
                v = block[name]
                if isinstance(v, (list, np.ndarray)):
                    part = np.fromiter(v, dtype=object, count=n)
                else:
                    part = np.empty(n, dtype=object)
                    part.fill(v)
                parts.append(part)
            out[name] = np.concatenate(parts) if parts else np.empty(0, dtype=object)
        out["file_row"] = out["file_row"].astype(np.int64)
        out["column"] = out["column"].astype(np.int64)
        order = np.lexsort((out["column"], out["file_row"]))
        return {k: v[order] for k, v in out.items()}


def number_problem(text, style: NumberStyle) -> Message:
    """parse_number's own words for a bad cell, so that every path says the same."""
    try:
        parse_number(text, style)
    except NumberError as exc:
        return exc.message
    return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number"), text=str(text)[:40])


def value_problem(reason) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "value: {reason}"), reason=reason)


def period_problem(text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "period: '{text}' is not a year or period"), text=text)


def status_problem(text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "status: '{text}' is not one of {allowed}"), text=text,
                   allowed=Message(STATUS_CHOICES))


def map_period_and_value() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "map the period and value columns (--period-col, --value-col)"))


def no_figures() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "no figures found in the table"))


def read_as(name: str, cells, mapping: Mapping, evidence, col: Optional[Collector] = None,
             sample: int = 0) -> Reading:
    """The reading of column ``name`` from its cells (all of them, or on the fast path the sampled
    ones, ``sample`` = their number), recorded for the review when ``col`` is given."""
    given = mapping.decimals.get(name) or mapping.decimal
    reading = choose_reading(name, fit_column(cells), evidence, given)
    if sample and not reading.settled:
        reading = dataclasses.replace(reading, sample=sample)
    if col is not None:
        col.readings.append(reading)
    return reading


def check_duplicates(frame, file: str, col: Collector) -> None:
    if frame.empty:
        return
    key = ["indicator", "area", "period", "category"]
    mask = frame.duplicated(key, keep=False)
    if not mask.any():
        return
    dup = frame[mask]
    for _, group in list(dup.groupby(key, sort=False))[:20]:
        if group["value"].nunique() > 1:
            rows = ", ".join(str(r) for r in group["file_row"].tolist()[:5])
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "the same figure appears with different values on rows "
                                                              "{rows}: {indicator} · {period}"),
                                rows=rows, indicator=str(group["indicator"].iloc[0]), period=str(group["period"].iloc[0])),
                        int(group["file_row"].iloc[0]))
