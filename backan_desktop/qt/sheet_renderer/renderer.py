"""Lay out and paint whole documents: each sheet's blocks down its pages, the frame around them,
page numbers through a front and its appendix (or through a whole booklet)."""
from __future__ import annotations

from PySide6.QtGui import QPagedPaintDevice, QPainter

from ...core.problems import Cancelled
from ...core.sheets import FRONT_PAGES, Sheet, print_sheets
from .blocks import place_charts, place_intro, place_kpis, place_notes_and_sources
from .canvas import Canvas
from .flow import Flow, Page
from .frame import footer_height, header_height, paint_contents_page, paint_footer, paint_header
from .context_block import place_context
from .tables import place_table

HALF = 0.5             # a printed page holds at least this share of content when the layout can manage it
FULL = 0.6             # a back page less full than this gives its slack to taller charts


class SheetRenderer:
    """Lays out and paints sheets on one paged device. Use :meth:`render` for a whole document."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter):
        self.device = device
        self.p = painter
        self.canvas = Canvas(device)

        def fits(sheet: Sheet) -> bool:
            """Whether a printed front stays within FRONT_PAGES pages on this device."""
            return len(self.layout(sheet)) <= FRONT_PAGES
        fits.sparse = self.sparse            # tells fit_sheet when a front's back would hold little
        self.fits = fits

    def layout(self, sheet: Sheet, chart_scale: float = 1.0) -> list[Page]:
        """The pages ``sheet`` takes on this device, measured, nothing painted."""
        return self._flow(sheet, chart_scale).pages

    def _flow(self, sheet: Sheet, chart_scale: float = 1.0) -> Flow:
        c = self.canvas
        u = c.u
        flow = Flow(top=header_height(c, first=True) + 6 * u, next_top=header_height(c, first=False) + 6 * u,
                    bottom=c.height - (footer_height(c, sheet) + 4 * u))
        place_intro(c, flow, sheet.intro)
        # on a sheet with charts, tiles are set as far apart as the charts are
        place_kpis(c, flow, sheet.kpis, step_gap=(8 if sheet.charts else 6) * u)
        place_charts(c, flow, sheet.charts, chart_scale)
        place_context(c, flow, sheet)
        for tb in sheet.tables:
            place_table(c, flow, tb, sheet.lang)
        place_notes_and_sources(c, flow, sheet)
        return flow

    def pages(self, sheet: Sheet) -> tuple[list[Page], list[float]]:
        """The pages a printed front takes (see :meth:`settle`) and each page's fill (0 to 1)."""
        flow = self.settle(sheet)
        return flow.pages, flow.fill()

    def settle(self, sheet: Sheet) -> Flow:
        """A printed front laid out so that its two pages are balanced when that can be done: a front
        whose back would hold less than about half is set on one side with flatter charts if that
        fits; else a back less than FULL gives its slack to the charts, set taller step by step (up to
        their tallest, see :func:`place_charts`) until the back is FULL, never past FRONT_PAGES.
        Appendices and fronts without charts are set as they come."""
        flow = self._flow(sheet)
        fill = flow.fill()
        if sheet.appendix or not sheet.charts or len(fill) != FRONT_PAGES or fill[-1] >= FULL:
            return flow
        if fill[-1] < HALF:
            for scale in (0.8, 0.65, 0.5, 0.45):
                flatter = self._flow(sheet, scale)
                if len(flatter.pages) == 1:
                    return flatter
        for step in range(1, 11):
            taller = self._flow(sheet, 1 + step / 10)
            f = taller.fill()
            if len(f) > FRONT_PAGES or f == fill:      # past two pages, or at the tallest
                break
            flow, fill = taller, f
            if f[-1] >= FULL:
                break
        return flow

    def sparse(self, sheet: Sheet) -> bool:
        """Whether the last page of ``sheet`` would be less than about half filled, however its
        charts are set."""
        _, fill = self.pages(sheet)
        return len(fill) > 1 and fill[-1] < HALF

    def render(self, sheets: list[Sheet], contents: bool = False, appendix: bool = False, progress=None,
               cancel=None) -> int:
        """Paint sheets, each starting on a new page. Screen sheets are printed as their two-page
        front (:func:`~backan_desktop.core.sheets.fit_sheet`, measured on this device); with
        ``appendix`` each front is followed by its appendix, or with ``contents`` (a booklet: a
        contents page first, page numbers through the whole document) one appendix comes at the end.
        Page numbers run through a front and its appendix. Returns the number of pages."""

        def check():
            if cancel is not None and cancel.is_set():
                raise Cancelled()

        def fits(sheet: Sheet) -> bool:
            check()
            return self.fits(sheet)
        fits.sparse = self.sparse

        printed = print_sheets(sheets, fits, appendix=appendix, booklet=contents)
        plans = []
        for sheet in printed:
            check()
            plans.append((sheet, self.pages(sheet)[0]))
        # page-number groups: the whole booklet, else each front with the appendix after it
        groups: list[int] = []
        for i, (sheet, _) in enumerate(plans):
            prev = plans[i - 1][0] if i else None
            joins = contents or (sheet.appendix and prev is not None and (prev.id, prev.lang) == (sheet.id, sheet.lang))
            groups.append(groups[-1] if joins and groups else len(set(groups)))
        size: dict[int, int] = {}
        for g, (_, pages) in zip(groups, plans):
            size[g] = size.get(g, 0) + len(pages)
        if contents and plans:
            size[0] = size.get(0, 0) + 1
        count = 0
        number: dict[int, int] = {}
        c = self.canvas
        if contents and plans:
            paint_contents_page(c, self.p, plans, size[0])
            count = number[0] = 1
        for si, ((sheet, pages), g) in enumerate(zip(plans, groups)):
            for pi, page in enumerate(pages):
                check()
                if count > 0:
                    self.device.newPage()
                paint_header(c, self.p, sheet, first=pi == 0)
                for op in page.ops:
                    op(self.p)
                number[g] = number.get(g, 0) + 1
                paint_footer(c, self.p, sheet, number[g], size[g])
                count += 1
            if progress is not None:
                progress(si + 1, len(plans), sheet.title)
        return count
