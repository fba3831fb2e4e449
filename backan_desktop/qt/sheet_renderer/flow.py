"""Pagination: blocks placed one below the other down the pages of a sheet.

Layout is measured before anything is painted (so the footer can say "page n of N"): placing a
block records a paint operation at its position on the current page; the pages are painted later.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtGui import QPainter

Op = Callable[[QPainter], None]
PlacedOp = Callable[[QPainter, float], None]      # paints a block whose top is at the given y


@dataclass
class Page:
    """One page's paint operations, in order (the header and footer are painted around them)."""
    ops: list[Op] = field(default_factory=list)
    top: float = 0.0          # where its content starts
    end: float = 0.0          # how far down its content reaches


class Flow:
    """A cursor ``y`` on the last of ``pages``. ``top`` is where the first page's content starts
    (below the tall first header), ``next_top`` where a following page's starts, ``bottom`` where the
    footer begins."""

    def __init__(self, top: float, next_top: float, bottom: float):
        self.pages = [Page(top=top, end=top)]
        self.top = top
        self.next_top = next_top
        self.bottom = bottom
        self._y = top
        # each table placed: its rows on each page and their height
        self.table_rows: list[tuple[str, list[int], list[float]]] = []

    @property
    def y(self) -> float:
        """The cursor; moving it down extends the current page's content."""
        return self._y

    @y.setter
    def y(self, value: float) -> None:
        self._y = value
        self.pages[-1].end = max(self.pages[-1].end, value)

    def new_page(self) -> None:
        self.pages.append(Page(top=self.next_top, end=self.next_top))
        self._y = self.next_top

    def fill(self) -> list[float]:
        """The share of each page's content area its content takes (0 to 1)."""
        return [min(1.0, (pg.end - pg.top) / ((self.bottom - pg.top) or 1.0)) for pg in self.pages]

    def at(self, op: PlacedOp) -> None:
        """Record ``op`` at the cursor on the current page (the cursor does not move)."""
        yy = self.y
        self.pages[-1].ops.append(lambda p, _y=yy, _op=op: _op(p, _y))

    def place(self, height: float, op: PlacedOp, keep: float = 0.0) -> None:
        """Place a block ``height`` tall, on a new page when it (or the ``keep`` it must stay with)
        does not fit — unless the cursor is no lower than ``top``, so a block taller than a page
        does not move on for ever."""
        if self.y + max(height, keep) > self.bottom and self.y > self.top + 1:
            self.new_page()
        self.at(op)
        self.y += height
