"""The IPv4 addresses of this computer, for staff to choose where the share server listens.

Plain Python (the app's bundle leaves QtNetwork out): on Linux each interface is asked for its
address (``SIOCGIFADDR``); elsewhere, the addresses the system gives for its own name, plus the one
it would use towards a private network (a UDP socket "connected" without sending a packet). No
DNS server is asked: the booth's network usually has none.
"""
from __future__ import annotations

import socket
import struct
import sys

LOOPBACK = "127.0.0.1"
SIOCGIFADDR = 0x8915


def _linux() -> list[tuple[str, str]]:
    import fcntl

    out = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _index, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(s.fileno(), SIOCGIFADDR, struct.pack("256s", name.encode()[:15]))
            except OSError:                 # down, or no IPv4 address
                continue
            out.append((socket.inet_ntoa(packed[20:24]), name))
    return out


def _other() -> list[tuple[str, str]]:
    found = []
    try:
        found += [info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    except OSError:
        pass
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.254.254.254", 9))     # no packet leaves: this only picks a route
            found.append(s.getsockname()[0])
        except OSError:
            pass
    return [(a, "") for a in found]


def ipv4_addresses() -> list[tuple[str, str]]:
    """``(address, interface name or "")`` pairs, loopback first, each address once."""
    try:
        found = _linux() if sys.platform.startswith("linux") else _other()
    except (OSError, ImportError):
        found = []
    out: dict[str, str] = {LOOPBACK: "lo"}
    for address, name in found:
        if address != "0.0.0.0" and not address.startswith("127."):
            out.setdefault(address, name)
    return list(out.items())
