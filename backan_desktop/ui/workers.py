"""One way to run slow work: a plain function on the thread pool; its result or error comes
back on the GUI thread through a signal."""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported on the GUI thread, never lost
            log.exception("background task failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
            return
        self.signals.done.emit(result)


_alive: set = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Optional[Callable[[str, str], None]] = None) -> None:
    """Run ``fn()`` off the GUI thread; ``on_done(result)`` / ``on_error(message, details)`` run on it."""
    task = _Task(fn)
    signals = task.signals
    _alive.add(signals)

    def finish(result):
        _alive.discard(signals)
        on_done(result)

    def fail(msg, details):
        _alive.discard(signals)
        if on_error:
            on_error(msg, details)

    signals.done.connect(finish)
    signals.failed.connect(fail)
    QThreadPool.globalInstance().start(task)
