"""Staff panel (behind the PIN): sharing the sheets on the booth's network — on/off, the address
and port to listen on, the Wi-Fi visitors join — and the visitor counts, with their export as CSV."""
from __future__ import annotations

import ipaddress
from html import escape
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QSaveFile, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QFormLayout, QLineEdit, QWidget

from ...share.server import LOOPBACK, ipv4_addresses
from ...share.counts import EVENTS, Counts
from ..retranslate import Retranslating, text_of
from .settings import ShareSettings
from .settings_dialog import add_button_row
from .widgets import Overlay, button, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text
DAYS_SHOWN = 7


def event_names() -> dict[str, str]:
    return {"slide_shown": translate("KioskCounts", "Slides shown"),
            "section_opened": translate("KioskCounts", "Sections opened"),
            "sheet_printed": translate("KioskCounts", "Sheets printed"),
            "saved_to_usb": translate("KioskCounts", "Saved to USB"),
            "downloaded": translate("KioskCounts", "Downloads")}


def counts_table_html(counts: Counts, days: int = DAYS_SHOWN) -> str:
    """The last ``days`` days with anything counted, newest first, and the total of every day."""
    all_days = counts.days()
    if not all_days:
        return escape(translate("KioskCounts", "Nothing counted yet."))
    names = event_names()
    day_word, all_word = translate("KioskCounts", "Day"), translate("KioskCounts", "All days")
    cell = 'style="padding:2px 10px;text-align:right"'
    rows = [f"<tr><th align=left>{escape(day_word)}</th>"
            + "".join(f"<th {cell}>{escape(names[e])}</th>" for e in EVENTS) + "</tr>"]
    for day in sorted(all_days, reverse=True)[:days]:
        rows.append(f"<tr><td>{day}</td>" + "".join(f"<td {cell}>{all_days[day].get(e, 0)}</td>" for e in EVENTS)
                    + "</tr>")
    totals = [sum(c.get(e, 0) for c in all_days.values()) for e in EVENTS]
    rows.append(f"<tr><td><b>{escape(all_word)}</b></td>"
                + "".join(f"<td {cell}><b>{n}</b></td>" for n in totals) + "</tr>")
    return "<table cellspacing=0>" + "".join(rows) + "</table>"


def write_counts_csv(counts: Counts, path: Path) -> None:
    """The counts as CSV (one row per day), written whole or not at all; OSError says why not."""
    f = QSaveFile(str(path))
    if not f.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(f.errorString())
    f.write(("\ufeff" + counts.csv_text()).encode("utf-8"))
    if not f.commit():
        raise OSError(f.errorString())


