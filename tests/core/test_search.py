from backan_desktop.core.search import build_index, fold, search


def test_fold_removes_vietnamese_diacritics():
    assert fold("Bắc Kạn") == "bac kan" and fold("ĐẦU TƯ") == "dau tu"


def test_find_without_diacritics_in_both_languages(library):
    index = build_index(library)
    hits = search(index, "bac kan")
    assert hits and any("Bắc Kạn" in h.label for h in hits)
    assert search(index, "mien dong")[0].label.startswith("Miến dong")
    cho_don = search(index, "cho don")
    assert (cho_don[0].kind, cho_don[0].label) == ("area", "huyện Chợ Đồn")     # the district, before rows naming it
    grdp = search(index, "GRDP per capita")
    assert grdp and grdp[0].kind == "indicator" and grdp[0].page == "economy"
    lechen = search(index, "lechenwood")
    assert lechen and lechen[0].dataset == "projects" and lechen[0].row >= 0 and lechen[0].page == "investment"
    assert search(index, "") == [] and search(index, "zzzz-nothing") == []
