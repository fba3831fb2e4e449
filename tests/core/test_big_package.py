"""The one table reader (column-wise, each distinct cell text typed once, for every size): the
problems (wording, row, column, order, limit) and the values the former row-by-row reader gave."""
import json

from backan_desktop.core.datapackage import load_package
from pkgfactory import make_package


def problems(folder):
    return [str(p) for p in load_package(folder).problems]


def read(folder):
    """(problems, rows) of the resource 'data'."""
    pkg = load_package(folder)
    table = pkg.tables.get("data")
    return [str(p) for p in pkg.problems], (table.rows() if table is not None else None)


def test_values_and_decimals(tmp_path):
    pkg = load_package(make_package(tmp_path / "p"))
    assert pkg.problems == []
    table = pkg.tables["data"]
    assert table.columns["value"] == [1.5, 2.0] and table.decimals["value"] == [1, 0]
    assert table.columns["year"] == [2020, 2021] and len(table) == 2


def test_wrong_type_names_row_and_column(tmp_path):
    out = problems(make_package(tmp_path / "p", rows="a,2020,1,official,s1\nb,2021,abc,official,s1\n"))
    assert out == ["data.csv:3:3: value: 'abc' is not a number (use '.' for decimals, no thousands separators)"]


def test_enum_required_duplicates_nan(tmp_path):
    rows = "a,2020,1,maybe,s1\n,2021,2,official,s1\na,2022,nan,official,s1\n"
    out = problems(make_package(tmp_path / "p", rows=rows))
    assert out == ["data.csv:2:4: status: 'maybe' is not one of: official, estimate",
                   "data.csv:3:1: id: a value is required",
                   "data.csv:4:3: value: 'nan' is not a number (use '.' for decimals, no thousands separators)",
                   "data.csv:4:1: duplicate key (a): same as row 2"]


def test_foreign_keys_still_checked(tmp_path):
    out = problems(make_package(tmp_path / "p", rows="a,2020,1,official,nope\n"))
    assert out == ["data.csv:2:5: ref: 'nope' is not an id in 'refs'"]


def test_codes_stay_text_and_decimals_are_as_written(tmp_path):
    rows = ("007,2020,1.50,official,s1\n010,2021,2,estimate,s1\n011,2022,1.5e3,official,s1\n"
            "012,2023,-0.25,official,s1\n")
    pkg = load_package(make_package(tmp_path / "p", rows=rows))
    assert pkg.problems == []
    table = pkg.tables["data"]
    assert table.columns["id"] == ["007", "010", "011", "012"]          # leading zeros and all
    assert table.columns["value"] == [1.5, 2.0, 1500.0, -0.25]
    assert table.decimals == {"value": [2, 0, 0, 2]}                    # 1.5e3 is 1500


BAD_ROWS = {
    "numbers": "a,2020,1,official,s1\nb,20x1,1 000,official,s1\nc,2022,1e999,official,s1\nd,2023,0x1A,official,s1\n"
               "e,99999999999999999999,2,official,s1\nf,2024, ,official,s1\n",
    "texts": "a,2020,1,Official,s1\nb,2021,2,,s1\n,2022,3,estimate,s1\nc,2023,4,official ,s1\n",
    "keys": "a,2020,1,official,s1\nb,2021,2,official,s1\na,2022,3,official,s1\nb,2023,4,official,s1\n",
}
NOT_A_NUMBER = "is not a number (use '.' for decimals, no thousands separators)"
SAID = {       # as the row-by-row reader said it, in its order (row, then column)
    "numbers": ["data.csv:3:2: year: '20x1' is not an integer", f"data.csv:3:3: value: '1 000' {NOT_A_NUMBER}",
                "data.csv:4:3: value: '1e999' is not a finite number", f"data.csv:5:3: value: '0x1A' {NOT_A_NUMBER}",
                "data.csv:6:2: year: '99999999999999999999' is not an integer", "data.csv:7:3: value: a value is required"],
    "texts": ["data.csv:2:4: status: 'Official' is not one of: official, estimate", "data.csv:4:1: id: a value is required",
              "data.csv:5:4: status: 'official ' is not one of: official, estimate"],
    "keys": ["data.csv:4:1: duplicate key (a): same as row 2", "data.csv:5:1: duplicate key (b): same as row 3"],
}


def test_problems_in_row_order_and_wrong_cells_kept_empty(tmp_path):
    for case, rows in BAD_ROWS.items():
        said, table = read(make_package(tmp_path / case, rows=rows))
        assert said == SAID[case], case
    assert [(r["year"], r["value"]) for r in table] == [(2020, 1.0), (2021, 2.0), (2022, 3.0), (2023, 4.0)]
    _said, table = read(make_package(tmp_path / "numbers2", rows=BAD_ROWS["numbers"]))
    assert [(r["year"], r["value"]) for r in table] == [(2020, 1.0), (None, None), (2022, None), (2023, None),
                                                         (None, 2.0), (2024, None)]
    _said, table = read(make_package(tmp_path / "texts2", rows=BAD_ROWS["texts"]))
    assert [r["status"] for r in table] == ["Official", None, "estimate", "official "]   # a constraint keeps the value


