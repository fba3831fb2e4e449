"""The staff PIN that locks fair mode: stored only as a salted PBKDF2-SHA256 hash in QSettings,
checked in constant time, with a pause after repeated wrong entries."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import Callable, Optional

from PySide6.QtCore import QSettings

ITERATIONS = 200_000
MIN_DIGITS, MAX_DIGITS = 4, 8
MAX_TRIES = 5             # wrong entries in a row before a pause
PAUSE_SECONDS = 30.0


def valid_pin(pin: str) -> bool:
    """4 to 8 ASCII digits."""
    return MIN_DIGITS <= len(pin) <= MAX_DIGITS and all(ch in "0123456789" for ch in pin)


def hash_pin(pin: str, salt: bytes, iterations: int = ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


class PinStore:
    """The PIN in QSettings under ``kiosk/pin_hash``, ``kiosk/pin_salt`` (hex) and
    ``kiosk/pin_iterations``. The PIN itself is never stored."""

    def __init__(self, settings: Optional[QSettings] = None):
        self.settings = settings or QSettings()

    def is_set(self) -> bool:
        return bool(self.settings.value("kiosk/pin_hash", "")) and bool(self.settings.value("kiosk/pin_salt", ""))

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError("the PIN must have 4 to 8 digits")
        salt = os.urandom(16)
        self.settings.setValue("kiosk/pin_salt", salt.hex())
        self.settings.setValue("kiosk/pin_iterations", ITERATIONS)
        self.settings.setValue("kiosk/pin_hash", hash_pin(pin, salt, ITERATIONS).hex())
        self.settings.sync()

    def check(self, pin: str) -> bool:
        if not self.is_set() or not pin:
            return False
        try:
            salt = bytes.fromhex(str(self.settings.value("kiosk/pin_salt")))
            stored = bytes.fromhex(str(self.settings.value("kiosk/pin_hash")))
            iterations = int(self.settings.value("kiosk/pin_iterations", ITERATIONS))
        except (TypeError, ValueError):
            return False
        return hmac.compare_digest(hash_pin(pin, salt, iterations), stored)


class Attempts:
    """Counts wrong entries; after ``MAX_TRIES`` in a row, entries are refused for a pause."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_tries: int = MAX_TRIES,
                 pause: float = PAUSE_SECONDS):
        self.clock, self.max_tries, self.pause = clock, max_tries, pause
        self.wrong = 0
        self.until = 0.0

    def wait_seconds(self) -> int:
        """Seconds left before another entry is accepted (0: now)."""
        left = self.until - self.clock()
        return int(left + 0.999) if left > 0 else 0

    def failed(self) -> None:
        self.wrong += 1
        if self.wrong >= self.max_tries:
            self.wrong = 0
            self.until = self.clock() + self.pause

    def succeeded(self) -> None:
        self.wrong = 0
        self.until = 0.0
