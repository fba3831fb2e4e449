"""Fair mode's screens are composed, not paged by count: every tile, chart and list shown once,
tiles split evenly, and no screen left to one or two tiles or a short list while a chart could
share it (issue 20: "a page with one tile is not 75 % blank")."""
import pytest

from backan_desktop.core.sheets import SHEET_IDS, build_sheet
from backan_desktop.ui.kiosk.detail import SHORT_LIST, compose
from backan_desktop.ui.kiosk.slides import section_list

SCREENS = {"1366x768": (False, True), "1920x1080": (False, False), "1080x1920": (True, False)}


@pytest.mark.parametrize("screen", SCREENS)
def test_every_section_fills_its_screens(library, screen):
    portrait, short = SCREENS[screen]
    for sid in SHEET_IDS:
        sheet = build_sheet(library, sid, "en")
        bullets = section_list(library, sid, "en")[1] or []
        pages = compose(len(sheet.kpis), len(sheet.charts), len(bullets), portrait, short)
        items = [it for page in pages for pane in page for it in pane]
        shown = [i for it in items if it[0] == "kpis" for i in range(it[1], it[2])]
        assert shown == list(range(len(sheet.kpis))), sid
        assert sorted(it[1] for it in items if it[0] == "chart") == list(range(len(sheet.charts))), sid
        assert sum(it[0] == "list" for it in items) == (1 if bullets else 0), sid
        sizes = [it[2] - it[1] for it in items if it[0] == "kpis"]
        assert not sizes or max(sizes) - min(sizes) <= 1, (sid, sizes)       # 7 tiles: 4 + 3, never 6 + 1
        for page in pages:
            alone = [it for pane in page for it in pane]
            if sheet.charts:
                assert not (len(alone) == 1 and alone[0][0] == "kpis" and alone[0][2] - alone[0][1] <= 2), (sid, pages)
            if len(alone) == 1 and alone[0] == ("list",) and sheet.charts and not portrait and not short:
                assert len(bullets) > SHORT_LIST, (sid, pages)       # (a short screen has no room beside a chart)
            if portrait:                                  # a tall screen holds two charts, a wide one one
                assert sum(it[0] == "chart" for it in alone) <= 2
            else:
                assert sum(it[0] == "chart" for it in alone) <= 1


def test_composition_examples():
    # one tile, one chart and a short list (trade promotion): one screen, not three
    assert compose(1, 1, 5, portrait=False) == [[[("kpis", 0, 1), ("list",)], [("chart", 0)]]]
    assert len(compose(1, 1, 5, portrait=True)) == 1
    # seven tiles on a short screen and no chart: 4 + 3
    assert [p[0][0] for p in compose(7, 0, 0, portrait=False, short=True)] == [("kpis", 0, 4), ("kpis", 4, 7)]
    # portrait: four tiles above each chart, then two charts a screen
    assert compose(8, 3, 0, portrait=True) == [[[("kpis", 0, 4)], [("chart", 0)]], [[("kpis", 4, 8)], [("chart", 1)]],
                                               [[("chart", 2)]]]


def test_a_list_shows_whole_entries_and_says_how_many_it_left_out(qtbot):
    """On a small screen or with larger text, entries that do not fit are left out from the end
    (never drawn over each other) and the card says how many."""
    from PySide6.QtWidgets import QApplication

    from backan_desktop.ui.kiosk.panes import ListPage
    from backan_desktop.ui.kiosk.slides import Bullet
    from backan_desktop.ui.kiosk.theme import kiosk_style
    bullets = [Bullet(f"Entry {i}", "a detail line") for i in range(6)]
    page = ListPage("Events", bullets)
    qtbot.addWidget(page)
    page.setStyleSheet(kiosk_style(8.0, 1.0))
    page.set_unit(8.0, False)
    page.resize(500, 900)
    page.show()
    QApplication.processEvents()
    assert all(r.isVisible() for r in page.rows) and not page.more.isVisible()
    page.resize(500, 260)
    QApplication.processEvents()
    shown = [r for r in page.rows if r.isVisible()]
    assert 0 < len(shown) < 6 and shown == page.rows[:len(shown)]
    assert page.more.isVisible() and page.more.text() == f"… and {6 - len(shown)} more"
    bottom = max(r.geometry().bottom() for r in shown)
    assert bottom <= page.more.geometry().top()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)])
def test_tiles_are_as_tall_as_their_text_and_nothing_is_cut(qtbot, data_home, library, size):
    """Issue 20: three tiles stretched over a 1366×768 screen were half empty, portrait tiles
    mostly empty. A tile is at most ~1.5× as tall as the text of its row needs (never twice its
    own), its text is never cut, and every tile lies inside its screen — on every screen of every
    section, in both languages; the top bar's buttons keep their words whole."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.kiosk.pin import PinStore
    from backan_desktop.ui.kiosk.window import KioskWindow
    PinStore().set_pin("2468")
    w, h = size
    try:
        for lang in ("en", "vi"):
            install_language(lang)
            win = KioskWindow(data_home, lang, library=library, slide_ms=60000, idle_ms=60000, fade_ms=0,
                              volumes=lambda: [])
            qtbot.addWidget(win)
            win.start(full_screen=False)
            win.resize(w, h)
            qtbot.waitUntil(lambda: win.state == "attract" and win.width() == w, timeout=10000)
            for sid in SHEET_IDS:
                win.show_section(sid)
                QApplication.processEvents()
                for button in win.top.findChildren(QPushButton):      # the top bar's words are never cut
                    if button.isVisible() and button.text():
                        assert button.width() >= button.sizeHint().width(), (lang, size, button.text())
                for index, page in enumerate(win.detail.pages):
                    win.detail.set_page(index)
                    QApplication.processEvents()
                    tiles = getattr(page, "tiles", [])
                    for tile in tiles:
                        where = (lang, sid, index, tile.kpi.label, size)
                        # tiles side by side are as tall as the tallest text of their row
                        row = [o for o in tiles if o.parentWidget() is tile.parentWidget() and o.y() == tile.y()]
                        need = max(o.need(o.width()) for o in row)
                        assert tile.height() <= 1.5 * need, (where, tile.height(), need)
                        assert tile.height() <= 2 * tile.need(tile.width()), where
                        assert tile.layout_.totalHeightForWidth(tile.width()) <= tile.height() + 1, where
                        bottom = tile.mapTo(page, tile.rect().bottomLeft()).y()
                        assert bottom <= page.height(), (where, bottom, page.height())
            win.leave()
    finally:
        install_language("en")
