"""The self-test's report: one line per check on stdout and in the log, the verdict, and the
watchdog that ends a hung run."""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger("backan_desktop.selftest")


def emit(line: str) -> None:
    """Print a line; windowed builds have no stdout, and a legacy console code page may not
    encode Vietnamese — neither may break the self-test."""
    out = sys.stdout
    if out is None:
        return
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        enc = getattr(out, "encoding", None) or "ascii"
        out.write(line.encode(enc, "backslashreplace").decode(enc) + "\n")
    except (OSError, ValueError):
        return
    try:
        out.flush()
    except (OSError, ValueError):
        pass


class CheckFailed(Exception):
    """A check found a problem; the message says which, in words."""


@dataclass
class Report:
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    current: str = ""

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        self.current = name
        t0 = time.perf_counter()
        try:
            detail = fn()
        except CheckFailed as exc:
            return self._fail(name, str(exc))
        except Exception as exc:   # an unexpected error is a failed check, not a traceback
            log.error("self-test %s:\n%s", name, traceback.format_exc())
            return self._fail(name, f"{type(exc).__name__}: {exc}")
        ms = (time.perf_counter() - t0) * 1000
        self.passed += 1
        self.line(f"  ok    {name}: {detail}  [{ms:.0f} ms]")
        return True

    def _fail(self, name: str, reason: str) -> bool:
        self.failures.append(f"{name}: {reason}")
        self.line(f"  FAIL  {name}: {reason}")
        return False

    def skip(self, name: str, why: str) -> None:
        self.line(f"  skip  {name}: {why}")

    @staticmethod
    def line(text: str) -> None:
        emit(text)
        log.info("self-test %s", text.strip())


class Watchdog:
    """Ends a hung self-test with a reason instead of hanging a build script for ever."""

    def __init__(self, report: Report, seconds: float):
        self.report = report
        self.timer = threading.Timer(seconds, self._expired, args=(seconds,))
        self.timer.daemon = True

    def _expired(self, seconds: float) -> None:
        emit(f"self-test FAILED: timed out after {seconds:.0f} s during \"{self.report.current}\"")
        os._exit(1)
