"""All benchmarks in one command (prints figures; nothing here is a test):

    .venv/bin/python benchmarks/run.py [--runs 5] [--rows 1000000] [--quick]

- cold start to first paint, against a bare PySide6 QMainWindow measured in the same run, and
  to data shown (a virtual X screen is started when Xvfb is installed, else Qt's offscreen platform);
- import of a 1,000,000-row × 10-column CSV against plain ``pandas.read_csv`` of the same file;
- that import as a library dataset: commit, library load, opening it in the Datasets browser;
- the table model on that frame: a screenful of cells, scrolling, sorting, filtering, memory;
- a 1,000,000-point chart: building and rendering;
- a user library that scales, as whole processes: ``backan-desktop import`` of that CSV against
  ``python -c "import pandas; pandas.read_csv(...)"``; ``export --all`` and start-up to data shown
  with three such datasets in the library against an empty library (time and peak memory);
- ``backan-desktop import`` of a 100,000-row × 6-column XLSX against ``pandas.read_excel(...,
  engine="calamine")`` of the same file, both whole processes (``--only xlsx`` runs this alone);
- the same for a 1,000,000-figure CSV in three layouts (the long 10-column table above, a wide
  yearbook table, a long table with free-text source and note columns) against
  ``pandas.read_csv`` (``--only layouts``);
- sheet export: one sheet and the whole handout set (benchmarks/export_sheets.py);
- peak memory of each child process.
Medians of several runs; ratios against the baseline measured in the same run.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QObject, QEvent, QTimer
t0 = float(sys.argv[1])
app = QApplication(sys.argv[:1])
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and getattr(obj, "isWindow", lambda: False)():
            print(f"first-paint {time.time() - t0:.4f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe(); app.installEventFilter(probe)
w = QMainWindow(); w.resize(1280, 820); w.show(); app.exec()
"""


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def fmt(xs, unit="s"):
    if not xs:
        return "n/a"
    scale = 1000 if unit == "ms" else 1
    return f"median {med(xs) * scale:8.1f} {unit}  (min {min(xs) * scale:.1f}, max {max(xs) * scale:.1f}, n={len(xs)})"


def child_env(display_env: dict, home: Path) -> dict:
    env = dict(os.environ)
    env.update(display_env)
    env["BACKAN_DATA_HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    return env


def start_display():
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None, ({} if os.environ.get("DISPLAY") else {"QT_QPA_PLATFORM": "offscreen"})
    display = ":97"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return proc, {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def run_probe(cmd, env) -> dict:
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("first-paint", "data-ready"):
            marks[parts[0]] = float(parts[1])
    return marks


def startup(runs: int) -> None:
    print("== start-up ==")
    # what `./dev run` starts: the package's modules compiled (pip does the same for installed
    # packages; with PYTHONDONTWRITEBYTECODE set, nothing would cache them)
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "backan_desktop")], check=False,
                   stdout=subprocess.DEVNULL)
    xvfb, display_env = start_display()
    platform = display_env.get("QT_QPA_PLATFORM") or "xcb (existing display)"
    try:
        bare, first, ready, ratios = [], [], [], []
        home = Path(tempfile.mkdtemp(prefix="backan-bench-home-"))
        rounds = max(runs, 11)
        for i in range(rounds + 1):        # the first round warms the file cache and is dropped
            env = child_env(display_env, home)
            pair = [("bare", [PY, "-c", BARE]), ("app", [PY, "-m", "backan_desktop", "--data-home", str(home)])]
            if i % 2:
                pair.reverse()             # alternate which goes first
            marks = {}
            for name, cmd in pair:
                t0 = time.time()
                if name == "bare":
                    marks[name] = run_probe(cmd + [str(t0)], env)
                else:
                    marks[name] = run_probe(cmd, dict(env, BACKAN_STARTUP_PROBE=str(t0)))
            if i == 0:
                continue
            b, a = marks["bare"], marks["app"]
            if "first-paint" in b:
                bare.append(b["first-paint"])
            if "first-paint" in a:
                first.append(a["first-paint"])
            if "first-paint" in a and "first-paint" in b:
                ratios.append(a["first-paint"] / b["first-paint"])
            if "data-ready" in a:
                ready.append(a["data-ready"])
        print(f"platform: {platform}")
        print(f"bare PySide6 window, first paint   {fmt(bare, 'ms')}")
        print(f"backan-desktop, first paint        {fmt(first, 'ms')}")
        print(f"  ratio to bare window             {med(first) / med(bare):.2f}x  (median of the {len(ratios)} "
              f"same-round ratios: {med(ratios):.2f}x)")
        print(f"backan-desktop, data shown         {fmt(ready)}")
    finally:
        if xvfb is not None:
            xvfb.terminate()


