"""Logging to a file in the user folder, and crash traces that survive windowed builds
(where ``sys.stderr`` may be None)."""
from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from typing import Optional

_fault_file = None


def setup_logging(log_dir: Path, verbose: bool = False) -> Optional[Path]:
    """Log to ``log_dir/backan-desktop.log`` (rotated); returns the file, or None if unwritable."""
    import logging.handlers     # here, not at import: start-up does not pay for it before the first paint

    root = logging.getLogger()
    if any(getattr(h, "_backan", False) for h in root.handlers):
        return Path(next(h.baseFilename for h in root.handlers if getattr(h, "_backan", False)))
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path: Optional[Path] = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "backan-desktop.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._backan = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        global _fault_file
        _fault_file = open(log_dir / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open for faulthandler
        faulthandler.enable(_fault_file)
    except OSError:
        path = None
        if sys.stderr is not None:
            try:
                faulthandler.enable()
            except (RuntimeError, ValueError, OSError, AttributeError):
                pass        # a windowed build's stderr may have no usable file descriptor
    return path
