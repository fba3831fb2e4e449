"""The bundled boundary file: the 63 provinces before 1 July 2025 named by position (Bắc Kạn where
Bắc Kạn is), the new Thái Nguyên's outline, the places the map marks; a bad or hostile file is a
clear Problem, never a crash; the projection, distances and choropleth classes."""
import json
import math

import pytest

from backan_desktop.core import geo
from backan_desktop.core.paths import bundled_data_dir
from backan_desktop.core.problems import Problem


@pytest.fixture(scope="module")
def b() -> geo.Boundaries:
    return geo.bundled_boundaries()


def _centroid(area: geo.Area) -> tuple[float, float]:
    """Area-weighted centroid of the largest polygon's outer ring (shoelace)."""
    ring = max((p[0] for p in area.polygons), key=len)
    xs, ys = ring[0::2], ring[1::2]
    a = cx = cy = 0.0
    for i in range(len(xs)):
        j = (i + 1) % len(xs)
        cross = xs[i] * ys[j] - xs[j] * ys[i]
        a += cross
        cx += (xs[i] + xs[j]) * cross
        cy += (ys[i] + ys[j]) * cross
    return cx / (3 * a), cy / (3 * a)


def test_the_file_is_small_and_lists_the_63_provinces_with_official_codes(b):
    path = bundled_data_dir() / geo.BOUNDARY_FILE
    assert path.stat().st_size < 300_000
    assert len(b.provinces) == 63
    assert b.provinces["01"].name == "Hà Nội"
    assert b.provinces["06"].name == "Bắc Kạn"
    assert b.provinces["19"].name == "Thái Nguyên"
    assert b.provinces["33"].name == "Hưng Yên"        # a region's name stood there in the source
    assert b.provinces["75"].name == "Đồng Nai"
    assert b.provinces["87"].name == "Đồng Tháp"       # mis-encoded in the source
    names = [a.name for a in b.provinces.values()]
    assert len(set(names)) == 63 and all("?" not in n for n in names)
    assert (path.parent / "README.md").is_file()


def test_bac_kan_is_the_polygon_centred_near_105_87_e_22_24_n(b):
    lon, lat = _centroid(b.provinces[geo.BAC_KAN])
    assert abs(lon - 105.87) < 0.08 and abs(lat - 22.24) < 0.08
    # and its former provincial town lies inside its bounding box
    town = b.places["backan_town"]
    w, s, e, n = geo.bounds([b.provinces[geo.BAC_KAN]])
    assert w < town.lon < e and s < town.lat < n


def test_the_new_thai_nguyen_outline_covers_both_former_provinces(b):
    new = b.outlines[geo.NEW_THAI_NGUYEN]
    w, s, e, n = geo.bounds([new])
    for code in (geo.BAC_KAN, geo.THAI_NGUYEN):
        pw, ps, pe, pn = geo.bounds([b.provinces[code]])
        assert w <= pw + 1e-6 and s <= ps + 1e-6 and e >= pe - 1e-6 and n >= pn - 1e-6
    assert b.credit_en.startswith("Boundaries: Natural Earth")


def test_hanoi_is_about_124_km_from_bac_kan_town_in_a_straight_line(b):
    assert geo.distance_km(b.places["hanoi"], b.places["backan_town"]) == pytest.approx(124, abs=1)
    # haversine against a known pair: one degree of latitude on the mean radius
    assert geo.distance_km(geo.Place("a", "a", 105, 21), geo.Place("b", "b", 105, 22)) == pytest.approx(111.195, abs=0.01)


def test_the_frame_keeps_the_aspect_and_centres_the_box():
    f = geo.Frame(geo.NORTH, 0, 0, 1000, 400)
    w, s, e, n = geo.NORTH
    x0, y0 = f.project(w, n)
    x1, y1 = f.project(e, s)
    assert y0 == pytest.approx(0) and y1 == pytest.approx(400)           # height-bound: fills the height
    assert x0 == pytest.approx(1000 - x1)                                # centred across
    ratio = (x1 - x0) / (y1 - y0)
    assert ratio == pytest.approx((e - w) * math.cos(math.radians((s + n) / 2)) / (n - s))
    assert f.units_per_km() == pytest.approx(f.scale / 111.195, rel=1e-3)


