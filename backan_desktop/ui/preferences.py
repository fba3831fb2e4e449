"""Edit → Preferences: language, theme, paper size and default export folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit,
                               QPushButton)

from ..core.texts import t
from ..core.vocab import DEFAULT_LANG, LANGS
from .export_dialog import path_row
from .retranslate import Retranslating

translate = QCoreApplication.translate   # lupdate reads the literal context and text


class PreferencesDialog(Retranslating, QDialog):
    """Reads and writes QSettings (ui/lang, ui/theme, print/paper, export/folder); the window applies
    the language and theme after ``accept``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferences")
        s = QSettings()
        self.lang = QComboBox()
        for code in LANGS:
            self.lang.addItem(t("language_name", code), code)        # each in its own language
        self.lang.setCurrentIndex(max(0, self.lang.findData(s.value("ui/lang", DEFAULT_LANG))))
        self.theme = QComboBox()
        self.paper = QComboBox()
        for p in ("A4", "A5", "Letter"):
            self.paper.addItem(p, p)
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.value("print/paper", "A4"))))
        self.folder = QLineEdit(str(s.value("export/folder", str(Path.home()))))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = path_row(self.folder, self.browse)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, w in zip(self.labels, (self.lang, self.theme, self.paper, row)):
            form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._theme_value = str(s.value("ui/theme", "system"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Preferences", "Preferences"))
        for label, text in zip(self.labels, (translate("Preferences", "Language"), translate("Preferences", "Theme"),
                                             translate("Preferences", "Paper size"),
                                             translate("Preferences", "Default export folder"))):
            label.setText(text)
        current = self.theme.currentData() or self._theme_value
        self.theme.clear()
        for text, value in ((translate("Preferences", "Follow the system"), "system"),
                            (translate("Preferences", "Light"), "light"), (translate("Preferences", "Dark"), "dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.browse.setText(translate("Preferences", "Choose…"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Preferences", "Default export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        s = QSettings()
        s.setValue("ui/lang", self.lang.currentData())
        s.setValue("ui/theme", self.theme.currentData())
        s.setValue("print/paper", self.paper.currentData())
        s.setValue("export/folder", self.folder.text().strip() or str(Path.home()))
        super().accept()
