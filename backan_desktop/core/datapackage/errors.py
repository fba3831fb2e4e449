"""Our own words for what the JSON parser and pydantic find wrong with a descriptor.

Never read back from the libraries' English (it changes between versions): a pydantic error is
worded from its ``type`` and ``ctx``, a JSON error from its position in the text. The English of
the schema templates is what pydantic 2 writes itself, so the CLI's output reads as before; an
error type not listed here gets a generic message with pydantic's text as an (untranslated) detail.
"""
from __future__ import annotations

import json
import re
from typing import Union

from ..messages import QT_TRANSLATE_NOOP, Message
from .schema import LITERALS

# pydantic error type → template (values, if any, come from its ``ctx``: see schema_reason)
_SCHEMA = {
    "missing": QT_TRANSLATE_NOOP("Problems", "Field required"),
    "string_type": QT_TRANSLATE_NOOP("Problems", "Input should be a valid string"),
    "list_type": QT_TRANSLATE_NOOP("Problems", "Input should be a valid list"),
    "dict_type": QT_TRANSLATE_NOOP("Problems", "Input should be a valid dictionary"),
    "bool_type": QT_TRANSLATE_NOOP("Problems", "Input should be a valid boolean"),
    "bool_parsing": QT_TRANSLATE_NOOP("Problems", "Input should be a valid boolean, unable to interpret input"),
    "int_type": QT_TRANSLATE_NOOP("Problems", "Input should be a valid integer"),
    "int_parsing": QT_TRANSLATE_NOOP("Problems", "Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": QT_TRANSLATE_NOOP("Problems", "Input should be a valid integer, got a number with a fractional "
                                                    "part"),
    "float_type": QT_TRANSLATE_NOOP("Problems", "Input should be a valid number"),
    "float_parsing": QT_TRANSLATE_NOOP("Problems", "Input should be a valid number, unable to parse string as a number"),
}
# ... and when the length the schema asks for is one (one character, one item)
_LENGTH_ONE = {
    "string_too_short": QT_TRANSLATE_NOOP("Problems", "String should have at least 1 character"),
    "string_too_long": QT_TRANSLATE_NOOP("Problems", "String should have at most 1 character"),
    "too_short": QT_TRANSLATE_NOOP("Problems", "List should have at least 1 item after validation, not 0"),
}


def schema_reason(err: dict) -> Union[Message, str]:
    """Why one value of a descriptor does not fit the schema, from a pydantic error dict
    (``type``, ``loc``, ``ctx``)."""
    kind, ctx = err.get("type"), err.get("ctx") or {}
    if kind in _SCHEMA:
        return Message(_SCHEMA[kind])
    if kind in ("model_type", "model_attributes_type"):
        return Message(QT_TRANSLATE_NOOP("Problems", "Input should be a valid dictionary or instance of {model}"),
                       model=str(ctx.get("class_name", "")))
    if kind == "literal_error":
        key = next((k for k in reversed(err.get("loc", ())) if isinstance(k, str)), "")
        allowed = [f"'{v}'" for v in LITERALS.get(key, ())]
        if len(allowed) > 1:
            return Message(QT_TRANSLATE_NOOP("Problems", "Input should be {allowed} or {last}"),
                           allowed=", ".join(allowed[:-1]), last=allowed[-1])
        return Message(QT_TRANSLATE_NOOP("Problems", "Input should be {allowed}"),
                       allowed=allowed[0] if allowed else str(ctx.get("expected", "")))
    if kind == "string_pattern_mismatch":
        return Message(QT_TRANSLATE_NOOP("Problems", "String should match pattern {pattern}"),
                       pattern=f"'{ctx.get('pattern', '')}'")
    if kind in _LENGTH_ONE and 1 in (ctx.get("min_length"), ctx.get("max_length")):
        return Message(_LENGTH_ONE[kind])
    return Message(QT_TRANSLATE_NOOP("Problems", "does not fit the schema: {detail}"), detail=str(err.get("msg", kind)))


def json_reason(text: str, exc: json.JSONDecodeError) -> Message:
    """Why ``text`` is not JSON, from where the parser stopped (``exc.pos``) and what is there."""
    at = exc.pos
    if not text[at:].strip():
        return Message(QT_TRANSLATE_NOOP("Problems", "the text ends before the JSON is complete"))
    char = text[at]
    if ord(char) < 32:
        return Message(QT_TRANSLATE_NOOP("Problems", "a control character (U+{code}) inside a string; write it "
                                                     "with a backslash"), code=f"{ord(char):04X}")
    if char == '"' and not _CLOSED_STRING.match(text, at):
        return Message(QT_TRANSLATE_NOOP("Problems", "the string that starts here is not closed"))
    return Message(QT_TRANSLATE_NOOP("Problems", "unexpected {char} here"), char=_shown(text, at))


# a string that ends on the line it starts on (a backslash escapes any character, a line end too)
_CLOSED_STRING = re.compile(r'"(?:[^"\\\r\n]|\\.)*"', re.S)
# a word or number, quoted whole in a message (at most 20 characters)
_TOKEN = re.compile(r"(?:[^\W_]|[-+.])[\w+.-]{0,19}")


def _shown(text: str, at: int) -> str:
    """The token at ``at``, quoted, for a message: a word or number whole, else one character."""
    m = _TOKEN.match(text, at)
    return f"'{m.group() if m else text[at]}'"
