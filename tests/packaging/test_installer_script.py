"""The Windows installer script (packaging/windows/installer.nsi), compiled here by makensis.

NSIS runs on Linux too (Debian package ``nsis``), so the script's syntax and its use of the bundle
are checked against a small stand-in for ``dist/backan-desktop``; what only Windows can show (the
installed shortcut, the "Apps & features" entry, an uninstall) is for the CI workflow's artefact.
Skipped where makensis is not installed (``apt-get install nsis``).
"""
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "installer.nsi"
makensis = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(makensis is None, reason="makensis not installed (apt-get install nsis)")


def fake_bundle(folder: Path) -> Path:
    dist = folder / "backan-desktop"
    (dist / "_internal" / "data" / "backan").mkdir(parents=True)
    (dist / "backan-desktop.exe").write_bytes(b"MZ stand-in")
    (dist / "_internal" / "data" / "backan" / "datapackage.json").write_text("{}", "utf-8")
    return dist


def compile_script(tmp_path, *defines) -> subprocess.CompletedProcess:
    return subprocess.run([makensis, "-V2", "-WX", *defines, str(SCRIPT)], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)


@needs_makensis
def test_the_installer_script_compiles_against_a_bundle(tmp_path):
    dist = fake_bundle(tmp_path)
    out = tmp_path / "backan-desktop-0.1.0-setup.exe"
    r = compile_script(tmp_path, "-DVERSION=0.1.0", f"-DDIST={dist}", f"-DOUTFILE={out}")
    assert r.returncode == 0, r.stdout + r.stderr
    assert out.read_bytes()[:2] == b"MZ"


@needs_makensis
def test_the_installer_refuses_to_build_without_a_version(tmp_path):
    r = compile_script(tmp_path, f"-DDIST={fake_bundle(tmp_path)}")
    assert r.returncode != 0 and "pass /DVERSION" in r.stdout + r.stderr


def test_the_installer_is_per_user_with_a_start_menu_entry_and_an_uninstaller():
    text = SCRIPT.read_text("utf-8")
    assert "RequestExecutionLevel user" in text
    assert '$LOCALAPPDATA\\Programs\\' in text                     # no administrator rights needed
    assert 'CreateShortcut "$SMPROGRAMS\\' in text
    assert 'WriteUninstaller "$INSTDIR\\Uninstall.exe"' in text
    assert "WriteRegStr HKCU \"${UNINSTALL_KEY}\" \"UninstallString\"" in text
    assert "HKLM" not in text                                        # nothing machine-wide
    # the uninstaller removes the folder whole only when it holds our program
    uninstall = text[text.index('Section "Uninstall"'):]
    assert uninstall.index('IfFileExists "$INSTDIR\\${APP_EXE}"') < uninstall.index("RMDir /r")
