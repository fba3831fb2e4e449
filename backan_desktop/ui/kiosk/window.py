"""Fair mode: a full-screen, locked presentation of the fact sheets for a booth.

States: ``loading`` → ``attract`` (the slide loop) → ``home`` (big section buttons) → ``detail``
(one section). Any press in the loop opens the home screen; after the idle timeout everything
(detail, PIN pad, settings, messages) closes and the loop starts again in the kiosk's language.
The window cannot be closed — Esc, Alt+F4 and the window manager's close are refused — until
staff enter the PIN and choose "Leave fair mode".
"""
from __future__ import annotations

import logging
import sys
import time
import traceback
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QButtonGroup, QFrame, QHBoxLayout, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...core.sheets import SHEET_IDS, Sheet, build_sheet
from ...core.texts import t
from ...core.vocab import DEFAULT_LANG, LANGS
from ..retranslate import Retranslating, text_of
from ..workers import run_in_background
from . import actions
from .attract import AttractPage
from .context_slide import loop_views
from .booth import Booth
from .detail import DetailPage, system_printers
from .home import HomePage
from .icons import icon
from .idle import IdleWatcher
from .pin import Attempts, PinStore
from .pin_pad import PinPad
from .settings import KioskSettings
from .settings_dialog import SettingsPanel, StaffMenu
from .slides import build_slides, section_list
from .theme import kiosk_style, touch, unit_for
from .widgets import Overlay, Toast, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text
log = logging.getLogger(__name__)


