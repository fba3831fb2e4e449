"""Import a spreadsheet (CSV/XLSX) or a data package into the user's library.

The pipeline is pure (no Qt) and runs on a worker thread:

1. read the file into a grid (``readers``);
2. recognise its shape — long/tidy (one row per figure), wide (a period column and one column
   per series, optionally an area/entity column) or yearbook (series as rows, periods as
   columns, title rows above, notes below) — or use the caller's mapping;
3. normalise into tidy rows (indicator, area, period, category, value, unit, status, source,
   note), reading numbers by the column's decimal mark and periods by the app's grammar;
4. validate and compare with what the library holds (:class:`ChangeSummary`).

Nothing is written until :func:`backan_desktop.core.userdata.commit_import` is called.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

from .numbers import (EN, VI, Evidence, NumberError, NumberStyle, Reading, choose_reading, decimals_written, fit_column,
                      is_missing, parse_number, parse_numbers)
from .messages import QT_TRANSLATE_NOOP, Message
from .problems import Cancelled, Problem
from .strings import match_key, nfc
from .vocab import STATUS_WORDS, STATUSES
from .periods import PeriodError, parse_period
from .readers import Coded, Grid, cell_text, read_csv_coded, read_csv_grid, read_xlsx_grid

SHAPES = ("long", "wide", "yearbook")
# the words a status cell may hold, as a problem lists them (STATUS_WORDS below takes Vietnamese too)
STATUS_CHOICES = QT_TRANSLATE_NOOP("Problems", "official, preliminary, estimate, target")
TIDY_COLUMNS = ["indicator", "area", "period", "category", "value", "unit", "status", "source", "note"]
MAX_PROBLEMS = 200

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
_PRELIM = re.compile(r"(sơ bộ|so bo|prel\w*|ước tính|uoc tinh|ước|est\w*|\*)", re.I)
_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", match_key(text)).strip("-")
    return s[:48] or "dataset"


@dataclass
class Mapping:
    """What the user (or the CLI options) says about the file; None = recognise automatically."""
    shape: Optional[str] = None
    period_col: Optional[str] = None
    value_col: Optional[str] = None
    indicator_col: Optional[str] = None
    area_col: Optional[str] = None
    unit: Optional[str] = None
    header_row: Optional[int] = None      # 1-based file row of the header
    decimal: Optional[str] = None         # "," or "."; None = decided per column from its values
    decimals: dict[str, str] = field(default_factory=dict)   # column name → "," or ".", over ``decimal``


@dataclass
class ImportOptions:
    dataset_id: Optional[str] = None
    title: Optional[str] = None
    section: Optional[str] = None
    encoding: Optional[str] = None
    delimiter: Optional[str] = None
    sheet: Optional[str] = None
    source: Optional[str] = None          # text for the source column when the file has none
    status: str = "official"
    mapping: Mapping = field(default_factory=Mapping)


@dataclass
class ChangeSummary:
    new_series: list[str] = field(default_factory=list)
    changed: list[tuple[str, str, str, float, float]] = field(default_factory=list)   # key parts, old, new
    removed: int = 0
    added_rows: int = 0
    replaces_existing: bool = False

    def lines(self, lang: str = "en", limit: int = 20) -> list[str]:
        vi = lang == "vi"
        out = []
        if self.replaces_existing:
            out.append("thay thế bộ dữ liệu đã nhập trước với cùng mã" if vi else
                       "replaces the dataset already imported under this id")
        if vi:
            out.append(f"{self.added_rows} dòng; {len(self.new_series)} chỉ tiêu mới; {len(self.changed)} giá trị thay đổi; "
                       f"{self.removed} dòng bị bỏ")
        else:
            out.append(f"{self.added_rows} rows; {len(self.new_series)} new series; {len(self.changed)} changed values; "
                       f"{self.removed} rows removed")
        for s in self.new_series[:limit]:
            out.append(f"  {'chỉ tiêu mới' if vi else 'new series'}: {s}")
        for ind, area, period, old, new in self.changed[:limit]:
            out.append(f"  {'thay đổi' if vi else 'changed'}: {ind} · {area} · {period}: {old:g} → {new:g}")
        return out


_READING_TEXT = {
    "en": {
        ".": "decimal point", ",": "decimal comma", "short.": "decimal point", "short,": "decimal comma",
        "head": "Numbers in {cols}: {style}",
        "plain": "Numbers in {cols}: no decimal or thousands marks (both readings give the same numbers)",
        "none": "Numbers in {cols}: no value reads as a number",
        "value": ", '{example}' read as {value}",
        "chosen": " — as you chose",
        "only": " — only that reading fits every value (e.g. '{example}')",
        "fewer": " — it reads more of the values than a {other} would; the others are listed as problems",
        "both": " — every value fits both readings; ",
        "both_sample": " — the first {n} values fit both readings; ",
        "plain_sample": "Numbers in {cols}: no decimal or thousands marks in the first {n} values; every later value "
                        "reads with a {style}",
        "columns": "the file's other columns ({detail}) use a {style}",
        "header_vi": "the headings are in Vietnamese", "header_en": "the headings are in English",
        "encoding": "the file is saved as {detail} (Vietnamese)",
        "default": "nothing else in the file tells them apart, so they are read the Vietnamese way",
        "sample": "; every later value reads that way too",
        "more": "{first} … {last} ({n} columns)",
    },
    "vi": {
        ".": "dấu thập phân là dấu chấm", ",": "dấu thập phân là dấu phẩy",
        "short.": "dấu chấm thập phân", "short,": "dấu phẩy thập phân",
        "head": "Số trong cột {cols}: {style}",
        "plain": "Số trong cột {cols}: không có dấu thập phân hay dấu phân cách hàng nghìn (hai cách đọc cho cùng "
                 "một số)",
        "none": "Số trong cột {cols}: không giá trị nào đọc được thành số",
        "value": ", '{example}' đọc là {value}",
        "chosen": " — theo lựa chọn của bạn",
        "only": " — chỉ cách đọc này khớp mọi giá trị (vd. '{example}')",
        "fewer": " — đọc được nhiều giá trị hơn cách đọc kia; các ô còn lại được liệt kê là lỗi",
        "both": " — mọi giá trị đều khớp cả hai cách đọc; ",
        "both_sample": " — {n} giá trị đầu tiên khớp cả hai cách đọc; ",
        "plain_sample": "Số trong cột {cols}: {n} giá trị đầu tiên không có dấu thập phân hay dấu phân cách hàng nghìn; "
                        "mọi giá trị sau đọc được với {style}",
        "columns": "các cột khác của tệp ({detail}) dùng {style}",
        "header_vi": "tiêu đề bảng bằng tiếng Việt", "header_en": "tiêu đề bảng bằng tiếng Anh",
        "encoding": "tệp được lưu bằng bảng mã {detail} (tiếng Việt)",
        "default": "tệp không cho biết gì thêm nên đọc theo kiểu Việt Nam",
        "sample": "; mọi giá trị sau cũng đọc được theo cách này",
        "more": "{first} … {last} ({n} cột)",
    },
}


def reading_lines(readings: list[Reading], lang: str = "en") -> list[str]:
    """One line per way of reading numbers, naming its columns, the choice and why: what the
    review dialog and the CLI show (``lang``: "vi" or "en")."""
    t = _READING_TEXT["vi" if lang == "vi" else "en"]
    groups: dict[tuple, list[Reading]] = {}
    for r in readings:
        groups.setdefault((r.style.decimal, r.reason, r.detail, r.sample), []).append(r)
    out = []
    for (mark, reason, detail, sample), rs in groups.items():
        names = [c for r in rs for c in r.columns]
        cols = ", ".join(names) if len(names) <= 4 else t["more"].format(first=names[0], last=names[-1], n=len(names))
        first = rs[0]
        n = f"{sample:,}".replace(",", "." if lang == "vi" else ",")
        if reason == "none":
            line = t["none"].format(cols=cols)
        elif reason == "plain":
            line = t["plain_sample" if sample else "plain"].format(cols=cols, n=n, style=t["short" + mark])
        else:
            line = t["head"].format(cols=cols, style=t[mark])
            if first.example and reason != "only":
                line += t["value"].format(example=first.example, value=_shown(first.example, first.style, lang))
            if reason in ("chosen", "only", "fewer"):
                line += t[reason].format(example=first.example, other=t["short" + ("," if mark == "." else ".")])
            else:
                why = {"columns": t["columns"], "header": t["header_" + ("vi" if first.style is VI else "en")],
                       "encoding": t["encoding"], "default": t["default"]}[reason]
                line += t["both_sample" if sample else "both"].format(n=n) + why.format(detail=detail, style=t["short" + mark])
                if sample:
                    line += t["sample"]
        out.append(line)
    return out


def _shown(text: str, style: NumberStyle, lang: str) -> str:
    """A cell's number as read, without grouping, with the UI language's decimal mark: '12.829'
    read the Vietnamese way is 12829 in both languages; read the English way, 12.829 / 12,829."""
    try:
        value = parse_number(text, style)
    except NumberError:
        return text
    if value is None:
        return text
    shown = f"{value:.{decimals_written(text, style)}f}"
    return shown.replace(".", ",") if lang == "vi" else shown


@dataclass
class ImportPreview:
    """Everything the user reviews before anything is written."""
    source_path: Path
    dataset_id: str
    title: str
    shape: str
    columns: list[str]
    rows: Any                         # pandas DataFrame with TIDY_COLUMNS + decimals + file_row
    problems: list[Problem]
    summary: ChangeSummary = field(default_factory=ChangeSummary)
    encoding: str = ""
    sheet: str = ""
    notes: list[str] = field(default_factory=list)
    section: str = ""
    kind: str = "table"               # "table" (spreadsheet) or "package"
    package_dir: Optional[Path] = None
    readings: list[Reading] = field(default_factory=list)   # how each column's numbers were read

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportError_(Exception):
    pass


# --- shape recognition ---------------------------------------------------------------------------

def _role_of(header: str) -> Optional[str]:
    h = match_key(header)
    if not h:
        return None
    # a header that is one role's word belongs to it, before any header that only starts or ends
    # with another role's word: 'Tình trạng' is the status (not an area: 'tỉnh'), 'Đơn vị tính' the
    # unit, 'Nguồn số liệu' the source (not the values: 'số liệu')
    for role, words in _ROLE_WORDS.items():
        if h in words:
            return role
    for role, words in _ROLE_WORDS.items():
        if any(h.startswith(w + " ") or h.endswith(" " + w) for w in words if len(w) > 3):
            return role
    return None


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


_HALF = re.compile(r"^(?:6\s*(?:tháng|thang|t)\s*(?:đầu\s*năm|dau\s*nam)?|h1|h 1|first half)\s*[/ -]?\s*(\d{4})$", re.I)
_MONTHS = re.compile(r"^(\d{1,2})\s*(?:tháng|thang|t|m)\s*(?:đầu\s*năm|dau\s*nam)?\s*[/ -]?\s*(\d{4})$", re.I)


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
    m = _HALF.match(s)
    if m:
        return f"{m.group(1)}-H1"
    m = _MONTHS.match(s)
    if m and 1 <= int(m.group(1)) <= 11:
        return f"{m.group(2)}-{int(m.group(1))}M"
    m = re.match(r"^(?:q|quý|quy)\s*([1-4])\s*[/ -]?\s*(\d{4})$", s, re.I)
    if m:
        return f"{m.group(2)}-Q{m.group(1)}"
    m = re.match(r"^(\d{1,2})[/.](\d{4})$", s)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", s)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    m = re.match(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T][\d:.]+)?$", s) or \
        re.match(r"^(\d{4})-(\d{2})-(\d{2})[ T][\d:.]+$", s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    for fmt in ("%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    for fmt in ("%b %Y", "%B %Y"):
        try:
            d = datetime.strptime(s, fmt)
            return f"{d.year}-{d.month:02d}"
        except ValueError:
            continue
    return None


def _year_column(header: str, periods: list) -> bool:
    """A column headed 'year'/'năm' whose dates all fall on 1 January holds years."""
    return match_key(header) in ("year", "nam", "years") and all(
        p is None or re.match(r"^\d{4}(-01-01)?$", p) for p in periods)


_UNIT_LINE = re.compile(r"^\s*(?:đơn vị tính|đơn vị|đvt|unit)\s*[:.]\s*(.+?)\s*$", re.I)


def unit_from_titles(rows: list[list[Any]]) -> Optional[str]:
    """'Đơn vị tính: Tỷ đồng' written above a table."""
    for r in rows:
        for v in r:
            m = _UNIT_LINE.match(cell_text(v))
            if m:
                return m.group(1)
    return None


def title_from_titles(rows: list[list[Any]]) -> Optional[str]:
    """The first title line above a table that is not the unit line."""
    for r in rows:
        texts = [cell_text(v) for v in r if cell_text(v)]
        if len(texts) == 1 and not _UNIT_LINE.match(texts[0]) and len(texts[0]) > 3:
            return texts[0][:200]
    return None


def _nonempty(row) -> int:
    return sum(1 for v in row if not is_missing(v if not isinstance(v, str) else v.strip() or None))


def find_header(rows: list[list[Any]], limit: int = 40) -> int:
    """0-based index of the header row: the first row, among the top ones, whose filled cells
    are as many as the widest rows below it (title rows above have one or two cells)."""
    top = rows[:limit]
    if not top:
        return 0
    widths = [_nonempty(r) for r in top]
    widest = max(widths)
    for i, w in enumerate(widths):
        if w >= max(2, int(widest * 0.6)) and any(isinstance(v, str) and v.strip() for v in top[i]):
            return i
    return 0


def _split_notes(body: list[list[Any]]) -> tuple[list[list[Any]], list[str]]:
    """Trailing rows that are notes (one filled cell, or starting like 'Ghi chú:', '*', 'Nguồn:')."""
    notes = []
    while body:
        last = body[-1]
        filled = [v for v in last if not is_missing(v if not isinstance(v, str) else v.strip() or None)]
        if not filled:
            body = body[:-1]
            continue
        first = cell_text(filled[0])
        if len(filled) == 1 and (_NOTE_START.match(first) or len(first) > 30 or not _looks_numeric(first)):
            notes.insert(0, first)
            body = body[:-1]
            continue
        break
    return body, notes


def _looks_numeric(v: Any) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    for style in (VI, EN):
        try:
            if parse_number(v, style) is not None:
                return True
        except NumberError:
            continue
    return False


# --- normalising -----------------------------------------------------------------------------------

class _Collector:
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
            self.problem(_bad_value(exc.message), file_row, col)
            return
        if value is None:
            return                      # a blank, '-' or '..' cell: no figure
        period = normalise_period(period_raw)
        if period is None:
            self.problem(_bad_period(cell_text(period_raw)[:40]), file_row, period_col or col)
            return
        ind = (indicator or "").strip()
        if not ind:
            self.problem(Message(QT_TRANSLATE_NOOP("Problems", "the series has no name")), file_row, 1)
            return
        st = (status or self.status).strip().lower()
        st = STATUS_WORDS.get(st, st)
        if st not in STATUSES:
            self.problem(_bad_status(status), file_row, status_col or col)
            return
        self.rows.append({"indicator": ind, "area": (area or "").strip(), "period": period,
                          "category": (category or "").strip(), "value": value,
                          "unit": (unit or self.unit or "").strip(), "status": st,
                          "source": (source or self.source).strip(), "note": (note or "").strip(),
                          "decimals": decimals_written(raw_value, style), "file_row": file_row})


def _bad_value(reason) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "value: {reason}"), reason=reason)


def _bad_period(text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "period: '{text}' is not a year or period"), text=text)


def _bad_status(text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "status: '{text}' is not one of {allowed}"), text=text,
                   allowed=Message(STATUS_CHOICES))


def _map_period_and_value() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "map the period and value columns (--period-col, --value-col)"))


def _no_figures() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "no figures found in the table"))


def _read_as(name: str, cells, mapping: Mapping, evidence, col: Optional[_Collector] = None,
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


class _FileEvidence:
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
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def _find_col(columns: list[str], wanted: Optional[str], role: str, file: str, problems: list[Problem]) -> Optional[int]:
    if wanted:
        for i, c in enumerate(columns):
            if c == wanted or match_key(c) == match_key(wanted):
                return i
        if wanted.isdigit() and 1 <= int(wanted) <= len(columns):
            return int(wanted) - 1
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "no column '{column}' (columns: {columns})"),
                                              column=wanted, columns=", ".join(columns[:20]))))
        return None
    for i, c in enumerate(columns):
        if _role_of(c) == role:
            return i
    return None


def grid_rows(grid: Grid) -> list[list[Any]]:
    if grid.frame is not None:
        return grid.frame.values.tolist()
    return grid.rows


def recognise(grid: Grid, opts: ImportOptions) -> tuple[str, int, list[str], list[Problem]]:
    """(shape, header index, column names, problems) — the shape is '' when it cannot be told."""
    m = opts.mapping
    rows = grid_rows(grid) if grid.frame is None else grid.frame.head(60).values.tolist()
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
    roles = {role: _find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                             role, grid.file, problems) for role in ("period", "value", "indicator", "area")}
    if problems:
        return "", h, columns, problems
    if roles["period"] is not None and roles["value"] is not None:
        return "long", h, columns, problems
    if roles["period"] is not None:
        return "wide", h, columns, problems
    return "", h, columns, [Problem(grid.file, Message(QT_TRANSLATE_NOOP(
        "Problems", "cannot tell which column holds the periods (years) and which the values: map them (--period-col, "
                    "--value-col, --indicator-col)")), h + 1, 1)]


def normalise(grid: Grid, opts: ImportOptions, shape: str, h: int, columns: list[str],
              cancel=None, progress=None) -> tuple[Any, list[Problem], list[str], list[Reading]]:
    """Tidy rows (DataFrame) from the grid, with problems (file row/column), notes found and how
    each column's numbers were read."""
    m = opts.mapping
    col = _Collector(grid.file, opts.source or grid.file, opts.status, m.unit or "")
    head = grid.rows if grid.frame is None else grid.frame.head(h + 1 + _FileEvidence.EVIDENCE_ROWS).values.tolist()
    evidence = _FileEvidence(head, h, columns, grid.encoding)
    frame, problems, notes = _normalise(grid, opts, shape, h, columns, col, evidence, cancel, progress)
    return frame, problems, notes, col.readings


