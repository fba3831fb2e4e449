"""Which decimal mark a column is written with is decided from all of its values: the reading
under which every value parses; only when both do (every value like '12.829') does the rest of the
file decide (its other columns, the headings' language, the encoding). The review says which
reading each column got and why — the same whether the file is read whole or in parallel pieces."""
import numpy as np
import pytest
from hypothesis import example, given, strategies as st

from backan_desktop.core.importing.collect import read_numbers
from backan_desktop.core.readers import csv as readers
from backan_desktop.core.importing import ImportOptions, Mapping, preview_table, reading_lines
from backan_desktop.core.numbers import EN, VI, NumberError, decimals_written, fit_column, parse_number
from tablefactory import FIRST_LIFE, windows_1258, write_panel

def test_country_year_panel_with_three_decimal_values_imports_as_written(tmp_path):
    """The reported case: '28.417' first, '33.07' further down; nothing to set by hand."""
    path = tmp_path / "panel.csv"
    write_panel(path)
    p = preview_table(path, ImportOptions(mapping=Mapping(area_col="country", period_col="year")))
    assert p.problems == []
    rows = p.rows.set_index(["indicator", "area", "period"])["value"]
    assert rows[("lifeExp", "Lechenwood", "1952")] == 28.417
    assert rows[("lifeExp", "Lechenwood", "1967")] == 33.07
    assert len(p.rows) == 8 * 12 * 3
    assert float(rows[("pop", "Lechenwood", "1952")]).is_integer()
    assert [(r.columns, r.style, r.reason) for r in p.readings] == [
        (("lifeExp",), EN, "only"), (("pop",), EN, "plain"), (("gdpPercap",), EN, "only")]
    assert reading_lines(p.readings) == [
        "Numbers in lifeExp, gdpPercap: decimal point — only that reading fits every value (e.g. '33.07')",
        "Numbers in pop: no decimal or thousands marks (both readings give the same numbers)",
    ]
    assert reading_lines(p.readings, "vi")[0] == ("Số trong cột lifeExp, gdpPercap: dấu thập phân là dấu chấm — "
                                                   "chỉ cách đọc này khớp mọi giá trị (vd. '33.07')")
    # read the Vietnamese way on purpose, the same column is refused cell by cell: the choice matters
    flipped = preview_table(path, ImportOptions(mapping=Mapping(area_col="country", period_col="year",
                                                                decimals={"lifeExp": ","})))
    assert flipped.problems[0].message == "value: '33.07' has misplaced thousands separators"


@pytest.mark.parametrize("header", ["country,year,indicator,value", "quốc gia,năm,chỉ tiêu,giá trị"])
def test_every_path_reads_a_panel_whose_head_fits_both_readings_the_same(tmp_path, monkeypatch, header):
    """The head of a big file (256 KB, from which its encoding and delimiter are sniffed) holds
    only three-decimal values; '33.07'-like ones come later. English headings lean the right way,
    Vietnamese ones the wrong way: either way both readers give the same figures, decided by all
    the values."""
    path = tmp_path / "panel-long.csv"
    write_panel(path, countries=3000, layout="long", three_first=2000, header=header, first=FIRST_LIFE[:3])
    assert path.stat().st_size > 1_000_000
    small = preview_table(path, ImportOptions())
    with monkeypatch.context() as m:
        m.setattr(readers, "BIG_CSV_BYTES", 50_000)
        m.setattr(readers, "SPLIT_CSV_BYTES", 0)
        m.setattr(readers, "PIECE_BYTES", 100_000)
        m.setattr(readers, "reader_threads", lambda: 3)
        big = preview_table(path, ImportOptions())
    cols = ["indicator", "area", "period", "value"]
    for p in (small, big):
        assert p.problems == [] and len(p.rows) == 36_000
        assert [r.style for r in p.readings] == [EN]
        assert p.rows[cols].astype(object).values.tolist() == small.rows[cols].astype(object).values.tolist()
    assert small.rows["value"].iloc[:3].tolist() == [28.417, 30.105, 31.862]
    value = header.split(",")[-1]
    later = small.readings[0].example            # the first value only a decimal point reads, past the head
    assert small.rows["file_row"][small.rows["value"] == float(later)].iloc[0] > 20_000
    line = f"Numbers in {value}: decimal point — only that reading fits every value (e.g. '{later}')"
    assert reading_lines(small.readings) == reading_lines(big.readings) == [line]


