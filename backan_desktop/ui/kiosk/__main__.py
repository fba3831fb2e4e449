"""Try fair mode in a window, or take screenshots of it.

    python -m backan_desktop.ui.kiosk [WIDTHxHEIGHT] [vi|en]
    xvfb-run -a -s "-screen 0 1920x1080x24" python -m backan_desktop.ui.kiosk 1920x1080 en --shots docs

``--shots DIR`` shows the kiosk full screen, saves ``kiosk-<what>-<size>-<lang>.png`` for each
view in ``--what`` (loop, province, home, detail, chart, pin, settings, usb) and quits. It uses a
throw-away settings file and data folder, with the staff PIN 2468.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ...core.vocab import DEFAULT_LANG, LANGS


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m backan_desktop.ui.kiosk")
    p.add_argument("size", nargs="?", default="1366x768")
    p.add_argument("lang", nargs="?", default=DEFAULT_LANG, choices=LANGS)
    p.add_argument("--shots", metavar="DIR")
    p.add_argument("--what", default="loop,province,home,detail,chart,pin,settings,usb")
    args = p.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="backan-kiosk-"))
    if args.shots:
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")      # never touch the real settings

    from PySide6.QtCore import QTimer

    from ...qt.app import make_app
    from ...qt.i18n import install_language
    from .pin import PinStore
    from .window import KioskWindow

    app = make_app()
    install_language(args.lang)
    if args.shots:
        PinStore().set_pin("2468")
    win = KioskWindow(tmp / "home", args.lang, slide_ms=600000 if args.shots else None,
                      fade_ms=0 if args.shots else 700)
    if not args.shots:
        win.resize(width, height)
        win.start(full_screen=False)
        return app.exec()

    out = Path(args.shots)
    out.mkdir(parents=True, exist_ok=True)
    (tmp / "USB").mkdir()
    win.settings.usb_folder = str(tmp / "USB")
    win.start(full_screen=True)
    views = args.what.split(",")

    def show(what: str) -> None:
        win.reset_to_loop()
        if what == "loop":
            pass
        elif what == "province":
            i = next(i for i, v in enumerate(win.attract.views) if v.slide.id == "province")
            win.attract.stack.setCurrentIndex(i)
            win.attract.dots.set_state(len(win.attract.views), i)
        elif what == "home":
            win.show_home()
        elif what == "detail":
            win.show_section("economy")
        elif what == "chart":
            win.show_section("agriculture")
            win.detail.go(2)
        elif what == "pin":
            win.show_home()
            win.open_staff()
            for d in "24":
                win.pin_pad.type_digit(d)
        elif what == "settings":
            win.show_home()
            win.open_settings()
        elif what == "usb":
            win.show_section("trade")
            win.save_current()

    def step() -> None:
        if win.library is None or (win.toast.isVisible() and win.toast.kind == "busy"):
            QTimer.singleShot(100, step)
            return
        if step.pending is not None:
            win.grab().save(str(out / f"kiosk-{step.pending}-{width}x{height}-{args.lang}.png"))
            step.pending = None
        if not views:
            win.leave()
            app.quit()
            return
        step.pending = views.pop(0)
        show(step.pending)
        QTimer.singleShot(300, step)

    step.pending = None
    QTimer.singleShot(200, step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
