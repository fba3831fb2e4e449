"""Recognising a table: its header row, the role of each column (from its heading's words), its
shape, the language of its headings, its unit and title lines above and notes below."""
from __future__ import annotations

import re
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..numbers import EN, VI, Evidence, NumberError, NumberStyle, fit_column, is_missing, parse_number
from ..periods import period_of_header
from ..problems import Problem
from ..readers import Grid, cell_text
from ..strings import match_key
from .options import ImportOptions

# header words (lower-case, without diacritics) that name a role
_ROLE_WORDS = {
    "period": ["period", "year", "nam", "ky", "thoi gian", "thoi ky", "date", "ngay", "giai doan", "time", "month",
               "thang", "quarter", "quy"],
    "value": ["value", "gia tri", "so lieu", "tri so", "so", "amount", "figure"],
    "indicator": ["indicator", "chi tieu", "series", "ten chi tieu", "measure", "noi dung", "item"],
    "area": ["area", "dia ban", "tinh", "huyen", "district", "province", "region", "vung", "dia phuong", "xa",
             "country", "quoc gia", "nuoc"],
    "unit": ["unit", "don vi", "dvt", "don vi tinh"],
    "status": ["status", "tinh trang", "loai so lieu"],
    "source": ["source", "nguon", "nguon so lieu"],
    "note": ["note", "ghi chu", "notes", "chu thich"],
    "category": ["category", "phan to", "nhom", "loai", "breakdown", "sector", "khu vuc", "nganh"],
}
_NOTE_START = re.compile(r"^\s*(\*|ghi chú|ghi chu|nguồn|nguon|note|source|chú thích|\(\d\)|\d\))", re.I)


def role_of(header: str) -> Optional[str]:
    h = match_key(header)
    if not h:
        return None
    # a header that is one role's word belongs to it, before any header that only starts or ends
    # with another role's word: 'Tình trạng' is the status (not an area: 'tỉnh'), 'Đơn vị tính' the
    # unit, 'Nguồn số liệu' the source (not the values: 'số liệu')
    return next((role for role, words in _ROLE_WORDS.items() if h in words), None) or \
        next((role for role, words in _ROLE_WORDS.items()
              if any(h.startswith(w + " ") or h.endswith(" " + w) for w in words if len(w) > 3)), None)


def year_column(header: str, periods: list) -> bool:
    """A column headed 'year'/'năm' whose dates all fall on 1 January holds years."""
    return match_key(header) in ("year", "nam", "years") and all(
        p is None or re.match(r"^\d{4}(-01-01)?$", p) for p in periods)


_UNIT_LINE = re.compile(r"^\s*(?:đơn vị tính|đơn vị|đvt|unit)\s*[:.]\s*(.+?)\s*$", re.I)


def unit_from_titles(rows: list[list[Any]]) -> Optional[str]:
    """'Đơn vị tính: Tỷ đồng' written above a table."""
    lines = (_UNIT_LINE.match(cell_text(v)) for r in rows for v in r)
    return next((m.group(1) for m in lines if m), None)


def title_from_titles(rows: list[list[Any]]) -> Optional[str]:
    """The first title line above a table that is not the unit line."""
    for r in rows:
        texts = [cell_text(v) for v in r if cell_text(v)]
        if len(texts) == 1 and not _UNIT_LINE.match(texts[0]) and len(texts[0]) > 3:
            return texts[0][:200]
    return None


def find_header(rows: list[list[Any]], limit: int = 40) -> int:
    """0-based index of the header row: the first row, among the top ones, whose filled cells
    are as many as the widest rows below it (title rows above have one or two cells)."""
    top = rows[:limit]
    if not top:
        return 0
    widths = [sum(not is_missing(v) for v in r) for r in top]
    widest = max(widths)
    for i, w in enumerate(widths):
        if w >= max(2, int(widest * 0.6)) and any(isinstance(v, str) and v.strip() for v in top[i]):
            return i
    return 0


def note_row(filled: list[Any]) -> bool:
    """Whether a row whose filled cells are ``filled`` is a note below the table (one filled cell,
    starting like 'Ghi chú:', '*', 'Nguồn:', or long, or not a number)."""
    first = cell_text(filled[0])
    return len(filled) == 1 and bool(_NOTE_START.match(first) or len(first) > 30 or not looks_numeric(first))


def looks_numeric(v: Any) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    for style in (VI, EN):
        try:
            if parse_number(v, style) is not None:
                return True
        except NumberError:
            continue
    return False

# header words (folded) that tell the headings' language, beyond Vietnamese letters
_EN_WORDS = {"year", "years", "value", "values", "country", "countries", "continent", "region", "province", "district",
             "area", "population", "pop", "total", "date", "month", "quarter", "period", "indicator", "series", "unit",
             "units", "source", "note", "notes", "status", "category", "sector", "amount", "price", "rate", "number",
             "name", "code", "type", "growth", "share", "count", "per", "capita", "income", "export", "exports",
             "import", "imports", "production", "output", "revenue", "investment", "index"}
