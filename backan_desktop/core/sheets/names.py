"""Which sheets exist and the file names they are saved under."""
from __future__ import annotations

from ..library import Library
from ..vocab import SECTIONS


def sheet_file_name(sheet_id: str, lang: str) -> str:
    """``economy_vi.pdf``, ``dataset-projects_en.pdf`` — predictable names for handout sets."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in sheet_id.replace(":", "-"))
    return f"{stem}_{lang}.pdf"


def booklet_file_name(lang: str) -> str:
    return f"booklet_{lang}.pdf"


def sheet_ids(lib: Library) -> list[str]:
    return list(SECTIONS) + [f"dataset:{d}" for d in lib.datasets]

