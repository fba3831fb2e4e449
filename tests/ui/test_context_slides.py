"""Fair mode's "in context" slides: after the GRDP, investment and province slides, the section's
In-context block — the region's provinces ranked with Bắc Kạn highlighted, or the locator map,
beside the lines (Bắc Kạn, the region, Viet Nam) — named for screen readers, in the kiosk's
language, and whole at 1366×768, 1920×1080 and 1080×1920 (nothing set smaller than the floor,
no line cut off)."""
import pytest

from backan_desktop.core.sheets import build_sheet
from backan_desktop.core.vocab import SECTIONS
from backan_desktop.ui.kiosk.context_slide import SMALLEST, ContextSlideView
from backan_desktop.ui.kiosk.slides import build_context_slide
from backan_desktop.ui.kiosk.theme import unit_for


@pytest.fixture
def sheets(library):
    return {lang: {sid: build_sheet(library, sid, lang) for sid in SECTIONS} for lang in ("vi", "en")}


def test_context_slides_carry_the_block_and_name_its_publishers(library, sheets):
    eco = build_context_slide(library, sheets["en"], "economy")
    assert eco.id == "context-economy" and eco.block.ranked.indicator == "grdp_growth"
    assert any(t.startswith("Viet Nam: 7.09%ᵉ") for t in eco.texts())
    assert "Dân trí" in eco.sources and all("[" not in s for s in eco.sources)
    inv = build_context_slide(library, sheets["vi"], "investment")
    assert inv.block.ranked.indicator == "pci_rank" and inv.block.ranked.home.value == 35
    assert build_context_slide(library, sheets["en"], "overview").block.map
    assert build_context_slide(library, sheets["en"], "trade") is None          # no peer figures: no slide


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("section", ["economy", "investment", "overview"])
def test_a_context_slide_is_whole_at_fair_sizes(qtbot, library, sheets, size, section):
    from backan_desktop.qt.i18n import install_language

    install_language("vi")
    try:
        _check_whole(qtbot, library, sheets, size, section)
    finally:
        install_language("en")


def _check_whole(qtbot, library, sheets, size, section):
    w, h = size
    slide = build_context_slide(library, sheets["vi"], section)
    view = ContextSlideView(slide, sheets["vi"][section].title)
    qtbot.addWidget(view)
    view.resize(w, int(h * 0.8))              # the loop leaves the top bar, dots and merger note
    view.set_unit(unit_for(w, h), h > w)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)                                     # the lines are fitted once the layout has settled
    view.canvas.grab()                                 # paints it
    assert view.heading.text() == {"economy": "Tăng trưởng so với vùng và cả nước",
                                   "investment": "Năng lực cạnh tranh (PCI) giữa các tỉnh trong vùng",
                                   "overview": "Tỉnh Bắc Kạn (cũ): vị trí và thứ hạng"}[section]
    assert view.accessibleName() == view.heading.text() and view.canvas.accessibleName()
    canvas = view.canvas
    assert canvas.used_scale >= canvas.scale * SMALLEST - 1e-9
    if slide.block.ranked is not None:                 # the ranked dots fit the card at the scale used
        from backan_desktop.qt.context_painter import ranked_height
        dpu = canvas.logicalDpiY() / 72.0
        rect = canvas._rect()
        need = ranked_height(canvas, slide.block.ranked, rect.width(), dpu * canvas.used_scale, 7.5 * canvas.used_scale)
        assert need <= rect.height()
    lines = view.lines                                 # every line inside its card, the floor kept
    assert lines.used_scale >= SMALLEST - 1e-9 and lines.layout_height(lines.used_scale) <= lines.height()
    assert lines.accessibleName() and "Bắc Kạn" in lines.accessibleDescription()
    assert "Bắc Kạn" in " ".join(view.texts())
