"""``backan-desktop --self-test``: passes on a good installation with a readable summary, fails
with a reason (never a traceback) on a broken one, and survives windowed builds (no stdout)."""
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from backan_desktop.selftest.pdf import PdfFormatError, contains, read_pdf

ROOT = Path(__file__).resolve().parents[2]


def self_test(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "backan_desktop", "--self-test", *args], capture_output=True,
                          text=True, timeout=180, cwd=ROOT, env=env, **kw)


def snapshot(folder: Path) -> dict:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_self_test_passes_and_says_what_it_checked(tmp_path):
    home = tmp_path / "home"
    before = snapshot(ROOT / "data") | snapshot(ROOT / "resources")
    r = self_test("--data-home", str(home))
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert re.fullmatch(r"self-test passed \(\d+ checks, [\d.]+ s\)", lines[-1]), lines[-1]
    n = int(re.search(r"\((\d+) checks", lines[-1]).group(1))
    assert n == sum(1 for line in lines if line.startswith("  ok    ")) and n >= 30
    assert not any(line.startswith("  FAIL") for line in lines)
    out = r.stdout
    # every section page and sheet in both languages, with the figures a reader would look for
    for sid in ("overview", "economy", "agriculture", "trade-promotion", "trade", "investment"):
        for lang in ("vi", "en"):
            assert f"ok    page {sid} ({lang})" in out and f"ok    pdf {sid}_{lang}: " in out, (sid, lang)
    assert re.search(r'ok    pdf overview_vi: \d+ pages, \d fonts embedded, .*"21\.071 tỷ đồng"', out)
    assert re.search(r'ok    pdf overview_en: \d+ pages, \d fonts embedded, .*"VND 21,071 billion"', out)
    assert "ok    page datasets (vi): 16 datasets opened" in out
    assert "Traceback" not in r.stderr
    # the report is also in the log of the data home given; nothing else is left there
    log = (home / "logs" / "backan-desktop.log").read_text(encoding="utf-8")
    assert "self-test passed" in log
    assert sorted(p.name for p in home.rglob("*") if p.is_file()) == ["backan-desktop.log", "crash.log"]
    assert snapshot(ROOT / "data") | snapshot(ROOT / "resources") == before


def test_missing_resources_fail_with_a_reason_not_a_traceback(tmp_path):
    empty = tmp_path / "empty-bundle"
    empty.mkdir()
    env = dict(os.environ, BACKAN_RESOURCE_ROOT=str(empty))
    r = self_test("--data-home", str(tmp_path / "home"), env=env)
    assert r.returncode == 1
    last = r.stdout.splitlines()[-1]
    assert last.startswith("self-test FAILED: resources: missing in " + str(empty)), last
    assert "data package" in last and "fonts" in last and "backan_vi.qm" in last
    assert "Traceback" not in r.stdout + r.stderr


def test_broken_data_package_fails_naming_the_problem(tmp_path):
    import shutil
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    shutil.copytree(ROOT / "data", bundle / "data")
    obs = bundle / "data" / "backan" / "observations.csv"
    text = obs.read_text(encoding="utf-8")
    header, first, rest = text.split("\n", 2)
    ind, area, period, tail = first.split(",", 3)
    obs.write_text("\n".join([header, ",".join([ind, area, "20x4", tail]), rest]), encoding="utf-8")
    r = self_test(env=dict(os.environ, BACKAN_RESOURCE_ROOT=str(bundle)))
    assert r.returncode == 1
    assert re.search(r"FAIL  data: \d+ problem\(s\) in the bundled data: .*observations\.csv", r.stdout), r.stdout
    assert r.stdout.splitlines()[-1].startswith("self-test FAILED: data: ")
    assert "Traceback" not in r.stdout + r.stderr


def _close_stdio():
    os.close(1)
    os.close(2)


