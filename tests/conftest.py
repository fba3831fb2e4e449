"""Test set-up: headless Qt, and settings/data folders isolated from the user's own."""
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

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "backan"
sys.path.insert(0, str(Path(__file__).resolve().parent))


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
def _clean_settings():
    """Each test starts with empty QSettings (only if Qt is already in use)."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings
        QSettings().clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    """The .qm files are build products of the .ts sources (./dev builds them; so does this)."""
    from compile_translations import compile_translations as build_translations
    build_translations()
