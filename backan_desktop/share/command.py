"""``backan-desktop share``: serve the sheets to visitors' phones until Ctrl+C or SIGTERM."""
from __future__ import annotations

import signal
import sys
from pathlib import Path

DEFAULT_PORT = 8765


def add_parser(sub):
    p = sub.add_parser("share",
                       help="serve the fact sheets and tables to phones on the local network (read-only)",
                       description="Serves a small bilingual page listing every section sheet (vi, en, bilingual), "
                                   "the handout booklet and each section's figures as XLSX/CSV with their sources. "
                                   "Prints its address and serves until interrupted (Ctrl+C) or SIGTERM.")
    p.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                   help="address to listen on (default 127.0.0.1, this computer only); the booth's Wi-Fi "
                        "address, or 0.0.0.0 for every network of this computer")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="N", help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--paper", choices=["A4", "A5", "Letter"], default="A4")
    return p


def serve(lib, data_home: Path, bind: str, port: int, paper: str = "A4") -> int:
    """Publish the cache, then serve it until interrupted; returns the exit code."""
    from ..qt.app import make_app
    from .counts import Counts
    from .publish import publish
    from .server import Catalogue, ShareServer

    if not 0 <= port <= 65535:
        print(f"backan-desktop share: --port {port}: a port is a number from 0 to 65535", file=sys.stderr)
        return 2
    counts = Counts(Path(data_home))
    try:        # listen first: a busy port is said at once, not after the sheets are made
        server = ShareServer(Catalogue({}), bind, port, on_download=lambda _name: counts.add("downloaded"))
    except OSError as exc:
        print(f"backan-desktop share: cannot listen on {bind}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    make_app(gui=False)
    print("Preparing the sheets and tables…", flush=True)
    server.publish(publish(lib, Path(data_home) / "share-cache", paper))
    if bind in ("0.0.0.0", "::"):       # no name lookup here (it could reach a DNS server): staff know the address
        print(f"Serving on every network of this computer, port {server.port}: open http://<this computer's "
              f"address>:{server.port}/", flush=True)
    else:
        print(f"Serving at {server.url}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    previous = {s: signal.signal(s, lambda *_: server.stop()) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.serve_forever()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    print("Stopped.", flush=True)
    return 0
