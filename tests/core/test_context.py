"""Bắc Kạn in context: the region's figures, computed ranks only from a complete set, published
ranks otherwise, Viet Nam's value, the PCI sub-index profile, and the 2025 merger as data."""
import csv
import shutil

import pytest

from backan_desktop.core import context
from backan_desktop.core.library import load_library
from backan_desktop.core.paths import bundled_package_dir

REGION_14 = {"ha-giang", "cao-bang", "backan", "tuyen-quang", "lao-cai", "yen-bai", "thai-nguyen", "lang-son",
             "bac-giang", "phu-tho", "dien-bien", "lai-chau", "son-la", "hoa-binh"}


def test_the_region_has_its_14_provinces_until_the_merger(library):
    assert set(context.members(library)) == REGION_14
    assert set(context.members(library, period="2024")) == REGION_14
    assert context.members(library, period="2025") == []             # the region was redrawn on 1 July 2025
    assert context.members(library, "thai-nguyen-2025", period="2025") == []
    assert set(context.members(library, "thai-nguyen-2025", period="2025-H2")) == {"backan", "thai-nguyen"}


def test_the_merger_table_cites_the_dossier_and_resolution_202(library):
    rows = [r for r in library.datasets["area_groups"].table.rows() if r["group"] == "thai-nguyen-2025"]
    assert {r["member"] for r in rows} == {"backan", "thai-nguyen"}
    for r in rows:
        assert r["valid_from"] == "2025-07-01" and "202/2025/QH15" in r["note_en"]
        assert "Bac Kan province" in r["quote"] and "Thai Nguyen province were merged" in r["quote"]
        assert library.sources[r["source"]].url.startswith("https://")


def test_every_peer_figure_has_its_words_and_page(library):
    peers = REGION_14 | {"vietnam", "thai-nguyen-2025"}
    rows = [o for o in library.observations if o.area in peers - {"backan"}]
    assert len(rows) > 60
    for o in rows:
        assert o.quote.strip(), o.row
        src = library.sources[o.source]
        assert src.url.startswith("http") and src.kind, o.source
        if src.kind == "secondary_copy":
            assert o.status == "unverified", o.row


def test_an_incomplete_year_gives_no_computed_rank_but_the_published_one(library):
    c = context.compare(library, "pci_rank", "en", "2022")
    assert len(c.peers) == 11 and not c.complete and c.rank is None and c.median is None
    assert [p.name for p in c.peers][:4] == ["Bắc Giang province", "Lào Cai province", "Phú Thọ province",
                                             "Bắc Kạn province"]
    assert c.home.text == "rank 35" and c.home.home
    assert set(c.missing) == {"Lạng Sơn province", "Tuyên Quang province", "Thái Nguyên province (before 2025)"}
    assert "only 11 of 14" in c.note and "Lạng Sơn" in c.note
    assert c.published_rank == "rank 35 nationally (as published)"


def test_context_line_cites_the_published_rank_and_viet_nam(library):
    assert context.context_line(library, "grdp_growth", "en", "2023") == \
        "rank 6 of 14 in the region (as published) · Viet Nam: 5.05%ᵉ"
    assert context.context_line(library, "grdp_growth", "vi", "2023") == \
        "thứ 6/14 trong vùng (số đã công bố) · Việt Nam: 5,05 %ᵉ"
    assert context.context_line(library, "pci_score", "en", "2022") == \
        "rank 35 nationally (as published) · Viet Nam (average of the provinces and cities): 65.74 points"
    assert context.context_line(library, "grdp_per_capita", "en", "2023") == "Viet Nam: VND 101.9 million per personᵉ"
    assert context.context_line(library, "pci_rank", "en", "2022") == ""     # the tile's own figure says it
    assert context.context_line(library, "ocop_products", "en") == ""