class SharePanel(Retranslating, Overlay):
    """Edits the share settings; ``saved(ShareSettings)`` on Save. ``status()`` gives the server's
    state in words (a function: the panel shows it again when the state changes)."""

    saved = Signal(object)

    def __init__(self, parent: QWidget, share: ShareSettings, counts: Counts,
                 status: Callable[[], str] = lambda: "",
                 addresses: Callable[[], list[tuple[str, str]]] = ipv4_addresses):
        super().__init__(parent, "settingsPanel")
        self.width_share = 0.66
        self.counts, self.status_text, self.addresses = counts, status, addresses
        self.title = label("", "overlayTitle")
        self.body.addWidget(self.title)
        self.enabled = QCheckBox()
        self.body.addWidget(self.enabled)
        self.form = QFormLayout()
        self.bind = QComboBox()
        self.bind.setEditable(True)                 # an address not listed (yet) can be typed
        self.port = QLineEdit()
        self.port.setValidator(QIntValidator(1024, 65535, self.port))
        self.ssid, self.password = QLineEdit(), QLineEdit()
        self.security = QComboBox()
        self.labels = {k: label("", "formLabel", align=Qt.AlignmentFlag.AlignVCenter)
                       for k in ("bind", "port", "ssid", "password", "security")}
        self.bind_hint = label("", "fieldHint")
        for key, field in (("bind", self.bind), ("port", self.port), ("ssid", self.ssid),
                           ("password", self.password), ("security", self.security)):
            self.form.addRow(self.labels[key], field)
            if key == "bind":
                self.form.addRow(QWidget(), self.bind_hint)
        self.body.addLayout(self.form)
        self.state = label("", "fieldHint")
        self.body.addWidget(self.state)
        self.counts_title = label("", "formLabel")
        self.counts_table = label("", "countsTable")
        self.counts_table.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.counts_title)
        self.body.addWidget(self.counts_table)
        self.export_button = button("", "secondaryButton")
        self.cancel_button, self.save_button = add_button_row(self, self.export_button)
        self.export_button.clicked.connect(lambda: self.export_counts())
        self.save_button.clicked.connect(self._save)
        self.bind.currentIndexChanged.connect(self._hint)
        self.bind.editTextChanged.connect(self._hint)
        self.message = ""
        self.retranslate()
        self.load(share)

    def retranslate(self) -> None:
        self.title.setText(translate("KioskShare", "Sharing and visitor counts"))
        self.enabled.setText(translate("KioskShare", "Share sheets on the local network"))
        self.labels["bind"].setText(translate("KioskShare", "Address"))
        self.labels["port"].setText(translate("KioskShare", "Port"))
        self.labels["ssid"].setText(translate("KioskShare", "Booth Wi-Fi name"))
        self.labels["password"].setText(translate("KioskShare", "Wi-Fi password"))
        self.labels["security"].setText(translate("KioskShare", "Wi-Fi security"))
        current = self.security.currentData()
        self.security.clear()
        for text, value in ((translate("KioskShare", "WPA/WPA2/WPA3 (a password)"), "WPA"),
                            (translate("KioskShare", "WEP (old)"), "WEP"),
                            (translate("KioskShare", "Open network (no password)"), "nopass")):
            self.security.addItem(text, value)
        if current:
            self.security.setCurrentIndex(max(0, self.security.findData(current)))
        self.counts_title.setText(translate("KioskShare", "Visitor counts (no personal data is kept)"))
        self.export_button.setText(translate("KioskShare", "Save counts as CSV…"))
        self.cancel_button.setText(translate("KioskShare", "Cancel"))
        self.save_button.setText(translate("KioskShare", "Save"))
        self._hint()
        self.refresh()

    def _hint(self, *_args) -> None:
        if self._bind_value() == LOOPBACK:
            self.bind_hint.setText(translate("KioskShare", "Only this computer can open the page. Choose the address "
                                                           "of the booth's Wi-Fi so phones can."))
        else:
            self.bind_hint.setText(translate("KioskShare", "Phones on this network can open the page."))

    def refresh(self) -> None:
        """Show the server's state and the counts as they are now."""
        self.state.setText(" ".join(x for x in (text_of(self.status_text()), self.message) if x))
        self.counts_table.setText(counts_table_html(self.counts))

    def load(self, share: ShareSettings) -> None:
        self.enabled.setChecked(share.enabled)
        self.bind.clear()
        for address, name in self.addresses():
            self.bind.addItem(f"{address} ({name})" if name else address, address)
        if self.bind.findData(share.bind) < 0:
            self.bind.addItem(translate("KioskShare", "{address} (not found on this computer now)").format(
                address=share.bind), share.bind)
        self.bind.setCurrentIndex(self.bind.findData(share.bind))
        self.port.setText(str(share.port))
        self.ssid.setText(share.wifi_ssid)
        self.password.setText(share.wifi_password)
        self.security.setCurrentIndex(max(0, self.security.findData(share.wifi_security)))

    def current(self) -> ShareSettings:
        try:
            port = int(self.port.text())
        except ValueError:
            port = ShareSettings.port
        return ShareSettings(enabled=self.enabled.isChecked(), bind=self._bind_value(),
                             port=min(65535, max(1024, port)), wifi_ssid=self.ssid.text().strip(),
                             wifi_password=self.password.text(), wifi_security=str(self.security.currentData() or "WPA"))

    def _bind_value(self) -> str:
        """The chosen address: a listed one, or a typed IPv4 address (anything else: loopback)."""
        text = self.bind.currentText().strip()
        i = self.bind.findText(text)
        if i >= 0:
            return str(self.bind.itemData(i))
        try:
            return str(ipaddress.IPv4Address(text))
        except ValueError:
            return LOOPBACK

    def _save(self) -> None:
        share = self.current()
        share.save()
        self.close_overlay()
        self.saved.emit(share)

    def export_counts(self, path: Optional[str] = None) -> Optional[Path]:
        """Ask where (staff only: a Qt-drawn dialog over the full-screen window), then write."""
        if not path:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(self.window(), translate("KioskShare", "Save visitor counts"),
                                                  str(Path(folder) / "booth-counts.csv"),
                                                  translate("KioskShare", "CSV files (*.csv)"),
                                                  options=QFileDialog.Option.DontUseNativeDialog)
            if not path:
                return None
        target = Path(path)
        try:
            write_counts_csv(self.counts, target)
        except OSError as exc:
            self.message = translate("KioskShare", "The counts could not be saved: {error}").format(error=str(exc))
        else:
            self.message = translate("KioskShare", "Counts saved in {path}.").format(path=str(target))
        self.refresh()
        return target

    def set_unit(self, u: float, portrait: bool) -> None:
        super().set_unit(u, portrait)
        self.form.setSpacing(round(0.8 * u))
        self.body.setSpacing(round(1.0 * u))
