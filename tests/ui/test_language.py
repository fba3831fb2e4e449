"""Vietnamese and English everywhere: translation catalogue complete, runtime switch, formats."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backan_desktop.ui.main_window import NAV, MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def test_no_translation_is_unfinished_or_empty():
    assert TS
    for ts in TS:
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text for f in tr.findall("numerusform")] or [tr.text]
            assert tr.get("type") != "unfinished" and all(forms), (ts.name, msg.find("source").text)


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    """Run lupdate on the sources into a fresh .ts: every string it finds must be translated in ours."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "backan_desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    known = {}
    for ts in TS:       # the app's catalogue and Qt's own (strings of Qt contexts the code looks up)
        root = ET.parse(ts).getroot()
        known.update({(c.find("name").text, m.find("source").text): m.find("translation").text
                      for c in root.iter("context") for m in c.iter("message")})
    for ctx in ET.parse(fresh).getroot().iter("context"):
        for m in ctx.iter("message"):
            key = (ctx.find("name").text, m.find("source").text)
            assert known.get(key), f"not translated: {key} — run pyside6-lupdate and translate it"


@pytest.fixture
def window(loaded_window):
    return loaded_window


def _visible_texts(win):
    from PySide6.QtWidgets import QLabel
    texts = [a.text() for a in win.menuBar().actions()]
    for menu in (win.m_file, win.m_view, win.m_help):
        texts += [a.text() for a in menu.actions() if a.text()]
    texts += [win.nav.item(i).text() for i in range(win.nav.count())]
    texts += [lab.text() for lab in win.findChildren(QLabel) if lab.isVisible()]
    return texts


def test_switching_language_changes_menus_pages_and_number_formats(window, qtbot):
    vi = _visible_texts(window)
    assert "&Tệp" in vi and "Tổng quan" in vi
    tiles = [t.value_label.text() for t in window.page("overview").kpi_tiles]
    assert "21.071 tỷ đồngᵉ" in tiles and "5,3 %/năm" in tiles

    window.set_language("en")
    en = _visible_texts(window)
    assert "&File" in en and "Overview" in en and "Datasets" in en
    tiles = [t.value_label.text() for t in window.page("overview").kpi_tiles]
    assert "VND 21,071 billionᵉ" in tiles and "5.3% per year" in tiles
    assert window.page("datasets").filter.placeholderText() == "Filter rows…"

    window.set_language("vi")
    assert window.m_file.title() == "&Tệp"
    assert window.page("datasets").filter.placeholderText() == "Lọc dòng…"


def test_vietnamese_ui_has_no_untranslated_english_source_text(window):
    ours = ET.parse(ROOT / "resources" / "translations" / "backan_vi.ts").getroot()
    english = {m.find("source").text for m in ours.iter("message")}
    same = {m.find("source").text for m in ours.iter("message") if m.find("source").text == m.find("translation").text}
    leaks = [t for t in _visible_texts(window) if t in english and t not in same]
    assert leaks == []


def test_qt_dialogs_are_translated_when_a_vietnamese_qtbase_exists(window):
    from PySide6.QtCore import QCoreApplication
    if not (ROOT / "resources" / "translations" / "qtbase_vi.ts").exists():
        pytest.skip("no qtbase_vi.ts yet")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_choice_is_remembered_and_default_follows_system(monkeypatch, qapp):
    from PySide6.QtCore import QLocale, QSettings
    from backan_desktop.ui.startup import pick_language
    QSettings().clear()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert pick_language(None) == "vi"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert pick_language(None) == "en"
    assert pick_language("vi") == "vi"
    assert pick_language(None) == "vi"      # remembered


# -- every text on screen, after a switch in either direction -------------------------------------
# The walk (tests/langcheck.py) reads what a person reads: labels, buttons, menus (opened),
# window titles, tooltips, placeholders, combo items, group titles, the status bar, list items,
# table headers and cells, chart axes, ticks, legends and point tooltips.
from langcheck import check, screen_texts  # noqa: E402

SWITCHES = [("vi", "en"), ("en", "vi")]


