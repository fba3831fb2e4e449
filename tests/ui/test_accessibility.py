"""Accessibility (EN 301 549 ch. 11 / WCAG 2.2): the window and fair mode walked by keyboard —
Tab reaches every control and each has a name; every chart has a table twin and a description;
text colours of the light, dark and fair-mode themes have a contrast of at least 4.5:1."""
import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from backan_desktop.ui.kiosk.pin import PinStore
from backan_desktop.ui.main_window import NAV

PIN = "2468"


def _tab_walk(qtbot, window: QWidget, start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until the focus comes back round."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=3000)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is None or w is start or w in seen:
            break
        seen.append(w)
    return seen


def _controls(root: QWidget) -> list[QWidget]:
    """Every visible, enabled widget under ``root`` that takes the keyboard focus by Tab."""
    from PySide6.QtWidgets import QAbstractScrollArea

    def viewport(w):       # a scroll area's viewport: its view takes the focus for it
        parent = w.parentWidget()
        return isinstance(parent, QAbstractScrollArea) and parent.viewport() is w

    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not viewport(w)]


def _name(w: QWidget) -> str:
    return w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")


def test_window_by_keyboard_reaches_every_control_and_each_has_a_name(loaded_window, qtbot):
    win = loaded_window
    win.nav.setCurrentRow([k for k, _ in NAV].index("economy"))
    page = win.page("economy")
    QApplication.processEvents()
    visited = _tab_walk(qtbot, win, win.nav)
    missing = [w for w in _controls(page) if w not in visited]
    assert missing == [], [(type(w).__name__, w.objectName(), _name(w)) for w in missing]
    assert all(_name(w) for w in visited), [(type(w).__name__, w.objectName()) for w in visited if not _name(w)]
    for card in page.chart_cards:          # each chart: reached, named, described, and its table button too
        assert card.plot in visited and card.table_button in visited
        assert card.plot.accessibleName() == card.chart.title and card.plot.accessibleDescription()


def test_every_chart_has_a_table_twin(loaded_window, qtbot):
    from backan_desktop.ui.chart_menu import data_rows
    win = loaded_window
    for key in [k for k, kind in NAV if kind == "section"]:
        page = win.page(key)
        for card in page.chart_cards:
            columns, rows = data_rows(card.chart)
            model = card.table.model()
            assert [model.index(r, 0).data() for r in range(model.rowCount())] == [r[0] for r in rows]
            assert model.columnCount() == len(columns)
    win.nav.setCurrentRow([k for k, _ in NAV].index("overview"))
    card = win.page("overview").chart_cards[0]
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)        # a button used by keyboard alone
    assert card.table.isVisible() and not card.plot.isVisible()
    assert card.table_button.text() == "Hiện dạng biểu đồ"
    card.table_button.click()
    assert card.plot.isVisible() and not card.table.isVisible()


def test_the_wheel_over_a_chart_scrolls_the_page(loaded_window, qtbot):
    win = loaded_window
    win.resize(1100, 700)
    win.nav.setCurrentRow([k for k, _ in NAV].index("economy"))
    page = win.page("economy")
    QApplication.processEvents()
    bar = page.verticalScrollBar()
    plot = page.chart_cards[0].plot
    assert bar.maximum() > 0

    def wheel():
        viewport = plot.viewport()
        pos = QPointF(viewport.width() / 2, viewport.height() / 2)
        event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)

    before = bar.value()
    wheel()
    assert bar.value() > before


