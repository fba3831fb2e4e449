"""One CSV cell against its field: the typed value, and a problem worded for people when it does
not fit the field's type or constraints."""
from __future__ import annotations

import math
import re
from datetime import date
from typing import Any, Optional

from ..messages import QT_TRANSLATE_NOOP, Message, MessageError
from .schema import FieldSpec


class CellError(MessageError, ValueError):
    """A cell that does not fit its field's type; ``message`` says why."""


INTEGER_RX = re.compile(r"^[+-]?\d+$")
NUMBER_RX = re.compile(r"^[+-]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$")     # groups: decimals, exponent
_DATE_RX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def convert_cell(text: str, spec: FieldSpec) -> tuple[Any, int]:
    """Typed value and decimals written (numbers only) for one CSV cell; raises CellError."""
    t = spec.type
    if t in ("string", "any"):
        return text, 0
    s = text.strip()

    def wrong(template: str, **kw) -> CellError:
        return CellError(Message(template, text=clip(text), **kw))

    if t == "number":
        m = NUMBER_RX.match(s)
        if not m:
            raise wrong(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a number (use '.' for decimals, no thousands "
                                                      "separators)"))
        value = float(s)
        if not math.isfinite(value):
            raise wrong(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a finite number"))
        # the decimals as written, less the exponent: '1.50' → 2, '1.5e3' → 0, '15e-1' → 1
        return value, max(0, len(m.group(1) or m.group(2) or "") - int(m.group(3) or 0))
    if t in ("integer", "year"):
        if not INTEGER_RX.match(s) or len(s) > 19:
            raise wrong(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a year") if t == "year" else
                        QT_TRANSLATE_NOOP("Problems", "'{text}' is not an integer"))
        value = int(s)
        if t == "year" and not (1000 <= value <= 9999):
            raise wrong(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a four-digit year"))
        return value, 0
    if t == "boolean":
        if s in spec.trueValues + spec.falseValues:
            return s in spec.trueValues, 0
        raise wrong(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a boolean ({words})"),
                    words="/".join(spec.trueValues[:1] + spec.falseValues[:1]))
    if t == "date":
        m = _DATE_RX.match(s)
        try:
            if not m:
                raise ValueError
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), 0
        except ValueError:
            raise wrong(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a date (YYYY-MM-DD)")) from None
    return text, 0


def clip(text: str, n: int = 40) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= n else text[: n - 1] + "…"


def out_of_bounds(text: str, bound: float, below: bool) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "{text} is below the minimum {bound:g}") if below else
                   QT_TRANSLATE_NOOP("Problems", "{text} is above the maximum {bound:g}"), text=text, bound=bound)


def check_constraints(value: Any, text: str, spec: FieldSpec) -> Optional[Message]:
    c = spec.constraints
    if c.enum is not None and value not in c.enum and text not in [str(e) for e in c.enum]:
        return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is not one of: {allowed}"), text=clip(text),
                       allowed=", ".join(str(e) for e in c.enum[:12]))
    if c.pattern is not None and isinstance(value, str):
        try:
            if not re.fullmatch(c.pattern, value):
                return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' does not match the pattern {pattern}"),
                               text=clip(text), pattern=c.pattern)
        except re.error:
            return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if c.minimum is not None and value < c.minimum:
            return out_of_bounds(text, c.minimum, below=True)
        if c.maximum is not None and value > c.maximum:
            return out_of_bounds(text, c.maximum, below=False)
    if isinstance(value, str):
        if c.minLength is not None and len(value) < c.minLength:
            return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is shorter than {n} characters"), text=clip(text),
                           n=c.minLength)
        if c.maxLength is not None and len(value) > c.maxLength:
            return Message(QT_TRANSLATE_NOOP("Problems", "'{text}' is longer than {n} characters"), text=clip(text),
                           n=c.maxLength)
    return None


def in_column(column: str, reason) -> Message:
    """``column: reason`` — a cell's problem, after its column's name."""
    return Message(QT_TRANSLATE_NOOP("Problems", "{column}: {reason}"), column=column, reason=reason)


def required(column: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "{column}: a value is required"), column=column)
