"""Find (Ctrl+K / Ctrl+F): type part of an indicator, product, project, district or dataset name in
Vietnamese or English, with or without diacritics, and jump to it with Enter."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ..core.search import KIND_LABELS, Hit, build_index, search
from ..core.texts import in_lang
from .retranslate import Retranslating

translate = QCoreApplication.translate   # lupdate reads the literal context and text


class FindDialog(Retranslating, QDialog):
    chosen = Signal(object)          # a Hit

    def __init__(self, index: list[Hit], lang: str, parent=None):
        super().__init__(parent)
        self.index, self.lang = index, lang
        self.setObjectName("findDialog")
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.hint = QLabel()
        self.hint.setObjectName("pageMeta")
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.hint)
        self.edit.textChanged.connect(self._update)
        self.edit.returnPressed.connect(self._accept_current)
        self.results.itemActivated.connect(lambda item: self._choose(item))
        self.edit.installEventFilter(self)
        self.resize(620, 440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FindDialog", "Find"))
        self.edit.setPlaceholderText(translate("FindDialog", "Indicator, product, project, district… (e.g. bac kan, mien dong)"))
        self.edit.setAccessibleName(translate("FindDialog", "Find"))
        self.results.setAccessibleName(translate("FindDialog", "Results"))
        self.hint.setText(translate("FindDialog", "↑ ↓ to choose, Enter to open, Esc to close"))

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _update(self, text: str) -> None:
        self.results.clear()
        for hit in search(self.index, text):
            kind = in_lang(KIND_LABELS[hit.kind], self.lang)
            item = QListWidgetItem(f"{hit.label}    — {kind}" + (f" · {hit.detail}" if hit.detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def open_find(window) -> FindDialog:
    """Edit → Find over the main window: the index of its library in its language (built once per
    library and language, kept on the window), a hit chosen goes to ``window.go_to``."""
    built_for = getattr(window, "_search_for", (None, ""))
    if built_for[0] is not window.library or built_for[1] != window.lang:     # labels are in one language
        window._search_index, window._search_for = build_index(window.library, window.lang), (window.library, window.lang)
    dialog = FindDialog(window._search_index, window.lang, window)
    dialog.chosen.connect(window.go_to)
    dialog.open()
    return dialog