def _normalise(grid: Grid, opts: ImportOptions, shape: str, h: int, columns: list[str], col: _Collector,
               evidence: _FileEvidence, cancel=None, progress=None):
    import pandas as pd

    m = opts.mapping
    file = grid.file
    if grid.path is not None:
        if shape == "long":
            fast = _normalise_long_fast(grid, opts, h, columns, col, evidence, cancel, progress)
            if fast is not None:
                return fast
            col.readings.clear()
        # slow but precise: every cell as text, problems with rows and columns
        from .readers import _read_big_csv, decode

        def checkpoint() -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled()

        checkpoint()
        raw = grid.path.read_bytes()
        # the encoding was decided from the file's head: a bad byte further on is reported with its line
        decoded = decode(raw, file, grid.encoding, col.problems)
        del raw
        if decoded is None:
            return pd.DataFrame(columns=TIDY_COLUMNS + ["decimals", "file_row"]), col.problems, []
        checkpoint()
        frame = _read_big_csv(decoded[0], grid.delimiter, file, col.problems, skip=h)
        if frame is None:
            return pd.DataFrame(columns=TIDY_COLUMNS + ["decimals", "file_row"]), col.problems, []
        checkpoint()
        grid.frame, grid.path, grid.rows = frame, None, []
        if shape == "long":
            return _normalise_long_frame(grid, opts, h, columns, col, evidence, checkpoint)
    if grid.frame is not None and shape == "long":
        return _normalise_long_frame(grid, opts, h, columns, col, evidence)
    rows = grid_rows(grid)
    body, notes = _split_notes(rows[h + 1:])
    first_row = h + 2          # file row of body[0]
    if not col.unit:
        col.unit = unit_from_titles(rows[:h]) or ""

    if shape == "yearbook":
        header = rows[h]
        periods = {i: period_of_header(c) for i, c in enumerate(header)}
        pcols = [i for i, p in periods.items() if p and i > 0]
        unit_col = next((i for i, c in enumerate(columns) if _role_of(c) == "unit" and i not in pcols), None)
        label_cols = [i for i in range(min(pcols)) if i != unit_col] or [0]
        styles = {i: _read_as(columns[i], [r[i] for r in body if i < len(r)], m, evidence, col).style for i in pcols}
        section_label = ""
        for k, r in enumerate(body):
            r = list(r) + [None] * (len(header) - len(r))
            labels = [cell_text(r[i]) for i in label_cols if cell_text(r[i])]
            values = [r[i] for i in pcols]
            if labels and all(is_missing(v) or (isinstance(v, str) and not v.strip()) for v in values):
                section_label = labels[0]       # a group heading row ("Chia theo khu vực kinh tế")
                continue
            if not labels:
                continue
            indicator = " – ".join(labels)
            unit = cell_text(r[unit_col]) if unit_col is not None else ""
            for i in pcols:
                period, status = periods[i]
                col.add(first_row + k, i + 1, r[i], styles[i], indicator, period, unit=unit,
                        status=status or "", category="", period_col=i + 1,
                        note=section_label and f"{section_label}")
    elif shape == "long":
        idx = {role: _find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                               role, file, col.problems)
               for role in ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")}
        if idx["period"] is None or idx["value"] is None:
            col.problem(_map_period_and_value())
        else:
            style = _read_as(columns[idx["value"]], [r[idx["value"]] for r in body if idx["value"] < len(r)], m,
                             evidence, col).style
            default_ind = opts.title or Path(file).stem
            for k, r in enumerate(body):
                if grid.encoding and len(r) > len(columns) and any(cell_text(v).strip() for v in r[len(columns):]):
                    # a CSV row longer than its header: an unquoted comma has shifted its cells, or
                    # they would be lost — the big-file reader refuses such a row too
                    col.problem(Message(QT_TRANSLATE_NOOP("Problems", "the row has {n} cells but the header has "
                                                                      "{expected}"), n=len(r), expected=len(columns)),
                                first_row + k, len(columns) + 1)
                    continue
                r = list(r) + [None] * (len(columns) - len(r))
                if all(is_missing(v if not isinstance(v, str) else v.strip() or None) for v in r):
                    continue
                get = lambda role: cell_text(r[idx[role]]) if idx[role] is not None else ""  # noqa: E731
                col.add(first_row + k, idx["value"] + 1, r[idx["value"]], style, get("indicator") or default_ind,
                        r[idx["period"]], area=get("area"), category=get("category"), unit=get("unit"),
                        status=get("status"), source=get("source"), note=get("note"), period_col=idx["period"] + 1,
                        status_col=idx["status"] + 1 if idx["status"] is not None else None)
    elif shape == "wide":
        p = _find_col(columns, m.period_col, "period", file, col.problems)
        area = _find_col(columns, m.area_col, "area", file, col.problems)
        if p is None:
            col.problem(Message(QT_TRANSLATE_NOOP("Problems", "map the period column (--period-col)")))
        else:
            others = [i for i in range(len(columns)) if i not in (p, area)]
            numeric = {i: sum(1 for r in body if i < len(r) and _looks_numeric(r[i])) for i in others}
            filled = {i: sum(1 for r in body if i < len(r) and not is_missing(r[i] if not isinstance(r[i], str) else r[i].strip() or None))
                      for i in others}
            measures = [i for i in others if numeric[i] and numeric[i] >= max(1, filled[i] * 0.8)]
            # text columns beside the measures are dimensions: the area, or a breakdown ("source", "sector"…)
            dims = [i for i in others if i not in measures and filled[i]]
            if not measures:
                col.problem(Message(QT_TRANSLATE_NOOP("Problems", "no column of numbers next to the period column")),
                            h + 1, 1)
            styles = {i: _read_as(columns[i], [r[i] for r in body if i < len(r)], m, evidence, col).style
                      for i in measures}
            period_cells = [normalise_period(r[p]) if p < len(r) else None for r in body]
            as_years = _year_column(columns[p], period_cells)
            for k, r in enumerate(body):
                r = list(r) + [None] * (len(columns) - len(r))
                period = period_cells[k][:4] if as_years and period_cells[k] else r[p]
                category = " · ".join(cell_text(r[i]) for i in dims if cell_text(r[i]))
                for i in measures:
                    col.add(first_row + k, i + 1, r[i], styles[i], columns[i], period,
                            area=cell_text(r[area]) if area is not None else "", category=category,
                            period_col=p + 1)
    else:
        col.problem(Message(QT_TRANSLATE_NOOP("Problems", "unknown shape '{shape}' (use long, wide or yearbook)"),
                            shape=shape))

    frame = pd.DataFrame(col.rows, columns=TIDY_COLUMNS + ["decimals", "file_row"])
    _check_duplicates(frame, file, col)
    if frame.empty and not col.problems:
        col.problem(_no_figures(), h + 1, 1)
    return frame, col.problems, notes