def make_csv(path: Path, rows: int) -> None:
    import numpy as np
    import pandas as pd
    n = rows
    i = np.arange(n)
    pd.DataFrame({
        "indicator": [f"indicator_{k // 600}" for k in range(n)],
        "area": np.array(["Bắc Kạn", "Chợ Đồn", "Ba Bể", "Pác Nặm", "Na Rì", "Ngân Sơn", "Bạch Thông", "Chợ Mới"])[i % 8],
        "period": (2000 + (i // 8) % 25).astype(str),
        "category": np.array(["", "urban", "rural"])[(i // 200) % 3],
        "value": np.random.default_rng(1).normal(1000, 250, n).round(2),
        "unit": "tỷ đồng", "status": np.array(["official", "estimate"])[i % 2], "source": "Cục Thống kê",
        "note": "", "row_id": i,
    }).to_csv(path, index=False)


def big_import(rows: int, runs: int):
    import pandas as pd

    from backan_desktop.core.importing import ImportOptions, preview_table

    print(f"== import of a {rows:,}-row × 10-column CSV ==")
    folder = Path(tempfile.mkdtemp(prefix="backan-bench-"))
    path = folder / "big.csv"
    make_csv(path, rows)
    print(f"file: {path.stat().st_size / 2**20:.1f} MB")
    base, ours, preview = [], [], None
    # the baseline is the fastest engine installed: pyarrow's reader if present, else the C
    # reader (which pandas 3.1 runs on all cores)
    import importlib.util
    engine = "pyarrow" if importlib.util.find_spec("pyarrow") else "c"
    pd.read_csv(path, engine=engine)       # warm the file cache
    for _ in range(runs):
        t = time.perf_counter(); frame = pd.read_csv(path, engine=engine); base.append(time.perf_counter() - t)
        t = time.perf_counter(); preview = preview_table(path, ImportOptions()); ours.append(time.perf_counter() - t)
    print(f"pandas.read_csv (engine={engine:7s})  {fmt(base)}")
    print(f"backan-desktop import (checked)    {fmt(ours)}")
    print(f"  ratio to pandas.read_csv         {med(ours) / med(base):.2f}x   ({len(preview.rows):,} rows, {len(preview.problems)} problems)")
    return frame, preview


def timed_process(cmd, env=None) -> tuple[float, float, str]:
    """Wall time (s) and peak memory (MB) of one child process, and its output."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd}: exit {proc.returncode}")
    return wall, usage.ru_maxrss / 1024, out


def library_scale(rows: int, runs: int) -> None:
    """Issue 14's three rows, as a user meets them: whole processes, same-run ratios."""
    print(f"== a user library that scales ({rows:,}-row imports, whole processes) ==")
    folder = Path(tempfile.mkdtemp(prefix="backan-bench-scale-"))
    path = folder / "big.csv"
    # made in a child: a child's peak memory counts from its parent's at fork, so this process stays small
    subprocess.run([PY, "-c", f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import run; "
                              f"from pathlib import Path; run.make_csv(Path({str(path)!r}), {rows})"], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cli = [PY, "-m", "backan_desktop"]
    baseline = [PY, "-c", f"import pandas; pandas.read_csv({str(path)!r})"]
    timed_process(baseline, env)                                   # warm the file cache
    base, ours, ratios, mem_base, mem_ours = [], [], [], [], []
    for i in range(runs):
        home = folder / f"home-{i}"
        pair = [("base", baseline), ("ours", cli + ["import", str(path), "--id", "big", "--data-home", str(home)])]
        if i % 2:
            pair.reverse()
        got = {}
        for name, cmd in pair:
            got[name] = timed_process(cmd, env)
        base.append(got["base"][0]); ours.append(got["ours"][0]); ratios.append(got["ours"][0] / got["base"][0])
        mem_base.append(got["base"][1]); mem_ours.append(got["ours"][1])
        shutil.rmtree(home, ignore_errors=True)
    print(f"python -c 'pandas.read_csv'        {fmt(base)}   peak {med(mem_base):.0f} MB")
    print(f"backan-desktop import (whole)      {fmt(ours)}   peak {med(mem_ours):.0f} MB")
    print(f"  ratio                            {med(ours) / med(base):.2f}x  (median of same-run ratios {med(ratios):.2f}x)")

    full, empty = folder / "home-3", folder / "home-empty"
    empty.mkdir()
    for k in range(3):
        timed_process(cli + ["import", str(path), "--id", f"big-{k}", "--data-home", str(full)], env)
    out = folder / "out"
    t_full, t_empty, m_full, m_empty, r = [], [], [], [], []
    for i in range(runs):
        pair = [("empty", empty), ("full", full)]
        if i % 2:
            pair.reverse()
        got = {}
        for name, home in pair:
            got[name] = timed_process(cli + ["export", "--all", "--lang", "en", "--output-dir", str(out / name),
                                             "--data-home", str(home)], env)
        t_full.append(got["full"][0]); t_empty.append(got["empty"][0]); r.append(got["full"][0] / got["empty"][0])
        m_full.append(got["full"][1]); m_empty.append(got["empty"][1])
    print(f"export --all, empty library        {fmt(t_empty)}   peak {med(m_empty):.0f} MB")
    print(f"export --all, three 1M-row imports {fmt(t_full)}   peak {med(m_full):.0f} MB")
    print(f"  ratio                            {med(t_full) / med(t_empty):.2f}x time (same-run {med(r):.2f}x), "
          f"{med(m_full) / med(m_empty):.2f}x memory")

    xvfb, display_env = start_display()
    try:
        ready = {"empty": [], "full": []}
        for i in range(runs + 1):
            pair = [("empty", empty), ("full", full)]
            if i % 2:
                pair.reverse()
            for name, home in pair:
                t0 = time.time()
                marks = run_probe(cli + ["--data-home", str(home)],
                                  dict(child_env(display_env, home), BACKAN_STARTUP_PROBE=str(t0)))
                if i and "data-ready" in marks:
                    ready[name].append(marks["data-ready"])
        print(f"start to data shown, empty library {fmt(ready['empty'])}")
        print(f"start to data shown, three imports {fmt(ready['full'])}")
        print(f"  ratio                            {med(ready['full']) / med(ready['empty']):.2f}x")
    finally:
        if xvfb is not None:
            xvfb.terminate()
    shutil.rmtree(folder, ignore_errors=True)


def big_dataset(preview, runs: int) -> None:
    """The imported 1M rows as a dataset: commit to the library, load it, open it in the browser."""
    from backan_desktop.core.library import load_library
    from backan_desktop.core.storage.datasets import commit_import
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.pages.datasets_page import DatasetsPage

    print("== the import as a library dataset ==")
    install_language("vi")
    commit, load, rows, open_ = [], [], [], []
    for _ in range(runs):
        home = Path(tempfile.mkdtemp(prefix="backan-bench-lib-"))
        t = time.perf_counter(); commit_import(preview, home); commit.append(time.perf_counter() - t)
        t = time.perf_counter(); lib = load_library(data_home=home); load.append(time.perf_counter() - t)
        t = time.perf_counter(); lib.datasets[preview.dataset_id].load(); rows.append(time.perf_counter() - t)
        page = DatasetsPage()
        page.resize(1200, 800)
        page.set_library(lib, "vi")
        t = time.perf_counter(); page.open_dataset(preview.dataset_id); open_.append(time.perf_counter() - t)
        page.close()
        page.deleteLater()
        shutil.rmtree(home, ignore_errors=True)
    print(f"commit (write + check the written)  {fmt(commit)}   (on a worker thread in the app)")
    print(f"load the library with it            {fmt(load, 'ms')}   (catalogue only; on a worker thread in the app)")
    print(f"read its rows (columnar copy)       {fmt(rows, 'ms')}   (checksum + .npy; on a worker thread in the app)")
    print(f"open it in the Datasets browser     {fmt(open_, 'ms')}   (GUI thread: model, chart)")


def table(frame, runs: int) -> None:
    import numpy as np
    import tracemalloc

    from backan_desktop.ui.table_model import DataFrameModel

    print("== table model on the imported frame ==")
    tracemalloc.start()
    model = DataFrameModel(frame, "vi")
    screen, scroll, sort, filt = [], [], [], []
    rng = np.random.default_rng(3)
    for _ in range(runs):
        t = time.perf_counter()
        for r in range(40):
            for c in range(model.columnCount()):
                model.data(model.index(r, c))
        screen.append(time.perf_counter() - t)
        t = time.perf_counter()
        for top in rng.integers(0, len(frame) - 40, 20):        # 20 jumps of the scroll bar
            for r in range(int(top), int(top) + 40):
                for c in range(model.columnCount()):
                    model.data(model.index(r, c))
        scroll.append((time.perf_counter() - t) / 20)
        t = time.perf_counter(); order = model.sort_order(4, True); sort.append(time.perf_counter() - t)
        t = time.perf_counter(); rows = model.filter_rows("cho don"); filt.append(time.perf_counter() - t)
    model.apply_order(order)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    frame_bytes = frame.memory_usage(deep=True).sum()
    print(f"first screen (40 rows × 10 cols)   {fmt(screen, 'ms')}")
    print(f"one scroll jump (40 × 10 cells)    {fmt(scroll, 'ms')}")
    print(f"sort 1M rows by value (numpy)      {fmt(sort, 'ms')}   (on a worker thread in the app)")
    print(f"filter 'cho don' (accent-blind)    {fmt(filt, 'ms')}   ({len(rows):,} rows match)")
    print(f"frame itself                       {frame_bytes / 2**20:.1f} MB ({', '.join(sorted({str(t) for t in frame.dtypes}))})")
    print(f"model memory beyond the frame      {kept / 2**20:.1f} MB kept (caches, sorted order) → "
          f"{(frame_bytes + kept) / frame_bytes:.2f}x the frame; {peak / 2**20:.1f} MB at the peak of a sort → "
          f"{(frame_bytes + peak) / frame_bytes:.2f}x")


def make_xlsx(path: Path, rows: int) -> None:
    """A long table as staff save it from Excel: indicator, area, year, value, unit, note (one in seven
    filled); every (indicator, area, year) once."""
    import random

    from openpyxl import Workbook

    rng = random.Random(1)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Số liệu")
    ws.append(["chỉ tiêu", "địa bàn", "năm", "giá trị", "đơn vị", "ghi chú"])
    for i in range(rows):
        ws.append([f"Chỉ tiêu {i % 50}", f"Xã {(i // 50) % 120}", 1990 + i // 6000, round(rng.random() * 1000, 2),
                   "tỷ đồng", "ghi chú" if i % 7 == 0 else None])
    wb.save(path)


def import_against(path: Path, baseline: list[str], label: str, runs: int) -> None:
    """``backan-desktop import PATH`` against ``baseline`` reading the same file, as whole processes
    in alternating order, printing both and their ratio (goal ≤ 2×)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    timed_process(baseline, env)                                   # warm the file cache
    base, ours, ratios = [], [], []
    for i in range(runs):
        home = path.parent / f"home-{i}"
        pair = [("base", baseline),
                ("ours", [PY, "-m", "backan_desktop", "import", str(path), "--id", "bench", "--data-home", str(home)])]
        if i % 2:
            pair.reverse()
        got = {name: timed_process(cmd, env)[0] for name, cmd in pair}
        base.append(got["base"]); ours.append(got["ours"]); ratios.append(got["ours"] / got["base"])
        shutil.rmtree(home, ignore_errors=True)
    print(f"{label:35s}{fmt(base)}")
    print(f"backan-desktop import (whole)      {fmt(ours)}")
    print(f"  ratio                            {med(ours) / med(base):.2f}x  (median of same-run ratios "
          f"{med(ratios):.2f}x; goal ≤ 2x)")


def xlsx_import(runs: int, rows: int = 100_000) -> None:
    """Issue 23: a whole ``backan-desktop import`` of an XLSX against ``pandas.read_excel`` with the
    calamine engine reading the same file, as whole processes in the same run."""
    print(f"== import of a {rows:,}-row × 6-column XLSX (whole processes) ==")
    path = Path(tempfile.mkdtemp(prefix="backan-bench-xlsx-")) / "big.xlsx"
    _made_and_imported(path, f"run.make_xlsx(Path({str(path)!r}), {rows})",
                       f"pandas.read_excel({str(path)!r}, engine='calamine')", "pandas.read_excel(engine=calamine) ", runs)


def _made_and_imported(path: Path, make: str, baseline: str, label: str, runs: int) -> None:
    """Write the file with ``make`` (an expression on this module) in a fresh process, then time
    its whole import against ``python -c 'import pandas; <baseline>'``; the file is removed after."""
    subprocess.run([PY, "-c", f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import run; "
                              f"from pathlib import Path; {make}"], check=True)
    print(f"file: {path.stat().st_size / 2**20:.1f} MB")
    import_against(path, [PY, "-c", f"import pandas; {baseline}"], label, runs)
    shutil.rmtree(path.parent, ignore_errors=True)


def make_layout(path: Path, layout: str, rows: int) -> None:
    """A CSV of ``rows`` rows in another layout: "wide" (a yearbook table: an indicator and an
    area, then one column per year 2015–2024) or "free-text" (a long table whose source and note
    are different on almost every row)."""
    import numpy as np
    import pandas as pd
    rng = np.random.default_rng(2)
    i = np.arange(rows)
    if layout == "wide":
        data = {"indicator": [f"indicator {k}" for k in range(rows)], "area": np.array(["Bắc Kạn", "Chợ Đồn"])[i % 2]}
        for year in range(2015, 2025):
            data[str(year)] = rng.normal(100, 10, rows).round(1)
    else:
        data = {"indicator": [f"indicator_{k // 100}" for k in range(rows)],
                "area": np.array(["Bắc Kạn", "Chợ Đồn", "Ba Bể", "Pác Nặm"])[i % 4],
                "period": (2000 + (i // 4) % 25).astype(str), "value": rng.normal(1000, 250, rows).round(2),
                "unit": "tỷ đồng", "status": "official", "source": [f"Báo cáo số {k % 50000}/BC-UBND" for k in range(rows)],
                "note": [f"ghi chú dòng {k}" for k in range(rows)]}
    pd.DataFrame(data).to_csv(path, index=False)


def csv_layouts(runs: int, rows: int) -> None:
    """Issue 23: a whole ``backan-desktop import`` of a CSV in each layout — the long 10-column
    table, a wide yearbook table and a long table with free-text columns — against
    ``pandas.read_csv`` of the same file (whole processes)."""
    for layout in ("long", "wide", "free-text"):
        n = rows // 10 if layout == "wide" else rows       # a wide row holds ten figures
        print(f"== import of a {n:,}-row CSV, {layout} layout (whole processes) ==")
        path = Path(tempfile.mkdtemp(prefix="backan-bench-layout-")) / f"{layout}.csv"
        make = f"run.make_csv(Path({str(path)!r}), {n})" if layout == "long" else \
            f"run.make_layout(Path({str(path)!r}), {layout!r}, {n})"
        _made_and_imported(path, make, f"pandas.read_csv({str(path)!r})", "python -c 'pandas.read_csv'        ", runs)


def chart(runs: int) -> None:
    import numpy as np

    from backan_desktop.core.sheets import Chart, ChartSeries
    from backan_desktop.qt.charts import make_plot

    print("== 1,000,000-point chart ==")
    n = 1_000_000
    values = np.sin(np.arange(n) / 5000.0) * 100 + np.random.default_rng(5).normal(0, 3, n)
    spec = Chart("big", "line", [str(i) for i in range(n)], [ChartSeries("s", values, [], 0)], "", "", [], lang="en")
    build, render, zoom = [], [], []
    for _ in range(runs):
        t = time.perf_counter(); w = make_plot(spec); w.resize(1200, 500); w.show(); build.append(time.perf_counter() - t)
        t = time.perf_counter(); w.grab(); render.append(time.perf_counter() - t)
        t = time.perf_counter()
        for lo in range(0, 900_000, 90_000):             # ten pans/zooms
            w.getPlotItem().vb.setXRange(lo, lo + 50_000, padding=0)
            w.grab()
        zoom.append((time.perf_counter() - t) / 10)
        w.close()
    print(f"build widget                       {fmt(build, 'ms')}")
    print(f"render (whole range)               {fmt(render, 'ms')}")
    print(f"pan/zoom + render                  {fmt(zoom, 'ms')}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100,000 rows and 3 runs")
    ap.add_argument("--only", choices=["library", "xlsx", "layouts"], help="run one part only")
    args = ap.parse_args()
    if args.quick:
        args.runs, args.rows = 3, 100_000
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.only == "library":
        library_scale(args.rows, args.runs)
        return 0
    if args.only == "xlsx":
        xlsx_import(args.runs)
        return 0
    if args.only == "layouts":
        csv_layouts(args.runs, args.rows)
        return 0
    startup(args.runs)
    library_scale(args.rows, args.runs)
    xlsx_import(args.runs)
    csv_layouts(args.runs, args.rows)
    from backan_desktop.qt.app import make_app
    make_app(gui=False)
    frame, preview = big_import(args.rows, max(3, args.runs // 2))
    big_dataset(preview, max(2, args.runs // 2))
    table(preview.rows, args.runs)
    chart(max(2, args.runs // 2))
    print("== sheets ==")
    subprocess.run([PY, str(ROOT / "benchmarks" / "export_sheets.py"), "--runs", str(args.runs)], check=False)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"== peak memory: this process {peak:.0f} MB; largest child {kids:.0f} MB ==")
    return 0


if __name__ == "__main__":
    sys.exit(main())
