"""Start-up: the window is shown before pandas and pyqtgraph are imported; errors reach a log file."""
import logging
import subprocess
import sys
import textwrap


def test_window_is_shown_before_pandas_and_pyqtgraph_are_imported(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from backan_desktop.qt.app import make_app
        from backan_desktop.ui.main_window import MainWindow
        app = make_app()
        win = MainWindow(Path({str(tmp_path)!r}), "vi")
        win.show()
        app.processEvents()
        heavy = [m for m in ("pandas", "pyqtgraph") if m in sys.modules]
        print("heavy:", heavy)
        sys.exit(1 if heavy or not win.isVisible() else 0)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


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
