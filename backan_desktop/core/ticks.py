"""Axis scales shared by screen and print charts."""
from __future__ import annotations

import math


def nice_ticks(vmin: float, vmax: float, target: int = 5, include_zero: bool = True) -> tuple[list[float], int]:
    """Round tick positions covering [vmin, vmax] and the decimals needed to print them."""
    if include_zero:
        vmin, vmax = min(0.0, vmin), max(0.0, vmax)
    if not (math.isfinite(vmin) and math.isfinite(vmax)):
        return [0.0, 1.0], 0
    if vmax == vmin:
        vmax = vmin + (abs(vmin) or 1.0)
    raw = (vmax - vmin) / max(1, target)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(vmin / step) * step
    ticks = []
    v = start
    while v < vmax + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else (1 if step % 1 else 0)
    return ticks, decimals
