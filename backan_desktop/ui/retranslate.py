"""Widgets that update their texts when the language changes at run time.

Fixed texts are set in a widget's ``retranslate()``, which Qt's LanguageChange calls. A message
made at some moment from a translated template and values ("{n} figures from {s} sources",
"Saved {path}") is passed as a function that builds it (:data:`Text`): the widget showing it calls
the function again when the language changes, so a message on screen never stays in the old
language."""
from __future__ import annotations

import time
from typing import Callable, Optional, Union

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStatusBar

Text = Union[str, Callable[[], str]]
"""A text to show: a plain string (data, not translated), or a function returning the text in the
current language (e.g. ``lambda: translate("Ctx", "Saved {path}").format(path=p)``)."""


def text_of(text: Text) -> str:
    return text() if callable(text) else text


class Retranslating:
    """Mixin for a QWidget subclass with a ``retranslate()`` method: Qt's LanguageChange calls it."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class StatusBar(Retranslating, QStatusBar):
    """A status bar whose message follows the language: ``showMessage`` also takes a :data:`Text`
    function, called again on LanguageChange while the message is up (for the time it has left)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text: Text = ""
        self._shown = ""
        self._until: Optional[float] = None

    def showMessage(self, text: Text, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        self._text = text
        self._shown = text_of(text)
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else None
        super().showMessage(self._shown, timeout)

    def retranslate(self) -> None:
        if not callable(self._text) or not self.currentMessage() or self.currentMessage() != self._shown:
            return
        left = 0 if self._until is None else int((self._until - time.monotonic()) * 1000)
        if self._until is not None and left <= 0:
            self.clearMessage()         # its time is up; Qt's timer may not have fired yet (a busy loop)
            return
        self._shown = text_of(self._text)
        super().showMessage(self._shown, left)
