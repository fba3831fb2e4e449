"""Big resources are checked column-wise with pandas: same problems, same rows and columns."""
import pytest

from backan_desktop.core.datapackage import table as package
from backan_desktop.core.datapackage import load_package
from pkgfactory import make_package


@pytest.fixture
def column_wise(monkeypatch):
    monkeypatch.setattr(package, "BIG_TABLE_BYTES", 0)


def problems(folder):
    return [str(p) for p in load_package(folder).problems]


def test_values_and_decimals(tmp_path, column_wise):
    pkg = load_package(make_package(tmp_path / "p"))
    assert pkg.problems == []
    table = pkg.tables["data"]
    assert table.columns["value"] == [1.5, 2.0] and table.decimals["value"] == [1, 0]
    assert table.columns["year"] == [2020, 2021] and len(table) == 2


def test_wrong_type_names_row_and_column(tmp_path, column_wise):
    out = problems(make_package(tmp_path / "p", rows="a,2020,1,official,s1\nb,2021,abc,official,s1\n"))
    assert out == ["data.csv:3:3: value: 'abc' is not a number"]


def test_enum_required_duplicates_nan(tmp_path, column_wise):
    rows = "a,2020,1,maybe,s1\n,2021,2,official,s1\na,2022,nan,official,s1\n"
    out = problems(make_package(tmp_path / "p", rows=rows))
    assert any(p.startswith("data.csv:2:4: status: 'maybe' is not one of") for p in out)
    assert "data.csv:3:1: id: a value is required" in out
    assert any(p.startswith("data.csv:4:3: value: 'nan'") for p in out)
    assert any(p.startswith("data.csv:2:1: duplicate key") for p in out)


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
