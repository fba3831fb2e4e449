"""Register the bundled fonts, so a machine with no fonts still renders Vietnamese text."""
from __future__ import annotations

import logging

from ..core.paths import fonts_dir

log = logging.getLogger(__name__)
FAMILY = "Noto Sans"
_registered: list[str] = []


def register_fonts() -> str:
    """Add every .ttf/.otf in resources/fonts to the application; returns the family to use.
    Needs a QGuiApplication. Idempotent."""
    from PySide6.QtGui import QFontDatabase

    if _registered:
        return _registered[0]
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.[ot]tf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(fid)
    family = FAMILY if FAMILY in families else (families[0] if families else "")
    _registered.append(family)
    return family


def sheet_font(point_size: float, bold: bool = False, italic: bool = False):
    from PySide6.QtGui import QFont

    font = QFont(register_fonts() or FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(True)
    # no "fi"/"fl" ligature glyphs: text copied or searched in the PDF must read "file", not "ﬁle"
    if hasattr(font, "setFeature"):
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
    return font
