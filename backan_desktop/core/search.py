"""Find anything by a few letters, in Vietnamese or English, with or without diacritics
("bac kan" finds "Bắc Kạn"): sections, indicators, districts, products, projects, events,
industrial zones, facts and datasets — each with where to jump to."""
from __future__ import annotations

from dataclasses import dataclass

from .strings import fold
from .library import Library
from .sections import section_title
from .vocab import LANGS, SECTIONS

KIND_LABELS = {
    "section": ("Mục", "Section"), "indicator": ("Chỉ tiêu", "Indicator"), "area": ("Địa bàn", "Area"),
    "row": ("Dòng dữ liệu", "Row"), "dataset": ("Bộ dữ liệu", "Dataset"),
}


@dataclass(frozen=True)
class Hit:
    label: str            # in the language asked for
    detail: str           # where it is
    kind: str             # section, indicator, area, row, dataset
    page: str             # section key or "datasets"
    dataset: str = ""     # for rows and datasets
    row: int = -1         # 0-based row in the dataset's table
    keys: str = ""        # folded text in both languages, for matching


def build_index(lib: Library, lang: str = "vi") -> list[Hit]:
    """Every findable item, labelled in ``lang``; matching uses both languages."""
    items: list[Hit] = []
    first_row: dict[str, int] = {}      # an indicator's first row in the observations
    if "observations" in lib.datasets:
        for i, indicator in enumerate(lib.datasets["observations"].table.columns["indicator"]):
            first_row.setdefault(indicator, i)
    for key in SECTIONS:
        items.append(Hit(section_title(key, lang), "", "section", key,
                         keys=fold(" ".join(section_title(key, other) for other in LANGS))))
    for ind in lib.indicators.values():
        items.append(Hit(ind.title(lang) or ind.title_vi, section_title(ind.section, lang), "indicator", ind.section,
                         "observations", first_row.get(ind.id, -1), fold(f"{ind.title_vi} {ind.title_en} {ind.id}")))
    for area in lib.areas.values():
        items.append(Hit(area.name(lang) or area.name_vi, "", "area", "datasets", "areas", -1,
                         fold(f"{area.name_vi} {area.name_en}")))
    for did, ds in lib.datasets.items():
        items.append(Hit(ds.title(lang), "", "dataset", "datasets", did, -1, fold(f"{ds.title('vi')} {ds.title('en')} {did}")))
        if ds.resource.role != "table" or not ds.loaded:
            continue            # an imported table not read yet is found by its title; reading it here would undo lazy loading
        table = ds.table
        # this language's columns first: the first text found is the label
        suffixes = [f"_{lang}"] + [f"_{other}" for other in LANGS if other != lang]
        names = [n + suffixes[0] for n in ("name", "label", "value", "place")] + ["producer", "investor"] \
            + [n + s for s in suffixes[1:] for n in ("name", "label", "value", "place")]
        names = [n for n in names if n in table.columns]
        section = ds.resource.section or "datasets"
        for i in range(len(table)):
            texts = [str(table.columns[n][i]) for n in names if table.columns[n][i]]
            if not texts:
                continue
            items.append(Hit(texts[0], ds.title(lang), "row", section, did, i, fold(" ".join(texts))))
    return items


def search(index: list[Hit], query: str, limit: int = 50) -> list[Hit]:
    """Items containing every word of ``query``; whole-word and prefix matches first."""
    words = fold(query).split()
    if not words:
        return []

    def score(hit: Hit) -> tuple:
        label = fold(hit.label)
        return (0 if label.startswith(words[0]) else 1 if f" {words[0]}" in f" {label}" else 2,
                {"section": 0, "indicator": 1, "area": 2, "row": 3, "dataset": 4}.get(hit.kind, 5), len(label))
    return sorted((hit for hit in index if all(w in hit.keys for w in words)), key=score)[:limit]
