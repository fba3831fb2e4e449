"""The bundled province boundaries (``data/geo/vn_provinces_63.json``, built by
``packaging/build_boundaries.py``): read and checked, a flat projection that fits them into a
rectangle, straight-line distances and the classes of a choropleth. No Qt; any thread.

Coordinates are degrees (longitude east, latitude north). A polygon is a tuple of rings, the outer
ring first, each ring a flat ``(lon, lat, lon, lat, ...)`` tuple.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from .messages import QT_TRANSLATE_NOOP, Message, MessageError
from .paths import bundled_data_dir
from .problems import Problem
from .strings import match_key

BOUNDARY_FILE = Path("geo") / "vn_provinces_63.json"
FORMAT, VERSION = "backan-boundaries", 1
MAX_BYTES = 4_000_000          # the shipped file is ~85 KB; a bigger one is not ours
MAX_POINTS = 200_000
BAC_KAN, THAI_NGUYEN = "06", "19"            # official codes of the provinces before 1 July 2025
NEW_THAI_NGUYEN = "thai_nguyen_2025"         # the outline of the merged province
NORTH = (102.1, 20.35, 108.15, 23.45)        # west, south, east, north: northern Viet Nam
EARTH_KM = 6371.0088                         # mean Earth radius (IUGG)

Polygon = tuple[tuple[float, ...], ...]
Bounds = tuple[float, float, float, float]


@dataclass(frozen=True)
class Area:
    """A province (``code`` its official two-digit code) or an outline (``code`` its id)."""
    code: str
    name: str
    polygons: tuple[Polygon, ...]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    lon: float
    lat: float


@dataclass(frozen=True)
class Boundaries:
    provinces: dict[str, Area]
    outlines: dict[str, Area]
    islands: tuple[Polygon, ...]       # small islands the source gives no province
    places: dict[str, Place]
    credit_vi: str
    credit_en: str

    def code_of(self, key: str) -> Optional[str]:
        """The province code for ``key``: a code ("06") or a name as written anywhere ("Bắc Kạn",
        "bac kan", "Tỉnh Bắc Kạn"); None when it names no province of the file."""
        if key in self.provinces:
            return key
        wanted = re.sub(r"^(tinh|thanh pho|tp) ", "", match_key(key))
        return next((code for code, a in self.provinces.items() if match_key(a.name) == wanted), None)

    def by_code(self, values: Mapping[str, Optional[float]]) -> dict[str, Optional[float]]:
        """``values`` keyed by province code (keys naming no province are left out)."""
        return {code: v for code, v in ((self.code_of(k), v) for k, v in values.items()) if code is not None}


class BoundaryError(MessageError):
    """The file cannot be used; ``problem`` says which file and why."""

    def __init__(self, file: str, detail: str):
        message = Message(QT_TRANSLATE_NOOP("Problems", "not a usable boundary file: {detail}"), detail=detail)
        super().__init__(message)
        self.problem = Problem(file, message)


def read_boundaries(path: Path) -> Boundaries:
    """Read and check a boundary file; raises :class:`BoundaryError` (never anything else) for a
    missing, oversized, malformed or hostile file."""
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise BoundaryError(name, f"larger than {MAX_BYTES:,} bytes")
        doc = json.loads(Path(path).read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BoundaryError(name, type(exc).__name__) from exc
    try:
        return _boundaries(doc)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BoundaryError(name, str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__} {exc}") from exc


@lru_cache(maxsize=1)
def bundled_boundaries() -> Boundaries:
    return read_boundaries(bundled_data_dir() / BOUNDARY_FILE)


def _boundaries(doc: dict) -> Boundaries:
    if doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise ValueError(f"format is not {FORMAT} version {VERSION}")
    budget = [MAX_POINTS]
    provinces = [_area(a, budget) for a in doc["provinces"]]
    codes = [a.code for a in provinces]
    if len(set(codes)) != len(codes) or not all(len(c) == 2 and c.isdigit() for c in codes):
        raise ValueError("province codes must be unique two-digit codes")
    if BAC_KAN not in codes:
        raise ValueError("Bắc Kạn (code 06) is missing")
    outlines = [_area(dict(a, code=a["id"]), budget) for a in doc.get("outlines", [])]
    places = [Place(_text(p["id"]), _text(p["name"]), *_lonlat(p["lon"], p["lat"])) for p in doc.get("places", [])]
    return Boundaries({a.code: a for a in provinces}, {a.code: a for a in outlines},
                      tuple(_polygon(p, budget) for p in doc.get("islands", [])), {p.id: p for p in places},
                      _text(doc["credit_vi"]), _text(doc["credit_en"]))


def _text(value, limit: int = 200) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ValueError(f"expected a short text, got {str(value)[:40]!r}")
    return value


def _lonlat(lon, lat) -> tuple[float, float]:
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lon, lat)) \
            or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(f"not a longitude/latitude: {str(lon)[:20]}, {str(lat)[:20]}")
    return float(lon), float(lat)


def _area(a: dict, budget: list[int]) -> Area:
    polygons = tuple(_polygon(p, budget) for p in a["polygons"])
    if not polygons:
        raise ValueError(f"{a['code']}: no polygon")
    return Area(_text(a["code"], 40), _text(a["name"], 80), polygons)


def _polygon(rings, budget: list[int]) -> Polygon:
    out = []
    for r in rings:
        if not isinstance(r, list) or len(r) < 8 or len(r) % 2:
            raise ValueError("a ring needs at least 4 points, as lon, lat pairs")
        budget[0] -= len(r) // 2
        if budget[0] < 0:
            raise ValueError(f"more than {MAX_POINTS:,} points")
        for i in range(0, len(r), 2):
            _lonlat(r[i], r[i + 1])
        out.append(tuple(float(v) for v in r))
    if not out:
        raise ValueError("a polygon without rings")
    return tuple(out)


# -- geometry -----------------------------------------------------------------------------------
def bounds(areas) -> Bounds:
    """West, south, east, north of the given areas' polygons."""
    xs = [v for a in areas for poly in a.polygons for v in poly[0][0::2]]
    ys = [v for a in areas for poly in a.polygons for v in poly[0][1::2]]
    return min(xs), min(ys), max(xs), max(ys)


