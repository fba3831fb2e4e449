"""Printed fact sheets are handouts: one sheet of paper (two pages) for every sheet id, language and
paper size, honest when shortened (marks, vintage notes, exactly the sources they cite), with the
merger note, the data date and the page number on every page. Rendered once for the module."""
import re

import pytest
from pdftext import page_texts

from backan_desktop.core.formatting import Formatter
from backan_desktop.core.sheets import FRONT_PAGES, SHEET_IDS, build_sheet, sheet_ids
from backan_desktop.core.texts import t

PAPERS = ("A4", "A5", "Letter")
LANGS = ("vi", "en")
REF = re.compile(r"\[(\d+)\]")


def text_of(raw: str) -> str:
    return re.sub(r"\s+", " ", raw)


@pytest.fixture(scope="module")
def rendered(qapp, library, tmp_path_factory):
    """Every sheet id × language × paper: the fronts the renderer chose and the PDF it wrote."""
    from backan_desktop.qt.pdf import printed_sheets, write_pdf

    folder = tmp_path_factory.mktemp("sheets")
    out = {}
    for paper in PAPERS:
        for lang in LANGS:
            for sid in sheet_ids(library):
                sheet = build_sheet(library, sid, lang)
                path = folder / f"{sid.replace(':', '-')}_{lang}_{paper}.pdf"
                pages = write_pdf([sheet], path, paper)
                [front] = printed_sheets([sheet], paper)
                texts = page_texts(path)                                      # extracted once for every test
                out[(sid, lang, paper)] = (front, texts, pages)
    return out


def test_every_sheet_is_one_sheet_of_paper_by_default(rendered, library):
    assert len(rendered) == len(sheet_ids(library)) * len(LANGS) * len(PAPERS)
    too_long = {key: pages for key, (_, texts, pages) in rendered.items()
                if not 1 <= len(texts) <= FRONT_PAGES or pages != len(texts)}
    assert too_long == {}


def test_every_page_carries_the_merger_note_the_data_date_and_its_number(rendered):
    for (sid, lang, paper), (front, texts, _) in rendered.items():
        n = len(texts)
        for i, page in enumerate(texts, 1):
            text = text_of(page)
            where = (sid, lang, paper, i)
            assert "Thái Nguyên" in text and ("202/2025/QH15" in text), where
            assert f"{t('data_as_of', lang)}: {front.data_as_of}" in text, where
            assert t("page", lang, n=i, total=n) in text, where


def test_source_list_holds_exactly_the_sources_the_printed_figures_cite(rendered):
    for key, (front, _, _) in rendered.items():
        cited = set()
        for k in front.kpis:
            cited |= set(k.refs)
            cited |= {int(n) for n in REF.findall(k.note)}
        for c in front.charts:
            cited |= set(c.refs)
        for tb in front.tables:
            for row in tb.rows:
                for cell in row:
                    cited |= {int(n) for n in REF.findall(cell)}
        for note in front.footnotes:
            cited |= {int(n) for n in REF.findall(note)}
        if front.context is not None:          # the "In context" block: its lines, its chart, its profile
            cited |= {int(n) for ln in front.context.lines for part in ln.parts for n in REF.findall(part)}
            cited |= set(front.context.ranked_refs) | set(front.context.profile_refs)
        numbers = [s.number for s in front.sources]
        assert numbers == list(range(1, len(numbers) + 1)), key
        assert cited == set(numbers), key


def test_source_list_is_printed(rendered):
    for lang in LANGS:
        front, texts, _ = rendered[("economy", lang, "A4")]
        text = " ".join(text_of(p) for p in texts)
        assert t("sources", lang) in text
        for s in front.sources:
            assert f"[{s.number}] {s.text[:30]}" in text, s


def test_a_shortened_sheet_keeps_marks_vintage_notes_and_the_legend(rendered):
    legend = {lang: t("status_legend", lang) for lang in LANGS}
    for (sid, lang, paper), (front, texts, _) in rendered.items():
        if sid.startswith("dataset:"):
            continue
        text = " ".join(text_of(p) for p in texts)
        marked = [k for k in front.kpis if k.status != "official"]
        for k in marked:
            assert k.mark and f"{k.value}{k.mark}" in text, (sid, lang, paper, k.label)
        if marked:
            assert front.footnotes[0] == legend[lang], (sid, lang, paper)
        for k in front.kpis:
            if k.note:     # printed under the tile's name, or inside the chart's note that has the same figure
                assert any(k.note in note for note in front.footnotes), (sid, lang, paper, k.label)
        assert legend[lang] not in " ".join(front.footnotes[1:])           # said once, not per chart


def test_priority_headline_figures_then_charts(rendered, library):
    full = build_sheet(library, "economy", "en")
    a4 = rendered[("economy", "en", "A4")][0]
    a5 = rendered[("economy", "en", "A5")][0]
    assert [k.label for k in a4.kpis] == [k.label for k in full.kpis]          # every headline figure on A4
    assert 2 <= len(a4.charts) <= 4
    assert a4.charts[0].title == "Gross regional domestic product (GRDP), current prices"   # print priority
    assert a5.kpis and a5.kpis[0].label == full.kpis[0].label                   # A5 drops from the end only
    assert len(a5.kpis) <= len(a4.kpis) and len(a5.charts) <= len(a4.charts)
    assert [c.title for c in a5.charts] == [c.title for c in a4.charts][:len(a5.charts)]
    # the A4 overview: all its tiles (ten: the first-half turnover is no tile beside the whole-year one),
    # two charts, then the "In context" block with the locator map and the published PCI rank
    overview = rendered[("overview", "vi", "A4")][0]
    assert len(overview.kpis) == len(build_sheet(library, "overview", "vi").kpis) == 10
    assert len(overview.charts) == 2 and overview.context is not None and overview.context.map
    assert overview.context.lines[0].parts[0].startswith("Bắc Kạn: thứ 35 cả nước (số đã công bố)")


