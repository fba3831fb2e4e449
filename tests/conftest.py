"""Test set-up: headless Qt, settings/data folders isolated from the user's own, .qm files built.

No Qt import here: tests/core and tests/importing also run in a Python where Qt cannot be
imported (tests/core/test_core_is_qt_free.py), so only the tests under QT_FOLDERS get the Qt
fixtures.
"""
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_tmp = Path(tempfile.mkdtemp(prefix="backan-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")
os.environ["XDG_DATA_HOME"] = str(_tmp / "data")
os.environ["BACKAN_DATA_HOME"] = str(_tmp / "home")
os.environ.pop("BACKAN_RESOURCE_ROOT", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Tests never fail on wall-clock time: no per-example deadline (a loaded CI machine is slow, not wrong).
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
BUNDLED = ROOT / "data" / "backan"
QT_FOLDERS = ("ui", "qt", "packaging")      # tests that run Qt in the test process itself
sys.path.insert(0, str(TESTS))


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("BACKAN_DATA_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def library():
    from backan_desktop.core.library import load_library
    return load_library(BUNDLED)


@pytest.fixture(autouse=True)
def _clean_settings(request):
    """Each Qt test starts with empty QSettings."""
    if request.node.path.relative_to(TESTS).parts[0] in QT_FOLDERS:
        from PySide6.QtCore import QSettings
        QSettings().clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    """The .qm files are build products of the .ts sources (./dev builds them; so does this,
    without Qt: the CLI tests' subprocesses need them too)."""
    from backan_desktop.core.paths import translations_dir
    from compile_translations import compile_translations
    compile_translations(translations_dir())


def pytest_collection_modifyitems(session, config, items):
    """The Qt-free run of the core's tests starts as soon as the suite is collected, beside it. Under
    pytest-xdist every worker collects, so there the test starts the run itself, on its worker."""
    if os.environ.get("BACKAN_QT_FREE_RUN") or os.environ.get("PYTEST_XDIST_WORKER") or not any(
            i.nodeid.endswith("test_core_is_qt_free.py::test_core_tests_pass_without_qt") for i in items):
        return
    from core.test_core_is_qt_free import start_qt_free_run
    out = _tmp / "qt-free-run.txt"
    config.qt_free_run = (start_qt_free_run(out), out)
