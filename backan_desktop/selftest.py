"""``backan-desktop --self-test``: prove that this installation works, in a few seconds.

It checks what a user would otherwise find broken only when opening the app: the bundled
resources (data package, fonts, compiled translations) are there, every bundled dataset loads,
every section page and the Datasets browser can be built and painted, and every sheet exports
to PDF in Vietnamese and English with the expected pages, text and embedded fonts.

One line per check goes to stdout (``ok`` / ``FAIL``), then ``self-test passed (N checks)`` and
exit code 0, or ``self-test FAILED: <reason>`` and exit code 1. Never a traceback: unexpected
errors become a failed check (their traceback goes to the log file when a data home is given).

Nothing is written inside the bundle or the checkout: PDFs go to a temporary folder, settings
to a temporary QSettings store; logs go to ``<data-home>/logs`` only when ``--data-home`` is given
(otherwise to a temporary data home). Works in windowed builds where ``sys.stdout`` is None.

Set ``BACKAN_SELFTEST_KEEP=1`` to keep the exported PDFs (their folder is printed), and
``BACKAN_SELFTEST_TIMEOUT`` (seconds, default 180) to change the watchdog that ends a hung run.

The PDF checks read Qt's output with the small reader below (no third-party PDF library in the
bundle): classic xref table, Flate streams, Type0/Identity-H fonts with ToUnicode maps, hex
strings in ``Tj``/``TJ`` — which is what ``QPdfWriter`` writes.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import traceback
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

log = logging.getLogger(__name__)
LANGS = ("vi", "en")


# --- reading back a PDF written by Qt ---------------------------------------------------------------
class PdfFormatError(ValueError):
    """The file is not a PDF this reader understands (or not a PDF at all)."""


@dataclass
class PdfFacts:
    pages: int
    fonts: list[str]                 # base font names
    unembedded: list[str]            # fonts without a FontFile/FontFile2/FontFile3
    text: str                        # every page's text, whitespace collapsed to single spaces


_REF = rb"(\d+)\s+(\d+)\s+R"


class _Pdf:
    def __init__(self, data: bytes):
        if not data.startswith(b"%PDF-"):
            raise PdfFormatError("does not start with %PDF-")
        if b"%%EOF" not in data[-64:]:
            raise PdfFormatError("no %%EOF at the end (truncated?)")
        self.data = data
        self.offsets = self._xref()

    def _xref(self) -> dict[int, int]:
        m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", self.data[-256:])
        if not m:
            raise PdfFormatError("no startxref")
        pos = int(m.group(1))
        if self.data[pos:pos + 4] != b"xref":
            raise PdfFormatError("no classic xref table at startxref")
        offsets: dict[int, int] = {}
        lines = iter(self.data[pos + 4:].split(b"\n"))
        for line in lines:
            line = line.strip()
            if not line:
                continue
            if line.startswith(b"trailer"):
                break
            start, count = (int(x) for x in line.split())
            for i in range(count):
                entry = next(lines).strip().split()
                if len(entry) == 3 and entry[2] == b"n":
                    offsets[start + i] = int(entry[0])
        if not offsets:
            raise PdfFormatError("empty xref table")
        return offsets

    def object(self, num: int) -> tuple[bytes, Optional[bytes]]:
        """(dictionary or value bytes, decoded stream bytes or None)."""
        start = self.offsets.get(num)
        if start is None:
            raise PdfFormatError(f"object {num} missing from the xref table")
        m = re.compile(rb"\s*%d\s+\d+\s+obj\s*" % num).match(self.data, start)
        if not m:
            raise PdfFormatError(f"object {num} not found at its xref offset")
        body_start = m.end()
        end = self.data.find(b"endobj", body_start)
        s = self.data.find(b"stream", body_start)
        if s < 0 or s > end:
            return self.data[body_start:end], None
        head = self.data[body_start:s]
        s += len(b"stream")
        s += 2 if self.data[s:s + 2] == b"\r\n" else 1
        lm = re.search(rb"/Length\s+(?:" + _REF + rb"|(\d+))", head)
        if not lm:
            raise PdfFormatError(f"stream {num} has no /Length")
        length = int(lm.group(3)) if lm.group(3) else int(self.object(int(lm.group(1)))[0].strip())
        raw = self.data[s:s + length]
        if b"/FlateDecode" in head:
            raw = zlib.decompress(raw)
        return head, raw

    def ref(self, head: bytes, key: bytes) -> Optional[int]:
        m = re.search(re.escape(key) + rb"\s+" + _REF, head)
        return int(m.group(1)) if m else None

    def dict_entry(self, head: bytes, key: bytes) -> bytes:
        """The ``<< ... >>`` value of ``key`` in ``head`` (following one indirect reference)."""
        m = re.search(re.escape(key) + rb"\s*(<<|" + _REF + rb")", head)
        if not m:
            return b""
        if m.group(1) != b"<<":
            return self.object(int(m.group(2)))[0]
        depth, i = 0, m.start(1)
        while i < len(head):
            if head.startswith(b"<<", i):
                depth, i = depth + 1, i + 2
            elif head.startswith(b">>", i):
                depth, i = depth - 1, i + 2
                if depth == 0:
                    return head[m.start(1):i]
            else:
                i += 1
        return head[m.start(1):]


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_FONT = re.compile(rb"/Type\s*/Font\b")
_TOKENS = re.compile(rb"/([^\s/<>\[\]()]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\b(BT|ET)\b|\bT\*|'|\"")


def _cmap(data: bytes) -> dict[int, str]:
    def utf16(h: bytes) -> str:
        return bytes.fromhex(h.decode()).decode("utf-16-be", "replace")

    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                for i, dst in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", rest)):
                    out[lo_i + i] = utf16(dst)
            else:
                base = int(rest[1:-1], 16)
                width = len(rest) - 2
                for code in range(lo_i, hi_i + 1):
                    out[code] = utf16(b"%0*X" % (width, base + code - lo_i))
    return out


def read_pdf(path: Path) -> PdfFacts:
    """Pages, fonts (embedded or not) and text of a PDF written by QPdfWriter."""
    pdf = _Pdf(Path(path).read_bytes())
    pages, fonts, unembedded = [], [], []
    font_maps: dict[int, dict[int, str]] = {}
    for num in sorted(pdf.offsets):
        head, _ = pdf.object(num)
        if _PAGE.search(head[:400]):
            pages.append(num)
        elif _FONT.search(head) and not re.search(rb"/Subtype\s*/CIDFontType", head):
            name_m = re.search(rb"/BaseFont\s*/([^\s/<>\[\]]+)", head)
            name = name_m.group(1).decode("latin-1") if name_m else f"font {num}"
            fonts.append(name)
            desc_holder = head
            desc_font = re.search(rb"/DescendantFonts\s*\[\s*" + _REF, head)
            if desc_font:
                desc_holder = pdf.object(int(desc_font.group(1)))[0]
            desc = pdf.ref(desc_holder, b"/FontDescriptor")
            if desc is None or not re.search(rb"/FontFile[23]?\s", pdf.object(desc)[0]):
                unembedded.append(name)
            tu = pdf.ref(head, b"/ToUnicode")
            font_maps[num] = _cmap(pdf.object(tu)[1] or b"") if tu is not None else {}
    chunks: list[str] = []
    for num in pages:
        head, _ = pdf.object(num)
        resources = pdf.dict_entry(head, b"/Resources")
        names = {k.decode(): int(v) for k, v, _ in re.findall(rb"/([^\s/<>\[\]]+)\s+" + _REF,
                                                              pdf.dict_entry(resources, b"/Font"))}
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|" + _REF + rb")", head)
        streams = [int(n) for n, _ in re.findall(_REF, contents.group(1))] if contents else []
        cmap: dict[int, str] = {}
        for sn in streams:
            for m in _TOKENS.finditer(pdf.object(sn)[1] or b""):
                if m.group(1) is not None:
                    cmap = font_maps.get(names.get(m.group(1).decode(), -1), {})
                elif m.group(2) is not None:
                    hexs = re.sub(rb"\s", b"", m.group(2))
                    codes = [int(hexs[i:i + 4], 16) for i in range(0, len(hexs) - 3, 4)]
                    chunks.append("".join(cmap.get(c, "\ufffd") for c in codes))
                else:
                    chunks.append(" ")
    text = re.sub(r"\s+", " ", "".join(chunks)).strip()
    return PdfFacts(len(pages), fonts, unembedded, text)


def contains(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` ignoring whitespace: a sheet may wrap a value at any
    space or after a slash ("triệu đồng/ người"), and spaces may be no-break spaces."""
    return re.sub(r"\s+", "", needle) in re.sub(r"\s+", "", haystack)


