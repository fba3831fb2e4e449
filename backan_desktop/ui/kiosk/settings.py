"""Fair-mode settings, typed, in QSettings under ``kiosk/`` (version 1)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from ...share.server import LOOPBACK
from ...share.qr import SECURITIES
from ...share.command import DEFAULT_PORT as DEFAULT_SHARE_PORT
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


@dataclass
class ShareSettings:
    """Sharing the sheets on the booth's network (``kiosk/share/*``): off unless staff turn it on;
    when on, fair mode starts the share server on its next launch too. The Wi-Fi name, password
    and security type only feed the "join the Wi-Fi" code visitors see (the password is shown to
    every visitor as that code, so it is kept as plain text)."""
    enabled: bool = False
    bind: str = LOOPBACK
    port: int = DEFAULT_SHARE_PORT
    wifi_ssid: str = ""
    wifi_password: str = ""
    wifi_security: str = "WPA"          # one of share.qr.SECURITIES

    @classmethod
    def load(cls, settings: QSettings | None = None) -> "ShareSettings":
        s = settings or QSettings()
        security = str(s.value("kiosk/share/wifi_security", "WPA"))
        return cls(enabled=str(s.value("kiosk/share/enabled", "false")).lower() in ("true", "1"),
                   bind=str(s.value("kiosk/share/bind", LOOPBACK) or LOOPBACK),
                   port=_int(s.value("kiosk/share/port", DEFAULT_SHARE_PORT), DEFAULT_SHARE_PORT, 1024, 65535),
                   wifi_ssid=str(s.value("kiosk/share/wifi_ssid", "") or ""),
                   wifi_password=str(s.value("kiosk/share/wifi_password", "") or ""),
                   wifi_security=security if security in SECURITIES else "WPA")

    def save(self, settings: QSettings | None = None) -> None:
        s = settings or QSettings()
        s.setValue("kiosk/share/enabled", bool(self.enabled))
        s.setValue("kiosk/share/bind", self.bind)
        s.setValue("kiosk/share/port", int(self.port))
        s.setValue("kiosk/share/wifi_ssid", self.wifi_ssid)
        s.setValue("kiosk/share/wifi_password", self.wifi_password)
        s.setValue("kiosk/share/wifi_security", self.wifi_security)
        s.sync()
