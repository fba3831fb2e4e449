"""Offline guarantee: the app's main paths run with the network cut off and never try to connect;
no code in the package can fetch anything."""
import re
import socket
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "backan_desktop"


class NetworkBlocked(OSError):
    pass


@pytest.fixture
def attempts(monkeypatch):
    """Every way Python code reaches the network raises and is recorded (all threads)."""
    seen = []

    def blocker(what):
        def blocked(*args, **kwargs):
            seen.append((what, args[1:] if what.startswith("socket.") else args))
            raise NetworkBlocked(f"network access blocked by the offline test: {what}{args!r}")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, blocker(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                 "getnameinfo", "create_server"):
        monkeypatch.setattr(socket, name, blocker(name))
    return seen


def test_main_paths_make_no_connection_attempt(attempts, qtbot, data_home, tmp_path, capsys):
    from backan_desktop import cli
    from backan_desktop.core.library import load_library
    from backan_desktop.core.sheets import SHEET_IDS, build_sheet, sheet_ids
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.qt.pdf import write_pdf
    from backan_desktop.ui.main_window import NAV, MainWindow

    # the command line: validate, import a table, list, export a handout set
    assert cli.main(["validate", str(PACKAGE.parent / "data" / "backan")]) == 0
    table = tmp_path / "rice.csv"
    table.write_text("year,district,value\n2020,Ba Bể,12.5\n2021,Ba Bể,13.1\n2020,Pác Nặm,8.2\n", encoding="utf-8")
    assert cli.main(["import", str(table), "--id", "rice", "--title", "Rice", "--data-home", str(data_home)]) == 0
    assert cli.main(["list", "--data-home", str(data_home)]) == 0
    assert cli.main(["export", "--all", "--lang", "bilingual", "--output-dir", str(tmp_path / "cli"),
                     "--data-home", str(data_home)]) == 0
    assert "dataset:rice" in capsys.readouterr().out

    # the library, every sheet (sections and datasets) in both languages, PDFs
    lib = load_library(data_home=data_home)
    assert "rice" in lib.datasets
    sheets = {sid: [build_sheet(lib, sid, lang) for lang in ("vi", "en")] for sid in sheet_ids(lib)}
    assert all(sh[0].title and sh[1].title for sh in sheets.values())
    printed = [sh for sid in (*SHEET_IDS, "dataset:projects", "dataset:rice") for sh in sheets[sid]]
    assert write_pdf(printed, tmp_path / "handout.pdf", "A5", contents=True) > len(printed)

    # the window: load in the background, visit every page, switch language there and back
    install_language("vi")
    win = MainWindow(data_home, "vi")
    qtbot.addWidget(win)
    win.show()
    win.start_loading()
    qtbot.waitUntil(lambda: win.library is not None and all(key in win.pages for key, _ in NAV), timeout=30000)
    for lang in ("en", "vi"):
        win.set_language(lang)
        for row in reversed(range(len(NAV))):      # from the last row, so that every step changes the row
            win.nav.setCurrentRow(row)
            page = win.pages[NAV[row][0]]
            qtbot.waitUntil(lambda: win.stack.currentWidget() is page, timeout=10000)
        for did in win.library.datasets:
            win.pages["datasets"].open_dataset(did)
    win.close()
    install_language("en")

    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert not {"requests", "urllib3", "httpx", "aiohttp"} & set(sys.modules)


def test_the_blocker_works(attempts):
    """The guard above would notice: a connection attempt is refused and recorded."""
    import urllib.request
    with pytest.raises(Exception):
        urllib.request.urlopen("http://example.invalid/data.csv", timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))
    assert len(attempts) >= 2


NETWORK_CODE = re.compile(
    r"^\s*(?:import|from)\s+(?:urllib|requests|httpx|aiohttp|urllib3|http\.client|http\b|socket|ssl|ftplib|"
    r"smtplib|xmlrpc|webbrowser|PySide6\.QtNetwork|PySide6\.QtWebEngine)"
    r"|\bQNetwork\w*|\bQtNetwork\b|\bQDesktopServices\b|\bQWebEngine\w*|\burlopen\s*\(|\bsetOpenExternalLinks\s*\(\s*True",
    re.M)


# The share server (issue: sheets to visitors' phones) listens on the booth's network: it may use
# sockets, but only to accept; it never connects out, looks a name up or fetches anything.
LISTENS_ONLY = {"share/server.py"}
OUTWARD = re.compile(r"\.connect(?:_ex)?\s*\(|create_connection|getaddrinfo|gethostby\w*|getnameinfo|urlopen|"
                     r"^\s*(?:import|from)\s+(?:urllib|requests|httpx|aiohttp|urllib3|http\.client|ssl)\b", re.M)


def test_no_code_in_the_package_fetches_anything():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        listens = path.relative_to(PACKAGE).as_posix() in LISTENS_ONLY
        for m in (OUTWARD if listens else NETWORK_CODE).finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {m.group(0).strip()}")
    assert found == [], "network code in the package:\n" + "\n".join(found)


def test_the_source_scan_would_notice():
    for bad in ("import urllib.request", "from http.client import HTTPSConnection", "import requests",
                "from PySide6.QtNetwork import QNetworkAccessManager", "QDesktopServices.openUrl(url)",
                "label.setOpenExternalLinks(True)", "    import socket"):
        assert NETWORK_CODE.search(bad), bad
    for fine in ('url = "https://backan.gov.vn/"', "src.setOpenExternalLinks(False)", "# no urllib here"):
        assert not NETWORK_CODE.search(fine), fine


def test_the_listening_server_scan_would_notice_an_outward_call():
    for bad in ("s.connect((host, 80))", "socket.create_connection(addr)", "socket.getaddrinfo(name, 80)",
                "socket.gethostbyname_ex(socket.gethostname())", "import urllib.request"):
        assert OUTWARD.search(bad), bad
    for fine in ("self._listener.bind((host, port))", "conn, _ = self._listener.accept()", "import socket"):
        assert not OUTWARD.search(fine), fine
