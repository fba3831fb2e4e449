"""What staff see after the PIN: a small menu (settings, sharing and counts, leave fair mode) and the settings panel
(slides, timings, PIN, USB folder, printer). Both are overlays inside the kiosk window."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QWidget

from ..retranslate import Retranslating
from .actions import KioskActionError, removable_volumes, usb_target
from .attract import slide_title
from .settings import AUTO_USB, PAPERS, KioskSettings
from .slides import SLIDE_IDS
from .widgets import Overlay, button, label

translate = QCoreApplication.translate   # lupdate reads the literal context and text


class Stepper(QWidget):
    """A number of seconds with big − and + buttons (a spin box's arrows are too small to touch)."""

    def __init__(self, lo: int, hi: int, step: int, parent=None):
        super().__init__(parent)
        self.lo, self.hi, self.step = lo, hi, step
        self._value, self.suffix = lo, ""
        self.text = label("", "stepperValue", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.minus = button("-", "pinKey")
        self.plus = button("+", "pinKey")
        self.minus.clicked.connect(lambda: self.setValue(self._value - self.step))
        self.plus.clicked.connect(lambda: self.setValue(self._value + self.step))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.minus)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.plus)
        self.setValue(lo)

    def value(self) -> int:
        return self._value

    def setValue(self, v: int) -> None:
        self._value = min(self.hi, max(self.lo, int(v)))
        self.minus.setEnabled(self._value > self.lo)
        self.plus.setEnabled(self._value < self.hi)
        self._show()

    def setSuffix(self, text: str) -> None:
        self.suffix = text
        self._show()

    def _show(self) -> None:
        self.text.setText(f"{self._value}{self.suffix}")


def add_button_row(panel: Overlay, extra: QWidget):
    """A staff panel's last row: ``extra`` on the left, Cancel (closes) and Save on the right;
    returns (cancel, save)."""
    row = QHBoxLayout()
    cancel, save = button("", "secondaryButton"), button("", "primaryButton")
    row.addWidget(extra)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    panel.body.addLayout(row)
    cancel.clicked.connect(panel.close_overlay)
    return cancel, save


class StaffMenu(Retranslating, Overlay):
    settings_requested = Signal()
    share_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("staffMenu")
        self.width_share = 0.4
        self.title = label("", "overlayTitle")
        self.text = label("", "overlayText")
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.settings_button = button("", "primaryButton")
        self.share_button = button("", "primaryButton")
        self.leave_button = button("", "primaryButton")
        self.back_button = button("", "secondaryButton")
        for b in (self.settings_button, self.share_button, self.leave_button, self.back_button):
            self.body.addWidget(b)
        self.settings_button.clicked.connect(lambda: (self.close_overlay(), self.settings_requested.emit()))
        self.share_button.clicked.connect(lambda: (self.close_overlay(), self.share_requested.emit()))
        self.leave_button.clicked.connect(lambda: (self.close_overlay(), self.leave_requested.emit()))
        self.back_button.clicked.connect(self.close_overlay)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("KioskSettings", "Staff"))
        self.text.setText(translate("KioskSettings", "Fair mode is unlocked until you go back to the visitors' screen."))
        self.settings_button.setText(translate("KioskSettings", "Settings…"))
        self.share_button.setText(translate("KioskSettings", "Sharing and visitor counts…"))
        self.leave_button.setText(translate("KioskSettings", "Leave fair mode"))
        self.back_button.setText(translate("KioskSettings", "Back to the visitors' screen"))


