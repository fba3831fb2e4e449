"""What goes wrong with an input, and the one way to stop a long job.

:class:`Problem` names the file and, where there is one, the row and column of one thing wrong with
an input file; :class:`Cancelled` is raised by every long job (reading, importing, writing a PDF)
that the user stopped. Both are plain Python: the core, the Qt layer and the CLI share them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import Optional

from .messages import QT_TRANSLATE_NOOP, Message, phrase


class Cancelled(Exception):
    """The user stopped the job; nothing was written or changed."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file. ``row``/``column`` are 1-based; None when not applicable.

    ``message`` is given as a :class:`~backan_desktop.core.messages.Message` (kept in ``text``, for
    the UI to show in its language) and read back as its English text, what the CLI prints and
    the log keeps; a plain string is accepted too (``text`` is then None). Problems are equal when
    they say the same in English."""
    file: str
    message: str
    row: Optional[int] = None
    column: Optional[int] = None
    text: Optional[Message] = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, Message):
            object.__setattr__(self, "text", self.message)
            object.__setattr__(self, "message", str(self.message))

    def __str__(self) -> str:
        if self.row is not None:
            return f"{self.file}:{self.row}:{self.column or 0}: {self.message}"
        return f"{self.file}: {self.message}"

    def located(self) -> Message:
        """The problem with its place, as ``str()`` writes it, as a message (for a message that
        quotes a problem)."""
        what = self.text if self.text is not None else self.message
        if self.row is not None:
            return Message(QT_TRANSLATE_NOOP("Problems", "{file}:{row}:{column}: {message}"),
                           file=self.file, row=self.row, column=self.column or 0, message=what)
        return Message(QT_TRANSLATE_NOOP("Problems", "{file}: {message}"), file=self.file, message=what)



# what Python's csv module says of a broken CSV
CSV_ERRORS = (
    QT_TRANSLATE_NOOP("Problems", "'{expected}' expected after '{after}'"),
    QT_TRANSLATE_NOOP("Problems", "unexpected end of data"),
    QT_TRANSLATE_NOOP("Problems", "line contains NUL"),
    QT_TRANSLATE_NOOP("Problems", "field larger than field limit ({limit})"),
)
# what pandas' C parser says of one
PARSER_ERRORS = (
    QT_TRANSLATE_NOOP("Problems", "Error tokenizing data. C error: Expected {expected} fields in line {line}, saw {saw}"),
    QT_TRANSLATE_NOOP("Problems", "Error tokenizing data. C error: EOF inside string starting at row {row}"),
)


def csv_reason(exc: csv.Error) -> Message | str:
    return phrase(str(exc), CSV_ERRORS)


def parser_reason(text: str) -> Message | str:
    return phrase(text, PARSER_ERRORS)


def malformed_csv(reason) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "malformed CSV: {reason}"), reason=reason)
