"""A small read-only HTTP server for a booth's local network: it serves only the files it was given.

Safe by construction:
- no path from a request reaches the file system: the request's path must equal one of the names
  in the :class:`Catalogue` (plain ASCII names the app chose), which maps it to bytes or a file the
  app generated; anything else is 404, so there is no traversal in any encoding and no listing;
- GET and HEAD only (anything else: 405 with ``Allow``); a request line over 2 KiB, more than 64
  header lines or 16 KiB of headers, or a body, is refused (414/431/413) and the connection closed;
- a connection costs a worker thread only once its request has started to arrive: idle
  connections wait in one selector (closed after ``idle_timeout``), so a crowd of idle or half-open
  phones cannot starve the others; a request must arrive whole within ``request_timeout`` and a
  response is written with a per-send timeout, so a slow client holds one worker for a bounded time;
- at most ``workers`` requests are served at once and at most ``max_connections`` are open; more
  are closed at once;
- it binds only to the address it is given (loopback by default; :func:`ipv4_addresses` lists
  this computer's, for staff to choose) and :meth:`ShareServer.shutdown` stops it cleanly from
  any thread.
No personal data is kept: the ``on_download`` callback gets the entry's name, never the address.
Plain Python (no Qt); one thread runs :meth:`serve_forever`, a bounded pool serves the requests.
"""
from __future__ import annotations

import email.utils
import logging
import re
import selectors
import socket
import struct
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"

MAX_REQUEST_LINE = 2048
MAX_HEADER_BYTES = 16 * 1024
MAX_HEADER_LINES = 64
SEND_CHUNK = 64 * 1024
SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"),
    ("Cache-Control", "no-cache"),
)


@dataclass(frozen=True)
class Entry:
    """One thing the server hands out: ``body`` (bytes) or a file the app wrote (``path``)."""
    content_type: str
    body: Optional[bytes] = None
    path: Optional[Path] = None
    download_name: str = ""          # set: the browser saves it under this name
    counted: bool = False            # a download worth counting (a sheet, a table), not the page

    def size(self) -> int:
        return len(self.body) if self.body is not None else self.path.stat().st_size


class Catalogue:
    """What the server serves: request path ('/', '/vi/economy.pdf', ...) → :class:`Entry`.
    Replaced whole (:meth:`ShareServer.publish`) when the data changes; never edited in place."""

    def __init__(self, entries: dict[str, Entry]):
        for name in entries:
            if not (name.startswith("/") and name.isascii() and name.isprintable() and " " not in name
                    and ".." not in name and "\\" not in name and "%" not in name):
                raise ValueError(f"not a plain path name: {name!r}")
        self._entries = dict(entries)

    def get(self, name: str) -> Optional[Entry]:
        return self._entries.get(name)

    def names(self) -> list[str]:
        return list(self._entries)


class _BadRequest(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout",
           413: "Content Too Large", 414: "URI Too Long", 431: "Request Header Fields Too Large",
           500: "Internal Server Error", 503: "Service Unavailable", 505: "HTTP Version Not Supported"}


