"""./dev: its system-library check gives the same answer every time, and a broken layer contract
fails `./dev test` before the tests run."""
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FUNCTIONS = ROOT / "dev-functions.sh"


def bash(script: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", f'set -euo pipefail; ROOT="{ROOT}"; source "{FUNCTIONS}"; {script}'],
                          capture_output=True, text=True, **kw)


@pytest.mark.skipif(not (shutil.which("ldconfig") or Path("/sbin/ldconfig").exists()), reason="no ldconfig here")
def test_the_library_check_answers_the_same_every_time():
    """`ldconfig -p | grep -q` under pipefail reported a present library missing in ~1 run of 100
    (grep quits early, ldconfig gets SIGPIPE), and ./dev then ran apt-get, which fails offline."""
    pairs = bash('echo "$QT_LIBS $X11_LIBS"').stdout.split()
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    cache = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True).stdout
    expected = " ".join(p.split(":")[1] for p in pairs if p.split(":")[0] not in cache)
    r = bash('for i in $(seq 300); do echo "[$(missing_packages "$QT_LIBS $X11_LIBS" | xargs)]"; done', timeout=300)
    assert r.returncode == 0, r.stderr
    answers = r.stdout.splitlines()
    assert len(answers) == 300 and set(answers) == {f"[{expected}]"}, sorted(set(answers))


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "lint-imports").exists(), reason="needs ./dev setup's .venv")
def test_a_broken_layer_contract_fails_dev_test_before_any_test_runs(tmp_path):
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT, copy, symlinks=True, ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist"))
    (copy / ".venv").symlink_to(ROOT / ".venv")
    ticks = copy / "backan_desktop" / "core" / "ticks.py"
    ticks.write_text(ticks.read_text(encoding="utf-8") + "\n\ndef _qt():\n    import pyqtgraph  # noqa\n"
                     "    from ..qt import fonts  # noqa\n", encoding="utf-8")
    r = subprocess.run([str(copy / "dev"), "test", "-q", "tests/core/test_search.py"], capture_output=True,
                       text=True, timeout=600, cwd=copy)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "ui above share above qt above core: a lower layer never imports a higher one BROKEN" in out
    assert "the core runs without Qt: no PySide6, shiboken6 or pyqtgraph BROKEN" in out
    assert "backan_desktop.core.ticks -> pyqtgraph" in out and "backan_desktop.core.ticks -> backan_desktop.qt.fonts" in out
    assert "passed" not in out and "test_search" not in out          # pytest never started
