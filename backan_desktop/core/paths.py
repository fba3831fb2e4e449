"""Where the app's files are: the bundled, read-only resources (the same answer frozen and from a
checkout) and the user's writable data folder (imports, logs, settings backups).

No Qt here, so that the command line's headless commands (``import``, ``remove``, ``list``) start
without it; the data folder is the one Qt's ``QStandardPaths`` names for the app.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

ORG = "backan-desktop"          # the organisation and application names Qt (settings) and the
APP = "backan-desktop"          # data folder are keyed by
INSTALLED_FILES = "_files"      # inside the package: what setup.py puts into a wheel


def resource_root() -> Path:
    """The folder that holds ``resources/`` and ``data/``.

    Order: ``BACKAN_RESOURCE_ROOT`` (tests, unusual installs), the PyInstaller bundle
    (``sys._MEIPASS``), the files an installed wheel carries (``backan_desktop/_files``, laid out
    as in a checkout by ``setup.py``), then the checkout the package was imported from (which an
    editable install also uses).
    """
    override = os.environ.get("BACKAN_RESOURCE_ROOT")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    here = Path(__file__).resolve()
    installed = here.parents[1] / INSTALLED_FILES
    if (installed / "resources").is_dir():
        return installed
    return here.parents[2]


def resources_dir() -> Path:
    return resource_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    """Application icons: ``resources/icons`` in a bundle, ``packaging/icons`` in a checkout."""
    d = resources_dir() / "icons"
    return d if d.is_dir() and any(d.glob("*.png")) else resource_root() / "packaging" / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def bundled_data_dir() -> Path:
    """Read-only folder of bundled data packages (one sub-folder per package)."""
    return resource_root() / "data"


def bundled_package_dir() -> Path:
    """The province's own data package."""
    return bundled_data_dir() / "backan"


# --- the user's writable data folder -----------------------------------------------------------------
def default_data_home() -> Path:
    """The per-user data folder: what Qt's ``QStandardPaths.writableLocation(AppDataLocation)``
    gives for organisation and application :data:`ORG`/:data:`APP`, computed without Qt —
    ``%APPDATA%`` on Windows, ``~/Library/Application Support`` on macOS, elsewhere
    ``$XDG_DATA_HOME`` (when it is an absolute path, as Qt requires) or ``~/.local/share``."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORG / APP


def resolve_data_home(arg: Optional[str]) -> Path:
    """The data folder: ``--data-home``, else ``BACKAN_DATA_HOME``, else :func:`default_data_home`."""
    given = arg or os.environ.get("BACKAN_DATA_HOME")
    return Path(given).expanduser() if given else default_data_home()
