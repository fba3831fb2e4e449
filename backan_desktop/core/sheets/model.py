"""Fact-sheet content as data: what a section page shows and what a printed sheet carries.

A :class:`Sheet` holds only formatted text and numbers — no layout. The Qt page widgets and the
PDF/print renderer both draw a Sheet, so the screen and the paper cannot tell different stories.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from ..context import Comparison, Profile

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
    context: int = 0          # the "In context" block after the charts: 0 none, 1 its lines, 2 with its map or chart
    context_lines: int = ALL  # of its lines, the first ones (ALL: every one)

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
    # the content the sheet was placed from, built once: its fronts and appendix are placed from it
    # (the sheet keeps no library: placing never goes back to it); None on an appendix
    content: Optional[SectionContent | DatasetContent] = field(default=None, repr=False, compare=False)
    context: Optional[ContextBlock] = None    # placed, its sources numbered; printed fronts only

    @property
    def main_source_url(self) -> str:
        return next((s.url for s in self.sources if s.url.startswith("http")), "")

    @property
    def is_empty(self) -> bool:
        return not (self.kpis or self.charts or self.tables)



# -- the "In context" block (built by core.sheets.context_block) -----------------------------------
@dataclass
class ContextLine:
    """One figure in context: ``label`` ("GRDP growth rate, 2023") and its parts ("Bắc Kạn: 6.33%ᵉ [3]",
    "region: rank 6 of 14 …", "Vietnam: 5.05%ᵉ [4]"); ``uses``: the sources the parts cite."""
    label: str
    parts: list[str]
    uses: list[str]
    published: bool = False       # it cites a published rank (rather than one computed from a complete set)


@dataclass
class ContextBlock:
    title: str
    lines: list[ContextLine]
    notes: list[str]                              # how ranks were obtained; what the profile lacks
    ranked: Optional[Comparison] = None
    ranked_title: str = ""
    ranked_uses: list[str] = field(default_factory=list)
    profile: Optional[Profile] = None             # only when Bắc Kạn has sub-index scores
    map: bool = False
    ranked_refs: list[int] = field(default_factory=list)      # numbered when placed
    profile_refs: list[int] = field(default_factory=list)
    published_note: str = ""                      # said when a line cites a published rank
    graphic_notes: list[str] = field(default_factory=list)    # said with the chart and profile only

    @property
    def uses(self) -> list[str]:
        """Every source the block cites, in reading order."""
        out = [s for ln in self.lines for s in ln.uses] + self.ranked_uses
        return list(dict.fromkeys(out + (self.profile.sources if self.profile else [])))


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
    pinned: bool = False          # the figure shown is the one the tile's definition pins (an article's)


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
    context: Optional[ContextBlock] = None   # the "In context" block of a printed front


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
