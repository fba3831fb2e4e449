"""The two codes a booth shows: one to join its Wi-Fi, one to open the share page. No Qt.

The Wi-Fi code follows the de-facto format phones read (ZXing's "WIFI:" scheme, as in Android and
iOS cameras): ``WIFI:T:<WPA|WEP|nopass>;S:<ssid>;P:<password>;;`` where ``\\ ; , : "`` inside a
value are escaped with a backslash. The codes are made by segno (pure Python, BSD).
"""
from __future__ import annotations

SECURITIES = ("WPA", "WEP", "nopass")       # WPA covers WPA2/WPA3-personal for the phones' readers
_SPECIAL = '\\;,:"'


def wifi_escape(value: str) -> str:
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in value)


def wifi_payload(ssid: str, password: str = "", security: str = "WPA", hidden: bool = False) -> str:
    """The text of a "join this Wi-Fi" code; an open network (``nopass``) carries no password."""
    if not ssid:
        raise ValueError("a Wi-Fi code needs the network's name")
    if security not in SECURITIES:
        raise ValueError(f"unknown Wi-Fi security {security!r} (one of {', '.join(SECURITIES)})")
    parts = [f"T:{security}", f"S:{wifi_escape(ssid)}"]
    if security != "nopass":
        parts.append(f"P:{wifi_escape(password)}")
    if hidden:
        parts.append("H:true")
    return "WIFI:" + ";".join(parts) + ";;"


def qr_modules(text: str) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, without the quiet zone (draw at least
    4 light modules around it). Error correction M: a screen seen at an angle or with a glare
    still reads; segno picks the smallest version that holds ``text``."""
    import segno

    code = segno.make(text, error="m", micro=False, boost_error=False)
    return [[bool(v) for v in row] for row in code.matrix]
