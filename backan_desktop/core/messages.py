"""Texts the core writes for people — problems found in a file, refusals — kept as an English
template with named fields plus the values that fill it.

``str(message)`` is the English text: what the CLI prints and the log keeps. The UI shows the same
message in its own language: it looks the template up in Qt's catalogue (context ``Problems`` in
``resources/translations/backan_vi.ts``) and fills in the same values
(:func:`backan_desktop.qt.i18n.message_text`). Values are data — cell text, column, file and sheet
names, numbers — and stay as written, except values that are messages themselves (a reason, a
list of allowed words), which are translated the same way. Numbers given to a format spec
(``{size:,}``) take the UI's decimal and thousands marks.

No Qt here. Every template is written as ``QT_TRANSLATE_NOOP("Problems", "...")``: the function
below returns its text unchanged, and ``pyside6-lupdate`` finds the calls by that name, so the
templates reach the catalogue like the UI's own strings (a test checks that each has its
Vietnamese). Pure Python; any thread.
"""
from __future__ import annotations

import errno
import string
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional, Union

CONTEXT = "Problems"       # the catalogue context of every template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for the translation catalogue under ``context``; returns it unchanged."""
    return text


Value = Union[str, int, float, None, "Message"]


@dataclass(frozen=True, slots=True)
class Message:
    """An English ``template`` with named ``{fields}`` (format specs allowed: ``{size:,}``) and the
    ``values`` that fill them. Immutable, hashable, compared by template and values."""
    template: str
    values: tuple

    def __init__(self, template: str, **values: Value):
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "values", tuple(values.items()))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {', '.join(f'{k}={v!r}' for k, v in self.values)})"

    def __str__(self) -> str:
        return self.render()

    def render(self, translate: Optional[Callable[[str], str]] = None, decimal: str = ".", group: str = ",") -> str:
        """The text with every template (this one and nested ones) passed through ``translate``
        (None: English) and numbers with a format spec written with ``decimal`` and ``group``
        marks. A translation that does not fit the values (a field misspelt in the catalogue)
        falls back to the English template rather than failing."""
        formatter = _Formatter(translate, decimal, group)
        values = dict(self.values)
        if translate is not None:
            try:
                return formatter.vformat(translate(self.template), (), values)
            except (KeyError, IndexError, ValueError, AttributeError):
                pass
        return formatter.vformat(self.template, (), values)

    # the columnar copy's catalogue keeps the problems it found, as JSON
    def to_json(self) -> dict:
        return {"template": self.template,
                "values": {k: v.to_json() if isinstance(v, Message) else v for k, v in self.values}}

    @classmethod
    def from_json(cls, data: Any) -> Optional["Message"]:
        """The message :meth:`to_json` wrote, or None when ``data`` is not one."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str) \
                or not isinstance(data.get("values"), dict):
            return None
        values: dict[str, Value] = {}
        for k, v in data["values"].items():
            if isinstance(v, dict):
                v = cls.from_json(v)
                if v is None:
                    return None
            elif not (v is None or isinstance(v, (str, int, float))):
                return None
            values[str(k)] = v
        message = cls(data["template"], **values)
        try:
            str(message)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return None
        return message


class _Formatter(string.Formatter):
    def __init__(self, translate, decimal: str, group: str):
        super().__init__()
        self.translate, self.decimal, self.group = translate, decimal, group
        self.marks = None if (decimal, group) == (".", ",") else str.maketrans({".": decimal, ",": group})

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(value.render(self.translate, self.decimal, self.group), format_spec)
        text = format(value, format_spec)
        if self.marks is not None and format_spec and isinstance(value, (int, float)) and not isinstance(value, bool):
            text = text.translate(self.marks)
        return text


class MessageError(Exception):
    """An exception whose text is a :class:`Message`: ``str(exc)`` is its English, ``exc.message``
    the message itself, for the UI to show in its language."""

    def __init__(self, message: Union[Message, str]):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)      # written only when asked for: readers raise and catch many


def message_of(value: Union[Message, str, BaseException]) -> Union[Message, str]:
    """What an exception or a value says: its Message when it carries one, else its text."""
    if isinstance(value, MessageError):
        return value.message
    if isinstance(value, Message):
        return value
    return str(value)


# --- what other code says ---------------------------------------------------------------------
# Never read a library's English back to translate it (it changes between versions): word a
# problem from the exception's type, errno or position, and keep the library's text, if at all,
# as an untranslated detail.

def phrase(text: str, templates: Iterable[str]) -> Union[Message, str]:
    """``text`` as a Message when it is one of ``templates`` (without fields) word for word, else
    ``text`` itself. Deprecated: its last user is the zip reason of the spreadsheet readers, to be
    worded from ``zipfile.BadZipFile`` instead."""
    return Message(text) if text in tuple(templates) else text


# what a file operation failed of, by errno (the system's own words, strerror, may be localised or
# differ between systems; an errno not listed is shown as the system says it)
OS_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Problems", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Problems", "Permission denied"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Problems", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Problems", "Not a directory"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Problems", "No space left on device"),
    getattr(errno, "EDQUOT", -1): QT_TRANSLATE_NOOP("Problems", "Disk quota exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("Problems", "Read-only file system"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Problems", "File name too long"),
    errno.EIO: QT_TRANSLATE_NOOP("Problems", "Input/output error"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Problems", "File exists"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("Problems", "Directory not empty"),
}


def os_reason(exc: OSError) -> Union[Message, str]:
    """Why a file operation failed: our words for its errno, else the system's ``strerror``, or
    the whole error when it has none."""
    if exc.errno in OS_ERRORS:
        return Message(OS_ERRORS[exc.errno])
    return exc.strerror if exc.strerror else str(exc)
