"""The core must not import Qt (it runs headless, in workers and in the CLI without a display),
and its tests must pass where Qt cannot be imported at all."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "backan_desktop" / "core"
QT = ("PySide6", "shiboken6", "pyqtgraph")
# run before anything else in a fresh Python: every import of QT then raises ImportError
BLOCK_QT = f"import sys\nfor name in {QT!r}:\n    sys.modules[name] = None\n"


def core_modules() -> list[str]:
    return sorted(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                  for p in CORE.rglob("*.py"))


def test_importing_the_whole_core_loads_no_qt():
    code = ("import sys\n" + "".join(f"import {m}\n" for m in core_modules()) +
            f"bad=[m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_qt_import_statements_in_core_sources():
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in QT:
            assert f"import {word}" not in text and f"from {word}" not in text, path


def start_qt_free_run(out: Path):
    """tests/core and tests/importing in a Python where Qt cannot be imported, started in the
    background when the suite is collected (tests/conftest.py), so that it runs beside the rest
    of the suite instead of after it; its output goes to ``out``."""
    import os

    me = Path(__file__).relative_to(ROOT).as_posix() + "::test_core_tests_pass_without_qt"
    code = BLOCK_QT + "import pytest\nsys.exit(pytest.main(sys.argv[1:]))\n"
    args = ["-p", "no:pytest-qt", "-p", "no:cacheprovider", "-q", "-x", "-W", "ignore::pytest.PytestConfigWarning",
            "--deselect", me, "tests/core", "tests/importing"]
    with open(out, "wb") as f:
        return subprocess.Popen([sys.executable, "-c", code, *args], stdout=f, stderr=subprocess.STDOUT, cwd=ROOT,
                                env=dict(os.environ, BACKAN_QT_FREE_RUN="1"))


def test_core_tests_pass_without_qt(request, tmp_path):
    """tests/core and tests/importing in a Python where Qt cannot be imported (in the normal run
    pytest-qt has already loaded it, so a core test leaning on Qt would go unnoticed there)."""
    run = getattr(request.config, "qt_free_run", None)
    if run is None:                     # this test alone: start the run now
        run = (start_qt_free_run(tmp_path / "qt-free.txt"), tmp_path / "qt-free.txt")
    proc, out = run
    code = proc.wait(timeout=1500)
    text = out.read_text(encoding="utf-8", errors="replace")
    assert code == 0, text[-4000:]
    assert re.search(r"\b\d+ passed\b", text) and " failed" not in text, text[-2000:]


def test_the_qt_blocker_works():
    r = subprocess.run([sys.executable, "-c", BLOCK_QT + "import PySide6.QtCore"], capture_output=True, text=True)
    assert r.returncode == 1 and "ModuleNotFoundError" in r.stderr, r.stderr