def test_the_problem_limit_is_said_once(tmp_path):
    said = problems(make_package(tmp_path / "many", rows="".join(f"r{i},x{i},y,bad,s1\n" for i in range(80))))
    assert len(said) == 101 and said[-1] == "data.csv: more than 100 problems; stopped checking this file"
    assert said[:3] == ["data.csv:2:2: year: 'x0' is not an integer", f"data.csv:2:3: value: 'y' {NOT_A_NUMBER}",
                        "data.csv:2:4: status: 'bad' is not one of: official, estimate"]
    assert said[99] == "data.csv:35:2: year: 'x33' is not an integer"


def test_short_long_and_blank_records(tmp_path):
    said, table = read(make_package(tmp_path / "p", rows="a,2020,1,official\nb,2021,2,official,s1,x\n\n"
                                                           "c,2022,3,official,s1\n"))
    assert said == ["data.csv:2:5: has 4 fields, expected 5", "data.csv:3:6: has 6 fields, expected 5"]
    assert [r["id"] for r in table] == ["c"]


def test_rows_before_a_broken_quote_are_still_checked(tmp_path):
    said, table = read(make_package(tmp_path / "p", rows='a,2020,x,official,s1\n"b\nc",2021,2,official,s1\n'
                                                           '"d"x,2022,3,official,s1\n'))
    assert table is None and said == [f"data.csv:2:3: value: 'x' {NOT_A_NUMBER}",
                                      "data.csv:4:1: malformed CSV: the quotes do not pair up, or a cell is longer "
                                      "than 1,048,576 characters"]


def test_dates_booleans_lengths_and_patterns(tmp_path):
    folder = tmp_path / "typed"
    folder.mkdir()
    fields = [{"name": "id", "type": "string", "constraints": {"unique": True, "maxLength": 3, "pattern": "[a-z]+"}},
              {"name": "day", "type": "date"}, {"name": "flag", "type": "boolean"},
              {"name": "year", "type": "year", "constraints": {"minimum": 2000}}]
    (folder / "data.csv").write_text("id,day,flag,year\nab,2020-01-31,true,2020\nabcd,2020-02-30,yes,1999\n"
                                     "ab,31/01/2020,0,999\nA1,,,\n", encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({"name": "typed", "resources": [
        {"name": "data", "path": "data.csv", "schema": {"fields": fields}}]}), encoding="utf-8")
    said, table = read(folder)
    assert said == ["data.csv:3:1: id: 'abcd' is longer than 3 characters",
                    "data.csv:3:2: day: '2020-02-30' is not a date (YYYY-MM-DD)",
                    "data.csv:3:3: flag: 'yes' is not a boolean (true/false)",
                    "data.csv:3:4: year: 1999 is below the minimum 2000",
                    "data.csv:4:2: day: '31/01/2020' is not a date (YYYY-MM-DD)",
                    "data.csv:4:4: year: '999' is not a four-digit year",
                    "data.csv:5:1: id: 'A1' does not match the pattern [a-z]+",
                    "data.csv:4:1: id: 'ab' repeats row 2; values must be unique"]
    assert table == [{"id": "ab", "day": "2020-01-31", "flag": True, "year": 2020},
                     {"id": "abcd", "day": None, "flag": None, "year": 1999},
                     {"id": "ab", "day": None, "flag": False, "year": None},
                     {"id": "A1", "day": None, "flag": None, "year": None}]


def test_text_is_read_in_nfc(tmp_path):
    """The same word typed composed and decomposed is one value (and here a repeated key)."""
    import unicodedata

    word = "Bắc Kạn"
    rows = (f"{unicodedata.normalize('NFD', word)},2020,1,official,s1\n"
            f"{unicodedata.normalize('NFC', word)},2021,2,official,s1\n")
    said, table = read(make_package(tmp_path / "p", rows=rows))
    assert said == ["data.csv:3:1: duplicate key (Bắc Kạn): same as row 2"]
    assert [r["id"] for r in table] == [unicodedata.normalize("NFC", word)] * 2


def test_records_of_the_wrong_length_stop_at_the_limit(tmp_path):
    said = problems(make_package(tmp_path / "p", rows="a,2020\n" * 5000))
    assert len(said) == 101 and said[0] == "data.csv:2:3: has 2 fields, expected 5"
    assert said[99] == "data.csv:101:3: has 2 fields, expected 5"
    assert said[-1] == "data.csv: more than 100 problems; stopped checking this file"
