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
