"""What a visitor can do with a sheet: save it as PDF on the USB stick staff set up, or print it on
the printer staff chose — no dialogs. Each function returns the message to show on success and
raises :class:`KioskActionError` with a message a visitor can read otherwise."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication

from ...core.sheets import Sheet
from .settings import AUTO_USB

translate = QCoreApplication.translate   # lupdate reads the literal context and text


class KioskActionError(Exception):
    """Printing or saving failed; ``str(exc)`` is the message for the screen, ``exc.text`` the
    same as a function that writes it in the current language (see ``retranslate.Text``)."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def __str__(self) -> str:
        return self.text() if callable(self.text) else str(self.text)


# -- USB ------------------------------------------------------------------------------------------
def removable_volumes() -> list[Path]:
    """Mounted, writable volumes that look like removable media (``/media``, ``/run/media``,
    ``/mnt``, ``/Volumes``; on Windows any drive other than the system drive)."""
    from PySide6.QtCore import QStorageInfo

    system_drive = os.environ.get("SystemDrive", "C:").upper()
    out = []
    for v in QStorageInfo.mountedVolumes():
        if not v.isValid() or not v.isReady() or v.isReadOnly():
            continue
        root = v.rootPath()
        if sys.platform.startswith("win"):
            if not root.upper().startswith(system_drive):
                out.append(Path(root))
        elif root.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/")):
            out.append(Path(root))
    return out


def usb_target(folder: str, volumes: Callable[[], list[Path]] = removable_volumes) -> Path:
    """The folder to write to; raises KioskActionError when it is not set up, missing or read-only."""
    if not folder:
        raise KioskActionError(lambda: translate("KioskActions", "Saving to USB is not set up. Please ask the booth staff."))
    if folder == AUTO_USB:
        found = volumes()
        if not found:
            raise KioskActionError(lambda: translate("KioskActions", "No USB stick found. Plug in a USB stick and try again."))
        return found[0]
    path = Path(folder)
    if not path.is_dir():
        raise KioskActionError(lambda: translate("KioskActions", "No USB stick found at {folder}. Plug in the USB stick and try again.")
                               .format(folder=folder))
    if not os.access(path, os.W_OK):
        raise KioskActionError(lambda: translate("KioskActions", "The USB stick at {folder} cannot be written to (it may be full or "
                                                         "write-protected).").format(folder=folder))
    return path


def save_pdf(sheet: Sheet, folder: Path, paper: str = "A4") -> Path:
    """Write the sheet as ``<id>_<lang>.pdf`` into ``folder`` (the same export as the window's and
    the command line's); safe on a worker thread."""
    from ...qt.export import ExportError, export_sheets

    try:
        [written] = export_sheets([sheet], folder, folder=True, paper=paper)
    except ExportError as exc:
        raise KioskActionError(str(exc)) from exc
    return written.path


# -- printing ---------------------------------------------------------------------------------------
def system_printer(name: str, paper: str):
    """A QPrinter for the printer called ``name`` ("" = the system default); raises
    KioskActionError when there is none."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from ...qt.printing import make_printer

    names = QPrinterInfo.availablePrinterNames()
    if not names:
        raise KioskActionError(lambda: translate("KioskActions", "No printer is set up on this computer. Please ask the booth staff."))
    if name and name not in names:
        raise KioskActionError(lambda: translate("KioskActions", "The printer “{name}” is not available. Please ask the booth staff.")
                               .format(name=name))
    printer = make_printer(paper)
    printer.setPrinterName(name or QPrinterInfo.defaultPrinterName() or names[0])
    if not printer.isValid():
        raise KioskActionError(lambda: translate("KioskActions", "The printer “{name}” cannot be used.").format(name=printer.printerName()))
    return printer


def print_sheet(sheet: Sheet, printer_name: str, paper: str = "A4",
                printer_factory: Optional[Callable[[str, str], object]] = None) -> Callable[[], str]:
    """Print straight to the chosen printer, no dialog; returns the success message (a function
    that writes it in the current language)."""
    from ...qt.printing import paint_sheets

    printer = (printer_factory or system_printer)(printer_name, paper)
    printer.setDocName(sheet.title)
    pages = paint_sheets(printer, [sheet])
    if pages <= 0:
        raise KioskActionError(lambda: translate("KioskActions", "The printer “{name}” did not accept the sheet.")
                               .format(name=printer.printerName() or printer_name))
    return lambda: translate("KioskActions", "Printing “{title}” ({n} pages). Please collect it at the printer.").format(
        title=sheet.title, n=pages)
