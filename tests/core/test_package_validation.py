"""Validation: every problem names the file, and the row and column where there is one."""
import json
import os

import pytest

from backan_desktop.core.datapackage import load_package
from pkgfactory import make_package


def problems(folder):
    return [str(p) for p in load_package(folder).problems]


def test_valid_package_loads_typed_values(tmp_path):
    pkg = load_package(make_package(tmp_path / "p"))
    assert pkg.problems == []
    table = pkg.tables["data"]
    assert table.columns["value"] == [1.5, 2.0]
    assert table.decimals["value"] == [1, 0]
    assert table.columns["year"] == [2020, 2021]


def test_wrong_type_names_row_and_column(tmp_path):
    out = problems(make_package(tmp_path / "p", rows="a,2020,abc,official,s1\n"))
    assert out == ["data.csv:2:3: value: 'abc' is not a number (use '.' for decimals, no thousands separators)"]


def test_enum_required_and_duplicate_key(tmp_path):
    rows = "a,2020,1,maybe,s1\n,2021,2,official,s1\na,2022,3,official,s1\n"
    out = problems(make_package(tmp_path / "p", rows=rows))
    assert any(p.startswith("data.csv:2:4: status: 'maybe' is not one of") for p in out)
    assert "data.csv:3:1: id: a value is required" in out
    assert any(p.startswith("data.csv:4:1: duplicate key (a)") for p in out)


def test_foreign_key_reports_row(tmp_path):
    out = problems(make_package(tmp_path / "p", rows="a,2020,1,official,nope\n"))
    assert out == ["data.csv:2:5: ref: 'nope' is not an id in 'refs'"]


def test_nan_and_infinity_refused(tmp_path):
    out = problems(make_package(tmp_path / "p", rows="a,2020,nan,official,s1\nb,2020,inf,official,s1\n"))
    assert [p.split(":")[1:3] for p in out] == [["2", "3"], ["3", "3"]]


def test_missing_column_and_wrong_field_count(tmp_path):
    out = problems(make_package(tmp_path / "p", header="id,year,value,status"))
    assert out and out[0].startswith("data.csv:1:") and "missing column(s): ref" in out[0]
    out = problems(make_package(tmp_path / "q", rows="a,2020,1,official\n"))
    assert out[0].startswith("data.csv:2:") and "has 4 fields, expected 5" in out[0]


def test_invalid_json_reports_line_and_column(tmp_path):
    folder = make_package(tmp_path / "p")
    (folder / "datapackage.json").write_text('{\n  "name": "x",\n  "resources": [,]\n}', encoding="utf-8")
    out = problems(folder)
    assert len(out) == 1 and out[0].startswith("datapackage.json:3:") and "invalid JSON" in out[0]


def test_schema_shape_errors_are_listed_not_raised(tmp_path):
    folder = make_package(tmp_path / "p")
    desc = json.loads((folder / "datapackage.json").read_text())
    desc["resources"][0]["schema"]["fields"][1]["type"] = "complex"
    (folder / "datapackage.json").write_text(json.dumps(desc, indent=1))
    out = problems(folder)
    assert any("resources.0.schema.fields.1.type" in p for p in out)


@pytest.mark.parametrize("path,words", [
    ("../outside.csv", "contains '..'"),
    ("/etc/passwd", "absolute"),
    ("https://example.org/data.csv", "URL"),
    ("file:///etc/passwd", "URL"),
    ("sub\\..\\..\\x.csv", "must use '/'"),
])
def test_paths_outside_the_package_are_refused(tmp_path, path, words):
    (tmp_path / "outside.csv").write_text("id\n1\n")
    out = problems(make_package(tmp_path / "p", path=path))
    assert any(words in p and p.startswith("datapackage.json") for p in out), out


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_escaping_the_folder_is_refused(tmp_path):
    (tmp_path / "secret.csv").write_text("id,year,value,status,ref\n")
    folder = make_package(tmp_path / "p")
    (folder / "link.csv").symlink_to(tmp_path / "secret.csv")
    desc = json.loads((folder / "datapackage.json").read_text())
    desc["resources"][0]["path"] = "link.csv"
    (folder / "datapackage.json").write_text(json.dumps(desc))
    assert any("outside the package folder" in p for p in problems(folder))


def test_wrong_encoding_names_line(tmp_path):
    folder = make_package(tmp_path / "p")
    (folder / "data.csv").write_bytes("id,year,value,status,ref\nb,2020,1,official,s1\nTr\xe0,2021,1,official,s1\n".encode("cp1258"))
    out = problems(folder)
    assert out and out[0].startswith("data.csv:3:1: not valid utf-8")


def test_decomposed_unicode_is_normalised(tmp_path):
    import unicodedata
    nfd = unicodedata.normalize("NFD", "Bắc Kạn")
    pkg = load_package(make_package(tmp_path / "p", rows=f"{nfd},2020,1,official,s1\n"))
    assert pkg.tables["data"].columns["id"] == ["Bắc Kạn"]


def test_binary_garbage_gives_a_problem(tmp_path):
    folder = make_package(tmp_path / "p")
    (folder / "data.csv").write_bytes(bytes(range(256)) * 4)
    assert problems(folder)


def test_not_a_folder(tmp_path):
    out = problems(tmp_path / "missing")
    assert out and "not a folder" in out[0]


def test_a_role_without_its_columns_is_a_problem_not_a_crash(tmp_path):
    """A package that says role 'series' (or 'indicators'…) but lacks the columns the library reads."""
    import json

    from backan_desktop.core.library import load_library

    folder = tmp_path / "home" / "datasets" / "odd"
    folder.mkdir(parents=True)
    (folder / "rows.csv").write_text("name,value\na,1\n", encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({"name": "odd", "resources": [{
        "name": "rows", "path": "rows.csv", "role": "series",
        "schema": {"fields": [{"name": "name"}, {"name": "value", "type": "number"}]}}]}), encoding="utf-8")
    problems = [str(p) for p in load_package(folder).problems]
    assert problems == ["datapackage.json: resource 'rows': role 'series' needs the column(s) indicator, period"]
    lib = load_library(data_home=tmp_path / "home")          # the library loads; the problem is listed
    assert any("role 'series' needs" in str(p) for p in lib.problems)
