"""The core must not import Qt (it runs headless, in workers and in the CLI without a display)."""
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "backan_desktop" / "core"


def test_importing_the_whole_core_loads_no_qt():
    modules = [f"backan_desktop.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6','pyqtgraph')]\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_qt_import_statements_in_core_sources():
    for path in CORE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("PySide6", "shiboken6", "pyqtgraph"):
            assert f"import {word}" not in text and f"from {word}" not in text, path
