"""Where bundled, read-only resources live — the same answer frozen and from a checkout.

No Qt here: the user's writable data folder comes from ``QStandardPaths`` in
``backan_desktop.qt.paths``; this module only knows the install layout.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

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
