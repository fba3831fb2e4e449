"""Write sheets to PDF atomically (QSaveFile: a crash or kill mid-export leaves no partial file)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile
from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

from .. import __version__
from ..core.sheets import Sheet
from .fonts import register_fonts
from .sheet_renderer import SheetRenderer, page_layout


class ExportError(Exception):
    """A PDF could not be written; the message names the file and the reason."""


def write_pdf(sheets: list[Sheet], path: Path | str, paper: str = "A4", title: str = "") -> int:
    """Render ``sheets`` into one PDF at ``path``; returns the page count. Raises ExportError."""
    register_fonts()
    path = Path(path)
    if not path.parent.exists():
        raise ExportError(f"{path}: the folder {path.parent} does not exist")
    save = QSaveFile(str(path))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"{path}: cannot write here ({save.errorString()})")
    writer = QPdfWriter(save)
    writer.setResolution(300)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title or (sheets[0].title if sheets else "Bắc Kạn"))
    writer.setCreator(f"backan-desktop {__version__}")
    if hasattr(writer, "setAuthor"):
        writer.setAuthor("backan-desktop")
    painter = QPainter()
    if not painter.begin(writer):
        save.cancelWriting()
        raise ExportError(f"{path}: could not start the PDF writer")
    try:
        pages = SheetRenderer(writer, painter).render(sheets)
    except Exception:
        painter.end()
        save.cancelWriting()
        raise
    painter.end()
    del painter, writer          # the writer must be gone before its QSaveFile is committed
    if not save.commit():
        raise ExportError(f"{path}: could not finish writing ({save.errorString()})")
    return pages
