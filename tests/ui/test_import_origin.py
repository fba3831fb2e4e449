"""The import dialog asks what the file does not say: status (not stated by default), source,
its address and the figures' date — and writes what was checked with them."""
import json

from backan_desktop.ui.import_dialog import ImportDialog


def test_status_source_and_date_for_the_whole_file(qtbot, tmp_path):
    src = tmp_path / "xa.csv"
    src.write_text("năm,giá trị,chỉ tiêu\n2021,20,Lúa\n2022,24,Lúa\n", encoding="utf-8")
    home = tmp_path / "home"
    dlg = ImportDialog(src, home)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert dlg.status_choice.currentData() == "not_stated"
    assert set(dlg.preview.rows["status"]) == {"not_stated"}

    dlg.status_choice.setCurrentIndex(dlg.status_choice.findData("estimate"))
    dlg.status_choice.activated.emit(dlg.status_choice.currentIndex())      # as a click does: checks again
    dlg.source_edit.setText("Báo cáo xã")
    dlg.url_edit.setText("https://example.org/x")
    dlg.as_of_edit.setText("2023-06")
    dlg.as_of_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled() and set(dlg.preview.rows["status"]) == {"estimate"}
                    and dlg.preview.origin.get("as_of") == "2023-06", timeout=20000)
    assert dlg.preview.origin == {"source": "Báo cáo xã", "url": "https://example.org/x", "as_of": "2023-06"}
    with qtbot.waitSignal(dlg.imported, timeout=20000):
        dlg.import_button.click()
    desc = json.loads((home / "datasets" / "xa" / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["data_as_of"] == "2023-06" and desc["sources"][0]["title"] == "Báo cáo xã"
    assert "estimate" in (home / "datasets" / "xa" / "data.csv").read_text(encoding="utf-8")


def test_a_wrong_date_is_a_problem_and_nothing_can_be_imported(qtbot, tmp_path):
    src = tmp_path / "xa.csv"
    src.write_text("năm,giá trị,chỉ tiêu\n2021,20,Lúa\n2022,24,Lúa\n", encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    dlg.as_of_edit.setText("19/03/2025")
    dlg.as_of_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: dlg.problems.count() > 0 and dlg.check_button.isEnabled(), timeout=20000)
    assert not dlg.import_button.isEnabled()
    assert "write the date as YYYY, YYYY-MM or YYYY-MM-DD" in dlg.problems.item(0).text()