def test_choropleth_classes_are_quantiles_and_no_data_is_none():
    values = {"02": 1.0, "04": 2.0, "06": 3.0, "08": 4.0, "10": 5.0, "11": None, "12": float("nan")}
    edges = geo.classify(values, 4)
    assert edges == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert [geo.class_of(values[c], edges) for c in ("02", "04", "06", "08", "10")] == [0, 0, 1, 2, 3]
    assert geo.class_of(values["11"], edges) is None and geo.class_of(values["12"], edges) is None
    assert geo.classify({"06": 7.0}) == [7.0, 7.0] and geo.class_of(7.0, [7.0, 7.0]) == 0
    assert geo.classify({}) == [] and geo.class_of(1.0, []) is None
    many = geo.classify({str(i): float(i) for i in range(14)}, 5)
    assert len(many) == 6 and many[0] == 0 and many[-1] == 13 and many == sorted(set(many))


def _write(tmp_path, doc, name="b.json") -> object:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def _good() -> dict:
    return json.loads((bundled_data_dir() / geo.BOUNDARY_FILE).read_text(encoding="utf-8"))


@pytest.mark.parametrize("change, words", [
    (lambda d: "{not json", "JSONDecodeError"),
    (lambda d: "[]", "AttributeError"),
    (lambda d: dict(d, format="other"), "format is not"),
    (lambda d: dict(d, provinces=[p for p in d["provinces"] if p["code"] != "06"]), "Bắc Kạn"),
    (lambda d: dict(d, provinces=d["provinces"] + d["provinces"][:1]), "unique"),
    (lambda d: dict(d, provinces=[dict(d["provinces"][0], polygons=[[[105, 21, 106]]])]), "at least 4 points"),
    (lambda d: dict(d, provinces=[dict(d["provinces"][0], polygons=[[[105, 21, 106, 22, 107, "x", 105, 21]]])]),
     "longitude/latitude"),
    (lambda d: dict(d, provinces=[dict(d["provinces"][0], polygons=[[[105, 21, 106, 22, 1e400, 21, 105, 21]]])]),
     "longitude/latitude"),
    (lambda d: dict(d, provinces=[dict(d["provinces"][0], polygons=[[[0, 0] * 200_001]])]), "more than 200,000 points"),
    (lambda d: dict(d, provinces=[dict(d["provinces"][0], name="x" * 5000)]), "short text"),
    (lambda d: dict(d, places=[{"id": "hanoi", "name": "Hà Nội", "lon": 500, "lat": 21}]), "longitude/latitude"),
    (lambda d: "[" * 100_000 + "]" * 100_000, ""),
])
def test_a_bad_or_hostile_file_is_a_problem_not_a_crash(tmp_path, change, words):
    path = _write(tmp_path, change(_good()))
    with pytest.raises(geo.BoundaryError) as err:
        geo.read_boundaries(path)
    problem = err.value.problem
    assert isinstance(problem, Problem) and problem.file == "b.json"
    assert "not a usable boundary file" in str(problem) and words in str(problem)


def test_a_missing_or_oversized_file_is_a_problem(tmp_path):
    with pytest.raises(geo.BoundaryError, match="FileNotFoundError"):
        geo.read_boundaries(tmp_path / "none.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (geo.MAX_BYTES + 1))
    with pytest.raises(geo.BoundaryError, match="larger than"):
        geo.read_boundaries(big)


def test_provinces_are_found_by_code_or_by_name_as_written(b):
    assert b.code_of("06") == b.code_of("Bắc Kạn") == b.code_of("bac kan") == b.code_of("Tỉnh Bắc Kạn") == "06"
    assert b.code_of("Thành phố Hà Nội") == "01" and b.code_of("TP. Hồ Chí Minh") == "79"
    assert b.code_of("Atlantis") is None and b.code_of("99") is None
    assert b.by_code({"Bắc Kạn": 1.0, "Thái Nguyên": None, "nowhere": 3.0}) == {"06": 1.0, "19": None}
