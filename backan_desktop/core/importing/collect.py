"""What every normaliser shares: the :class:`Collector` of tidy rows, problems and readings, the
problems' wording, how a column's reading is chosen, and the check for repeated figures."""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import NumberError, NumberStyle, Reading, choose_reading, decimals_written, fit_column, parse_number
from ..periods import normalise_period
from ..problems import Problem
from ..readers import cell_text
from ..vocab import STATUS_WORDS, STATUSES
from .options import Mapping

# the words a status cell may hold, as a problem lists them (STATUS_WORDS takes Vietnamese too)
STATUS_CHOICES = QT_TRANSLATE_NOOP("Problems", "official, preliminary, estimate, target")
MAX_PROBLEMS = 200


class Collector:
    def __init__(self, file: str, source: str, status: str, unit: str):
        self.file, self.source, self.status, self.unit = file, source, status, unit
        self.rows: list[dict] = []
        self.problems: list[Problem] = []
        self.readings: list[Reading] = []

    def problem(self, msg: Message, row: Optional[int] = None, col: Optional[int] = None) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.file, msg, row, col))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(self.file, Message(QT_TRANSLATE_NOOP("Problems", "more than {n} problems; stopped "
                                                                                          "listing them"), n=MAX_PROBLEMS)))

    def add(self, file_row: int, col: int, raw_value: Any, style: NumberStyle, indicator: str, period_raw: Any,
            area: str = "", category: str = "", unit: str = "", status: str = "", source: str = "", note: str = "",
            period_col: Optional[int] = None, status_col: Optional[int] = None) -> None:
        try:
            value = parse_number(raw_value, style)
        except NumberError as exc:
            self.problem(value_problem(exc.message), file_row, col)
            return
        if value is None:
            return                      # a blank, '-' or '..' cell: no figure
        period = normalise_period(period_raw)
        if period is None:
            self.problem(period_problem(cell_text(period_raw)[:40]), file_row, period_col or col)
            return
        ind = (indicator or "").strip()
        if not ind:
            self.problem(Message(QT_TRANSLATE_NOOP("Problems", "the series has no name")), file_row, 1)
            return
        st = (status or self.status).strip().lower()
        st = STATUS_WORDS.get(st, st)
        if st not in STATUSES:
            self.problem(status_problem(status), file_row, status_col or col)
            return
        self.rows.append({"indicator": ind, "area": (area or "").strip(), "period": period,
                          "category": (category or "").strip(), "value": value,
                          "unit": (unit or self.unit or "").strip(), "status": st,
                          "source": (source or self.source).strip(), "note": (note or "").strip(),
                          "decimals": decimals_written(raw_value, style), "file_row": file_row})


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