def _assert_in_language(root, lang, what=""):
    bad = check(root, lang)
    assert bad == [], f"{what}: texts not in {lang}:\n" + "\n".join(f"  {w}: {t!r} ({why})" for w, t, why in bad)
    return screen_texts(root, lang)


@pytest.fixture
def window_in(qtbot, data_home):
    """A main window in the given language, data loaded; yields a function start(lang)."""
    from backan_desktop.qt.i18n import install_language
    made = []

    def start(lang):
        install_language(lang)
        win = MainWindow(data_home, lang)
        qtbot.addWidget(win)
        win.resize(1366, 860)
        win.show()
        win.start_loading()
        qtbot.waitUntil(lambda: win.library is not None, timeout=20000)
        made.append(win)
        return win

    yield start
    from backan_desktop.qt.i18n import install_language
    install_language("en")


def _show_page(qtbot, win, key):
    keys = [k for k, _ in NAV]
    win.nav.setCurrentRow(keys.index(key))
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.pages.get(key), timeout=10000)
    if key == "datasets":
        page = win.page("datasets")
        qtbot.waitUntil(lambda: page.proxy.sourceModel() is not None, timeout=20000)
        page.view.selectRow(0)          # a row's chart under the table
        qtbot.waitUntil(lambda: page.chart_widget is not None or page.chart_title.text(), timeout=5000)
    return win.page(key)


@pytest.mark.parametrize("start,other", SWITCHES)
def test_main_window_every_page_is_in_the_new_language(window_in, qtbot, start, other):
    win = window_in(start)
    win.set_language(other)
    # the status bar says what was loaded, in the new language
    message = win.statusBar().currentMessage()
    n, s = len(win.library.observations), len(win.library.sources)
    assert message == (f"{n} figures from {s} sources" if other == "en" else f"{n} số liệu từ {s} nguồn")
    seen = []
    for key, _ in NAV:
        _show_page(qtbot, win, key)
        seen += _assert_in_language(win, other, f"page {key}")
    texts = [t for _, t in seen]
    # the walk really reached menus, charts, tables and tooltips
    assert ("&Help" if other == "en" else "&Trợ giúp").replace("&", "") in texts
    assert any(w.endswith("left axis label") for w, _ in seen)
    assert any(w.endswith("tooltip") and "PlotWidget" in w for w, _ in seen)
    assert any("header" in w for w, _ in seen)


@pytest.mark.parametrize("start,other", SWITCHES)
def test_chart_menu_and_data_table_are_in_the_new_language(window_in, qtbot, start, other):
    from backan_desktop.ui.chart_menu import chart_menu, show_data
    from langcheck import menu_texts

    win = window_in(start)
    win.set_language(other)
    page = _show_page(qtbot, win, "economy")
    plot, chart = page.charts[0], page.sheet.charts[0]
    menu = chart_menu(plot, chart)
    texts = menu_texts(menu, "chart menu")
    assert len(texts) == 6          # copy, PNG, SVG, data table, data as XLSX, data as CSV
    from langcheck import foreign
    assert foreign(texts, other) == []
    dialog = show_data(plot, chart)
    qtbot.addWidget(dialog)
    _assert_in_language(dialog, other, "chart data")


