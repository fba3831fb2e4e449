"""A section's content is built once; the screen sheet, every front tried while fitting and the
appendix only place it: none of them reads the library again, and each numbers its own sources."""
import re
from dataclasses import replace

import pytest

from backan_desktop.core.sheets import (build_appendix, build_booklet_appendix, build_sheet, fit_sheet, print_sheets,
                                        section_content)
from backan_desktop.core.sheets.layout import place_screen
from backan_desktop.core.vocab import SECTIONS


class NoLibrary:
    """Stands where the library was: placing content must not ask it anything."""

    def __getattr__(self, name):
        raise AssertionError(f"placing content read the library: .{name}")


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
    screen = build_sheet(library, sid, lang)
    assert screen.content is not None
    offline = replace(screen, library=NoLibrary())
    front = fit_sheet(offline, _small(12))
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
    assert place_screen(content, NoLibrary()) == build_sheet(library, "economy", "vi")
