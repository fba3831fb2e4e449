"""Visitor counts, not visitors: how often things happened per day at the booth.

Kept per day and per event ("slide_shown", "section_opened", "sheet_printed", "saved_to_usb",
"downloaded"): numbers only — no address, no device, no time of day, nothing about a person. The
file (``counts.json`` in the user's data folder) is rewritten atomically; staff export it as CSV
after the fair. Thread-safe (the share server counts from its workers); no Qt.
"""
from __future__ import annotations

import csv
import io
import json
import os
import threading
from datetime import date
from pathlib import Path
from typing import Callable, Optional

from ..core.storage.datasets import atomic_write_bytes

EVENTS = ("slide_shown", "section_opened", "sheet_printed", "saved_to_usb", "downloaded")
FILE_NAME = "counts.json"


class Counts:
    """Counts per day in ``folder/counts.json``. A damaged file is set aside, never fatal."""

    def __init__(self, folder: Path, today: Callable[[], date] = date.today):
        self.path = Path(folder) / FILE_NAME
        self._today = today
        self._lock = threading.Lock()
        self._days = self._read()

    def _read(self) -> dict[str, dict[str, int]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            try:
                os.replace(self.path, self.path.with_suffix(".damaged.json"))
            except OSError:
                pass
            return {}
        days = {}
        if isinstance(data, dict):
            for day, counts in data.items():
                if isinstance(day, str) and len(day) == 10 and isinstance(counts, dict):
                    days[day] = {e: int(n) for e, n in counts.items()
                                 if e in EVENTS and isinstance(n, int) and not isinstance(n, bool) and n >= 0}
        return days

    def add(self, event: str, n: int = 1) -> None:
        if event not in EVENTS:
            raise ValueError(f"unknown event {event!r}")
        with self._lock:
            day = self._days.setdefault(self._today().isoformat(), {})
            day[event] = day.get(event, 0) + n
            self._write()

    def days(self) -> dict[str, dict[str, int]]:
        with self._lock:
            return {d: dict(c) for d, c in sorted(self._days.items())}

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(self._days, indent=1, sort_keys=True).encode("utf-8"))

    def csv_text(self, since: Optional[str] = None) -> str:
        """One row per day: date, then one column per event (0 where nothing happened)."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(["date", *EVENTS])
        for day, counts in self.days().items():
            if since is None or day >= since:
                w.writerow([day, *(counts.get(e, 0) for e in EVENTS)])
        return out.getvalue()
