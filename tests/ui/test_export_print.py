"""Handout set in the background (progress, cancel), printing through the same renderer."""
import pytest
from pypdf import PdfReader

from backan_desktop.core.sheets import SHEET_IDS, build_sheet


def test_handout_job_writes_every_sheet_and_the_booklet(qtbot, library, tmp_path):
    from backan_desktop.ui.commands import handout_job
    job = handout_job(library, "en", tmp_path, "A4")
    seen = []
    job.signals.progress.connect(lambda d, t, label: seen.append((d, t)))
    with qtbot.waitSignal(job.signals.done, timeout=120000) as blocker:
        job.start()
    written = blocker.args[0]
    assert sorted(p.name for p in written) == sorted([f"{s}_en.pdf" for s in SHEET_IDS] + ["booklet_en.pdf"])
    assert seen[-1] == (len(SHEET_IDS) + 1, len(SHEET_IDS) + 1)
    booklet = PdfReader(tmp_path / "booklet_en.pdf")
    first = booklet.pages[0].extract_text()
    assert "Contents" in first and "Import–export" in first


def test_cancelled_handout_leaves_no_partial_files(qtbot, library, tmp_path):
    from backan_desktop.ui.commands import handout_job
    job = handout_job(library, "vi", tmp_path, "A4")
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=60000):
        job.start()
    assert list(tmp_path.iterdir()) == []


def test_print_path_uses_the_same_renderer(qapp, library, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from backan_desktop.qt.printing import make_printer, paint_sheets

    printer = make_printer("A5")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = paint_sheets(printer, [build_sheet(library, "trade", "vi")])
    assert pages >= 1
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)   # A5
    assert "1,025 triệu USD" in " ".join(reader.pages[0].extract_text().split())


def test_print_preview_dialog_renders_pages(qtbot, library):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter
    from backan_desktop.qt.printing import make_printer, paint_sheets

    printer = make_printer()
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    counts = []
    dialog.paintRequested.connect(lambda pr: counts.append(paint_sheets(pr, [build_sheet(library, "economy", "en")])))
    dialog.show()
    qtbot.waitUntil(lambda: bool(counts), timeout=20000)
    assert counts[0] > 1
    dialog.close()


def test_export_dialog_offers_the_appendix_and_remembers_the_choice(qtbot, loaded_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog
    from backan_desktop.ui import commands
    from backan_desktop.ui.export_dialog import ExportDialog

    seen = []

    def answer(path, appendix):
        def fake_exec(self):
            seen.append((self.path.text(), self.appendix.text(), self.appendix.isChecked(), self.chosen_paper()))
            self.path.setText(str(path))
            self.appendix.setChecked(appendix)
            self.accept()
            return QDialog.DialogCode.Accepted
        monkeypatch.setattr(ExportDialog, "exec", fake_exec)

    with_appendix = tmp_path / "kinh-te"          # ".pdf" is added
    answer(with_appendix, True)
    commands.export_sheet(loaded_window, "economy")
    qtbot.waitUntil(lambda: "Đã lưu" in loaded_window.statusBar().currentMessage(), timeout=60000)
    default_name, label, checked, paper = seen[0]
    assert default_name.endswith("economy_vi.pdf") and not checked and paper == "A4"
    assert label == "Kèm phụ lục (toàn bộ số liệu và các phiên bản)"
    reader = PdfReader(tmp_path / "kinh-te.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert len(reader.pages) > 2 and "Kinh tế — Phụ lục" in text and "Các số liệu" in text
    assert f"({len(reader.pages)} trang)" in loaded_window.statusBar().currentMessage()

    short = tmp_path / "short.pdf"
    answer(short, False)
    loaded_window.statusBar().clearMessage()
    commands.export_sheet(loaded_window, "economy")
    assert seen[1][2] is True                       # the last choice is remembered
    qtbot.waitUntil(lambda: "Đã lưu" in loaded_window.statusBar().currentMessage(), timeout=60000)
    reader = PdfReader(short)
    assert len(reader.pages) <= 2 and "Phụ lục" not in " ".join(p.extract_text() for p in reader.pages)


def test_handout_job_with_appendix_puts_one_appendix_at_the_end_of_the_booklet(qtbot, library, tmp_path):
    from backan_desktop.ui.commands import handout_job
    job = handout_job(library, "vi", tmp_path, "Letter", appendix=True)
    with qtbot.waitSignal(job.signals.done, timeout=120000):
        job.start()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "booklet_vi.pdf").pages]
    where = [i for i, text in enumerate(pages) if i and "Phụ lục: toàn bộ số liệu và các phiên bản" in text]
    assert where == list(range(where[0], len(pages)))
    assert len(PdfReader(tmp_path / "trade_vi.pdf").pages) > 2
