"""The share page's sections can be opened at their heading; a page for while the sheets are made."""
from backan_desktop.share.page import Link, PageSection, index_page, preparing_page


def test_sections_carry_their_id_as_anchor():
    page = index_page([PageSection("Kinh tế", "Economy", [Link("/vi/economy.pdf", "Tiếng Việt", "Vietnamese", "PDF")],
                                   anchor="economy")], [], ("1 tháng 1 năm 2025", "1 January 2025")).decode()
    assert '<h2 id="economy">Kinh tế' in page and 'href="/vi/economy.pdf"' in page


def test_preparing_page_says_so_in_both_languages():
    page = preparing_page().decode()
    assert 'name="viewport"' in page and "Đang chuẩn bị" in page and "Preparing the fact sheets" in page
