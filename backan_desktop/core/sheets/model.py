"""Fact-sheet content as data: what a section page shows and what a printed sheet carries.

A :class:`Sheet` holds only formatted text and numbers — no layout. The Qt page widgets and the
PDF/print renderer both draw a Sheet, so the screen and the paper cannot tell different stories.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from ..library import Library

ALL = -1                   # SheetPlan.tables: list every row of that table
FRONT_PAGES = 2            # one sheet of paper, front and back
FRONT_CHARTS = 4           # the most charts a front carries
MIN_CUT_ROWS = 3           # a table cut shorter than this is left to the appendix
DATASET_FRONT_ROWS = 400   # more one-line rows than two pages can hold; the search for a listing stops here


@dataclass(frozen=True)
class SheetPlan:
    """The blocks a printed front carries, in priority order. Section sheets: the section's intro,
    the first ``kpis`` KPI tiles, the first ``charts`` charts in print order
    (``SectionSpec.sheet_charts``), and for each front table (``SectionSpec.sheet_tables``) the rows
    listed (0 leaves it out, ALL lists every row), then ``figures`` rows of the section's other
    figures. Dataset sheets: ``tables[0]`` rows of the listing."""
    intro: bool = True
    kpis: int = 99
    charts: int = FRONT_CHARTS
    tables: tuple = ()
    figures: int = 0          # rows of "More figures" (figures the front shows nowhere else) on a back that would be sparse

class UnknownSheet(KeyError):
    pass


@dataclass
class Kpi:
    label: str
    value: str                   # number with unit and qualifier, localised
    period: str
    status: str
    mark: str                    # status mark ("" when official)
    refs: list[int]
    change: str = ""
    change_note: str = ""
    note: str = ""               # vintage disagreement, source remarks
    indicator: str = ""
    raw_value: float = 0.0
    earlier: str = ""            # the figure of an earlier period the tile is known for (an article's), as published
    context: str = ""            # next to the region and Viet Nam (core.context.context_for); may be ""


@dataclass
class ChartSeries:
    name: str
    values: list[Optional[float]]
    statuses: list[str]
    decimals: int = 0                                  # most decimals of any point (axis)
    labels: list[str] = field(default_factory=list)   # formatted value per point, for tooltips/print
    point_decimals: list[int] = field(default_factory=list)
    key: str = ""                                      # what the series is; picks its colour (core.palette)


@dataclass
class Chart:
    title: str
    kind: str                    # "line", "bar" or "stacked"
    x_labels: list[str]
    series: list[ChartSeries]
    unit_label: str
    unit_id: str
    refs: list[int]
    note: str = ""
    lang: str = "vi"
    # time charts: the period of each x ("2021", "2021-H1", "2016-2020"), placed in proportion to
    # time by core.chart_layout; None: x_labels are categories, evenly spaced
    x_periods: Optional[list[str]] = None
    indicator: str = ""          # the indicator a series chart draws ("" for bars of a table column)
    takeaway: str = ""           # one line computed from the data: what the chart shows
    caption: str = ""            # a line under the plot for what would look like an error (shares short of 100 %)


@dataclass
class TableBlock:
    title: str
    columns: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    refs: list[int] = field(default_factory=list)
    note: str = ""
    source_column: Optional[int] = None
    key: str = ""                # what the table is: a resource name, "key_figures" or "figures"
    total: Optional[int] = None  # rows the whole table has, when this block lists fewer


@dataclass
class SourceEntry:
    number: int
    id: str
    text: str
    url: str


@dataclass
class Sheet:
    id: str
    lang: str
    title: str
    province: str
    merger_note: str
    data_as_of: str
    intro: list[str]
    kpis: list[Kpi]
    charts: list[Chart]
    tables: list[TableBlock]
    footnotes: list[str]
    sources: list[SourceEntry]
    # None: the screen sheet with every block; else a printed front built by :func:`fit_sheet`
    plan: Optional["SheetPlan"] = None
    appendix: bool = False        # the appendix (every figure, every vintage) printed after fronts
    all_rows: bool = False        # a dataset appendix lists every row, not the first SHEET_MAX_ROWS
    library: Optional[Library] = field(default=None, repr=False, compare=False)   # to build the paper version
    # the content the sheet was placed from, built once: its fronts and appendix are placed from it too
    content: Optional[SectionContent | DatasetContent] = field(default=None, repr=False, compare=False)

    @property
    def main_source_url(self) -> str:
        return next((s.url for s in self.sources if s.url.startswith("http")), "")

    @property
    def is_empty(self) -> bool:
        return not (self.kpis or self.charts or self.tables)



# -- a section's content, built once per (section, language) by core.sheets.content ---------------
# Blocks are formatted for the language. Their texts cite sources with marks (core.sheets.sources.cite)
# and list the sources they use in reading order; a sheet numbers them when it places the block.

@dataclass
class KpiContent:
    kpi: Kpi                      # refs empty: numbered when placed
    cites: list[str]              # the tile's own sources (its figure, its stated change)
    uses: list[str]               # every source the tile cites, in reading order
    series_key: tuple = ()        # (indicator, area, category, kind of period) of the figure shown
    period_key: str = ""          # the period of the figure shown


@dataclass
class ChartContent:
    chart: Chart                  # refs empty: numbered when placed
    cites: list[str]              # sources of the points drawn
    uses: list[str]


@dataclass
class TableContent:
    block: TableBlock             # every row; a front lists the first ones
    row_uses: list[list[str]]     # the sources each row cites
    entry: tuple = ()             # the section spec's (resource, columns, facts section)


@dataclass
class KeyFigure:
    """The latest figure of one series, as a row of the key-figures table."""
    indicator: str
    row: list[str]
    uses: list[str]
    note: str                     # what other sources say, naming the figure
    marked: bool                  # the figure carries a status mark


@dataclass
class SectionContent:
    """Everything a section's sheets show, in one language: the screen sheet, every printed front
    tried while fitting, and the appendix are placed from it without going back to the library."""
    id: str
    lang: str
    title: str
    data_as_of: str
    intro: list[str]
    kpis: list[KpiContent]
    charts: list[ChartContent]               # screen order: series charts, then bars of tables
    print_charts: list[ChartContent]         # print priority (SectionSpec.sheet_charts)
    tables: list[TableContent]               # the section's tables, every column
    front_tables: list                       # per SectionSpec.sheet_tables: "key_figures" or a TableContent or None
    key_figures: list[KeyFigure]
    figure_rows: dict[str, list[tuple[list[str], list[str]]]]   # indicator → (row, sources) of every figure
    catalogue: list[str]                     # the section's indicators ("All figures" on screen)
    appendix_indicators: list[str]           # tiles' and charts' indicators first, then the catalogue
    sources: dict[str, tuple[str, str]]      # source id → (reference-list line, URL)


@dataclass
class DatasetContent:
    """A dataset's listing in one language: the first rows (up to SHEET_MAX_ROWS unless
    ``all_rows``), every column formatted; the source column cites with marks."""
    id: str                                  # the sheet id, "dataset:<id>"
    lang: str
    title: str
    description: str
    data_as_of: str
    names: list[str]                         # the columns
    headers: list[str]
    numeric: list[bool]
    rows: list[list[str]]
    row_uses: list[list[str]]
    total: int                               # rows the whole table has
    all_rows: bool
    sources: dict[str, tuple[str, str]]
