"""User commands of the main window, as small functions: export a sheet, export the handout set,
print with preview. Slow work runs in a :class:`~backan_desktop.ui.workers.Job`."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ..core.sheets import SHEET_IDS, booklet_file_name, build_sheet, sheet_file_name
from .workers import Job

translate = QCoreApplication.translate   # lupdate reads the literal context and text




def _export_folder() -> str:
    return str(QSettings().value("export/folder", str(Path.home())))


def export_sheet(window, sheet_id: str) -> None:
    from ..qt.pdf import ExportError, write_pdf

    default = str(Path(_export_folder()) / sheet_file_name(sheet_id, window.lang))
    path, _ = QFileDialog.getSaveFileName(window, translate("Commands", "Export sheet as PDF"), default, translate("Commands", "PDF files (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    QSettings().setValue("export/folder", str(Path(path).parent))
    try:
        pages = write_pdf([build_sheet(window.library, sheet_id, window.lang)], Path(path), window.paper)
    except ExportError as exc:
        QMessageBox.warning(window, translate("Commands", "Export failed"), str(exc))
        return
    window.statusBar().showMessage(translate("Commands", "Saved {path} ({n} pages)").format(path=path, n=pages), 10000)


def handout_job(library, lang: str, folder: Path, paper: str) -> Job:
    """Every section sheet as <id>_<lang>.pdf plus the booklet, in ``folder``; cancellable."""
    from ..qt.pdf import write_pdf

    def work(progress, cancel):
        sheets = [build_sheet(library, sid, lang) for sid in SHEET_IDS]
        total = len(sheets) + 1
        written = []
        for i, (sid, sheet) in enumerate(zip(SHEET_IDS, sheets)):
            if cancel.is_set():
                break
            progress(i, total, sheet.title)
            out = folder / sheet_file_name(sid, lang)
            write_pdf([sheet], out, paper, cancel=cancel)
            written.append(out)
        if not cancel.is_set():
            progress(total - 1, total, booklet_file_name(lang))
            out = folder / booklet_file_name(lang)
            write_pdf(sheets, out, paper, title=sheets[0].province, contents=True, cancel=cancel)
            written.append(out)
            progress(total, total, "")
        return written

    return Job(work)


def export_handout(window) -> Job | None:
    folder = QFileDialog.getExistingDirectory(window, translate("Commands", "Export handout set to folder"), _export_folder())
    if not folder:
        return None
    QSettings().setValue("export/folder", folder)
    job = handout_job(window.library, window.lang, Path(folder), window.paper)
    dialog = QProgressDialog(translate("Commands", "Exporting the handout set…"), translate("Commands", "Cancel"), 0, len(SHEET_IDS) + 1, window)
    dialog.setWindowTitle(translate("Commands", "Export handout set"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(job.cancel)

    def on_progress(done, total, label):
        dialog.setMaximum(total)
        dialog.setValue(done)
        if label:
            dialog.setLabelText(translate("Commands", "Exporting {name}…").format(name=label))

    def on_done(written):
        dialog.reset()
        window.statusBar().showMessage(translate("Commands", "Saved {n} files in {folder}").format(n=len(written), folder=folder), 15000)

    def on_failed(message, _details):
        dialog.reset()
        QMessageBox.warning(window, translate("Commands", "Export failed"), message)

    def on_cancelled():
        dialog.reset()
        window.statusBar().showMessage(translate("Commands", "Export cancelled."), 8000)

    job.signals.progress.connect(on_progress)
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    job.signals.cancelled.connect(on_cancelled)
    return job.start()


def print_with_preview(window, sheet_id: str) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from ..qt.printing import make_printer, paint_sheets

    sheet = build_sheet(window.library, sheet_id, window.lang)
    printer = make_printer(window.paper)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(translate("Commands", "Print {title}").format(title=sheet.title))
    dialog.paintRequested.connect(lambda pr: paint_sheets(pr, [sheet]))
    dialog.resize(900, 1000)
    dialog.exec()
