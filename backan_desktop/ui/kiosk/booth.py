"""What fair mode adds for a booth, wired to the window from outside: the visitor counts, the share
server (started on launch when staff left it on, stopped when fair mode closes), the "Take it
home" button with its codes, and the staff panel for both.

The window only creates a :class:`Booth` and tells it about the two things it counts itself
(a sheet printed, a PDF saved); everything else is connected here to the window's signals.
"""
from __future__ import annotations

import logging
from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from ...share.counts import Counts
from .settings import ShareSettings
from .share_host import ShareHost
from .staff_share import SharePanel
from .take_home import TakeHomeButton, TakeHomePanel
from .theme import unit_for

translate = QCoreApplication.translate   # lupdate reads the literal context and text
log = logging.getLogger(__name__)


class Booth(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.counts = Counts(window.data_home)
        self.share = ShareSettings.load()
        self.host = ShareHost(window.data_home, self.counts, self)
        self.panel: Optional[SharePanel] = None
        self.take_home = TakeHomePanel(window)
        self.button = TakeHomeButton()
        self.button.clicked.connect(self.open_take_home)
        window.top_layout.insertWidget(1, self.button)          # after the brand, before the languages
        self.button.hide()
        window.stack.currentChanged.connect(self._page_changed)
        window.attract.slide_changed.connect(lambda _i: self.count("slide_shown"))
        window.home.section_chosen.connect(lambda _sid: self.count("section_opened"))
        window.staff_menu.share_requested.connect(self.open_panel)
        window.ready.connect(self._on_ready)
        window.left.connect(self.host.stop)
        self.host.changed.connect(self._host_changed)
        window.installEventFilter(self)

    def count(self, event: str) -> None:
        """Count one ``event`` for today; a full disk must not stop the booth."""
        try:
            self.counts.add(event)
        except OSError as exc:
            log.warning("fair mode: cannot write the counts: %s", exc)

    # -- the window's state ---------------------------------------------------------------------------
    def _page_changed(self, _index: int) -> None:
        page = self.window.stack.currentWidget()
        self.button.setVisible(page in (self.window.home, self.window.detail))
        if page is self.window.attract and self.window.attract.views:
            self.count("slide_shown")                            # the first slide of the loop

    def _on_ready(self) -> None:
        if self.share.enabled and self.host.state == "off":
            self.host.start(self.share, self.window.library, self.window.settings.paper)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Resize:
            self.button.set_unit(unit_for(self.window.width(), self.window.height()))
        return False

    # -- visitors -----------------------------------------------------------------------------------
    def page_url(self) -> str:
        """The share page, at the section on screen (the page's headings carry the section ids)."""
        url = self.host.url
        sheet = self.window.detail.sheet
        if url and self.window.state == "detail" and sheet is not None:
            url += "#" + sheet.id
        return url

    def open_take_home(self) -> None:
        self.take_home.show_for(self.share, self.host.state, self.page_url(), self.host.error)

    # -- staff --------------------------------------------------------------------------------------
    def status(self) -> str:
        state = self.host.state
        if state == "on":
            return translate("KioskShare", "Sharing at {url}").format(url=self.host.url)
        if state == "preparing":
            done, total = self.host.progress
            return translate("KioskShare", "Preparing the sheets ({done} of {total}) at {url}").format(
                done=done, total=total or "…", url=self.host.url)
        if state == "failed":
            return str(self.host.error() if callable(self.host.error) else self.host.error)
        return translate("KioskShare", "Sharing is off.")

    def open_panel(self) -> None:
        if self.panel is not None:
            self.panel.deleteLater()
        self.panel = SharePanel(self.window, ShareSettings.load(), self.counts, self.status)
        self.panel.saved.connect(self.apply)
        self.panel.open()
        self.window._apply_scale(force=True)

    def apply(self, share: ShareSettings) -> None:
        """Staff saved: start, restart or stop the server as the settings now say."""
        self.share = share
        server = self.host.server
        if share.enabled and server is not None and (server.host, server.port) == (share.bind, share.port):
            return                              # same address: keep serving (the Wi-Fi code is read anew)
        if not share.enabled:
            self.host.stop()
        elif self.window.library is not None:
            self.host.start(share, self.window.library, self.window.settings.paper)

    def _host_changed(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.refresh()
        if self.take_home.isVisible():
            self.open_take_home()