def _log_only(exc_type, exc, tb) -> None:
    """Fair mode's excepthook: an unexpected error is logged, never shown in a dialog."""
    log.error("uncaught exception in fair mode:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))


class KioskWindow(Retranslating, QWidget):
    """The fair-mode window. Timings come from the settings unless given (tests shorten them):
    ``slide_ms`` per slide, ``idle_ms`` before the reset, ``fade_ms`` per transition, ``toast_ms``
    for messages. ``printer_factory(name, paper) -> QPrinter`` and ``volumes()`` replace the
    system's printers and removable drives."""

    ready = Signal()        # the data is loaded and the slides are built
    left = Signal()         # staff left fair mode (the window is closing)

    def __init__(self, data_home: Path, lang: str = DEFAULT_LANG, library=None, *, slide_ms: Optional[int] = None,
                 idle_ms: Optional[int] = None, fade_ms: int = 700, toast_ms: int = 8000,
                 printer_factory: Optional[Callable] = None,
                 volumes: Callable[[], list[Path]] = actions.removable_volumes,
                 clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        from ...qt.fonts import register_fonts
        register_fonts()
        self.data_home = Path(data_home)
        self.lang = self.start_lang = lang if lang in LANGS else DEFAULT_LANG
        self.library = library
        self.load_error = ""
        self.sheets: dict[str, dict[str, Sheet]] = {}
        self.settings = KioskSettings.load()
        self.store = PinStore()
        self.attempts = Attempts(clock)
        self._slide_ms, self._idle_ms = slide_ms, idle_ms
        self.printer_factory = printer_factory
        self.volumes = volumes
        self.state = "loading"
        self._leaving = False
        self._full_screen = True
        self._scale_key = None
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)

        # top bar: where we are, the language toggle, the staff lock
        self.top = QFrame()
        self.top.setObjectName("topBar")
        self.top_layout = QHBoxLayout(self.top)
        brand_box = QVBoxLayout()
        brand_box.setSpacing(0)
        self.brand = label("", "brand", wrap=False)
        self.brand_sub = label("", "brandSub")        # wraps on a narrow screen: the buttons keep their words
        brand_box.addWidget(self.brand)
        brand_box.addWidget(self.brand_sub)
        self.top_layout.addLayout(brand_box, 1)         # the room left: one line where it fits
        self.lang_group = QButtonGroup(self)
        self.lang_group.setExclusive(True)
        self.lang_buttons: dict[str, QPushButton] = {}
        for code in LANGS:
            b = QPushButton(t("language_name", code))       # each in its own language
            b.setObjectName("langButton")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.lang_group.addButton(b)
            self.lang_buttons[code] = b
            self.top_layout.addWidget(b)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setIcon(icon("lock", "#ffffff"))
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.lock_button.clicked.connect(self.open_staff)
        self.top_layout.addWidget(self.lock_button)

        # pages
        self.stack = QStackedWidget()
        # content never forces the window to grow (that would drop full screen): it adapts instead
        self.stack.setMinimumSize(1, 1)
        self.loading = label("", "loadingText", align=Qt.AlignmentFlag.AlignCenter)
        self.attract = AttractPage()
        self.attract.fade_ms = fade_ms
        self.home = HomePage()
        self.detail = DetailPage()
        for w in (self.loading, self.attract, self.home, self.detail):
            self.stack.addWidget(w)
        self.home.section_chosen.connect(self.show_section)
        self.home.loop_requested.connect(self.show_loop)
        self.home.text_size_changed.connect(lambda: self._apply_scale(force=True, restyle=True))
        self.detail.home_requested.connect(self.show_home)
        self.detail.print_requested.connect(self.print_current)
        self.detail.printer_ready = lambda: self.printer_factory is not None or system_printers()
        self.detail.save_requested.connect(self.save_current)

        # the merger, always on screen
        self.footer = QFrame()
        self.footer.setObjectName("mergerBand")
        self.footer_layout = QHBoxLayout(self.footer)
        self.merger = label("", "mergerText")
        self.footer_layout.addWidget(self.merger)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.top)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.footer)

        # staff overlays and messages (children of the window: they cannot get lost behind it)
        self.pin_pad = PinPad(self, self.store, self.attempts, "check")
        self.pin_pad.accepted.connect(self._on_unlocked)
        self.new_pin_pad = PinPad(self, self.store, self.attempts, "new")
        self.new_pin_pad.accepted.connect(lambda: self.toast.show_message(
            lambda: translate("KioskWindow", "The new staff PIN is saved."), "ok"))
        self.first_run_pad = PinPad(self, self.store, self.attempts, "new", first_run=True)
        self.first_run_pad.accepted.connect(lambda: self.toast.show_message(
            lambda: translate("KioskWindow", "The staff PIN is saved. Fair mode is now locked."), "ok"))
        self.first_run_pad.cancelled.connect(self.leave)
        self.staff_menu = StaffMenu(self)
        self.staff_menu.settings_requested.connect(self.open_settings)
        self.staff_menu.leave_requested.connect(self.leave)
        self.settings_panel: Optional[SettingsPanel] = None
        self.toast = Toast(self)
        self.toast.ms = toast_ms
        self.booth = Booth(self)        # counts, sharing, "Take it home"

        self.idle = IdleWatcher(self, self.idle_ms)
        self.idle.timed_out.connect(self.reset_to_loop)
        self.idle.pressed.connect(self._on_press)
        self.stack.setCurrentWidget(self.loading)
        self.retranslate()
        self._sync_lang_buttons()

    # -- timings ------------------------------------------------------------------------------------
    @property
    def slide_ms(self) -> int:
        return self._slide_ms or self.settings.slide_seconds * 1000

    @property
    def idle_ms(self) -> int:
        return self._idle_ms or self.settings.idle_seconds * 1000

    # -- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("KioskWindow", "Bắc Kạn — fair mode"))
        self.brand.setText(t("province", self.lang))
        self.brand_sub.setText(t("merger_short", self.lang))
        self.merger.setText(t("merger_note", self.lang))
        self.lock_button.setToolTip(translate("KioskWindow", "Staff"))
        self.lock_button.setAccessibleName(translate("KioskWindow", "Staff"))
        if self.load_error:
            self.loading.setText(translate("KioskWindow", "The figures could not be loaded. Please ask the booth staff.")
                                 + "\n\n" + self.load_error)
        else:
            self.loading.setText(translate("KioskWindow", "Loading the figures…"))

    def _sync_lang_buttons(self) -> None:
        for code, b in self.lang_buttons.items():
            b.setChecked(code == self.lang)

    # -- start and loading --------------------------------------------------------------------------
    def start(self, full_screen: bool = True) -> None:
        """Show the window (full screen unless told otherwise), ask for a PIN if none is set,
        then load the data after the first paint."""
        self._full_screen = full_screen
        if full_screen:
            # a bare X session (no window manager) ignores the full-screen request: size it too
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.setFocus()         # no focus ring on a button until a visitor presses Tab
        self.idle.start()
        self._excepthook = sys.excepthook
        sys.excepthook = _log_only          # no crash dialog for visitors to poke at: the log has it
        if not self.store.is_set():
            self.first_run_pad.open()
        QTimer.singleShot(0, self.start_loading)

    def start_loading(self) -> None:
        from ...qt.app import finish_app
        finish_app()
        if self.library is not None:
            self._on_loaded(self.library)
            return
        from ...core.library import load_library
        home = self.data_home
        run_in_background(lambda: load_library(data_home=home), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, library) -> None:
        self.library = library
        self.sheets = {lg: {sid: build_sheet(library, sid, lg) for sid in SHEET_IDS} for lg in LANGS}
        self._build_content()
        self.show_loop()
        self.ready.emit()

    def _on_load_failed(self, message: str, details: str) -> None:
        log.error("fair mode: loading failed: %s\n%s", message, details)
        self.load_error = message
        self.retranslate()

    def _build_content(self) -> None:
        sheets = self.sheets[self.lang]
        slides = build_slides(self.library, sheets, self.settings.slides)
        self.attract.set_slides(loop_views(self.library, sheets, slides))      # with the context slides
        self.home.set_sheets(sheets)
        if self.detail.sheet is not None:
            page = self.detail.page_index
            self._show_sheet(self.detail.sheet.id)
            self.detail.set_page(page)
        self._scale_key = None
        self._apply_scale()

    # -- states -------------------------------------------------------------------------------------
    def show_loop(self) -> None:
        if self.library is None:
            return
        self.state = "attract"
        self.stack.setCurrentWidget(self.attract)
        self.attract.start(self.slide_ms)
        if (focused := QApplication.focusWidget()) is not None:
            focused.clearFocus()        # no focus frame left on a button over the slides

    def show_home(self) -> None:
        if self.library is None:
            return
        self.attract.stop()
        self.state = "home"
        self.stack.setCurrentWidget(self.home)

    def show_section(self, sheet_id: str) -> None:
        if self.library is None:
            return
        self.attract.stop()
        self._show_sheet(sheet_id)
        self.detail.set_busy(False)
        self.state = "detail"
        self.stack.setCurrentWidget(self.detail)

    def _show_sheet(self, sheet_id: str) -> None:
        title, bullets = section_list(self.library, sheet_id, self.lang)
        self.detail.set_sheet(self.sheets[self.lang][sheet_id], title, bullets)

    def overlays(self) -> list[Overlay]:
        return [w for w in self.findChildren(Overlay) if w.parentWidget() is self]

    def open_overlay(self) -> Optional[Overlay]:
        return next((o for o in self.overlays() if o.isVisible()), None)

    def _on_press(self) -> None:
        if self.state == "attract" and self.open_overlay() is None:
            self.show_home()

    def reset_to_loop(self) -> None:
        """After the idle timeout: close popups, panels (but not the first-run PIN prompt),
        messages and the open section; back to the kiosk's language and the slide loop."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for o in self.overlays():
            if o.isVisible() and o.closes_on_idle:
                o.close_overlay()
        self.toast.hide()
        if self.lang != self.start_lang:
            self.set_language(self.start_lang)
        self.detail.set_busy(False)
        self.show_loop()

    # -- language -----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch every text and number format; the slides are rebuilt in the new language."""
        from ...qt.i18n import install_language

        if lang == self.lang or lang not in LANGS:
            self._sync_lang_buttons()
            return
        self.lang = lang
        install_language(lang)          # LanguageChange → retranslate() of every widget
        self._sync_lang_buttons()
        self.retranslate()
        if self.library is not None:
            running, index = self.attract.running, self.attract.current_index
            self._build_content()
            if running:
                self.attract.start(self.slide_ms)
                if 0 < index < len(self.attract.views):
                    self.attract.stack.setCurrentIndex(index)
                    self.attract.dots.set_state(len(self.attract.views), index)

    # -- staff --------------------------------------------------------------------------------------
    def open_staff(self) -> None:
        """The lock button: the PIN pad (or, when no PIN exists yet, the prompt to set one)."""
        if not self.store.is_set():
            self.first_run_pad.open()
        else:
            self.pin_pad.open()
        self._apply_scale(force=True)

    def _on_unlocked(self) -> None:
        self.staff_menu.open()
        self._apply_scale(force=True)

    def open_settings(self) -> None:
        if self.settings_panel is not None:
            self.settings_panel.deleteLater()
        self.settings_panel = SettingsPanel(self, KioskSettings.load(), self.volumes)
        self.settings_panel.saved.connect(self.apply_settings)
        self.settings_panel.change_pin.connect(self.new_pin_pad.open)
        self.settings_panel.open()
        self._apply_scale(force=True)

    def apply_settings(self, settings: KioskSettings) -> None:
        self.settings = settings
        self.idle.set_interval(self.idle_ms)
        self.attract.timer.setInterval(self.slide_ms)
        if self.library is not None:
            self._build_content()
        self.toast.show_message(lambda: translate("KioskWindow", "Settings saved."), "ok")

    def leave(self) -> None:
        """Staff leave fair mode (after the PIN): the window closes for real."""
        from ...qt.i18n import install_language

        self._leaving = True
        self.idle.stop()
        self.attract.stop()
        if getattr(self, "_excepthook", None) is not None:
            sys.excepthook = self._excepthook
        if self.lang != self.start_lang:
            self.lang = self.start_lang
            install_language(self.start_lang)
        self.left.emit()
        self.close()

    # -- visitor actions ----------------------------------------------------------------------------
    def print_current(self) -> None:
        sheet = self.detail.sheet
        if sheet is None:
            return
        self.detail.set_busy(True)
        self.toast.show_message(lambda: translate("KioskWindow", "Printing…"), "busy")
        QTimer.singleShot(30, lambda: self._print(sheet))      # let the message paint first

    def _print(self, sheet: Sheet) -> None:
        try:
            message = actions.print_sheet(sheet, self.settings.printer, self.settings.paper, self.printer_factory)
        except actions.KioskActionError as exc:
            self.toast.show_message(exc.text, "error")
        except Exception as exc:      # a printer driver failing must not take the booth down
            log.exception("printing failed")
            error = str(exc)        # ``exc`` is unbound once the except block ends; the message is re-written later
            self.toast.show_message(lambda: translate("KioskWindow", "Printing failed: {error}").format(error=error), "error")
        else:
            self.toast.show_message(message, "ok")
            self.booth.count("sheet_printed")
        self.detail.set_busy(False)

    def save_current(self) -> None:
        sheet = self.detail.sheet
        if sheet is None:
            return
        try:
            folder = actions.usb_target(self.settings.usb_folder, self.volumes)
        except actions.KioskActionError as exc:
            self.toast.show_message(exc.text, "error")
            return
        self.detail.set_busy(True)
        self.toast.show_message(lambda: translate("KioskWindow", "Saving the PDF on the USB stick…"), "busy")
        paper = self.settings.paper

        def work():
            try:
                return True, actions.save_pdf(sheet, folder, paper)
            except actions.KioskActionError as exc:
                return False, exc.text

        def done(result):
            ok, value = result
            self.detail.set_busy(False)
            if ok:
                self.booth.count("saved_to_usb")
                self.toast.show_message(lambda: translate("KioskWindow", "Saved “{name}” on the USB stick.").format(
                    name=Path(value).name), "ok")
            else:
                self.toast.show_message(lambda: translate("KioskWindow", "The PDF could not be saved: {error}").format(
                    error=text_of(value)), "error")

        def failed(message, _details):
            self.detail.set_busy(False)
            self.toast.show_message(lambda: translate("KioskWindow", "The PDF could not be saved: {error}").format(
                error=message), "error")

        run_in_background(work, done, failed)

    # -- locked -------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self._leaving:
            self.idle.stop()
            event.accept()
            return
        event.ignore()
        if self.open_overlay() is None:
            self.toast.show_message(lambda: translate("KioskWindow", "Fair mode stays open. Staff: use the lock button to leave."),
                                    "info")

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.state == "detail":
            if key == Qt.Key.Key_Escape:
                self.show_home()
            elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
                self.detail.go(self.detail.page_index + 1)
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
                self.detail.go(self.detail.page_index - 1)
        event.accept()          # Esc, Alt+F4 and friends never leave fair mode

    def changeEvent(self, event) -> None:
        if (event.type() == QEvent.Type.WindowStateChange and not self._leaving
                and self.windowState() & Qt.WindowState.WindowMinimized):
            QTimer.singleShot(0, self.showFullScreen if self._full_screen else self.showNormal)
        super().changeEvent(event)

    # -- size ---------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self, force: bool = False, restyle: bool = False) -> None:
        w, h = self.width(), self.height()
        u, portrait = unit_for(w, h), h > w
        key = (round(u, 2), portrait, w, h)
        if key != self._scale_key or restyle:
            self._scale_key = key
            self.setStyleSheet(kiosk_style(u))
            m = round(2.4 * u)
            self.top_layout.setContentsMargins(m, round(1.0 * u), m, round(1.0 * u))
            self.top_layout.setSpacing(round(1.0 * u))
            self.footer_layout.setContentsMargins(m, round(0.8 * u), m, round(0.8 * u))
            s = round(3.2 * u)
            self.lock_button.setIconSize(QSize(s, s))
            self.lock_button.setFixedSize(touch(u), touch(u))
            self.attract.set_unit(u, portrait)
            self.home.set_unit(u, portrait)
            self.detail.set_unit(u, portrait, narrow=w / u < 150, short=h < 900)
            force = True
        if force:
            for o in self.overlays():
                o.set_unit(u, portrait)
            if self.toast.isVisible():
                self.toast.place()

