"""One export for the command line, the window and fair mode: built sheets to PDF files with
predictable names, a handout set's booklet, progress and cancel.

It takes sheets already built (:func:`~backan_desktop.core.sheets.build_sheet`): the caller decides
what goes in (the command line's ``--all-rows``, fair mode's sheets built for the screen), this
layer only puts it on paper and never calls back into the library. Every file is written
atomically (see :func:`~backan_desktop.qt.pdf.write_pdf`). Safe on a worker thread: nothing here
touches a widget.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from ..core.problems import Cancelled
from ..core.sheets import Sheet, booklet_file_name, sheet_file_name
from .pdf import ExportError, Progress, write_pdf

__all__ = ["BILINGUAL", "ExportError", "ExportedFile", "export_sheets"]

BILINGUAL = "bilingual"       # the file-name language of a PDF holding both languages of a sheet


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    pages: int
    booklet: bool = False        # the booklet of a handout set (folder mode)


@dataclass(frozen=True)
class _Planned:
    path: Path
    sheets: list[Sheet]
    label: str                   # what progress says is being written
    contents: bool = False       # a contents page first, pages numbered through
    title: str = ""              # the PDF's title; "" = the first sheet's


def _lang_label(sheets: Sequence[Sheet]) -> str:
    langs = list(dict.fromkeys(sh.lang for sh in sheets))
    return langs[0] if len(langs) == 1 else BILINGUAL


def _plan(sheets: list[Sheet], target: Path, folder: bool, booklet: bool) -> list[_Planned]:
    if not folder:
        return [_Planned(target, sheets, sheets[0].title if sheets else "", contents=booklet)]
    by_id: dict[str, list[Sheet]] = {}
    for sheet in sheets:
        by_id.setdefault(sheet.id, []).append(sheet)
    files = [_Planned(target / sheet_file_name(sid, _lang_label(group)), group, group[0].title)
             for sid, group in by_id.items()]
    if booklet and sheets:
        name = booklet_file_name(_lang_label(sheets))
        files.append(_Planned(target / name, sheets, name, contents=True, title=sheets[0].province))
    return files


def export_sheets(sheets: Sequence[Sheet], target: Path | str, *, folder: bool = False, booklet: bool = False,
                  paper: str = "A4", appendix: bool = False, progress: Optional[Progress] = None,
                  cancel: Optional[threading.Event] = None,
                  on_written: Optional[Callable[[ExportedFile], None]] = None) -> list[ExportedFile]:
    """Write ``sheets`` (built, in order) as PDF on ``paper``; returns the files written.

    - ``folder`` False: all of them in one PDF at ``target``; with ``booklet`` it starts with a
      contents page and numbers its pages through.
    - ``folder`` True: one PDF per sheet id in the folder ``target`` (which must exist), holding
      that id's sheets in order (a bilingual pair one after the other), named ``<id>_<lang>.pdf``
      (``economy_vi.pdf``, ``economy_bilingual.pdf``); with ``booklet`` also ``booklet_<lang>.pdf``
      with every sheet and a contents page — a handout set.

    ``appendix`` prints each front's appendix after it (a booklet: one appendix at the end).
    ``progress(done, total, label)`` is called before each file with what it holds, and once at the
    end with done == total; ``on_written`` after each file. Setting ``cancel`` stops between files
    or inside one, discarding the file being written, and raises Cancelled; files already written
    stay. A file that cannot be written raises ExportError with a readable message.
    """
    files = _plan(list(sheets), Path(target), folder, booklet)
    written: list[ExportedFile] = []
    for i, f in enumerate(files):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(i, len(files), f.label)
        pages = write_pdf(f.sheets, f.path, paper, title=f.title, contents=f.contents, appendix=appendix,
                          cancel=cancel)
        written.append(ExportedFile(f.path, pages, booklet=folder and f.contents))
        if on_written is not None:
            on_written(written[-1])
    if progress is not None:
        progress(len(files), len(files), "")
    return written
