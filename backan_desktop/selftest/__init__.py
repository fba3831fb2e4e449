"""``backan-desktop --self-test``: prove that this installation works, in a few seconds.

It checks what a user would otherwise find broken only when opening the app: the bundled
resources (data package, fonts, compiled translations) are there, every bundled dataset loads,
every section page and the Datasets browser can be built and painted, and every sheet exports
to PDF in Vietnamese and English with the expected pages, text and embedded fonts.

One line per check goes to stdout (``ok`` / ``FAIL``), then ``self-test passed (N checks)`` and
exit code 0, or ``self-test FAILED: <reason>`` and exit code 1. Never a traceback: unexpected
errors become a failed check (their traceback goes to the log file when a data home is given).

Nothing is written inside the bundle or the checkout: PDFs go to a temporary folder, settings
to a temporary QSettings store; logs go to ``<data-home>/logs`` only when ``--data-home`` is given
(otherwise to a temporary data home). Works in windowed builds where ``sys.stdout`` is None.

Set ``BACKAN_SELFTEST_KEEP=1`` to keep the exported PDFs (their folder is printed), and
``BACKAN_SELFTEST_TIMEOUT`` (seconds, default 180) to change the watchdog that ends a hung run.

Modules: ``run`` (the order of the checks), ``checks`` (each check), ``report`` (the lines, the
verdict, the watchdog), ``pdf`` (reading the exported PDFs back, with pypdf).
"""
from .run import run_self_test

__all__ = ["run_self_test"]