AMBIGUOUS = {
    # every value of the measured column is like '12.829': one mark, three digits after it
    "other columns": ("x,y,size,share\nA,2000,1.234,5.5\nA,2001,2.345,6.25\nB,2000,12.829,7\n", "y",
                      [1.234, 2.345, 12.829], "size: decimal point, '1.234' read as 1.234 — every value fits "
                      "both readings; the file's other columns (share) use a decimal point"),
    "English headings": ("country,year,lifeExp\nA,2000,28.417\nA,2001,30.105\nB,2000,31.862\n", "year",
                         [28.417, 30.105, 31.862], "lifeExp: decimal point, '28.417' read as 28.417 — every value "
                         "fits both readings; the headings are in English"),
    "Vietnamese headings": ("Huyện,Năm,Diện tích\nA,2000,1.234\nA,2001,2.345\nB,2000,12.829\n", "Năm",
                            [1234, 2345, 12829], "Diện tích: decimal comma, '1.234' read as 1234 — every value fits "
                            "both readings; the headings are in Vietnamese"),
    "nothing": ("a,b,c\nA,2000,1.234\nA,2001,2.345\nB,2000,12.829\n", "b",
                [1234, 2345, 12829], "c: decimal comma, '1.234' read as 1234 — every value fits both readings; "
                "nothing else in the file tells them apart, so they are read the Vietnamese way"),
}


@pytest.mark.parametrize("case", sorted(AMBIGUOUS))
def test_values_that_fit_both_readings_follow_the_rest_of_the_file(tmp_path, case):
    text, period, values, line = AMBIGUOUS[case]
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    p = preview_table(path, ImportOptions(mapping=Mapping(shape="wide", period_col=period)))
    assert p.problems == []
    name = line.split(":")[0]
    assert p.rows[p.rows["indicator"] == name]["value"].tolist() == values
    assert f"Numbers in {line}" in reading_lines(p.readings)
    assert next(r for r in p.readings if name in r.columns).ambiguous


def test_a_vietnamese_code_page_tells_when_nothing_else_does(tmp_path):
    """A Windows-1258 file (Vietnamese Excel's 'CSV') with headings that name no language."""
    path = tmp_path / "cp1258.csv"
    path.write_bytes(windows_1258("id,t,x\nChợ Đồn,2020,1.234\nNa Rì,2021,12.829\n"))
    p = preview_table(path, ImportOptions(mapping=Mapping(shape="wide", period_col="t")))
    assert p.problems == [] and p.encoding == "windows-1258"
    assert p.rows["value"].tolist() == [1234, 12829]
    assert reading_lines(p.readings) == [
        "Numbers in x: decimal comma, '1.234' read as 1234 — every value fits both readings; the file is saved "
        "as windows-1258 (Vietnamese)"]


