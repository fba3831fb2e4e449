"""The self-test's checks: each returns a one-line detail or raises CheckFailed with the reason."""
from __future__ import annotations

from pathlib import Path

from .pdf import PdfFormatError, contains, read_pdf
from .report import CheckFailed


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Size and mtime of every file under the bundled data/ and resources/ folders."""
    out = {}
    for sub in ("data", "resources"):
        base = root / sub
        if base.is_dir():
            for p in base.rglob("*"):
                if p.is_file():
                    st = p.stat()
                    out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


def check_resources() -> str:
    from ..core import paths

    root = paths.resource_root()
    pkg = paths.bundled_package_dir() / "datapackage.json"
    missing = []
    if not pkg.is_file():
        missing.append(f"data package ({pkg})")
    fonts = sorted(paths.fonts_dir().glob("*.[ot]tf"))
    if not fonts:
        missing.append(f"fonts ({paths.fonts_dir()}/*.ttf)")
    qms = sorted(p.name for p in paths.translations_dir().glob("*.qm"))
    for name in ("backan_vi.qm", "qtbase_vi.qm"):
        if name not in qms:
            missing.append(f"compiled translation {paths.translations_dir() / name}")
    if missing:
        raise CheckFailed(f"missing in {root}: " + "; ".join(missing))
    return f"{root} (data/backan, {len(fonts)} fonts, {len(qms)} translations)"


def check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from ..qt.fonts import FAMILY, register_fonts, sheet_font

    family = register_fonts()
    if family != FAMILY:
        raise CheckFailed(f"{FAMILY} not registered (got {family!r})")
    info = QFontInfo(sheet_font(10))
    if info.family() != FAMILY:
        raise CheckFailed(f"sheet font resolves to {info.family()!r}, not {FAMILY}")
    styles = QFontDatabase.styles(FAMILY)
    return f"{FAMILY} registered ({', '.join(styles)})"


def check_translations() -> str:
    from PySide6.QtCore import QCoreApplication

    from ..qt.i18n import install_language

    install_language("vi")
    got = QCoreApplication.translate("MainWindow", "Overview")
    qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")    # Qt's own dialogs: qtbase_vi
    install_language("en")
    back = QCoreApplication.translate("MainWindow", "Overview")
    if got == "Overview":
        raise CheckFailed("the app's Vietnamese catalogue did not load (\"Overview\" is not translated)")
    if qt_own == "Cancel":
        raise CheckFailed("the Vietnamese catalogue of Qt's dialogs did not load (\"Cancel\" is not translated)")
    if back != "Overview":
        raise CheckFailed(f"switching back to English left {back!r}")
    return f"vi catalogues loaded (\"Overview\" → \"{got}\", Qt's \"Cancel\" → \"{qt_own}\")"


def check_data(state: dict) -> str:
    from ..core.library import load_library

    from ..core.datacheck import check_package

    lib = load_library()             # the bundled package only: the user's imports are not ours to judge
    problems = lib.problems + [p for pkg in lib.packages for p in check_package(pkg)]
    if problems:
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        raise CheckFailed(f"{len(problems)} problem(s) in the bundled data: {shown}{more}")
    if not lib.datasets or not lib.observations:
        raise CheckFailed("the bundled data package has no datasets or no figures")
    empty = [d for d, ds in lib.datasets.items() if len(ds.table) == 0]
    if empty:
        raise CheckFailed(f"empty dataset(s): {', '.join(empty)}")
    rows = 0
    for ds in lib.datasets.values():   # every table as the Datasets browser will see it
        frame = ds.table.frame()
        if len(frame) != len(ds.table):
            raise CheckFailed(f"dataset {ds.id}: {len(frame)} rows in its DataFrame, {len(ds.table)} read")
        rows += len(frame)
    state["library"] = lib
    return (f"{len(lib.datasets)} datasets, {rows} rows, {len(lib.observations)} figures, "
            f"{len(lib.sources)} sources, no problems (schema and data check)")


def _paint(widget, size=(1280, 900)) -> None:
    """Lay out and paint a widget without showing it on any screen."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    image = widget.grab()
    if image.isNull() or image.width() < 100:
        raise CheckFailed("the page could not be painted")


def check_section_page(lib, sheet_id: str, lang: str) -> str:
    from ..core.sheets import build_sheet
    from ..ui.pages.section_page import SectionPage

    sheet = build_sheet(lib, sheet_id, lang)
    page = SectionPage(sheet_id)
    try:
        page.set_sheet(sheet)
        _paint(page)
        values = [t.value_label.text() for t in page.kpi_tiles]
        if len(values) != len(sheet.kpis) or len(page.charts) != len(sheet.charts) \
                or len(page.tables) != len(sheet.tables):
            raise CheckFailed(f"page shows {len(values)} tiles/{len(page.charts)} charts/{len(page.tables)} tables, "
                              f"sheet has {len(sheet.kpis)}/{len(sheet.charts)}/{len(sheet.tables)}")
        if sheet.is_empty:
            raise CheckFailed("no KPI, chart or table on this page")
        first = f", \"{values[0]}\"" if values else ""
        return f"KPI tiles {len(values)}, charts {len(page.charts)}, tables {len(page.tables)}{first}"
    finally:
        page.deleteLater()


def check_datasets_page(lib, lang: str) -> str:
    from ..ui.pages.datasets_page import DatasetsPage

    page = DatasetsPage()
    try:
        page.set_library(lib, lang)
        if page.list.count() != len(lib.datasets):
            raise CheckFailed(f"{page.list.count()} datasets listed, {len(lib.datasets)} loaded")
        charts = 0
        for did, ds in lib.datasets.items():
            page.open_dataset(did)
            if page.current_id != did or page.proxy.rowCount() != len(ds.table):
                raise CheckFailed(f"dataset {did}: {page.proxy.rowCount()} rows shown, {len(ds.table)} in the data")
            charts += page.chart_widget is not None
        _paint(page)
        return f"{len(lib.datasets)} datasets opened, {charts} with a chart"
    finally:
        page.deleteLater()


def check_pdf(lib, sheet_id: str, lang: str, folder: Path) -> str:
    from ..core.sheets import build_sheet, sheet_file_name
    from ..core.texts import t
    from ..qt.pdf import write_pdf

    sheet = build_sheet(lib, sheet_id, lang)
    out = folder / sheet_file_name(sheet_id, lang)
    n = write_pdf([sheet], out)
    try:
        facts = read_pdf(out)
    except PdfFormatError as exc:
        raise CheckFailed(f"{out.name}: unreadable PDF ({exc})") from None
    if n < 1 or facts.pages != n:
        raise CheckFailed(f"{out.name}: {facts.pages} pages in the file, the writer reported {n}")
    if not facts.fonts:
        raise CheckFailed(f"{out.name}: no fonts")
    if facts.unembedded:
        raise CheckFailed(f"{out.name}: fonts not embedded: {', '.join(facts.unembedded)}")
    expected = [sheet.title, t("sources", lang)] + [k.value for k in sheet.kpis]
    missing = [e for e in expected if not contains(facts.text, e)]
    if missing:
        raise CheckFailed(f"{out.name}: text not found: " + ", ".join(f"\"{m}\"" for m in missing))
    sample = f", \"{sheet.kpis[0].value}\"" if sheet.kpis else ""
    return (f"{n} page{'s' if n != 1 else ''}, {len(facts.fonts)} fonts embedded, "
            f"{len(expected)} texts found{sample}")
