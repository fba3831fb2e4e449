"""The main window: navigation, pages and menus. It only wires — content comes from the core
(sheets) and the page widgets; commands live in ``commands``; slow work runs in the background.

Start-up: the constructor builds only what the first paint shows (sidebar, menu titles, "Loading
data…"), without touching PySide's ``Qt`` enum namespace (~25 ms to build) or making the status
bar (~15 ms: its size grip loads the cursor theme). The menus' actions, the status bar and the
data come right after the first paint (``paintEvent`` → ``begin``)."""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..core.sections import section_title
from ..core.texts import t
from ..core.vocab import DEFAULT_LANG, LANGS, SECTIONS
from .geometry import default_size
from .retranslate import Retranslating, StatusBar
from .workers import run_in_background

_LOAD_LOCK = threading.Lock()   # see start_loading

translate = QCoreApplication.translate   # lupdate reads the literal context and text
log = logging.getLogger(__name__)

# the sidebar's rows: (page key, kind) — the sections, titled by core.sections, then the Datasets browser
NAV = [*((key, "section") for key in SECTIONS), ("compare", "compare"), ("datasets", "datasets")]
DATASETS = QT_TRANSLATE_NOOP("MainWindow", "Datasets")


def nav_label(key: str, lang: str) -> str:
    """A sidebar row's text: a section's title (sheet wording), or the browser's (UI chrome)."""
    if key == "compare":
        return t("compare_title", lang)
    return translate("MainWindow", DATASETS) if key == "datasets" else section_title(key, lang)


class _Commands:
    """``commands`` imported on first use: it pulls in the sheet builder and pydantic, which the
    first paint does not need."""

    def __getattr__(self, name):
        from . import commands as module
        return getattr(module, name)


commands = _Commands()


