"""Big resources are checked column-wise with pandas: same problems, same rows and columns."""
import pytest

from backan_desktop.core import package
from backan_desktop.core.package import load_package
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
