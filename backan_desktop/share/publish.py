"""What the share server hands out, made ahead of time into a cache and remade when the data changes.

For each section: its fact sheet in Vietnamese, English and both languages (PDF), and its figures as
XLSX and as CSV (in a ZIP with a README), each carrying its sources; the handout booklet in each
language; and the page that lists them. Files are built in a temporary folder and renamed into
place, so a half-made cache is never served; the cache's name is a fingerprint of the data and the
app's version, so any change of the data (an import, a removal, an update of the app) makes a new one.
Slow (seconds: it renders every sheet): call off the GUI thread. Needs a Q(Gui)Application.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Optional

from .. import __version__
from ..core.downloads import figures_csv_zip, figures_xlsx, section_figures
from ..core.library import Library
from ..core.periods import format_iso_date
from ..core.sections import section_title
from ..core.texts import t
from ..core.vocab import LANGS, SECTIONS
from .page import Link, PageSection, index_page
from .server import Catalogue, Entry

PDF, XLSX, ZIP = "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"
SHEET_LANGS = (*LANGS, "bilingual")
DONE = ".complete"


def fingerprint(lib: Library) -> str:
    """Changes whenever a file of a loaded package (the bundled one, each imported dataset) or the
    app's version changes."""
    h = hashlib.sha256(__version__.encode())
    for pkg in lib.packages:
        folder = Path(pkg.path)
        for p in sorted(folder.rglob("*")):
            rel = p.relative_to(folder)
            if p.is_file() and not any(part.startswith(".") for part in rel.parts):
                st = p.stat()
                h.update(f"{folder.name}/{rel.as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _files(lib: Library) -> list[tuple[str, str, str]]:
    """(request path, file name in the cache, content type) of everything the page offers."""
    out = []
    for sid in SECTIONS:
        for lang in SHEET_LANGS:
            out.append((f"/{lang}/{sid}.pdf", f"{sid}_{lang}.pdf", PDF))
        for lang in LANGS:
            out.append((f"/data/{sid}_{lang}.xlsx", f"{sid}_{lang}.xlsx", XLSX))
            out.append((f"/data/{sid}_{lang}.zip", f"{sid}_{lang}_csv.zip", ZIP))
    for lang in LANGS:
        out.append((f"/{lang}/booklet.pdf", f"booklet_{lang}.pdf", PDF))
    return out


def _both(key: str) -> tuple[str, str]:
    return t(key, "vi"), t(key, "en")


def _page(lib: Library) -> bytes:
    sections = []
    for sid in SECTIONS:
        sheets = [Link(f"/{lang}/{sid}.pdf", *_both(f"share_sheet_{lang}"), "PDF") for lang in SHEET_LANGS]
        tables = [Link(f"/data/{sid}_{lang}.{ext}", *_both(f"share_sheet_{lang}"), kind)
                  for lang in LANGS for ext, kind in (("xlsx", "XLSX"), ("zip", "CSV"))]
        sections.append(PageSection(section_title(sid, "vi"), section_title(sid, "en"), sheets, tables, anchor=sid))
    booklets = [Link(f"/{lang}/booklet.pdf", *_both(f"share_sheet_{lang}"), "PDF") for lang in LANGS]
    as_of = lib.data_as_of()
    return index_page(sections, booklets, (format_iso_date(as_of, "vi"), format_iso_date(as_of, "en")))


def _render(lib: Library, folder: Path, paper: str, progress: Optional[Callable[[int, int], None]]) -> None:
    """Every section's sheets (each language and both together), the booklets, the tables."""
    from ..core.sheets import build_sheet
    from ..qt.export import export_sheets

    sheets = {lang: [build_sheet(lib, sid, lang) for sid in SECTIONS] for lang in LANGS}
    steps = [*((lambda lang=lang: export_sheets(sheets[lang], folder, folder=True, booklet=True, paper=paper))
               for lang in LANGS),
             lambda: export_sheets([sh for pair in zip(*sheets.values()) for sh in pair], folder, folder=True,
                                   paper=paper)]
    for sid in SECTIONS:
        for lang in LANGS:
            steps.append(lambda sid=sid, lang=lang: _tables(lib, folder, sid, lang))
    for i, step in enumerate(steps):
        step()
        if progress:
            progress(i + 1, len(steps))


def _tables(lib: Library, folder: Path, sid: str, lang: str) -> None:
    fig = section_figures(lib, sid, section_title(sid, lang), lang)
    (folder / f"{sid}_{lang}.xlsx").write_bytes(figures_xlsx(fig, lang))
    (folder / f"{sid}_{lang}_csv.zip").write_bytes(figures_csv_zip(fig, f"{sid}_{lang}"))


def publish(lib: Library, cache_root: Path, paper: str = "A4",
            progress: Optional[Callable[[int, int], None]] = None) -> Catalogue:
    """The catalogue for ``lib``, from the cache under ``cache_root`` (made first if missing);
    caches of older data are removed."""
    cache_root = Path(cache_root)
    key = fingerprint(lib)
    folder = cache_root / key
    if not (folder / DONE).is_file():
        cache_root.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=cache_root))
        try:
            _render(lib, staged, paper, progress)
            (staged / DONE).write_text(__version__)
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(staged, folder)
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    for old in cache_root.iterdir():
        if old.name != key and not old.name.startswith(".") and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    entries = {"/": Entry("text/html; charset=utf-8", body=_page(lib))}      # cheap: made each time
    for name, file, kind in _files(lib):
        entries[name] = Entry(kind, path=folder / file, download_name=file, counted=True)
    return Catalogue(entries)
