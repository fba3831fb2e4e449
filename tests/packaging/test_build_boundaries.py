"""The boundary build step decodes TopoJSON as the format says (quantised, delta-encoded arcs; a
negative index is the arc reversed) and folds names for comparing labels. Pure Python: the
shapely-dependent steps run only when the file is rebuilt (pyproject's "geo" extra)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_boundaries", ROOT / "packaging" / "build_boundaries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_arcs_are_delta_decoded_and_scaled(build):
    topo = {"transform": {"scale": [0.5, 2.0], "translate": [100.0, 10.0]},
            "arcs": [[[0, 0], [2, 0], [0, 1]], [[2, 1], [-2, 0], [0, -1]]]}
    arcs = build.decode_arcs(topo)
    assert arcs == [[(100.0, 10.0), (101.0, 10.0), (101.0, 12.0)], [(101.0, 12.0), (100.0, 12.0), (100.0, 10.0)]]
    # a ring joins its arcs without repeating the shared point; ~i is arc i reversed
    assert build.ring(arcs, [0, 1]) == [(100.0, 10.0), (101.0, 10.0), (101.0, 12.0), (100.0, 12.0), (100.0, 10.0)]
    assert build.ring(arcs, [~1]) == arcs[1][::-1]


def test_labels_fold_for_comparison(build):
    assert build.fold("Ð?ng Tháp") == "dngthap" != build.fold("Đồng Tháp") == "dongthap"
    assert build.fold("Quàng Nam") == build.fold("Quảng Nam") == "quangnam"
    assert build.fold(None) == ""
