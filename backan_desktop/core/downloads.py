"""A section's figures as a download that carries its sources: XLSX with an "About" sheet, or a ZIP
holding the CSV and a README.

What a reader of the file needs to use and cite it travels with it: title, the merger note, when
the figures were last changed, the units, every source with its URL and date, the status key, the
licence and how to cite — and how many rows it holds ("all rows": every figure and every vintage of
the section, not only those a sheet shows). Returns bytes (the caller writes them atomically).
Plain Python + openpyxl; call off the GUI thread.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date

from .library import Library
from .safety import formula_safe
from .texts import in_lang, status_label, t
from .vocab import STATUSES

HEADERS = {   # column id → (vi, en) heading
    "indicator": ("Mã chỉ tiêu", "Indicator id"), "title": ("Chỉ tiêu", "Indicator"), "area": ("Địa bàn", "Area"),
    "period": ("Kỳ", "Period"), "category": ("Phân tổ", "Breakdown"), "qualifier": ("Định tính", "Qualifier"),
    "value": ("Giá trị", "Value"), "unit": ("Đơn vị", "Unit"), "status": ("Tình trạng", "Status"),
    "shown": ("Số liệu được dùng", "Figure shown"), "source": ("Mã nguồn", "Source id"),
    "publisher": ("Đơn vị công bố", "Publisher"), "source_title": ("Tên nguồn", "Source title"),
    "url": ("Địa chỉ", "URL"), "source_date": ("Ngày nguồn", "Source date"), "quote": ("Trích dẫn", "Quote"),
    "note": ("Ghi chú", "Note"),
}
LICENCE = ("Tập hợp số liệu: Creative Commons Ghi công 4.0 (CC BY 4.0); từng số liệu thuộc về đơn vị công bố "
           "(xem danh sách nguồn).",
           "Compilation: Creative Commons Attribution 4.0 (CC BY 4.0); each figure remains its publisher's "
           "(see the sources).")
ABOUT = {   # key → (vi, en)
    "about": ("Giới thiệu", "About"), "data": ("Số liệu", "Figures"),
    "rows": ("Số dòng: {n} (toàn bộ số liệu của mục, kể cả mọi phiên bản)",
             "Rows: {n} (all figures of the section, every vintage included)"),
    "made": ("Tạo ngày {date} bằng backan-desktop", "Made on {date} with backan-desktop"),
    "units": ("Đơn vị", "Units"), "statuses": ("Tình trạng số liệu", "Status of a figure"),
    "licence": ("Giấy phép", "Licence"), "cite": ("Cách trích dẫn", "How to cite"),
    "cite_text": ("{title}. Số liệu đến {date}. Tập hợp bằng backan-desktop từ các nguồn liệt kê dưới đây.",
                  "{title}. Data as of {date}. Compiled with backan-desktop from the sources listed below."),
    "yes": ("có", "yes"),
}


def _a(key: str, lang: str, **kw) -> str:
    text = in_lang(ABOUT[key], lang)
    return text.format(**kw) if kw else text


@dataclass
class SectionFigures:
    title: str
    headers: list[str]
    rows: list[list]
    about: list[list[str]]           # the "About" sheet / README, one list of cells per line
    decimals: list[int]              # per row: the decimals the value was published with

    VALUE = list(HEADERS).index("value")

    def value_text(self, i: int) -> str:
        """Row ``i``'s value as published, with a decimal point ('4857.21', '178')."""
        return f"{self.rows[i][self.VALUE]:.{self.decimals[i]}f}"


def section_figures(lib: Library, section: str, section_title: str, lang: str) -> SectionFigures:
    """Every observation of ``section``'s indicators, with its source, in ``lang``."""
    keys = list(HEADERS)
    rows, decimals, cited, units = [], [], {}, {}
    for o in lib.observations_in(section):
        ind = lib.indicators.get(o.indicator)
        src = lib.sources.get(o.source)
        cited[o.source] = src
        units[o.unit] = lib.unit(o.unit).label(lang) if o.unit else ""
        rows.append([o.indicator, ind.title(lang) if ind else "", lib.area_name(o.area, lang), o.period.label(lang),
                     lib.category_label(o.category, lang) if o.category else "", o.qualifier, o.value,
                     units[o.unit], status_label(o.status, lang), _a("yes", lang) if o.preferred else "", o.source,
                     src.publisher_in(lang) if src else "", src.title if src else "", src.url if src else "",
                     src.date if src else "", o.quote, o.note(lang)])
        decimals.append(o.decimals)
    title = f"{t('province', lang)} — {section_title}"
    as_of = lib.data_as_of()
    about = [[title], [t("merger_note", lang)], [f"{t('data_as_of', lang)}: {as_of}"],
             [_a("rows", lang, n=len(rows))], [_a("made", lang, date=date.today().isoformat())], [],
             [_a("cite", lang)], [_a("cite_text", lang, title=title, date=as_of)], [],
             [_a("licence", lang)], [in_lang(LICENCE, lang)], [],
             [_a("statuses", lang)], *[[s, status_label(s, lang)] for s in STATUSES], [],
             [_a("units", lang)], *[[u, label] for u, label in sorted(units.items()) if u], [],
             [t("sources", lang)],
             [in_lang(HEADERS[k], lang) for k in ("source", "publisher", "source_title", "url", "source_date")],
             *[[sid, s.publisher_in(lang), s.title, s.url, s.date] for sid, s in cited.items() if s is not None]]
    return SectionFigures(title, [in_lang(HEADERS[k], lang) for k in keys], rows, about, decimals)


def figures_xlsx(fig: SectionFigures, lang: str) -> bytes:
    """The figures on one sheet, what they are and where they come from on an "About" sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    about = wb.active
    about.title = _a("about", lang)
    for line in fig.about:
        about.append([formula_safe(c) for c in line])
    about["A1"].font = Font(bold=True, size=13)
    about.column_dimensions["A"].width = 40
    for col in "BCDE":
        about.column_dimensions[col].width = 40
    for row in about.iter_rows(min_row=2, max_row=3):
        row[0].alignment = Alignment(wrap_text=False)
    data = wb.create_sheet(_a("data", lang))
    data.append([formula_safe(h) for h in fig.headers])
    for cell in data[1]:
        cell.font = Font(bold=True)
    for i, r in enumerate(fig.rows):
        data.append([v if isinstance(v, (int, float)) else formula_safe(v) for v in r])
        data.cell(i + 2, fig.VALUE + 1).number_format = "0." + "0" * fig.decimals[i] if fig.decimals[i] else "0"
    data.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def figures_csv_zip(fig: SectionFigures, stem: str) -> bytes:
    """``<stem>.csv`` (UTF-8 with BOM, so spreadsheet programs read the Vietnamese letters) and a
    ``README.txt`` with what the "About" sheet says, in one ZIP."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([formula_safe(h) for h in fig.headers])
    for i, r in enumerate(fig.rows):
        w.writerow([fig.value_text(i) if j == fig.VALUE else formula_safe(v) for j, v in enumerate(r)])
    readme = "\r\n".join("\t".join(line) for line in fig.about) + "\r\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{stem}.csv", "\ufeff" + out.getvalue())
        z.writestr("README.txt", "\ufeff" + readme)
    return buf.getvalue()
