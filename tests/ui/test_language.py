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
    assert "12.829 tỷ đồng" in tiles and "5,3 %/năm" in tiles

    window.set_language("en")
    en = _visible_texts(window)
    assert "&File" in en and "Overview" in en and "Datasets" in en
    tiles = [t.value_label.text() for t in window.page("overview").kpi_tiles]
    assert "VND 12,829 billion" in tiles and "5.3% per year" in tiles
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
    from backan_desktop.ui.main import pick_language
    QSettings().clear()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert pick_language(None) == "vi"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert pick_language(None) == "en"
    assert pick_language("vi") == "vi"
    assert pick_language(None) == "vi"      # remembered
