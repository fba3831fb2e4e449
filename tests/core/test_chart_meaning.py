"""Every chart of every section says what it shows, in a colour that means one thing: a sector, a
kind of period, a span of years or a breakdown keeps its colour on every chart of the window, fair
mode and paper (they all colour series by core.palette), and no two meanings share a colour."""
import pytest

from backan_desktop.core.formatting import UnitFormat, format_quantity
from backan_desktop.core.palette import MEANINGS, PERIOD_SHADES, SPARE, chart_colours, chart_styles, status_style
from backan_desktop.core.sheets import build_sheet
from backan_desktop.core.vocab import LANGS, SECTIONS


def _charts(library):
    return [(sid, lang, c) for lang in LANGS for sid in SECTIONS for c in build_sheet(library, sid, lang).charts]


def test_one_colour_per_meaning_across_every_chart(library):
    by_key: dict[str, set] = {}
    by_colour: dict[str, set] = {}
    for _, _, chart in _charts(library):
        assert all(s.key for s in chart.series), chart.title
        for s, colour in zip(chart.series, chart_colours(chart)):
            by_key.setdefault(s.key, set()).add(colour)
            family = s.key.split(":")[0] if s.key.startswith("period:") else s.key
            by_colour.setdefault(colour, set()).add(family)
    assert {k: c for k, c in by_key.items() if len(c) > 1} == {}          # a meaning keeps its colour
    assert {c: k for c, k in by_colour.items() if len(k) > 1} == {}        # a colour has one meaning
    # the cases the issue named: monthly vs whole-year, sectors vs periods
    assert by_key["kind:year"] == {MEANINGS["kind:year"]} and by_key["kind:month"] == {MEANINGS["kind:month"]}
    sectors = {MEANINGS[f"sector:{s}"] for s in ("agriculture", "industry_construction", "services")}
    periods = set().union(*(c for k, c in by_key.items() if k.startswith("period:")))
    assert periods and periods <= set(PERIOD_SHADES) and not periods & sectors


def test_palette_families_are_disjoint():
    assert len(set(MEANINGS.values())) == len(MEANINGS)
    assert not (set(MEANINGS.values()) & set(PERIOD_SHADES)) and not (set(SPARE) & set(MEANINGS.values()))


def test_status_is_a_pattern_and_targets_are_outlines(library):
    assert [status_style(s) for s in ("official", "", "estimate", "preliminary", "unverified", "target")] == [
        "solid", "solid", "hatched", "hatched", "hatched", "outline"]
    agriculture = build_sheet(library, "agriculture", "en")
    ocop = next(c for c in agriculture.charts if c.title == "OCOP products")
    assert "outline" in chart_styles(ocop)                  # the 2025 plan target is drawn as a target


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_has_a_takeaway_from_its_figures(library, lang):
    for sid, _, chart in [c for c in _charts(library) if c[1] == lang]:
        assert chart.takeaway, (sid, chart.title)
    ocop = next(c for c in build_sheet(library, "agriculture", lang).charts if c.indicator == "ocop_products")
    assert ocop.takeaway == {"en": "From 37 products (Nov 2019) to 184 products (Nov 2023) (5.0×)",
                             "vi": "Từ 37 sản phẩm (T11/2019) đến 184 sản phẩm (T11/2023) (gấp 5,0 lần)"}[lang]
    grdp = next(c for c in build_sheet(library, "economy", lang).charts if c.indicator == "grdp_current_prices")
    assert grdp.takeaway.startswith({"en": "From VND 9,172 billion (2016) to VND 21,071 billionᵉ (2025)",
                                     "vi": "Từ 9.172 tỷ đồng (2016) đến 21.071 tỷ đồngᵉ (2025)"}[lang])


def test_plurals_and_magnitude():
    unions = UnitFormat("u", "liên hiệp HTX", "cooperative unions", "{value} liên hiệp HTX", "{value} cooperative unions")
    assert format_quantity(1, "en", unions, 0) == "1 cooperative union"
    assert format_quantity(2, "en", unions, 0) == "2 cooperative unions"
    assert format_quantity(1, "vi", unions, 0) == "1 liên hiệp HTX"
    people = UnitFormat("p", "người", "people", "{value} người", "{value} people")
    assert format_quantity(1, "en", people, 0) == "1 person"
    assert format_quantity(73.35, "en", None, 1) == "73.4"                 # half up from the written number


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_is_listed_twice(library, lang):
    """No table row and no chart bar twice on a sheet (a product, a zone and its parts), no two
    tiles with the same figure."""
    for sid in SECTIONS:
        sheet = build_sheet(library, sid, lang)
        for tb in sheet.tables:
            rows = [tuple(r) for r in tb.rows]
            assert len(rows) == len(set(rows)), (sid, tb.title)
            if tb.key in ("products", "industrial_zones", "events", "projects"):
                names = [r[0] for r in tb.rows]
                assert len(names) == len(set(names)), (sid, tb.title)
        for chart in sheet.charts:
            assert len(chart.x_labels) == len(set(chart.x_labels)), (sid, chart.title)
        tiles = [(k.label, k.value, k.period) for k in sheet.kpis]
        assert len(tiles) == len(set(tiles)), sid


@pytest.mark.parametrize("lang, words", [("en", "the parts add up to 96.6–97.1%, not 100% (excluding product taxes)"),
                                         ("vi", "các phần cộng lại 96,6–97,1 %, không đủ 100 % (không gồm thuế sản phẩm)")])
def test_shares_short_of_the_whole_say_so_under_the_chart(library, lang, words):
    """Issue 20: the economic-structure bars of 2018–2024 stop at ~97 %, which looks like an error.
    The quotes give only the three sectors (none says what the rest is), so no remainder is drawn
    (it would be a figure no source gives); a line under the chart says by how much, and why as
    far as the series' own name says it. A stacked chart that reaches 100 % says nothing."""
    for sid in ("overview", "economy"):
        chart = next(c for c in build_sheet(library, sid, lang).charts if c.indicator == "grdp_share")
        assert chart.caption.startswith("2018–2024: ") and words in chart.caption
        assert len(chart.series) == 3                         # the sectors only: nothing derived is drawn
    stacked = [c for _, _, c in _charts(library) if c.kind == "stacked" and c.indicator != "grdp_share"]
    assert all(not c.caption for c in stacked)
