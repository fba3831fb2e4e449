"""Fair mode at a booth: "Take it home" with its two codes, the share server started from the staff
settings (and on the next launch) and stopped with fair mode, the visitor counts and their export."""
import socket
import threading
import urllib.request
from datetime import date

import pytest
from PySide6.QtCore import Qt

from backan_desktop.share.server import LOOPBACK
from backan_desktop.share.qr import wifi_payload
from backan_desktop.share.server import Catalogue, Entry
from backan_desktop.ui.kiosk.pin import PinStore
from backan_desktop.ui.kiosk.settings import ShareSettings

PIN = "2468"
CM_PER_PX = 53.13 / 1920        # a 24-inch 16:9 screen is 53.1 cm wide


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def fast_publish(monkeypatch):
    """publish() without rendering every sheet (tests/share checks the real one): a page and one
    counted file. ``gate`` holds it back until set."""
    gate = threading.Event()
    gate.set()
    calls = []

    def publish(lib, root, paper="A4", progress=None):
        calls.append(paper)
        gate.wait(10)
        progress(1, 1)
        return Catalogue({"/": Entry("text/html; charset=utf-8", body=b'<h2 id="economy">ok</h2>'),
                          "/vi/economy.pdf": Entry("application/pdf", body=b"%PDF-1.4", counted=True)})

    monkeypatch.setattr("backan_desktop.share.publish.publish", publish)
    publish.gate, publish.calls = gate, calls
    return publish


def _window(qtbot, data_home, library, size=(1920, 1080), **kw):
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.kiosk.window import KioskWindow
    install_language("vi")
    PinStore().set_pin(PIN)
    win = KioskWindow(data_home, "vi", library=library, slide_ms=60000, idle_ms=60000, fade_ms=0, toast_ms=60000,
                      volumes=lambda: [], **kw)
    qtbot.addWidget(win)
    win.start(full_screen=False)
    win.resize(*size)
    qtbot.waitUntil(lambda: win.state == "attract", timeout=10000)
    return win


@pytest.fixture
def booth(qtbot, data_home, library):
    win = _window(qtbot, data_home, library)
    yield win
    if win.isVisible():
        win.leave()
    from backan_desktop.qt.i18n import install_language
    install_language("en")


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=60) as r:       # a hang guard: a loaded machine is slow
        return r.status, r.read()


def _decode(widget) -> list[str]:
    """What a QR decoder reads on ``widget`` as painted on screen."""
    zxingcpp = pytest.importorskip("zxingcpp")
    import numpy as np
    image = widget.grab().toImage().convertToFormat(widget.grab().toImage().Format.Format_Grayscale8)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)[:, :w].copy()
    return [r.text for r in zxingcpp.read_barcodes(pixels)]


def test_settings_are_off_by_default_and_remembered(qapp):
    assert ShareSettings.load() == ShareSettings()
    assert ShareSettings().enabled is False and ShareSettings().bind == LOOPBACK
    ShareSettings(True, "192.168.43.1", 9000, "Booth", "pw;1", "nopass").save()
    assert ShareSettings.load() == ShareSettings(True, "192.168.43.1", 9000, "Booth", "pw;1", "nopass")


def test_take_it_home_on_home_and_sections_says_when_sharing_is_off(booth, qtbot):
    button = booth.booth.button
    assert not button.isVisible()                       # not over the slide loop
    booth.show_home()
    assert button.isVisible() and button.text() == "Mang về máy"
    _click(qtbot, button)
    panel = booth.booth.take_home
    assert panel.isVisible()
    assert "chưa bật chia sẻ" in panel.message.text()
    assert not panel.page_code.isVisibleTo(panel) and not panel.wifi_code.isVisibleTo(panel)
    panel.close_overlay()
    booth.show_section("economy")
    assert button.isVisible()
    booth.reset_to_loop()
    assert not button.isVisible() and not panel.isVisible()


