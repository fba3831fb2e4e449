"""The import dialog: checks off the GUI thread, shows problems with rows, imports only on confirm."""
from pathlib import Path

from PySide6.QtWidgets import QLabel

from backan_desktop.ui.import_dialog import ImportDialog


def test_good_file_is_previewed_then_imported(qtbot, tmp_path):
    src = tmp_path / "xnk.csv"
    src.write_text("Năm;Xuất khẩu;Nhập khẩu\n2021;20,5;7,5\n2022;24;11\n", encoding="utf-8")
    home = tmp_path / "home"
    dlg = ImportDialog(src, home)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert "Wide:" in dlg.status.text()
    assert not (home / "datasets").exists()          # nothing written before the user confirms
    assert dlg.table.model().rowCount() == 4
    with qtbot.waitSignal(dlg.imported, timeout=20000) as blocker:
        dlg.import_button.click()
    assert blocker.args == ["xnk"]
    assert (home / "datasets" / "xnk" / "datapackage.json").is_file()


def test_bad_file_lists_problems_and_cannot_be_imported(qtbot, tmp_path):
    src = tmp_path / "bad.csv"
    src.write_text("năm,giá trị,chỉ tiêu\n2020,1,A\n2021,abc,A\n", encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.problems.count() > 0 and dlg.check_button.isEnabled(), timeout=20000)
    texts = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert "bad.csv, row 3, column 2: value: 'abc' is not a number" in texts
    assert not dlg.import_button.isEnabled()


def test_mapping_can_be_corrected_in_the_dialog(qtbot, tmp_path):
    src = tmp_path / "odd.csv"
    src.write_text("Kỳ báo cáo,Số,Tên\n2020,\"12,7\",Kim ngạch\n2021,28,Kim ngạch\n", encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.problems.count() > 0 and dlg.check_button.isEnabled(), timeout=20000)
    assert not dlg.import_button.isEnabled()
    dlg.period_col.setCurrentIndex(dlg.period_col.findData("Kỳ báo cáo"))
    dlg.value_col.setCurrentIndex(dlg.value_col.findData("Số"))
    dlg.indicator_col.setCurrentIndex(dlg.indicator_col.findData("Tên"))
    dlg.run_check()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)


