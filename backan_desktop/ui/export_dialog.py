"""File → Export sheet / Export handout set: where to save, on which paper, and whether the
appendix (every figure and vintage) follows the two-page sheet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ..qt.sheet_renderer import PAPERS
from .retranslate import Retranslating

translate = QCoreApplication.translate   # lupdate reads the literal context and text

APPENDIX_KEY = "export/appendix"


def path_row(edit: QLineEdit, browse: QPushButton) -> QWidget:
    """A path field with its "Browse…" button beside it, for a form row."""
    row = QWidget()
    rl = QHBoxLayout(row)
    rl.setContentsMargins(0, 0, 0, 0)
    rl.addWidget(edit, 1)
    rl.addWidget(browse)
    return row


class ExportDialog(Retranslating, QDialog):
    """Options of a PDF export. ``handout``: the target is a folder (every sheet and the booklet),
    else one PDF file. The appendix choice is remembered (QSettings ``export/appendix``); the paper
    starts at the preference and is not saved back."""

    def __init__(self, target: str, paper: str, handout: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.handout = handout
        self.path = QLineEdit(target)
        self.path.setObjectName("exportPath")
        self.path.textChanged.connect(self._update_ok)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = path_row(self.path, self.browse)
        self.paper = QComboBox()
        for p in PAPERS:
            self.paper.addItem(p, p)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.appendix = QCheckBox()
        self.appendix.setObjectName("includeAppendix")
        self.appendix.setChecked(QSettings().value(APPENDIX_KEY, False, type=bool))
        self.explain = QLabel()
        self.explain.setObjectName("exportExplain")
        self.explain.setWordWrap(True)
        self.path_label, self.paper_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.path_label, row)
        form.addRow(self.paper_label, self.paper)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.appendix)
        lay.addWidget(self.explain)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        if self.handout:
            self.setWindowTitle(translate("ExportDialog", "Export handout set"))
            self.path_label.setText(translate("ExportDialog", "Folder"))
        else:
            self.setWindowTitle(translate("ExportDialog", "Export sheet as PDF"))
            self.path_label.setText(translate("ExportDialog", "File"))
        self.paper_label.setText(translate("ExportDialog", "Paper size"))
        self.browse.setText(translate("ExportDialog", "Choose…"))
        self.appendix.setText(translate("ExportDialog", "Include appendix (all figures and vintages)"))
        self.explain.setText(translate(
            "ExportDialog", "Each sheet fits on one sheet of paper, front and back: headline figures, the main charts "
                            "and the sources they use. The appendix adds every figure with every vintage and the full "
                            "tables, after the sheet (in the booklet: once, at the end)."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ExportDialog", "Export"))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))

    def _browse(self) -> None:
        current = self.path.text().strip()
        if self.handout:
            chosen = QFileDialog.getExistingDirectory(self, translate("ExportDialog", "Export handout set to folder"),
                                                      current)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Export sheet as PDF"), current,
                                                    translate("ExportDialog", "PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Path:
        """The chosen file (``.pdf`` added when missing) or folder."""
        text = self.path.text().strip()
        if not self.handout and not text.lower().endswith(".pdf"):
            text += ".pdf"
        return Path(text).expanduser()

    def chosen_paper(self) -> str:
        return str(self.paper.currentData())

    def with_appendix(self) -> bool:
        return self.appendix.isChecked()

    def accept(self) -> None:
        QSettings().setValue(APPENDIX_KEY, self.appendix.isChecked())
        super().accept()


if __name__ == "__main__":      # preview: python -m backan_desktop.ui.export_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    dialog = ExportDialog(str(Path.home() / "economy_en.pdf"), "A4")
    dialog.show()
    sys.exit(app.exec())
