"""Fair mode: the slide loop, the idle reset, the lock and the PIN, the language toggle, and the
visitor's "Save PDF to USB" and "Print this sheet"."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from backan_desktop.core.sheets import SHEET_IDS, build_sheet
from backan_desktop.ui.kiosk.pin import PinStore, valid_pin
from backan_desktop.ui.kiosk.settings import KioskSettings
from backan_desktop.ui.kiosk.slides import SLIDE_IDS, build_slides

PIN = "2468"


def _texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel)]


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type_pin(qtbot, pad, pin: str) -> None:
    for d in pin:
        _click(qtbot, pad.keys[d])
    _click(qtbot, pad.ok_button)


def _make(qtbot, data_home, library, **kw):
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.kiosk.window import KioskWindow
    install_language(kw.pop("lang_install", "vi"))
    options = dict(slide_ms=60000, idle_ms=60000, fade_ms=0, toast_ms=60000, volumes=lambda: [])
    options.update(kw)
    win = KioskWindow(data_home, "vi", library=library, **options)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def kiosk(qtbot, data_home, library):
    PinStore().set_pin(PIN)
    win = _make(qtbot, data_home, library)
    win.start()
    qtbot.waitUntil(lambda: win.state == "attract", timeout=10000)
    yield win
    if win.isVisible():
        win.leave()
    from backan_desktop.qt.i18n import install_language
    install_language("en")


# -- content ----------------------------------------------------------------------------------------
def test_headline_slides_come_from_the_sheets(library):
    sheets = {sid: build_sheet(library, sid, "vi") for sid in SHEET_IDS}
    slides = build_slides(library, sheets)
    assert [s.id for s in slides] == list(SLIDE_IDS)
    by_id = {s.id: s for s in slides}
    assert "21.071 tỷ đồngᵉ" in by_id["grdp"].texts() and "5,3 %/năm" in by_id["grdp"].texts()
    assert by_id["grdp"].chart is not None and by_id["grdp"].chart.kind == "line"
    assert "184 sản phẩm" in by_id["agriculture"].texts()
    assert any("gian hàng" in b.detail for b in by_id["trade-promotion"].bullets)
    assert by_id["investment"].bullets and "5.750 tỷ đồng" in by_id["investment"].bullets[0].detail
    assert "hợp nhất vào tỉnh Thái Nguyên" in by_id["province"].statement
    assert all(s.sources for s in slides)
    assert [s.id for s in build_slides(library, sheets, ["trade", "grdp"])] == ["grdp", "trade"]


def test_english_slides_name_publishers_in_english_where_they_have_a_name(library, monkeypatch):
    """A publisher's own English name on English slides (as on the English sheets), for the
    figures from the sheets and for the listed events alike."""
    import dataclasses

    from backan_desktop.ui.kiosk.slides import build_slide

    event = sorted(library.datasets["events"].table.rows(), key=lambda r: str(r.get("start") or ""))[-1]
    src = library.sources[event["source"]]
    for same in [s for s in library.sources.values() if s.publisher == src.publisher]:
        monkeypatch.setitem(library.sources, same.id, dataclasses.replace(same, publisher_en="Provincial Portal"))
    sheets = {sid: build_sheet(library, sid, "en") for sid in SHEET_IDS}
    shown = build_slide(library, sheets, "trade-promotion").sources
    assert "Provincial Portal" in shown and src.publisher not in shown


# -- the loop, home, idle -----------------------------------------------------------------------------
def test_slides_cycle_with_a_transition(qtbot, data_home, library):
    PinStore().set_pin(PIN)
    win = _make(qtbot, data_home, library, slide_ms=120, fade_ms=60)
    seen = []
    win.attract.slide_changed.connect(seen.append)
    win.start()
    qtbot.waitUntil(lambda: win.state == "attract", timeout=10000)
    # each headline slide, and after the GRDP, investment and province ones their "in context" slide
    loop = [v.slide.id for v in win.attract.views]
    assert [i for i in loop if not i.startswith("context-")] == list(SLIDE_IDS)
    assert loop == ["grdp", "context-economy", "agriculture", "trade-promotion", "trade", "investment",
                    "context-investment", "province", "context-overview"]
    qtbot.waitUntil(lambda: len(seen) >= len(loop), timeout=10000)
    assert seen[: len(loop)] == [*range(1, len(loop)), 0]          # every slide, then round again
    assert win.attract.dots.current == win.attract.current_index
    assert win.attract.stack.animation.duration() == 60
    win.leave()


def test_a_touch_or_a_key_stops_the_loop_and_shows_home(kiosk, qtbot):
    assert kiosk.attract.running
    _click(qtbot, kiosk.attract.current_view())
    assert kiosk.state == "home" and not kiosk.attract.running
    assert kiosk.stack.currentWidget() is kiosk.home
    titles = [b.title.text() for b in kiosk.home.buttons.values()]
    assert titles == ["Tổng quan", "Kinh tế", "Nông nghiệp và hợp tác xã", "Xúc tiến thương mại", "Xuất nhập khẩu", "Đầu tư"]
    shown = [f for b in kiosk.home.buttons.values() for f in b.shown]
    assert len(shown) == len(set(shown)) > len(titles)         # no figure on two cards
    kiosk.lang_buttons["vi"].setFocus()
    kiosk.show_loop()
    assert not kiosk.lang_buttons["vi"].hasFocus()         # no focus frame left over the slides
    qtbot.keyClick(kiosk, Qt.Key.Key_Space)
    assert kiosk.state == "home"
    _click(qtbot, kiosk.home.buttons["economy"])
    assert kiosk.state == "detail" and kiosk.detail.sheet.id == "economy"
    assert any("21.071 tỷ đồngᵉ" in t for t in kiosk.detail.texts())


def test_idle_timer_returns_to_the_loop_closing_detail_and_dialogs(kiosk, qtbot):
    _click(qtbot, kiosk.attract.current_view())
    _click(qtbot, kiosk.home.buttons["trade"])
    _click(qtbot, kiosk.lang_buttons["en"])
    _click(qtbot, kiosk.lock_button)
    assert kiosk.state == "detail" and kiosk.pin_pad.isVisible() and kiosk.lang == "en"
    kiosk.idle.set_interval(200)                    # (restarts the countdown) then nobody touches it
    qtbot.waitUntil(lambda: kiosk.state == "attract", timeout=3000)
    assert not kiosk.pin_pad.isVisible()
    assert kiosk.attract.running and kiosk.stack.currentWidget() is kiosk.attract
    assert kiosk.lang == "vi" and kiosk.lang_buttons["vi"].isChecked()          # back to the booth's language
    assert "21.071 tỷ đồngᵉ" in kiosk.attract.views[0].texts()


def test_the_merger_is_always_on_screen(kiosk, qtbot):
    assert kiosk.merger.isVisible() and "hợp nhất vào tỉnh Thái Nguyên" in kiosk.merger.text()
    _click(qtbot, kiosk.attract.current_view())
    _click(qtbot, kiosk.home.buttons["overview"])
    assert kiosk.merger.isVisible()


# -- locked -------------------------------------------------------------------------------------------
def test_close_escape_and_alt_f4_do_not_leave_fair_mode(kiosk, qtbot):
    assert kiosk.isFullScreen()
    assert kiosk.close() is False
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)            # what the window manager sends
    assert not event.isAccepted()
    QApplication.closeAllWindows()
    assert kiosk.isVisible() and kiosk.isFullScreen()
    assert "khóa" in kiosk.toast.text().lower() or "nhân viên" in kiosk.toast.text().lower()
    assert not kiosk.acceptDrops()


def test_wrong_pin_does_not_unlock_and_the_right_one_does(kiosk, qtbot):
    _click(qtbot, kiosk.lock_button)
    pad = kiosk.pin_pad
    assert pad.isVisible()
    _type_pin(qtbot, pad, "1111")
    assert pad.isVisible() and not kiosk.staff_menu.isVisible()
    assert pad.message.text() == "Mã PIN không đúng."
    assert kiosk.close() is False
    _type_pin(qtbot, pad, PIN)
    assert not pad.isVisible() and kiosk.staff_menu.isVisible()
    with qtbot.waitSignal(kiosk.left, timeout=2000):
        _click(qtbot, kiosk.staff_menu.leave_button)
    assert not kiosk.isVisible()


def test_repeated_wrong_pins_pause_the_pad(qtbot, data_home, library):
    now = [1000.0]
    PinStore().set_pin(PIN)
    win = _make(qtbot, data_home, library, clock=lambda: now[0])
    win.start()
    win.open_staff()
    for _ in range(5):
        win.pin_pad.enter("9999")
    win.pin_pad.enter(PIN)                          # refused while paused
    assert win.pin_pad.isVisible() and "30" in win.pin_pad.message.text()
    now[0] += 31
    win.pin_pad.enter(PIN)
    assert win.staff_menu.isVisible()
    win.leave()


def test_pin_is_stored_only_as_a_salted_hash(qapp):
    a, b = PinStore(), PinStore(QSettings("backan-test", "other"))
    a.set_pin("4321")
    b.set_pin("4321")
    values = {k: str(QSettings().value(k)) for k in ("kiosk/pin_hash", "kiosk/pin_salt", "kiosk/pin_iterations")}
    assert "4321" not in "".join(values.values())
    assert len(values["kiosk/pin_hash"]) == 64 and int(values["kiosk/pin_iterations"]) >= 100_000
    assert values["kiosk/pin_salt"] != str(b.settings.value("kiosk/pin_salt"))
    assert a.check("4321") and not a.check("4320") and not a.check("")
    assert not valid_pin("12") and not valid_pin("12a4") and valid_pin("12345678")
    b.settings.clear()


def test_first_run_asks_staff_to_set_a_pin(qtbot, data_home, library):
    win = _make(qtbot, data_home, library)
    win.start()
    pad = win.first_run_pad
    assert pad.isVisible() and not PinStore().is_set()
    win.reset_to_loop()                             # the idle reset does not dismiss it
    assert pad.isVisible()
    pad.enter("1357")
    pad.enter("1358")
    assert not PinStore().is_set() and "khác nhau" in pad.message.text()
    pad.enter("1357")
    pad.enter("1357")
    assert PinStore().check("1357") and not pad.isVisible()
    assert win.toast.kind == "ok"
    win.leave()


# -- language -----------------------------------------------------------------------------------------
def test_language_toggle_updates_slides_and_texts(kiosk, qtbot):
    grdp = kiosk.attract.views[0]
    assert "21.071 tỷ đồngᵉ" in grdp.texts() and grdp.heading.text() == "GRDP và tăng trưởng"
    _click(qtbot, kiosk.lang_buttons["en"])
    grdp = kiosk.attract.views[0]
    assert "VND 21,071 billionᵉ" in grdp.texts() and "21.071 tỷ đồngᵉ" not in grdp.texts()
    assert grdp.heading.text() == "GRDP and growth"
    assert kiosk.merger.text().startswith("On 1 July 2025")
    assert [b.title.text() for b in kiosk.home.buttons.values()][0] == "Overview"
    assert kiosk.home.title.text() == "Explore the economy of the former Bắc Kạn province"
    _click(qtbot, kiosk.lang_buttons["vi"])
    assert "21.071 tỷ đồngᵉ" in kiosk.attract.views[0].texts()
    assert kiosk.attract.hint.text() == "Chạm vào màn hình để khám phá"


# -- visitor actions --------------------------------------------------------------------------------
def _open_trade(kiosk, qtbot):
    _click(qtbot, kiosk.attract.current_view())
    _click(qtbot, kiosk.home.buttons["trade"])


def test_save_pdf_to_usb_writes_the_sheet(kiosk, qtbot, tmp_path):
    usb = tmp_path / "USB"
    usb.mkdir()
    kiosk.settings.usb_folder = str(usb)
    _open_trade(kiosk, qtbot)
    _click(qtbot, kiosk.detail.save_button)
    qtbot.waitUntil(lambda: kiosk.toast.kind == "ok", timeout=30000)
    out = usb / "trade_vi.pdf"
    assert out.exists() and "trade_vi.pdf" in kiosk.toast.text()
    assert "1,025 triệu USD" in " ".join(PdfReader(out).pages[0].extract_text().split())
    assert kiosk.detail.save_button.isEnabled()


def test_save_pdf_reports_a_missing_or_unset_usb_folder(kiosk, qtbot, tmp_path):
    _open_trade(kiosk, qtbot)
    kiosk.settings.usb_folder = str(tmp_path / "not-plugged-in")
    _click(qtbot, kiosk.detail.save_button)
    assert kiosk.toast.kind == "error" and kiosk.toast.isVisible()
    assert "not-plugged-in" in kiosk.toast.text() and "USB" in kiosk.toast.text()
    assert not (tmp_path / "not-plugged-in").exists()
    kiosk.settings.usb_folder = ""
    _click(qtbot, kiosk.detail.save_button)
    assert kiosk.toast.kind == "error" and "nhân viên" in kiosk.toast.text()


def test_print_goes_straight_to_the_printer_staff_chose(kiosk, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from backan_desktop.qt.printing import make_printer

    used = []
    out = tmp_path / "printed.pdf"

    def factory(name, paper):
        used.append((name, paper))
        printer = make_printer(paper)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    kiosk.printer_factory = factory
    kiosk.settings.printer = "Booth printer"
    kiosk.settings.paper = "A5"
    _open_trade(kiosk, qtbot)
    _click(qtbot, kiosk.detail.print_button)
    qtbot.waitUntil(lambda: kiosk.toast.kind == "ok", timeout=20000)
    assert used == [("Booth printer", "A5")]
    reader = PdfReader(out)
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (420, 595)
    assert "Xuất nhập khẩu" in kiosk.toast.text()


def test_print_without_a_printer_says_so(kiosk, qtbot, monkeypatch):
    """No printer set up: printing is not offered; the printer chosen by staff missing: a message."""
    from PySide6.QtPrintSupport import QPrinterInfo
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    _open_trade(kiosk, qtbot)
    assert not kiosk.detail.print_button.isVisible() and kiosk.detail.save_button.isVisible()
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office"]))
    kiosk.show_home()
    _click(qtbot, kiosk.home.buttons["trade"])
    assert kiosk.detail.print_button.isVisible()
    kiosk.settings.printer = "Booth printer"
    _click(qtbot, kiosk.detail.print_button)
    qtbot.waitUntil(lambda: kiosk.toast.kind != "busy", timeout=5000)
    assert kiosk.toast.kind == "error" and "Booth printer" in kiosk.toast.text()


def test_a_failing_printer_driver_is_a_message_that_survives_a_language_switch(kiosk, qtbot):
    """An unexpected error from the printer is shown, and the message is written again in the other
    language when a visitor switches (it used to refer to the exception after its block ended)."""
    def broken(name, paper):
        raise RuntimeError("driver exploded")

    kiosk.printer_factory = broken
    kiosk.settings.printer = "Booth printer"
    _open_trade(kiosk, qtbot)
    from PySide6.QtPrintSupport import QPrinterInfo
    with pytest.MonkeyPatch.context() as m:
        m.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Booth printer"]))
        _click(qtbot, kiosk.detail.print_button)
        qtbot.waitUntil(lambda: kiosk.toast.kind != "busy", timeout=5000)
    assert kiosk.toast.kind == "error" and "driver exploded" in kiosk.toast.text()
    kiosk.toast.retranslate()
    assert "driver exploded" in kiosk.toast.text()


# -- staff settings -----------------------------------------------------------------------------------
def test_settings_are_behind_the_pin_and_take_effect(kiosk, qtbot):
    assert kiosk.settings_panel is None
    _click(qtbot, kiosk.lock_button)
    _type_pin(qtbot, kiosk.pin_pad, PIN)
    _click(qtbot, kiosk.staff_menu.settings_button)
    panel = kiosk.settings_panel
    assert panel.isVisible()
    panel.slide_boxes["trade"].setChecked(False)
    panel.slide_boxes["investment"].setChecked(False)
    _click(qtbot, panel.slide_seconds.plus)
    _click(qtbot, panel.idle_seconds.plus)
    panel.usb.setEditText("/media/booth/USB")
    _click(qtbot, panel.save_button)
    saved = KioskSettings.load()
    assert saved.slides == ["grdp", "agriculture", "trade-promotion", "province"]
    assert (saved.slide_seconds, saved.idle_seconds, saved.usb_folder) == (9, 105, "/media/booth/USB")
    assert [v.slide.id for v in kiosk.attract.views] == ["grdp", "context-economy", "agriculture", "trade-promotion",
                                                         "province", "context-overview"]
    assert kiosk.idle.timer.interval() == 60000          # the test's override wins over the settings
    assert not panel.isVisible() and kiosk.toast.kind == "ok"


def test_layout_scales_and_touch_targets_stay_large(kiosk, qtbot):
    from PySide6.QtWidgets import QBoxLayout
    sizes = {}
    for w, h in ((1366, 768), (1920, 1080), (1080, 1920)):
        kiosk.showNormal()
        kiosk.resize(w, h)
        qtbot.waitUntil(lambda: kiosk.width() == w and kiosk.height() == h, timeout=3000)
        kiosk.show_section("economy")
        QApplication.processEvents()
        sizes[(w, h)] = kiosk.detail.pages[0].tiles[0].value_label.font().pixelSize()
        small = [b for b in kiosk.findChildren(QPushButton) if b.isVisible() and b.height() < 48]
        assert small == [], [(b.objectName(), b.text(), b.height()) for b in small]
        kiosk.show_loop()
    assert sizes[(1920, 1080)] > sizes[(1366, 768)] >= 20
    view = kiosk.attract.views[0]
    assert view.body.direction() == QBoxLayout.Direction.TopToBottom          # portrait: figures above the chart


# -- entry points -----------------------------------------------------------------------------------
def test_kiosk_flag_on_the_command_line(monkeypatch):
    from backan_desktop import cli
    seen = {}
    monkeypatch.setattr("backan_desktop.ui.startup.run_gui", lambda **kw: seen.update(kw) or 0)
    assert cli.main(["--kiosk", "--lang", "en", "--data-home", "/tmp/x"]) == 0
    assert seen == {"lang": "en", "data_home": "/tmp/x", "kiosk": True}
    assert cli.build_parser().parse_args([]).kiosk is False


def test_fair_mode_from_the_main_window(loaded_window, qtbot):
    win = loaded_window
    PinStore().set_pin(PIN)
    assert win.act_kiosk.shortcut().toString() == "Ctrl+Shift+K"
    assert win.act_kiosk.text() == "Chế độ &hội chợ"
    win.act_kiosk.trigger()
    kiosk = win.kiosk
    qtbot.waitUntil(lambda: kiosk.state == "attract", timeout=10000)
    assert not win.isVisible() and kiosk.isVisible()
    assert kiosk.library is win.library
    kiosk.open_staff()
    kiosk.pin_pad.enter(PIN)
    _click(qtbot, kiosk.staff_menu.leave_button)
    assert win.isVisible() and not kiosk.isVisible()


def test_unexpected_errors_are_logged_not_shown_in_fair_mode(kiosk, caplog, monkeypatch):
    import sys
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda self: shown.append(self.text()))
    try:
        raise RuntimeError("boom at the booth")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown == [] and "boom at the booth" in caplog.text
    before = sys.excepthook
    kiosk.leave()
    assert sys.excepthook is not before          # the viewer's own hook is back
