"""Unicode normal forms and the two ways text is compared: one definition each."""
from __future__ import annotations

import re
import unicodedata


def nfc(text: str) -> str:
    """Unicode NFC: data typed on macOS or pasted from Word is often decomposed."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def fold(text) -> str:
    """Case-folded text without diacritics, for searching and filtering ('Bắc Kạn' → 'bac kan')."""
    t = unicodedata.normalize("NFKD", str(text)).replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()


def match_key(text) -> str:
    """:func:`fold`, then every run of punctuation and spaces as one space, for recognising a
    spreadsheet's headings and words ('Địa bàn:' → 'dia ban')."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9%]+", " ", fold(text).lower())).strip()
