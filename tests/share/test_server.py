"""The share server on loopback: only the catalogue's names, GET/HEAD only, bounded, never starved."""
import http.client
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from backan_desktop.share.server import Catalogue, Entry, ShareServer, serve_in_thread

PDF = b"%PDF-1.7 stand-in\n" * 100


@pytest.fixture
def server(tmp_path):
    sheet = tmp_path / "economy_en.pdf"
    sheet.write_bytes(PDF)
    (tmp_path / "secret.txt").write_text("must never be served")
    downloads = []
    cat = Catalogue({"/": Entry("text/html; charset=utf-8", body=b"<html>index</html>"),
                     "/en/economy.pdf": Entry("application/pdf", path=sheet, download_name="economy_en.pdf",
                                              counted=True)})
    srv = ShareServer(cat, workers=4, max_connections=200, idle_timeout=30.0, request_timeout=1.5,
                      on_download=downloads.append)
    thread = serve_in_thread(srv)
    srv.downloads = downloads
    yield srv
    srv.shutdown()
    thread.join(5)
    assert not thread.is_alive()


def raw(srv, data: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection((srv.host, srv.port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
    return out


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def get(srv, path: str, method: str = "GET"):
    conn = http.client.HTTPConnection(srv.host, srv.port, timeout=5)
    conn.request(method, path)
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return r.status, dict(r.getheaders()), body


def test_serves_the_catalogue_and_counts_downloads(server):
    status, headers, body = get(server, "/en/economy.pdf")
    assert status == 200 and body == PDF and headers["Content-Type"] == "application/pdf"
    assert headers["Content-Length"] == str(len(PDF))
    assert headers["Content-Disposition"] == 'attachment; filename="economy_en.pdf"'
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert get(server, "/")[2] == b"<html>index</html>"
    assert get(server, "/?lang=en")[0] == 200                    # a query string is ignored
    assert server.downloads == ["economy_en.pdf"]                  # the page is not a download


def test_head_sends_headers_only(server):
    response = raw(server, b"HEAD /en/economy.pdf HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status_of(response) == 200 and response.endswith(b"\r\n\r\n")
    assert f"Content-Length: {len(PDF)}".encode() in response
    assert server.downloads == []


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/en/../../secret.txt", "/secret.txt", "//secret.txt", "/en/economy.pdf/",
    "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
    "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/en/economy.pdf%00", "/EN/economy.pdf",
    "/en/./economy.pdf", "/en//economy.pdf", "http://127.0.0.1/en/economy.pdf", "*", "/en", "/en/",
    "/etc/passwd", "/" + "a" * 1500,
])
def test_no_name_outside_the_catalogue_is_served(server, path):
    response = raw(server, f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert status_of(response) == 404
    assert b"must never be served" not in response and PDF not in response


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"])
def test_only_get_and_head(server, method):
    response = raw(server, f"{method} / HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert status_of(response) == 405 and b"Allow: GET, HEAD" in response


@pytest.mark.parametrize("request_bytes, status", [
    (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\n\r\n", 414),
    (b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 100 + b"\r\n", 431),
    (b"GET / HTTP/1.1\r\nX-Big: " + b"b" * 20000 + b"\r\n\r\n", 431),
    (b"GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello", 413),
    (b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 413),
    (b"GARBAGE\r\n\r\n", 400),
    (b"\xff\xfe / HTTP/1.1\r\n\r\n", 400),
    (b"GET / HTTP/2.0\r\n\r\n", 505),
])
def test_malformed_and_oversized_requests_are_refused(server, request_bytes, status):
    assert status_of(raw(server, request_bytes)) == status


def test_a_slow_client_is_cut_off_and_does_not_block_others(server):
    with socket.create_connection((server.host, server.port), timeout=5) as slow:
        slow.sendall(b"GET / HT")                                   # ... and never finishes
        t0 = time.monotonic()
        assert get(server, "/")[0] == 200                          # others are served meanwhile
        answer = slow.recv(1024)
        assert status_of(answer) == 408 and time.monotonic() - t0 < 20   # cut at 1.5 s, not the idle 30 s


def test_fifty_idle_connections_do_not_starve_the_others(server):
    idle = [socket.create_connection((server.host, server.port), timeout=5) for _ in range(50)]
    try:
        t0 = time.monotonic()
        with ThreadPoolExecutor(10) as pool:
            results = list(pool.map(lambda _: get(server, "/en/economy.pdf")[0], range(60)))
        assert results == [200] * 60
        assert time.monotonic() - t0 < 20                           # not waiting for the idle ones' 30 s
    finally:
        for s in idle:
            s.close()


def test_hundreds_of_requests_tens_at_a_time(server):
    paths = ["/", "/en/economy.pdf", "/missing"] * 100
    with ThreadPoolExecutor(30) as pool:
        results = list(pool.map(lambda p: get(server, p)[0], paths))
    assert results.count(200) == 200 and results.count(404) == 100
    assert len(server.downloads) == 100


def test_idle_connections_are_closed_after_the_idle_timeout(tmp_path):
    srv = ShareServer(Catalogue({"/": Entry("text/plain", body=b"x")}), idle_timeout=0.5)
    thread = serve_in_thread(srv)
    try:
        with socket.create_connection((srv.host, srv.port), timeout=5) as s:
            assert s.recv(10) == b""                                # closed by the server, nothing sent
    finally:
        srv.shutdown()
        thread.join(5)


def test_connections_over_the_limit_are_closed_at_once(tmp_path):
    srv = ShareServer(Catalogue({"/": Entry("text/plain", body=b"x")}), max_connections=5, idle_timeout=30)
    thread = serve_in_thread(srv)
    held = [socket.create_connection((srv.host, srv.port), timeout=5) for _ in range(5)]
    try:
        time.sleep(0.3)                                             # let the server accept all five
        with socket.create_connection((srv.host, srv.port), timeout=5) as extra:
            assert extra.recv(10) == b""
        held.pop().close()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:                          # a freed place is given again
            try:
                if get(srv, "/")[0] == 200:
                    break
            except (ConnectionError, http.client.RemoteDisconnected):
                time.sleep(0.1)
        else:
            pytest.fail("no place freed after a connection closed")
    finally:
        for s in held:
            s.close()
        srv.shutdown()
        thread.join(5)


def test_binds_to_loopback_by_default_and_stops_cleanly():
    srv = ShareServer(Catalogue({"/": Entry("text/plain", body=b"x")}))
    assert srv.host == "127.0.0.1" and srv.url == f"http://127.0.0.1:{srv.port}/"
    thread = serve_in_thread(srv)
    assert get(srv, "/")[0] == 200
    srv.shutdown()
    thread.join(5)
    assert not thread.is_alive()
    with pytest.raises(OSError):
        socket.create_connection((srv.host, srv.port), timeout=1).close()
    again = ShareServer(Catalogue({}), port=srv.port)               # the port is free again
    again.shutdown(timeout=0)


def test_a_catalogue_refuses_names_that_are_not_plain():
    for bad in ["relative.pdf", "/a/../b", "/a b", "/a\\b", "/%2e", "/ä"]:
        with pytest.raises(ValueError):
            Catalogue({bad: Entry("text/plain", body=b"")})