@pytest.mark.parametrize("start,other", SWITCHES)
def test_dialogs_are_in_the_new_language(window_in, qtbot, tmp_path, monkeypatch, start, other):
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

    win = window_in(start)
    win.set_language(other)

    # Edit → Preferences
    from backan_desktop.ui.preferences import PreferencesDialog
    prefs = PreferencesDialog(win)
    qtbot.addWidget(prefs)
    prefs.show()
    _assert_in_language(prefs, other, "preferences")
    prefs.reject()

    # Edit → Find, with results
    win.open_find()
    find = win.find_dialog
    find.edit.setText("bac kan")
    assert find.results.count() > 0
    _assert_in_language(find, other, "find")
    find.reject()

    # Qt's own context menu of a text field (Undo, Copy, Paste…), through qtbase_vi
    from langcheck import foreign, menu_texts
    _show_page(qtbot, win, "datasets")
    edit_menu = win.page("datasets").filter.createStandardContextMenu()
    texts = menu_texts(edit_menu, "filter menu")
    assert len(texts) >= 5 and foreign(texts, other) == []
    if other == "vi":
        assert "Undo" not in [t for _, t in texts] and "Select All" not in [t for _, t in texts]

    # Help → About
    win.show_about()
    _assert_in_language(win.about_box, other, "about")
    win.about_box.close()

    # File → Export sheet as PDF: Qt's own file dialog, with our title and file types
    from backan_desktop.ui import commands
    seen = {}

    def fake_save(parent, caption, directory, filters, *args, **kwargs):
        dlg = QFileDialog(parent, caption, directory, filters)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.show()
        seen["save"] = check(dlg, other), screen_texts(dlg, other)
        dlg.close()
        return str(tmp_path / "sheet.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    from backan_desktop.ui.export_dialog import ExportDialog

    def fake_export_exec(dlg):
        dlg.show()
        seen["export"] = check(dlg, other)
        dlg._browse()                            # its "Browse…": Qt's file dialog
        dlg.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fake_export_exec)
    commands.export_sheet(win, "economy")
    assert seen["export"] == []
    bad, texts = seen["save"]
    assert bad == [] and any("PDF" in t for _, t in texts)
    qtbot.waitUntil(lambda: win.statusBar().currentMessage().startswith("Saved " if other == "en" else "Đã lưu "),
                    timeout=60000)
    assert check(win.statusBar(), other) == []

    # File → Print…: the preview dialog (Qt's toolbar and our title)
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    def fake_exec(dlg):
        dlg.show()
        seen["print"] = check(dlg, other)
        dlg.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    commands.print_with_preview(win, "economy")
    assert seen["print"] == []

    # the dialog shown for an unexpected error
    from backan_desktop.qt.app import crash_box
    box = crash_box(tmp_path / "backan-desktop.log", ValueError, ValueError("x"), "Traceback …")
    qtbot.addWidget(box)
    box.show()
    _assert_in_language(box, other, "error dialog")
    box.close()


