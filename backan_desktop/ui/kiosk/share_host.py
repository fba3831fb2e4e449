"""Fair mode's share server: listens at once (a "preparing" page), makes the sheets off the GUI
thread, then serves them; stops when staff turn sharing off or leave fair mode.

States: ``off``, ``preparing`` (listening; the cache is being made, ``progress`` says how far),
``on`` (``url`` serves every sheet), ``failed`` (``error`` says why: a busy port, an address this
computer no longer has, a sheet that could not be made). Every download served is counted.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.problems import Cancelled
from ...share.counts import Counts
from ...share.page import preparing_page
from ...share.server import Catalogue, Entry, ShareServer, serve_in_thread
from ..workers import run_in_background
from .settings import ShareSettings

translate = QCoreApplication.translate   # lupdate reads the literal context and text
log = logging.getLogger(__name__)
CACHE = "share-cache"


class ShareHost(QObject):
    changed = Signal()                   # state, progress, url or error changed (GUI thread)
    _progress = Signal(int, int, int)    # generation, done, total: from the worker, queued to the GUI

    def __init__(self, data_home: Path, counts: Counts, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.data_home = Path(data_home)
        self.counts = counts
        self.server: Optional[ShareServer] = None
        self.state, self.error, self.progress = "off", "", (0, 0)
        self._generation = 0             # a publish started before the last start/stop is dropped
        self._progress.connect(self._on_progress)

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def start(self, share: ShareSettings, library, paper: str = "A4") -> bool:
        """Listen on ``share.bind:share.port`` at once, then make the cache in the background.
        False (and ``state == "failed"``) when the address cannot be used."""
        self.stop()
        try:
            server = ShareServer(Catalogue({"/": Entry("text/html; charset=utf-8", body=preparing_page())}),
                                 share.bind, share.port, on_download=lambda _name: self.counts.add("downloaded"))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._set("failed", lambda: translate("KioskShare", "Cannot listen on {address}:{port}: {reason}").format(
                address=share.bind, port=share.port, reason=reason))
            return False
        self.server = server
        serve_in_thread(server)
        self._generation += 1
        generation, cache = self._generation, self.data_home / CACHE

        def progress(done: int, total: int) -> None:      # worker thread
            if generation != self._generation:
                raise Cancelled()
            self._progress.emit(generation, done, total)

        def work():
            from ...share.publish import publish
            try:
                return publish(library, cache, paper, progress)
            except Cancelled:              # stopped or restarted meanwhile: nothing to serve
                return None

        self.progress = (0, 0)
        self._set("preparing")
        run_in_background(work, lambda catalogue: self._published(generation, catalogue),
                          lambda message, details: self._failed(generation, message, details))
        return True

    def stop(self) -> None:
        """Stop serving (returns once the server has stopped); a cache being made is abandoned."""
        self._generation += 1
        server, self.server = self.server, None
        if server is not None:
            server.shutdown()
        if self.state != "off":
            self._set("off")

    def _set(self, state: str, error="") -> None:
        self.state, self.error = state, error
        self.changed.emit()

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress = (done, total)
            self.changed.emit()

    def _published(self, generation: int, catalogue: Catalogue) -> None:
        if generation == self._generation and self.server is not None:
            self.server.publish(catalogue)
            self._set("on")

    def _failed(self, generation: int, message: str, details: str) -> None:
        if generation != self._generation:
            return
        log.error("fair mode: the shared sheets could not be made: %s\n%s", message, details)
        self.stop()
        self._set("failed", lambda: translate("KioskShare", "The sheets could not be prepared: {error}").format(
            error=message))