def test_codes_are_big_enough_to_scan_from_two_metres_and_read_back(qtbot, data_home, library, fast_publish):
    port = _free_port()
    ShareSettings(True, LOOPBACK, port, "Gian hàng Bắc Kạn", 'hội;chợ:"2026"', "WPA").save()
    win = _window(qtbot, data_home, library)
    try:
        qtbot.waitUntil(lambda: win.booth.host.state == "on", timeout=10000)
        win.show_section("economy")
        _click(qtbot, win.booth.button)
        panel = win.booth.take_home
        url = f"http://{LOOPBACK}:{port}/#economy"
        assert panel.isVisible() and url in panel.texts()
        assert any("Gian hàng Bắc Kạn" in t and "hội;chợ" in t for t in panel.texts())
        for code in (panel.page_code, panel.wifi_code):
            side = code.symbol_rect().width()
            assert side * CM_PER_PX >= 15.0, f"{side} px is {side * CM_PER_PX:.1f} cm on a 24-inch screen"
            assert code.mapTo(win, code.rect().bottomRight()).y() <= win.height()     # not cut off
        assert panel.card.geometry().bottom() <= win.height()
        assert _decode(panel.page_code) == [url]
        assert _decode(panel.wifi_code) == [wifi_payload("Gian hàng Bắc Kạn", 'hội;chợ:"2026"', "WPA")]

        win.resize(1080, 1920)                           # a portrait screen: codes one above the other
        panel.set_unit(*panel._unit())
        assert min(c.symbol_rect().width() for c in (panel.page_code, panel.wifi_code)) * CM_PER_PX >= 15.0
    finally:
        win.leave()


def test_sharing_starts_with_fair_mode_serves_counts_and_stops_when_it_closes(qtbot, data_home, library,
                                                                             fast_publish):
    port = _free_port()
    ShareSettings(True, LOOPBACK, port).save()
    fast_publish.gate.clear()                            # the sheets are still being made
    win = _window(qtbot, data_home, library)
    assert win.booth.host.state == "preparing"
    status, body = _get(f"http://{LOOPBACK}:{port}/")
    assert status == 200 and "Đang chuẩn bị".encode() in body          # answered at once, off the GUI thread
    fast_publish.gate.set()
    qtbot.waitUntil(lambda: win.booth.host.state == "on", timeout=10000)
    assert _get(f"http://{LOOPBACK}:{port}/")[1] == b'<h2 id="economy">ok</h2>'
    assert _get(f"http://{LOOPBACK}:{port}/vi/economy.pdf")[0] == 200
    today = date.today().isoformat()
    qtbot.waitUntil(lambda: win.booth.counts.days().get(today, {}).get("downloaded") == 1, timeout=5000)
    stored = (data_home / "counts.json").read_text()
    assert "127.0.0.1" not in stored and "downloaded" in stored
    win.leave()
    assert win.booth.host.state == "off"
    with pytest.raises(OSError):
        socket.create_connection((LOOPBACK, port), timeout=2).close()


def test_a_busy_port_is_said_to_staff_and_visitors_see_sharing_off(qtbot, data_home, library, fast_publish):
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        ShareSettings(True, LOOPBACK, port).save()
        win = _window(qtbot, data_home, library)
        try:
            assert win.booth.host.state == "failed"
            assert str(port) in win.booth.status() and "Không mở được cổng" in win.booth.status()
            win.show_home()
            win.booth.open_take_home()
            assert "chưa bật chia sẻ" in win.booth.take_home.message.text()
        finally:
            win.leave()


def test_staff_turn_sharing_on_behind_the_pin_and_export_the_counts(booth, qtbot, tmp_path, fast_publish):
    today = date.today().isoformat()
    assert booth.booth.counts.days()[today]["slide_shown"] >= 1            # the loop's first slide
    booth.show_home()
    _click(qtbot, booth.home.buttons["trade"])
    assert booth.booth.counts.days()[today]["section_opened"] == 1

    _click(qtbot, booth.lock_button)
    for d in PIN:
        _click(qtbot, booth.pin_pad.keys[d])
    _click(qtbot, booth.pin_pad.ok_button)
    _click(qtbot, booth.staff_menu.share_button)
    panel = booth.booth.panel
    assert panel.isVisible() and not panel.enabled.isChecked()
    assert "Chia sẻ đang tắt" in panel.state.text() and "Lượt mở mục" in panel.counts_table.text()
    port = _free_port()
    panel.enabled.setChecked(True)
    panel.port.setText(str(port))
    panel.ssid.setText("Booth")
    panel.password.setText("secret")
    _click(qtbot, panel.save_button)
    assert ShareSettings.load() == ShareSettings(True, LOOPBACK, port, "Booth", "secret", "WPA")
    qtbot.waitUntil(lambda: booth.booth.host.state == "on", timeout=10000)
    assert _get(f"http://{LOOPBACK}:{port}/")[0] == 200

    out = panel.export_counts(str(tmp_path / "counts.csv"))
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0] == "date,slide_shown,section_opened,sheet_printed,saved_to_usb,downloaded"
    assert lines[1].startswith(f"{today},") and lines[1].split(",")[2] == "1"
    assert "counts.csv" in panel.state.text()

    panel.enabled.setChecked(False)                                       # and off again
    _click(qtbot, panel.save_button)
    assert booth.booth.host.state == "off"


