"""The panes a fair-mode section screen is made of: KPI tiles sized to their text, a chart
card, and a short list that shows whole entries only."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ...core.sheets import Chart, Kpi, Sheet, tile_rows
from ...core.texts import t
from .slides import Bullet
from .widgets import SMALLEST_VALUE, ChartCanvas, KpiBlock, label, strip_refs

translate = QCoreApplication.translate   # lupdate reads the literal context and text


def _publishers(sheet: Sheet, refs: list[int]) -> str:
    by_number = {s.number: s for s in sheet.sources}
    names = list(dict.fromkeys(by_number[r].text.split(". ")[0] for r in refs if r in by_number))
    return f"{t('source', sheet.lang)}: {'; '.join(names)}" if names else ""


def _clip(text: str, n: int = 170) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class TilesPane(QWidget):
    """KPI tiles in rows, each tile as tall as its text needs. A pane whose height the screen
    imposes (``fill``) picks, among ``choices`` of columns, the one whose tiles fill it best without
    overflowing, and shares what is left evenly between the rows — never more than
    :data:`MAX_STRETCH` times what a row needs, so no tile is half empty; what is still left stays
    below the tiles (beside a chart, under them). A row with fewer tiles shares the full width.
    Too little room: the rows lose what their tiles can spare (the earlier figures) first, then
    are shortened in proportion, and each tile leaves out its earlier figure or sets its value
    smaller (:meth:`KpiBlock.fit_earlier`)."""

    MAX_STRETCH = 1.2

    def __init__(self, sheet: Sheet, kpis: list[Kpi], choices: tuple[int, ...], fill: bool, parent=None):
        super().__init__(parent)
        self.tiles = [KpiBlock(k, sheet.lang, "tileKpi", _publishers(sheet, k.refs), show_note=True, parent=self)
                      for k in kpis]
        for tile in self.tiles:
            tile.spare_earlier = True
        self.choices, self.fill, self.gap = choices, fill, 8
        self.cols = choices[0]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred,
                             QSizePolicy.Policy.Expanding if fill else QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_unit(self, u: float, portrait: bool) -> None:
        self.gap = round(1.4 * u)
        for tile in self.tiles:
            tile.set_unit(u)
        self.updateGeometry()
        self.arrange()

    # -- measuring --------------------------------------------------------------------------------
    def _rows(self, cols: int) -> list[list[KpiBlock]]:
        return tile_rows(self.tiles, cols)

    def _row_needs(self, cols: int, width: int, spared: bool = False, value_scale: float = 1.0) -> list[int]:
        return [max(tile.need(self._tile_width(len(row), width), spared, value_scale) for tile in row)
                for row in self._rows(cols)]

    def _tile_width(self, n: int, width: int) -> int:
        return max(1, (width - self.gap * (n - 1)) // n)

    def _need(self, cols: int, width: int) -> int:
        needs = self._row_needs(cols, width)
        return sum(needs) + self.gap * (len(needs) - 1)

    def _best_cols(self, width: int, height: int) -> int:
        """The choice that fills ``height`` most without overflowing it (else the shortest)."""
        needs = {c: self._need(c, width) for c in self.choices}
        fitting = [c for c in self.choices if needs[c] <= height]
        return max(fitting, key=needs.get) if fitting else min(self.choices, key=needs.get)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._need(self.cols, width)

    def sizeHint(self) -> QSize:
        w = max(self.width(), 200)
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, 60)

    # -- placing ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        width, height = self.width(), self.height()
        if not self.tiles or width <= 1 or height <= 1:
            return
        if self.fill:
            self.cols = self._best_cols(width, height)
        rows = self._rows(self.cols)
        needs = self._row_needs(self.cols, width)
        room = height - self.gap * (len(rows) - 1)
        total = sum(needs)
        if total <= room:
            share = (room - total) / len(rows)
            heights = [min(round(n * self.MAX_STRETCH), round(n + share)) for n in needs]
        else:       # the lines a tile can spare go first, evenly
            least = self._row_needs(self.cols, width, spared=True)
            spare = sum(least)
            smallest = self._row_needs(self.cols, width, spared=True, value_scale=SMALLEST_VALUE)
            if spare < room:
                heights = [a + int((n - a) * (room - spare) / (total - spare)) for a, n in zip(least, needs)]
            elif sum(smallest) < room:      # then the values are set smaller, each row alike
                low = sum(smallest)
                heights = [a + int((n - a) * (room - low) / max(1, spare - low)) for a, n in zip(smallest, least)]
            else:
                heights = [max(1, int(a * room / spare)) for a in least]
        y = 0
        for row, h in zip(rows, heights):
            w = self._tile_width(len(row), width)
            for i, tile in enumerate(row):
                tile.setGeometry(i * (w + self.gap), y, w, h)
                tile.fit_earlier()
            y += h + self.gap


class ChartPage(QFrame):
    def __init__(self, sheet: Sheet, chart: Chart, parent=None):
        super().__init__(parent)
        self.setObjectName("detailChartCard")
        self.lay = QVBoxLayout(self)
        self.lay.addWidget(label(chart.title, "chartTitle"))
        self.canvas = ChartCanvas(chart)
        self.lay.addWidget(self.canvas, 1)
        if chart.caption:
            self.lay.addWidget(label(chart.caption, "chartCaption"))
        note = strip_refs(chart.note).replace(t("status_legend", sheet.lang), "").strip()    # the screen's key says it
        foot = " — ".join(x for x in (_publishers(sheet, chart.refs), note) if x)
        if foot:
            self.lay.addWidget(label(_clip(foot, 400), "chartNote"))

    def set_unit(self, u: float, portrait: bool) -> None:
        pad = round(2 * u)
        self.lay.setContentsMargins(pad, pad, pad, pad)
        self.canvas.set_scale(u / 4.6)


class ListPage(QFrame):
    """A short list (projects, events, products or facts), one entry per line. Entries that do not
    fit the card (a small screen, larger text) are left out from the end, and a line says how many."""

    def __init__(self, title: str, bullets: list[Bullet], columns: int = 1, parent=None):
        super().__init__(parent)
        self.setObjectName("listCard")
        self.lay = QVBoxLayout(self)
        self.title = label(title, "chartTitle")
        self.lay.addWidget(self.title)
        self.grid = QGridLayout()
        self.per_column = -(-len(bullets) // columns)
        self.rows: list[QWidget] = []
        for i, b in enumerate(bullets):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label("•", "listMark", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
            col = QVBoxLayout()
            col.setSpacing(0)
            col.addWidget(label(_clip(b.text, 140), "listText"))
            if b.detail:
                col.addWidget(label(_clip(b.detail), "listDetail"))
            line.addLayout(col, 1)
            self.rows.append(row)
            self.grid.addWidget(row, i % self.per_column, i // self.per_column, Qt.AlignmentFlag.AlignTop)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)
        self.lay.addLayout(self.grid)
        self.more = label("", "listDetail")
        self.more.hide()
        self.lay.addWidget(self.more)
        self.lay.addStretch(1)

    def set_unit(self, u: float, portrait: bool) -> None:
        pad = round(2 * u)
        self.lay.setContentsMargins(pad, pad, pad, pad)
        self.lay.setSpacing(round(1.2 * u))
        self.grid.setVerticalSpacing(round(1.2 * u))
        self.grid.setHorizontalSpacing(round(3 * u))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def _column_width(self, width: int) -> int:
        m = self.lay.contentsMargins()
        columns = -(-len(self.rows) // max(1, self.per_column))
        return max(1, (width - m.left() - m.right()) // max(1, columns) - self.grid.horizontalSpacing())

    def _row_height(self, row: QWidget, width: int) -> int:
        return row.heightForWidth(width) if row.hasHeightForWidth() else row.sizeHint().height()

    def hasHeightForWidth(self) -> bool:
        return False        # a layout then asks sizeHint(): the height of every entry, hidden ones too

    def full_height(self, width: int) -> int:
        """The height every entry needs (what a layout should give it, if it can; :meth:`fit`
        leaves out the entries it cannot)."""
        m, gap, cw = self.lay.contentsMargins(), self.grid.verticalSpacing(), self._column_width(width)
        tallest = max((sum(self._row_height(r, cw) + gap for r in self.rows[c:c + self.per_column])
                       for c in range(0, len(self.rows), max(1, self.per_column))), default=0)
        return (m.top() + m.bottom() + self.title.heightForWidth(cw + 1) + 2 * self.lay.spacing() + tallest
                + self.more.sizeHint().height())            # fit() keeps room for "… and n more"

    def sizeHint(self) -> QSize:
        w = max(self.width(), 300)
        return QSize(w, self.full_height(w))

    def fit(self) -> None:
        """Show as many entries as the card's height holds, each whole."""
        m = self.lay.contentsMargins()
        gap = self.grid.verticalSpacing()
        columns = -(-len(self.rows) // max(1, self.per_column))
        width = max(1, (self.width() - m.left() - m.right()) // max(1, columns) - self.grid.horizontalSpacing())
        room = (self.height() - m.top() - m.bottom() - self.title.heightForWidth(width + 1) - 2 * self.lay.spacing()
                - self.more.sizeHint().height())
        shown = 0
        for c in range(columns):
            used = 0
            for row in self.rows[c * self.per_column:(c + 1) * self.per_column]:
                used += row.heightForWidth(width) if row.hasHeightForWidth() else row.sizeHint().height()
                fits = used <= room
                used += gap
                row.setVisible(fits)
                shown += fits
        hidden = len(self.rows) - shown
        self.more.setText(translate("KioskDetail", "… and {n} more").format(n=hidden) if hidden else "")
        self.more.setVisible(bool(hidden))
