"""A package built with pip carries what the app reads at run time — above all the compiled
translations, without which the UI runs half in English — and an app that still finds no
translation says so on screen.

The build step runs here in-process (no package index needed). The whole path — an isolated
``pip wheel .``, a fresh virtual environment, the app started in Vietnamese from it — is the
``build`` test below (needs the package index for the build requirements):

    BACKAN_BUILD_TESTS=1 .venv/bin/python -m pytest -m build tests/packaging/test_installed_translations.py
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def build_step():
    """setup.py's build_py command class, loaded without running setup()."""
    spec = importlib.util.spec_from_file_location("backan_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_build_py(module, build_lib: Path, editable: bool = False) -> None:
    from setuptools import Distribution

    cmd = module.BuildPyWithResources(Distribution({"name": "backan-desktop", "packages": []}))
    cmd.build_lib = str(build_lib)
    cmd.editable_mode = editable
    cmd.ensure_finalized()
    cmd.run()


def translate_with(qm: Path, context: str, text: str) -> str:
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(qm))
    return tr.translate(context, text)


def test_a_wheel_build_puts_the_compiled_translations_beside_the_data_and_fonts(tmp_path, build_step, qapp):
    run_build_py(build_step, tmp_path)
    files = tmp_path / "backan_desktop" / "_files"
    found = sorted(str(p.relative_to(files)) for p in files.rglob("*") if p.is_file())
    assert "resources/translations/backan_vi.qm" in found and "resources/translations/qtbase_vi.qm" in found
    assert {"resources/fonts/NotoSans-Regular.ttf", "resources/fonts/OFL.txt", "resources/icons/icon.svg",
            "data/backan/datapackage.json", "data/backan/observations.csv", "data/geo/vn_provinces_63.json"} <= set(found)
    assert translate_with(files / "resources/translations/backan_vi.qm", "MainWindow", "Overview") == "Tổng quan"
    # and the installed package finds them there first
    from backan_desktop.core import paths

    fake_package = tmp_path / "site" / "backan_desktop"
    (fake_package / "core").mkdir(parents=True)
    shutil.copy(paths.__file__, fake_package / "core" / "paths.py")
    shutil.copytree(files, fake_package / "_files")
    spec = importlib.util.spec_from_file_location("installed_paths", fake_package / "core" / "paths.py")
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    env = os.environ.pop("BACKAN_RESOURCE_ROOT", None)
    try:
        assert installed.translations_dir() == fake_package / "_files" / "resources" / "translations"
        assert installed.bundled_package_dir() == fake_package / "_files" / "data" / "backan"
        assert installed.icons_dir() == fake_package / "_files" / "resources" / "icons"
    finally:
        if env is not None:
            os.environ["BACKAN_RESOURCE_ROOT"] = env


def test_an_editable_build_compiles_beside_the_sources(tmp_path, build_step, monkeypatch, qapp):
    sources = tmp_path / "translations"
    sources.mkdir()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, sources)
    monkeypatch.setattr(build_step, "TRANSLATIONS", sources)
    run_build_py(build_step, tmp_path / "build", editable=True)
    assert sorted(p.name for p in sources.glob("*.qm")) == ["backan_vi.qm", "qtbase_vi.qm"]
    assert not (tmp_path / "build" / "backan_desktop").exists()      # the checkout is the install
    assert translate_with(sources / "backan_vi.qm", "MainWindow", "Overview") == "Tổng quan"


def test_without_lrelease_the_build_still_succeeds_and_warns(tmp_path, build_step, monkeypatch):
    import compile_translations as translations

    monkeypatch.setattr(translations, "find_lrelease", lambda: None)
    with pytest.warns(UserWarning, match="built without its compiled translations"):
        run_build_py(build_step, tmp_path)
    files = tmp_path / "backan_desktop" / "_files"
    assert not list(files.rglob("*.qm"))
    assert (files / "data" / "backan" / "datapackage.json").is_file()


def test_a_missing_catalogue_is_said_on_screen_in_both_languages(qtbot, tmp_path, monkeypatch):
    """The app started in Vietnamese from an install without backan_vi.qm: a message over the
    window, once, in Vietnamese and English; the log alone is not enough."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from backan_desktop.qt import i18n

    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setenv("BACKAN_RESOURCE_ROOT", str(tmp_path))
    monkeypatch.setattr(i18n, "_told", set())
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        i18n.install_language("vi")
        assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
        boxes = lambda: [w for w in QApplication.topLevelWidgets()        # noqa: E731
                         if isinstance(w, QMessageBox) and w.objectName() == "missingTranslations" and w.isVisible()]
        qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=5000)
        box = boxes()[0]
        assert box.text().startswith("Không tìm thấy bản dịch tiếng Việt của giao diện (backan_vi.qm)")
        assert "The Vietnamese translation of the interface (backan_vi.qm) was not found" in box.text()
        assert box.windowTitle() == "Thiếu bản dịch · Translation missing"
        assert box.detailedText() == str(tmp_path / "resources" / "translations" / "backan_vi.qm")
        i18n.install_language("vi")                # switching again does not pile up messages
        qtbot.wait(50)
        assert len(boxes()) == 1
        box.accept()
    finally:
        monkeypatch.delenv("BACKAN_RESOURCE_ROOT")
        i18n.install_language("en")


build = pytest.mark.skipif(os.environ.get("BACKAN_BUILD_TESTS") != "1",
                           reason="builds a wheel and a virtual environment (needs the package index): "
                                  "set BACKAN_BUILD_TESTS=1")


@pytest.mark.build
@build
def test_pip_install_of_the_project_starts_in_vietnamese(tmp_path):
    """`pip wheel .` (isolated build), then a fresh venv from that wheel, run from outside the
    checkout: the app's window is in Vietnamese."""
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info",
                                                                 "__pycache__", "*.qm", ".hypothesis"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
                   check=True, timeout=900)
    wheel, = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "backan_desktop/_files/resources/translations/backan_vi.qm" in names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=900)
    code = ("import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from backan_desktop.qt.app import make_app\n"
            "from backan_desktop.qt.i18n import install_language\n"
            "app = make_app(gui=True); install_language('vi')\n"
            "print(QCoreApplication.translate('MainWindow', 'Overview'))\n")
    env = {k: v for k, v in os.environ.items() if k != "BACKAN_RESOURCE_ROOT"}
    r = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert r.stdout.strip() == "Tổng quan", r.stderr
