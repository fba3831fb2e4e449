"""A section's content is built once; the screen sheet, every front tried while fitting and the
appendix only place it: none of them reads the library again, and each numbers its own sources."""
import re
from dataclasses import fields

import pytest

from backan_desktop.core.sheets import (build_appendix, build_booklet_appendix, build_sheet, fit_sheet, print_sheets,
                                        section_content)
from backan_desktop.core.sheets import Sheet
from backan_desktop.core.sheets.layout import place_screen
from backan_desktop.core.vocab import SECTIONS


def _context_texts(sheet) -> list[str]:
    return [part for ln in sheet.context.lines for part in ln.parts] if sheet.context else []


def _cited(sheet) -> set[int]:
    texts = [c for tb in sheet.tables for row in tb.rows for c in row] + sheet.footnotes + _context_texts(sheet)
    ctx = set(sheet.context.ranked_refs) | set(sheet.context.profile_refs) if sheet.context else set()
    return {int(n) for text in texts for n in re.findall(r"\[(\d+)\]", text)} | {
        r for block in sheet.kpis + sheet.charts for r in block.refs} | ctx


def _small(n_tables: int):
    """A stand-in for the renderer's measure: a front "fits" with at most a few blocks."""
    return lambda s: len(s.kpis) + len(s.charts) + sum(len(tb.rows) for tb in s.tables) <= n_tables


@pytest.mark.parametrize("sid", SECTIONS + ("dataset:projects",))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_fronts_and_appendix_are_placed_without_the_library(library, sid, lang):
    assert "library" not in {f.name for f in fields(Sheet)}          # a sheet cannot go back to it
    screen = build_sheet(library, sid, lang)
    assert screen.content is not None
    front = fit_sheet(screen, _small(12))
    assert front.plan is not None and front.content is screen.content
    appendix = build_appendix(front)
    assert appendix is not None and appendix.appendix
    assert [s.number for s in appendix.sources] == list(range(len(front.sources) + 1,
                                                              len(front.sources) + 1 + len(appendix.sources)))
    assert build_booklet_appendix([front])


@pytest.mark.parametrize("sid", SECTIONS)
def test_each_sheet_numbers_exactly_the_sources_it_cites(library, sid):
    screen = build_sheet(library, sid, "en")
    for sheet in [screen] + print_sheets([screen], _small(8), appendix=True):
        numbers = [s.number for s in sheet.sources]
        cited = _cited(sheet)
        if sheet.appendix:
            assert cited and set(numbers) <= cited
        else:
            assert numbers == list(range(1, len(numbers) + 1)) and cited == set(numbers)
        texts = [c for tb in sheet.tables for row in tb.rows for c in row] + sheet.footnotes + [k.note for k in sheet.kpis]
        texts += _context_texts(sheet)
        assert not any("\ue000" in text for text in texts)          # every citation mark became a number


def test_the_screen_sheet_is_the_content_placed(library):
    content = section_content(library, "economy", "vi")
    assert content.title == "Kinh tế" and content.lang == "vi"
    assert place_screen(content) == build_sheet(library, "economy", "vi")


@pytest.mark.parametrize("lang, words", [("en", "(as the source states)"), ("vi", "(theo nguồn)")])
def test_a_stated_change_has_its_arrow_and_says_it_is_the_sources(library, lang, words):
    """Issue 20: "nearly +VND 20 million per worker vs 2015" (the source's words, not a change we
    worked out) showed without the ▲ every computed change has. It gets the arrow its sign gives,
    and says it is the source's figure; a computed change says nothing of the kind."""
    tiles = {k.indicator: k for k in build_sheet(library, "economy", lang).kpis}
    stated = tiles["labour_productivity"]
    assert stated.change.startswith("▲ ") and stated.change.endswith(words)
    assert "20" in stated.change and "2015" in stated.change
    assert stated.change_note and stated.change_note != tiles["grdp_current_prices"].change_note
    computed = tiles["grdp_current_prices"].change
    assert computed.startswith("▲ ") and words not in computed
    # the 2021 article's own figures stay as printed, without an arrow, inside the earlier line
    assert "▲" not in tiles["grdp_current_prices"].earlier


def test_a_headline_line_prints_no_figure_with_three_decimals(library):
    """Issue 20, point 5: "USD 1.025 million" on a tile reads as a thousand and twenty-five to many
    visitors. A tile's earlier figure in English has at most two decimals ("USD 1.03 million"); one with a
    qualifier keeps its own ("over USD 12.56 million": rounding would move the bound); the appendix
    prints the figure exactly."""
    for sid in SECTIONS:
        for k in build_sheet(library, sid, "en").kpis:
            for line in (k.earlier, k.change):          # the change worked out from it too (12.7 − 1.025)
                assert not re.search(r"(?<![\d,.])\d+\.\d{3}(?!\d)", line), (sid, line)
    trade = next(k for k in build_sheet(library, "trade", "en").kpis if "USD 1.03 million" in k.earlier)
    assert "over USD 12.56 million" in trade.earlier
    appendix = build_appendix(build_sheet(library, "trade", "en"))
    assert any("USD 1.025 million" in cell for tb in appendix.tables for row in tb.rows for cell in row)
    # the Vietnamese sheet prints it as the Vietnamese source wrote it (a comma is its decimal mark)
    assert any("2014: 1,025 triệu USD" in k.earlier for k in build_sheet(library, "trade", "vi").kpis)


def test_a_change_is_never_worked_out_against_a_period_inside_the_tiles_own(library):
    """An average over 2016–2020 is not 'down 1.17 pp' on the average over 2016–2019: a computed
    change compares with a period wholly before the tile's."""
    from backan_desktop.core.sheets.content import section_content

    growth = next(k for k in section_content(library, "economy", "en").kpis if k.kpi.indicator == "grdp_growth_avg")
    assert growth.kpi.period == "2016–2020" and "2016–2019" not in growth.kpi.change


@pytest.mark.parametrize("most", [2, 3])
def test_tiles_go_in_even_rows_without_an_empty_slot(most):
    """Paper, the window and fair mode lay tiles out by tile_rows: as few rows as needed, no two rows
    more than one tile apart (five tiles on a wide page are 3 + 2, four are 2 + 2, not 3 + 1)."""
    from backan_desktop.core.sheets import tile_rows

    for n in range(0, 13):
        rows = tile_rows(list(range(n)), most)
        assert [x for row in rows for x in row] == list(range(n))
        assert len(rows) == -(-n // most)
        sizes = [len(r) for r in rows]
        assert all(0 < s <= most for s in sizes) and (not sizes or max(sizes) - min(sizes) <= 1)
        assert sizes == sorted(sizes, reverse=True)
    assert [len(r) for r in tile_rows(list(range(4)), 3)] == [2, 2]