def test_cut_tables_say_so_and_printed_values_are_in_the_pdf(rendered):
    for (sid, lang, paper), (front, texts, _) in rendered.items():
        squashed = re.sub(r"\s+", "", " ".join(texts))   # tiles wrap values
        for k in front.kpis:
            assert re.sub(r"\s+", "", k.value) in squashed, (sid, lang, paper, k.value)
        for tb in front.tables:
            if tb.total is not None and not sid.startswith("dataset:"):
                assert t("rows_cut", lang, k=len(tb.rows), n=tb.total) in tb.note


def test_dataset_front_lists_the_first_rows_and_says_where_the_rest_is(rendered, library):
    front, texts, _ = rendered[("dataset:observations", "en", "A4")]
    text = " ".join(text_of(p) for p in texts)
    shown = len(front.tables[0].rows)
    rows = library.datasets["observations"].row_count           # grows with the data: not a constant
    assert 1 <= shown < rows
    assert f"The table has {rows:,} rows; this sheet lists the first {shown}. The whole table: this sheet's appendix" in text
    assert "Columns listed only in the appendix: Note (Vietnamese), Quote from the source." in text
    small = rendered[("dataset:projects", "vi", "A4")][0]
    assert len(small.tables[0].rows) == len(library.datasets["projects"].table)   # a short table fits whole


def test_appendix_lists_every_figure_and_vintage_and_numbers_sources_on(qapp, library, tmp_path):
    from backan_desktop.qt.pdf import printed_sheets, write_pdf

    sheet = build_sheet(library, "economy", "en")
    out = tmp_path / "economy.pdf"
    pages = write_pdf([sheet], out, "A4", appendix=True)
    front, appendix = printed_sheets([sheet], "A4", appendix=True)
    texts = [text_of(p) for p in page_texts(out)]
    assert pages == len(texts) > FRONT_PAGES
    front_pages = sum(1 for x in texts if "Economy — Appendix" not in x)
    assert front_pages <= FRONT_PAGES and "Economy — Appendix" in texts[front_pages]
    body = " ".join(texts[front_pages:])
    assert "All figures" in body
    from backan_desktop.core.context import context_rows
    peers = context_rows(library)                          # the region's and Viet Nam's: the Compare page's
    for o in library.observations_in("economy"):          # every figure of the province, every vintage
        if o.row in peers:
            continue
        assert re.sub(r"\s+", " ", Formatter(library, "en").figure(o, marked=False)) in body, (o.indicator, o.period.text, o.value)
    n = len(front.sources)
    assert appendix.appendix and [s.number for s in appendix.sources] == list(range(n + 1, n + 1 + len(appendix.sources)))
    assert t("appendix_sources", "en", n=n) in body
    assert texts[-1].endswith(f"Page {pages} of {pages}")


def test_a_section_without_an_all_figures_table_still_gets_one_in_its_appendix(qapp, library):
    from backan_desktop.qt.pdf import printed_sheets

    front, appendix = printed_sheets([build_sheet(library, "overview", "vi")], "A5", appendix=True)
    figures = next(tb for tb in appendix.tables if tb.key == "figures")
    listed = {row[0] for row in figures.rows}
    assert library.indicators["population"].title_vi in listed           # on the tiles
    assert library.indicators["population_density"].title_vi in listed   # rest of the catalogue section
    assert any(tb.key == "facts" for tb in appendix.tables)              # the facts the front left out


def test_headline_tiles_stay_inside_the_margins(qapp, library, monkeypatch):
    """Every tile of every section sheet, on every paper, ends at or before the right margin (tiles
    were once sized for one gap and set with a wider one, and the last of a row stuck out)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    from backan_desktop.qt.sheet_renderer import SheetRenderer, page_layout, blocks

    rects = []
    monkeypatch.setattr(blocks, "_paint_kpi", lambda c, p, rect, k: rects.append((c.width, rect)))
    for paper in ("A4", "A5", "Letter"):
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buf)
        writer.setPageLayout(page_layout(paper))
        painter = QPainter(writer)
        try:
            renderer = SheetRenderer(writer, painter)
            for sid in ("overview", "economy", "agriculture"):
                for page in renderer.layout(build_sheet(library, sid, "en")):
                    for op in page.ops:
                        op(painter)
        finally:
            painter.end()
    assert rects
    for width, rect in rects:
        assert rect.left() >= 0 and rect.right() <= width + 1e-6, (rect, width)


@pytest.mark.parametrize("paper", PAPERS)
def test_no_printed_page_is_less_than_about_half_filled(qapp, library, paper):
    """A front that fits one side is one side; every page of a front on two sides is more than half
    full, about 60 % (charts set taller, never a near-empty back of sources only)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    from backan_desktop.qt.pdf import RESOLUTION, printed_sheets
    from backan_desktop.qt.sheet_renderer import SheetRenderer, page_layout

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    renderer = SheetRenderer(writer, QPainter())
    thin = {}
    for lang in LANGS:
        for sid in SHEET_IDS:
            [front] = printed_sheets([build_sheet(library, sid, lang)], paper)
            pages, fill = renderer.pages(front)
            assert len(pages) <= FRONT_PAGES
            if min(fill) < 0.55:
                thin[(sid, lang)] = [round(f, 2) for f in fill]
    assert thin == {}
    one_side = [sid for sid in SHEET_IDS if len(renderer.pages(printed_sheets([build_sheet(library, sid, "en")], paper)[0])[0]) == 1]
    if paper != "A5":
        assert "trade-promotion" in one_side           # its content fits one side: one side it is
