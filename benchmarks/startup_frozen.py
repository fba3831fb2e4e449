"""Benchmark: start-up of the packaged app against ``python -m backan_desktop`` (prints figures;
not a test).

    .venv/bin/python packaging/build.py                 # once, to get dist/backan-desktop/
    .venv/bin/python benchmarks/startup_frozen.py [--runs 7] [--drop-caches]

Each run is a new process with a fresh data home and settings, timed from ``Popen`` to the X11
MapNotify of its main window (the app shows the window before pandas, pyqtgraph and the data are
loaded), then closed. Needs an X display: without one the script re-runs itself under
``xvfb-run``. ``--drop-caches`` (root, Linux) empties the page cache before every run for truly
cold starts; otherwise the files come from the page cache after the first run. Also timed:
``--version`` (interpreter and CLI start-up only). Medians, with min–max.
"""
from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "backan-desktop" / ("backan-desktop.exe" if os.name == "nt" else "backan-desktop")
VENV_PY = ROOT / ".venv" / "bin" / "python"

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("rest", ctypes.c_char * 256)]


class MapWatcher:
    """Waits for a top-level window of at least 400×300 pixels to be mapped on the X display."""

    def __init__(self):
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        self.x = ctypes.CDLL(name)
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x.XPending.argtypes = [ctypes.c_void_p]
        self.x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        self.x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.dpy = self.x.XOpenDisplay(None)
        if not self.dpy:
            raise SystemExit("cannot open the X display")
        self.x.XSelectInput(self.dpy, self.x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XFlush(self.dpy)
        self.fd = self.x.XConnectionNumber(self.dpy)

    def drain(self) -> None:
        ev = XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(ev))

    def wait_for_main_window(self, proc: subprocess.Popen, timeout: float) -> float | None:
        """Seconds (perf_counter) at which a big window was mapped, or None."""
        ev = XEvent()
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(ev))
                if ev.type == MAP_NOTIFY:
                    t = time.perf_counter()
                    attrs = XWindowAttributes()
                    if self.x.XGetWindowAttributes(self.dpy, ev.xmap.window, ctypes.byref(attrs)) and \
                            attrs.width >= 400 and attrs.height >= 300:
                        return t
            if proc.poll() is not None:
                return None
            select.select([self.fd], [], [], 0.05)
        return None


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def window_start(cmd: list[str], watcher: MapWatcher, cold: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="backan-bench-") as tmp:
        env = dict(os.environ, BACKAN_DATA_HOME=f"{tmp}/home", XDG_CONFIG_HOME=f"{tmp}/config")
        env.pop("QT_QPA_PLATFORM", None)
        if cold:
            drop_caches()
        watcher.drain()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd + ["--lang", "vi"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            t = watcher.wait_for_main_window(proc, 60)
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if t is None:
            raise SystemExit(f"{' '.join(cmd)}: no main window within 60 s (exit code {proc.returncode})")
        return t - t0


def version_start(cmd: list[str], cold: bool) -> float:
    if cold:
        drop_caches()
    t0 = time.perf_counter()
    subprocess.run(cmd + ["--version"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def summary(label: str, values: list[float]) -> str:
    return (f"{label:<34} median {statistics.median(values):6.3f} s   "
            f"(min {min(values):.3f}, max {max(values):.3f}, n={len(values)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--drop-caches", action="store_true", help="empty the page cache before each run (root)")
    args = ap.parse_args()
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        if shutil.which("xvfb-run"):
            os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, *sys.argv])
        raise SystemExit("no X display: run it in a desktop session or install xvfb")
    if not FROZEN.is_file():
        raise SystemExit(f"no bundle at {FROZEN}: build it first (packaging/build.sh)")
    python = str(VENV_PY if VENV_PY.is_file() else Path(sys.executable))
    cold = args.drop_caches and drop_caches()
    if args.drop_caches and not cold:
        print("(cannot drop the page cache here: runs after the first read files from the page cache)")
    variants = {"frozen (dist/backan-desktop)": [str(FROZEN)],
                "python -m backan_desktop": [python, "-m", "backan_desktop"]}
    watcher = MapWatcher()
    for cmd in variants.values():       # one untimed warm-up each, so both start from the same cache state
        window_start(cmd, watcher, False)
    win = {k: [] for k in variants}
    ver = {k: [] for k in variants}
    for _ in range(args.runs):          # interleaved, so drift affects both alike
        for label, cmd in variants.items():
            win[label].append(window_start(cmd, watcher, cold))
            ver[label].append(version_start(cmd, cold))
    print(f"start-up until the main window is mapped ({'cold page cache' if cold else 'warm page cache'}, "
          f"{os.cpu_count()} CPUs, DISPLAY={os.environ.get('DISPLAY')}):")
    for label in variants:
        print("  " + summary(label, win[label]))
    ratio = statistics.median(win[list(variants)[0]]) / statistics.median(win[list(variants)[1]])
    print(f"  frozen / unfrozen = {ratio:.2f}")
    print("start-up of --version (interpreter + CLI only):")
    for label in variants:
        print("  " + summary(label, ver[label]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