def _rules(css: str):
    """(selector, {property: value}) for each rule of a style sheet (comments dropped)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = dict((k.strip(), v.strip()) for k, v in (x.split(":", 1) for x in body.split(";") if ":" in x))
        for sel in selectors.split(","):
            yield sel.strip(), props


def _hex(color: str) -> str:
    return {"white": "#ffffff"}.get(color, color)


@pytest.mark.parametrize("dark", [False, True])
def test_window_text_contrast(dark):
    from backan_desktop.ui.theme import contrast_ratio, stylesheet
    rules = dict(_rules(stylesheet(dark)))
    behind = {"brand": "#sidebar", "sidebar": "#sidebar", "kpi": "#kpiTile"}
    checked = 0
    for sel, props in rules.items():
        if "color" not in props or ":" in sel.replace("::item", ""):
            continue
        bg = props.get("background", "").split(" ")[0]
        if not bg.startswith("#"):
            owner = next((o for k, o in behind.items() if sel.startswith("#" + k)), "#pageBody")
            bg = rules[owner]["background"]
        assert contrast_ratio(_hex(props["color"]), _hex(bg)) >= 4.5, (dark, sel, props["color"], bg)
        checked += 1
    assert checked >= 20


def test_fair_mode_text_and_focus_contrast():
    from backan_desktop.ui.kiosk.theme import AMBER, FOCUS, NAVY, NAVY_2, PAPER, kiosk_style
    from backan_desktop.ui.theme import contrast_ratio
    on_slide = re.compile(r"#(slide|bullet|statement|touchHint|attractBar)")
    on_bar = re.compile(r"#(brand|langButton|lockButton|topBar)")
    on_paper = {"QLabel", "#loadingText", "#homeTitle", "#homeSub", "#detailEyebrow", "#detailTitle", "#detailMeta",
                "#pageLabel", "#legend"}
    checked = 0
    for sel, props in _rules(kiosk_style(8.0, 1.0)):
        if "color" not in props or ":disabled" in sel or ":pressed" in sel:
            continue
        bg = props.get("background", "")
        if not (bg.startswith("#") or bg == "white"):
            # the slides' gradient is checked at its lighter end
            bg = (NAVY_2 if on_slide.match(sel) else NAVY if on_bar.match(sel) else "#fff6dd" if sel == "#mergerText"
                  else PAPER if sel in on_paper else "#ffffff")
        if sel == "#toast":
            continue                     # its background comes with each kind, below
        assert contrast_ratio(_hex(props["color"]), _hex(bg)) >= 4.5, (sel, props["color"], bg)
        checked += 1
    for kind_bg in ("#1c6b3a", "#a4262c", NAVY):
        assert contrast_ratio("#ffffff", kind_bg) >= 4.5
    assert checked >= 30
    # the focus ring: 3:1 against the light surfaces, and amber against the navy bar
    assert min(contrast_ratio(FOCUS, c) for c in ("#ffffff", PAPER)) >= 3
    assert contrast_ratio(AMBER, NAVY) >= 3


def test_fair_mode_by_keyboard_and_larger_text(qtbot, data_home, library):
    from backan_desktop.ui.kiosk.home import HomePage
    from backan_desktop.ui.kiosk.theme import kiosk_style, large_text
    from backan_desktop.ui.kiosk.window import KioskWindow
    PinStore().set_pin(PIN)
    kiosk = KioskWindow(data_home, "en", library=library, slide_ms=60000, idle_ms=60000, fade_ms=0, toast_ms=60000,
                        volumes=lambda: [])
    qtbot.addWidget(kiosk)
    kiosk.resize(1366, 768)
    kiosk.start(full_screen=False)
    qtbot.waitUntil(lambda: kiosk.state == "attract", timeout=10000)
    try:
        kiosk.show_home()
        QApplication.processEvents()
        visited = _tab_walk(qtbot, kiosk, kiosk.lock_button)
        missing = [w for w in _controls(kiosk.home) + [kiosk.lock_button] if w not in visited]
        assert missing == [], [(w.objectName(), _name(w)) for w in missing]
        # the language buttons are one exclusive group: Tab enters it, the arrow keys move inside
        assert any(b in visited for b in kiosk.lang_buttons.values())
        assert all(_name(w) for w in visited), [w.objectName() for w in visited if not _name(w)]
        assert kiosk.lock_button.text() == "" and kiosk.lock_button.accessibleName() == "Staff"   # icon only: named
        # a section by keyboard: Space on its card, then the page's buttons by Tab
        card = kiosk.home.buttons["trade"]
        card.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(card, Qt.Key.Key_Space)
        assert kiosk.state == "detail" and kiosk.detail.sheet.id == "trade"
        visited = _tab_walk(qtbot, kiosk, kiosk.detail.home_button)
        assert kiosk.detail.save_button in visited and all(_name(w) for w in visited)
        assert card.accessibleDescription()              # the card's figures, for a screen reader
        # larger text: on, remembered, and the text grows
        kiosk.show_home()
        assert not large_text()
        small = kiosk.home.title.font().pixelSize()
        qtbot.keyClick(kiosk.home.large_button, Qt.Key.Key_Space)
        assert large_text() and kiosk.home.large_button.text().startswith("✓")
        QApplication.processEvents()
        assert kiosk.home.title.font().pixelSize() > small
        assert HomePage().large_button.isChecked()        # remembered
        assert "font-size: 46px" in kiosk_style(8.0, 1.25) and "font-size: 46px" not in kiosk_style(8.0, 1.0)
    finally:
        kiosk.leave()
