"""Start-up: the window is shown before pandas and pyqtgraph are imported; errors reach a log file."""
import logging
import subprocess
import sys
import textwrap


def test_window_is_painted_before_the_heavy_imports(tmp_path):
    """At the first paint: no pandas, pyqtgraph or pydantic, and not even PySide's ``Qt`` enum
    namespace (~25 ms to build); the data then loads without anyone calling start_loading."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import PySide6.QtCore as QtCore
        from PySide6.QtCore import QEvent, QObject, QTimer
        from backan_desktop.qt.app import make_app
        from backan_desktop.ui.main_window import MainWindow
        app = make_app(window_first=True)
        win = MainWindow(Path({str(tmp_path)!r}), "vi")
        seen = []

        class Probe(QObject):
            def eventFilter(self, obj, event):
                if not seen and event.type() == QEvent.Type.Paint and obj is win:
                    seen.append([m for m in ("pandas", "pyqtgraph", "pydantic") if m in sys.modules]
                                + (["Qt namespace"] if "Qt" in vars(QtCore) else []))
                return False

        probe = Probe()
        app.installEventFilter(probe)
        win.library_loaded.connect(lambda _lib: app.quit())
        QTimer.singleShot(30000, app.quit)
        win.show()
        app.exec()
        print("heavy at first paint:", seen, "loaded:", win.library is not None)
        sys.exit(0 if seen == [[]] and win.library is not None else 1)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=90)
    assert r.returncode == 0, r.stdout + r.stderr


def test_plain_start_skips_the_command_line_parser():
    from backan_desktop.launch import plain_gui_args

    assert plain_gui_args([]) == {"lang": None, "data_home": None, "kiosk": False}
    assert plain_gui_args(["--lang", "en", "--data-home=/x", "--kiosk"]) == {"lang": "en", "data_home": "/x", "kiosk": True}
    for argv in (["--help"], ["--version"], ["--self-test"], ["list"], ["--lang", "fr"], ["--lang"],
                 ["--data-home", "--kiosk"], ["--data-home="], ["export", "--all"]):
        assert plain_gui_args(argv) is None, argv


def test_uncaught_exceptions_are_logged(qapp, tmp_path, monkeypatch):
    from backan_desktop.core.logs import setup_logging
    from backan_desktop.qt import app as qtapp

    log_file = setup_logging(tmp_path / "logs")
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda self: shown.append(self.text()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    qtapp.install_excepthook(log_file)
    try:
        raise RuntimeError("boom for the test")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for h in logging.getLogger().handlers:
        h.flush()
    assert "boom for the test" in log_file.read_text(encoding="utf-8")
    assert shown and str(log_file) in shown[0]


def _qt_data_folder():
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from backan_desktop.core.paths import APP, ORG

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    try:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_the_data_folder_computed_without_qt_is_the_one_qt_names(qapp, tmp_path, monkeypatch):
    """core.paths answers the command line without Qt; it must be the folder the window (and an
    earlier version, which asked Qt) uses."""
    from pathlib import Path

    from backan_desktop.core.paths import default_data_home, resolve_data_home

    cases = [str(tmp_path / "xdg"), "relative/xdg", None] if sys.platform.startswith("linux") else [None]
    for xdg in cases:
        if xdg is None:
            monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_DATA_HOME", xdg)
        assert default_data_home() == Path(_qt_data_folder()), xdg
    monkeypatch.delenv("BACKAN_DATA_HOME", raising=False)
    assert resolve_data_home(None) == default_data_home()
    monkeypatch.setenv("BACKAN_DATA_HOME", str(tmp_path / "env"))
    assert resolve_data_home(None) == tmp_path / "env" and resolve_data_home(str(tmp_path / "arg")) == tmp_path / "arg"


def test_headless_commands_do_not_import_qt(tmp_path):
    """``import``, ``remove`` and ``list`` need no display and no Qt: -X importtime lists every
    module the process imported."""
    csv = tmp_path / "gdp.csv"
    csv.write_text("year,value\n2020,1.5\n2021,2.5\n", encoding="utf-8")
    env = {k: v for k, v in __import__("os").environ.items() if k != "BACKAN_DATA_HOME"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")          # the default folder, as a user without settings has
    for args in (["import", "--dry-run", str(csv)], ["import", str(csv)], ["list"], ["remove", "gdp"]):
        r = subprocess.run([sys.executable, "-X", "importtime", "-m", "backan_desktop", *args],
                           capture_output=True, text=True, timeout=120, env=env)
        assert r.returncode == 0, (args, r.stdout, r.stderr[-2000:])
        imported = [line.rsplit("|", 1)[-1].strip() for line in r.stderr.splitlines() if line.startswith("import time:")]
        assert "backan_desktop.core.library" in imported or args[0] != "list", args      # the probe sees imports
        assert not [m for m in imported if m.startswith(("PySide6", "shiboken6", "pyqtgraph"))], args
    assert (tmp_path / "data" / "backan-desktop" / "backan-desktop" / "datasets").is_dir()
