"""The text of an exported PDF, for tests.

pdfium (pypdfium2, a test dependency) reads a sheet's text about 20 times faster than pypdf; the
self-test keeps pypdf, so the tests also read our PDFs with a second, independent reader.
"""
import re

import pypdfium2 as pdfium


def page_texts(path) -> list[str]:
    """Each page's text, in page order."""
    doc = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def squeeze(text: str) -> str:
    """Runs of white space (line ends included) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path) -> str:
    """The whole document's text, white space squeezed."""
    return squeeze(" ".join(page_texts(path)))
