"""Big resources are checked column-wise with pandas: the same problems (wording, row, column,
order, limit) and the same table as the row-wise reader of small files."""
import json

import pytest

from backan_desktop.core.datapackage import table as package
from backan_desktop.core.datapackage import load_package
from pkgfactory import make_package


@pytest.fixture
def column_wise(monkeypatch):
    monkeypatch.setattr(package, "BIG_TABLE_BYTES", 0)


def problems(folder):
    return [str(p) for p in load_package(folder).problems]


def both_ways(folder, monkeypatch):
    """(problems, rows) read row-wise, then column-wise."""
    by_row = load_package(folder)
    monkeypatch.setattr(package, "BIG_TABLE_BYTES", 0)
    by_column = load_package(folder)
    monkeypatch.undo()
    out = []
    for pkg in (by_row, by_column):
        table = pkg.tables.get("data")
        out.append(([str(p) for p in pkg.problems], table.rows() if table is not None else None))
    return out


def test_values_and_decimals(tmp_path, column_wise):
    pkg = load_package(make_package(tmp_path / "p"))
    assert pkg.problems == []
    table = pkg.tables["data"]
    assert table.columns["value"] == [1.5, 2.0] and table.decimals["value"] == [1, 0]
    assert table.columns["year"] == [2020, 2021] and len(table) == 2


def test_wrong_type_names_row_and_column(tmp_path, column_wise):
    out = problems(make_package(tmp_path / "p", rows="a,2020,1,official,s1\nb,2021,abc,official,s1\n"))
    assert out == ["data.csv:3:3: value: 'abc' is not a number (use '.' for decimals, no thousands separators)"]


def test_enum_required_duplicates_nan(tmp_path, column_wise):
    rows = "a,2020,1,maybe,s1\n,2021,2,official,s1\na,2022,nan,official,s1\n"
    out = problems(make_package(tmp_path / "p", rows=rows))
    assert out == ["data.csv:2:4: status: 'maybe' is not one of: official, estimate",
                   "data.csv:3:1: id: a value is required",
                   "data.csv:4:3: value: 'nan' is not a number (use '.' for decimals, no thousands separators)",
                   "data.csv:4:1: duplicate key (a): same as row 2"]


def test_foreign_keys_still_checked(tmp_path, column_wise):
    out = problems(make_package(tmp_path / "p", rows="a,2020,1,official,nope\n"))
    assert out == ["data.csv:2:5: ref: 'nope' is not an id in 'refs'"]


def test_column_wise_reading_gives_the_same_table(tmp_path, monkeypatch):
    rows = ("007,2020,1.50,official,s1\n010,2021,2,estimate,s1\n011,2022,1.5e3,official,s1\n"
            "012,2023,-0.25,official,s1\n")
    folder = make_package(tmp_path / "p", rows=rows)
    by_row = load_package(folder)
    monkeypatch.setattr(package, "BIG_TABLE_BYTES", 0)
    by_column = load_package(folder)
    assert by_row.problems == by_column.problems == []
    a, b = by_row.tables["data"], by_column.tables["data"]
    assert a.rows() == b.rows()
    assert b.columns["id"][:2] == ["007", "010"]            # codes stay text, leading zeros and all
    assert a.decimals == b.decimals and b.decimals["value"] == [2, 0, 0, 2]     # 1.5e3 is 1500


BAD_ROWS = {
    "numbers": "a,2020,1,official,s1\nb,20x1,1 000,official,s1\nc,2022,1e999,official,s1\nd,2023,0x1A,official,s1\n"
               "e,99999999999999999999,2,official,s1\nf,2024, ,official,s1\n",
    "texts": "a,2020,1,Official,s1\nb,2021,2,,s1\n,2022,3,estimate,s1\nc,2023,4,official ,s1\n",
    "keys": "a,2020,1,official,s1\nb,2021,2,official,s1\na,2022,3,official,s1\nb,2023,4,official,s1\n",
    "many": "".join(f"r{i},x{i},y,bad,s1\n" for i in range(80)),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_both_readers_say_the_same(tmp_path, monkeypatch, case):
    (row_wise, column_wise) = both_ways(make_package(tmp_path / case, rows=BAD_ROWS[case]), monkeypatch)
    assert row_wise[0] and row_wise[0] == column_wise[0]
    if case == "many":           # the row-wise reader stops at the limit: its table is cut short
        assert len(row_wise[0]) == 101 and row_wise[0][-1] == "data.csv: more than 100 problems; stopped checking this file"
    else:
        assert row_wise[1] == column_wise[1]


def test_both_readers_check_dates_booleans_and_lengths_alike(tmp_path, monkeypatch):
    folder = tmp_path / "typed"
    folder.mkdir()
    fields = [{"name": "id", "type": "string", "constraints": {"unique": True, "maxLength": 3, "pattern": "[a-z]+"}},
              {"name": "day", "type": "date"}, {"name": "flag", "type": "boolean"},
              {"name": "year", "type": "year", "constraints": {"minimum": 2000}}]
    (folder / "data.csv").write_text("id,day,flag,year\nab,2020-01-31,true,2020\nabcd,2020-02-30,yes,1999\n"
                                     "ab,31/01/2020,0,999\nA1,,,\n", encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({"name": "typed", "resources": [
        {"name": "data", "path": "data.csv", "schema": {"fields": fields}}]}), encoding="utf-8")
    (row_wise, column_wise) = both_ways(folder, monkeypatch)
    assert len(row_wise[0]) >= 7 and row_wise == column_wise


def test_both_readers_read_text_in_nfc(tmp_path, monkeypatch):
    """The same word typed composed and decomposed is one value (and here a repeated key)."""
    import unicodedata

    word = "Bắc Kạn"
    rows = (f"{unicodedata.normalize('NFD', word)},2020,1,official,s1\n"
            f"{unicodedata.normalize('NFC', word)},2021,2,official,s1\n")
    (row_wise, column_wise) = both_ways(make_package(tmp_path / "p", rows=rows), monkeypatch)
    assert row_wise == column_wise
    assert row_wise[0] == ["data.csv:3:1: duplicate key (Bắc Kạn): same as row 2"]
    assert [r["id"] for r in column_wise[1]] == [unicodedata.normalize("NFC", word)] * 2
