"""The booth's two codes: the Wi-Fi text as phones read it, and codes a real decoder reads back."""
import pytest

from backan_desktop.share.server import LOOPBACK, ipv4_addresses
from backan_desktop.share.qr import qr_modules, wifi_escape, wifi_payload


def test_wifi_text_escapes_the_five_special_characters():
    assert wifi_escape('a\\b;c,d:e"f') == 'a\\\\b\\;c\\,d\\:e\\"f'
    assert wifi_payload("Hội chợ; Bắc Kạn", 'p:a\\s,s"1') == 'WIFI:T:WPA;S:Hội chợ\\; Bắc Kạn;P:p\\:a\\\\s\\,s\\"1;;'
    assert wifi_payload("Booth", "ignored", "nopass") == "WIFI:T:nopass;S:Booth;;"
    assert wifi_payload("Booth", "k", "WEP", hidden=True) == "WIFI:T:WEP;S:Booth;P:k;H:true;;"
    with pytest.raises(ValueError):
        wifi_payload("", "x")
    with pytest.raises(ValueError):
        wifi_payload("Booth", "x", "WPA2")


def decode(modules, scale=6):
    """The text a QR decoder reads from ``modules`` drawn with a quiet zone."""
    zxingcpp = pytest.importorskip("zxingcpp")
    import numpy as np
    img = np.pad(np.where(np.array(modules, dtype=bool), 0, 255).astype(np.uint8), 4, constant_values=255)
    found = zxingcpp.read_barcodes(img.repeat(scale, 0).repeat(scale, 1))
    return [r.text for r in found]


@pytest.mark.parametrize("text", [
    "http://192.168.43.1:8765/#agriculture",
    wifi_payload("Gian hàng Bắc Kạn", 'mật;khẩu:"1,2\\'),
    wifi_payload("Open booth", security="nopass"),
])
def test_codes_decode_to_their_text(text):
    modules = qr_modules(text)
    assert len(modules) == len(modules[0]) and len(modules) >= 21
    assert decode(modules) == [text]


def test_addresses_put_loopback_first_and_are_ipv4():
    found = ipv4_addresses()
    assert found[0] == (LOOPBACK, "lo")
    addresses = [a for a, _ in found]
    assert len(addresses) == len(set(addresses))
    for a in addresses:
        parts = a.split(".")
        assert len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts)


def test_windows_addresses_come_from_ipconfig_in_any_language(monkeypatch):
    import subprocess

    from backan_desktop.share import server
    out = ("Wireless LAN adapter Local Area Connection* 10:\r\n"
           "   IPv4 Address. . . . . . . . . . . : 192.168.137.1\r\n"
           "   Subnet Mask . . . . . . . . . . . : 255.255.255.0\r\n"
           "Ethernet-Adapter Ethernet:\r\n"
           "   IPv4-Adresse  . . . . . . . . . . : 10.0.0.7(Bevorzugt)\r\n"
           "   Standardgateway . . . . . . . . . : 10.0.0.1\r\n").encode("cp850")
    monkeypatch.setattr(server.sys, "platform", "win32")
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, out, b""))
    assert server.ipv4_addresses() == [(LOOPBACK, "lo"), ("192.168.137.1", ""), ("10.0.0.7", "")]