def _normalise_long_fast(grid: Grid, opts: ImportOptions, h: int, columns: list[str], col: _Collector,
                         evidence=None, cancel=None, progress=None):
    """A big long-format CSV through :func:`readers.read_csv_coded` (pandas' C parser on byte ranges,
    on all cores): the mapped text columns arrive as codes into their distinct values, so every
    later step (trimming, defaults, periods, statuses, repeated keys) works on those instead of on a
    million cells; values arrive as floats with the decimal mark decided from the sampled head (as
    text, checked by parse_numbers, when the column uses thousands separators). Returns None when a
    value cell is not a number under that reading, a row is malformed or a cell holds a NUL byte:
    the caller then reads the file cell by cell, decides the reading from every value and reports
    the row and column. So a result from here always has the reading the precise path would choose:
    every value parses under it, and the head either settles it or fits both readings (then the
    rest of the file decides, the same on both paths)."""
    import numpy as np
    import pandas as pd

    from .numbers import MISSING

    m = opts.mapping
    file = grid.file
    idx = {role: _find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                           role, file, col.problems)
           for role in ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")}
    if idx["period"] is None or idx["value"] is None or col.problems:
        return None
    sample = [r[idx["value"]] for r in grid.rows[h + 1:] if idx["value"] < len(r)]
    reading = _read_as(columns[idx["value"]], sample, m, evidence, sample=len(sample))
    style = reading.style
    written = [decimals_written(v, style) for v in sample[:5000] if not is_missing(v)]
    usual = max(set(written), key=written.count) if written else 0     # the column's usual decimals
    names = list(columns)
    value_name = names[idx["value"]]
    period_name = names[idx["period"]]
    text_names = [names[idx[r]] for r in ("indicator", "area", "unit", "status", "source", "note", "category")
                  if idx[r] is not None]
    # a column whose sample is mostly distinct values (free-text notes, row ids) is read as plain
    # text: codes into a million distinct values would cost more than they save
    body = grid.rows[h + 1:]
    many = []
    if len(body) >= 200:
        for role in ("indicator", "area", "source", "note", "category", "unit"):
            j = idx[role]
            if j is not None and len({r[j] for r in body if j < len(r)}) > 0.5 * len(body):
                many.append(names[j])
    enc = "utf-8-sig" if grid.encoding in ("utf-8", "utf-8-sig") else grid.encoding
    grouped = any(style.thousands in str(v) for v in sample[:5000])
    try:
        # blank lines are kept (and dropped below with the empty values) so that row numbers stay
        # the file's; a row with more cells than the header makes the reader raise. Values written
        # with thousands separators are read as text: pandas' own thousands option would read a
        # stray '1.5' in a '1.234,5' column as 15
        cols = read_csv_coded(grid.path, names, h + 1, grid.delimiter, enc,
                              text=[c for c in text_names if c not in many], loose=[period_name],
                              raw=many + ([value_name] if grouped else []), floats=[] if grouped else [value_name],
                              cancel=cancel, progress=progress,
                              na_values={value_name: sorted(MISSING)}, decimal=style.decimal)
    except (ValueError, TypeError, pd.errors.ParserError, UnicodeDecodeError, OverflowError):
        return None
    # a NUL byte is binary content (the C parser keeps it in the cell): the precise path reports it
    # with its line. Checked on the distinct values, so it costs nothing on a normal file.
    for name, column in cols.items():
        if isinstance(column, Coded):
            if any(isinstance(v, str) and "\x00" in v for v in column.values):
                return None
        elif column.dtype == object and any("\x00" in v for v in column if isinstance(v, str)):
            return None
    if grouped:
        cells = pd.Series(cols[value_name], dtype=object)
        values, _missing, bad = parse_numbers(cells, style)
        n = len(values)
        if bad.any():
            return None              # the precise path weighs both readings on every value
    else:
        values = cols[value_name]
        n = len(values)
    file_rows = np.arange(h + 2, h + 2 + n)
    if not np.isfinite(values).any() and not col.problems:
        col.problem(_no_figures(), h + 1, 1)
    if np.isinf(values).any():
        for pos in np.flatnonzero(np.isinf(values))[:20]:
            col.problem(_bad_value(Message(QT_TRANSLATE_NOOP("Problems", "infinite values are not allowed"))),
                        int(file_rows[pos]), idx["value"] + 1)

    def recode(role, default="", convert=None):
        """(codes, categories) of a mapped column after trimming and NFC, empty or absent cells as
        ``default`` and ``convert`` applied — all on the distinct values only."""
        if idx[role] is None:
            return np.zeros(n, dtype=np.int32), [default]
        c = cols[names[idx[role]]]
        if not isinstance(c, Coded):
            return _code_plain_text(c, default)
        text = [(nfc(v.strip()) if isinstance(v, str) else v) for v in c.values]
        text = [default if isinstance(v, str) and not v else v for v in text]
        text.append(default)                      # where code -1 (a short row) lands
        if convert is not None:
            text = [convert(v) for v in text]
        uniq = list(dict.fromkeys(text))
        pos = {v: i for i, v in enumerate(uniq)}
        remap = np.array([pos[v] for v in text], dtype=np.int32)
        return remap[c.codes], uniq

    # periods: normalised once per distinct text; None marks a cell that is not a period
    pcodes, pcats = recode("period", "", lambda v: normalise_period(v) if v else None)
    bad_code = np.array([p is None for p in pcats])
    bad_period = bad_code[pcodes] & ~np.isnan(values)
    if bad_period.any():
        raw = cols[period_name]
        for pos in np.flatnonzero(bad_period)[:50]:
            code = int(raw.codes[pos])
            text = str(raw.values[code]) if code >= 0 else ""
            col.problem(_bad_period(text[:40]), int(file_rows[pos]), idx["period"] + 1)
    keep = ~np.isnan(values) & ~bad_code[pcodes]
    everything = bool(keep.all())
    kept = int(keep.sum())

    coded = {
        "indicator": recode("indicator", opts.title or Path(file).stem),
        "area": recode("area"),
        "period": (pcodes, pcats),
        "category": recode("category"),
        "unit": recode("unit", m.unit or ""),
        "status": recode("status", opts.status, lambda v: STATUS_WORDS.get(v.lower(), v.lower())),
        "source": recode("source", opts.source or file),
        "note": recode("note"),
    }
    if not everything:
        coded = {k: (codes[keep], cats) for k, (codes, cats) in coded.items()}
        values, file_rows = values[keep], file_rows[keep]
    if bad_code.any():                            # no kept row is coded as a non-period any more
        good = [i for i, p in enumerate(pcats) if p is not None]
        renumber = np.zeros(len(pcats), dtype=np.int32)
        renumber[good] = np.arange(len(good), dtype=np.int32)
        coded["period"] = (renumber[coded["period"][0]], [pcats[i] for i in good])

    scodes, scats = coded["status"]
    bad_status = np.array([s not in STATUSES for s in scats])
    if bad_status.any():
        for pos in np.flatnonzero(bad_status[scodes])[:20]:
            col.problem(_bad_status(scats[scodes[pos]]), int(file_rows[pos]), (idx["status"] or 0) + 1)

    # repeated keys: the four codes folded into one integer per row (refactorised before it could
    # overflow); the precise check, with the rows named, runs only when that finds repeats
    key = np.zeros(kept, dtype=np.int64)
    size = 1
    for role in ("indicator", "area", "category", "period"):
        codes, cats = coded[role]
        if size * len(cats) >= 2**62:
            key, uniq = pd.factorize(key)
            size = max(1, len(uniq))
        key = key * len(cats) + codes
        size *= len(cats)
    maybe_repeats = bool(pd.Series(key).duplicated().any())

    frame = pd.DataFrame({
        **{k: pd.Categorical.from_codes(codes, categories=cats, validate=False)
           for k, (codes, cats) in coded.items() if k in ("indicator", "area", "period", "category")},
        "value": values,
        **{k: pd.Categorical.from_codes(codes, categories=cats, validate=False)
           for k, (codes, cats) in coded.items() if k in ("unit", "status", "source", "note")},
        "decimals": _decimals_of_values(values, usual),
        "file_row": file_rows,
    })
    if maybe_repeats:
        _check_duplicates(frame, file, col)
    col.readings.append(reading)
    return frame, col.problems, []


