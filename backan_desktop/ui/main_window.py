"""The main window: navigation, pages and menus. It only wires — content comes from the core
(sheets) and the page widgets; slow work goes through ``run_in_background``."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QStackedWidget, QVBoxLayout, QWidget)

from .. import __version__
from ..core.texts import t
from . import commands
from .style import STYLE
from .workers import run_in_background

log = logging.getLogger(__name__)

NAV = [
    ("overview", "Overview"),
    ("economy", "Economy"),
    ("agriculture", "Agriculture & cooperatives"),
    ("trade-promotion", "Trade promotion"),
    ("trade", "Import–export"),
    ("investment", "Investment"),
    ("datasets", "Datasets"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# Vietnamese labels until the Qt translation catalogue lands (the language issue)
_VI = {
    "Overview": "Tổng quan", "Economy": "Kinh tế", "Agriculture & cooperatives": "Nông nghiệp & hợp tác xã",
    "Trade promotion": "Xúc tiến thương mại", "Import–export": "Xuất nhập khẩu", "Investment": "Đầu tư",
    "Datasets": "Bộ dữ liệu", "Loading data…": "Đang tải dữ liệu…",
}


class MainWindow(QMainWindow):
    library_loaded = Signal(object)

    def __init__(self, data_home: Path, lang: str = "vi"):
        super().__init__()
        self.data_home = data_home
        self.lang = lang
        self.library = None
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.setWindowTitle("Bắc Kạn — " + ("Số liệu kinh tế" if lang == "vi" else "Economic fact sheets"))
        self.setStyleSheet(STYLE)
        self.resize(1280, 820)

        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.nav.setAccessibleName("Navigation")
        self.nav.setFixedWidth(250)
        self.stack = QStackedWidget()
        self.loading = QLabel(self._nav_text("Loading data…"))
        self.loading.setObjectName("loading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)

        side = QWidget()
        side.setObjectName("sidebar")
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        self.brand = QLabel(t("province", lang))
        self.brand.setObjectName("brand")
        self.brand_sub = QLabel(t("merger_short", lang))
        self.brand_sub.setObjectName("brandSub")
        self.brand_sub.setWordWrap(True)
        sl.addWidget(self.brand)
        sl.addWidget(self.brand_sub)
        sl.addWidget(self.nav, 1)
        side.setFixedWidth(250)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(side)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for key, text in NAV:
            item = QListWidgetItem(self._nav_text(text))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)
        self._build_menus()
        self.statusBar().showMessage(self._nav_text("Loading data…"))

    # -- texts ---------------------------------------------------------------------------
    def _nav_text(self, text: str) -> str:
        return _VI.get(text, text) if self.lang == "vi" else text

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        m_file = self.menuBar().addMenu(tr("&File"))
        self.act_export = QAction(tr("&Export sheet as PDF…"), self)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export_current)
        self.act_export_all = QAction(tr("Export &handout set…"), self)
        self.act_export_all.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.act_export_all.triggered.connect(self.export_all)
        self.act_print = QAction(tr("&Print…"), self)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_current)
        act_quit = QAction(tr("&Quit"), self)
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        act_quit.triggered.connect(self.close)
        for a in (self.act_export, self.act_export_all, self.act_print):
            a.setEnabled(False)
            m_file.addAction(a)
        m_file.addSeparator()
        m_file.addAction(act_quit)

        m_view = self.menuBar().addMenu(tr("&View"))
        m_lang = m_view.addMenu(tr("&Language"))
        group = QActionGroup(self)
        self.lang_actions = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.lang)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            m_lang.addAction(a)
            self.lang_actions[code] = a

        m_help = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("&About"), self)
        about.triggered.connect(self.show_about)
        m_help.addAction(about)

    # -- loading ---------------------------------------------------------------------------
    def start_loading(self) -> None:
        from ..core.library import load_library

        home = self.data_home

        def work():
            lib = load_library(data_home=home)
            import pandas  # noqa: F401  warm imports off the GUI thread
            import numpy  # noqa: F401
            return lib

        run_in_background(work, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, library) -> None:
        self.library = library
        self._build_pages()
        for a in (self.act_export, self.act_export_all, self.act_print):
            a.setEnabled(True)
        n = len(library.problems)
        if n:
            self.statusBar().showMessage(tr("Data loaded with {n} problem(s); see the log file.").format(n=n))
            for p in library.problems:
                log.warning("data problem: %s", p)
        else:
            self.statusBar().showMessage(tr("{n} figures from {s} sources").format(
                n=len(library.observations), s=len(library.sources)), 8000)
        settings = QSettings()
        last = settings.value("ui/last_page", "overview")
        keys = [k for k, _ in NAV]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        self.library_loaded.emit(library)

    def _on_load_failed(self, message: str, details: str) -> None:
        self.loading.setText(tr("The data could not be loaded:") + "\n" + message)
        self.statusBar().showMessage(message)
        log.error("loading failed: %s\n%s", message, details)

    def _build_pages(self) -> None:
        from ..core.sheets import build_sheet
        from .pages.datasets_page import DatasetsPage
        from .pages.section_page import SectionPage

        for key, _ in NAV:
            if key not in self.pages:
                page = DatasetsPage() if key == "datasets" else SectionPage(key)
                self.pages[key] = page
                self.stack.addWidget(page)
            page = self.pages[key]
            if key == "datasets":
                page.set_library(self.library, self.lang)
            else:
                page.set_sheet(build_sheet(self.library, key, self.lang))

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = NAV[row][0]
        page = self.pages.get(key)
        if page is not None:
            self.stack.setCurrentWidget(page)
            QSettings().setValue("ui/last_page", key)

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return NAV[row][0] if row >= 0 else "overview"

    # -- language ----------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        QSettings().setValue("ui/lang", lang)
        self.lang_actions[lang].setChecked(True)
        for i, (_, text) in enumerate(NAV):
            self.nav.item(i).setText(self._nav_text(text))
        self.brand.setText(t("province", lang))
        self.brand_sub.setText(t("merger_short", lang))
        self.setWindowTitle("Bắc Kạn — " + ("Số liệu kinh tế" if lang == "vi" else "Economic fact sheets"))
        if self.library is not None:
            self._build_pages()

    # -- commands ----------------------------------------------------------------------------
    @property
    def paper(self) -> str:
        return str(QSettings().value("print/paper", "A4"))

    def current_sheet_id(self) -> str:
        key = self.current_key()
        if key == "datasets":
            return f"dataset:{self.pages['datasets'].current_id}"
        return key

    def export_current(self) -> None:
        if self.library is not None:
            commands.export_sheet(self, self.current_sheet_id())

    def export_all(self) -> None:
        if self.library is not None:
            self.handout_job = commands.export_handout(self)

    def print_current(self) -> None:
        if self.library is not None:
            commands.print_with_preview(self, self.current_sheet_id())

    def show_about(self) -> None:
        pkgs = []
        if self.library is not None:
            for pkg in self.library.packages:
                if pkg.descriptor is not None:
                    pkgs.append(f"{pkg.descriptor.label(self.lang)} — {pkg.descriptor.version or ''}")
        QMessageBox.about(self, tr("About"), f"backan-desktop {__version__}\n\n" + "\n".join(pkgs) + "\n\n"
                          + t("merger_note", self.lang) + "\n\n" + tr("Font: Noto Sans (SIL Open Font License 1.1)."))

    def closeEvent(self, event) -> None:
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
