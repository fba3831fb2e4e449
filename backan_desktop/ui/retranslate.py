"""Widgets that update their texts when the language changes at run time."""
from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget subclass with a ``retranslate()`` method: Qt's LanguageChange calls it."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
