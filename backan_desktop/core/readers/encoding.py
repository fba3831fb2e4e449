"""The text of a file: its encoding detected (UTF-8 with or without BOM, UTF-16,
Windows-1258/1252) or chosen, binary content refused, and the delimiter of a CSV sniffed."""
from __future__ import annotations

import codecs
import csv
import re
from typing import Optional

from ..messages import QT_TRANSLATE_NOOP, Message
from ..problems import Problem
from ..strings import nfc

ENCODINGS = ("utf-8", "utf-16", "windows-1258", "windows-1252")
# letters that only Windows-1258 gives when Vietnamese text is decoded (tone marks as combining chars)
_VI_1258 = re.compile("[\u0300\u0301\u0303\u0309\u0323ĂăÂâĐđÊêÔôƠơƯư]")


def detect_encoding(raw: bytes) -> str:
    """Name of the most plausible encoding of ``raw`` (BOMs first, then strict UTF-8)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: zero bytes in every other position
        even = sample[0::2].count(b"\x00")
        return "utf-16-be" if even > sample[1::2].count(b"\x00") else "utf-16-le"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not raw[: exc.start].isascii():
            # valid multi-byte UTF-8 before the bad byte: a UTF-8 file with a broken byte, which the
            # caller reports with its line (another code page would only move the error)
            return "utf-8"
    try:
        text = raw.decode("windows-1258")
        if _VI_1258.search(text):
            return "windows-1258"
    except UnicodeDecodeError:
        pass
    return "windows-1252"


def looks_binary(raw: bytes) -> bool:
    """Control bytes a text table never has (UTF-16 aside, which detect_encoding recognises)."""
    sample = raw[:8192]
    if not sample or detect_encoding(sample).startswith("utf-16"):
        return False
    controls = sum(1 for b in sample if (b < 32 and b not in (9, 10, 13)) or b == 127)
    return controls > max(3, len(sample) // 50)


def _binary() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "this is not a text table (binary content); expected CSV or XLSX"))


def decode(raw: bytes, file: str, encoding: Optional[str], problems: list[Problem]) -> Optional[tuple[str, str]]:
    if encoding is None and looks_binary(raw):
        problems.append(Problem(file, _binary()))
        return None
    enc = encoding or detect_encoding(raw)
    try:
        codecs.lookup(enc)
    except LookupError:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "unknown text encoding '{encoding}'"),
                                              encoding=str(encoding))))
        return None
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "not valid {encoding} text at byte {at}; "
                                                                            "choose the file's encoding ({encodings})"),
                                              encoding=enc, at=exc.start, encodings=", ".join(ENCODINGS)), line, 1))
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t")
    nul = text.find("\x00")
    if nul >= 0:
        problems.append(Problem(file, Message(QT_TRANSLATE_NOOP("Problems", "this is not a text table (a NUL byte: "
                                                                            "binary content); expected CSV or XLSX")),
                                text.count("\n", 0, nul) + 1, 1))
        return None
    if bad > 20:
        problems.append(Problem(file, _binary()))
        return None
    return nfc(text), enc


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","