@pytest.mark.parametrize("start,other", SWITCHES)
def test_import_review_is_in_the_new_language(window_in, qtbot, tmp_path, start, other):
    from backan_desktop.ui.import_dialog import ImportDialog

    win = window_in(start)
    win.set_language(other)
    src = tmp_path / "grdp.csv"
    src.write_text("year,GRDP\n2021,100.5\n2022,110\n", encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home", win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    texts = _assert_in_language(dlg, other, "import review")
    assert any("header" in w for w, _ in texts)


@pytest.mark.parametrize("start,other", SWITCHES)
def test_open_dialogs_follow_a_switch(qtbot, data_home, start, other):
    """Dialogs that stay open while the language changes retranslate themselves."""
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.preferences import PreferencesDialog

    install_language(start)
    prefs = PreferencesDialog()
    qtbot.addWidget(prefs)
    prefs.show()
    install_language(other)
    _assert_in_language(prefs, other, "preferences after a switch")
    install_language("en")


# -- fair mode ----------------------------------------------------------------------------------------------
@pytest.fixture
def kiosk_in(qtbot, data_home, library):
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.kiosk.pin import PinStore
    from backan_desktop.ui.kiosk.window import KioskWindow
    made = []

    def start(lang):
        PinStore().set_pin("2468")
        install_language(lang)
        win = KioskWindow(data_home, lang, library=library, slide_ms=60000, idle_ms=600000, fade_ms=0,
                          toast_ms=60000, volumes=lambda: [])
        qtbot.addWidget(win)
        win.start(full_screen=False)
        win.resize(1366, 768)
        qtbot.waitUntil(lambda: win.state == "attract", timeout=20000)
        made.append(win)
        return win

    yield start
    for win in made:
        if win.isVisible():
            win.leave()
    install_language("en")


@pytest.mark.parametrize("start,other", SWITCHES)
def test_fair_mode_every_screen_is_in_the_new_language(kiosk_in, qtbot, start, other):
    win = kiosk_in(start)
    win.set_language(other)
    for i, view in enumerate(win.attract.views):          # every slide of the loop
        win.attract.stack.setCurrentIndex(i)
        _assert_in_language(win, other, f"slide {view.slide.id}")
    win.show_home()
    _assert_in_language(win, other, "home")
    for sid in win.home.buttons:                          # every section, every page of it
        win.show_section(sid)
        for page in range(len(win.detail.pages)):
            win.detail.set_page(page)
            _assert_in_language(win, other, f"section {sid} page {page}")
    # a message, the staff PIN pad (also with an error), the staff menu and the settings
    win.closeEvent(__import__("PySide6.QtGui", fromlist=["QCloseEvent"]).QCloseEvent())
    assert win.toast.isVisible()
    _assert_in_language(win, other, "message")
    win.toast.hide()
    win.open_staff()
    _assert_in_language(win, other, "PIN pad")
    win.pin_pad.enter("0000")
    assert win.pin_pad.message.text()
    _assert_in_language(win, other, "wrong PIN")
    win.pin_pad.enter("2468")
    assert win.staff_menu.isVisible()
    _assert_in_language(win, other, "staff menu")
    win.staff_menu.settings_button.click()
    assert win.settings_panel is not None and win.settings_panel.isVisible()
    _assert_in_language(win, other, "settings")
    win.settings_panel.change_pin.emit()
    _assert_in_language(win, other, "new PIN")
    win.new_pin_pad.cancel()


def test_message_on_screen_follows_a_switch(kiosk_in, qtbot):
    """A message already on screen is shown again in the language the visitor chose."""
    win = kiosk_in("vi")
    win.closeEvent(__import__("PySide6.QtGui", fromlist=["QCloseEvent"]).QCloseEvent())
    assert "Chế độ hội chợ" in win.toast.text() or "hội chợ" in win.toast.text()
    win.set_language("en")
    assert win.toast.text() == "Fair mode stays open. Staff: use the lock button to leave."


def test_error_message_on_screen_follows_a_switch(kiosk_in, qtbot):
    """'Save PDF to USB' without a USB folder: the error is written again in English after a switch."""
    win = kiosk_in("vi")
    win.show_section("trade")
    win.save_current()
    assert win.toast.kind == "error" and "nhân viên" in win.toast.text()
    win.set_language("en")
    assert win.toast.text() == "Saving to USB is not set up. Please ask the booth staff."


@pytest.mark.parametrize("lang,expected", [("vi", "không tồn tại"), ("en", "does not exist")])
def test_pdf_export_errors_are_in_the_ui_language(qapp, library, tmp_path, lang, expected):
    from backan_desktop.core.sheets import build_sheet
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.qt.pdf import ExportError, write_pdf

    install_language(lang)
    try:
        with pytest.raises(ExportError) as info:
            write_pdf([build_sheet(library, "trade", lang)], tmp_path / "missing" / "x.pdf")
        assert expected in str(info.value) and str(tmp_path / "missing") in str(info.value)
    finally:
        install_language("en")


@pytest.mark.parametrize("start,other", SWITCHES)
def test_handout_export_reports_in_the_new_language(window_in, qtbot, tmp_path, monkeypatch, start, other):
    from PySide6.QtWidgets import QDialog

    from backan_desktop.ui.export_dialog import ExportDialog

    win = window_in(start)
    win.set_language(other)

    def fake_exec(dlg):
        dlg.path.setText(str(tmp_path))
        dlg.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    win.export_all()
    saved = "Saved 7 files" if other == "en" else "Đã lưu 7 tệp"
    qtbot.waitUntil(lambda: win.statusBar().currentMessage().startswith(saved), timeout=120000)
    assert (tmp_path / f"booklet_{other}.pdf").exists()
    assert check(win.statusBar(), other) == []


# what the review lists for some of the bad files, word for word (the rest is checked by langcheck)
IN_VIETNAMESE = {
    "bad-number.csv": "bad-number.csv, dòng 3, cột 2: giá trị: 'abc' không phải là số",
    "misplaced-thousands.csv": "misplaced-thousands.csv, dòng 3, cột 2: giá trị: '12.34.5' đặt dấu phân cách hàng "
                               "nghìn sai chỗ",
    "bad-status.csv": "bad-status.csv, dòng 3, cột 4: tình trạng: 'maybe' không hợp lệ; hãy dùng chính thức, sơ bộ, "
                      "ước tính, kế hoạch, chưa kiểm chứng, chưa rõ (hoặc official, preliminary, estimate, target, "
                      "unverified, not stated)",
    "repeated.csv": "repeated.csv, dòng 2: cùng một số liệu có giá trị khác nhau ở các dòng 2, 3: A · 2020",
    "empty.csv": "empty.csv: tệp trống",
    "too-wide.csv": "too-wide.csv, dòng 1, cột 1001: có hơn 1000 cột",
    "bad-encoding.csv": "bad-encoding.csv, dòng 3, cột 1: không phải văn bản utf-8-sig hợp lệ tại byte 28; hãy chọn "
                        "đúng bảng mã ký tự của tệp (utf-8, utf-16, windows-1258, windows-1252)",
    "laughs.xlsx": "laughs.xlsx: không đọc được sổ tính: có khai báo thực thể XML — không được phép vì có thể là bom "
                   "mở rộng thực thể (entity-expansion bomb)",
    "deep-package": "datapackage.json: tệp mô tả lồng nhau tới 101 cấp; không nhận quá 64 cấp",
    "broken-json": "datapackage.json, dòng 3, cột 17: JSON không hợp lệ: không được có ',' ở đây",
    "bad-schema": "datapackage.json, dòng 1, cột 1: resources.0.schema.fields.1.type: phải là 'string', 'number', "
                  "'integer', 'boolean', 'date', 'year' hoặc 'any'",
}


def test_import_problems_are_in_vietnamese(qtbot, tmp_path):
    """Every kind of bad file, as the import review lists it in the Vietnamese UI: each problem in
    Vietnamese (nested reasons and lists of allowed words too), the file, row and column in words,
    the file's own text (cells, column names) as written — and in English after a switch."""
    from badfiles import write_bad_inputs

    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.import_dialog import ImportDialog

    cases = write_bad_inputs(tmp_path / "in")
    assert set(IN_VIETNAMESE) <= set(cases)
    install_language("vi")
    try:
        for name, (path, english) in sorted(cases.items()):
            dlg = ImportDialog(path, tmp_path / "home")
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitUntil(lambda: dlg.problems.count() > 0 and dlg.check_button.isEnabled(), timeout=20000)
            items = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
            problems = dlg.preview.problems
            assert len(items) == len(problems), name
            assert not any(english in t for t in items), (name, items)
            for problem, text in zip(problems, items):
                assert text.startswith(problem.file) and text != str(problem), (name, text)
                if problem.row is not None:
                    assert f", dòng {problem.row}" in text, (name, text)
            if name in IN_VIETNAMESE:
                assert IN_VIETNAMESE[name] in items, (name, items)
            _assert_in_language(dlg, "vi", name)
            if name == "bad-number.csv":          # open while the language changes: written again
                install_language("en")
                assert dlg.problems.item(0).text() == "bad-number.csv, row 3, column 2: value: 'abc' is not a number"
                assert dlg.status.text() == "Nothing will be imported until these problems are fixed."
                install_language("vi")
                assert dlg.problems.item(0).text() == IN_VIETNAMESE[name]
            dlg.close()
    finally:
        install_language("en")


def test_a_bad_dataset_id_is_refused_in_vietnamese(qtbot, tmp_path):
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.import_dialog import ImportDialog

    src = tmp_path / "ok.csv"
    src.write_text("year,value\n2020,1\n", encoding="utf-8")
    install_language("vi")
    try:
        dlg = ImportDialog(src, tmp_path / "home")
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
        dlg.id_edit.setText("observations")
        dlg.run_check()
        assert [dlg.problems.item(i).text() for i in range(dlg.problems.count())] == [
            "'observations' là tên một bộ dữ liệu có sẵn trong ứng dụng; hãy chọn mã khác"]
        assert not dlg.import_button.isEnabled()
        _assert_in_language(dlg, "vi", "bad id")
    finally:
        install_language("en")


def test_problems_found_reading_a_dataset_again_are_in_vietnamese(qtbot, tmp_path):
    """An imported CSV changed on disk after its columnar copy was made (same size and time, other
    bytes): the Datasets browser reads it again and names the first problem in the UI's language."""
    import os

    from backan_desktop.core.importing import ImportOptions, preview_table
    from backan_desktop.core.library import load_library
    from backan_desktop.core.storage.datasets import commit_import
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.pages.datasets_page import DatasetsPage

    src = tmp_path / "so-lieu.csv"
    src.write_text("indicator,year,value\nA,2020,10.5\nA,2021,11.5\n", encoding="utf-8")
    home = tmp_path / "home"
    commit_import(preview_table(src, ImportOptions(dataset_id="so-lieu")), home)
    data = home / "datasets" / "so-lieu" / "data.csv"
    stat = data.stat()
    data.write_bytes(data.read_bytes().replace(b"11.5", b"1x.5"))
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    install_language("vi")
    try:
        lib = load_library(data_home=home)
        page = DatasetsPage()
        qtbot.addWidget(page)
        page.set_library(lib, "vi")
        page.show()
        page.open_dataset("so-lieu")
        qtbot.waitUntil(lambda: lib.datasets["so-lieu"].loaded and "lỗi" in page.meta.text(), timeout=20000)
        assert ("Phát hiện 1 lỗi khi đọc lại bảng này, ví dụ: data.csv, dòng 3, cột 5: value: '1x.5' không phải là "
                "số (dùng dấu chấm '.' cho phần thập phân, không dùng dấu phân cách hàng nghìn)") in page.meta.text()
        _assert_in_language(page, "vi", "datasets page")
    finally:
        install_language("en")


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate does not read calls inside f-strings: such a text never reaches the catalogue and
    stays English in the Vietnamese UI (the About box's "version" did)."""
    import io
    import tokenize

    found = []
    for path in sorted((ROOT / "backan_desktop").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for tok in tokens:
            if tok.type == tokenize.STRING and re.match(r"(?i)[rb]*f", tok.string) and (
                    "translate(" in tok.string or "QT_TRANSLATE_NOOP(" in tok.string):
                found.append(f"{path.relative_to(ROOT)}:{tok.start[0]}")
    assert found == []


@pytest.mark.parametrize("start,other", SWITCHES)
def test_imported_figures_are_cited_in_the_new_language(window_in, data_home, qtbot, start, other):
    """Staff's yearly update joins the section pages; its source line follows the language."""
    from backan_desktop.core.importing import ImportOptions, preview_table
    from backan_desktop.core.storage.datasets import commit_import

    src = data_home / "cap-nhat-2026.csv"
    src.write_text("indicator,area,period,value,unit,status\n"
                   "grdp_current_prices,backan,2025,25000,bn_vnd,preliminary\n", encoding="utf-8")
    preview = preview_table(src, ImportOptions(dataset_id="cap-nhat-2026"), None)
    assert not preview.problems
    commit_import(preview, data_home)
    win = window_in(start)
    win.set_language(other)
    page = _show_page(qtbot, win, "economy")
    cited = "Imported file: cap-nhat-2026.csv" if other == "en" else "Tệp nhập: cap-nhat-2026.csv"
    assert any(cited in s.text for s in page.sheet.sources)
    _assert_in_language(win, other, "economy with imported figures")


def test_window_is_back_in_its_language_after_fair_mode(window_in, qtbot):
    """A visitor switches fair mode to English; staff leave it: the window is in Vietnamese again."""
    from backan_desktop.ui.kiosk.pin import PinStore

    PinStore().set_pin("2468")
    win = window_in("vi")
    _show_page(qtbot, win, "economy")
    win.open_fair_mode()
    kiosk = win.kiosk
    qtbot.waitUntil(lambda: kiosk.state == "attract", timeout=20000)
    kiosk.set_language("en")
    _assert_in_language(kiosk, "en", "fair mode")
    kiosk.leave()
    qtbot.waitUntil(win.isVisible, timeout=5000)
    assert win.lang == "vi"
    _assert_in_language(win, "vi", "window after fair mode")
