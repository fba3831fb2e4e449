"""User commands of the main window, as small functions: export a sheet, export the handout set,
print with preview. Slow work runs in a :class:`~backan_desktop.ui.workers.Job`."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ..core.sheets import SHEET_IDS, build_sheet, sheet_file_name
from .workers import Job, run_in_background

translate = QCoreApplication.translate   # lupdate reads the literal context and text




def _export_folder() -> str:
    return str(QSettings().value("export/folder", str(Path.home())))


def export_sheet(window, sheet_id: str) -> Job | None:
    """Ask where (and on which paper, with or without the appendix), then write the PDF in the
    background; the status bar says where it went and how many pages it has."""
    from .export_dialog import ExportDialog

    default = str(Path(_export_folder()) / sheet_file_name(sheet_id, window.lang))
    dialog = ExportDialog(default, window.paper, parent=window)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return None
    path, paper, appendix = dialog.target(), dialog.chosen_paper(), dialog.with_appendix()
    QSettings().setValue("export/folder", str(path.parent))
    job = sheet_job(window.library, sheet_id, window.lang, path, paper, appendix)
    window.statusBar().showMessage(lambda: translate("Commands", "Exporting {name}…").format(name=path.name))
    job.signals.done.connect(lambda pages: window.statusBar().showMessage(
        lambda: translate("Commands", "Saved {path} ({n} pages)").format(path=path, n=pages), 10000))

    def on_failed(message, _details):
        window.statusBar().clearMessage()
        QMessageBox.warning(window, translate("Commands", "Export failed"), message)

    job.signals.failed.connect(on_failed)
    window.export_job = job.start()
    return window.export_job


def sheet_job(library, sheet_id: str, lang: str, path: Path, paper: str, appendix: bool = False) -> Job:
    """One sheet as a PDF at ``path`` (its two-page front, and the appendix if asked); the result is
    the page count."""
    from ..qt.export import export_sheets

    def work(progress, cancel):
        sheet = build_sheet(library, sheet_id, lang)
        [written] = export_sheets([sheet], path, paper=paper, appendix=appendix, cancel=cancel)
        return written.pages

    return Job(work)


def handout_job(library, lang: str, folder: Path, paper: str, appendix: bool = False) -> Job:
    """Every section sheet as <id>_<lang>.pdf plus the booklet, in ``folder``; cancellable; the
    result is the list of paths written. With ``appendix`` each sheet's PDF ends with its appendix
    and the booklet with one for all sections."""
    from ..qt.export import export_sheets

    def work(progress, cancel):
        sheets = [build_sheet(library, sid, lang) for sid in SHEET_IDS]
        written = export_sheets(sheets, folder, folder=True, booklet=True, paper=paper, appendix=appendix,
                                progress=progress, cancel=cancel)
        return [f.path for f in written]

    return Job(work)


def export_handout(window) -> Job | None:
    from .export_dialog import ExportDialog

    options = ExportDialog(_export_folder(), window.paper, handout=True, parent=window)
    if options.exec() != ExportDialog.DialogCode.Accepted:
        return None
    folder = options.target()
    if not folder.is_dir():
        QMessageBox.warning(window, translate("Commands", "Export failed"),
                            translate("Commands", "{folder}: no such folder").format(folder=folder))
        return None
    QSettings().setValue("export/folder", str(folder))
    job = handout_job(window.library, window.lang, folder, options.chosen_paper(), options.with_appendix())
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
        window.statusBar().showMessage(
            lambda: translate("Commands", "Saved {n} files in {folder}").format(n=len(written), folder=folder), 15000)

    def on_failed(message, _details):
        dialog.reset()
        QMessageBox.warning(window, translate("Commands", "Export failed"), message)

    def on_cancelled():
        dialog.reset()
        window.statusBar().showMessage(lambda: translate("Commands", "Export cancelled."), 8000)

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


def import_file(window, path: Path | None = None) -> None:
    """Ask for a file (unless given, e.g. dropped), then review it in the import dialog."""
    from .import_dialog import ImportDialog

    if path is None:
        start = str(QSettings().value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            window, translate("Commands", "Import a table or data package"), start,
            translate("Commands", "Tables and data packages (*.csv *.txt *.tsv *.xlsx *.xlsm *.zip datapackage.json);;All files (*)"))
        if not name:
            return
        path = Path(name)
        QSettings().setValue("import/folder", str(path.parent))
    dialog = ImportDialog(path, window.data_home, window)
    dialog.imported.connect(window.on_dataset_imported)
    recent = [p for p in (QSettings().value("import/recent", []) or []) if p != str(path)]
    QSettings().setValue("import/recent", [str(path)] + recent[:9])
    dialog.open()


def export_template(window) -> None:
    from ..core.template import write_update_template
    from ..core.texts import t

    default = str(Path(_export_folder()) / t("template_file", window.lang))
    path, _ = QFileDialog.getSaveFileName(window, translate("Commands", "Export update template"), default,
                                          translate("Commands", "Excel workbooks (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    library, lang = window.library, window.lang
    job = Job(lambda progress, cancel: write_update_template(library, Path(path), lang))
    job.signals.done.connect(lambda n: window.statusBar().showMessage(
        lambda: translate("Commands", "Saved {path}: {n} rows to fill").format(path=path, n=n), 10000))
    job.signals.failed.connect(lambda m, d: QMessageBox.warning(window, translate("Commands", "Export failed"), m))
    window.template_job = job.start()


def export_table(window, dataset_id: str) -> None:
    """The dataset as XLSX (an "About" sheet first) or CSV (a README beside it): every row, formula-safe,
    with its title, sources, status key, the merger note and how many rows the window showed."""
    from ..core.downloads import table_about, write_table

    ds = window.library.datasets[dataset_id]
    default = str(Path(_export_folder()) / f"{dataset_id}.xlsx")
    path, chosen = QFileDialog.getSaveFileName(
        window, translate("Commands", "Export table"), default,
        translate("Commands", "Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return
    as_csv = path.lower().endswith(".csv") or ("csv" in chosen.lower() and not path.lower().endswith(".xlsx"))
    if as_csv and not path.lower().endswith(".csv"):
        path += ".csv"
    elif not as_csv and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    headers = [f.label(window.lang) for f in ds.schema.fields]
    target = Path(path)
    library, lang, page = window.library, window.lang, window.pages.get("datasets")
    shown = page.proxy.rowCount() if page is not None and page.current_id == dataset_id else None
    filter_text = page.filter.text() if page is not None else ""

    def work():
        """Off the GUI thread: reading an imported table and writing a million rows take seconds."""
        frame = ds.table.frame()
        cited = tuple(frame["source"].dropna().astype(str).unique()) if "source" in frame.columns else ()
        about = table_about(library, ds.title(lang), lang, len(frame), shown, filter_text, cited)
        try:
            write_table(target, about, headers, frame.itertuples(index=False), lang, sheet=dataset_id)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        return None

    def done(error) -> None:
        if error:
            QMessageBox.warning(window, translate("Commands", "Export failed"), error)
        else:
            window.statusBar().showMessage(lambda: translate("Commands", "Saved {path}").format(path=path), 10000)

    window.statusBar().showMessage(lambda: translate("Commands", "Saving {path}…").format(path=path))
    run_in_background(work, done, lambda message, _details: QMessageBox.warning(
        window, translate("Commands", "Export failed"), message))


def remove_dataset(window, dataset_id: str) -> None:
    from ..core.storage.datasets import LibraryError, remove_dataset as remove

    ds = window.library.datasets.get(dataset_id) if window.library else None
    answer = QMessageBox.question(window, translate("Commands", "Remove dataset"),
                                  translate("Commands", "Remove the imported dataset “{title}” from the library? "
                                                        "The original file is not touched.").format(
                                      title=ds.title(window.lang) if ds else dataset_id))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        remove(window.data_home, dataset_id)
    except LibraryError as exc:
        from ..qt.i18n import error_text
        QMessageBox.warning(window, translate("Commands", "Remove dataset"), error_text(exc))
        return
    window.reload_library()