def _number_problem(text, style) -> Message:
    """parse_number's own words for a bad cell, so that every path says the same."""
    try:
        parse_number(text, style)
    except NumberError as exc:
        return exc.message
    return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number"), text=str(text)[:40])


def _code_plain_text(cells, default: str):
    """(codes, distinct values) of a column of mostly distinct texts, trimmed and NFC-normalised
    with numpy's string functions and hashed once (no sort): empty or absent cells are ``default``."""
    import unicodedata

    import numpy as np
    import pandas as pd
    from numpy.dtypes import StringDType

    cells = np.where(pd.isna(cells), "", cells)
    text = np.strings.strip(np.array(cells, dtype=StringDType()))
    out = text.astype(object)
    for i in [i for i, v in enumerate(out) if not unicodedata.is_normalized("NFC", v)]:
        out[i] = unicodedata.normalize("NFC", out[i])
    out[np.strings.str_len(text) == 0] = default
    codes, uniques = pd.factorize(out)
    return codes.astype(np.int32), list(uniques)


def _decimals_of_values(values, usual: int):
    """Decimals to show per value when only the parsed floats are at hand: the fewest that write
    the value exactly, but at least the column's usual number (so 1086.40 keeps its 2 decimals in
    a column written with 2, and 3.14159 gets its 5)."""
    import numpy as np

    out = np.full(len(values), max(0, min(usual, 12)), dtype=np.int8)
    todo = np.flatnonzero(np.isfinite(values))
    for k in range(13):
        if not len(todo):
            break
        scale = 10.0 ** k
        v = values[todo]
        exact = np.round(v * scale) / scale == v
        out[todo[exact]] = np.maximum(out[todo[exact]], k)
        todo = todo[~exact]
    if len(todo):
        out[todo] = 12
    return out


