"""What the share page offers: every section's sheets and tables, made once per version of the data."""
import json
import os
import zipfile

import pytest
from openpyxl import load_workbook

from backan_desktop.core.vocab import SECTIONS
from backan_desktop.share.counts import EVENTS, Counts
from backan_desktop.share.publish import fingerprint, publish


@pytest.fixture(scope="module")
def published(tmp_path_factory, qapp_module):
    from backan_desktop.core.library import load_library

    lib = load_library()
    root = tmp_path_factory.mktemp("cache")
    return lib, root, publish(lib, root)


@pytest.fixture(scope="module")
def qapp_module():
    from backan_desktop.qt.app import make_app
    return make_app(gui=False)


def test_every_section_in_every_language_and_format(published):
    lib, root, cat = published
    for sid in SECTIONS:
        for lang in ("vi", "en", "bilingual"):
            entry = cat.get(f"/{lang}/{sid}.pdf")
            assert entry.path.read_bytes()[:5] == b"%PDF-" and entry.counted
        for lang in ("vi", "en"):
            assert cat.get(f"/data/{sid}_{lang}.xlsx").path.stat().st_size > 0
            assert zipfile.is_zipfile(cat.get(f"/data/{sid}_{lang}.zip").path)
    for lang in ("vi", "en"):
        assert cat.get(f"/{lang}/booklet.pdf").path.read_bytes()[:5] == b"%PDF-"
    page = cat.get("/").body.decode("utf-8")
    assert '<meta name="viewport"' in page and "<script" not in page
    hrefs = {n for n in cat.names() if n != "/"}
    assert all(f'href="{n}"' in page for n in hrefs)                      # every file is offered on the page
    assert "Thái Nguyên" in page                                          # the merger note
    assert "http" not in page                                             # nothing from the Internet


def test_downloads_carry_their_sources(published):
    lib, root, cat = published
    wb = load_workbook(cat.get("/data/economy_en.xlsx").path, read_only=True)
    about = [[c for c in row if c is not None] for row in wb["About"].iter_rows(values_only=True)]
    text = "\n".join(" ".join(map(str, r)) for r in about)
    assert "Former Bắc Kạn province" in text and "describe the former province" in text and "Thái Nguyên" in text and "CC BY 4.0" in text
    assert "How to cite" in text and "Data as of" in text
    n = sum(1 for o in lib.observations_in("economy"))
    assert f"All rows: {n} (every figure of the section" in text
    data = list(wb["Figures"].iter_rows(values_only=True))
    assert len(data) == n + 1
    cited = {r[10] for r in data[1:]}
    for sid in cited:                                                      # every cited source is listed
        assert sid in text and (not lib.sources[sid].url or lib.sources[sid].url in text)
    with zipfile.ZipFile(cat.get("/data/economy_vi.zip").path) as z:
        assert sorted(z.namelist()) == ["README.txt", "economy_vi.csv"]
        readme = z.read("README.txt").decode("utf-8-sig")
        assert "Tỉnh Bắc Kạn (cũ)" in readme and "Cách trích dẫn" in readme
        rows = z.read("economy_vi.csv").decode("utf-8-sig").splitlines()
        assert len(rows) == n + 1


def test_the_cache_is_reused_and_remade_when_the_data_changes(published, tmp_path):
    lib, root, cat = published
    folder = cat.get("/vi/economy.pdf").path.parent
    stamp = folder.stat().st_mtime_ns
    again = publish(lib, root)
    assert again.get("/vi/economy.pdf").path.parent == folder and folder.stat().st_mtime_ns == stamp
    csv = lib.packages[0].path / "observations.csv"
    before = fingerprint(lib)
    st = csv.stat()
    os.utime(csv, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    try:
        assert fingerprint(lib) != before
    finally:
        os.utime(csv, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_counts_are_per_day_numbers_only(tmp_path):
    days = iter(["2026-12-05", "2026-12-05", "2026-12-06"])
    from datetime import date
    counts = Counts(tmp_path, today=lambda: date.fromisoformat(next(days)))
    counts.add("downloaded")
    counts.add("downloaded")
    counts.add("sheet_printed")
    assert counts.days() == {"2026-12-05": {"downloaded": 2}, "2026-12-06": {"sheet_printed": 1}}
    assert json.loads((tmp_path / "counts.json").read_text()) == counts.days()
    lines = counts.csv_text().splitlines()
    assert lines[0] == "date," + ",".join(EVENTS)
    assert lines[1].startswith("2026-12-05,") and len(lines) == 3
    assert Counts(tmp_path).days() == counts.days()                       # read back
    with pytest.raises(ValueError):
        counts.add("ip_address")


def test_a_damaged_counts_file_is_set_aside(tmp_path):
    (tmp_path / "counts.json").write_text("{not json")
    counts = Counts(tmp_path)
    assert counts.days() == {} and (tmp_path / "counts.damaged.json").exists()
    counts.add("slide_shown")
    assert counts.days()
