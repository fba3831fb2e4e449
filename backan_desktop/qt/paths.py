"""The user's writable folder (imports, logs, settings backups): ``--data-home`` or
``BACKAN_DATA_HOME``, else Qt's per-user application data location. Bundled data is never written."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

ORG = "backan-desktop"
APP = "backan-desktop"


def default_data_home() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".local" / "share" / APP


def resolve_data_home(arg: Optional[str]) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get("BACKAN_DATA_HOME")
    if env:
        return Path(env).expanduser()
    return default_data_home()
