"""Periods that look like dates but are no day of the calendar are problems, not crashes later."""
import shutil

import pytest

from backan_desktop.core.library import load_library
from backan_desktop.core.paths import bundled_package_dir
from backan_desktop.core.periods import PeriodError, parse_period


@pytest.mark.parametrize("text", ["2000-02-31", "2023-02-29", "2021-04-31"])
def test_a_day_that_does_not_exist_is_refused_with_its_reason(text):
    with pytest.raises(PeriodError) as err:
        parse_period(text)
    assert str(err.value.message) == f"'{text}' is not a day of the calendar"


def test_a_real_day_is_read():
    p = parse_period("2024-02-29")
    assert (p.kind, p.start, p.part, p.day) == ("date", 2024, 2, 29)
    assert p.span()


def test_a_package_row_with_such_a_day_is_a_problem_with_its_row(tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(bundled_package_dir(), pkg)
    path = pkg / "observations.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines[1].split(",")
    first[2] = "2021-02-30"
    lines[1] = ",".join(first)
    path.write_text("\n".join(lines), encoding="utf-8")
    lib = load_library(pkg)
    assert any(p.row == 2 and "is not a day of the calendar" in str(p.message) for p in lib.problems)
