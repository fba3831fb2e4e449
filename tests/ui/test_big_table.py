"""A big table stays responsive: data() formats only the blocks in view; sorting and filtering are
vectorised in the model (on a worker thread for big tables), never Qt's per-cell comparisons."""
import numpy as np
import pandas as pd
import pytest

from backan_desktop.ui.table_model import BLOCK, DataFrameModel, FastProxyModel


@pytest.fixture
def big():
    n = 300_000
    rng = np.random.default_rng(7)
    return pd.DataFrame({
        "area": rng.choice(["Bắc Kạn", "Chợ Đồn", "Pác Nặm", "Ba Bể"], n),
        "period": [str(2000 + i % 25) for i in range(n)],
        "value": rng.normal(1000, 300, n).round(1),
    })


def test_data_formats_only_visible_blocks(big):
    model = DataFrameModel(big, "vi")
    from backan_desktop.core.formatting import format_number
    v = float(big["value"][0])
    assert model.data(model.index(0, 2)) == format_number(v, "vi", 0 if v.is_integer() else None)
    model.data(model.index(299_999, 0))
    assert len(model._blocks) == 2                       # two blocks of 512 rows, not 300,000 strings
    assert all(len(b) <= BLOCK for b in model._blocks.values())


def test_proxy_sorts_and_filters_big_tables_in_the_background(qtbot, big):
    from PySide6.QtCore import Qt
    model = DataFrameModel(big, "vi")
    proxy = FastProxyModel()
    proxy.setSourceModel(model)
    with qtbot.waitSignal(model.layoutChanged, timeout=30000):
        proxy.sort(2, Qt.SortOrder.DescendingOrder)
    top = [model.source_row(r) for r in range(5)]
    assert list(big["value"].iloc[top]) == sorted(big["value"], reverse=True)[:5]
    with qtbot.waitSignal(model.layoutChanged, timeout=30000):
        proxy.set_filter_text("pac nam")                 # accents and case do not matter
    assert 0 < proxy.rowCount() < len(big)
    assert all(big["area"].iloc[model.source_row(r)] == "Pác Nặm" for r in range(0, proxy.rowCount(), 997))
    values = [big["value"].iloc[model.source_row(r)] for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True)        # the sort is kept while filtering
    with qtbot.waitSignal(model.layoutChanged, timeout=30000):
        proxy.set_filter_text("")
    assert proxy.rowCount() == len(big)


def test_sort_puts_missing_last_and_is_stable():
    frame = pd.DataFrame({"v": pd.array([3.0, None, 1.0, 3.0], dtype="Float64"), "k": ["a", "b", "c", "d"]})
    model = DataFrameModel(frame, "en")
    assert list(model.sort_order(0, False)) == [2, 0, 3, 1]
    assert list(model.sort_order(0, True)) == [0, 3, 2, 1]
    assert list(model.sort_order(1, True)) == [3, 2, 1, 0]


def _reference_order(keys, descending):
    present = [i for i, k in enumerate(keys) if k is not None]
    absent = [i for i, k in enumerate(keys) if k is None]
    return sorted(present, key=lambda i: keys[i], reverse=descending) + absent   # sorted() is stable


def test_categorical_columns_sort_filter_and_show_like_text(qapp):
    """Imported tables keep text columns as categoricals: the model reads them through their codes
    and must show, sort (stable, missing last) and filter exactly as for plain text."""
    rng = np.random.default_rng(11)
    for trial in range(60):
        n = int(rng.integers(1, 40))
        values = rng.integers(0, 4, n).astype(float)
        if trial % 3 == 0:
            values[int(rng.integers(0, n))] = np.nan
        words = pd.Categorical(rng.choice(["Chợ Đồn", "ba bể", "Bắc Kạn", "bắc kạn", None], n))
        model = DataFrameModel(pd.DataFrame({"v": values, "w": words}), "vi")
        text_keys = [None if pd.isna(w) else str(w).casefold() for w in words]
        num_keys = [None if np.isnan(v) else v for v in values]
        for col, keys in ((0, num_keys), (1, text_keys)):
            for descending in (False, True):
                assert list(model.sort_order(col, descending)) == _reference_order(keys, descending)
        assert [model.data(model.index(r, 1)) for r in range(n)] == ["" if pd.isna(w) else w for w in words]
        hits = model.filter_rows("bac kan")
        expected = [i for i, w in enumerate(words) if not pd.isna(w) and w.casefold() == "bắc kạn"]
        assert (list(hits) if hits is not None else []) == expected
