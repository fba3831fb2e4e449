"""File → Import…: read a CSV/XLSX or a data package off the GUI thread, show what was recognised,
let the user correct the mapping, list every problem (file, row, column) and the changes against
the library, and write only when the user confirms."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable, Optional, Union

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QProgressBar, QPushButton, QScrollArea, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from ..core.importing import ImportOptions, ImportPreview, Mapping, preview_table, reading_lines, slug
from ..core.problems import Problem
from ..core.storage.datasets import check_id, commit_import, existing_frame, preview_package
from ..core.texts import source_kind_label, status_label
from ..core.vocab import SOURCE_KINDS, STATUSES
from ..qt.i18n import current_language, message_text, problem_text
from .retranslate import Retranslating, Text, text_of
from .table_model import DataFrameModel
from .workers import Job

translate = QCoreApplication.translate   # lupdate reads the literal context and text
PACKAGE_SUFFIXES = (".zip",)
MAX_COLUMN_CHOICES = 40          # decimal-mark choices listed one per column, at most
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
DEFAULT_STATUS = ImportOptions().status      # a user's figure is not "official" unless someone says so


def is_importable(path: Path) -> bool:
    return path.is_dir() or path.name == "datapackage.json" or path.suffix.lower() in PACKAGE_SUFFIXES + TABLE_SUFFIXES


class ImportDialog(Retranslating, QDialog):
    """Review an import. ``imported`` is emitted with the dataset id after a successful commit."""
    imported = Signal(str)

    def __init__(self, path: Path, data_home: Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.data_home = Path(data_home)
        self.preview: Optional[ImportPreview] = None
        self.job: Optional[Job] = None
        # what the status line and the list say, written again when the language changes
        self._status_text: Text = ""
        self._listed: Union[list, Callable[[], list[str]]] = []
        self._work = tempfile.TemporaryDirectory(prefix="backan-import-")
        self.is_package = self.path.is_dir() or self.path.name == "datapackage.json" or self.path.suffix.lower() == ".zip"
        self.setObjectName("importDialog")
        self.resize(980, 720)

        self.id_edit = QLineEdit(slug(self.path.stem if self.path.name != "datapackage.json" else self.path.parent.name))
        self.title_edit = QLineEdit(self.path.stem)
        self._title_touched = False
        self.title_edit.textEdited.connect(lambda _t: setattr(self, "_title_touched", True))
        self.shape = QComboBox()
        self.encoding = QComboBox()
        self.decimal = QComboBox()
        self.sheet = QLineEdit()
        self.period_col, self.value_col, self.indicator_col, self.area_col = (QComboBox() for _ in range(4))
        self.unit = QLineEdit()
        for combo in (self.period_col, self.value_col, self.indicator_col, self.area_col):
            combo.setMinimumWidth(180)
        self.form = QFormLayout()
        self.form_labels = {}
        for key, w in (("id", self.id_edit), ("title", self.title_edit), ("shape", self.shape),
                       ("encoding", self.encoding), ("sheet", self.sheet), ("decimal", self.decimal),
                       ("period", self.period_col), ("value", self.value_col), ("indicator", self.indicator_col),
                       ("area", self.area_col), ("unit", self.unit)):
            lab = QLabel()
            self.form_labels[key] = lab
            self.form.addRow(lab, w)
        self.options_box = QGroupBox()
        self.options_box.setLayout(self.form)
        self.options_box.setEnabled(not self.is_package)

        # what the user says of the whole file: rows whose own cells say nothing take these
        self.status_choice = QComboBox()
        self.status_choice.setObjectName("importStatusChoice")
        self.status_choice.activated.connect(lambda _i: self.run_check())
        self.kind_choice = QComboBox()              # who published them: ranks them for the headline tiles
        self.kind_choice.setObjectName("importSourceKind")
        self.kind_choice.activated.connect(lambda _i: self.run_check())
        self.source_edit, self.url_edit, self.as_of_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.as_of_edit.setPlaceholderText("YYYY-MM-DD")
        for edit in (self.source_edit, self.url_edit, self.as_of_edit):
            edit.editingFinished.connect(self._origin_edited)
        self.origin_form = QFormLayout()
        for key, w in (("status", self.status_choice), ("source", self.source_edit), ("kind", self.kind_choice),
                       ("url", self.url_edit), ("as_of", self.as_of_edit)):
            lab = QLabel()
            self.form_labels[key] = lab
            self.origin_form.addRow(lab, w)
        self.origin_box = QGroupBox()
        self.origin_box.setObjectName("importOrigin")
        self.origin_box.setLayout(self.origin_form)
        self.origin_box.setEnabled(not self.is_package)
        self._origin = self._origin_given()

        # how each column's numbers are read: one choice per column, filled after every check
        self.column_decimals: dict[str, str] = {}        # the user's choices (column → "," or ".")
        self.number_combos: dict[str, QComboBox] = {}
        self.numbers_form = QFormLayout()
        self.numbers_inner = QWidget()
        self.numbers_inner.setLayout(self.numbers_form)
        self.numbers_scroll = QScrollArea()
        self.numbers_scroll.setWidgetResizable(True)
        self.numbers_scroll.setWidget(self.numbers_inner)
        self.numbers_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.numbers_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.numbers_box = QGroupBox()
        self.numbers_box.setObjectName("importNumberColumns")
        QVBoxLayout(self.numbers_box).addWidget(self.numbers_scroll)
        self.numbers_box.setVisible(False)

        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.run_check)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.cancel_check = QPushButton()
        self.cancel_check.setVisible(False)
        self.cancel_check.clicked.connect(self._cancel_job)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.numbers_note = QLabel()                     # which decimal mark each column was read with, and why
        self.numbers_note.setWordWrap(True)
        self.numbers_note.setObjectName("importNumbers")
        self.numbers_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers_note.setVisible(False)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)            # a long problem (and Vietnamese is longer) is read whole
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.table = QTableView()
        self.table.setObjectName("importPreview")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.options_box)
        ll.addWidget(self.origin_box)
        ll.addWidget(self.numbers_box)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_check)
        ll.addLayout(row)
        ll.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.status)
        tl.addWidget(self.numbers_note)
        tl.addWidget(self.problems)
        right.addWidget(top)
        right.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.run_check()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import {name}").format(name=self.path.name))
        labels = {"id": translate("ImportDialog", "Dataset id"), "title": translate("ImportDialog", "Title"),
                  "shape": translate("ImportDialog", "Layout"), "encoding": translate("ImportDialog", "Text encoding"),
                  "sheet": translate("ImportDialog", "Sheet (XLSX)"), "decimal": translate("ImportDialog", "Decimal mark"),
                  "period": translate("ImportDialog", "Period column"), "value": translate("ImportDialog", "Value column"),
                  "indicator": translate("ImportDialog", "Series column"), "area": translate("ImportDialog", "Area column"),
                  "unit": translate("ImportDialog", "Unit"), "status": translate("ImportDialog", "Status"),
                  "source": translate("ImportDialog", "Source"), "url": translate("ImportDialog", "Source address"),
                  "kind": translate("ImportDialog", "Published by"),
                  "as_of": translate("ImportDialog", "Data as of")}
        for k, lab in self.form_labels.items():
            lab.setText(labels[k])
        self.options_box.setTitle(translate("ImportDialog", "How to read the file"))
        self.origin_box.setTitle(translate("ImportDialog", "About the figures (where the file does not say)"))
        chosen = self.status_choice.currentData() or DEFAULT_STATUS
        self._fill(self.status_choice, [(status_label(status, self._lang()), status) for status in STATUSES])
        self.status_choice.setCurrentIndex(self.status_choice.findData(chosen))
        self._fill(self.kind_choice, [(translate("ImportDialog", "Not stated"), None)]
                   + [(source_kind_label(k, self._lang()).capitalize(), k) for k in SOURCE_KINDS])
        self.kind_choice.setToolTip(translate("ImportDialog", "Headline figures prefer the statistics office, then "
                                                              "government, then the press; figures of an unstated "
                                                              "publisher come last"))
        self.source_edit.setPlaceholderText(translate("ImportDialog", "e.g. Yearbook 2024, table 05"))
        self.numbers_box.setTitle(translate("ImportDialog", "Decimal mark, column by column"))
        auto = translate("ImportDialog", "Recognise automatically")
        self._fill(self.shape, [(auto, None), (translate("ImportDialog", "Long: one row per figure"), "long"),
                                (translate("ImportDialog", "Wide: a period column and one column per series"), "wide"),
                                (translate("ImportDialog", "Yearbook: series as rows, years as columns"), "yearbook")])
        self._fill(self.encoding, [(auto, None), ("UTF-8", "utf-8"), ("UTF-16", "utf-16"),
                                   (translate("ImportDialog", "Windows-1258 (Vietnamese)"), "windows-1258"), ("Windows-1252", "windows-1252")])
        self._fill(self.decimal, [(auto, None), (translate("ImportDialog", "comma: 12.829,5"), ","),
                                  (translate("ImportDialog", "point: 12,829.5"), ".")])
        self.check_button.setText(translate("ImportDialog", "Check again"))
        self.cancel_check.setText(translate("ImportDialog", "Stop"))
        self.import_button.setText(translate("ImportDialog", "Import"))
        if self.preview is not None:
            self._show_readings(self.preview)
        self.status.setText(text_of(self._status_text))
        self._list(self._listed)

    @staticmethod
    def _lang() -> str:
        return current_language()

    @staticmethod
    def _fill(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        i = combo.findData(current)
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def _set_columns(self, columns: list[str]) -> None:
        for combo in (self.period_col, self.value_col, self.indicator_col, self.area_col):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(translate("ImportDialog", "(automatic)"), None)
            for c in columns:
                combo.addItem(c, c)
            combo.setCurrentIndex(max(0, combo.findData(keep)))

    def _origin_given(self) -> tuple:
        return self.source_edit.text().strip(), self.url_edit.text().strip(), self.as_of_edit.text().strip()

    def _origin_edited(self) -> None:
        """Check again when the source or date changed: the rows written are the ones checked."""
        if self._origin_given() != self._origin:
            self._origin = self._origin_given()
            self.run_check()

    def options(self) -> ImportOptions:
        source, url, as_of = self._origin_given()
        return ImportOptions(
            dataset_id=self.id_edit.text().strip(),
            title=(self.title_edit.text().strip() or None) if self._title_touched else None,
            encoding=self.encoding.currentData(), sheet=self.sheet.text().strip() or None,
            status=self.status_choice.currentData() or DEFAULT_STATUS, source=source or None,
            source_url=url or None, source_kind=self.kind_choice.currentData(), as_of=as_of or None,
            mapping=Mapping(self.shape.currentData(), self.period_col.currentData(), self.value_col.currentData(),
                            self.indicator_col.currentData(), self.area_col.currentData(),
                            self.unit.text().strip() or None, None, self.decimal.currentData(),
                            dict(self.column_decimals)))

    # -- number readings ------------------------------------------------------------------------
    def _show_readings(self, preview: ImportPreview) -> None:
        """Say which decimal mark each column was read with and why, and offer a choice for each
        column where one makes sense — its values fit both readings, or the user chose — (changing
        it checks the file again). A column its own values settle has nothing to choose."""
        lines = reading_lines(preview.readings, self._lang())
        self.numbers_note.setText("\n".join(lines))
        self.numbers_note.setVisible(bool(lines))
        while self.numbers_form.rowCount():
            self.numbers_form.removeRow(0)
        self.number_combos.clear()
        open_ = [(r, c) for r in preview.readings if r.ambiguous or r.reason in ("chosen", "fewer") for c in r.columns]
        if len(open_) > MAX_COLUMN_CHOICES:
            # hundreds of combo boxes would take the GUI thread for most of a second
            text = translate("ImportDialog", "{n} columns: choose the decimal mark for all of them above.")
            note = QLabel(text.format(n=len(open_)))
            note.setWordWrap(True)
            self.numbers_form.addRow(note)
            open_ = []
        names = {",": translate("ImportDialog", "decimal comma"), ".": translate("ImportDialog", "decimal point")}
        for reading, column in open_:
            combo = QComboBox()
            combo.setObjectName(f"decimal:{column}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(translate("ImportDialog", "Automatic") if reading.reason == "chosen" else
                          translate("ImportDialog", "Automatic: {reading}").format(reading=names[reading.style.decimal]),
                          None)
            combo.addItem(translate("ImportDialog", "comma: 12.829,5"), ",")
            combo.addItem(translate("ImportDialog", "point: 12,829.5"), ".")
            combo.setCurrentIndex(max(0, combo.findData(self.column_decimals.get(column))))
            combo.setToolTip("\n".join(reading_lines([reading], self._lang())))
            combo.activated.connect(lambda _i, c=column, w=combo: self._set_column_decimal(c, w.currentData()))
            self.number_combos[column] = combo
            self.numbers_form.addRow(column, combo)
        self.numbers_box.setVisible(self.numbers_form.rowCount() > 0)
        # as tall as its rows, up to six of them; more scroll
        self.numbers_inner.adjustSize()
        row = self.numbers_inner.sizeHint().height() / max(1, self.numbers_form.rowCount())
        self.numbers_scroll.setMinimumHeight(int(min(self.numbers_inner.sizeHint().height(), 6 * row)))

    def _set_column_decimal(self, column: str, mark: Optional[str]) -> None:
        if mark:
            self.column_decimals[column] = mark
        else:
            self.column_decimals.pop(column, None)
        self.run_check()

    # -- checking off the GUI thread ----------------------------------------------------------
    def run_check(self) -> None:
        msg = check_id(self.id_edit.text().strip())
        if msg:
            self._show_problems([msg])
            return
        path, home, work, is_package = self.path, self.data_home, Path(self._work.name), self.is_package
        opts = self.options()

        def work_fn(progress, cancel):
            if is_package:
                return preview_package(path, opts.dataset_id, work / "p")
            return preview_table(path, opts, existing_frame(home, opts.dataset_id), cancel=cancel, progress=progress)

        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.progress.setVisible(True)
        self.cancel_check.setVisible(True)
        self._say(lambda: translate("ImportDialog", "Reading {name}…").format(name=path.name))
        self.progress.setRange(0, 0)                     # busy until the reader reports its pieces
        if self.job is not None:
            self.job.cancel()            # a check started earlier (other options): its result is stale
        job = self.job = Job(work_fn)

        def current(slot):
            """``slot`` only while ``job`` is the dialog's latest check."""
            return lambda *a: slot(*a) if self.job is job else None
        job.signals.progress.connect(current(self._on_progress))
        job.signals.done.connect(current(self._on_preview))
        job.signals.failed.connect(current(lambda m, d: self._show_problems([m])))
        job.signals.cancelled.connect(current(lambda: self._show_problems([lambda: translate("ImportDialog",
                                                                                              "Stopped.")])))
        job.start()

    def _on_progress(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _end_job(self) -> None:
        self.progress.setVisible(False)
        self.cancel_check.setVisible(False)
        self.check_button.setEnabled(True)
        self.job = None

    def _say(self, text: Text) -> None:
        self._status_text = text
        self.status.setText(text_of(text))

    def _list(self, items) -> None:
        """Show ``items`` in the list, in the UI's language: problems (file, row and column in
        words), the core's messages, texts or functions writing one (see :data:`Text`) — or a
        function writing all the lines."""
        self._listed = items
        self.problems.clear()
        self.problems.addItems(items() if callable(items) else [
            problem_text(i) if isinstance(i, Problem) else text_of(i) if isinstance(i, str) or callable(i)
            else message_text(i) for i in items])

    def _show_problems(self, items: list) -> None:
        self._end_job()
        self._list(items)
        self._say(lambda: translate("ImportDialog", "Nothing will be imported until these problems are fixed."))
        self.import_button.setEnabled(False)

    def _on_preview(self, preview: ImportPreview) -> None:
        self._end_job()
        self.preview = preview
        if preview.columns:
            self._set_columns(preview.columns)
        self._show_readings(preview)
        if preview.problems:
            self._show_problems(list(preview.problems))
        else:
            def head() -> str:
                shapes = {"long": translate("ImportDialog", "Long: one row per figure"),
                          "wide": translate("ImportDialog", "Wide: a period column and one column per series"),
                          "yearbook": translate("ImportDialog", "Yearbook: series as rows, years as columns"),
                          "package": translate("ImportDialog", "data package")}
                return translate("ImportDialog", "Recognised: {shape}. Nothing has been written yet.").format(
                    shape=shapes.get(preview.shape, preview.shape) + (f" · {preview.encoding}" if preview.encoding else "")
                    + (f" · {preview.sheet}" if preview.sheet else ""))

            self._say(head)
            self._list(lambda: preview.summary.lines(self._lang(), say=message_text))
            self.import_button.setEnabled(True)
        if preview.title and not self._title_touched:
            self.title_edit.setText(preview.title)
        if preview.rows is not None and len(preview.rows):
            shown = preview.rows.drop(columns=["decimals", "file_row"]).head(500)
            lang = self._lang()
            headers = [translate("ImportDialog", "Series"), translate("ImportDialog", "Area"),
                       translate("ImportDialog", "Period"), translate("ImportDialog", "Breakdown"),
                       translate("ImportDialog", "Value"), translate("ImportDialog", "Unit"),
                       translate("ImportDialog", "Status"), translate("ImportDialog", "Source"),
                       translate("ImportDialog", "Note")]
            labels = {"status": {status: status_label(status, lang) for status in STATUSES}}
            decimals = {"value": preview.rows["decimals"].head(500).tolist()}
            self.table.setModel(DataFrameModel(shown, lang, headers, decimals, labels, parent=self.table))
            self.table.resizeColumnsToContents()

    # -- committing ----------------------------------------------------------------------------
    def commit(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        self.preview.title = self.title_edit.text().strip() or self.preview.title
        preview, home = self.preview, self.data_home
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(lambda: translate("ImportDialog", "Writing “{title}” into the library…").format(title=preview.title))
        self.job = Job(lambda progress, cancel: commit_import(preview, home, cancel=cancel))   # closing the dialog stops it
        self.job.signals.done.connect(lambda _target: (self.imported.emit(preview.dataset_id), self.accept()))
        self.job.signals.failed.connect(lambda m, d: self._show_problems([m]))
        self.job.start()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
        self._work.cleanup()
        super().done(result)
