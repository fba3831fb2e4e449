"""Sources say what kind they are; a secondary copy's figure is never called official or preferred."""
from backan_desktop.core.library import Library, Observation, Source
from backan_desktop.core.periods import parse_period
from backan_desktop.core.sheets.sources import mark, source_texts
from backan_desktop.core.texts import source_kind_label, status_label, t
from backan_desktop.core.vocab import SOURCE_KINDS, STATUS_MARK, STATUSES


def test_every_bundled_source_has_a_kind(library):
    assert library.sources and all(s.kind in SOURCE_KINDS for s in library.sources.values())


def test_no_figure_of_a_secondary_copy_is_official(library):
    secondary = {sid for sid, s in library.sources.items() if s.kind == "secondary_copy"}
    assert secondary
    called_official = [o.row for o in library.observations if o.source in secondary and o.status == "official"]
    assert called_official == []


def test_every_status_has_a_label_and_a_mark_explained_by_the_legend():
    for lang in ("vi", "en"):
        legend = t("status_legend", lang)
        for status in STATUSES:
            assert status_label(status, lang) != status or lang == "en"
            if STATUS_MARK[status]:
                assert f"{STATUS_MARK[status]} {status_label(status, lang).split('/')[0]}" in legend, (status, lang)
    assert mark(_obs("unverified", "a")) == "ᵘ"


def _obs(status: str, source: str, row: int = 1, preferred: bool = False) -> Observation:
    return Observation("pop", "backan", parse_period("2020"), "", 1.0, 0, "", "persons", status, source, preferred,
                       "", "", "quoted words", row)


def test_the_most_authoritative_source_is_preferred_at_equal_status():
    sources = {"wiki": Source("wiki", "mirror", "t", kind="secondary_copy", date="2024"),
               "paper": Source("paper", "Báo", "t", kind="press", date="2023"),
               "gso": Source("gso", "Cục Thống kê", "t", kind="statistics_office", date="2020")}
    group = [_obs("official", "wiki", 1), _obs("official", "paper", 2), _obs("official", "gso", 3)]
    assert Library.choose(group, sources).source == "gso"
    assert Library.choose(group[:2], sources).source == "paper"            # newer, but a secondary copy loses
    unverified_first = [_obs("unverified", "gso", 1), _obs("estimate", "paper", 2)]
    assert Library.choose(unverified_first, sources).status == "estimate"
    assert Library.choose([*group, _obs("official", "wiki", 4, preferred=True)], sources).row == 4   # staff decide


def test_the_source_list_says_the_kind_and_when_it_was_read(library):
    sid, src = next((sid, s) for sid, s in library.sources.items() if s.accessed and s.kind)
    for lang in ("vi", "en"):
        line, _url = source_texts(library, lang, [sid])[sid]
        assert f"({source_kind_label(src.kind, lang)})" in line
        assert t("accessed_on", lang, date="").strip() in line


def test_a_page_naming_the_statistics_office_release_counts_as_it_but_a_copy_stays_a_copy():
    assert Source("p", "Báo", "t", kind="press", origin="statistics_office").authority == "statistics_office"
    assert Source("p", "Báo", "t", kind="press").authority == "press"
    assert Source("c", "mirror", "t", kind="secondary_copy", origin="statistics_office").authority == "secondary_copy"


def test_the_headline_is_the_statistics_office_figure_and_the_later_press_figure_stays_on_the_tile(library):
    """Statistics office, then government, then press; the latest period within the best kind. The
    2025 merger dossier's 365,318 (press, basis not stated) does not displace the 2024 survey."""
    from backan_desktop.core.sheets.content import section_content
    for lang, shown, other in (("en", "328,609", "2025: 365,318"), ("vi", "328.609", "2025: 365.318")):
        tile = next(k for k in section_content(library, "overview", lang).kpis if k.kpi.indicator == "population")
        assert (tile.kpi.value.split()[0], tile.kpi.period) == (shown, "2024")
        assert tile.kpi.earlier.startswith(other)
        assert "vietnam-vn-sap-nhap-bac-kan-thai-nguyen-2025" in tile.uses


def test_within_the_best_kind_the_latest_period_is_the_headline():
    from backan_desktop.core.sections import KpiDef
    from backan_desktop.core.sheets.content import _pick_point

    sources = {"gso": Source("gso", "GSO", "t", kind="statistics_office"),
               "gov": Source("gov", "UBND", "t", kind="government"),
               "paper": Source("paper", "Báo", "t", kind="press")}
    lib = Library([])
    lib.sources.update(sources)
    for year, src in (("2019", "gso"), ("2021", "gso"), ("2022", "gov"), ("2024", "paper")):
        o = Observation("pop", "backan", parse_period(year), "", float(year), 0, "", "persons", "official", src, False,
                        "", "", "quoted", 1)
        lib.observations.append(o)
        lib._groups[("pop", "backan", "")][year].append(o)
    shown, other, _ = _pick_point(lib, KpiDef("pop"))
    assert (shown.period.text, other.period.text) == ("2021", "2024")
    shown, other, _ = _pick_point(lib, KpiDef("pop", period="2019"))      # a pinned figure ranked below: replaced
    assert (shown.period.text, other.period.text) == ("2021", "2019")


def test_english_sheets_name_the_publisher_in_english_where_it_has_an_english_name(library):
    gso = next(sid for sid, s in library.sources.items() if s.publisher_en.startswith("General Statistics Office"))
    plain = next(sid for sid, s in library.sources.items() if not s.publisher_en)
    assert source_texts(library, "en", [gso])[gso][0].startswith("General Statistics Office of Viet Nam")
    assert source_texts(library, "vi", [gso])[gso][0].startswith("Tổng cục Thống kê")
    assert source_texts(library, "en", [plain])[plain][0].startswith(library.sources[plain].publisher)
