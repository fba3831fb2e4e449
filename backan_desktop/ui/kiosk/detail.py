"""A section in presentation style: the sheet's KPIs as big tiles, then each chart on its own page,
then a short list from its main table — paged with big buttons (or a swipe), with "Print this
sheet" and "Save PDF to USB"."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.sheets import Sheet
from ...core.texts import t
from ..retranslate import Retranslating
from .panes import ChartPage, ListPage, TilesPane
from .slides import Bullet
from .theme import large_text
from .widgets import ChartCanvas, FadeStack, KpiBlock, button, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text


SHORT_LIST = 6             # entries: a list this short shares a page with a chart
Item = tuple                # ("kpis", first, end) | ("chart", index) | ("list",)


def compose(n_kpis: int, n_charts: int, n_bullets: int, portrait: bool, short: bool = False) -> list[list[list[Item]]]:
    """How a section's tiles, charts and list share the screens: a list of pages, each a list of
    panes (side by side in landscape, one above the other in portrait), each a list of items.

    Every screen is filled by design: tiles are split evenly (7 → 4 + 3, never 6 + 1); a few tiles
    sit beside a chart (landscape) or above it (portrait) instead of alone on a screen; portrait
    screens hold two charts; a short list joins the last chart's screen."""
    if portrait:    # four tiles (two rows) above a chart, when there are charts enough for every screen of tiles
        cap = 4 if n_charts >= -(-n_kpis // 4) else 6
    else:
        cap = 4 if short else 6
    pages_of_tiles = -(-n_kpis // cap)
    groups, start = [], 0
    for k in range(pages_of_tiles):
        size = -(-(n_kpis - start) // (pages_of_tiles - k))
        groups.append(("kpis", start, start + size))
        start += size
    charts = [("chart", i) for i in range(n_charts)]
    # the charts that join tiles go to the smallest groups
    most = 6 if portrait else 2        # tiles above a chart in portrait; beside it, two fill a landscape screen's height
    paired = sorted((g for g in groups if g[2] - g[1] <= most), key=lambda g: g[2] - g[1])[:len(charts)]
    paired_chart = {g: charts.pop(0) for g in sorted(paired)}
    pages: list[list[list[Item]]] = [[[g], [paired_chart[g]]] if g in paired_chart else [[g]] for g in groups]
    per_page = 2 if portrait else 1
    while charts:
        pages.append([[c] for c in charts[:per_page]])
        del charts[:per_page]
    if n_bullets:
        host = next((pg for pg in reversed(pages) if sum(it[0] == "chart" for pane in pg for it in pane) == 1), None)
        few_tiles = next((pg for pg in pages if len(pg) == 1 and pg[0][0][0] == "kpis" and pg[0][0][2] - pg[0][0][1] <= most),
                         None)

        def roomy(page) -> bool:      # a short screen holds four lines of tiles and list beside a chart
            return not short or n_bullets + sum(it[2] - it[1] for pane in page for it in pane if it[0] == "kpis") <= 4

        if n_bullets <= SHORT_LIST and not portrait and few_tiles is not None and roomy(few_tiles):
            few_tiles.append([("list",)])         # a few tiles and the list side by side
        elif n_bullets > SHORT_LIST or host is None:
            pages.append([[("list",)]])
        elif not portrait and host[0][0][0] == "kpis" and len(host) > 1 and host[0][0][2] - host[0][0][1] <= 2 \
                and roomy(host):
            host[0].append(("list",))           # a tile or two and the list beside the chart
        elif len(host) == 1 and len(host[0]) == 1 or portrait and host[0][0][0] == "kpis" and (
                host[0][0][2] - host[0][0][1] <= 2 or n_bullets <= 3):
            host.append([("list",)])        # a screen with one chart only (and a tile or two)
        else:
            pages.append([[("list",)]])
    return pages


class ComposedPage(QWidget):
    """One screen of a section: panes from :func:`compose`, side by side or stacked, and under
    them, once for the screen, the key to the status marks its tiles and charts use."""

    def __init__(self, sheet: Sheet, panes: list[list[Item]], portrait: bool, short: bool, list_title: str,
                 bullets: list[Bullet], parent=None):
        super().__init__(parent)
        stacked = portrait          # panes one above the other; side by side in landscape
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.lay = QBoxLayout(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        outer.addLayout(self.lay, 1)
        self.outer = outer
        self.parts: list[QWidget] = []
        self.tiles: list[KpiBlock] = []
        self.canvases: list[ChartCanvas] = []
        alone = len(panes) == 1
        for pane in panes:
            box = QVBoxLayout()
            has_chart = any(it[0] == "chart" for it in pane)
            for it in pane:
                if it[0] == "kpis":
                    kpis = sheet.kpis[it[1]:it[2]]
                    if len(kpis) == 1:
                        choices = (1,)
                    elif alone and not portrait:
                        choices = (2, 3) if len(kpis) > 2 else (2,)
                    else:
                        choices = (2,) if portrait else (1,)
                    fill = alone or (not stacked and len(pane) == 1)
                    w = TilesPane(sheet, kpis, choices, fill)
                    self.tiles += w.tiles
                    stretch = 1 if fill else 0
                elif it[0] == "chart":
                    w = ChartPage(sheet, sheet.charts[it[1]])
                    self.canvases.append(w.canvas)
                    stretch = 1
                else:
                    w = ListPage(list_title, bullets, columns=2 if alone and not portrait and len(bullets) > 4 else 1)
                    stretch = 1 if alone or not stacked else 0
                self.parts.append(w)
                box.addWidget(w, stretch)
            if stacked:
                self.lay.addLayout(box, 1 if has_chart or alone else 0)
            else:
                self.lay.addLayout(box, 3 if has_chart else 2)
        key = t("status_legend", sheet.lang)
        items = [it for pane in panes for it in pane]
        marked = any(k.mark for it in items if it[0] == "kpis" for k in sheet.kpis[it[1]:it[2]]) \
            or any(key in sheet.charts[it[1]].note for it in items if it[0] == "chart")
        self.legend = label(key, "legend") if marked else None
        if self.legend is not None:
            outer.addWidget(self.legend)

    def set_unit(self, u: float, portrait: bool) -> None:
        self.lay.setSpacing(round(1.6 * u))
        self.outer.setSpacing(round(0.8 * u))
        for w in self.parts:
            w.set_unit(u, portrait)


def system_printers() -> bool:
    """Whether the system has a printer set up (a booth without one is not offered printing)."""
    from PySide6.QtPrintSupport import QPrinterInfo
    return bool(QPrinterInfo.availablePrinterNames())


class DetailPage(Retranslating, QWidget):
    home_requested = Signal()
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: Optional[Sheet] = None
        self.list_title, self.bullets = "", None
        self.short = False
        self.pages: list[QWidget] = []
        self.unit, self.portrait = 8.0, False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(0)
        self.content = QVBoxLayout()
        self.eyebrow = label("", "detailEyebrow")
        self.title = label("", "detailTitle")
        self.meta = label("", "detailMeta")
        head = QVBoxLayout()
        head.setSpacing(0)
        head.addWidget(self.eyebrow)
        head.addWidget(self.title)
        head.addWidget(self.meta)
        self.content.addLayout(head)
        self.stack = FadeStack()
        self.content.addWidget(self.stack, 1)
        self.outer.addLayout(self.content, 1)

        self.bar = QFrame()
        self.bar.setObjectName("actionBar")
        self.bar_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.bar)
        nav = QHBoxLayout()
        self.home_button = button("", "navButton", "home", "#1f4e79")
        self.prev_button = button("", "navButton")
        self.page_label = label("", "pageLabel", wrap=False)
        self.next_button = button("", "navButton")
        for w in (self.home_button, self.prev_button, self.page_label, self.next_button):
            nav.addWidget(w)
        actions = QHBoxLayout()
        self.print_button = button("", "primaryButton", "print")
        self.save_button = button("", "primaryButton", "usb")
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        self.nav_layout, self.actions_layout = nav, actions
        self.bar_layout.addLayout(nav)
        self.bar_layout.addStretch(1)
        self.bar_layout.addLayout(actions)
        self.outer.addWidget(self.bar)
        self.home_button.clicked.connect(self.home_requested)
        self.prev_button.clicked.connect(lambda: self.go(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page_index + 1))
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self._press_x: Optional[float] = None
        self.printer_ready = system_printers        # the fair-mode window adds its own printer, if any
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.setText(translate("KioskDetail", "Home"))
        self.prev_button.setText("‹ " + translate("KioskDetail", "Previous"))
        self.next_button.setText(translate("KioskDetail", "Next") + " ›")
        self.print_button.setText(translate("KioskDetail", "Print this sheet"))
        self.save_button.setText(translate("KioskDetail", "Save PDF to USB"))
        self._update_nav()

    # -- content ------------------------------------------------------------------------------------
    def set_sheet(self, sheet: Sheet, list_title: str = "", bullets: Optional[list[Bullet]] = None) -> None:
        """Show ``sheet``: KPI pages, a page per chart, then ``bullets`` (a short list) if any."""
        self.sheet, self.list_title, self.bullets = sheet, list_title, bullets
        self.eyebrow.setText(sheet.province.upper())
        self.title.setText(sheet.title)
        self.meta.setText(f"{t('data_as_of', sheet.lang)}: {sheet.data_as_of}" if sheet.data_as_of else "")
        for p in self.pages:
            self.stack.removeWidget(p)
            p.deleteLater()
        plan = compose(len(sheet.kpis), len(sheet.charts), len(bullets or []), self.portrait, self.short)
        pages: list[QWidget] = [ComposedPage(sheet, panes, self.portrait, self.short, list_title, bullets or []) for panes in plan]
        if not pages:
            empty = QWidget()
            QVBoxLayout(empty).addWidget(label(t("no_data", sheet.lang), "homeSub"))
            pages.append(empty)
        self.pages = pages
        for p in pages:
            self.stack.addWidget(p)
        self.stack.setCurrentIndex(0)
        self.print_button.setVisible(self.printer_ready())     # no printer set up: not offered at all
        self.set_unit(self.unit, self.portrait, force=True)
        self._update_nav()

    @property
    def page_index(self) -> int:
        return self.stack.currentIndex()

    def set_page(self, index: int) -> None:
        """Show page ``index`` (clamped) at once, without the transition."""
        if self.pages:
            self.stack.setCurrentIndex(max(0, min(index, len(self.pages) - 1)))
        self._update_nav()

    def go(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.stack.fade_to(index, 250)
            self._update_nav()

    def _update_nav(self) -> None:
        n = len(self.pages)
        self.page_label.setText(f"{self.page_index + 1} / {n}" if n else "")
        self.prev_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < n - 1)

    def texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel) if w.text()]

    def set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # -- swipe ----------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        self._press_x = event.position().x()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._press_x is not None:
            dx = event.position().x() - self._press_x
            if abs(dx) > self.width() * 0.12:
                self.go(self.page_index + (1 if dx < 0 else -1))
        self._press_x = None
        super().mouseReleaseEvent(event)

    # -- size -------------------------------------------------------------------------------------------
    def set_unit(self, u: float, portrait: bool, force: bool = False, narrow: bool | None = None,
                 short: bool | None = None) -> None:
        """Sizes from ``u``; ``narrow`` (default: ``portrait``) puts the buttons on two rows;
        ``short`` (a landscape window under ~900 px, where the 15 px text floor makes tiles
        taller) puts at most 4 KPI tiles on a screen instead of 6. A change of orientation or
        height composes the screens again (:func:`compose`)."""
        if short is not None:
            short = short or large_text()         # larger text: fewer things on a screen
        relayout = portrait != self.portrait or (short is not None and short != self.short)
        self.unit, self.portrait = u, portrait
        if short is not None:
            self.short = short
        if narrow is not None:
            self.narrow = narrow
        narrow = getattr(self, "narrow", portrait)
        if relayout and self.sheet is not None and not force:
            page = self.page_index
            self.set_sheet(self.sheet, self.list_title, self.bullets)     # composes the screens again
            self.set_page(page)
            return
        m = round(3.2 * u)
        self.content.setContentsMargins(m, round(2.2 * u), m, round(1.6 * u))
        self.content.setSpacing(round(1.4 * u))
        self.bar_layout.setContentsMargins(m, round(1.0 * u), m, round(1.0 * u))
        self.bar_layout.setSpacing(round(1.0 * u))
        self.bar_layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self.nav_layout.setSpacing(round(1.0 * u))
        self.actions_layout.setSpacing(round(1.0 * u))
        s = round(2.6 * u)
        for b in (self.home_button, self.print_button, self.save_button):
            b.setIconSize(QSize(s, s))
        for p in self.pages:
            if hasattr(p, "set_unit"):
                p.set_unit(u, portrait)