class SettingsPanel(Retranslating, Overlay):
    """Edits a copy of the settings; ``saved(KioskSettings)`` on Save. ``change_pin`` asks the
    window to open the PIN pad in "new PIN" mode."""

    saved = Signal(object)
    change_pin = Signal()

    def __init__(self, parent: QWidget, settings: KioskSettings,
                 volumes: Callable[[], list[Path]] = removable_volumes,
                 printers: Callable[[], list[str]] | None = None):
        super().__init__(parent, "settingsPanel")
        self.width_share = 0.66
        self.volumes = volumes
        self.printers = printers or _printer_names
        self.title = label("", "overlayTitle")
        self.body.addWidget(self.title)

        self.slides_label = label("")
        self.body.addWidget(self.slides_label)
        grid = QGridLayout()
        self.slide_grid = grid
        self.slide_boxes: dict[str, QCheckBox] = {}
        for i, sid in enumerate(SLIDE_IDS):
            box = QCheckBox()
            box.toggled.connect(self._keep_one_slide)
            self.slide_boxes[sid] = box
            grid.addWidget(box, i // 2, i % 2)
        self.body.addLayout(grid)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form = form
        self.slide_seconds = Stepper(3, 120, 1)
        self.idle_seconds = Stepper(15, 3600, 15)
        self.usb = QComboBox()
        self.usb.setEditable(True)
        self.usb.currentTextChanged.connect(self._check_usb)
        self.usb_state = label("", "fieldHint")
        self.printer = QComboBox()
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.labels = {k: label("", "formLabel", align=Qt.AlignmentFlag.AlignVCenter)
                       for k in ("slide_seconds", "idle_seconds", "usb", "printer", "paper")}
        form.addRow(self.labels["slide_seconds"], self.slide_seconds)
        form.addRow(self.labels["idle_seconds"], self.idle_seconds)
        form.addRow(self.labels["usb"], self.usb)
        form.addRow(QWidget(), self.usb_state)
        form.addRow(self.labels["printer"], self.printer)
        form.addRow(self.labels["paper"], self.paper)
        self.body.addLayout(form)

        self.pin_button = button("", "secondaryButton")
        self.cancel_button, self.save_button = add_button_row(self, self.pin_button)
        self.pin_button.clicked.connect(lambda: (self.close_overlay(), self.change_pin.emit()))
        self.save_button.clicked.connect(self._save)
        self.settings = settings
        self.retranslate()
        self.load(settings)

    def retranslate(self) -> None:
        self.title.setText(translate("KioskSettings", "Fair mode settings"))
        self.slides_label.setText(translate("KioskSettings", "Slides in the loop:"))
        for sid, box in self.slide_boxes.items():
            box.setText(slide_title(sid))
        self.labels["slide_seconds"].setText(translate("KioskSettings", "Each slide for"))
        self.labels["idle_seconds"].setText(translate("KioskSettings", "Back to the slides after"))
        self.labels["usb"].setText(translate("KioskSettings", "USB folder"))
        self.labels["printer"].setText(translate("KioskSettings", "Printer"))
        self.labels["paper"].setText(translate("KioskSettings", "Paper"))
        suffix = " " + translate("KioskSettings", "seconds")
        self.slide_seconds.setSuffix(suffix)
        self.idle_seconds.setSuffix(suffix)
        self.pin_button.setText(translate("KioskSettings", "Change PIN…"))
        self.cancel_button.setText(translate("KioskSettings", "Cancel"))
        self.save_button.setText(translate("KioskSettings", "Save"))
        self._fill_choices()

    def _fill_choices(self) -> None:
        current_usb = self._usb_value() if self.usb.count() else None
        current_printer = self.printer.currentData() if self.printer.count() else None
        self.usb.blockSignals(True)
        self.usb.clear()
        self.usb.addItem(translate("KioskSettings", "Not set up"), "")
        self.usb.addItem(translate("KioskSettings", "Any USB stick (found automatically)"), AUTO_USB)
        for v in self.volumes():
            self.usb.addItem(str(v), str(v))
        self.usb.blockSignals(False)
        self.printer.clear()
        self.printer.addItem(translate("KioskSettings", "The system's default printer"), "")
        for name in self.printers():
            self.printer.addItem(name, name)
        if current_usb is not None:
            self._set_usb(current_usb)
        if current_printer is not None:
            self._set_printer(current_printer)

    def _set_usb(self, value: str) -> None:
        i = self.usb.findData(value)
        if i >= 0:
            self.usb.setCurrentIndex(i)
        else:
            self.usb.setEditText(value)
        self._check_usb()

    def _set_printer(self, name: str) -> None:
        i = self.printer.findData(name)
        if i < 0:
            self.printer.addItem(name, name)
            i = self.printer.count() - 1
        self.printer.setCurrentIndex(i)

    def _usb_value(self) -> str:
        text = self.usb.currentText().strip()
        i = self.usb.findText(text)
        return str(self.usb.itemData(i)) if i >= 0 and self.usb.itemData(i) is not None else text

    def _check_usb(self, *_args) -> None:
        value = self._usb_value()
        if not value:
            self.usb_state.setText(translate("KioskSettings", "Visitors cannot save PDFs."))
            return
        try:
            where = usb_target(value, self.volumes)
        except KioskActionError as exc:
            self.usb_state.setText(str(exc))
        else:
            self.usb_state.setText(translate("KioskSettings", "Ready: PDFs will be saved in {folder}.").format(folder=where))

    def _keep_one_slide(self, _checked: bool) -> None:
        on = [b for b in self.slide_boxes.values() if b.isChecked()]
        for b in self.slide_boxes.values():
            b.setEnabled(not (len(on) == 1 and b.isChecked()))

    def load(self, s: KioskSettings) -> None:
        self.settings = s
        for sid, box in self.slide_boxes.items():
            box.setChecked(sid in s.slides)
        self.slide_seconds.setValue(s.slide_seconds)
        self.idle_seconds.setValue(s.idle_seconds)
        self._set_usb(s.usb_folder)
        self._set_printer(s.printer)
        self.paper.setCurrentText(s.paper if s.paper in PAPERS else "A4")

    def current(self) -> KioskSettings:
        return KioskSettings(slides=[sid for sid, b in self.slide_boxes.items() if b.isChecked()] or list(SLIDE_IDS),
                             slide_seconds=self.slide_seconds.value(), idle_seconds=self.idle_seconds.value(),
                             usb_folder=self._usb_value(), printer=str(self.printer.currentData() or ""),
                             paper=self.paper.currentText())

    def _save(self) -> None:
        s = self.current()
        s.save()
        self.close_overlay()
        self.saved.emit(s)

    def set_unit(self, u: float, portrait: bool) -> None:
        super().set_unit(u, portrait)
        self.form.setSpacing(round(0.8 * u))
        self.slide_grid.setVerticalSpacing(0)
        self.body.setSpacing(round(1.0 * u))


def _printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo
    return list(QPrinterInfo.availablePrinterNames())