def distance_km(a: Place, b: Place) -> float:
    """Great-circle (straight-line) distance in km (haversine on the mean Earth radius)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class Frame:
    """An equirectangular projection, true in scale at the middle latitude of ``box``, fitted and
    centred into a ``width`` × ``height`` rectangle at (``left``, ``top``) (any unit: px, pt)."""
    box: Bounds
    left: float
    top: float
    width: float
    height: float

    @property
    def scale(self) -> float:
        """Units per degree of latitude."""
        w, s, e, n = self.box
        return min(self.width / ((e - w) * self._kx), self.height / (n - s))

    @property
    def _kx(self) -> float:
        return math.cos(math.radians((self.box[1] + self.box[3]) / 2))

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        w, s, e, n = self.box
        k = self.scale
        x0 = self.left + (self.width - (e - w) * self._kx * k) / 2
        y0 = self.top + (self.height - (n - s) * k) / 2
        return x0 + (lon - w) * self._kx * k, y0 + (n - lat) * k

    def units_per_km(self) -> float:
        return self.scale / (math.pi * EARTH_KM / 180)


# -- choropleth ---------------------------------------------------------------------------------
def classify(values: Mapping[str, Optional[float]], n: int = 5) -> list[float]:
    """Class breaks for a choropleth: quantiles of the distinct finite values, at most ``n``
    classes. Returns the ``k + 1`` edges (lowest value first, highest last); class ``i`` holds
    ``edges[i] <= v <= edges[i + 1]`` (:func:`class_of`). Fewer than 2 distinct values: one class."""
    vals = sorted({float(v) for v in values.values() if v is not None and math.isfinite(v)})
    if not vals:
        return []
    k = max(1, min(n, len(vals) - 1))
    return [vals[round(i * (len(vals) - 1) / k)] for i in range(k + 1)] if len(vals) > 1 else [vals[0], vals[0]]


def class_of(value: Optional[float], edges: list[float]) -> Optional[int]:
    """The class of ``value`` for ``edges`` from :func:`classify`; None for no data."""
    if value is None or not edges or not math.isfinite(value):
        return None
    return min(bisect_left(edges, value, 1), len(edges) - 1) - 1     # the first class whose top edge holds it
