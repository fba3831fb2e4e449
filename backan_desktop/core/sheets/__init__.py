"""Fact sheets: a section's content built once per language from the library, then placed on a
:class:`Sheet` for the screen, fitted to a printed two-page front, and completed by an appendix.

model      the plain data: sheets (Kpi, Chart, TableBlock, SourceEntry, Sheet, SheetPlan) and content
content    ``section_content``: the one reader of the library for a section's tiles, tables, figures
charts     a section's charts, as content
sources    citations: content cites source ids, a placed sheet numbers them
layout     ``build_sheet``: places a section's content on the screen sheet or a printed front
fitting    ``fit_sheet``: the richest front that fits two pages; ``print_sheets``: what goes on paper
appendix   every figure and vintage, the tables a front shortened
datasets   a dataset as a listing sheet, and the Datasets page's chart
names      sheet ids and file names
"""
from ..vocab import SECTIONS as SHEET_IDS      # one sheet per section
from .appendix import build_appendix, build_booklet_appendix
from .content import section_content
from .datasets import BIG_POINTS, SHEET_MAX_ROWS, build_dataset_sheet, dataset_chart, dataset_content, front_columns
from .fitting import fit_sheet, print_sheets
from .layout import build_sheet, tile_rows
from .model import (ALL, FRONT_PAGES, Chart, ChartSeries, DatasetContent, Kpi, SectionContent, Sheet, SheetPlan,
                    SourceEntry, TableBlock, UnknownSheet)
from .names import booklet_file_name, sheet_file_name, sheet_ids

__all__ = ["ALL", "BIG_POINTS", "FRONT_PAGES", "SHEET_IDS", "SHEET_MAX_ROWS", "Chart", "ChartSeries", "DatasetContent",
           "Kpi", "SectionContent", "Sheet", "SheetPlan", "SourceEntry", "TableBlock", "UnknownSheet",
           "booklet_file_name", "build_appendix", "build_booklet_appendix", "build_dataset_sheet", "build_sheet",
           "dataset_chart", "dataset_content", "fit_sheet", "front_columns", "print_sheets", "section_content",
           "sheet_file_name", "sheet_ids", "tile_rows"]
