"""Periods in spreadsheet cells read the same whatever the process locale: Qt calls setlocale()
on Unix, so on a Vietnamese desktop LC_TIME names the months 'thg 1'… and strptime('%b %Y') no
longer reads 'Jan 2020' — the window and the CLI would read the same file differently."""
import calendar
import locale

import _strptime
import pytest

from backan_desktop.core.periods import normalise_period

VI_MONTH_NAMES = ["", *(f"tháng {i}" for i in range(1, 13))]
VI_MONTH_ABBR = ["", *(f"thg {i}" for i in range(1, 13))]

CELLS = {
    "Jan 2020": "2020-01",
    "September 2021": "2021-09",
    "sep 2021": "2021-09",
    "Mar 5 2019": "2019-03-05",
    "March 5, 2019": "2019-03-05",
    "5 Mar 2019": "2019-03-05",
    "31 December 2024": "2024-12-31",
    "Feb 30 2020": None,
    "Sept 2021": None,
}


@pytest.fixture(params=["vi_VN.UTF-8", "patched"])
def vietnamese_lc_time(request, monkeypatch):
    """LC_TIME set to Vietnamese: the real locale where the machine has it, else strptime's view
    of the locale patched to what it would be (its month names come from the calendar module)."""
    if request.param == "vi_VN.UTF-8":
        old = locale.setlocale(locale.LC_TIME)
        try:
            locale.setlocale(locale.LC_TIME, "vi_VN.UTF-8")
        except locale.Error:
            pytest.skip("no vi_VN.UTF-8 locale on this machine")
        yield
        locale.setlocale(locale.LC_TIME, old)
        return
    monkeypatch.setattr(calendar, "month_name", VI_MONTH_NAMES)
    monkeypatch.setattr(calendar, "month_abbr", VI_MONTH_ABBR)
    monkeypatch.setattr(_strptime, "_getlang", lambda: ("vi_VN", "UTF-8"))
    yield


@pytest.mark.parametrize("cell, period", CELLS.items())
def test_month_names_read_the_same_in_every_locale(cell, period):
    assert normalise_period(cell) == period


@pytest.mark.parametrize("cell, period", CELLS.items())
def test_month_names_read_the_same_under_a_vietnamese_locale(vietnamese_lc_time, cell, period):
    assert normalise_period(cell) == period