def test_drop_on_window_opens_the_import(qtbot, loaded_window, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from backan_desktop.ui import commands
    opened = []
    monkeypatch.setattr(commands, "import_file", lambda win, path=None: opened.append(path))
    src = tmp_path / "drop.csv"
    src.write_text("year,value\n2020,1\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    loaded_window.dropEvent(event)
    assert opened == [src]


def test_big_csv_check_shows_real_progress_and_can_be_imported(qtbot, tmp_path, monkeypatch):
    """A big CSV is read in pieces on the thread pool: the bar counts them, then the import writes it."""
    from backan_desktop.core.readers import csv as readers

    monkeypatch.setattr(readers, "BIG_CSV_BYTES", 50_000)
    monkeypatch.setattr(readers, "SPLIT_CSV_BYTES", 0)
    monkeypatch.setattr(readers, "PIECE_BYTES", 20_000)
    monkeypatch.setattr(readers, "reader_threads", lambda: 3)
    src = tmp_path / "lon.csv"
    src.write_text("indicator,year,value\n" + "".join(f"Chỉ tiêu {i // 30},{1990 + i % 30},{i}.25\n"
                                                      for i in range(5000)), encoding="utf-8")
    home = tmp_path / "home"
    dlg = ImportDialog(src, home)
    qtbot.addWidget(dlg)
    seen = []
    dlg.progress.valueChanged.connect(lambda v: seen.append((v, dlg.progress.maximum())))
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert seen and seen[-1][0] == seen[-1][1] > 1          # pieces counted up to all of them
    with qtbot.waitSignal(dlg.imported, timeout=20000):
        dlg.import_button.click()
    assert (home / "datasets" / "lon" / "data.csv").is_file()


def test_review_says_how_each_column_was_read_and_one_column_can_be_flipped(qtbot, tmp_path):
    """The panel's columns are named with their decimal mark and why; a column whose values fit
    both readings is read the other way from its own choice, which checks the file again."""
    from tablefactory import write_panel

    panel = tmp_path / "panel.csv"
    write_panel(panel)
    dlg = ImportDialog(panel, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert dlg.numbers_note.text().splitlines() == [
        "Numbers in lifeExp, gdpPercap: decimal point — only that reading fits every value (e.g. '33.07')",
        "Numbers in pop: no decimal or thousands marks (both readings give the same numbers)"]
    assert dlg.number_combos == {} and dlg.numbers_box.isHidden()      # the values settle every column

    src = tmp_path / "dien-tich.csv"
    src.write_text("Huyện,Năm,Diện tích\nChợ Đồn,2020,1.234\nBa Bể,2020,12.829\n", encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert "decimal comma, '1.234' read as 1234 — every value fits both readings; the headings are in Vietnamese" \
        in dlg.numbers_note.text()
    value = lambda row: dlg.table.model().index(row, 4).data()          # noqa: E731
    assert value(0) == "1,234"                                           # English UI: one thousand two hundred…
    assert list(dlg.number_combos) == ["Diện tích"] and not dlg.numbers_box.isHidden()
    combo = dlg.number_combos["Diện tích"]
    assert combo.currentText() == "Automatic: decimal comma"
    combo.setCurrentIndex(combo.findData("."))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled() and "as you chose" in dlg.numbers_note.text(), timeout=20000)
    assert dlg.numbers_note.text() == "Numbers in Diện tích: decimal point, '1.234' read as 1.234 — as you chose"
    assert value(0) == "1.234" and dlg.number_combos["Diện tích"].currentData() == "."
    assert dlg.number_combos["Diện tích"].itemText(0) == "Automatic"


def test_a_file_with_hundreds_of_open_columns_is_not_listed_column_by_column(qtbot, tmp_path):
    src = tmp_path / "wide.csv"
    src.write_text("year," + ",".join(f"s{i}" for i in range(120)) + "\n"
                   + "".join(f"{2000 + r}," + ",".join(f"{r + 1}.{i + 100}" for i in range(120)) + "\n" for r in range(3)),
                   encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert dlg.number_combos == {}
    assert dlg.numbers_box.findChild(QLabel).text() == "120 columns: choose the decimal mark for all of them above."


def test_an_imported_table_is_read_when_opened_without_blocking(qtbot, tmp_path):
    """The Datasets browser lists an imported table from its catalogue and reads its rows on a worker
    when it is chosen: first a 'Reading … rows' line, then the table."""
    from backan_desktop.core.importing import ImportOptions, preview_table
    from backan_desktop.core.library import load_library
    from backan_desktop.core.storage.datasets import commit_import
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.pages.datasets_page import DatasetsPage

    src = tmp_path / "series.csv"
    src.write_text("indicator,year,value\n" + "".join(f"Chỉ tiêu {i // 30},{1990 + i % 30},{i}.5\n"
                                                      for i in range(3000)), encoding="utf-8")
    home = tmp_path / "home"
    commit_import(preview_table(src, ImportOptions(dataset_id="series")), home)
    install_language("en")
    lib = load_library(data_home=home)
    assert not lib.datasets["series"].loaded
    page = DatasetsPage()
    qtbot.addWidget(page)
    page.set_library(lib, "en")
    page.open_dataset("series")
    assert page.meta.text() == "Reading 3,000 rows…" and page.proxy.sourceModel() is None
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3000, timeout=20000)
    assert lib.datasets["series"].loaded and "3,000 rows" in page.meta.text()
    # where it comes from, in words: the file and the day, never ids or package names
    assert "imported from the file series.csv on " in page.meta.text()
    page.open_dataset("observations")                  # bundled: shown at once
    assert page.proxy.rowCount() == len(lib.datasets["observations"].table)
    meta = page.meta.text()
    assert "comes with the app: Economy of the former Bắc Kạn province" in meta
    assert not any(w in meta for w in ("dataset:", "package", "backan-economy", "tidy"))


def test_export_table_writes_off_the_gui_thread(qtbot, loaded_window, tmp_path, monkeypatch):
    """Datasets → Export table…: the file is written by a worker and the status bar says when it is saved."""
    import csv

    from PySide6.QtWidgets import QFileDialog

    from backan_desktop.ui import commands

    out = tmp_path / "obs.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV, UTF-8 (*.csv)"))
    commands.export_table(loaded_window, "observations")
    qtbot.waitUntil(lambda: str(out) in loaded_window.statusBar().currentMessage()
                    and not loaded_window.statusBar().currentMessage().endswith("…"), timeout=20000)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(loaded_window.library.datasets["observations"].table) + 1
    assert rows[0][0] == loaded_window.library.datasets["observations"].schema.fields[0].label("vi")
    readme = (tmp_path / "obs-README.txt").read_text(encoding="utf-8-sig")     # its metadata travels with it
    assert "Thái Nguyên" in readme and str(len(rows) - 1) in readme.replace(".", "").replace(",", "")


def test_import_and_removal_name_the_dataset_by_its_title(qtbot, loaded_window, monkeypatch):
    """After an import the status bar names the table by its title, and so does the removal question;
    the id (a file-name slug) is for the command line."""
    from PySide6.QtWidgets import QMessageBox

    from backan_desktop.core.importing import ImportOptions, preview_table
    from backan_desktop.core.storage.datasets import commit_import
    from backan_desktop.ui import commands

    src = loaded_window.data_home.parent / "gia-tri-xk.csv"
    src.write_text("Năm;Xuất khẩu\n2021;20,5\n2022;24\n", encoding="utf-8")
    commit_import(preview_table(src, ImportOptions(title="Giá trị xuất khẩu")), loaded_window.data_home)
    loaded_window.library = None
    loaded_window.on_dataset_imported("gia-tri-xk")
    qtbot.waitUntil(lambda: loaded_window.library is not None and "gia-tri-xk" in loaded_window.library.datasets,
                    timeout=20000)
    assert loaded_window.statusBar().currentMessage() == "Đã nhập “Giá trị xuất khẩu”"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _w, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    commands.remove_dataset(loaded_window, "gia-tri-xk")
    assert "“Giá trị xuất khẩu”" in asked[0] and "gia-tri-xk" not in asked[0]


def test_the_dialog_asks_who_published_the_figures(qtbot, tmp_path):
    """'Published by' offers 'Not stated' first (the default) and the source kinds; the choice goes
    into the import, where it ranks the figures for the headline tiles."""
    from backan_desktop.core.vocab import SOURCE_KINDS

    src = tmp_path / "xnk.csv"
    src.write_text("Năm;Xuất khẩu\n2021;20,5\n2022;24\n", encoding="utf-8")
    dlg = ImportDialog(src, tmp_path / "home")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    kinds = [dlg.kind_choice.itemData(i) for i in range(dlg.kind_choice.count())]
    assert kinds == [None, *SOURCE_KINDS] and dlg.options().source_kind is None
    dlg.kind_choice.setCurrentIndex(kinds.index("statistics_office"))
    assert dlg.options().source_kind == "statistics_office"
    dlg.retranslate()
    assert dlg.kind_choice.currentData() == "statistics_office"      # kept when the labels are written again
