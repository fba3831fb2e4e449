from backan_desktop.core.formatting import UnitFormat, format_change, format_number, format_quantity
from backan_desktop.core.numbers import EN, VI, decimals_of_literal, decimals_written
from backan_desktop.core.periods import PeriodError, parse_period

BN = UnitFormat("bn_vnd", "tỷ đồng", "VND billion", "{value} tỷ đồng", "VND {value} billion")
PCT = UnitFormat("pct", "%", "%", "{value} %", "{value}%")
PC = UnitFormat("mn_vnd_per_person", "triệu đồng/người", "VND million per person",
                "{value} triệu đồng/người", "VND {value} million per person")


def test_numbers_by_language():
    assert format_number(12829, "vi", 0) == "12.829"
    assert format_number(12829, "en", 0) == "12,829"
    assert format_number(1234.5, "vi", 1) == "1.234,5"
    assert format_number(1.025, "vi", 3) == "1,025"
    assert format_number(1.025, "en", 3) == "1.025"
    assert format_number(-3.5, "en", 1) == "-3.5"
    assert format_number(float("nan"), "vi") == "–"


def test_quantities_keep_source_precision_and_qualifiers():
    assert format_quantity(12829, "vi", BN, 0) == "12.829 tỷ đồng"
    assert format_quantity(12829, "en", BN, 0) == "VND 12,829 billion"
    assert format_quantity(7.0, "vi", PCT, 1) == "7,0 %"
    assert format_quantity(5.3, "en", PCT, 1) == "5.3%"
    assert format_quantity(40.4, "vi", PC, 1, "over") == "trên 40,4 triệu đồng/người"
    assert format_quantity(40.4, "en", PC, 1, "over") == "over VND 40.4 million per person"


def test_changes():
    assert format_change(12.1, "vi", PC, 1) == "+12,1 triệu đồng/người"
    assert format_change(-0.5, "en", PCT, 1) == "-0.5 pp"


def test_decimals_of_literals():
    assert [decimals_of_literal(s) for s in ("7.0", "12829", "1.025", "1e3", "12.56")] == [1, 0, 3, 0, 2]


def test_decimals_written_in_a_cell():
    cells = ["12.50", "1e-05", "1.5E+3", "7", "", " 3.25 ", "5.3%", "(12.5)", "1,234.567", "-0.5", "1.0000000000000001"]
    assert [decimals_written(c, EN) for c in cells] == [2, 5, 0, 0, 0, 2, 1, 1, 3, 1, 12]
    vi = ["12,50", "1.234,567", "5,3 %", "1,5E+3"]
    assert [decimals_written(c, VI) for c in vi] == [2, 3, 1, 0]


def test_periods():
    assert parse_period("2021-H1").label("vi") == "6 tháng đầu năm 2021"
    assert parse_period("2021-H1").label("en") == "H1 2021"
    assert parse_period("2016-2020").label("en") == "2016–2020"
    assert parse_period("2023-5M").label("en") == "Jan–May 2023"
    assert parse_period("2025-07-01").label("en") == "1 July 2025"
    order = sorted(["2021", "2021-H1", "2016-2020", "2020", "2023-5M"], key=lambda s: parse_period(s).sort_key())
    assert order == ["2020", "2016-2020", "2021-H1", "2021", "2023-5M"]
    for bad in ("2021-H3", "20", "2020-2019", "2021-13", "x"):
        try:
            parse_period(bad)
        except PeriodError:
            continue
        raise AssertionError(bad)