_VI_WORDS = {"nam", "gia tri", "chi tieu", "don vi", "don vi tinh", "dvt", "dia ban", "tinh", "huyen", "xa", "nguon",
             "ghi chu", "so lieu", "ky", "thang", "quy", "tong so", "loai", "nhom", "nganh", "tong"}
_VI_LETTERS = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


def heading_language(rows: list[list[Any]]) -> Optional[NumberStyle]:
    """The number style the language of a table's headings suggests (title rows and the header
    row): Vietnamese letters or words → VI, English words → EN, None when they do not tell."""
    vi = en = 0
    for r in rows:
        for v in r:
            if not isinstance(v, str) or not v.strip():
                continue
            if _VI_LETTERS.search(v):
                vi += 1
                continue
            words = match_key(re.sub(r"([a-z])([A-Z])", r"\1 \2", v))
            if words in _VI_WORDS:
                vi += 1
            elif set(words.split()) & _EN_WORDS:
                en += 1
    return VI if vi > en else EN if en > vi else None


class FileEvidence:
    """The file's :class:`Evidence`, computed at most once and only when a column needs it: the
    columns that settle their reading in the first ``EVIDENCE_ROWS`` body rows, the headings'
    language and the encoding."""
    EVIDENCE_ROWS = 2000

    def __init__(self, rows: list[list[Any]], h: int, columns: list[str], encoding: str):
        self._body = rows[h + 1:h + 1 + self.EVIDENCE_ROWS]
        self._heads = rows[:h + 1]
        self._columns, self._encoding = columns, encoding
        self._value: Optional[Evidence] = None

    def __call__(self) -> Evidence:
        if self._value is None:
            votes = []
            for j, name in enumerate(self._columns):
                cells = [r[j] for r in self._body if j < len(r) and isinstance(r[j], str)]
                joined = "\x1f".join(cells)
                if "." not in joined and "," not in joined:
                    continue                      # no marks: nothing to tell (and no cost)
                fit = fit_column(cells)
                if fit.settled is not None and fit.numbers >= max(1, fit.cells / 2):
                    votes.append((name, fit.settled))
            self._value = Evidence(tuple(votes), heading_language(self._heads), self._encoding)
        return self._value


def _columns(header: list[Any]) -> list[str]:
    names, seen = [], {}
    for i, v in enumerate(header):
        name = cell_text(v) or f"column {i + 1}"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names


def find_col(columns: list[str], wanted: Optional[str], role: str, file: str, problems: list[Problem]) -> Optional[int]:
    if wanted:
        for i, c in enumerate(columns):
            if c == wanted or match_key(c) == match_key(wanted):
                return i
        if wanted.isdigit() and 1 <= int(wanted) <= len(columns):
            return int(wanted) - 1
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "no column '{column}' (columns: {columns})"),
                                              column=wanted, columns=", ".join(columns[:20]))))
        return None
    return next((i for i, c in enumerate(columns) if role_of(c) == role), None)


LONG_ROLES = ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")


def find_roles(columns: list[str], m, file: str, problems: list[Problem], roles=LONG_ROLES) -> dict[str, Optional[int]]:
    """The column of each role: the one the mapping names (period, value, indicator, area), else
    the first whose heading says it."""
    return {role: find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area")
                           else None, role, file, problems) for role in roles}


def recognise(grid: Grid, opts: ImportOptions) -> tuple[str, int, list[str], list[Problem]]:
    """(shape, header index, column names, problems) — the shape is '' when it cannot be told."""
    m = opts.mapping
    rows = grid.rows
    problems: list[Problem] = []
    if not rows:
        return "", 0, [], [Problem(grid.file, Message(QT_TRANSLATE_NOOP("Problems", "the table is empty")))]
    h = (m.header_row - 1) if m.header_row else find_header(rows)
    if h >= len(rows):
        return "", 0, [], [Problem(grid.file, Message(QT_TRANSLATE_NOOP("Problems", "header row {row} is past the end of "
                                                                                    "the table"), row=m.header_row))]
    columns = _columns(rows[h])
    if m.shape:
        return m.shape, h, columns, problems
    period_headers = [i for i, c in enumerate(rows[h]) if i > 0 and period_of_header(c)]
    if len(period_headers) >= 2 and not (m.period_col or m.value_col):
        return "yearbook", h, columns, problems
    roles = find_roles(columns, m, grid.file, problems, ("period", "value", "indicator", "area"))
    if problems:
        return "", h, columns, problems
    if roles["period"] is not None and roles["value"] is not None:
        return "long", h, columns, problems
    if roles["period"] is not None:
        return "wide", h, columns, problems
    return "", h, columns, [Problem(grid.file, Message(QT_TRANSLATE_NOOP(
        "Problems", "cannot tell which column holds the periods (years) and which the values: map them (--period-col, "
                    "--value-col, --indicator-col)")), h + 1, 1)]
