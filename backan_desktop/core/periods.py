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
from datetime import date, datetime
from typing import Any, Optional

from .messages import QT_TRANSLATE_NOOP, Message, MessageError
from .readers.grid import cell_text
from .strings import match_key

_PATTERNS = [
    ("year", re.compile(r"^(\d{4})$")),
    ("range", re.compile(r"^(\d{4})-(\d{4})$")),
    ("half", re.compile(r"^(\d{4})-H([12])$")),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("months", re.compile(r"^(\d{4})-(1[01]|[1-9])M$")),
    ("month", re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")),
    ("date", re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")),
]

_PARTS_PER_YEAR = {"half": 2, "quarter": 4, "month": 12}

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

    def sort_key(self) -> tuple:
        """Chronological order by the end of the period; a whole year sorts after its parts."""
        end_month = 12 if self.kind in ("year", "range") else 12 // _PARTS_PER_YEAR.get(self.kind, 12) * self.part
        return (self.end, end_month, self.day, -self.start, self.text)

    def span(self) -> tuple[float, float]:
        """Start and end of the period in fractional years: 2021 is (2021.0, 2022.0), 2021-H2 is
        (2021.5, 2022.0), 2021-Q3 (2021.5, 2021.75), 2016-2020 (2016.0, 2021.0), a date one day wide.
        Months count as twelfths of a year, so positions on a time axis are in proportion to time."""
        y = float(self.start)
        if self.kind in ("year", "range"):
            return y, self.end + 1.0
        if self.kind in _PARTS_PER_YEAR:
            k = _PARTS_PER_YEAR[self.kind]
            return y + (self.part - 1) / k, y + self.part / k
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
        per_year = _PARTS_PER_YEAR[self.kind]
        return self.start * per_year + self.part == other.start * per_year + other.part + 1

    def label(self, lang: str) -> str:
        if self.kind == "year":
            return str(self.start)
        if self.kind == "range":
            return f"{self.start}–{self.end}"
        if self.kind == "date":
            return format_date_parts(self.start, self.part, self.day, lang)
        return self._written(_LABELS[lang])

    def short_label(self, lang: str) -> str:
        """Compact label for chart axes."""
        return self._written(_SHORT_LABELS[lang]) if self.kind in ("half", "months", "month") else self.label(lang)

    def _written(self, formats: dict) -> str:
        """The period in one language's ``formats`` (each takes the parts it writes)."""
        key = {"half": f"half{self.part}", "months": "months" if self.part > 1 else "months1"}.get(self.kind, self.kind)
        return formats[key].format(year=self.start, n=self.part, month=EN_MONTHS[self.part - 1][:3])


# how each language writes a period (per kind; {month}: the English month abbreviation) and a date
_LABELS = {
    "vi": {"half1": "6 tháng đầu năm {year}", "half2": "6 tháng cuối năm {year}", "quarter": "Quý {n}/{year}",
           "months": "{n} tháng đầu năm {year}", "months1": "{n} tháng đầu năm {year}", "month": "Tháng {n}/{year}"},
    "en": {"half1": "H1 {year}", "half2": "H2 {year}", "quarter": "Q{n} {year}",
           "months": "Jan–{month} {year}", "months1": "Jan {year}", "month": "{month} {year}"},
}
_SHORT_LABELS = {
    "vi": {"half1": "6T/{year}", "half2": "6T cuối/{year}", "months": "{n}T/{year}", "months1": "{n}T/{year}",
           "month": "T{n}/{year}"},
    "en": {"half1": "H1 {year}", "half2": "H2 {year}", "months": "{n}M {year}", "months1": "{n}M {year}",
           "month": "{month} {year}"},
}
_DATES = {   # (a day, a month) of a calendar date
    "vi": ("{day:02d}/{month:02d}/{year}", "{month:02d}/{year}"),
    "en": ("{day} {month_name} {year}", "{month_name} {year}"),
}

# English month names, the app's own table: parsing and labels never depend on the process locale
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def format_date_parts(year: int, month: int = 0, day: int = 0, lang: str = "vi") -> str:
    """A calendar date as people write it: ``01/07/2025`` / ``1 July 2025``; partial dates too."""
    if not month:
        return str(year)
    return _DATES[lang][0 if day else 1].format(year=year, month=month, day=day, month_name=EN_MONTHS[month - 1])


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
            try:
                date(y, int(m.group(2)), int(m.group(3)))
            except ValueError:           # 31 February: the form of a date, but no day of the calendar
                raise PeriodError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a day of the calendar"),
                                          text=t)) from None
            return Period(t, kind, y, y, int(m.group(2)), int(m.group(3)))
        return Period(t, kind, y, y, int(m.group(2)))
    raise PeriodError(Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a period ({grammar})"), text=t,
                              grammar=Message(PERIOD_GRAMMAR)))


