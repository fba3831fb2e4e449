"""Fair-mode settings, typed, in QSettings under ``kiosk/`` (version 1)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from .slides import SLIDE_IDS

VERSION = 1
PAPERS = ("A4", "A5", "Letter")
AUTO_USB = "auto"          # usb_folder value: the first USB stick found


def _int(value, default: int, lo: int, hi: int) -> int:
    try:
        return min(hi, max(lo, int(value)))
    except (TypeError, ValueError):
        return default


@dataclass
class KioskSettings:
    slides: list[str] = field(default_factory=lambda: list(SLIDE_IDS))
    slide_seconds: int = 8            # each headline slide
    idle_seconds: int = 90            # without input, back to the slides
    usb_folder: str = ""              # folder on removable media, or AUTO_USB; "" = not set up
    printer: str = ""                 # "" = the system's default printer
    paper: str = "A4"

    @classmethod
    def load(cls, settings: QSettings | None = None) -> "KioskSettings":
        s = settings or QSettings()
        raw = s.value("kiosk/slides", None)
        if raw is None:
            slides = list(SLIDE_IDS)
        else:
            items = raw if isinstance(raw, list) else str(raw).split(",")
            slides = [x for x in SLIDE_IDS if x in items]
        paper = str(s.value("kiosk/paper", s.value("print/paper", "A4")))
        return cls(slides=slides or list(SLIDE_IDS),
                   slide_seconds=_int(s.value("kiosk/slide_seconds", 8), 8, 3, 120),
                   idle_seconds=_int(s.value("kiosk/idle_seconds", 90), 90, 15, 3600),
                   usb_folder=str(s.value("kiosk/usb_folder", "") or ""),
                   printer=str(s.value("kiosk/printer", "") or ""),
                   paper=paper if paper in PAPERS else "A4")

    def save(self, settings: QSettings | None = None) -> None:
        s = settings or QSettings()
        s.setValue("kiosk/version", VERSION)
        s.setValue("kiosk/slides", ",".join(x for x in SLIDE_IDS if x in self.slides))
        s.setValue("kiosk/slide_seconds", int(self.slide_seconds))
        s.setValue("kiosk/idle_seconds", int(self.idle_seconds))
        s.setValue("kiosk/usb_folder", self.usb_folder)
        s.setValue("kiosk/printer", self.printer)
        s.setValue("kiosk/paper", self.paper)
        s.sync()