class ShareServer:
    """Serves a :class:`Catalogue` on ``(host, port)``; port 0 picks a free one (see :attr:`port`)."""

    def __init__(self, catalogue: Catalogue, host: str = "127.0.0.1", port: int = 0, *, workers: int = 8,
                 max_connections: int = 256, idle_timeout: float = 15.0, request_timeout: float = 10.0,
                 send_timeout: float = 20.0, on_download: Optional[Callable[[str], None]] = None):
        self._catalogue = catalogue
        self.workers, self.max_connections = workers, max_connections
        self.idle_timeout, self.request_timeout, self.send_timeout = idle_timeout, request_timeout, send_timeout
        self.on_download = on_download
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.socket(family, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._listener.bind((host, port))
            self._listener.listen(128)
        except OSError:
            self._listener.close()
            raise
        self._listener.setblocking(False)
        self.host, self.port = self._listener.getsockname()[:2]
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._open = 0                     # connections accepted and not yet closed
        self._open_lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="share")

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def publish(self, catalogue: Catalogue) -> None:
        """Serve ``catalogue`` from the next request on (e.g. after the data changed)."""
        self._catalogue = catalogue

    # --- the accept/idle loop (one thread) --------------------------------------------------------
    def serve_forever(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self._listener, selectors.EVENT_READ, "accept")
        sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        waiting: dict[socket.socket, float] = {}       # idle connections → when they were accepted
        try:
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=1.0):
                    if key.data == "accept":
                        self._accept(sel, waiting)
                    elif key.data == "wake":
                        self._wake_r.recv(64)
                    else:                                   # a request has started to arrive
                        conn = key.fileobj
                        sel.unregister(conn)
                        waiting.pop(conn, None)
                        self._pool.submit(self._serve_connection, conn)
                now = time.monotonic()
                for conn, since in list(waiting.items()):
                    if now - since > self.idle_timeout:
                        sel.unregister(conn)
                        del waiting[conn]
                        self._close(conn)
        finally:
            for conn in list(waiting):
                self._close(conn)
            sel.close()
            self._listener.close()
            self._pool.shutdown(wait=True)
            self._wake_r.close()
            self._wake_w.close()
            self._stopped.set()

    def _accept(self, sel, waiting) -> None:
        while True:
            try:
                conn, _addr = self._listener.accept()       # the address is never kept
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:                           # e.g. out of file descriptors: try later
                log.warning("share: cannot accept a connection: %s", exc)
                return
            with self._open_lock:
                full = self._open >= self.max_connections
                if not full:
                    self._open += 1
            if full:
                conn.close()
                continue
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "conn")
            waiting[conn] = time.monotonic()

    def _close(self, conn: socket.socket) -> None:
        try:
            conn.close()
        finally:
            with self._open_lock:
                self._open -= 1

    def stop(self) -> None:
        """Ask the server to stop, without waiting (safe in a signal handler)."""
        self._stop.set()
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop serving (from any thread but the serving one); returns when it has stopped."""
        self.stop()
        self._stopped.wait(timeout)

    # --- one request (a worker thread) ----------------------------------------------------------
    def _serve_connection(self, conn: socket.socket) -> None:
        method = ""
        try:
            conn.setblocking(True)
            try:
                method, target = self._read_request(conn)
                status, headers, entry = self._answer(method, target)
            except _BadRequest as exc:
                status, headers, entry = exc.status, [], None
            self._respond(conn, status, headers, entry, head=(method == "HEAD"))
            self._linger(conn)
        except (OSError, socket.timeout):
            pass                                               # the client went away or was too slow
        except Exception:                                      # never let one request kill a worker
            log.exception("share: unexpected error while serving a request")
        finally:
            self._close(conn)

    @staticmethod
    def _linger(conn: socket.socket) -> None:
        """Close our side, then drop what the client still sends (at most 64 KiB, 1 s): closing
        with unread input makes the kernel reset the connection, which can discard the response
        we have just sent (a refused oversized request, for one)."""
        conn.shutdown(socket.SHUT_WR)
        conn.settimeout(1.0)
        left = 64 * 1024
        while left > 0 and (chunk := conn.recv(min(left, 16384))):
            left -= len(chunk)

    def _read_request(self, conn: socket.socket) -> tuple[str, str]:
        deadline = time.monotonic() + self.request_timeout
        data = b""
        while b"\r\n\r\n" not in data and b"\n\n" not in data:
            first_line = data.split(b"\n", 1)[0]
            if len(first_line) > MAX_REQUEST_LINE:
                raise _BadRequest(414, "request line too long")
            if len(data) > MAX_HEADER_BYTES:
                raise _BadRequest(431, "headers too large")
            left = deadline - time.monotonic()
            if left <= 0:
                raise _BadRequest(408, "request too slow")
            conn.settimeout(left)
            try:
                chunk = conn.recv(4096)
            except socket.timeout:
                raise _BadRequest(408, "request too slow") from None
            if not chunk:
                raise OSError("connection closed before a whole request arrived")
            data += chunk
        head = data.split(b"\r\n\r\n" if b"\r\n\r\n" in data else b"\n\n", 1)[0]
        lines = head.split(b"\n")
        if len(lines[0]) > MAX_REQUEST_LINE:
            raise _BadRequest(414, "request line too long")
        if len(head) > MAX_HEADER_BYTES:
            raise _BadRequest(431, "headers too large")
        if len(lines) > MAX_HEADER_LINES + 1:
            raise _BadRequest(431, "too many header lines")
        try:
            method, target, version = lines[0].decode("ascii").strip().split(" ")
        except (UnicodeDecodeError, ValueError):
            raise _BadRequest(400, "malformed request line") from None
        if not version.startswith("HTTP/1."):
            raise _BadRequest(505, "HTTP/1.x only")
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length" and value.strip() not in (b"", b"0"):
                raise _BadRequest(413, "no request body is accepted")
            if name.strip().lower() == b"transfer-encoding":
                raise _BadRequest(413, "no request body is accepted")
        return method, target

    def _answer(self, method: str, target: str):
        if method not in ("GET", "HEAD"):
            return 405, [("Allow", "GET, HEAD")], None
        path = target.split("?", 1)[0].split("#", 1)[0]
        entry = self._catalogue.get(path)
        if entry is None:
            return 404, [], None
        return 200, [], entry

    def _respond(self, conn: socket.socket, status: int, headers: list, entry: Optional[Entry], head: bool) -> None:
        if entry is not None:
            try:
                size = entry.size()
            except OSError:                                    # a cache file removed under us
                status, entry = 404, None
        if entry is None:
            body = f"{status} {REASONS.get(status, '')}\n".encode()
            content_type, size = "text/plain; charset=utf-8", len(body)
        else:
            body, content_type = entry.body, entry.content_type
        out = [f"HTTP/1.1 {status} {REASONS.get(status, '')}", f"Date: {email.utils.formatdate(usegmt=True)}",
               "Server: backan-desktop", "Connection: close", f"Content-Type: {content_type}",
               f"Content-Length: {size}", *(f"{k}: {v}" for k, v in SECURITY_HEADERS),
               *(f"{k}: {v}" for k, v in headers)]
        if entry is not None and entry.download_name:
            out.append(f'Content-Disposition: attachment; filename="{entry.download_name}"')
        conn.settimeout(self.send_timeout)
        conn.sendall(("\r\n".join(out) + "\r\n\r\n").encode("ascii"))
        if head:
            return
        if body is not None:
            conn.sendall(body)
        else:
            with open(entry.path, "rb") as f:
                while chunk := f.read(SEND_CHUNK):
                    conn.sendall(chunk)
        if status == 200 and entry is not None and entry.counted and self.on_download is not None:
            try:
                self.on_download(entry.download_name or "")
            except Exception:
                log.exception("share: the download counter failed")


def serve_in_thread(server: ShareServer) -> threading.Thread:
    """Run ``server`` on a daemon thread (the window and the tests); stop it with ``shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="share-server", daemon=True)
    thread.start()
    return thread



