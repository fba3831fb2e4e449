"""The Datasets browser: every table of the library as a sortable, filterable view over its
DataFrame (QAbstractTableModel + QSortFilterProxyModel), with its metadata and a chart."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from ...core.formatting import format_number
from ...core.periods import format_iso_date
from ...core.sheets import dataset_chart
from ...core.vocab import DEFAULT_LANG
from ...qt.i18n import problem_text
from ..chart_menu import attach_chart_menu
from ..retranslate import Retranslating
from ..table_model import SORT_ROLE, DataFrameModel, FastProxyModel
from ..table_view import CopyTableView

translate = QCoreApplication.translate   # lupdate reads the literal context and text

TITLE_FIELDS = ("indicator", "title", "name", "label", "publisher")   # a table's naming column, first found


def title_column(fields: list[str], lang: str, widths: list[int]) -> int:
    """The column that names each row (an indicator, a title, a name in ``lang``), which gets the
    table's spare width; a table without one: its widest column."""
    for name in TITLE_FIELDS:
        for key in (name, f"{name}_{lang}"):
            if key in fields:
                return fields.index(key)
    return max(range(len(widths)), key=widths.__getitem__) if widths else 0


class DatasetsPage(Retranslating, QWidget):
    export_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page-datasets")
        self.library = None
        self.lang = DEFAULT_LANG
        self.current_id: str | None = None
        self.chart_widget = None

        self.list = QListWidget()
        self.list.setObjectName("datasetList")
        self.list.setWordWrap(True)            # long titles on two lines rather than cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_select)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)           # no line of text sets the page's minimum width
        self.meta = QLabel()
        self.meta.setObjectName("datasetMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_column = QComboBox()
        self.filter_column.setObjectName("filterColumn")
        self.filter_column.currentIndexChanged.connect(lambda _i: self._on_filter(self.filter.text()))
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("pageMeta")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportTable")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeDataset")
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.current_id or ""))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.current_id or ""))

        self.proxy = FastProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter.textChanged.connect(self._on_filter)

        self.view = CopyTableView()
        self.view.setObjectName("datasetTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # column widths from the rows in view plus a sample (Qt reads 1,000 rows by default: ~70,000
        # data() calls on the GUI thread each time a dataset is opened)
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(24)

        self.chart_box = QVBoxLayout()
        self.chart_title = QLabel()
        self.chart_title.setObjectName("chartTitle")
        self.chart_title.setWordWrap(True)
        self.chart_box.addWidget(self.chart_title)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(16, 12, 16, 12)
        rl.addWidget(self.title)
        rl.addWidget(self.meta)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_column)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.export_button)
        bar.addWidget(self.remove_button)
        rl.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        chart_holder = QWidget()
        chart_holder.setLayout(self.chart_box)
        split.addWidget(chart_holder)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        rl.addWidget(split, 1)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.list)
        outer.addWidget(right)
        outer.setStretchFactor(1, 1)
        outer.setChildrenCollapsible(False)
        self.splitter = outer
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.content_widths: list[int] = []
        self.title_column = 0
        self.view.viewport().installEventFilter(self)      # the title column follows the table's width
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(outer)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.retranslate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_split", False):       # first shown: the list as wide as ~26 characters
            self._split = True
            QTimer.singleShot(0, self._split_list)      # once the splitter has its own size

    def _split_list(self) -> None:
        room = sum(self.splitter.sizes())
        side = min(max(self.fontMetrics().averageCharWidth() * 26, 180), room // 4)
        self.splitter.setSizes([side, room - side])

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Each column as wide as its content, up to a quarter of the table; the title column takes
        what is left — all of it when everything fits, else as much as keeps the first number
        column in view. A cut cell or heading shows in full in its tooltip."""
        widths = list(self.content_widths)
        model = self.proxy.sourceModel()
        if not widths or model is None or len(widths) != model.columnCount():
            return
        room = self.view.viewport().width()
        cap = int(min(320, max(140, room * 0.25)))
        t = self.title_column
        widths = [w if c == t else min(w, cap) for c, w in enumerate(widths)]
        numbers = [c for c in range(len(widths)) if c > t and model.is_numeric(c)]
        upto = numbers[0] + 1 if numbers else len(widths)
        others = sum(w for c, w in enumerate(widths[:upto]) if c != t)
        rest = sum(widths) - widths[t]
        need = self.content_widths[t]
        if rest + need <= room:
            widths[t] = room - rest                  # everything fits: the title stretches
        else:                                        # up to the first number column, or 1.5 columns' worth
            target = room - others if numbers else max(room - rest, int(1.5 * cap))
            widths[t] = max(min(need, 160), min(need, target))
        header = self.view.horizontalHeader()
        for c, w in enumerate(widths):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)

    def retranslate(self) -> None:
        self.list.setAccessibleName(translate("DatasetsPage", "Datasets"))
        self.filter.setPlaceholderText(translate("DatasetsPage", "Filter rows…"))
        self.filter.setAccessibleName(translate("DatasetsPage", "Filter rows"))
        self.filter_column.setAccessibleName(translate("DatasetsPage", "Column to filter"))
        if self.filter_column.count():
            self.filter_column.setItemText(0, translate("DatasetsPage", "All columns"))
        self.view.setAccessibleName(translate("DatasetsPage", "Dataset table"))
        self.export_button.setText(translate("DatasetsPage", "Export table…"))
        self.export_button.setToolTip(translate("DatasetsPage", "Save this table as an Excel workbook or a CSV file"))
        self.remove_button.setText(translate("DatasetsPage", "Remove…"))
        self.remove_button.setToolTip(translate("DatasetsPage", "Remove this imported dataset from the library"))

    def set_library(self, library, lang: str) -> None:
        self.library = library
        self.lang = lang
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for did, ds in library.datasets.items():
            item = QListWidgetItem(ds.title(lang))
            item.setData(Qt.ItemDataRole.UserRole, did)
            # its whole title (a narrow list cuts it) and what the table holds, in words (not its id)
            item.setToolTip("\n".join(x for x in (ds.title(lang), ds.description(lang)) if x))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = list(library.datasets)
        row = ids.index(keep) if keep in ids else (ids.index("observations") if "observations" in ids else 0)
        self.current_id = None
        if ids:
            self.list.setCurrentRow(row)

    def open_dataset(self, dataset_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == dataset_id:
                self.list.setCurrentRow(i)
                return

    def select_frame_row(self, frame_row: int) -> None:
        """Select and scroll to a row of the dataset (by its position in the table as loaded)."""
        model = self.proxy.sourceModel()
        if model is None:
            return
        if self.filter.text():
            self.filter.clear()
        rows = range(model.rowCount())
        view_row = next((r for r in rows if model.source_row(r) == frame_row), None)
        if view_row is None:
            return
        index = self.proxy.mapFromSource(model.index(view_row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _on_select(self, current, _previous) -> None:
        if current is None or self.library is None:
            return
        did = current.data(Qt.ItemDataRole.UserRole)
        self.current_id = did
        ds = self.library.datasets[did]
        if not ds.loaded:
            self._load_then_show(ds)
            return
        self._show_dataset(ds)

    def _load_then_show(self, ds) -> None:
        """An imported table not read yet: read it on a worker (the columnar copy takes a moment,
        a CSV changed by hand much longer) and show it when it comes, if still chosen."""
        from ..workers import run_in_background

        library = self.library
        self.title.setText(ds.title(self.lang))
        self.meta.setText(translate("DatasetsPage", "Reading {rows} rows…").format(
            rows=format_number(ds.row_count, self.lang, 0)))
        old = self.proxy.sourceModel()
        self.proxy.setSourceModel(None)
        if old is not None:
            old.deleteLater()
        self.count.clear()
        self._clear_chart()
        self.chart_title.clear()

        def shown(_table) -> None:
            if self.library is library and self.current_id == ds.id:
                self._show_dataset(ds)

        def failed(message: str, _details: str) -> None:
            if self.library is library and self.current_id == ds.id:
                self.meta.setText(translate("DatasetsPage", "This dataset could not be read: {error}").format(error=message))

        run_in_background(ds.load, shown, failed)

    def _show_dataset(self, ds) -> None:
        did = ds.id
        table = ds.table
        frame = table.frame()
        headers = [f.label(self.lang) for f in table.schema.fields]
        self.filter_column.blockSignals(True)
        self.filter_column.clear()
        self.filter_column.addItem(translate("DatasetsPage", "All columns"), None)
        for i, h in enumerate(headers):
            self.filter_column.addItem(h, i)
        self.filter_column.blockSignals(False)
        model = DataFrameModel(frame, self.lang, headers, table.decimals,
                               self.library.value_labels(did, self.lang), self.proxy)
        old = self.proxy.sourceModel()
        self.content_widths = []              # the old table's: no fitting until the new ones are measured
        self.proxy.setSourceModel(model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        model.layoutChanged.connect(self._update_count)
        if old is not None:
            old.deleteLater()
        self.view.resizeColumnsToContents()
        self.content_widths = [self.view.columnWidth(c) for c in range(model.columnCount())]
        self.title_column = title_column([f.name for f in table.schema.fields], self.lang, self.content_widths)
        self.fit_columns()
        self.title.setText(ds.title(self.lang))
        self.remove_button.setEnabled(ds.package.path.parent.name == "datasets")
        desc = ds.description(self.lang)
        parts = [desc] if desc else []
        parts.append(translate("DatasetsPage", "{rows} rows × {cols} columns · {origin}").format(
            rows=format_number(len(table), self.lang, 0), cols=len(table.field_names), origin=self._origin(ds)))
        if ds.load_problems:
            parts.append(translate("DatasetsPage", "{n} problem(s) found when reading this table again, e.g. {first}").format(
                n=len(ds.load_problems), first=problem_text(ds.load_problems[0])))
        self.meta.setText("\n".join(parts))
        self._on_filter(self.filter.text())
        self._show_chart(None)

    def _origin(self, ds) -> str:
        """Where the table comes from, in words: the file staff imported and when, or the data
        that comes with the app (its title and the day it was compiled)."""
        pkg = ds.package.descriptor
        imported = (pkg.model_extra or {}).get("imported_from")
        if isinstance(imported, dict):
            day = imported.get("imported") or pkg.created or ""
            return translate("DatasetsPage", "imported from the file {file} on {date}").format(
                file=imported.get("file") or pkg.name, date=format_iso_date(day, self.lang) if day else "–")
        if pkg.created:
            return translate("DatasetsPage", "comes with the app: {title}, compiled on {date}").format(
                title=pkg.label(self.lang), date=format_iso_date(pkg.created, self.lang))
        return translate("DatasetsPage", "comes with the app: {title}").format(title=pkg.label(self.lang))

    def _on_filter(self, text: str) -> None:
        column = self.filter_column.currentData()
        self.proxy.set_filter_text(text, -1 if column is None else int(column))
        self._update_count()

    def _update_count(self) -> None:
        model = self.proxy.sourceModel()
        total = len(model.frame) if model is not None else 0
        self.count.setText(translate("DatasetsPage", "{shown} of {total} rows").format(
            shown=format_number(self.proxy.rowCount(), self.lang, 0), total=format_number(total, self.lang, 0)))

    def _on_row(self, current, _previous) -> None:
        if current.isValid():
            model = self.proxy.sourceModel()
            self._show_chart(model.source_row(self.proxy.mapToSource(current).row()))

    def _clear_chart(self) -> None:
        if self.chart_widget is not None:
            self.chart_box.removeWidget(self.chart_widget)
            self.chart_widget.hide()        # gone from the screen now, not at the next turn of the event loop
            self.chart_widget.deleteLater()
            self.chart_widget = None

    def _show_chart(self, row) -> None:
        from ...qt.charts import make_plot

        self._clear_chart()
        chart = dataset_chart(self.library, self.current_id, self.lang, row)
        if chart is None:
            self.chart_title.setTextFormat(Qt.TextFormat.PlainText)
            self.chart_title.setText(translate("DatasetsPage", "This table has no numeric series to chart."))
            return
        # a note such as "rows in other units are not drawn" belongs with the chart
        note = f"<br><span style='font-weight:normal; font-size:small'>{escape(chart.note)}</span>" if chart.note else ""
        self.chart_title.setTextFormat(Qt.TextFormat.RichText)
        self.chart_title.setText(f"{escape(chart.title)}{note}")
        self.chart_widget = make_plot(chart)
        attach_chart_menu(self.chart_widget, chart)
        self.chart_box.addWidget(self.chart_widget)