# --- the report ---------------------------------------------------------------------------------------
def _emit(line: str) -> None:
    """Print a line; windowed builds have no stdout, and a legacy console code page may not
    encode Vietnamese — neither may break the self-test."""
    out = sys.stdout
    if out is None:
        return
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        enc = getattr(out, "encoding", None) or "ascii"
        out.write(line.encode(enc, "backslashreplace").decode(enc) + "\n")
    except (OSError, ValueError):
        return
    try:
        out.flush()
    except (OSError, ValueError):
        pass


class CheckFailed(Exception):
    """A check found a problem; the message says which, in words."""


@dataclass
class Report:
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    current: str = ""

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        self.current = name
        t0 = time.perf_counter()
        try:
            detail = fn()
        except CheckFailed as exc:
            return self._fail(name, str(exc))
        except Exception as exc:   # an unexpected error is a failed check, not a traceback
            log.error("self-test %s:\n%s", name, traceback.format_exc())
            return self._fail(name, f"{type(exc).__name__}: {exc}")
        ms = (time.perf_counter() - t0) * 1000
        self.passed += 1
        self.line(f"  ok    {name}: {detail}  [{ms:.0f} ms]")
        return True

    def _fail(self, name: str, reason: str) -> bool:
        self.failures.append(f"{name}: {reason}")
        self.line(f"  FAIL  {name}: {reason}")
        return False

    def skip(self, name: str, why: str) -> None:
        self.line(f"  skip  {name}: {why}")

    @staticmethod
    def line(text: str) -> None:
        _emit(text)
        log.info("self-test %s", text.strip())


