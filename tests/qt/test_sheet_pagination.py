"""How blocks fall on printed pages: a table split across a page break keeps at least three rows on
each side (or fewer rows that fill a fifth of a page) or moves whole, and a front whose back would be
sparse sets its charts taller instead."""
import pytest

from backan_desktop.core.sheets import FRONT_PAGES, SHEET_IDS, TableBlock, build_sheet

PAPERS = ("A4", "A5", "Letter")


def _writer(paper):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from backan_desktop.qt.pdf import RESOLUTION
    from backan_desktop.qt.sheet_renderer import page_layout

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer._buffer = buffer             # kept alive with the writer
    return writer


def _table(n: int) -> TableBlock:
    return TableBlock("Figures", ["Indicator", "Period", "Value"],
                      [[f"Indicator {i}", "2024", f"{i},5"] for i in range(n)], [False, False, True])


def _split(canvas, n: int, y: float) -> tuple[list[int], int]:
    """The rows of an n-row table on each page when it starts at ``y``, and the pages taken."""
    from backan_desktop.qt.sheet_renderer.flow import Flow
    from backan_desktop.qt.sheet_renderer.tables import place_table

    flow = Flow(top=0, next_top=0, bottom=canvas.height)
    flow.y = y
    place_table(canvas, flow, _table(n), "en")
    [(_, rows, _heights)] = flow.table_rows
    return rows, len(flow.pages)


def test_a_split_table_keeps_three_rows_on_each_side_or_moves_whole(qapp):
    from backan_desktop.qt.sheet_renderer.canvas import Canvas

    c = Canvas(_writer("A4"))
    for n in (4, 5, 6, 7, 9):
        splits = set()
        for step in range(1, 400):
            y = c.height * step / 400
            rows, pages = _split(c, n, y)
            assert sum(rows) == n
            assert all(k >= 3 for k in rows), (n, y, rows)         # no orphan, no widow
            splits.add(tuple(rows))
        if n < 6:
            assert splits == {(n,)}                                 # too short to split: whole, here or over
        else:
            assert (3, n - 3) in splits                             # the last row does not go over alone


def test_no_printed_table_continues_with_a_scrap(qapp, library):
    """Over the whole set (sections and datasets, both languages, every paper): every piece of a
    split table has three rows, or rows tall enough to fill a fifth of a page (a dataset listing's
    two tall rows on A5 rather than a shorter listing)."""
    from PySide6.QtGui import QPainter

    from backan_desktop.core.sheets import sheet_ids
    from backan_desktop.qt.pdf import printed_sheets
    from backan_desktop.qt.sheet_renderer import SheetRenderer

    short, tall = {}, 0
    for paper in PAPERS:
        renderer = SheetRenderer(_writer(paper), QPainter())
        for lang in ("vi", "en"):
            for sid in sheet_ids(library):
                [front] = printed_sheets([build_sheet(library, sid, lang)], paper)
                flow = renderer.settle(front)
                enough = (flow.bottom - flow.next_top) / 5        # a fifth of a page
                for title, rows, heights in flow.table_rows:
                    if len(rows) > 1:
                        scraps = [k for k, h in zip(rows, heights) if k < 3 and h < enough]
                        if scraps:
                            short[(sid, lang, paper, title)] = rows
                        tall += any(k < 3 for k in rows)
    assert short == {}
    assert tall           # the set has pieces of fewer, taller rows: the check looked at them


@pytest.mark.parametrize("paper", PAPERS)
def test_a_sparse_back_page_grows_the_charts_within_a_chart_like_aspect(qapp, library, paper):
    """A two-page front whose back is under FULL at the charts' natural size is set with taller
    charts: its back fills up, it stays on two pages, and no chart is taller than its tallest."""
    from PySide6.QtGui import QPainter

    from backan_desktop.qt.pdf import printed_sheets
    from backan_desktop.qt.sheet_renderer import SheetRenderer
    from backan_desktop.qt.sheet_renderer.renderer import FULL

    renderer = SheetRenderer(_writer(paper), QPainter())
    grown = []
    for lang in ("vi", "en"):
        for sid in SHEET_IDS:
            [front] = printed_sheets([build_sheet(library, sid, lang)], paper)
            natural = renderer._flow(front).fill()
            settled = renderer.settle(front).fill()
            assert len(settled) <= FRONT_PAGES
            if len(natural) == FRONT_PAGES and front.charts and natural[-1] < FULL:
                assert len(settled) == 1 or settled[-1] > natural[-1], (sid, lang, natural, settled)
                grown.append((sid, lang, natural[-1], settled[-1]))
            else:
                assert settled == natural
    if paper != "A5":
        assert ("trade", "en") in [g[:2] for g in grown]        # its back was about half empty


def test_taller_charts_stop_at_their_tallest(qapp):
    from backan_desktop.core.sheets import Chart
    from backan_desktop.qt.sheet_renderer.blocks import TALLEST, TALLEST_ALONE, place_charts
    from backan_desktop.qt.sheet_renderer.canvas import Canvas
    from backan_desktop.qt.sheet_renderer.flow import Flow

    for paper, aspect in (("A4", TALLEST), ("A5", TALLEST_ALONE)):
        c = Canvas(_writer(paper))
        chart = Chart("", "bar", [], [], "", "", [])
        heights = []
        for scale in (1.0, 3.0, 6.0):
            flow = Flow(top=0, next_top=0, bottom=1e9)
            place_charts(c, flow, [chart], scale)
            heights.append(flow.y)
        assert heights[0] < heights[1] == heights[2]
        per_row = 2 if c.wide else 1
        width = (c.width - 8 * c.u * (per_row - 1)) / per_row
        assert heights[1] <= width * aspect + 40 * c.u
