"""Periods of observations: a year, a range of years, a half-year, a quarter, a month,
the first n months of a year, or a single date.

Grammar (strict, as stored in data packages)::

    2020        a year
    2016-2020   a range of whole years (inclusive)
    2021-H1     first half of 2021 (H2: second half)
    2021-Q3     a quarter
    2021-05     a single month
    2023-5M     first five months of 2023, cumulative
    2025-07-01  a date
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .messages import QT_TRANSLATE_NOOP, Message, MessageError

_PATTERNS = [
    ("year", re.compile(r"^(\d{4})$")),
    ("range", re.compile(r"^(\d{4})-(\d{4})$")),
    ("half", re.compile(r"^(\d{4})-H([12])$")),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("months", re.compile(r"^(\d{4})-(1[01]|[1-9])M$")),
    ("month", re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")),
    ("date", re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")),
]

PERIOD_GRAMMAR = QT_TRANSLATE_NOOP("Problems", "YYYY, YYYY-YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM, YYYY-nM or YYYY-MM-DD")


class PeriodError(MessageError, ValueError):
    """The text is not a period in the accepted grammar; ``message`` says why."""


@dataclass(frozen=True, order=False)
class Period:
    text: str
    kind: str
    start: int          # first year covered
    end: int            # last year covered
    part: int = 0       # half, quarter, month or number of months; 0 for years/ranges
    day: int = 0

    @property
    def is_whole_year(self) -> bool:
        return self.kind == "year"

    def sort_key(self) -> tuple:
        """Chronological order by the end of the period; a whole year sorts after its parts."""
        end_month = {
            "year": 12, "range": 12, "half": self.part * 6, "quarter": self.part * 3,
            "months": self.part, "month": self.part, "date": self.part,
        }[self.kind]
        return (self.end, end_month, self.day, -self.start, self.text)

    def span(self) -> tuple[float, float]:
        """Start and end of the period in fractional years: 2021 is (2021.0, 2022.0), 2021-H2 is
        (2021.5, 2022.0), 2021-Q3 (2021.5, 2021.75), 2016-2020 (2016.0, 2021.0), a date one day wide.
        Months count as twelfths of a year, so positions on a time axis are in proportion to time."""
        y = float(self.start)
        if self.kind in ("year", "range"):
            return y, self.end + 1.0
        if self.kind == "half":
            return y + (self.part - 1) / 2, y + self.part / 2
        if self.kind == "quarter":
            return y + (self.part - 1) / 4, y + self.part / 4
        if self.kind == "month":
            return y + (self.part - 1) / 12, y + self.part / 12
        if self.kind == "months":
            return y, y + self.part / 12
        days = 366 if date(self.start, 12, 31).timetuple().tm_yday == 366 else 365
        day_of_year = date(self.start, self.part, self.day).timetuple().tm_yday
        return y + (day_of_year - 1) / days, y + day_of_year / days

    @property
    def series_kind(self) -> str:
        """Periods that belong in one series: whole years with whole years, halves with halves, the
        first five months of each year with each other ("months:5"), ranges with ranges."""
        return f"months:{self.part}" if self.kind == "months" else self.kind

    def follows(self, other: "Period") -> bool:
        """True when this period comes right after ``other`` in a regular series of its kind
        (2021 after 2020, 2021-Q1 after 2020-Q4, 2024-5M after 2023-5M). Dates and ranges never
        do: a line joins two of them only if nothing is missing between them, which is unknowable."""
        if self.series_kind != other.series_kind or self.kind in ("range", "date"):
            return False
        if self.kind in ("year", "months"):
            return self.start == other.start + 1
        per_year = {"half": 2, "quarter": 4, "month": 12}[self.kind]
        return self.start * per_year + self.part == other.start * per_year + other.part + 1

    def label(self, lang: str) -> str:
        vi = lang == "vi"
        if self.kind == "year":
            return str(self.start)
        if self.kind == "range":
            return f"{self.start}–{self.end}"
        if self.kind == "half":
            if vi:
                return f"6 tháng đầu năm {self.start}" if self.part == 1 else f"6 tháng cuối năm {self.start}"
            return f"H{self.part} {self.start}"
        if self.kind == "quarter":
            return f"Quý {self.part}/{self.start}" if vi else f"Q{self.part} {self.start}"
        if self.kind == "months":
            if vi:
                return f"{self.part} tháng đầu năm {self.start}"
            return f"Jan–{_EN_MONTHS[self.part - 1]} {self.start}" if self.part > 1 else f"Jan {self.start}"
        if self.kind == "month":
            return f"Tháng {self.part}/{self.start}" if vi else f"{_EN_MONTHS[self.part - 1]} {self.start}"
        return format_date_parts(self.start, self.part, self.day, lang)

    def short_label(self, lang: str) -> str:
        """Compact label for chart axes."""
        if self.kind == "half":
            if lang == "vi":
                return f"6T/{self.start}" if self.part == 1 else f"6T cuối/{self.start}"
            return f"H{self.part} {self.start}"
        if self.kind == "months":
            return f"{self.part}T/{self.start}" if lang == "vi" else f"{self.part}M {self.start}"
        if self.kind == "month" and lang == "vi":
            return f"T{self.part}/{self.start}"
        return self.label(lang)


_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]


def format_date_parts(year: int, month: int = 0, day: int = 0, lang: str = "vi") -> str:
    """A calendar date as people write it: ``01/07/2025`` / ``1 July 2025``; partial dates too."""
    if lang == "vi":
        if month and day:
            return f"{day:02d}/{month:02d}/{year}"
        if month:
            return f"{month:02d}/{year}"
        return str(year)
    if month and day:
        return f"{day} {_EN_MONTHS_LONG[month - 1]} {year}"
    if month:
        return f"{_EN_MONTHS_LONG[month - 1]} {year}"
    return str(year)


def format_iso_date(text: str, lang: str) -> str:
    """Format ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for display; other text is returned as is."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", text or "")
    if not m:
        return text or ""
    return format_date_parts(int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), lang)


def parse_period(text: str) -> Period:
    """Parse a period; raises :class:`PeriodError` with a readable reason."""
    t = (text or "").strip()
    for kind, rx in _PATTERNS:
        m = rx.match(t)
        if not m:
            continue
        y = int(m.group(1))
        if kind == "year":
            return Period(t, kind, y, y)
        if kind == "range":
            y2 = int(m.group(2))
            if y2 <= y:
                raise PeriodError(Message(QT_TRANSLATE_NOOP("Problems", "range '{text}' must end after it starts"), text=t))
            return Period(t, kind, y, y2)
        if kind == "date":
            return Period(t, kind, y, y, int(m.group(2)), int(m.group(3)))
        return Period(t, kind, y, y, int(m.group(2)))
    raise PeriodError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a period ({grammar})"), text=t,
                              grammar=Message(PERIOD_GRAMMAR)))
