"""The locator map and the choropleth as a reader sees them: Bắc Kạn filled where Bắc Kạn is, a
value's class colour on its province, "no data" hatched, the words and the credit; vector in a PDF
(no image); a broken boundary file drawn as a sentence, not a crash; the overview sheet carries
the map on A4 and Letter."""
import pytest
from pypdf import PdfReader

from backan_desktop.core import geo
from backan_desktop.core.texts import t


@pytest.fixture
def image(qapp):
    from PySide6.QtGui import QColor, QImage

    img = QImage(900, 540, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    return img


def _paint(img, draw):
    from PySide6.QtGui import QPainter

    p = QPainter(img)
    draw(p)
    p.end()
    return img


def _pixel_at(img, frame: geo.Frame, lon: float, lat: float) -> str:
    x, y = frame.project(lon, lat)
    return img.pixelColor(int(x), int(y)).name()


def test_locator_fills_bac_kan_and_leaves_its_neighbours_as_land(image):
    from PySide6.QtCore import QRectF

    from backan_desktop.qt import map_painter as mp

    frame = []
    _paint(image, lambda p: frame.append(mp.paint_locator(p, QRectF(0, 0, 900, 540), "en", 1.0, legend=False)))
    assert _pixel_at(image, frame[0], 105.65, 22.45) == mp.FORMER.name()        # Ba Bể, in Bắc Kạn
    assert _pixel_at(image, frame[0], 106.3, 22.8) == mp.LAND.name()            # Cao Bằng
    assert _pixel_at(image, frame[0], 104.2, 21.5) == mp.LAND.name()            # Yên Bái


def test_choropleth_colours_each_class_and_hatches_no_data(image):
    from PySide6.QtCore import QRectF

    from backan_desktop.qt import map_painter as mp

    values = {"02": 1.0, "04": 2.0, "06": 3.0, "08": 4.0, "10": 5.0, "11": None}   # a test dict, not figures
    frame = []
    _paint(image, lambda p: frame.append(mp.paint_choropleth(p, QRectF(0, 0, 900, 540), values, "en", 1.0)))
    f = frame[0]
    assert geo.classify(values, len(mp.CLASSES)) == [1.0, 2.0, 3.0, 4.0, 5.0]     # 4 classes: palette of 4
    palette = [c.name() for c in mp.CLASSES]
    assert _pixel_at(image, f, 104.93, 22.85) == palette[0]            # Hà Giang: 1, the lowest class
    assert _pixel_at(image, f, 104.0, 22.45) == palette[-1]            # Lào Cai: 5, the highest
    assert _pixel_at(image, f, 105.85, 21.55) == mp.LAND.name()        # Thái Nguyên: not in the dict
    x, y = (int(v) for v in f.project(103.26, 21.69))                 # Điện Biên: None, hatched on white
    near = [image.pixelColor(x + dx, y + dy).name() for dx in range(-6, 6) for dy in range(-6, 6)]
    assert "#ffffff" in near and set(near).isdisjoint(palette + [mp.LAND.name()])
    assert 0.1 < sum(c != "#ffffff" for c in near) / len(near) < 0.7


def test_the_map_is_vector_in_a_pdf_and_says_what_it_shows(qapp, tmp_path):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from backan_desktop.qt.map_painter import paint_choropleth, paint_locator

    path = tmp_path / "map.pdf"
    w = QPdfWriter(str(path))
    w.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    w.setResolution(300)
    u = 300 / 72
    p = QPainter(w)
    mm = 300 / 25.4
    paint_locator(p, QRectF(0, 0, 180 * mm, 90 * mm), "vi", u)
    w.newPage()
    paint_choropleth(p, QRectF(0, 0, 500 * u, 300 * u), {"06": 1.0, "19": 2.0, "20": None}, "en", u, title="Test")
    p.end()
    reader = PdfReader(path)
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not [k for k, x in xobjects.items() if x.get_object().get("/Subtype") == "/Image"]
    first, second = (" ".join(page.extract_text().split()) for page in reader.pages)
    for key in ("map_former", "map_borders"):
        assert t(key, "vi") in first
    assert "124 km" in first and "Hà Nội" in first and "Natural Earth" in first
    assert t("map_no_data", "en") in second and t("map_not_in_set", "en") in second and "Test" in second


def test_an_unusable_boundary_file_is_said_in_the_map_not_raised(image, monkeypatch):
    from PySide6.QtCore import QRectF

    from backan_desktop.qt import map_painter as mp

    def broken():
        raise geo.BoundaryError("vn_provinces_63.json", "format is not backan-boundaries version 1")
    monkeypatch.setattr(geo, "bundled_boundaries", broken)
    _paint(image, lambda p: mp.paint_locator(p, QRectF(0, 0, 900, 540), "en", 1.0))
    _paint(image, lambda p: mp.paint_choropleth(p, QRectF(0, 0, 900, 540), {"06": 1.0}, "en", 1.0))
    assert mp._boundaries()[1].startswith("vn_provinces_63.json: not a usable boundary file")


# the map sits in the overview's "In context" block, beside the published PCI rank; on Letter and A5
# the front keeps its tiles and charts and the block its (first) lines: no room for the map
@pytest.mark.parametrize("paper, lang, has_map, has_rank", [("A4", "vi", True, True), ("A4", "en", True, True),
                                                            ("Letter", "en", False, True), ("A5", "en", False, True)])
def test_the_overview_sheet_carries_the_map_and_a_rank_on_wide_paper(qapp, library, tmp_path, paper, lang, has_map,
                                                                      has_rank):
    from backan_desktop.core.sheets import build_sheet
    from backan_desktop.qt.pdf import write_pdf

    path = tmp_path / "overview.pdf"
    write_pdf([build_sheet(library, "overview", lang)], path, paper)
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert (t("ctx_block_title", lang) in text) is has_rank
    assert (t("ctx_rank_nation_published", lang, rank=35) in text) is has_rank
    assert ("Natural Earth" in text) is has_map and (t("map_new", lang) in text) is has_map
    assert len(reader.pages) == 2
    first = reader.pages[0]["/Resources"].get("/XObject") or {}
    assert not [k for k, x in first.items() if x.get_object().get("/Subtype") == "/Image"]   # the map is vector


def test_a_choropleth_block_can_be_placed_on_a_sheet(qapp, tmp_path):
    from PySide6.QtGui import QPainter, QPdfWriter

    from backan_desktop.qt.sheet_renderer.canvas import Canvas, page_layout
    from backan_desktop.qt.sheet_renderer.flow import Flow
    from backan_desktop.qt.sheet_renderer.map_block import place_choropleth

    for paper in ("A4", "A5"):
        path = tmp_path / f"{paper}.pdf"
        w = QPdfWriter(str(path))
        w.setPageLayout(page_layout(paper))
        w.setResolution(300)
        c = Canvas(w)
        flow = Flow(top=0, next_top=0, bottom=c.height)
        place_choropleth(c, flow, {geo.BAC_KAN: 1.0, geo.THAI_NGUYEN: None, "20": 2.5}, "vi", "Chỉ số thử")
        assert 0 < flow.y < c.height and len(flow.pages) == 1
        p = QPainter(w)
        for op in flow.pages[0].ops:
            op(p)
        p.end()
        text = " ".join(PdfReader(path).pages[0].extract_text().split())
        assert "Chỉ số thử" in text and t("map_no_data", "vi") in text and "2,5" in text
