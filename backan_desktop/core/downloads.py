"""Figures as a download that carries its sources: XLSX with an "About" sheet, or a ZIP holding the
CSV and a README — a section's figures (the share page), a chart's (its menu), a dataset table.

What a reader of the file needs to use and cite it travels with it: title, the merger note, when
the figures were last changed, the units, every source with its URL and date, the status key, the
licence and how to cite — and how many rows it holds, named: "all rows" (every figure and every
vintage, not only those a sheet shows) and, where the screen showed fewer, "displayed rows" (a
chart's points, a filtered table). Returns bytes (the caller writes them atomically).
Plain Python + openpyxl; call off the GUI thread.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from .library import Library, Observation
from .safety import formula_safe
from .storage.datasets import atomic_write_bytes
from .texts import in_lang, source_kind_label, status_label, t
from .vocab import STATUSES

HEADERS = {   # column id → (vi, en) heading
    "indicator": ("Mã chỉ tiêu", "Indicator id"), "title": ("Chỉ tiêu", "Indicator"), "area": ("Địa bàn", "Area"),
    "period": ("Kỳ", "Period"), "category": ("Phân tổ", "Breakdown"), "qualifier": ("Định tính", "Qualifier"),
    "value": ("Giá trị", "Value"), "unit": ("Đơn vị", "Unit"), "status": ("Tình trạng", "Status"),
    "shown": ("Số liệu được dùng", "Figure shown"), "source": ("Mã nguồn", "Source id"),
    "publisher": ("Đơn vị công bố", "Publisher"), "source_title": ("Tên nguồn", "Source title"),
    "url": ("Địa chỉ", "URL"), "source_date": ("Ngày nguồn", "Source date"),
    "source_kind": ("Loại nguồn", "Kind of source"), "accessed": ("Ngày truy cập", "Accessed"),
    "quote": ("Trích dẫn", "Quote"),
    "note": ("Ghi chú", "Note"),
}
@dataclass
class SectionFigures:
    headers: list[str]
    rows: list[list]
    about: list[list[str]]           # the "About" sheet / README, one list of cells per line
    decimals: list[int]              # per row: the decimals the value was published with
    # what the screen showed, when it is fewer rows than ``rows`` (a chart's points): (headers, rows)
    displayed: Optional[tuple[list[str], list[list[str]]]] = None

    VALUE = list(HEADERS).index("value")

    def value_text(self, i: int) -> str:
        """Row ``i``'s value as published, with a decimal point ('4857.21', '178')."""
        return f"{self.rows[i][self.VALUE]:.{self.decimals[i]}f}"


def about_lines(lib: Library, title: str, lang: str, counts: list[str], cited: dict, units: dict) -> list[list[str]]:
    """The "About" sheet / README of the figures of ``title`` (in the province): ``counts`` are the
    lines naming the rows (``all_rows``, ``displayed_rows``); ``cited`` maps source ids to sources,
    ``units`` unit ids to labels."""
    as_of = lib.data_as_of()
    title = f"{t('province', lang)} — {title}"
    return [[title], [t("merger_note", lang)], [f"{t('data_as_of', lang)}: {as_of}"],
            *[[line] for line in counts], [t("made", lang, date=date.today().isoformat())], [],
            [t("cite", lang)], [t("cite_text", lang, title=title, date=as_of)], [],
            [t("licence", lang)], [t("licence_text", lang)], [],
            [t("statuses", lang)], *[[s, status_label(s, lang)] for s in STATUSES], [],
            [t("units", lang)], *[[u, label] for u, label in sorted(units.items()) if u], [],
            [t("sources", lang)],
            [in_lang(HEADERS[k], lang) for k in ("source", "publisher", "source_kind", "source_title", "url",
                                                  "source_date", "accessed")],
            *[[sid, s.publisher_in(lang), source_kind_label(s.kind, lang), s.title, s.url, s.date, s.accessed]
              for sid, s in cited.items() if s is not None]]


def _figures(lib: Library, observations: list[Observation], title: str, lang: str,
             counts: list[str]) -> SectionFigures:
    """Every observation given, with its source, in ``lang``."""
    rows, decimals, cited, units = [], [], {}, {}
    for o in observations:
        ind = lib.indicators.get(o.indicator)
        src = lib.sources.get(o.source)
        cited[o.source] = src
        units[o.unit] = lib.unit(o.unit).label(lang) if o.unit else ""
        rows.append([o.indicator, ind.title(lang) if ind else "", lib.area_name(o.area, lang), o.period.label(lang),
                     lib.category_label(o.category, lang) if o.category else "", o.qualifier, o.value,
                     units[o.unit], status_label(o.status, lang), t("yes", lang) if o.preferred else "", o.source,
                     src.publisher_in(lang) if src else "", src.title if src else "", src.url if src else "",
                     src.date if src else "", source_kind_label(src.kind, lang) if src else "",
                     src.accessed if src else "", o.quote, o.note(lang)])
        decimals.append(o.decimals)
    counts = [c.format(n=len(rows)) for c in counts]
    return SectionFigures([in_lang(HEADERS[k], lang) for k in HEADERS], rows,
                          about_lines(lib, title, lang, counts, cited, units), decimals)


def section_figures(lib: Library, section: str, section_title: str, lang: str) -> SectionFigures:
    """Every observation of ``section``'s indicators, with its source, in ``lang``."""
    return _figures(lib, lib.observations_in(section), section_title, lang,
                    [t("all_rows", lang, n="{n}", what=t("of_section", lang))])


