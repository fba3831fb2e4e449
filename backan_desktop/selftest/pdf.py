"""Reading back a PDF the self-test exported: its pages, fonts (embedded or not) and text."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


class PdfFormatError(ValueError):
    """The file is not a readable PDF (or not a PDF at all)."""


@dataclass
class PdfFacts:
    pages: int
    fonts: list[str]                 # base font names, one per font in the file
    unembedded: list[str]            # fonts without a FontFile/FontFile2/FontFile3
    text: str                        # every page's text, whitespace collapsed to single spaces


def read_pdf(path: Path) -> PdfFacts:
    """Pages, fonts and text of the PDF at ``path``; PdfFormatError when it is not a whole PDF."""
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-"):
        raise PdfFormatError("does not start with %PDF-")
    if b"%%EOF" not in data[-64:]:
        raise PdfFormatError("no %%EOF at the end (truncated?)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        fonts: dict[int, object] = {}            # one entry per font object, however many pages use it
        texts = []
        for page in reader.pages:
            texts.append(page.extract_text())
            resources = page.get("/Resources")
            font_dict = resources.get_object().get("/Font") if resources is not None else None
            for ref in (font_dict.get_object() if font_dict is not None else {}).values():
                fonts.setdefault(getattr(ref, "idnum", id(ref)), ref.get_object())
        names, unembedded = [], []
        for font in fonts.values():
            name = str(font.get("/BaseFont", "/?"))[1:]
            names.append(name)
            holder = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = holder.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor.get_object() for k in _FONT_FILES):
                unembedded.append(name)
        return PdfFacts(len(reader.pages), names, unembedded, re.sub(r"\s+", " ", " ".join(texts)).strip())
    except (PyPdfError, KeyError, IndexError, TypeError, ValueError) as exc:
        raise PdfFormatError(f"{type(exc).__name__}: {exc}") from None


def contains(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` ignoring whitespace: a sheet may wrap a value at any
    space or after a slash ("triệu đồng/ người"), and spaces may be no-break spaces."""
    return re.sub(r"\s+", "", needle) in re.sub(r"\s+", "", haystack)
