"""Write sheets to PDF — a single sheet, several, or a booklet with a contents page.

Writes are atomic (QSaveFile: a crash, a kill or a cancel mid-export leaves no partial file and
the previous file, if any, untouched). Safe to call from a worker thread: it paints on a
QPdfWriter, not on widgets.
"""
from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSaveFile
from PySide6.QtGui import QPainter, QPdfWriter

from .. import __version__
from ..core.sheets import Sheet, print_sheets
from .fonts import register_fonts
from .sheet_renderer import SheetRenderer, page_layout

Progress = Callable[[int, int, str], None]
translate = QCoreApplication.translate   # the UI language where a translator is installed; else English


class ExportError(Exception):
    """A PDF could not be written; the message names the file and the reason."""


def _xmp(title: str, subject: str, langs: list[str]) -> bytes:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    t, s = escape(title), escape(subject)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>backan-desktop</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{s}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag>{"".join(f"<rdf:li>{escape(x)}</rdf:li>" for x in langs)}</rdf:Bag></dc:language>
   <pdf:Producer>backan-desktop {__version__} (Qt)</pdf:Producer>
   <pdf:Keywords>Bắc Kạn; Thái Nguyên; fact sheet</pdf:Keywords>
   <xmp:CreatorTool>backan-desktop {__version__}</xmp:CreatorTool>
   <xmp:CreateDate>{now}</xmp:CreateDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")


RESOLUTION = 300       # dots per inch of exported PDFs (layout is in points; this sets the metrics)


def printed_sheets(sheets: list[Sheet], paper: str = "A4", appendix: bool = False, booklet: bool = False) -> list[Sheet]:
    """What :func:`write_pdf` puts on paper for ``sheets``: each front as fitted on ``paper`` (and
    the appendices when asked), measured with the same metrics as the PDF, nothing written. For
    tests and for telling the user what an export will contain."""
    register_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    renderer = SheetRenderer(writer, QPainter())      # measures only: the painter never begins
    return print_sheets(sheets, renderer.fits, appendix=appendix, booklet=booklet)


def write_pdf(sheets: list[Sheet], path: Path | str, paper: str = "A4", title: str = "",
              contents: bool = False, progress: Optional[Progress] = None,
              cancel: Optional[threading.Event] = None, appendix: bool = False) -> int:
    """Render ``sheets`` into one PDF at ``path``; returns the page count.

    Each screen sheet is printed as its front of at most two pages; ``appendix`` adds the appendix
    (every figure and vintage) after each front, or once at the end of a booklet. ``contents`` adds
    a contents page (a booklet). ``progress(done, total, label)`` is called after each printed
    part; setting ``cancel`` stops the export and discards the file (raises Cancelled).
    Raises ExportError with a readable message when the file cannot be written.
    """
    register_fonts()
    path = Path(path)
    if not sheets:
        raise ExportError(translate("Export", "{path}: nothing to export").format(path=path))
    if not path.parent.exists():
        raise ExportError(translate("Export", "{path}: the folder {folder} does not exist").format(path=path, folder=path.parent))
    if path.is_dir():
        raise ExportError(translate("Export", "{path}: is a folder").format(path=path))
    save = QSaveFile(str(path))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(translate("Export", "{path}: cannot write here ({reason})").format(path=path, reason=save.errorString()))
    title = title or sheets[0].title
    writer = QPdfWriter(save)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title)
    writer.setCreator(f"backan-desktop {__version__}")
    writer.setAuthor("backan-desktop")
    subject = sheets[0].merger_note
    langs = list(dict.fromkeys(sh.lang for sh in sheets))
    writer.setDocumentXmpMetadata(QByteArray(_xmp(title, subject, langs)))
    painter = QPainter()
    if not painter.begin(writer):
        save.cancelWriting()
        raise ExportError(translate("Export", "{path}: could not start the PDF writer").format(path=path))
    try:
        pages = SheetRenderer(writer, painter).render(sheets, contents=contents, appendix=appendix,
                                                    progress=progress, cancel=cancel)
    except BaseException:
        painter.end()
        del painter, writer
        save.cancelWriting()
        raise
    painter.end()
    del painter, writer          # the writer must be gone before its QSaveFile is committed
    if not save.commit():
        raise ExportError(translate("Export", "{path}: could not finish writing ({reason})").format(
            path=path, reason=save.errorString()))
    return pages