def chart_figures(lib: Library, title: str, indicator: str, headers: list[str], points: list[list[str]],
                  lang: str) -> SectionFigures:
    """A chart's download: the ``points`` it shows (``headers``: its x and one column per series,
    as on screen) and every figure of its ``indicator`` with every vintage ("" for a chart of a
    table's column: its points are all there is)."""
    observations = [o for o in lib.observations if o.indicator == indicator] if indicator else []
    counts = [t("displayed_rows", lang, n=len(points), what=t("of_chart", lang, sheet=t("displayed", lang)))]
    if observations:
        counts.append(t("all_rows", lang, n="{n}", what=t("of_indicator", lang, sheet=t("data", lang))))
    fig = _figures(lib, observations, title, lang, counts)
    fig.displayed = (headers, points)
    return fig


def table_about(lib: Library, title: str, lang: str, all_rows: int, displayed_rows: Optional[int] = None,
                filter_text: str = "", sources: tuple[str, ...] = ()) -> list[list[str]]:
    """The "About" lines of a dataset table's export: every row is in the file; ``displayed_rows``
    (when a filter showed fewer) names how many the window showed. ``sources``: the ids the
    table's rows cite."""
    counts = [t("all_rows", lang, n=all_rows, what=t("of_table", lang))]
    if displayed_rows is not None and displayed_rows != all_rows:
        counts.append(t("displayed_rows", lang, n=displayed_rows, what=t("in_window", lang, filter=filter_text)))
    cited = {sid: lib.sources[sid] for sid in sources if sid in lib.sources}
    return about_lines(lib, title, lang, counts, cited, {})


def _cell(v):
    """A cell for openpyxl: numbers as numbers (numpy's too), text formula-safe, missing empty."""
    if v is None or (isinstance(v, float) and v != v) or type(v).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(v, "item"):
        v = v.item()
    return v if isinstance(v, (int, float)) else formula_safe(v)


def _workbook(about: list[list[str]], lang: str):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    sheet = wb.active
    sheet.title = t("about", lang)
    for line in about:
        sheet.append([formula_safe(c) for c in line])
    sheet["A1"].font = Font(bold=True, size=13)
    for col in "ABCDE":
        sheet.column_dimensions[col].width = 40
    return wb


def _sheet(wb, name: str, headers: list[str], rows):
    from openpyxl.styles import Font

    sheet = wb.create_sheet(name[:31])
    sheet.append([formula_safe(str(h)) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append([_cell(v) for v in r])
    sheet.freeze_panes = "A2"
    return sheet


def workbook_bytes(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def figures_xlsx(fig: SectionFigures, lang: str) -> bytes:
    """What the figures are and where they come from on an "About" sheet; what the screen showed
    (if fewer) on a "Displayed" sheet; every figure on the "Figures" sheet."""
    wb = _workbook(fig.about, lang)
    if fig.displayed is not None:
        _sheet(wb, t("displayed", lang), *fig.displayed)
    if fig.rows or fig.displayed is None:
        data = _sheet(wb, t("data", lang), fig.headers, fig.rows)
        for i, places in enumerate(fig.decimals):
            data.cell(i + 2, fig.VALUE + 1).number_format = "0." + "0" * places if places else "0"
    return workbook_bytes(wb)


def readme_text(about: list[list[str]]) -> str:
    """The "About" lines as a README (tab-separated cells, UTF-8 with BOM, CRLF)."""
    return "\ufeff" + "\r\n".join("\t".join(line) for line in about) + "\r\n"


def _csv(headers: list[str], rows) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([formula_safe(h) for h in headers])
    w.writerows(["" if (c := _cell(v)) is None else c for v in r] for r in rows)
    return "\ufeff" + out.getvalue()


def figures_csv_zip(fig: SectionFigures, stem: str) -> bytes:
    """``<stem>.csv`` (UTF-8 with BOM, so spreadsheet programs read the Vietnamese letters), the
    displayed rows as ``<stem>_displayed.csv`` when the screen showed fewer, and a ``README.txt``
    with what the "About" sheet says, in one ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if fig.displayed is not None:
            z.writestr(f"{stem}_displayed.csv", _csv(*fig.displayed))
        if fig.rows or fig.displayed is None:
            z.writestr(f"{stem}.csv", _csv(fig.headers, ([fig.value_text(i) if j == fig.VALUE else v
                                                           for j, v in enumerate(r)] for i, r in enumerate(fig.rows))))
        z.writestr("README.txt", readme_text(fig.about))
    return buf.getvalue()


def write_table(path: Path, about: list[list[str]], headers: list[str], rows, lang: str, sheet: str = "") -> list[Path]:
    """A table export that carries its metadata (``rows``: any iterable of row sequences, e.g. a
    frame's ``itertuples``): ``.xlsx`` with the "About" sheet first, else a CSV (UTF-8 with BOM) with ``<name>-README.txt`` beside it. Each file is written atomically;
    returns the files written."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        wb = _workbook(about, lang)
        _sheet(wb, sheet or t("data", lang), headers, rows)
        atomic_write_bytes(path, workbook_bytes(wb))
        return [path]
    readme = path.with_name(f"{path.stem}-README.txt")
    atomic_write_bytes(path, _csv(headers, rows).encode("utf-8"))
    atomic_write_bytes(readme, readme_text(about).encode("utf-8"))
    return [path, readme]