# -- where it can listen ----------------------------------------------------------------------------
_SIOCGIFADDR = {"linux": 0x8915, "darwin": 0xC0206921}     # ifreq → its IPv4 address at bytes 20–24


def _ioctl_addresses(request: int) -> list[tuple[str, str]]:
    import fcntl

    out = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:     # never sends: only asks the kernel
        for _index, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(s.fileno(), request, struct.pack("256s", name.encode()[:15]))
            except OSError:                     # down, or no IPv4 address
                continue
            out.append((socket.inet_ntoa(packed[20:24]), name))
    return out


def _ipconfig_addresses() -> list[tuple[str, str]]:
    """Windows: the IPv4 lines of ``ipconfig`` (their label says "IPv4" in every language)."""
    run = subprocess.run(["ipconfig"], capture_output=True, timeout=10, creationflags=0x08000000)  # no window
    text = run.stdout.decode("ascii", errors="ignore")
    return [(m, "") for line in text.splitlines() if "IPv4" in line
            for m in re.findall(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b", line)[-1:]]


def ipv4_addresses() -> list[tuple[str, str]]:
    """This computer's IPv4 addresses as ``(address, interface name or "")``, loopback first, each
    once. Asked of the system, never of the network (no name lookup, nothing sent)."""
    try:
        if sys.platform.startswith("win"):
            found = _ipconfig_addresses()
        else:
            found = _ioctl_addresses(_SIOCGIFADDR["darwin" if sys.platform == "darwin" else "linux"])
    except (OSError, ImportError, subprocess.SubprocessError):
        found = []
    out: dict[str, str] = {LOOPBACK: "lo"}
    for address, name in found:
        if address != "0.0.0.0" and not address.startswith("127."):
            out.setdefault(address, name)
    return list(out.items())