@pytest.fixture
def complete_library(tmp_path):
    """The bundled package plus test-only PCI ranks for the three provinces without one, so that
    2022 has a figure for every province of the region (the values are made up for the test)."""
    pkg = tmp_path / "pkg"
    shutil.copytree(bundled_package_dir(), pkg)
    with (pkg / "observations.csv").open("a", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for area, rank in (("lang-son", 30), ("tuyen-quang", 40), ("thai-nguyen", 25)):
            w.writerow(["pci_rank", area, "2022", "", rank, "", "rank", "official", "nhandan-tag-xep-hang-pci",
                        "", "", "", "test", ""])
    return load_library(pkg)


def test_a_complete_year_gives_the_rank_among_14_and_the_median(complete_library):
    c = context.compare(complete_library, "pci_rank", "en", "2022")
    assert c.complete and c.members == 14
    # ranks 2 11 24 25 30 | 35 | 40 41 49 51 53 57 62 63: Bắc Kạn is 6th of 14 (lower is better)
    assert c.rank == 6
    assert c.median == 40.5                           # between the 7th (40) and the 8th (41)
    assert c.median_text == "rank 40.5"
    assert c.note == "Rank and median computed from the figures of all 14 provinces of the region, 2022."
    assert context.context_line(complete_library, "pci_rank", "en", "2022") == "rank 6 of 14 in the region"


def test_pci_profile_shows_the_top_province_and_says_what_is_missing(library):
    p = context.pci_profile(library, "en")
    assert p.period == "2022" and len(p.labels) == 10 and p.labels[0] == "Entry costs"
    assert p.top[0] == "Bắc Giang province (best PCI rank of the provinces found)" and p.top[1][0] == 6.65 and p.top[1][-1] == 8.6
    assert p.home is None and p.median is None
    assert [name for name, _ in p.others] == ["Phú Thọ province", "Hòa Bình province"]
    assert "only 3 of 14" in p.note and "Bắc Kạn province's sub-index scores for 2022 were not found" in p.note


def test_the_section_sheets_leave_the_region_to_the_compare_page(library):
    from backan_desktop.core.sheets import build_sheet
    skip = context.context_rows(library)
    areas = {o.area for o in library.observations if o.row in skip}
    assert areas >= {"bac-giang", "phu-tho", "lang-son", "vietnam"} and "backan" not in areas
    kept = {(o.area, o.indicator) for o in library.observations if o.row not in skip and o.area != "backan"}
    assert ("thai-nguyen", "population") in kept and ("vietnam", "provincial_level_units") in kept  # the merger's
    economy = build_sheet(library, "economy", "en")
    assert not any("Bắc Giang" in s.text or "pcivietnam" in s.url for s in economy.sources)
    assert [k.context for k in economy.kpis if k.context] == ["Viet Nam: 7.09%ᵉ"]


def test_the_in_context_block_cites_the_published_rank_and_names_the_provinces_found(library):
    from backan_desktop.core.sheets.context_block import context_block

    overview = context_block(library, "overview", "en")
    assert overview.map and overview.ranked is None
    pci, growth, per_capita = overview.lines          # one line per indicator on the overview
    assert pci.label == "Provincial Competitiveness Index (PCI) rank, 2022"
    # a rank cited as published stands for the region (the note says why none is computed)
    assert len(pci.parts) == 1 and pci.parts[0].startswith("Bắc Kạn: rank 35 nationally (as published)")
    assert growth.label.endswith("2023") and growth.parts[1].startswith("rank 6 of 14 in the region (as published)ᵉ")
    assert per_capita.parts[-1].startswith("Viet Nam: VND 101.9 million per personᵉ")
    assert "figures only for Bắc Kạn province, Điện Biên province (2 of 14)" in per_capita.parts[1]
    assert "no year has figures for all 14 provinces" in overview.published_note
    assert all(ln.published for ln in (pci, growth)) and not per_capita.published
    economy = context_block(library, "economy", "en")          # an incomplete set names who is missing
    growth_2024 = economy.lines[0]
    assert growth_2024.label == "GRDP growth rate, 2024" and "(5 of 14), so none ranked here" in growth_2024.parts[1]
    investment = context_block(library, "investment", "vi")
    assert investment.ranked.indicator == "pci_rank" and len(investment.ranked.peers) == 11
    assert investment.profile is None and any("3/14 tỉnh" in n for n in investment.graphic_notes)   # no Bắc Kạn profile
    assert set(investment.uses) >= {p.source for p in investment.ranked.peers}
