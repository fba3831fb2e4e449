"""The one export the command line, the window and fair mode share: file names, what each file
holds, progress, cancel, and errors as messages."""
import threading

import pytest
from pdftext import page_texts, pdf_text, squeeze
from pypdf import PdfReader

from backan_desktop.core.problems import Cancelled
from backan_desktop.core.sheets import build_sheet


@pytest.fixture(scope="module")
def bilingual(library):
    """economy and trade, each in Vietnamese then English — the order the command line builds them."""
    return [build_sheet(library, sid, lang) for sid in ("economy", "trade") for lang in ("vi", "en")]


def test_a_folder_gets_one_file_per_sheet_id_and_the_booklet(qapp, bilingual, tmp_path):
    from backan_desktop.qt.export import export_sheets

    seen, reported = [], []
    written = export_sheets(bilingual, tmp_path, folder=True, booklet=True, paper="A5",
                            progress=lambda *a: seen.append(a), on_written=reported.append)
    assert [(f.path.name, f.booklet) for f in written] == [
        ("economy_bilingual.pdf", False), ("trade_bilingual.pdf", False), ("booklet_bilingual.pdf", True)]
    assert reported == written
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.path.name for f in written)
    economy = pdf_text(tmp_path / "economy_bilingual.pdf")
    assert "Kinh tế" in economy and "Economy" in economy
    assert [f.pages for f in written] == [len(PdfReader(f.path).pages) for f in written]
    assert written[2].pages == 1 + written[0].pages + written[1].pages        # a contents page, then the sheets
    contents = squeeze(page_texts(tmp_path / "booklet_bilingual.pdf")[0])
    assert "Kinh tế" in contents and "Import–export" in contents
    assert seen == [(0, 3, "Kinh tế"), (1, 3, "Xuất nhập khẩu"), (2, 3, "booklet_bilingual.pdf"), (3, 3, "")]


def test_one_file_holds_every_sheet_in_order(qapp, bilingual, tmp_path):
    from backan_desktop.qt.export import export_sheets

    out = tmp_path / "all.pdf"
    [written] = export_sheets(bilingual[:2], out)
    assert written.path == out and not written.booklet and list(tmp_path.iterdir()) == [out]
    pages = [squeeze(p) for p in page_texts(out)]
    assert len(pages) == written.pages and "Contents" not in pages[0] and "Mục lục" not in pages[0]
    vi = next(i for i, text in enumerate(pages) if "Kinh tế" in text)
    en = next(i for i, text in enumerate(pages) if "Economy" in text)
    assert vi < en


def test_cancel_between_files_keeps_the_files_written_and_stops(qapp, bilingual, tmp_path):
    from backan_desktop.qt.export import export_sheets

    cancel = threading.Event()

    def progress(done, total, label):
        if done == 1:                       # the first file is written: stop now
            cancel.set()

    with pytest.raises(Cancelled):
        export_sheets(bilingual, tmp_path, folder=True, booklet=True, progress=progress, cancel=cancel)
    assert [p.name for p in tmp_path.iterdir()] == ["economy_bilingual.pdf"]


def test_a_file_that_cannot_be_written_is_an_export_error(qapp, bilingual, tmp_path):
    from backan_desktop.qt.export import ExportError, export_sheets

    with pytest.raises(ExportError, match="does not exist"):
        export_sheets(bilingual[:1], tmp_path / "missing" / "economy.pdf")
    with pytest.raises(ExportError, match="does not exist"):
        export_sheets(bilingual[:1], tmp_path / "missing", folder=True)
