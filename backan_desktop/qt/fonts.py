"""Register the bundled fonts, so a machine with no fonts still renders Vietnamese text."""
from __future__ import annotations

import logging

from ..core.paths import fonts_dir

log = logging.getLogger(__name__)
FAMILY = "Noto Sans"
_registered: list[str] = []
_files_done: set[str] = set()
_all_done: list[bool] = []


def register_fonts(upright_only: bool = False) -> str:
    """Add the .ttf/.otf files in resources/fonts to the application; returns the family to use.
    ``upright_only`` leaves the italic files for later (nothing italic is on screen before the
    first paint, and each file costs ~2 ms). Needs a QGuiApplication. Idempotent."""
    if _all_done:                      # sheet_font calls this for every font: no folder scan then
        return _registered[0] if _registered else ""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.[ot]tf")):
        if path.name in _files_done or (upright_only and "italic" in path.stem.lower()):
            continue
        _files_done.add(path.name)
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(fid)
    if not _registered and families:
        _registered.append(FAMILY if FAMILY in families else families[0])
    if not upright_only:
        _all_done.append(True)
    return _registered[0] if _registered else ""


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
