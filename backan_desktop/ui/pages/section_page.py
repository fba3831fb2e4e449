"""A section page: the same :class:`~backan_desktop.core.sheets.Sheet` a PDF prints, as widgets —
header, KPI tiles, charts, tables, notes and a visible source line."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHeaderView, QLabel, QScrollArea,
                               QSizePolicy, QTableView, QVBoxLayout, QWidget)

from ...core.sheets import Kpi, Sheet, TableBlock
from ...core.texts import status_label, t
from ..chart_menu import attach_chart_menu
from ..table_model import RowsModel
from ..table_view import CopyTableView


def _label(text: str, obj: str = "", wrap: bool = True, selectable: bool = True) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    if obj:
        lab.setObjectName(obj)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class KpiTile(QFrame):
    def __init__(self, kpi: Kpi, lang: str, sources=(), parent=None):
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        lay.addWidget(_label(kpi.label, "kpiLabel"))
        self.value_label = _label(kpi.value + kpi.mark, "kpiValue")
        lay.addWidget(self.value_label)
        sub = kpi.period
        if kpi.status != "official":
            sub += f" · {status_label(kpi.status, lang)}"
        lay.addWidget(_label(sub, "kpiPeriod"))
        if kpi.change:
            ch = _label(kpi.change, "kpiChange")
            if kpi.change_note:
                ch.setToolTip(kpi.change_note)
            lay.addWidget(ch)
        refs = ", ".join(f"[{r}]" for r in kpi.refs)
        src = _label(f"{t('source', lang)}: {refs}", "kpiSource")
        if sources:
            src.setToolTip("\n".join(f"[{s.number}] {s.text}" for s in sources if s.number in kpi.refs))
        lay.addWidget(src)
        if kpi.note:
            note = _label(kpi.note, "kpiNote")
            lay.addWidget(note)
        lay.addStretch(1)
        self.setAccessibleName(f"{kpi.label}: {kpi.value}, {kpi.period}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class SheetTable(CopyTableView):
    """A sheet table shown whole (no inner scrolling): the page scrolls instead."""

    def __init__(self, block: TableBlock, parent=None):
        super().__init__(parent)
        self.block = block
        self.setModel(RowsModel(block.columns, block.rows, block.numeric, self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().setVisible(False)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        self.setAccessibleName(block.title)
        self.resizeColumnsToContents()
        for c in range(len(block.columns)):
            self.setColumnWidth(c, min(self.columnWidth(c), 380))
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        h = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.model().rowCount())) + 4
        if self.horizontalScrollBar().isVisible():
            h += self.horizontalScrollBar().height()
        self.setFixedHeight(min(h, 20000))


class SectionPage(QScrollArea):
    """Shows one sheet. ``set_sheet`` replaces the content (language switch, new data)."""

    def __init__(self, sheet_id: str, parent=None):
        super().__init__(parent)
        self.sheet_id = sheet_id
        self.sheet: Sheet | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"page-{sheet_id}")
        self.kpi_tiles: list[KpiTile] = []
        self.charts: list[QWidget] = []
        self.tables: list[SheetTable] = []

    def set_sheet(self, sheet: Sheet) -> None:
        from ...qt.charts import make_legend, make_plot   # pyqtgraph only once data is there

        self.sheet = sheet
        lang = sheet.lang
        body = QWidget()
        body.setObjectName("pageBody")
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(12)
        lay.addWidget(_label(sheet.province.upper(), "pageProvince"))
        lay.addWidget(_label(sheet.title, "pageTitle"))
        banner = _label(sheet.merger_note, "mergerBanner")
        lay.addWidget(banner)
        if sheet.data_as_of:
            lay.addWidget(_label(f"{t('data_as_of', lang)}: {sheet.data_as_of}", "pageMeta"))
        publishers = list(dict.fromkeys(src.text.split(". ")[0] for src in sheet.sources))
        shown = "; ".join(publishers[:4]) + (f" … (+{len(publishers) - 4})" if len(publishers) > 4 else "")
        self.source_line = _label(f"{t('source', lang)}: {shown}" if shown else "", "sourceLine")
        self.source_line.setToolTip("\n".join(f"[{src.number}] {src.text}" for src in sheet.sources))
        lay.addWidget(self.source_line)
        for para in sheet.intro:
            lay.addWidget(_label(para, "pageIntro"))
        if sheet.is_empty:
            lay.addWidget(_label(t("no_data", lang), "emptyState"))

        self.kpi_tiles = []
        if sheet.kpis:
            grid = QGridLayout()
            grid.setSpacing(10)
            for i, k in enumerate(sheet.kpis):
                tile = KpiTile(k, lang, sheet.sources)
                self.kpi_tiles.append(tile)
                grid.addWidget(tile, i // 3, i % 3)
            for c in range(3):
                grid.setColumnStretch(c, 1)
            lay.addLayout(grid)

        self.map = None
        if sheet.id == "overview":
            from .map_widget import MapWidget
            lay.addWidget(_label(t("map_title", lang), "chartTitle"))
            self.map = MapWidget(lang)
            lay.addWidget(self.map)

        self.charts = []
        if sheet.charts:
            grid = QGridLayout()
            grid.setSpacing(16)
            for i, c in enumerate(sheet.charts):
                box = QVBoxLayout()
                refs = ", ".join(f"[{r}]" for r in c.refs)
                box.addWidget(_label(f"{c.title}", "chartTitle"))
                plot = make_plot(c)
                attach_chart_menu(plot, c)
                self.charts.append(plot)
                box.addWidget(plot)
                legend = make_legend(plot, c)
                if legend is not None:
                    box.addWidget(legend)
                box.addWidget(_label(f"{t('source', lang)}: {refs}" + (f" — {c.note}" if c.note else ""), "chartSource"))
                grid.addLayout(box, i // 2, i % 2)
            lay.addLayout(grid)

        self.tables = []
        for tb in sheet.tables:
            lay.addWidget(_label(tb.title, "tableTitle"))
            view = SheetTable(tb)
            self.tables.append(view)
            lay.addWidget(view)
            if tb.note:
                lay.addWidget(_label(tb.note, "tableNote"))

        if sheet.footnotes:
            lay.addWidget(_label(t("notes", lang), "tableTitle"))
            for n in sheet.footnotes:
                lay.addWidget(_label(n, "footnote"))
        if sheet.sources:
            lay.addWidget(_label(t("sources", lang), "tableTitle"))
            lines = []
            for s in sheet.sources:
                url = f' <a href="{s.url}">{s.url}</a>' if s.url.startswith("http") else (f" {s.url}" if s.url else "")
                lines.append(f"[{s.number}] {_esc(s.text)}{url}")
            src = QLabel("<br>".join(lines))
            src.setObjectName("sourceList")
            src.setWordWrap(True)
            src.setTextFormat(Qt.TextFormat.RichText)
            src.setOpenExternalLinks(False)   # offline app: links are shown, not followed
            src.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(src)
        lay.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
