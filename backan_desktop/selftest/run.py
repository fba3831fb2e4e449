"""Running the self-test: the order of the checks and the verdict."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from ..core.vocab import LANGS
from . import checks
from .report import CheckFailed, Report, Watchdog, emit


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


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
    watchdog = Watchdog(report, timeout)
    watchdog.timer.start()
    try:
        return _run(report, temp, Path(data_home) if data_home else None, keep, t_start)
    finally:
        watchdog.timer.cancel()
        if keep:
            emit(f"exported PDFs kept in {temp / 'pdf'}")
        else:
            shutil.rmtree(temp, ignore_errors=True)


def _run(report: Report, temp: Path, data_home: Optional[Path], keep: bool, t_start: float) -> int:
    from .. import __version__
    from ..core.paths import resource_root

    home = data_home or temp / "home"
    frozen = bool(getattr(sys, "frozen", False))
    if data_home is not None:
        from ..core.logs import setup_logging
        setup_logging(home / "logs")
    before = checks.snapshot(resource_root())

    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QSettings
        from ..qt.app import make_app
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

    if not report.check("resources", checks.check_resources):
        return _finish(report, t_start)
    report.check("fonts", checks.check_fonts)
    report.check("translations", checks.check_translations)
    state: dict = {}
    if not report.check("data", lambda: checks.check_data(state)):
        return _finish(report, t_start)
    lib = state["library"]

    from ..core.sheets import SHEET_IDS
    from ..qt.i18n import install_language

    for lang in LANGS:
        install_language(lang)
        for sid in SHEET_IDS:
            report.check(f"page {sid} ({lang})", lambda s=sid, lg=lang: checks.check_section_page(lib, s, lg))
        report.check(f"page datasets ({lang})", lambda lg=lang: checks.check_datasets_page(lib, lg))
        app.processEvents()   # let deleteLater() free the pages
    install_language("en")

    folder = temp / "pdf"
    folder.mkdir()
    for lang in LANGS:
        for sid in SHEET_IDS:
            report.check(f"pdf {sid}_{lang}", lambda s=sid, lg=lang: checks.check_pdf(lib, s, lg, folder))

    def untouched() -> str:
        after = checks.snapshot(resource_root())
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
