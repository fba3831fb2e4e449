"""The packaged app (PyInstaller, one folder).

Tests marked ``build`` build ``dist/backan-desktop/`` (about a minute) and check the real bundle;
they are skipped unless ``BACKAN_BUILD_TESTS=1``:

    BACKAN_BUILD_TESTS=1 .venv/bin/python -m pytest -m build tests/packaging

(``BACKAN_BUILD_REUSE=1`` checks an existing dist/ instead of building again.) The other tests here
check the packaging files themselves — icons, desktop entry, version resource, spec — and are fast.
"""
import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path
from string import Template

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
DIST = ROOT / "dist" / "backan-desktop"
EXE = DIST / ("backan-desktop.exe" if sys.platform == "win32" else "backan-desktop")
INTERNAL = DIST / "_internal"
SIZE_LIMIT_MIB = 155         # regression guard (measured 147.4 MiB on Linux; the target is 150, see README-packaging.md)

build = pytest.mark.skipif(os.environ.get("BACKAN_BUILD_TESTS") != "1",
                           reason="builds the PyInstaller bundle (minutes): set BACKAN_BUILD_TESTS=1")


# --- the packaging files (fast, in the normal suite) -------------------------------------------------
def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_icons_have_the_size_their_name_says():
    pngs = sorted(ICONS.glob("backan-desktop-*.png"))
    sizes = sorted(int(re.search(r"-(\d+)\.png$", p.name).group(1)) for p in pngs)
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for p in pngs:
        n = int(re.search(r"-(\d+)\.png$", p.name).group(1))
        assert png_size(p.read_bytes()) == (n, n), p.name


