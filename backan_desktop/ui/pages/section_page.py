"""A section page: the same :class:`~backan_desktop.core.sheets.Sheet` a PDF prints, as widgets —
header, KPI tiles, charts, tables, notes and a visible source line."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from ...core.sheets import Chart, Kpi, Sheet, TableBlock, tile_rows
from ...core.texts import status_label, t
from ..chart_menu import attach_chart_menu, data_rows
from ..retranslate import Retranslating
from ..table_model import RowsModel
from ..table_view import CopyTableView


translate = QCoreApplication.translate   # lupdate reads the literal context and text


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
        if kpi.context:
            lay.addWidget(_label(kpi.context, "kpiContext"))
        if kpi.earlier:          # the figure an earlier article gave, as the paper prints it
            lay.addWidget(_label(kpi.earlier, "kpiEarlier"))
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
        self.setAccessibleDescription(". ".join(x for x in (kpi.change, kpi.context, kpi.earlier) if x))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class SheetTable(CopyTableView):
    """A sheet table shown whole — every row and every column, no inner scrolling (the page
    scrolls instead): its columns share the width it is given, long texts wrap, and its height
    follows its rows each time the width changes."""

    def __init__(self, block: TableBlock, parent=None):
        super().__init__(parent)
        self.block = block
        self.setModel(RowsModel(block.columns, block.rows, block.numeric, self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setStretchLastSection(False)
        self.setAccessibleName(block.title)
        self._natural: list[int] | None = None      # each column's width unwrapped, for the current font
        self._fitted_width = -1
        self.fit()

    def natural_widths(self) -> list[int]:
        if self._natural is None:
            hh = self.horizontalHeader()
            self._natural = [max(self.sizeHintForColumn(c), hh.sectionSizeHint(c))
                             for c in range(len(self.block.columns))]
        return self._natural

    def fit(self) -> None:
        """Share the viewport's width between the columns: when all fit, the text columns take
        the spare room; when not, the widest are narrowed (to one width, their text wrapping)
        until all fit. Then the rows take their wrapped height and the table all of them."""
        natural = self.natural_widths()
        room = self.viewport().width()
        if room <= 0 or not natural:
            return
        self._fitted_width = room
        widths = share_width(natural, room, [not n for n in self.block.numeric] or [True] * len(natural))
        for c, w in enumerate(widths):
            self.setColumnWidth(c, w)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        self.setFixedHeight(min(self.horizontalHeader().height() + rows + 2 * self.frameWidth(), 20000))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width:
            self.fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._natural, self._fitted_width = None, -1       # zoom or theme: measure again
            self.fit()


def share_width(natural: list[int], room: int, text: list[bool], floor: int = 56) -> list[int]:
    """Column widths that add up to ``room``: the natural widths plus the spare room given to the
    ``text`` columns in proportion, or — when they do not fit — every column wider than some cap
    cut to that cap (never under ``floor``), the cap chosen so the sum is ``room``."""
    total = sum(natural)
    if total <= room:
        growable = [n if t else 0 for n, t in zip(natural, text)] if any(text) else natural
        weight = sum(growable) or 1
        widths = [n + (room - total) * g // weight for n, g in zip(natural, growable)]
    else:
        widths, left = list(natural), room
        order = sorted(range(len(natural)), key=natural.__getitem__)
        for k, i in enumerate(order):
            cap = left // (len(order) - k)
            if natural[i] <= cap:
                left -= natural[i]
                continue
            for j in order[k:]:          # this column and every wider one: cut to the cap
                widths[j] = max(cap, min(natural[j], floor))
            break
    widths[-1] += max(0, room - sum(widths))
    return widths


class ChartCard(Retranslating, QWidget):
    """A chart with its title, a "Show as table" switch (the same figures as a table: its twin
    for screen readers, keyboard users and anyone who wants the numbers), legend and sources.
    The mouse wheel over the chart scrolls the page unless the chart has the focus."""

    def __init__(self, chart: Chart, page: QScrollArea, parent=None):
        from ...qt.charts import make_legend, make_plot   # pyqtgraph only once data is there

        super().__init__(parent)
        self.chart, self.page = chart, page
        lang = chart.lang
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(_label(chart.title, "chartTitle"), 1)
        self.table_button = QPushButton()
        self.table_button.setObjectName("chartTableButton")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self.show_table)
        head.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        self.plot = make_plot(chart)
        self.plot.setObjectName("chartView")
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        attach_chart_menu(self.plot, chart)
        self.plot.viewport().installEventFilter(self)
        box.addWidget(self.plot)
        columns, rows = data_rows(chart)
        self.table = SheetTable(TableBlock(chart.title, columns, rows, [False] + [True] * len(chart.series)))
        self.table.hide()
        box.addWidget(self.table)
        legend = make_legend(self.plot, chart)
        if legend is not None:
            box.addWidget(legend)
        if chart.caption:           # right under the plot: why the bars stop short of 100 %
            box.addWidget(_label(chart.caption, "chartCaption"))
        refs = ", ".join(f"[{r}]" for r in chart.refs)
        box.addWidget(_label(f"{t('source', lang)}: {refs}" + (f" — {chart.note}" if chart.note else ""), "chartSource"))
        self.retranslate()

    def retranslate(self) -> None:
        self.table_button.setText(translate("SectionPage", "Show as chart") if self.table_button.isChecked()
                                  else translate("SectionPage", "Show as table"))
        c = self.chart
        self.plot.setAccessibleName(c.title)
        self.plot.setAccessibleDescription(chart_description(c))
        self.table_button.setAccessibleDescription(c.title)

    def show_table(self, on: bool) -> None:
        self.plot.setVisible(not on)
        self.table.setVisible(on)
        self.retranslate()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Wheel and not self.plot.hasFocus():
            QApplication.sendEvent(self.page.verticalScrollBar(), event)      # scroll the page, not the chart
            return True
        return False


def chart_description(chart: Chart) -> str:
    """What a chart shows, for its accessible description: its series, its span and its unit
    (a screen reader reads the figures from its table twin)."""
    names = "; ".join(s.name for s in chart.series if s.name)
    span = f"{chart.x_labels[0]} – {chart.x_labels[-1]}" if chart.x_labels else ""
    text = translate("SectionPage", "{series}, {span}, in {unit}. Its figures: the “Show as table” button.").format(
        series=names or chart.title, span=span, unit=chart.unit_label)
    takeaway = getattr(chart, "takeaway", "")
    return f"{takeaway} {text}" if takeaway else text


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
        self.sheet = sheet
        self.setAccessibleName(sheet.title)        # the page takes the focus to scroll by keyboard
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
            for r, row in enumerate(tile_rows(sheet.kpis, 3)):
                span = 6 // len(row)            # six grid columns: a row of 3 tiles, of 2 or of 1 fills them
                for i, k in enumerate(row):
                    tile = KpiTile(k, lang, sheet.sources)
                    self.kpi_tiles.append(tile)
                    grid.addWidget(tile, r, i * span, 1, span)
            for c in range(6):
                grid.setColumnStretch(c, 1)
            lay.addLayout(grid)

        self.map = None
        if sheet.id == "overview":
            from .map_widget import MapWidget
            lay.addWidget(_label(t("map_title", lang), "chartTitle"))
            self.map = MapWidget(lang)
            lay.addWidget(self.map)

        self.charts = []
        self.chart_cards: list[ChartCard] = []
        if sheet.charts:
            grid = QGridLayout()
            grid.setSpacing(16)
            for i, c in enumerate(sheet.charts):
                card = ChartCard(c, self)
                self.chart_cards.append(card)
                self.charts.append(card.plot)
                grid.addWidget(card, i // 2, i % 2)
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