class MainWindow(Retranslating, QMainWindow):
    library_loaded = Signal(object)
    begun = Signal()          # after the first paint: the log file, menus' actions and data follow

    def __init__(self, data_home: Path, lang: str = DEFAULT_LANG):
        super().__init__()
        self.data_home = data_home
        self.lang = lang
        self.library = None
        self.load_error = ""
        self._begun = False
        self._actions_built = False
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.zoom = float(QSettings().value("ui/zoom", 1.0) or 1.0)
        self.apply_theme()
        self.resize(*default_size())

        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.stack = QStackedWidget()
        self.loading = QLabel()
        self.loading.setObjectName("loading")       # centred by the style sheet (qproperty-alignment)
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
        self.nav.addItems([""] * len(NAV))          # texts in retranslate; row i is NAV[i]
        self.nav.currentRowChanged.connect(self._on_nav)
        menus = self.menuBar()
        self.m_file, self.m_edit, self.m_view, self.m_help = (menus.addMenu("") for _ in range(4))
        self.setAcceptDrops(True)
        self.retranslate()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._begun:
            QTimer.singleShot(0, self, self.begin)       # with self as context: dropped if the window goes

    def begin(self) -> None:
        """After the first paint: the menus' actions, the status bar, then the data. Called once
        (later calls do nothing); run_gui also calls it on a timer in case no paint ever comes."""
        if self._begun:
            return
        self._begun = True
        from ..qt.app import finish_app
        finish_app()
        self.finish_setup()
        self.start_loading()
        self.begun.emit()

    def finish_setup(self) -> None:
        """What the first paint does not need. Idempotent."""
        if self._actions_built:
            return
        self._actions_built = True
        self.setStatusBar(StatusBar(self))      # its messages follow the language
        self._build_actions()
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every visible text of the window, in the current language."""
        lang = self.lang
        self.setWindowTitle(translate("MainWindow", "Bắc Kạn — economic fact sheets"))
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        for i, (key, _) in enumerate(NAV):
            self.nav.item(i).setText(nav_label(key, lang))
        self.brand.setText(t("province", lang))
        self.brand_sub.setText(t("merger_short", lang))
        if self.library is None:
            self.loading.setText(translate("MainWindow", "The data could not be loaded:") + "\n" + self.load_error
                                 if self.load_error else translate("MainWindow", "Loading data…"))
            if self._actions_built:
                self.statusBar().showMessage(self.loading.text())
        self.m_file.setTitle(translate("MainWindow", "&File"))
        self.m_edit.setTitle(translate("MainWindow", "&Edit"))
        self.m_view.setTitle(translate("MainWindow", "&View"))
        self.m_help.setTitle(translate("MainWindow", "&Help"))
        if not self._actions_built:
            return
        self.act_export.setText(translate("MainWindow", "&Export sheet as PDF…"))
        self.act_export_all.setText(translate("MainWindow", "Export &handout set…"))
        self.act_print.setText(translate("MainWindow", "&Print…"))
        self.act_quit.setText(translate("MainWindow", "&Quit"))
        self.act_import.setText(translate("MainWindow", "&Import…"))
        self.act_template.setText(translate("MainWindow", "Export update &template…"))
        self.m_lang.setTitle(translate("MainWindow", "&Language"))
        self.act_kiosk.setText(translate("MainWindow", "&Fair mode"))
        self.m_recent.setTitle(translate("MainWindow", "&Recent imports"))
        self.act_find.setText(translate("MainWindow", "&Find…"))
        self.act_prefs.setText(translate("MainWindow", "&Preferences…"))
        self.act_zoom_in.setText(translate("MainWindow", "Zoom &in"))
        self.act_zoom_out.setText(translate("MainWindow", "Zoom &out"))
        self.act_zoom_reset.setText(translate("MainWindow", "&Actual size"))
        self.act_full.setText(translate("MainWindow", "F&ull screen"))
        self.act_about.setText(translate("MainWindow", "&About"))

    # -- menus ------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        self.act_import = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.act_import.triggered.connect(lambda: commands.import_file(self))
        self.act_template = QAction(self)
        self.act_template.triggered.connect(lambda: self.library is not None and commands.export_template(self))
        self.m_file.addAction(self.act_import)
        self.m_recent = self.m_file.addMenu("")
        self.m_recent.aboutToShow.connect(self._fill_recent)
        self.m_file.addAction(self.act_template)
        self.m_file.addSeparator()
        self.act_export = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export_current)
        self.act_export_all = QAction(self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.act_export_all.triggered.connect(self.export_all)
        self.act_print = QAction(self, shortcut=QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_current)
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        if self.act_quit.shortcut().isEmpty():          # some platforms bind no standard Quit key
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        for a in (self.act_export, self.act_export_all, self.act_print):
            a.setEnabled(False)
            self.m_file.addAction(a)
        self.m_file.addSeparator()
        self.m_file.addAction(self.act_quit)

        self.act_find = QAction(self)
        self.act_find.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        self.act_find.triggered.connect(self.open_find)
        self.act_prefs = QAction(self, shortcut=QKeySequence.StandardKey.Preferences)
        if self.act_prefs.shortcut().isEmpty():
            self.act_prefs.setShortcut(QKeySequence("Ctrl+,"))
        self.act_prefs.triggered.connect(self.open_preferences)
        self.m_edit.addAction(self.act_find)
        self.m_edit.addSeparator()
        self.m_edit.addAction(self.act_prefs)

        self.m_lang = self.m_view.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for code in LANGS:
            a = QAction(t("language_name", code), self, checkable=True)     # each in its own language
            a.setChecked(code == self.lang)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            self.m_lang.addAction(a)
            self.lang_actions[code] = a
        self.m_view.addSeparator()
        self.act_zoom_in = QAction(self)
        self.act_zoom_in.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.act_zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom + 0.1))
        self.act_zoom_out = QAction(self, shortcut=QKeySequence.StandardKey.ZoomOut)
        self.act_zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom - 0.1))
        self.act_zoom_reset = QAction(self, shortcut=QKeySequence("Ctrl+0"))
        self.act_zoom_reset.triggered.connect(lambda: self.set_zoom(1.0))
        self.act_full = QAction(self, shortcut=QKeySequence.StandardKey.FullScreen, checkable=True)
        if self.act_full.shortcut().isEmpty():
            self.act_full.setShortcut(QKeySequence("F11"))
        self.act_full.triggered.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, self.act_full):
            self.m_view.addAction(a)
        self.m_view.addSeparator()
        self.act_kiosk = QAction(self, shortcut=QKeySequence("Ctrl+Shift+K"))
        self.act_kiosk.triggered.connect(self.open_fair_mode)
        self.m_view.addAction(self.act_kiosk)

        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.m_help.addAction(self.act_about)

    # -- loading ------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        self.finish_setup()
        home = self.data_home

        def work():
            # one load at a time: two first imports of pydantic on two threads can meet a module
            # half initialised (seen when a reload overlaps the start), and two loads would both
            # rebuild a changed dataset's columnar copy
            with _LOAD_LOCK:
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
            self.statusBar().showMessage(
                lambda: translate("MainWindow", "Data loaded with {n} problem(s); see the log file.").format(n=n))
            for p in library.problems:
                log.warning("data problem: %s", p)
        else:
            from ..core.formatting import format_number
            self.statusBar().showMessage(lambda: translate("MainWindow", "{n} figures from {s} sources").format(
                n=format_number(len(library.observations), self.lang, 0),
                s=format_number(len(library.sources), self.lang, 0)), 8000)
        keys = [k for k, _ in NAV]
        pending = getattr(self, "_select_after_load", None)
        if pending:
            self._select_after_load = None
            if pending in library.datasets:
                title = library.datasets[pending].title(self.lang)
                self.statusBar().showMessage(
                    lambda: translate("MainWindow", "Imported “{title}”").format(title=title), 10000)
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
        self._select_after_load = dataset_id     # named by its title once the library has it
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
        from ..qt.charts import set_dark
        set_dark(self.dark)
        from .pages.compare_page import ComparePage
        from .pages.datasets_page import DatasetsPage
        from .pages.section_page import SectionPage

        for key, _ in NAV:
            if key not in self.pages:
                if key == "datasets":
                    page = DatasetsPage()
                    page.export_requested.connect(lambda did: did and commands.export_table(self, did))
                    page.remove_requested.connect(lambda did: did and commands.remove_dataset(self, did))
                elif key == "compare":
                    page = ComparePage()
                else:
                    page = SectionPage(key)
                self.pages[key] = page
                self.stack.addWidget(page)
        # the page on screen first; the others one per turn of the event loop, so the window
        # answers input while they are built (and navigating to them later is instant)
        self._stale = [k for k, _ in NAV]
        self.page(self.current_key())
        QTimer.singleShot(0, self, self._build_next_page)
        if "pandas" not in sys.modules:
            run_in_background(lambda: __import__("pandas"), lambda _m: self._build_next_page())

    def page(self, key: str):
        """The page for ``key``, built with the current data and language if it is out of date."""
        from ..core.sheets import build_sheet

        page = self.pages[key]
        if key in getattr(self, "_stale", []):
            self._stale.remove(key)
            if key in ("datasets", "compare"):
                page.set_library(self.library, self.lang)
            else:
                page.set_sheet(build_sheet(self.library, key, self.lang))
        return page

    def _build_next_page(self) -> None:
        stale = [k for k in getattr(self, "_stale", []) if k != "datasets" or "pandas" in sys.modules]
        if stale:
            self.page(stale[0])
            QTimer.singleShot(0, self, self._build_next_page)

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
        return "overview" if key == "compare" else key       # the overview sheet carries the context

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

    # -- find, preferences, theme, zoom, recent imports ---------------------------------------------
    def open_find(self) -> None:
        if self.library is not None:
            from .find_dialog import open_find
            self.find_dialog = open_find(self)

    def go_to(self, hit) -> None:
        """Show what a find hit points at: a section page, or a dataset (and row) in the browser."""
        keys = [k for k, _ in NAV]
        if hit.dataset and (hit.page == "datasets" or hit.kind in ("row", "dataset")) and hit.kind != "indicator" \
                or hit.kind == "dataset":
            self.nav.setCurrentRow(keys.index("datasets"))
            page = self.page("datasets")
            page.open_dataset(hit.dataset)
            if hit.row >= 0:
                page.select_frame_row(hit.row)
        elif hit.page in keys:
            self.nav.setCurrentRow(keys.index(hit.page))

    def open_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec():
            settings = QSettings()
            self.set_language(str(settings.value("ui/lang", self.lang)))
            self.apply_theme(rebuild=True)

    def apply_theme(self, rebuild: bool = False) -> None:
        from .theme import apply_color_scheme, chosen_theme, is_dark, scaled, stylesheet

        theme = chosen_theme()
        apply_color_scheme(theme)
        self.dark = is_dark(theme)
        self.setStyleSheet(scaled(stylesheet(self.dark), self.zoom))
        if "backan_desktop.qt.charts" in sys.modules:
            sys.modules["backan_desktop.qt.charts"].set_dark(self.dark)
        if rebuild and self.library is not None:
            self._build_pages()

    def set_zoom(self, zoom: float) -> None:
        """Bigger or smaller text on the pages (tables, tiles, chart titles)."""
        self.zoom = max(0.7, min(2.0, round(zoom, 2)))
        QSettings().setValue("ui/zoom", self.zoom)
        self.apply_theme()

    def _fill_recent(self) -> None:
        self.m_recent.clear()
        recent = [p for p in (QSettings().value("import/recent", []) or []) if p]
        if isinstance(recent, str):
            recent = [recent]
        for path in recent[:10]:
            action = self.m_recent.addAction(path)
            action.triggered.connect(lambda _=False, p=path: commands.import_file(self, Path(p)))
        if not recent:
            empty = self.m_recent.addAction(translate("MainWindow", "(none yet)"))
            empty.setEnabled(False)

    def show_about(self) -> None:
        from .about import show_about
        self.about_box = show_about(self)

    def closeEvent(self, event) -> None:
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