def test_printing_and_saving_are_counted(booth, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from backan_desktop.qt.printing import make_printer

    def factory(name, paper):
        printer = make_printer(paper)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer

    booth.printer_factory = factory
    usb = tmp_path / "USB"
    usb.mkdir()
    booth.settings.usb_folder = str(usb)
    booth.show_section("trade")
    _click(qtbot, booth.detail.print_button)
    qtbot.waitUntil(lambda: booth.toast.kind == "ok", timeout=20000)
    day = lambda: booth.booth.counts.days()[date.today().isoformat()]     # noqa: E731
    assert (day().get("sheet_printed"), day().get("saved_to_usb")) == (1, None)
    _click(qtbot, booth.detail.save_button)
    qtbot.waitUntil(lambda: day().get("saved_to_usb") == 1, timeout=30000)
    assert (usb / "trade_vi.pdf").exists() and day().get("sheet_printed") == 1


@pytest.mark.parametrize("start,other", [("vi", "en"), ("en", "vi")])
def test_take_it_home_and_the_staff_panel_follow_a_language_switch(qtbot, data_home, library, fast_publish,
                                                                    start, other):
    from langcheck import check

    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.kiosk.window import KioskWindow
    PinStore().set_pin(PIN)
    install_language(start)
    win = KioskWindow(data_home, start, library=library, slide_ms=60000, idle_ms=600000, fade_ms=0, toast_ms=60000,
                      volumes=lambda: [])
    qtbot.addWidget(win)
    win.start(full_screen=False)
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: win.state == "attract", timeout=20000)
    try:
        win.show_home()
        win.booth.open_take_home()                         # sharing off
        win.set_language(other)
        assert check(win, other) == [], "take it home (off)"
        win.booth.take_home.close_overlay()
        win.booth.count("section_opened")
        win.booth.open_panel()
        assert check(win, other) == [], "staff panel"
        win.booth.panel.enabled.setChecked(True)
        win.booth.panel.port.setText(str(_free_port()))
        win.booth.panel.ssid.setText("HoiCho-BK")          # a name, in no language
        win.booth.panel.save_button.click()
        qtbot.waitUntil(lambda: win.booth.host.state == "on", timeout=10000)
        win.show_section("trade")
        win.booth.open_take_home()
        win.set_language(start)
        assert check(win, start) == [], "take it home (on)"
    finally:
        win.leave()
        install_language("en")


def test_the_address_is_chosen_from_this_computers_or_typed(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    from backan_desktop.share.counts import Counts
    from backan_desktop.ui.kiosk.staff_share import SharePanel
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = ShareSettings(True, "10.42.0.9", 8765)
    panel = SharePanel(parent, saved, Counts(tmp_path), addresses=lambda: [(LOOPBACK, "lo"), ("10.42.0.1", "wlan0")])
    items = [panel.bind.itemText(i) for i in range(panel.bind.count())]
    assert items[:2] == ["127.0.0.1 (lo)", "10.42.0.1 (wlan0)"] and "10.42.0.9" in items[2]   # kept, said missing
    assert panel.current().bind == "10.42.0.9"
    panel.bind.setCurrentIndex(1)
    assert panel.current().bind == "10.42.0.1" and "Phones" in panel.bind_hint.text()
    panel.bind.setEditText("192.168.137.1")
    assert panel.current().bind == "192.168.137.1"
    panel.bind.setEditText("booth.local")                  # not an IPv4 address: this computer only
    assert panel.current().bind == LOOPBACK and "Only this computer" in panel.bind_hint.text()
