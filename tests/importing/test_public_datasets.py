"""Real public datasets that nobody here wrote (the Vega project's sample data, shipped offline by
the vega_datasets package) import with no hand editing."""
from pathlib import Path

import pytest

from backan_desktop.core.importing import ImportOptions, preview_table

vega = pytest.importorskip("vega_datasets")
DATA = Path(vega.__file__).parent / "_data"


def load(name):
    p = preview_table(DATA / name, ImportOptions())
    assert p.problems == [], [str(x) for x in p.problems[:5]]
    return p


def test_iowa_electricity_long_with_breakdown():
    p = load("iowa-electricity.csv")          # year (as 2001-01-01), source, net_generation
    rows = {(r.period, r.category): r.value for r in p.rows.itertuples()}
    assert rows[("2001", "Fossil Fuels")] == 35361
    assert len({r.category for r in p.rows.itertuples()}) == 3


def test_stocks_with_month_name_dates():
    p = load("stocks.csv")                    # symbol, date ("Jan 1 2000"), price
    rows = {(r.period, r.category): r.value for r in p.rows.itertuples()}
    assert rows[("2000-01-01", "MSFT")] == 39.81
    assert len(p.rows) == 560


def test_us_employment_wide_many_series():
    p = load("us-employment.csv")             # month + 23 series
    assert p.rows["indicator"].nunique() == 23
    first = p.rows[(p.rows["indicator"] == "nonfarm") & (p.rows["period"] == "2006-01-01")]
    assert first["value"].iloc[0] == 135450


def test_seattle_weather_slash_dates():
    p = load("seattle-weather.csv")           # 2012/01/01, numbers with '.' decimals
    rows = p.rows[(p.rows["indicator"] == "precipitation") & (p.rows["period"] == "2012-01-02")]
    assert rows["value"].iloc[0] == 10.9


def test_table_without_periods_asks_for_a_mapping():
    p = preview_table(DATA / "airports.csv", ImportOptions())
    assert p.problems and "period" in p.problems[0].message


def test_real_files_say_how_their_numbers_were_read():
    """Every local CSV of the Vega set is written with decimal points, and each column's values
    settle that alone: no column is read the Vietnamese way, none rests on a guess."""
    from backan_desktop.core.importing import reading_lines
    from backan_desktop.core.numbers import EN

    seen = 0
    for path in sorted(DATA.glob("*.csv")):
        p = preview_table(path, ImportOptions())
        for r in p.readings:
            assert r.reason in ("only", "plain"), (path.name, r)
            assert r.style is EN or r.reason == "plain", (path.name, r)
            seen += r.reason == "only"
    assert seen >= 5
    lines = reading_lines(load("seattle-weather.csv").readings)
    assert lines == ["Numbers in precipitation, temp_max, temp_min, wind: decimal point — only that reading fits "
                     "every value (e.g. '0.0')"]
