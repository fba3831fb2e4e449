"""The Overview page shows the locator map in the window's language, with Bắc Kạn filled, at the
sizes it is drawn (the window at 1366×768, fair mode at 1920×1080, where its text grows)."""
from backan_desktop.core import geo


def _colours(widget) -> set[str]:
    img = widget.grab().toImage()
    return {img.pixelColor(x, y).name() for x in range(0, img.width(), 4) for y in range(0, img.height(), 4)}


def test_the_overview_page_shows_the_map_in_the_windows_language(loaded_window, qtbot):
    from backan_desktop.qt.map_painter import FORMER
    from backan_desktop.ui.pages.map_widget import MapWidget

    win = loaded_window
    win.resize(1366, 768)
    page = win.page("overview")
    assert isinstance(page.map, MapWidget) and page.map.lang == "vi"
    assert win.page("economy").map is None
    page.ensureWidgetVisible(page.map)
    qtbot.waitUntil(lambda: page.map.isVisible() and page.map.width() > 600)
    assert FORMER.name() in _colours(page.map)
    win.set_language("en")
    assert win.page("overview").map.lang == "en"


def test_the_map_scales_its_text_for_a_fair_screen_and_draws_a_choropleth(qtbot):
    from backan_desktop.qt.map_painter import CLASSES
    from backan_desktop.ui.pages.map_widget import MapWidget

    w = MapWidget("en")
    qtbot.addWidget(w)
    w.resize(1366, 640)
    assert w.text_scale() == 1.0 or w.text_scale() < 1.2
    w.resize(1920, 1080)
    assert w.text_scale() > 1.9
    w.set_values({geo.BAC_KAN: 1.0, geo.THAI_NGUYEN: 2.0, "20": 3.0}, title="Test")   # a test dict, not figures
    colours = _colours(w)
    assert CLASSES[0].name() in colours and CLASSES[-1].name() in colours
