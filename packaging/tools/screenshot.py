"""Screenshots of the real window for the README: run under Xvfb (or offscreen).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/tools/screenshot.py docs/
"""
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from backan_desktop.qt.app import make_app
from backan_desktop.ui.main_window import MainWindow

out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
out.mkdir(parents=True, exist_ok=True)
pages = sys.argv[2].split(",") if len(sys.argv) > 2 else ["overview", "economy", "datasets"]
langs = sys.argv[3].split(",") if len(sys.argv) > 3 else ["vi", "en"]
app = make_app()
from backan_desktop.qt.i18n import install_language
install_language(langs[0])
win = MainWindow(Path(tempfile.mkdtemp()), langs[0])
win.resize(1366, 860)
win.show()
shots = [(lang, page) for lang in langs for page in pages]


def step():
    if win.library is None:
        QTimer.singleShot(100, step)
        return
    if not shots:
        app.quit()
        return
    lang, page = shots.pop(0)
    win.set_language(lang)
    keys = [k for k, _ in __import__("backan_desktop.ui.main_window", fromlist=["NAV"]).NAV]
    win.nav.setCurrentRow(keys.index(page))
    QTimer.singleShot(400, lambda: (win.grab().save(str(out / f"window-{page}-{lang}.png")), step()))


win.start_loading()
QTimer.singleShot(200, step)
app.exec()
