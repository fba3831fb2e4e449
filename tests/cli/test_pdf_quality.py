"""Printed sheets: paper sizes, metadata, vector charts (no images), embedded fonts, long tables."""
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdftext import pdf_text
from pypdf import PdfReader


def export(*args, data_home):
    r = subprocess.run([sys.executable, "-m", "backan_desktop", "export", *args, "--data-home", str(data_home)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return r


@pytest.mark.parametrize("paper,size", [("A4", (595, 842)), ("A5", (420, 595)), ("Letter", (612, 792))])
def test_paper_sizes(tmp_path, data_home, paper, size):
    out = tmp_path / f"{paper}.pdf"
    export("--sheet", "trade", "--paper", paper, "-o", str(out), data_home=data_home)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_charts_are_vector_fonts_embedded_metadata_set(tmp_path, data_home):
    out = tmp_path / "economy.pdf"
    export("--sheet", "economy", "--lang", "en", "-o", str(out), data_home=data_home)
    reader = PdfReader(out)
    for page in reader.pages:
        assert len(page.images) == 0           # charts and the QR code are drawn, not pasted
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            desc = descendant["/FontDescriptor"].get_object()
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
    meta = reader.metadata
    assert meta.title == "Economy" and meta.author == "backan-desktop"
    xmp = reader.xmp_metadata
    assert xmp is not None and "en" in (xmp.dc_language or [])
    text = pdf_text(out)
    assert "GRDP growth rate" in text and "Other source(s)" in text and "Sources" in text
    assert "\ufb01" not in text and "\ufb02" not in text      # no ligature glyphs: "figures" stays searchable
    assert "figures describe the former province" in text
    if shutil.which("qpdf"):
        r = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout


def test_status_marks_and_legend_are_printed(tmp_path, data_home):
    out = tmp_path / "economy_vi.pdf"
    export("--sheet", "economy", "--lang", "vi", "-o", str(out), data_home=data_home)
    text = pdf_text(out)
    assert "ước tính" in text and "kế hoạch" in text
    assert "12.840 tỷ đồng" in text     # the other vintage of GRDP 2020 is noted


def test_thousands_of_rows_export_completely(tmp_path, data_home):
    folder = data_home / "datasets" / "big"
    folder.mkdir(parents=True)
    with open(folder / "rows.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["district", "year", "value"])
        for i in range(3000):
            w.writerow([f"Xã số {i + 1}", 2000 + i % 25, f"{i * 1.5:.1f}"])
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "big", "title": "Bảng lớn", "title_en": "Big table",
        "resources": [{"name": "rows", "path": "rows.csv", "schema": {"fields": [
            {"name": "district", "type": "string"}, {"name": "year", "type": "year"},
            {"name": "value", "type": "number"}]}}]}), encoding="utf-8")
    out = tmp_path / "big.pdf"
    export("--sheet", "dataset:big", "--appendix", "--lang", "en", "-o", str(out), data_home=data_home)
    assert len(PdfReader(out).pages) > 40
    text = pdf_text(out)
    assert "Xã số 3000" in text and "4,498.5" in text and "(continued)" in text
    assert "Xã số 1 " in text and "Xã số 1500 " in text


def test_a_huge_dataset_sheet_lists_the_first_rows_and_says_so(tmp_path, data_home):
    folder = data_home / "datasets" / "huge"
    folder.mkdir(parents=True)
    with open(folder / "rows.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["indicator", "period", "status", "value"])
        for i in range(12000):
            w.writerow([f"row {i + 1}", 2000 + i % 20, "estimate", i])
    (folder / "datapackage.json").write_text(json.dumps({"name": "huge", "resources": [{
        "name": "rows", "path": "rows.csv", "role": "series", "schema": {"fields": [
            {"name": "indicator"}, {"name": "period"}, {"name": "status"}, {"name": "value", "type": "integer"}]}}]}))
    out = tmp_path / "huge.pdf"
    export("--sheet", "dataset:huge", "--appendix", "--lang", "vi", "-o", str(out), data_home=data_home)
    text = pdf_text(out)
    assert "row 5000 " in text and "row 5001 " not in text
    assert "Bảng có 12.000 dòng; tờ in này liệt kê 5.000 dòng đầu" in text.replace("\n", " ")
    assert "ước tính" in text and "estimate" not in text          # statuses in the sheet's language


def _writing_into(pid: int, folder: Path) -> bool:
    """Has process ``pid`` a file open in ``folder`` with bytes in it? QSaveFile writes to an unnamed
    file there (O_TMPFILE: /proc shows "folder/#123 (deleted)") or, elsewhere, a named temporary one."""
    fds = Path(f"/proc/{pid}/fd")
    try:
        for fd in fds.iterdir():
            if os.readlink(fd).startswith(f"{folder}/") and fd.stat().st_size > 0:
                return True
    except OSError:
        pass
    return any(p.stat().st_size > 0 for p in folder.iterdir())


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="watches the export's open files in /proc")
def test_killing_an_export_leaves_no_partial_file(tmp_path, data_home):
    folder = data_home / "datasets" / "huge"
    folder.mkdir(parents=True)
    with open(folder / "rows.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "value"])
        for i in range(60000):
            w.writerow([f"row {i}", i])
    (folder / "datapackage.json").write_text(json.dumps({"name": "huge", "resources": [{
        "name": "rows", "path": "rows.csv", "schema": {"fields": [{"name": "name"}, {"name": "value", "type": "integer"}]}}]}))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "huge.pdf"
    proc = subprocess.Popen([sys.executable, "-m", "backan_desktop", "export", "--sheet", "dataset:huge", "--all-rows",
                             "-o", str(target), "--data-home", str(data_home)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while not _writing_into(proc.pid, out_dir):       # kill it mid-write, not while it is still loading
            assert proc.poll() is None, f"the export ended ({proc.returncode}) before it was seen writing"
            assert time.monotonic() < deadline, "the export never started writing"
            time.sleep(0.02)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL          # killed while writing, not finished
    assert list(out_dir.iterdir()) == []