def test_one_column_can_be_flipped_and_the_others_keep_theirs(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b,c,d\nA,2000,1.234,1.5\nA,2001,2.345,2.25\n", encoding="utf-8")
    p = preview_table(path, ImportOptions(mapping=Mapping(shape="wide", period_col="b", decimals={"c": ","})))
    assert p.problems == []
    assert p.rows[p.rows["indicator"] == "c"]["value"].tolist() == [1234, 2345]
    assert p.rows[p.rows["indicator"] == "d"]["value"].tolist() == [1.5, 2.25]
    assert reading_lines(p.readings)[0] == "Numbers in c: decimal comma, '1.234' read as 1234 — as you chose"
    wrong = preview_table(path, ImportOptions(mapping=Mapping(shape="wide", period_col="b", decimals={"z": ","})))
    assert [x.message for x in wrong.problems] == [
        "decimal mark given for a column that is not there: 'z' (columns: a, b, c, d)"]


def test_vietnamese_yearbook_columns_read_the_vietnamese_way(tmp_path):
    """Each period column of a yearbook is judged alone; '12.829' and '5,3' settle it."""
    path = tmp_path / "nien-giam.csv"
    path.write_text("Chỉ tiêu;2020;2021;Sơ bộ 2022\nGRDP;12.829;13.745;15.014\nTăng trưởng;5,3;4,1;6,2\n",
                    encoding="utf-8")
    p = preview_table(path, ImportOptions())
    assert p.problems == []
    assert p.rows["value"].tolist() == [12829, 13745, 15014, 5.3, 4.1, 6.2]
    assert reading_lines(p.readings) == [
        "Numbers in 2020, 2021, Sơ bộ 2022: decimal comma — only that reading fits every value (e.g. '5,3')"]


def test_a_leading_zero_group_is_never_thousands():
    with pytest.raises(NumberError):
        parse_number("0.500", VI)
    with pytest.raises(NumberError):
        parse_number("1234.567", VI)          # a first group of four digits is not grouping
    assert parse_number("0.500", EN) == 0.5
    assert fit_column(["0.500", "1.250"]).settled is EN
    assert fit_column(["1.234.567", "2.500"]).settled is VI
    assert fit_column(["1.234", "2.500"]).settled is None


@given(st.lists(st.one_of(st.text(alphabet="0123456789.,-+ %()xeE１٣", max_size=12),
                          st.from_regex(r"-?[1-9]\d{0,2}([.,]\d{3}){0,3}([.,]\d{1,3})?", fullmatch=True),
                          st.floats(), st.integers(-10**6, 10**6)), max_size=12))
@example(["9" + "0" * 308, "1" + "0" * 308, "1.000", "0.500", "1.5", "12.829", " 7 ", "(5,30)", "1e-05", "2.5E+3", "٣.000", "1\x00,5"])
def test_a_column_is_read_once_per_shape_as_each_cell_alone(texts):
    """The importer reads a column's texts once per shape (digits 1–9 as 9) and a sheet's floats
    at once: each cell gets what parse_number and decimals_written give it alone — whatever the
    other cells of its shape."""
    import math

    for style in (VI, EN):
        values, missing, bad, decimals = read_numbers(texts, style)
        for i, text in enumerate(texts):
            try:
                one = parse_number(text, style)
            except NumberError:
                assert bad[i] and not missing[i], (text, style)
                continue
            assert not bad[i] and missing[i] == (one is None), (text, style)
            if one is not None:
                assert math.isclose(values[i], one) and decimals[i] == decimals_written(text, style), (text, style)


def test_numbers_in_exponent_notation_read_the_same_on_every_path(tmp_path, monkeypatch):
    """'1e-05' and '2.5E+3' (as R and pandas write small and large numbers) are numbers on the
    small path as they always were on the fast one; shown with the decimals they stand for."""
    lines = ["indicator,year,value"] + [f"A {i // 30},{1990 + i % 30},{i}.25" for i in range(30_000)]
    lines[20_001], lines[20_002] = "Z,2009,1e-05", "Z,2010,2.5E+3"
    path = tmp_path / "sci.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    small = preview_table(path, ImportOptions())
    monkeypatch.setattr(readers, "BIG_CSV_BYTES", 50_000)
    monkeypatch.setattr(readers, "SPLIT_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "PIECE_BYTES", 100_000)
    monkeypatch.setattr(readers, "reader_threads", lambda: 3)
    big = preview_table(path, ImportOptions())
    for p in (small, big):
        assert p.problems == [] and len(p.rows) == 30_000
        late = p.rows[p.rows["file_row"].isin([20_002, 20_003])]
        assert late["value"].tolist() == [1e-05, 2500.0] and late["decimals"].tolist() == [5, 0]
    with pytest.raises(NumberError):
        parse_number("1.234e3", VI)           # no grouping before an exponent
