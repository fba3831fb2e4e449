"""A headline tile shows the figure an earlier article gave (``kpi.earlier``) as one muted line,
in the window and in fair mode, as the paper prints it (issue 20, point 4)."""
from PySide6.QtWidgets import QLabel

from backan_desktop.core.sheets.model import Kpi

KPI = Kpi("GRDP", "VND 21,071 billion", "2025", "estimate", "ᵉ", [1, 3], change="▲ +VND 6,057 billion vs 2022",
          earlier="2020: VND 12,829 billion (1.5× vs 2015) [3]")


def _line(widget, name):
    return [w.text() for w in widget.findChildren(QLabel, name)]


def test_window_tile_shows_the_earlier_figure(qtbot):
    from backan_desktop.ui.pages.section_page import KpiTile
    tile = KpiTile(KPI, "en")
    qtbot.addWidget(tile)
    assert _line(tile, "kpiEarlier") == ["2020: VND 12,829 billion (1.5× vs 2015) [3]"]
    assert "2020: VND 12,829 billion" in tile.accessibleDescription()


def test_fair_mode_tile_shows_it_where_there_is_room(qtbot):
    from backan_desktop.ui.kiosk.widgets import KpiBlock
    tile = KpiBlock(KPI, "en", "tileKpi", show_note=True)
    qtbot.addWidget(tile)
    assert _line(tile, "kpiEarlier") == ["2020: VND 12,829 billion (1.5× vs 2015)"]    # no "[3]": no source list
    assert "2020: VND 12,829 billion" in tile.accessibleDescription()
    tile.spare_earlier = True                # a tile whose height the screen imposes
    tile.resize(400, 90)                     # too short: the earlier line is the one left out
    tile.fit_earlier()
    assert tile.earlier_label.isHidden()
    tile.resize(400, 600)
    tile.fit_earlier()
    assert not tile.earlier_label.isHidden()
    slide = KpiBlock(KPI, "en", "slideKpi")   # the attract loop's big figures: the latest only
    qtbot.addWidget(slide)
    assert _line(slide, "kpiEarlier") == []


def test_a_long_value_in_a_short_tile_is_set_smaller_not_cut(qtbot):
    from backan_desktop.ui.kiosk.theme import kiosk_style
    from backan_desktop.ui.kiosk.widgets import KpiBlock
    kpi = Kpi("GRDP per capita", "VND 63 million per person", "2025", "estimate", "ᵉ", [1],
              change="▲ +VND 6 million per person vs 2024")
    tile = KpiBlock(kpi, "en", "tileKpi", show_note=True)
    tile.setStyleSheet(kiosk_style(12.0))
    qtbot.addWidget(tile)
    tile.spare_earlier = True
    tile.resize(300, 1000)                   # room enough: the theme's size
    tile.show()
    tile.fit_earlier()
    base = tile.value_label.font().pixelSize()
    need = tile.layout_.totalHeightForWidth(tile.width())
    tile.resize(300, need - 12)              # a screen's grid makes it a little too short
    tile.fit_earlier()
    assert tile.value_label.font().pixelSize() < base
    assert tile.layout_.totalHeightForWidth(tile.width()) <= tile.height()      # nothing cut off
    tile.resize(300, 1000)
    tile.fit_earlier()
    assert tile.value_label.font().pixelSize() == base                         # and back when there is room
