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
            self.signals.failed.emit(_failure(exc, named=True), traceback.format_exc())
            return
        self.signals.done.emit(result)


_alive: set = set()


def _failure(exc: Exception, named: bool = False) -> str:
    """The words of an error for the GUI thread: the core's own messages in the UI's language
    (QCoreApplication.translate is thread-safe), others as Python writes them."""
    from ..core.messages import MessageError
    from ..qt.i18n import error_text

    if named and not isinstance(exc, MessageError):
        return f"{type(exc).__name__}: {exc}"
    return error_text(exc)


def shutdown_background(timeout_ms: int = 30_000) -> None:
    """At exit: ask running jobs to stop and wait for the pool, so that no worker finishes into a
    torn-down application (its signal would go to a deleted object and abort the process)."""
    for item in list(_alive):
        if isinstance(item, Job):
            item.cancel()
    QThreadPool.globalInstance().waitForDone(timeout_ms)


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


class _JobSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()


class Job(QRunnable):
    """Slow work with progress and cancel: ``fn(progress, cancel_event)`` runs on the pool; its
    ``progress(done, total, label)`` calls and its end arrive on the GUI thread as signals."""

    def __init__(self, fn: Callable[[Callable[[int, int, str], None], Any], Any]):
        super().__init__()
        import threading
        self.fn = fn
        self.cancel_event = threading.Event()
        self.signals = _JobSignals()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        from ..core.problems import Cancelled
        try:
            result = self.fn(self.signals.progress.emit, self.cancel_event)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:
            if self.cancel_event.is_set():       # stopped by its own cancel check (ReadCancelled…)
                self.signals.cancelled.emit()
                return
            log.exception("background job failed")
            self.signals.failed.emit(_failure(exc), traceback.format_exc())
            return
        if self.cancel_event.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.done.emit(result)

    def start(self) -> "Job":
        _alive.add(self)
        for sig in (self.signals.done, self.signals.failed, self.signals.cancelled):
            sig.connect(lambda *_: _alive.discard(self))
        QThreadPool.globalInstance().start(self)
        return self
