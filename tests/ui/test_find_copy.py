"""Find jumps anywhere; tables copy their selection with headers for Excel/Word."""
from PySide6.QtCore import QItemSelectionModel


def test_find_dialog_lists_hits_and_emits_the_choice(qtbot, library):
    from backan_desktop.core.search import build_index
    from backan_desktop.ui.find_dialog import FindDialog
    dlg = FindDialog(build_index(library), "vi")
    qtbot.addWidget(dlg)
    dlg.edit.setText("mien dong tai hoan")
    assert dlg.results.count() >= 1
    with qtbot.waitSignal(dlg.chosen) as blocker:
        dlg.edit.returnPressed.emit()
    hit = blocker.args[0]
    assert hit.dataset == "products" and "Tài Hoan" in hit.label


def test_copy_selection_with_headers(qtbot, library):
    from PySide6.QtGui import QGuiApplication
    from backan_desktop.ui.table_model import DataFrameModel
    from backan_desktop.ui.table_view import CopyTableView
    view = CopyTableView()
    qtbot.addWidget(view)
    ds = library.datasets["projects"]
    view.setModel(DataFrameModel(ds.table.frame(), "vi", [f.label("vi") for f in ds.table.schema.fields]))
    sel = view.selectionModel()
    for c in (1, 2):
        sel.select(view.model().index(0, c), QItemSelectionModel.SelectionFlag.Select)
    view.copy_selection()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Tên dự án\tTên tiếng Anh"
    assert lines[1].startswith(ds.table.columns["name_vi"][0])
