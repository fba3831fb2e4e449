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
    listed (0 leaves it out, ALL lists every row). Dataset sheets: ``tables[0]`` rows of the listing."""
    intro: bool = True
    kpis: int = 99
    charts: int = FRONT_CHARTS
    tables: tuple = ()



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


@dataclass
class ChartSeries:
    name: str
    values: list[Optional[float]]
    statuses: list[str]
    decimals: int = 0                                  # most decimals of any point (axis)
    labels: list[str] = field(default_factory=list)   # formatted value per point, for tooltips/print
    point_decimals: list[int] = field(default_factory=list)


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

    @property
    def main_source_url(self) -> str:
        return next((s.url for s in self.sources if s.url.startswith("http")), "")

    @property
    def is_empty(self) -> bool:
        return not (self.kpis or self.charts or self.tables)

