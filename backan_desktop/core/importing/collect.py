"""What every normaliser shares: the :class:`Collector` of tidy rows, problems and readings, the
problems' wording, how a column's reading is chosen, and the check for repeated figures."""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import (EN, VI, NumberError, NumberStyle, Reading, choose_reading, decimals_of_texts, decimals_written,
                       fit_column, parse_number, parse_numbers)
from ..periods import normalise_period
from ..problems import Problem
from ..readers import cell_text
from ..vocab import STATUS_WORDS, STATUSES
from .options import TIDY_COLUMNS, Mapping

# the words a status cell may hold, as a problem lists them (STATUS_WORDS takes Vietnamese too)
STATUS_CHOICES = QT_TRANSLATE_NOOP("Problems", "official, preliminary, estimate, target, unverified")
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
        cell read at once per column: numbers by their column's reading, periods and statuses once
        per distinct text. A cell that cannot be read is a problem (the first thing wrong with it,
        in file order); a blank, '-' or '..' value is no figure."""
        import numpy as np
        import pandas as pd

        n = len(cells.value)
        raw = np.array(cells.value + [None], dtype=object)[:n]      # (+None: never a 2-D array)
        marks = np.array([s.decimal for s in cells.style], dtype=object)
        values = np.full(n, np.nan)
        missing = np.zeros(n, dtype=bool)
        bad = np.zeros(n, dtype=bool)
        decimals = np.zeros(n, dtype=np.int64)
        text = np.fromiter((isinstance(v, str) for v in raw), dtype=bool, count=n)
        for style in (VI, EN):
            sel = np.flatnonzero(text & (marks == style.decimal))
            if len(sel):
                column = pd.Series(raw[sel], dtype=object)
                values[sel], missing[sel], bad[sel] = parse_numbers(column, style)
                decimals[sel] = decimals_of_texts(column, style)
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
        given = np.fromiter((g is not None for g in cells.given), dtype=bool, count=n)
        live = ~(given | bad | missing)

        period = np.full(n, None, dtype=object)
        known: dict = {}
        for i in np.flatnonzero(live):
            p = cells.period[i]
            period[i] = known[p] if p in known else known.setdefault(p, normalise_period(p))
        no_period = live & np.equal(period, None)
        indicator = np.array([(v or "").strip() for v in cells.indicator] + [None], dtype=object)[:n]
        no_name = live & ~no_period & (indicator == "")
        words: dict = {}
        status = np.full(n, None, dtype=object)
        for i in np.flatnonzero(live & ~no_period & ~no_name):
            s = (cells.status[i] or self.status).strip().lower()
            status[i] = words[s] if s in words else words.setdefault(s, STATUS_WORDS.get(s, s))
        bad_status = np.isin(status, list(STATUSES), invert=True) & live & ~no_period & ~no_name

        for i in np.flatnonzero(given | bad | no_period | no_name | bad_status):
            if len(self.problems) > MAX_PROBLEMS:
                break
            row = cells.file_row[i]
            if given[i]:
                message, column = cells.given[i]
                self.problem(message, row, column)
            elif bad[i]:
                self.problem(value_problem(number_problem(raw[i], VI if marks[i] == "," else EN)), row, cells.column[i])
            elif no_period[i]:
                self.problem(period_problem(cell_text(cells.period[i])[:40]), row, cells.period_col[i] or cells.column[i])
            elif no_name[i]:
                self.problem(Message(QT_TRANSLATE_NOOP("Problems", "the series has no name")), row, 1)
            else:
                self.problem(status_problem(cells.status[i]), row, cells.status_col[i] or cells.column[i])

        keep = np.flatnonzero(live & ~no_period & ~no_name & ~bad_status)
        if not len(keep):
            return pd.DataFrame([], columns=TIDY_COLUMNS + ["decimals", "file_row"])

        def stripped(name: str, default: str = "") -> list[str]:
            column = getattr(cells, name)
            return [(column[i] or default).strip() for i in keep.tolist()]

        return pd.DataFrame({
            "indicator": indicator[keep].tolist(), "area": stripped("area"), "period": period[keep].tolist(),
            "category": stripped("category"), "value": values[keep].tolist(), "unit": stripped("unit", self.unit or ""),
            "status": status[keep].tolist(), "source": stripped("source", self.source), "note": stripped("note"),
            "decimals": decimals[keep].tolist(), "file_row": [cells.file_row[i] for i in keep.tolist()],
        }, columns=TIDY_COLUMNS + ["decimals", "file_row"])


class Cells:
    """Candidate figures, one per value cell, in file order: what a shape's table says about each
    before anything is read. Filled by the shapes' builders, read by :meth:`Collector.tidy`."""

    def __init__(self):
        self.file_row: list[int] = []
        self.column: list[int] = []          # 1-based column of the value
        self.value: list[Any] = []
        self.style: list[NumberStyle] = []
        self.indicator: list[str] = []
        self.period: list[Any] = []          # the period cell as written
        self.period_col: list[int] = []
        self.area: list[str] = []
        self.category: list[str] = []
        self.unit: list[str] = []
        self.status: list[str] = []
        self.status_col: list[int] = []      # 0: no status column
        self.source: list[str] = []
        self.note: list[str] = []
        self.given: list[Optional[tuple[Message, int]]] = []   # a problem found in the row itself, its column

    def add(self, file_row: int, column: int, value: Any, style: NumberStyle, indicator: str, period: Any,
            period_col: int, area: str = "", category: str = "", unit: str = "", status: str = "",
            status_col: int = 0, source: str = "", note: str = "", given: Optional[tuple[Message, int]] = None) -> None:
        self.file_row.append(file_row)
        self.column.append(column)
        self.value.append(value)
        self.style.append(style)
        self.indicator.append(indicator)
        self.period.append(period)
        self.period_col.append(period_col)
        self.area.append(area)
        self.category.append(category)
        self.unit.append(unit)
        self.status.append(status)
        self.status_col.append(status_col)
        self.source.append(source)
        self.note.append(note)
        self.given.append(given)


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