def _normalise_long_frame(grid: Grid, opts: ImportOptions, h: int, columns: list[str], col: _Collector,
                          evidence=None, checkpoint=lambda: None):
    """Vectorised path for big long-format CSVs (a DataFrame of strings); ``checkpoint`` raises
    Cancelled between its steps when the user has stopped the check."""
    import numpy as np
    import pandas as pd

    m = opts.mapping
    df = grid.frame.iloc[h + 1:]
    df.columns = columns[: df.shape[1]] + [f"column {i + 1}" for i in range(len(columns), df.shape[1])]
    file = grid.file
    idx = {role: _find_col(columns, getattr(m, f"{role}_col", None) if role in ("period", "value", "indicator", "area") else None,
                           role, file, col.problems)
           for role in ("period", "value", "indicator", "area", "unit", "status", "source", "note", "category")}
    if idx["period"] is None or idx["value"] is None:
        col.problem(_map_period_and_value())
        return pd.DataFrame(columns=TIDY_COLUMNS + ["decimals", "file_row"]), col.problems, []
    raw = df.iloc[:, idx["value"]].astype(str).str.strip()
    style = _read_as(columns[idx["value"]], raw, m, evidence, col).style          # from every value
    number_values, number_missing, number_bad = parse_numbers(raw, style)   # the small path's grammar
    values = pd.Series(number_values, index=df.index)
    missing = pd.Series(number_missing, index=df.index)
    bad = pd.Series(number_bad, index=df.index)
    file_rows = np.arange(h + 2, h + 2 + len(df))
    for pos in np.flatnonzero(number_bad)[:50]:
        col.problem(_bad_value(_number_problem(raw.iloc[pos], style)), int(file_rows[pos]), idx["value"] + 1)
    checkpoint()
    cleaned = raw.str.replace(r"[\s\u00a0\u202f'%()]", "", regex=True).str.replace(style.thousands, "", regex=False)
    if style is VI:
        cleaned = cleaned.str.replace(",", ".", regex=False)
    periods_raw = df.iloc[:, idx["period"]].astype(str).str.strip()
    uniq = {p: normalise_period(p) for p in periods_raw.unique()[:100000]}
    periods = periods_raw.map(uniq)
    for pos in np.flatnonzero(periods.isna().to_numpy() & ~missing.to_numpy())[:50]:
        col.problem(_bad_period(periods_raw.iloc[pos][:40]), int(file_rows[pos]), idx["period"] + 1)
    keep = ~(missing.to_numpy() | bad.to_numpy() | periods.isna().to_numpy())
    checkpoint()

    def pick(role, default=""):
        if idx[role] is None:
            return pd.Series([default] * len(df), index=df.index, dtype="object")
        return df.iloc[:, idx[role]].astype(str).str.strip().map(nfc)    # NFC as on every other path

    frame = pd.DataFrame({
        "indicator": pick("indicator", opts.title or Path(file).stem).to_numpy()[keep],
        "area": pick("area").to_numpy()[keep],
        "period": periods.to_numpy()[keep],
        "category": pick("category").to_numpy()[keep],
        "value": values.to_numpy()[keep],
        "unit": pick("unit", m.unit or "").to_numpy()[keep],
        "status": pick("status", opts.status).replace("", opts.status)
                  .map(lambda v: STATUS_WORDS.get(v.lower(), v.lower())).to_numpy()[keep],
        "source": pick("source", opts.source or file).replace("", opts.source or file).to_numpy()[keep],
        "note": pick("note").to_numpy()[keep],
        "decimals": _decimals_of_texts(cleaned)[keep],
        "file_row": file_rows[keep],
    })
    bad_status = ~frame["status"].isin(STATUSES)
    for pos in np.flatnonzero(bad_status.to_numpy())[:20]:
        col.problem(_bad_status(frame["status"].iloc[pos]), int(frame["file_row"].iloc[pos]), (idx["status"] or 0) + 1)
    _check_duplicates(frame, file, col)
    return frame, col.problems, []