# --- periods as spreadsheets write them ----------------------------------------------------------

_PRELIM = re.compile(r"(sơ bộ|so bo|prel\w*|ước tính|uoc tinh|ước|est\w*|\*)", re.I)
_HALF = re.compile(r"^(?:6\s*(?:tháng|thang|t)\s*(?:đầu\s*năm|dau\s*nam)?|h1|h 1|first half)\s*[/ -]?\s*(\d{4})$", re.I)
_MONTHS = re.compile(r"^(\d{1,2})\s*(?:tháng|thang|t|m)\s*(?:đầu\s*năm|dau\s*nam)?\s*[/ -]?\s*(\d{4})$", re.I)
_QUARTER = re.compile(r"^(?:q|quý|quy)\s*([1-4])\s*[/ -]?\s*(\d{4})$", re.I)
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_YEAR_MONTH_DAY = (re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T][\d:.]+)?$"),
                   re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T][\d:.]+$"))

# English month names and their three-letter abbreviations, matched without regard to case: the
# same on every machine, whatever the process locale says (strptime's %b/%B follow LC_TIME, which
# Qt sets from the desktop)
_MONTH_NUMBER = {**{m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}, **{m[:3].lower(): i + 1 for i, m in enumerate(EN_MONTHS)}}
_MONTH_NAME = "(" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + ")"
_NAMED_DATES = (   # (pattern, order of its groups as year, month, day)
    (re.compile(rf"^{_MONTH_NAME}\s+(\d{{1,2}}),?\s+(\d{{4}})$", re.I), (3, 1, 2)),   # Jan 5 2020, January 5, 2020
    (re.compile(rf"^(\d{{1,2}})\s+{_MONTH_NAME}\s+(\d{{4}})$", re.I), (3, 2, 1)),     # 5 Jan 2020
)
_NAMED_MONTH = re.compile(rf"^{_MONTH_NAME}\s+(\d{{4}})$", re.I)                        # Jan 2020, January 2020


def _iso_date(year: str, month: str, day: str) -> Optional[str]:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _month_of(name: str) -> int:
    return _MONTH_NUMBER[name.lower()]


# other ways a spreadsheet writes a period, tried in order: a form and the period it makes of its
# groups (None: not a period after all)
_SPREADSHEET_FORMS = (
    (_HALF, lambda m: f"{m.group(1)}-H1"),
    (_MONTHS, lambda m: f"{m.group(2)}-{int(m.group(1))}M" if 1 <= int(m.group(1)) <= 11 else None),
    (_QUARTER, lambda m: f"{m.group(2)}-Q{m.group(1)}"),
    (_MONTH_YEAR, lambda m: f"{m.group(2)}-{int(m.group(1)):02d}" if 1 <= int(m.group(1)) <= 12 else None),
    (_DAY_MONTH_YEAR, lambda m: _iso_date(m.group(3), m.group(2), m.group(1))),
    *((rx, lambda m: _iso_date(m.group(1), m.group(2), m.group(3))) for rx in _YEAR_MONTH_DAY),
    *((rx, lambda m, y=y, mo=mo, d=d: _iso_date(m.group(y), str(_month_of(m.group(mo))), m.group(d)))
      for rx, (y, mo, d) in _NAMED_DATES),
    (_NAMED_MONTH, lambda m: f"{m.group(2)}-{_month_of(m.group(1)):02d}"),
)


def normalise_period(text: Any) -> Optional[str]:
    """A period in the app's grammar from the ways spreadsheets write them, or None."""
    if isinstance(text, datetime):
        return text.date().isoformat()
    if isinstance(text, date):
        return text.isoformat()
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    if isinstance(text, int):
        return str(text) if 1800 <= text <= 2100 else None
    s = str(text).strip()
    s = re.sub(r"^(năm|nam|year|fy)\s+", "", s, flags=re.I)
    s = re.sub(r"\s*(\(?sơ bộ\)?|\(?so bo\)?|\(?prel\.?\w*\)?|\(?ước( tính)?\)?|\(?est\.?\w*\)?|\*+)\s*", " ", s, flags=re.I).strip()
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"\s*-\s*", "-", s)
    try:
        return parse_period(s).text
    except PeriodError:
        pass
    found = (period(m) for form, period in _SPREADSHEET_FORMS if (m := form.match(s)))
    return next((p for p in found if p), None)


def period_of_header(cell: Any) -> Optional[tuple[str, str]]:
    """(period, status) if a header cell names a period, e.g. '2020', 2020.0, 'Sơ bộ 2022', '6T/2021'."""
    text = cell_text(cell)
    if not text:
        return None
    p = normalise_period(text)
    if p is None:
        return None
    status = "preliminary" if _PRELIM.search(text) and not text.strip().isdigit() else ""
    if status and re.search(r"ước|uoc|est", match_key(text)):
        status = "estimate"
    return p, status
