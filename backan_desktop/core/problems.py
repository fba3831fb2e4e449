"""What goes wrong with an input, and the one way to stop a long job.

:class:`Problem` names the file and, where there is one, the row and column of one thing wrong with
an input file; :class:`Cancelled` is raised by every long job (reading, importing, writing a PDF)
that the user stopped. Both are plain Python: the core, the Qt layer and the CLI share them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import Optional

from .messages import QT_TRANSLATE_NOOP, Message


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


# Why a CSV could not be parsed, in our own words. The csv module explains in English that changes
# between versions: it is never read back, nor shown (the Vietnamese UI would show it untranslated).
# What is left to say follows from how it fails: NUL bytes and bad encodings are refused before
# parsing, so the strict csv module fails only on quotes and on its cell-size limit.

def csv_reason(exc: BaseException) -> Message:
    """Why the csv module (strict) refused a file, ``exc`` being its csv.Error."""
    return Message(QT_TRANSLATE_NOOP("Problems", "the quotes do not pair up, or a cell is longer than {limit:,} "
                                                 "characters"), limit=csv.field_size_limit())


def malformed_csv(reason) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "malformed CSV: {reason}"), reason=reason)
