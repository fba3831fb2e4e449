"""Reading ``datapackage.json`` safely (size, encoding, nesting depth, JSON, schema) and where a
resource's file may be (inside the package folder, never a URL, an absolute path or a link out)."""
from __future__ import annotations

import json
import re
import sys
from itertools import accumulate
from pathlib import Path, PurePosixPath
from typing import Optional

from pydantic import ValidationError

from ..messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of, os_reason
from ..problems import Problem
from ..strings import nfc
from .errors import json_reason, schema_reason
from .schema import Package, Resource

DESCRIPTOR = "datapackage.json"
MAX_DESCRIPTOR_BYTES = 2 * 1024 * 1024
MAX_DESCRIPTOR_DEPTH = 64        # a real descriptor nests about 8 levels (resources → schema → fields → …)
MAX_RESOURCE_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS_PER_FILE = 100


def read_descriptor(path: Path, problems: list[Problem]) -> Optional[Package]:
    def refuse(msg: Message, line: Optional[int] = None, column: Optional[int] = None) -> None:
        problems.append(Problem(DESCRIPTOR, msg, line, column))

    try:
        size = path.stat().st_size
    except OSError as exc:
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "cannot read the package descriptor: {reason}"),
                              reason=os_reason(exc)))
    if size > MAX_DESCRIPTOR_BYTES:
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "file is {size:,} bytes; a descriptor over {limit:,} bytes is "
                                                            "refused"), size=size, limit=MAX_DESCRIPTOR_BYTES))
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "not valid UTF-8 (byte {at})"), at=exc.start),
                      raw[: exc.start].count(b"\n") + 1, 1)
    except OSError as exc:
        return refuse(cannot_read(exc))
    depth = json_depth(text)
    if depth > MAX_DESCRIPTOR_DEPTH:
        # refused before parsing: json and pydantic would recurse once per level
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "the descriptor is nested {depth:,} levels deep; more than "
                                                            "{limit} levels are refused"),
                              depth=depth, limit=MAX_DESCRIPTOR_DEPTH))
    try:
        obj = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "invalid JSON: {reason}"), reason=json_reason(text, exc)),
                      exc.lineno, exc.colno)
    except ValueError as exc:
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "invalid JSON: {reason}"), reason=message_of(exc)))
    if not isinstance(obj, dict):
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "the descriptor must be a JSON object")))
    try:
        return Package.model_validate(_nfc_json(obj))
    except ValidationError as exc:
        for err in exc.errors()[:MAX_PROBLEMS_PER_FILE]:
            where = ".".join(str(p) for p in err["loc"]) or Message(QT_TRANSLATE_NOOP("Problems", "(top level)"))
            line = _locate_key(text, err["loc"])
            refuse(Message(QT_TRANSLATE_NOOP("Problems", "{where}: {reason}"), where=where, reason=schema_reason(err)),
                   line, 1 if line else None)
        return None
    except RecursionError:
        return refuse(Message(QT_TRANSLATE_NOOP("Problems", "the descriptor is nested too deeply")))


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a scalar), counted without
    parsing it (brackets inside strings do not count) in time linear in its length. Broken JSON
    gets a number too; the parser then says what is wrong."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub('""', text))
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)


class _Refused(MessageError, ValueError):
    pass


def _reject_constant(token: str):
    raise _Refused(Message(QT_TRANSLATE_NOOP("Problems", "{token} is not allowed in a data package"), token=token))


def _parse_int(digits: str) -> int:
    """An integer literal; one longer than Python converts (a denial-of-service guard) is refused
    here, in our words, before ``int()`` would raise."""
    limit = sys.get_int_max_str_digits()
    if limit and len(digits.lstrip("-")) > limit:
        raise _Refused(Message(QT_TRANSLATE_NOOP("Problems", "a number with more than {digits:,} digits"), digits=limit))
    return int(digits)


def cannot_read(exc: OSError) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "cannot read: {reason}"), reason=os_reason(exc))


def _nfc_json(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_json(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _nfc_json(v) for k, v in value.items()}
    return value


def _locate_key(text: str, loc: tuple) -> Optional[int]:
    """Best-effort line of the last named key in a pydantic error location."""
    keys = [k for k in loc if isinstance(k, str)]
    if not keys:
        return None
    m = re.search(r'"%s"\s*:' % re.escape(keys[-1]), text)
    return text[: m.start()].count("\n") + 1 if m else None


# --- resource paths --------------------------------------------------------------------------

def resolve_resource_path(package_dir: Path, resource: Resource, problems: list[Problem]) -> Optional[Path]:
    """The resource's file inside the package folder, or None (with a problem) if it is not safe."""
    name, raw = resource.name, resource.path

    def refuse(template: str, file: str = DESCRIPTOR, **kw) -> None:
        problems.append(Problem(file, Message(template, name=name, **kw)))

    if resource.data is not None and raw is None:
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': inline data is not supported; put the table in "
                                                    "a CSV file"))
    if raw is None:
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': has no path"))
    if isinstance(raw, list):
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': a resource split over several files is not "
                                                    "supported"))
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", raw):
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' is a URL or drive path; only files "
                                                    "inside the package folder are read (the app works offline)"), path=raw)
    if "\\" in raw or "\x00" in raw:
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' must use '/' and plain file names"),
                      path=raw)
    pure = PurePosixPath(raw)
    if pure.is_absolute() or raw.startswith("~"):
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' is absolute; it must be relative "
                                                    "to the package folder"), path=raw)
    if any(part == ".." for part in pure.parts):
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' contains '..'; it must stay inside "
                                                    "the package folder"), path=raw)
    base = package_dir.resolve()
    target = (base / Path(*pure.parts)).resolve()
    if base != target and base not in target.parents:
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': path '{path}' leads outside the package folder "
                                                    "(symbolic link?)"), path=raw)
    if not target.is_file():
        return refuse(QT_TRANSLATE_NOOP("Problems", "resource '{name}': file not found in the package folder"), raw)
    size = target.stat().st_size
    if size > MAX_RESOURCE_BYTES:
        problems.append(Problem(raw, Message(QT_TRANSLATE_NOOP("Problems", "file is {size:,} bytes; resources over "
                                                                           "{limit:,} bytes are refused"),
                                             size=size, limit=MAX_RESOURCE_BYTES)))
        return None
    return target
