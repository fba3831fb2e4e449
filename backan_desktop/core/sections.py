"""Which figures each section shows: KPI tiles, charts and tables, by indicator id.

Indicators not named here still appear in the section's "All figures" table (by their
``section`` in the indicator catalogue), so a new series added to the data shows up without code.
A printed sheet is a two-page front (tiles, the charts of ``sheet_charts``, the tables of
``sheet_tables``, as many as fit) plus an optional appendix with every figure and vintage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .texts import in_lang


@dataclass(frozen=True)
class KpiDef:
    indicator: str
    period: Optional[str] = None          # None: the latest non-target figure
    category: str = ""
    area: str = "backan"
    kinds: Optional[frozenset] = None     # period kinds considered for "latest"
    label_vi: str = ""
    label_en: str = ""
    change_indicator: str = ""            # a stated change (e.g. "+12.1 mn vs 2015")
    change_period: str = ""
    change_base: str = ""                 # what the stated change compares with, e.g. "2015"
    computed_change: bool = False         # else: difference to the previous figure of the series
    show_note: bool = False


@dataclass(frozen=True)
class ChartDef:
    indicator: str
    kind: str = "line"                    # line, bar, stacked
    categories: Optional[tuple] = None    # None: every breakdown of the indicator; ("",) = total only
    kinds: Optional[frozenset] = frozenset({"year"})
    area: str = "backan"
    title_vi: str = ""
    title_en: str = ""
    min_points: int = 2                   # fewer periods: no chart (a lone figure is a KPI or a table row); never below 2
    unit: str = ""                        # default: the indicator's unit
    exclude_targets: bool = False         # leave plan targets out (e.g. of a breakdown by stars)
    by_category: bool = False             # breakdowns on the x axis, one bar per period: for figures over
                                          # overlapping ranges of years (2004–2018, 2016–2020), which are
                                          # no points of a time series


@dataclass(frozen=True)
class TableChartDef:
    """A bar chart of one numeric column of a non-series table (e.g. booths per event)."""
    resource: str
    value: str
    label_vi: str
    label_en: str
    title_vi: str
    title_en: str
    unit: str = ""


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title_vi: str
    title_en: str
    kpis: tuple = ()
    charts: tuple = ()
    tables: tuple = ()                    # (resource, columns or None, facts section filter)
    table_charts: tuple = ()
    all_figures: bool = True              # the "All figures" table (the overview is a summary)
    figures_section: str = ""
    # printed sheets (core.sheets.fit_sheet): what a two-page front carries after the KPI tiles
    sheet_charts: tuple = ()              # print priority: indexes into charts + table_charts; () = that order
    sheet_tables: tuple = ("key_figures",)  # front tables by priority: "key_figures" or (resource, columns, section)
    key_figures: tuple = ()               # indicators the key-figures table lists first


YEAR = frozenset({"year"})
TOTAL = ("",)
SECTORS = ("agriculture", "industry_construction", "services")

_PROJECT_COLS = [("name_vi", "name_en"), ("investor", "investor"), ("area", "area"), ("sector_vi", "sector_en"),
                 ("capital", "capital"), ("capital_unit", "capital_unit"), ("year", "year"), ("status_vi", "status_en")]
_ZONE_COLS = [("name_vi", "name_en"), ("area", "area"), ("area_ha", "area_ha"), ("investment", "investment"),
              ("investment_unit", "investment_unit"), ("decision", "decision"), ("status_vi", "status_en")]
_EVENT_COLS = [("name_vi", "name_en"), ("start", "start"), ("end", "end"), ("place_vi", "place_en"),
               ("booths", "booths"), ("booths_backan", "booths_backan")]
_PRODUCT_COLS = [("name_vi", "name_en"), ("producer", "producer"), ("area", "area"), ("stars", "stars"),
                 ("certification_vi", "certification_en"), ("markets_vi", "markets_en")]
_FACT_COLS = [("label_vi", "label_en"), ("value_vi", "value_en"), ("date", "date")]
# narrower versions for a two-page front; the appendix prints the tables with every column above
_PROJECT_FRONT = [("name_vi", "name_en"), ("sector_vi", "sector_en"), ("capital", "capital"),
                  ("capital_unit", "capital_unit"), ("year", "year"), ("status_vi", "status_en")]
_ZONE_FRONT = [("name_vi", "name_en"), ("area", "area"), ("area_ha", "area_ha"), ("investment", "investment"),
               ("investment_unit", "investment_unit")]
_PRODUCT_FRONT = [("name_vi", "name_en"), ("producer", "producer"), ("area", "area"), ("stars", "stars")]

# the province's output in 2020 against 2015: the first tiles of the overview and of the economy
_GRDP_2020 = (
    KpiDef("grdp_current_prices", period="2020", change_indicator="grdp_ratio_vs_2015", change_base="2015"),
    KpiDef("grdp_growth_avg", period="2016-2020"),
    KpiDef("grdp_per_capita", period="2020", change_indicator="grdp_per_capita_change_vs_2015", change_base="2015"),
    KpiDef("labour_productivity", period="2020", change_indicator="labour_productivity_change_vs_2015", change_base="2015"),
)

SECTION_SPECS: dict[str, SectionSpec] = {
    "overview": SectionSpec(
        "overview", "Tổng quan", "Overview",
        kpis=(
            *_GRDP_2020,
            KpiDef("cooperatives", period="2021"),
            KpiDef("trade_fairs_supported", period="2015-2020"),
            KpiDef("trade_turnover", period="2020"),
            KpiDef("trade_turnover", period="2021-H1"),
            KpiDef("population", period="2024"),
            KpiDef("area_natural", kinds=YEAR),
            KpiDef("forest_cover", kinds=YEAR),
        ),
        charts=(
            ChartDef("grdp_current_prices", "bar", TOTAL),
            ChartDef("grdp_share", "stacked", SECTORS),
            ChartDef("grdp_growth_avg", "bar", SECTORS, kinds=frozenset({"range"}), by_category=True,
                     title_vi="Tăng trưởng bình quân theo khu vực, theo giai đoạn", title_en="Average growth by sector, by period"),
            ChartDef("trade_turnover", "bar", TOTAL, kinds=None),
        ),
        tables=(("facts", _FACT_COLS, "overview"),),
        all_figures=False,
        sheet_charts=(0, 1, 3, 2),
        sheet_tables=("key_figures", ("facts", _FACT_COLS, "overview")),
        key_figures=("population_density", "main_ethnic_groups", "commune_level_units", "district_level_units",
                     "years_as_separate_province"),
    ),
    "economy": SectionSpec(
        "economy", "Kinh tế", "Economy",
        kpis=(
            *_GRDP_2020,
            KpiDef("grdp_growth", kinds=YEAR, computed_change=False),
            KpiDef("grdp_per_capita", kinds=YEAR, computed_change=True),
        ),
        charts=(
            ChartDef("grdp_growth", "line", TOTAL),
            ChartDef("grdp_current_prices", "bar", TOTAL),
            ChartDef("grdp_share", "stacked", SECTORS),
            ChartDef("grdp_per_capita", "line", TOTAL),
            ChartDef("grdp_growth_avg", "bar", SECTORS, kinds=frozenset({"range"}), by_category=True),
        ),
        tables=(("facts", _FACT_COLS, "economy"),),
        sheet_charts=(1, 0, 2, 3, 4),
        sheet_tables=("key_figures", ("facts", _FACT_COLS, "economy")),
        key_figures=("budget_revenue", "enterprises", "enterprises_new", "industrial_production_value",
                     "industrial_production_growth", "tourist_visitors", "tourism_revenue", "poor_household_rate",
                     "near_poor_household_rate", "pci_rank", "grdp_rank", "grdp_per_capita_rank", "gross_value_added",
                     "households_total"),
    ),
    "agriculture": SectionSpec(
        "agriculture", "Nông nghiệp và hợp tác xã", "Agriculture & cooperatives",
        kpis=(
            KpiDef("cooperatives", period="2021"),
            KpiDef("cooperatives_with_ocop", period="2021"),
            KpiDef("ocop_products_of_cooperatives", period="2021"),
            KpiDef("ocop_share_of_cooperatives", period="2021"),
            KpiDef("cooperative_unions", period="2021"),
            KpiDef("ocop_products", kinds=None),
            KpiDef("forest_cover", kinds=YEAR),
        ),
        charts=(
            ChartDef("ocop_products", "bar", TOTAL, kinds=None),
            ChartDef("cooperatives", "bar", TOTAL, kinds=None),
            ChartDef("forest_cover", "bar", TOTAL),
            ChartDef("ocop_products", "stacked", ("five_star", "four_star", "three_star"), kinds=None,
                     exclude_targets=True,
                     title_vi="Sản phẩm OCOP theo hạng sao", title_en="OCOP products by star rating"),
        ),
        tables=(("products", _PRODUCT_COLS, ""), ("facts", _FACT_COLS, "agriculture")),
        sheet_tables=(("products", _PRODUCT_FRONT, ""), "key_figures", ("facts", _FACT_COLS, "agriculture")),
        key_figures=("cooperative_members", "cooperative_revenue", "cooperative_member_income", "forest_area",
                     "cereal_output", "food_per_capita", "new_rural_communes", "ocop_sales_points", "timber_harvest",
                     "planted_forest_new"),
    ),
    "trade-promotion": SectionSpec(
        "trade-promotion", "Xúc tiến thương mại", "Trade promotion",
        kpis=(
            KpiDef("trade_fairs_supported", period="2015-2020"),
        ),
        charts=(),
        table_charts=(
            TableChartDef("events", "booths_backan", "name_vi", "name_en", "Số gian hàng của Bắc Kạn tại các sự kiện",
                          "Bắc Kạn booths at the events", "booths"),
        ),
        tables=(("events", _EVENT_COLS, ""), ("facts", _FACT_COLS, "trade-promotion")),
        sheet_tables=(("events", _EVENT_COLS, ""), ("facts", _FACT_COLS, "trade-promotion"), "key_figures"),
    ),
    "trade": SectionSpec(
        "trade", "Xuất nhập khẩu", "Import–export",
        kpis=(
            KpiDef("trade_turnover", period="2014"),
            KpiDef("trade_turnover", period="2020"),
            KpiDef("trade_turnover", period="2021-H1"),
            KpiDef("trade_turnover", kinds=YEAR),
            KpiDef("exports", kinds=YEAR),
            KpiDef("imports", kinds=YEAR),
        ),
        charts=(
            ChartDef("trade_turnover", "bar", TOTAL, kinds=None),
            ChartDef("exports", "bar", TOTAL, kinds=None),
        ),
        tables=(("facts", _FACT_COLS, "trade"),),
        sheet_tables=("key_figures", ("facts", _FACT_COLS, "trade")),
        key_figures=("trade_balance", "exports_growth", "imports_growth", "trade_turnover_growth"),
    ),
    "investment": SectionSpec(
        "investment", "Đầu tư", "Investment",
        kpis=(
            KpiDef("projects_licensed", kinds=None),
            KpiDef("projects_licensed_capital", kinds=None),
            KpiDef("industrial_clusters", kinds=None),
            KpiDef("industrial_cluster_infrastructure_funding", kinds=None),
            KpiDef("road_infrastructure_investment", kinds=None),
        ),
        charts=(),
        table_charts=(
            TableChartDef("industrial_zones", "area_ha", "name_vi", "name_en", "Diện tích khu, cụm công nghiệp",
                          "Area of the industrial zone and clusters", "ha"),
        ),
        tables=(("projects", _PROJECT_COLS, ""), ("industrial_zones", _ZONE_COLS, ""), ("facts", _FACT_COLS, "investment")),
        sheet_tables=(("projects", _PROJECT_FRONT, ""), ("industrial_zones", _ZONE_FRONT, ""), "key_figures",
                      ("facts", _FACT_COLS, "investment")),
    ),
}


def section_title(section_id: str, lang: str) -> str:
    """The title of a section in ``lang`` ("" for an id that is no section): the one list of them."""
    spec = SECTION_SPECS.get(section_id)
    return in_lang((spec.title_vi, spec.title_en), lang) if spec else ""
