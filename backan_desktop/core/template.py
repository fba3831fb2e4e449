"""The update template: an XLSX that staff fill with next year's figures and import back.

One row per indicator of the catalogue (long shape: indicator id, title, area, period, category,
value, unit, status, source, note) with the period set to the year after the latest figure and the
value left empty; a second sheet explains the columns. Importing it back needs no mapping: the
indicator ids make the figures join the sections as a new vintage with the file as their source.
"""
from __future__ import annotations

from pathlib import Path

from .downloads import workbook_bytes
from .library import Library
from .safety import formula_safe
from .storage.datasets import atomic_write_bytes
from .texts import t
from .vocab import STATUSES

COLUMNS = ["indicator", "title", "area", "period", "category", "value", "unit", "status", "source", "note"]


def write_update_template(lib: Library, path: Path, lang: str = "vi") -> int:
    """Write the template; returns the number of rows to fill."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = t("template_sheet", lang)
    ws.append(COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    rows = 0
    for ind in sorted(lib.indicators.values(), key=lambda i: (i.section, i.id)):
        for cat in lib.categories_of(ind.id) or [""]:
            series = lib.series(ind.id, "backan", cat, kinds={"year"})
            if not series:
                continue
            next_year = str(series[-1].period.start + 1)
            ws.append([formula_safe(v) for v in (ind.id, ind.title(lang), "backan", next_year, cat, None, ind.unit,
                                                  "official", "", "")])
            rows += 1
    status = DataValidation(type="list", formula1=f'"{",".join(STATUSES)}"', allow_blank=True)
    ws.add_data_validation(status)
    status.add(f"H2:H{rows + 1}")
    for col, width in zip("ABCDEFGHIJ", (34, 60, 10, 10, 22, 14, 20, 12, 40, 30)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    help_ws = wb.create_sheet(t("template_help_sheet", lang))
    for key in ("value", "status", "source", "import"):
        help_ws.append([t(f"template_help_{key}", lang)])
        help_ws.cell(help_ws.max_row, 1).alignment = Alignment(wrap_text=True)
    help_ws.column_dimensions["A"].width = 120
    atomic_write_bytes(Path(path), workbook_bytes(wb))
    return rows
