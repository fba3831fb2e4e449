"""Benchmark: time to export one sheet and the whole handout set (prints figures; not a test).

    .venv/bin/python benchmarks/export_sheets.py [--runs 5]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    from backan_desktop.core.library import load_library
    from backan_desktop.core.sheets import SHEET_IDS, build_sheet
    from backan_desktop.qt.app import make_app
    from backan_desktop.qt.export import export_sheets
    from backan_desktop.qt.pdf import write_pdf
    make_app(gui=False)
    t_import = time.perf_counter() - t0

    t0 = time.perf_counter()
    lib = load_library()
    t_load = time.perf_counter() - t0

    out = Path(tempfile.mkdtemp(prefix="backan-bench-"))
    build, single, handout, pages = [], [], [], 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        sheet = build_sheet(lib, "economy", "vi")
        build.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        pages = write_pdf([sheet], out / "economy_vi.pdf")
        single.append(time.perf_counter() - t0)
    appendix, appendix_pages = [], 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        appendix_pages = write_pdf([build_sheet(lib, "economy", "vi")], out / "economy_vi_appendix.pdf", appendix=True)
        appendix.append(time.perf_counter() - t0)
    for _ in range(args.runs):
        t0 = time.perf_counter()
        sheets = [build_sheet(lib, s, "vi") for s in SHEET_IDS]
        written = export_sheets(sheets, out, folder=True, booklet=True)
        total_pages = next(f.pages for f in written if f.booklet)
        handout.append(time.perf_counter() - t0)

    def ms(xs):
        return f"median {statistics.median(xs) * 1000:8.1f} ms  (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f}, n={len(xs)})"

    print(f"imports + QApplication          {t_import * 1000:8.1f} ms")
    print(f"load bundled data package       {t_load * 1000:8.1f} ms  ({len(lib.observations)} observations)")
    print(f"build 'economy' sheet content   {ms(build)}")
    print(f"write 'economy' PDF ({pages} pages)    {ms(single)}")
    print(f"'economy' with its appendix ({appendix_pages} pages)  {ms(appendix)}")
    print(f"handout set: 6 sheets + booklet ({total_pages} booklet pages)  {ms(handout)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
