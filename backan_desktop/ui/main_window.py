"""The main window: navigation, pages and menus. It only wires — content comes from the core
(sheets) and the page widgets; commands live in ``commands``; slow work runs in the background."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QStackedWidget, QVBoxLayout, QWidget)

from .. import __version__
from ..core.texts import t
from .retranslate import Retranslating
from .style import STYLE
from .workers import run_in_background

translate = QCoreApplication.translate   # lupdate reads the literal context and text
log = logging.getLogger(__name__)

NAV = [
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview")),
    ("economy", QT_TRANSLATE_NOOP("MainWindow", "Economy")),
    ("agriculture", QT_TRANSLATE_NOOP("MainWindow", "Agriculture & cooperatives")),
    ("trade-promotion", QT_TRANSLATE_NOOP("MainWindow", "Trade promotion")),
    ("trade", QT_TRANSLATE_NOOP("MainWindow", "Import–export")),
    ("investment", QT_TRANSLATE_NOOP("MainWindow", "Investment")),
    ("datasets", QT_TRANSLATE_NOOP("MainWindow", "Datasets")),
]


class _Commands:
    """``commands`` imported on first use: it pulls in the sheet builder and pydantic, which the
    first paint does not need."""

    def __getattr__(self, name):
        from . import commands as module
        return getattr(module, name)


commands = _Commands()


class MainWindow(Retranslating, QMainWindow):
    library_loaded = Signal(object)

    def __init__(self, data_home: Path, lang: str = "vi"):
        super().__init__()
        self.data_home = data_home
        self.lang = lang
        self.library = None
        self.load_error = ""
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE)
        self.resize(1280, 820)

        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.stack = QStackedWidget()
        self.loading = QLabel()
        self.loading.setObjectName("loading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.stack.addWidget(self.loading)

        side = QWidget()
        side.setObjectName("sidebar")
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        self.brand = QLabel()
        self.brand.setObjectName("brand")
        self.brand_sub = QLabel()
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
        for key, _ in NAV:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)
        self._build_menus()
        self.setAcceptDrops(True)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every visible text of the window, in the current language."""
        lang = self.lang
        self.setWindowTitle(translate("MainWindow", "Bắc Kạn — economic fact sheets"))
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        for i, (_, text) in enumerate(NAV):
            self.nav.item(i).setText(translate("MainWindow", text))
        self.brand.setText(t("province", lang))
        self.brand_sub.setText(t("merger_short", lang))
        if self.library is None:
            self.loading.setText(translate("MainWindow", "The data could not be loaded:") + "\n" + self.load_error
                                 if self.load_error else translate("MainWindow", "Loading data…"))
            self.statusBar().showMessage(self.loading.text())
        self.m_file.setTitle(translate("MainWindow", "&File"))
        self.act_export.setText(translate("MainWindow", "&Export sheet as PDF…"))
        self.act_export_all.setText(translate("MainWindow", "Export &handout set…"))
        self.act_print.setText(translate("MainWindow", "&Print…"))
        self.act_quit.setText(translate("MainWindow", "&Quit"))
        self.act_import.setText(translate("MainWindow", "&Import…"))
        self.act_template.setText(translate("MainWindow", "Export update &template…"))
        self.m_view.setTitle(translate("MainWindow", "&View"))
        self.m_lang.setTitle(translate("MainWindow", "&Language"))
        self.act_kiosk.setText(translate("MainWindow", "&Fair mode"))
        self.m_help.setTitle(translate("MainWindow", "&Help"))
        self.act_about.setText(translate("MainWindow", "&About"))

    # -- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.m_file = self.menuBar().addMenu("")
        self.act_import = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.act_import.triggered.connect(lambda: commands.import_file(self))
        self.act_template = QAction(self)
        self.act_template.triggered.connect(lambda: self.library is not None and commands.export_template(self))
        self.m_file.addAction(self.act_import)
        self.m_file.addAction(self.act_template)
        self.m_file.addSeparator()
        self.act_export = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export_current)
        self.act_export_all = QAction(self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.act_export_all.triggered.connect(self.export_all)
        self.act_print = QAction(self, shortcut=QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_current)
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        for a in (self.act_export, self.act_export_all, self.act_print):
            a.setEnabled(False)
            self.m_file.addAction(a)
        self.m_file.addSeparator()
        self.m_file.addAction(self.act_quit)

        self.m_view = self.menuBar().addMenu("")
        self.m_lang = self.m_view.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):   # each in its own language
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.lang)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            self.m_lang.addAction(a)
            self.lang_actions[code] = a
        self.m_view.addSeparator()
        self.act_kiosk = QAction(self, shortcut=QKeySequence("Ctrl+Shift+K"))
        self.act_kiosk.triggered.connect(self.open_fair_mode)
        self.m_view.addAction(self.act_kiosk)

        self.m_help = self.menuBar().addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.m_help.addAction(self.act_about)

    # -- loading ------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        home = self.data_home

        def work():
            from ..core.library import load_library     # pydantic and the CSV reader: off the GUI thread
            lib = load_library(data_home=home)
            # warm pyqtgraph off the GUI thread (module import only; no widgets are made); pandas,
            # needed only by the Datasets browser, is warmed after the section pages are shown
            from ..qt import charts  # noqa: F401
            return lib

        run_in_background(work, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, library) -> None:
        self.library = library
        self._build_pages()
        for a in (self.act_export, self.act_export_all, self.act_print):
            a.setEnabled(True)
        n = len(library.problems)
        if n:
            self.statusBar().showMessage(translate("MainWindow", "Data loaded with {n} problem(s); see the log file.").format(n=n))
            for p in library.problems:
                log.warning("data problem: %s", p)
        else:
            self.statusBar().showMessage(translate("MainWindow", "{n} figures from {s} sources").format(
                n=len(library.observations), s=len(library.sources)), 8000)
        keys = [k for k, _ in NAV]
        pending = getattr(self, "_select_after_load", None)
        if pending:
            self._select_after_load = None
            self.nav.setCurrentRow(keys.index("datasets"))
            self.page("datasets").open_dataset(pending)
        elif self.nav.currentRow() < 0:
            last = QSettings().value("ui/last_page", "overview")
            self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        else:
            self._on_nav(self.nav.currentRow())   # a row selected before the data came: show its page now
        self.library_loaded.emit(library)

    def _on_load_failed(self, message: str, details: str) -> None:
        self.load_error = message
        log.error("loading failed: %s\n%s", message, details)
        self.retranslate()

    def reload_library(self) -> None:
        """Load the library again (after an import or a removal); pages are rebuilt when it arrives."""
        self.start_loading()

    def on_dataset_imported(self, dataset_id: str) -> None:
        self._select_after_load = dataset_id
        self.statusBar().showMessage(translate("MainWindow", "Imported dataset {id}").format(id=dataset_id), 10000)
        self.reload_library()

    # drag and drop: a table or data package dropped on the window is imported
    def dragEnterEvent(self, event) -> None:
        from .import_dialog import is_importable
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and urls[0].isLocalFile() and is_importable(Path(urls[0].toLocalFile())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            commands.import_file(self, Path(urls[0].toLocalFile()))

    def _build_pages(self) -> None:
        from .pages.datasets_page import DatasetsPage
        from .pages.section_page import SectionPage

        for key, _ in NAV:
            if key not in self.pages:
                if key == "datasets":
                    page = DatasetsPage()
                    page.export_requested.connect(lambda did: did and commands.export_table(self, did))
                    page.remove_requested.connect(lambda did: did and commands.remove_dataset(self, did))
                else:
                    page = SectionPage(key)
                self.pages[key] = page
                self.stack.addWidget(page)
        # the page on screen first; the others one per turn of the event loop, so the window
        # answers input while they are built (and navigating to them later is instant)
        self._stale = [k for k, _ in NAV]
        self.page(self.current_key())
        QTimer.singleShot(0, self._build_next_page)
        if "pandas" not in sys.modules:
            run_in_background(lambda: __import__("pandas"), lambda _m: self._build_next_page())

    def page(self, key: str):
        """The page for ``key``, built with the current data and language if it is out of date."""
        from ..core.sheets import build_sheet

        page = self.pages[key]
        if key in getattr(self, "_stale", []):
            self._stale.remove(key)
            if key == "datasets":
                page.set_library(self.library, self.lang)
            else:
                page.set_sheet(build_sheet(self.library, key, self.lang))
        return page

    def _build_next_page(self) -> None:
        stale = [k for k in getattr(self, "_stale", []) if k != "datasets" or "pandas" in sys.modules]
        if stale:
            self.page(stale[0])
            QTimer.singleShot(0, self._build_next_page)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = NAV[row][0]
        if key in self.pages:
            self.stack.setCurrentWidget(self.page(key))
            QSettings().setValue("ui/last_page", key)

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return NAV[row][0] if row >= 0 else "overview"

    # -- language ------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch every visible text and number format without a restart; remembered in settings."""
        from ..qt.i18n import install_language

        if lang == self.lang:
            return
        self.lang = lang
        QSettings().setValue("ui/lang", lang)
        self.lang_actions[lang].setChecked(True)
        install_language(lang)        # LanguageChange → retranslate() of every widget
        self.retranslate()
        if self.library is not None:
            self._build_pages()

    # -- commands ------------------------------------------------------------------------------------
    @property
    def paper(self) -> str:
        return str(QSettings().value("print/paper", "A4"))

    def current_sheet_id(self) -> str:
        key = self.current_key()
        if key == "datasets":
            return f"dataset:{self.page('datasets').current_id}"
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

    def open_fair_mode(self) -> None:
        """Full-screen fair mode for a booth; this window hides until staff leave it with the PIN."""
        from .kiosk import open_fair_mode
        open_fair_mode(self)

    def show_about(self) -> None:
        pkgs = []
        if self.library is not None:
            for pkg in self.library.packages:
                if pkg.descriptor is not None:
                    pkgs.append(f"{pkg.descriptor.label(self.lang)} — {pkg.descriptor.version or ''}")
        QMessageBox.about(self, translate("MainWindow", "About"), f"backan-desktop {__version__}\n\n" + "\n".join(pkgs)
                          + "\n\n" + t("merger_note", self.lang) + "\n\n"
                          + translate("MainWindow", "Font: Noto Sans (SIL Open Font License 1.1)."))

    def closeEvent(self, event) -> None:
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
