"""Fact sheets: a section's content built once from the library, placed on a :class:`Sheet` for the
screen, fitted to a printed two-page front, and completed by an appendix.

model      the plain data a sheet is made of (Kpi, Chart, TableBlock, SourceEntry, Sheet, SheetPlan)
sources    source numbering and the texts that cite sources
content    a section's KPI tiles and tables from the library
charts     a section's charts
layout     places the blocks on a screen sheet or a printed front (``build_sheet``)
fitting    the front that fits two pages; what goes on paper (``print_sheets``)
appendix   every figure and vintage, the tables a front shortened
datasets   dataset sheets and charts
names      sheet ids and file names
"""
from .appendix import build_appendix, build_booklet_appendix
from .datasets import BIG_POINTS, SHEET_MAX_ROWS, build_dataset_sheet, dataset_chart, front_columns
from .fitting import fit_sheet, print_sheets
from .layout import build_sheet
from .model import (ALL, FRONT_PAGES, Chart, ChartSeries, Kpi, Sheet, SheetPlan, SourceEntry, TableBlock,
                    UnknownSheet)
from .names import booklet_file_name, sheet_file_name, sheet_ids
from ..vocab import SECTIONS as SHEET_IDS

__all__ = ["ALL", "BIG_POINTS", "FRONT_PAGES", "SHEET_IDS", "SHEET_MAX_ROWS", "Chart", "ChartSeries", "Kpi", "Sheet",
           "SheetPlan", "SourceEntry", "TableBlock", "UnknownSheet", "booklet_file_name", "build_appendix",
           "build_booklet_appendix", "build_dataset_sheet", "build_sheet", "dataset_chart", "fit_sheet", "front_columns",
           "print_sheets", "sheet_file_name", "sheet_ids"]