# --- the checks -----------------------------------------------------------------------------------
def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
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


def _check_resources() -> str:
    from .core import paths

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


def _check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from .qt.fonts import FAMILY, register_fonts, sheet_font

    family = register_fonts()
    if family != FAMILY:
        raise CheckFailed(f"{FAMILY} not registered (got {family!r})")
    info = QFontInfo(sheet_font(10))
    if info.family() != FAMILY:
        raise CheckFailed(f"sheet font resolves to {info.family()!r}, not {FAMILY}")
    styles = QFontDatabase.styles(FAMILY)
    return f"{FAMILY} registered ({', '.join(styles)})"


def _check_translations() -> str:
    from PySide6.QtCore import QCoreApplication

    from .qt.i18n import install_language

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


def _check_data(state: dict) -> str:
    from .core.library import load_library

    lib = load_library()             # the bundled package only: the user's imports are not ours to judge
    if lib.problems:
        shown = "; ".join(str(p) for p in lib.problems[:5])
        more = f" (+{len(lib.problems) - 5} more)" if len(lib.problems) > 5 else ""
        raise CheckFailed(f"{len(lib.problems)} problem(s) in the bundled data: {shown}{more}")
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
            f"{len(lib.sources)} sources, no problems")


def _paint(widget, size=(1280, 900)) -> None:
    """Lay out and paint a widget without showing it on any screen."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    image = widget.grab()
    if image.isNull() or image.width() < 100:
        raise CheckFailed("the page could not be painted")


def _check_section_page(lib, sheet_id: str, lang: str) -> str:
    from .core.sheets import build_sheet
    from .ui.pages.section_page import SectionPage

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


def _check_datasets_page(lib, lang: str) -> str:
    from .ui.pages.datasets_page import DatasetsPage

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


def _check_pdf(lib, sheet_id: str, lang: str, folder: Path) -> str:
    from .core.sheets import build_sheet, sheet_file_name
    from .core.texts import t
    from .qt.pdf import write_pdf

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


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _Watchdog:
    """Ends a hung self-test with a reason instead of hanging a build script for ever."""

    def __init__(self, report: Report, seconds: float):
        self.report = report
        self.timer = threading.Timer(seconds, self._expired, args=(seconds,))
        self.timer.daemon = True

    def _expired(self, seconds: float) -> None:
        _emit(f"self-test FAILED: timed out after {seconds:.0f} s during \"{self.report.current}\"")
        os._exit(1)


def run_self_test(data_home: Optional[str | Path] = None) -> int:
    """Run every check; returns 0 if all passed, else 1. See the module docstring."""
    t_start = time.perf_counter()
    sys.dont_write_bytecode = True               # not even __pycache__ next to the sources
    if not _display_available():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    temp = Path(tempfile.mkdtemp(prefix="backan-selftest-"))
    keep = os.environ.get("BACKAN_SELFTEST_KEEP") == "1"
    report = Report()
    try:
        timeout = float(os.environ.get("BACKAN_SELFTEST_TIMEOUT", "180"))
    except ValueError:
        timeout = 180.0
    watchdog = _Watchdog(report, timeout)
    watchdog.timer.start()
    try:
        return _run(report, temp, Path(data_home) if data_home else None, keep, t_start)
    finally:
        watchdog.timer.cancel()
        if keep:
            _emit(f"exported PDFs kept in {temp / 'pdf'}")
        else:
            shutil.rmtree(temp, ignore_errors=True)


def _run(report: Report, temp: Path, data_home: Optional[Path], keep: bool, t_start: float) -> int:
    from . import __version__
    from .core.paths import resource_root

    home = data_home or temp / "home"
    frozen = bool(getattr(sys, "frozen", False))
    if data_home is not None:
        from .core.logs import setup_logging
        setup_logging(home / "logs")
    before = _snapshot(resource_root())

    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QSettings
        from .qt.app import make_app
    except ImportError as exc:
        report.line(f"backan-desktop {__version__} self-test")
        return _finish(report, t_start, f"Qt cannot be imported ({exc})")
    # settings go to the temporary folder: the self-test must not change the user's choices
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp / "settings"))
    app = make_app([sys.argv[0] if sys.argv else "backan-desktop"])
    report.line(f"backan-desktop {__version__} self-test — {'frozen bundle' if frozen else 'from source'}, "
                f"Python {sys.version.split()[0]}, PySide6 {pyside_version}, Qt platform "
                f"\"{app.platformName()}\", data home {home}")

    if not report.check("resources", _check_resources):
        return _finish(report, t_start)
    report.check("fonts", _check_fonts)
    report.check("translations", _check_translations)
    state: dict = {}
    if not report.check("data", lambda: _check_data(state)):
        return _finish(report, t_start)
    lib = state["library"]

    from .core.sheets import SHEET_IDS
    from .qt.i18n import install_language

    for lang in LANGS:
        install_language(lang)
        for sid in SHEET_IDS:
            report.check(f"page {sid} ({lang})", lambda s=sid, lg=lang: _check_section_page(lib, s, lg))
        report.check(f"page datasets ({lang})", lambda lg=lang: _check_datasets_page(lib, lg))
        app.processEvents()   # let deleteLater() free the pages
    install_language("en")

    folder = temp / "pdf"
    folder.mkdir()
    for lang in LANGS:
        for sid in SHEET_IDS:
            report.check(f"pdf {sid}_{lang}", lambda s=sid, lg=lang: _check_pdf(lib, s, lg, folder))

    def untouched() -> str:
        after = _snapshot(resource_root())
        changed = sorted(set(before) ^ set(after) | {k for k in before if k in after and before[k] != after[k]})
        if changed:
            raise CheckFailed(f"{len(changed)} file(s) changed in the bundle: {', '.join(changed[:5])}")
        return f"{len(after)} files in data/ and resources/ unchanged; output only in {temp}"
    report.check("bundle untouched", untouched)
    return _finish(report, t_start)


def _finish(report: Report, t_start: float, reason: str = "") -> int:
    seconds = time.perf_counter() - t_start
    if reason:
        report.failures.append(reason)
    if report.failures:
        first = report.failures[0]
        more = f" (and {len(report.failures) - 1} more failed check(s))" if len(report.failures) > 1 else ""
        report.line(f"self-test FAILED: {first}{more}")
        return 1
    report.line(f"self-test passed ({report.passed} checks, {seconds:.1f} s)")
    return 0
