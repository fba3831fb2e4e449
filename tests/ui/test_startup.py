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
