"""Leftovers of interrupted work in the datasets folder: temporary folders of a process that died
(removed), a dataset moved aside for a replacement that never came (put back). Qt-free."""
from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

from ..datapackage import DESCRIPTOR

log = logging.getLogger(__name__)


_LEFTOVER = re.compile(r"^\.(import|trash|removed|columnar-new|columnar-old)-(\d+)-")
_TRASH = re.compile(r"^\.trash-\d+-(.+)-[0-9a-f]{8}$")     # .trash-<pid>-<dataset id>-<random>


def trash_name(dataset_id: str, removed: bool = False) -> str:
    """Where a dataset goes while it is replaced (put back if the process dies before the new one
    is in place) or removed (deleted whatever happens); see :func:`sweep_leftovers`."""
    return f".{'removed' if removed else 'trash'}-{os.getpid()}-{dataset_id}-{os.urandom(4).hex()}"


def replace_dir(staged: Path, target: Path, trash: Path) -> None:
    """Put ``staged`` at ``target`` with renames only; what was at ``target`` moves to ``trash`` and
    goes only once the new is in place (put back if the second rename fails). A process killed
    between the two renames leaves it there for :func:`sweep_leftovers`."""
    if not target.exists():
        os.replace(staged, target)
        return
    os.replace(target, trash)
    try:
        os.replace(staged, target)
    except OSError:
        os.replace(trash, target)
        raise
    shutil.rmtree(trash, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":         # os.kill(pid, 0) would end the process there (TerminateProcess)
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:            # not ours to signal (PermissionError): alive
        pass
    return True


def _windows_pid_alive(pid: int) -> bool:
    """Whether process ``pid`` is running, asked without touching it: a handle that may only query,
    and its exit code still STILL_ACTIVE. A process we may not open (access denied) is alive."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)      # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5                  # ERROR_ACCESS_DENIED; else no such process
    try:
        code = ctypes.c_ulong()
        return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259   # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def sweep_leftovers(datasets_root: Path) -> None:
    """Remove what an import or a copy rebuild killed mid-way left behind (hidden folders named
    after the process that made them, once that process is gone). A dataset whose replacement was
    interrupted between its two renames is put back from its ``.trash-`` folder."""
    try:
        children = list(datasets_root.iterdir())
    except OSError:
        return
    folders = [datasets_root] + [c for c in children if c.is_dir() and not c.name.startswith(".")]
    for folder in folders:
        try:
            entries = list(folder.iterdir()) if folder is not datasets_root else children
        except OSError:
            continue
        for entry in entries:
            m = _LEFTOVER.match(entry.name)
            if not m or _pid_alive(int(m.group(2))):
                continue
            t = _TRASH.match(entry.name) if folder is datasets_root else None
            if t is not None:
                original = folder / t.group(1)
                if not original.exists() and (entry / DESCRIPTOR).is_file():
                    try:
                        os.replace(entry, original)
                        log.warning("restored %s from an interrupted replacement", original.name)
                        continue
                    except OSError:
                        pass
            shutil.rmtree(entry, ignore_errors=True)
            log.info("removed %s, left by an interrupted process", entry)