def test_ico_holds_every_windows_size_as_png():
    data = (ICONS / "backan-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count == 7
    seen = []
    for i in range(count):
        w, h, _, _, planes, bpp, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        px = w or 256
        assert (w, planes, bpp) == (h, 1, 32)
        assert png_size(data[offset:offset + size]) == (px, px)
        seen.append(px)
    assert sorted(seen) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_every_macos_size_as_png():
    data = (ICONS / "backan-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos:pos + 4].decode(), struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[kind] = png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found == {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
                     "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}


def test_icon_svg_is_the_source_and_uses_the_app_colours():
    svg = (ICONS / "icon.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 512 512"' in svg and "#1f4e79" in svg and "#f0b429" in svg


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "backan-desktop.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "backan-desktop" and d["Icon"] == "backan-desktop"
    assert d["Categories"] == "Office;Education;" and d["Terminal"] == "false"
    assert "Bắc Kạn" in d["Name"] and "Bắc Kạn" in d["Name[vi]"] and d["Comment"] and d["Comment[vi]"]
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(PACKAGING / "backan-desktop.desktop")],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr


def test_windows_version_resource_follows_the_package_version():
    from backan_desktop import __version__
    text = Template((PACKAGING / "version_info.txt").read_text(encoding="utf-8")).substitute(
        version=__version__, version_tuple=repr(tuple(int(x) for x in (__version__ + ".0.0.0").split(".")[:4])))
    tree = ast.parse(text, mode="eval")               # PyInstaller eval()s this file
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert f"'FileVersion', '{__version__}'" in text and "'OriginalFilename', 'backan-desktop.exe'" in text


def test_spec_excludes_only_what_is_safe():
    tree = ast.parse((PACKAGING / "backan-desktop.spec").read_text(encoding="utf-8"))
    excludes = next(ast.literal_eval(n.value) for n in tree.body
                    if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "EXCLUDES")
    # measured: these break pandas or pyqtgraph when left out
    assert not {"pandas.plotting", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "pydoc"} & set(excludes)
    assert {"tkinter", "sqlite3", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql",
            "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "numpy.f2py", "pandas.tests"} <= set(excludes)


# --- the real bundle (BACKAN_BUILD_TESTS=1) ---------------------------------------------------------
@pytest.fixture(scope="module")
def bundle():
    if not (os.environ.get("BACKAN_BUILD_REUSE") == "1" and EXE.is_file()):
        r = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--skip-self-test", "--max-mib", "0"],
                           cwd=ROOT, capture_output=True, text=True, timeout=1800)
        assert r.returncode == 0, (r.stdout + r.stderr)[-6000:]
    assert EXE.is_file()
    return DIST


def tree_state(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def run_frozen(*args, env_extra=None, **kw):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BACKAN_RESOURCE_ROOT", None)
    env.update(env_extra or {})
    return subprocess.run([str(EXE), *args], env=env, timeout=300, **kw)


@build
@pytest.mark.build
def test_bundle_carries_data_fonts_translations_and_icons(bundle):
    assert (INTERNAL / "data" / "backan" / "datapackage.json").is_file()
    assert len(list((INTERNAL / "data" / "backan").glob("*.csv"))) == len(list((ROOT / "data" / "backan").glob("*.csv")))
    assert {p.name for p in (INTERNAL / "resources" / "fonts").iterdir()} >= {
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "OFL.txt"}
    assert {p.name for p in (INTERNAL / "resources" / "translations").iterdir()} == {"backan_vi.qm", "qtbase_vi.qm"}
    assert (INTERNAL / "resources" / "icons" / "backan-desktop-256.png").is_file()


@build
@pytest.mark.build
def test_bundle_leaves_out_what_is_unused(bundle):
    files = [p.relative_to(INTERNAL).as_posix() for p in INTERNAL.rglob("*")]

    def present(pattern):
        return [f for f in files if re.search(pattern, f)]

    for pattern in (r"(^|/)tkinter/|_tkinter", r"_sqlite3|(^|/)sqlite3/", r"libQt6(Network|Qml|Quick|Sql|Pdf|WaylandClient)",
                    r"PySide6/Qt(Network|Qml|Quick|Sql)\.", r"^PySide6/Qt/translations/", r"pyqtgraph/(opengl|examples|jupyter)/",
                    r"^numpy/f2py/", r"^pandas/tests/", r"_ssl\.|libssl|libcrypto", r"(^|/)libcups\.so|libgnutls|libgtk|libpango",
                    r"plugins/(platformthemes|generic|egldeviceintegrations|tls|networkinformation|sqldrivers)/"):
        assert present(pattern) == [], pattern
    # what pandas and pyqtgraph need stays
    assert present(r"^pandas/_libs/") and present(r"^PySide6/QtOpenGLWidgets\.")
    assert not present(r"^PySide6/QtOpenGL\.")   # replaced by packaging/stubs/PySide6_QtOpenGL.py in the PYZ
    assert present(r"plugins/platforms/libqxcb\.so") and present(r"plugins/platforms/libqoffscreen\.so")
    assert present(r"plugins/printsupport/libcupsprintersupport\.so")
    # no link to a file that is not there
    broken = [f for f in files if (INTERNAL / f).is_symlink() and not (INTERNAL / f).exists()]
    assert broken == []


@build
@pytest.mark.build
def test_bundle_size(bundle):
    on_disk = sum(getattr(p.lstat(), "st_blocks", 0) * 512 or p.lstat().st_size for p in DIST.rglob("*"))
    print(f"bundle: {on_disk / 2**20:.1f} MiB on disk")
    assert on_disk < SIZE_LIMIT_MIB * 2**20


@build
@pytest.mark.build
def test_frozen_self_test_passes_and_writes_nothing_in_the_bundle(bundle, tmp_path):
    before = tree_state(DIST)
    r = run_frozen("--self-test", "--data-home", str(tmp_path / "home"), capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test — frozen bundle" in r.stdout.splitlines()[0]
    assert re.search(r"^self-test passed \(\d+ checks", r.stdout.splitlines()[-1])
    assert '"21.071 tỷ đồng"' in r.stdout and '"VND 21,071 billion"' in r.stdout
    assert tree_state(DIST) == before


@build
@pytest.mark.build
def test_frozen_self_test_fails_with_a_reason(bundle, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run_frozen("--self-test", env_extra={"BACKAN_RESOURCE_ROOT": str(empty)}, capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stdout.splitlines()[-1].startswith("self-test FAILED: resources: missing in")
    assert "Traceback" not in r.stdout + r.stderr


def _close_stdio():
    os.close(1)
    os.close(2)


@build
@pytest.mark.build
@pytest.mark.skipif(sys.platform == "win32", reason="closes POSIX file descriptors")
def test_frozen_app_runs_without_stdout_and_stderr(bundle, tmp_path):
    """Like a windowed build started from a desktop: no stdio. The self-test and the window work,
    logs go to the data home, and the bundle stays untouched."""
    before = tree_state(DIST)
    home = tmp_path / "home"
    r = run_frozen("--self-test", "--data-home", str(home), preexec_fn=_close_stdio)
    assert r.returncode == 0
    assert "self-test passed" in (home / "logs" / "backan-desktop.log").read_text(encoding="utf-8")

    gui_home = tmp_path / "gui"
    # the probe makes the app quit by itself (exit code 0) once the window shows the data
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               BACKAN_STARTUP_PROBE=str(time.time()))
    proc = subprocess.Popen([str(EXE), "--data-home", str(gui_home)], env=env, preexec_fn=_close_stdio)
    try:
        assert proc.wait(180) == 0, f"the frozen app exited with {proc.returncode} before showing the data"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    assert (gui_home / "logs" / "crash.log").read_text(encoding="utf-8") == ""
    log = (gui_home / "logs" / "backan-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "ERROR" not in log
    assert tree_state(DIST) == before


@build
@pytest.mark.build
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run for a real X11 window")
def test_frozen_window_on_x11(bundle, tmp_path):
    """The xcb platform plugin and the X11 libraries in the bundle work: the window is mapped."""
    script = tmp_path / "probe.sh"
    script.write_text(f"""#!/bin/sh
"{EXE}" --data-home "{tmp_path / 'home'}" --lang en &
pid=$!
for i in $(seq 1 100); do
  if xwininfo -root -tree | grep -q '("backan-desktop" "backan-desktop").*[0-9][0-9][0-9]x[0-9][0-9][0-9]'; then
    echo mapped; kill $pid; exit 0
  fi
  sleep 0.2
done
kill $pid; exit 1
""")
    script.chmod(0o755)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("QT_QPA_PLATFORM", None)
    r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", str(script)], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "mapped" in r.stdout, r.stdout + r.stderr
