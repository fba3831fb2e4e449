"""A table view that copies its selection as tab-separated text with the column headers, which
pastes into Excel, LibreOffice and Word as a table (Ctrl+C, or the context menu)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTableView

from .retranslate import Retranslating

translate = QCoreApplication.translate   # lupdate reads the literal context and text


def selection_text(view: QTableView) -> str:
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes or model is None:
        return ""
    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}

    def clean(v) -> str:
        return "" if v is None else str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")

    lines = ["\t".join(clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols)]
    for r in rows:
        lines.append("\t".join(clean(model.index(r, c).data()) if (r, c) in chosen else "" for c in cols))
    return "\n".join(lines) + "\n"


class CopyTableView(Retranslating, QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setTabKeyNavigation(False)      # Tab leaves the table (arrows move between cells): no keyboard trap
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_action.setText(translate("CopyTableView", "Copy with headers"))

    def copy_selection(self) -> None:
        text = selection_text(self)
        if text:
            QGuiApplication.clipboard().setText(text)