def _decimals_of_texts(cleaned):
    """:func:`numbers.decimals_written` for a column of numbers already written with '.' as the
    decimal mark and no grouping ('12.50' → 2, '1e-05' → 5), vectorised."""
    import pandas as pd

    from .numbers import MAX_DECIMALS

    parts = cleaned.str.extract(r"(?:\.(\d*))?(?:[eE]([+-]?\d+))?$")
    written = parts[0].str.len().fillna(0)
    shift = pd.to_numeric(parts[1], errors="coerce").fillna(0)
    return (written - shift).clip(0, MAX_DECIMALS).astype(int).to_numpy()


def _check_duplicates(frame, file: str, col: _Collector) -> None:
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


def preview_table(path: Path, opts: ImportOptions, existing=None, cancel=None, progress=None) -> ImportPreview:
    """Read, recognise, normalise and validate a CSV/XLSX; compare with ``existing`` (the tidy
    DataFrame of the dataset with the same id, if any). Never raises for bad input."""
    problems: list[Problem] = []
    file = path.name
    suffix = path.suffix.lower()
    grid: Optional[Grid]
    head = path.open("rb").read(8) if path.is_file() else b""
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        grid = read_xlsx_grid(path, problems, opts.sheet, cancel=cancel, progress=progress)
    elif suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "old Excel 97–2003 files (.xls) are not "
                                                                            "supported: save the sheet as .xlsx or CSV"))))
        grid = None
    else:
        grid = read_csv_grid(path, problems, opts.encoding, opts.delimiter, cancel=cancel)
    did = opts.dataset_id or slug(path.stem)
    title = opts.title or path.stem
    if grid is None:
        return ImportPreview(path, did, title, "", [], None, problems)
    shape, h, columns, p2 = recognise(grid, opts)
    problems += p2
    for name in opts.mapping.decimals:
        if columns and name not in columns:
            problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "decimal mark given for a column that is "
                                                                                "not there: '{column}' (columns: {columns})"),
                                                  column=name, columns=", ".join(columns[:20]))))
    if not shape:
        return ImportPreview(path, did, title, "", columns, None, problems, encoding=grid.encoding, sheet=grid.sheet)
    frame, p3, notes, readings = normalise(grid, opts, shape, h, columns, cancel, progress)
    problems += p3
    if not opts.title and grid.frame is None:
        title = title_from_titles(grid.rows[:h]) or title
    preview = ImportPreview(path, did, title, shape, columns, frame, problems, encoding=grid.encoding,
                            sheet=grid.sheet, notes=notes, section=opts.section or "", readings=readings)
    preview.summary = compare(frame, existing)
    return preview


def compare(new, old) -> ChangeSummary:
    """What committing ``new`` would change relative to ``old`` (both tidy DataFrames, or None)."""
    s = ChangeSummary(added_rows=0 if new is None else len(new))
    if new is None:
        return s
    key = ["indicator", "area", "period", "category"]
    if old is None or len(old) == 0:
        s.new_series = sorted(new["indicator"].unique().tolist())
        return s
    s.replaces_existing = True
    old_keys = old[key].astype("object").fillna("").astype(str).agg("\x1f".join, axis=1)
    new_keys = new[key].astype("object").fillna("").astype(str).agg("\x1f".join, axis=1)
    old_map = dict(zip(old_keys, old["value"]))
    new_map = dict(zip(new_keys, new["value"]))
    s.new_series = sorted(set(new["indicator"]) - set(old["indicator"]))
    for k, v in new_map.items():
        if k in old_map and old_map[k] != v:
            ind, area, period, _cat = k.split("\x1f")
            s.changed.append((ind, area, period, float(old_map[k]), float(v)))
    s.removed = len(set(old_map) - set(new_map))
    return s
