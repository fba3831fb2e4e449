"""The PyInstaller spec's Windows, macOS and Linux branches, run here without building anything.

The spec is executed with stand-ins for PyInstaller's build classes (Analysis, PYZ, EXE, COLLECT,
BUNDLE) and ``sys.platform`` set to each system, so every platform branch runs on this Linux
machine: which icon and version resource the executable gets, whether a macOS app bundle is made,
which Qt plugins are kept, and that the Linux-only steps (strip, the ICU data rebuild) stay off on
the other systems. What this cannot check (the real Windows/macOS build) runs in the CI workflow
.github/workflows/build.yml on hosted runners.
"""
import re
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "backan-desktop.spec"

# what PyInstaller's analysis finds, cut down to one of each kind the spec treats differently
BINARIES = [
    ("PySide6/Qt/plugins/platforms/qwindows.dll", "/src/qwindows.dll", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "/src/libqcocoa.dylib", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", "/src/libqwayland-egl.so", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", "/src/qmodernwindowsstyle.dll", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/qsvg.dll", "/src/qsvg.dll", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/qjpeg.dll", "/src/qjpeg.dll", "BINARY"),
]


class Recorder:
    """Stands in for one PyInstaller build class: keeps the arguments of each call."""

    def __init__(self, calls, name):
        self.calls, self.name = calls, name

    def __call__(self, *args, **kwargs):
        obj = types.SimpleNamespace(args=args, kwargs=kwargs, binaries=list(BINARIES), datas=[], pure=[],
                                    scripts=[])
        self.calls.setdefault(self.name, []).append(obj)
        return obj


def run_spec(platform: str, tmp_path, monkeypatch) -> dict:
    monkeypatch.setattr(sys, "platform", platform)
    # the spec asks PyInstaller for a binary's imports on Windows/macOS: the stand-ins import nothing
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: []
    for name in ("PyInstaller", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, sys.modules.get(name) or types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "path", list(sys.path))
    calls: dict = {}
    namespace = {"__file__": str(SPEC), "SPECPATH": str(SPEC.parent), "workpath": str(tmp_path / "work"),
                 **{n: Recorder(calls, n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}}
    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), namespace)
    return {"calls": calls, "ns": namespace}


def kept_plugins(result) -> set[str]:
    (collect,) = result["calls"]["COLLECT"]
    binaries = collect.args[1]
    return {Path(dest).name for dest, _, _ in binaries}


def test_windows_branch(tmp_path, monkeypatch):
    r = run_spec("win32", tmp_path, monkeypatch)
    (exe,) = r["calls"]["EXE"]
    assert exe.kwargs["icon"].endswith("backan-desktop.ico") and Path(exe.kwargs["icon"]).is_file()
    assert exe.kwargs["console"] is False and exe.kwargs["upx"] is False
    version = Path(exe.kwargs["version"]).read_text("utf-8")
    from backan_desktop import __version__
    numbers = tuple(int(x) for x in re.findall(r"\d+", __version__)[:4]) + (0,) * 4
    assert repr(numbers[:4]) in version and __version__ in version
    assert "BUNDLE" not in r["calls"]
    assert kept_plugins(r) >= {"qwindows.dll", "qmodernwindowsstyle.dll", "qsvg.dll"}
    assert not kept_plugins(r) & {"libqwayland-egl.so", "libqgtk3.so", "qjpeg.dll"}
    # Linux-only steps must not run: their helpers return the list unchanged on Windows
    binaries = [("libfoo.so", "/nonexistent/libfoo.so", "BINARY")]
    assert r["ns"]["_strip_foreign"](binaries) == binaries
    assert r["ns"]["_shrink_icu_data"](binaries) == binaries
    # Windows file names are compared without case
    assert r["ns"]["_key"]("Qt6Core.DLL") == "qt6core.dll"


def test_macos_branch(tmp_path, monkeypatch):
    r = run_spec("darwin", tmp_path, monkeypatch)
    (exe,) = r["calls"]["EXE"]
    assert exe.kwargs["icon"].endswith("backan-desktop.icns") and exe.kwargs["version"] is None
    (bundle,) = r["calls"]["BUNDLE"]
    plist = bundle.kwargs["info_plist"]
    assert bundle.kwargs["name"].endswith(".app") and Path(bundle.kwargs["icon"]).is_file()
    assert plist["CFBundleLocalizations"] == ["vi", "en"] and plist["NSHighResolutionCapable"] is True
    assert "libqcocoa.dylib" in kept_plugins(r)


def test_linux_branch(tmp_path, monkeypatch):
    r = run_spec("linux", tmp_path, monkeypatch)
    (exe,) = r["calls"]["EXE"]
    assert exe.kwargs["icon"] is None and exe.kwargs["version"] is None
    assert "BUNDLE" not in r["calls"]
    assert "libqxcb.so" in kept_plugins(r)
    assert not kept_plugins(r) & {"libqwayland-egl.so", "libqgtk3.so"}
    assert r["ns"]["_key"]("Qt6Core.DLL") == "Qt6Core.DLL"


def test_the_spec_bundles_the_data_fonts_translations_and_icons(tmp_path, monkeypatch):
    r = run_spec("linux", tmp_path, monkeypatch)
    (analysis,) = r["calls"]["Analysis"]
    places = {dest for _, dest in analysis.kwargs["datas"]}
    assert places == {"data/backan", "data/geo", "resources/fonts", "resources/translations", "resources/icons"}