def test_self_test_runs_without_stdout_and_stderr(tmp_path):
    """As in a windowed build (sys.stdout and sys.stderr are None): no crash, the verdict is in the log."""
    home = tmp_path / "home"
    r = subprocess.run([sys.executable, "-m", "backan_desktop", "--self-test", "--data-home", str(home)],
                       preexec_fn=_close_stdio, timeout=180, cwd=ROOT)
    assert r.returncode == 0
    assert "self-test passed" in (home / "logs" / "backan-desktop.log").read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="closes POSIX file descriptors")
def test_window_starts_without_stdout_and_stderr(tmp_path):
    """The start-up path of a windowed build: the window opens and loads the data with no stdio.
    BACKAN_STARTUP_PROBE makes the app quit by itself once the window shows the data (exit code 0),
    so the test waits for that event, not for a fixed time."""
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               BACKAN_STARTUP_PROBE=str(time.time()))
    proc = subprocess.Popen([sys.executable, "-m", "backan_desktop", "--data-home", str(home), "--lang", "vi"],
                            preexec_fn=_close_stdio, cwd=ROOT, env=env)
    try:
        assert proc.wait(180) == 0, f"the app exited with {proc.returncode} before showing the data"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(20)
    assert (home / "logs" / "crash.log").read_text(encoding="utf-8") == ""
    log = (home / "logs" / "backan-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "ERROR" not in log


def test_watchdog_ends_a_hung_self_test(tmp_path):
    r = self_test(env=dict(os.environ, BACKAN_SELFTEST_TIMEOUT="0.05"))
    assert r.returncode == 1
    assert re.search(r"self-test FAILED: timed out after 0 s during", r.stdout), r.stdout


# --- reading the exported PDFs back ---------------------------------------------------------------
@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("sheets")
    r = subprocess.run([sys.executable, "-m", "backan_desktop", "export", "--all", "--lang", "vi", "--output-dir",
                        str(out), "--data-home", str(out / "home")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return sorted(out.glob("*.pdf"))


def test_reader_gives_the_pages_fonts_and_text_of_every_exported_sheet(exported):
    assert [p.name for p in exported] == sorted(f"{s}_vi.pdf" for s in ("overview", "economy", "agriculture",
                                                "trade-promotion", "trade", "investment", "booklet"))
    for path in exported:
        facts = read_pdf(path)
        assert facts.pages == len(PdfReader(path).pages) >= 1, path.name
        assert facts.fonts and not facts.unembedded, path.name
        assert set(facts.fonts) <= {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"}
        assert len(set(facts.fonts)) == len(facts.fonts), path.name      # each font once, not once per page
    overview = read_pdf(exported[[p.name for p in exported].index("overview_vi.pdf")])
    for figure in ("12.829 tỷ đồng", "Nguồn số liệu", "Thái Nguyên"):
        assert contains(overview.text, figure), figure
    assert "  " not in overview.text and "\n" not in overview.text


def test_reader_finds_wrapped_values():
    assert contains("GRDP trên 40,4 triệu đồng/ người 2020", "trên 40,4 triệu đồng/người")
    assert contains("12.829\u00a0tỷ\nđồng", "12.829 tỷ đồng")
    assert not contains("12.829 tỷ đồng", "12.830 tỷ đồng")


def _minimal_pdf(font: bytes, text_hex: bytes = b"<48690021> Tj") -> bytes:
    """A one-page PDF with the given font dictionary (object 4), built with a correct xref table."""
    content = b"BT /F1 12 Tf 72 720 Td " + text_hex + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               font,
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def test_reader_reports_fonts_that_are_not_embedded(tmp_path):
    path = tmp_path / "helvetica.pdf"
    path.write_bytes(_minimal_pdf(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
    assert len(PdfReader(path).pages) == 1          # a valid PDF
    facts = read_pdf(path)
    assert facts.pages == 1 and facts.fonts == ["Helvetica"] and facts.unembedded == ["Helvetica"]


def test_reader_rejects_what_is_not_a_complete_pdf(tmp_path):
    good = _minimal_pdf(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for name, data in (("empty.pdf", b""), ("html.pdf", b"<html>not a pdf</html>"), ("cut.pdf", good[: len(good) // 2])):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(PdfFormatError):
            read_pdf(path)
