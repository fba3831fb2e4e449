"""Entry point. A plain start of the viewer (``[--lang vi|en] [--data-home DIR] [--kiosk]``) goes
straight to the window; everything else — commands, ``--help``, mistakes — goes through the full
command line in :mod:`backan_desktop.cli`. Building that argparse parser costs more than a tenth of
the time a bare Qt window takes to appear, so the window does not wait for it."""
from __future__ import annotations

import sys

from .core.vocab import LANGS


def plain_gui_args(argv: list[str]) -> dict | None:
    """Keyword arguments for ``run_gui`` when ``argv`` only opens the viewer, else None."""
    out: dict = {"lang": None, "data_home": None, "kiosk": False}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--kiosk":
            out["kiosk"] = True
            i += 1
            continue
        name, eq, value = arg.partition("=")
        if name not in ("--lang", "--data-home"):
            return None
        if not eq:
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                return None
            value = argv[i + 1]
            i += 1
        if not value or (name == "--lang" and value not in LANGS):
            return None
        out["lang" if name == "--lang" else "data_home"] = value
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    gui = plain_gui_args(args)
    if gui is not None:
        from .ui.startup import run_gui
        try:
            return run_gui(**gui)
        except KeyboardInterrupt:
            return 130
    from .cli import main as cli_main
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
