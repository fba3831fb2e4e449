"""What committing an import would change in the library."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..messages import QT_TRANSLATE_NOOP, Message
from ..texts import t


@dataclass
class ChangeSummary:
    new_series: list[str] = field(default_factory=list)
    changed: list[tuple[str, str, str, float, float]] = field(default_factory=list)   # key parts, old, new
    removed: int = 0
    added_rows: int = 0
    replaces_existing: bool = False
    warnings: list = field(default_factory=list)     # what the data check found (Problems): shown, not blocking

    def lines(self, lang: str = "en", limit: int = 20, say: Callable[[Message], str] = str) -> list[str]:
        """What the import changes, then the data check's warnings (``say`` writes a message in
        the UI's language; English by default)."""
        out = [t("import_replaces", lang)] if self.replaces_existing else []
        out.append(t("import_counts", lang, rows=self.added_rows, new=len(self.new_series), changed=len(self.changed),
                     removed=self.removed))
        out += [t("import_new_series", lang, name=s) for s in self.new_series[:limit]]
        out += [t("import_changed", lang, indicator=ind, area=area, period=period, old=old, new=new)
                for ind, area, period, old, new in self.changed[:limit]]
        out += [say(Message(QT_TRANSLATE_NOOP("Problems", "warning: {problem}"), problem=p.located()))
                for p in self.warnings[:limit]]
        return out


def compare(new, old) -> ChangeSummary:
    """What committing ``new`` would change relative to ``old`` (both tidy DataFrames, or None)."""
    s = ChangeSummary(added_rows=0 if new is None else len(new))
    if new is None:
        return s
    key = ["indicator", "area", "period", "category"]
    if old is None or len(old) == 0:
        s.new_series = sorted(new["indicator"].unique().tolist())
        return s
    s.replaces_existing = True

    def by_key(frame) -> dict:
        return dict(zip(frame[key].astype("object").fillna("").astype(str).agg("\x1f".join, axis=1), frame["value"]))
    old_map, new_map = by_key(old), by_key(new)
    s.new_series = sorted(set(new["indicator"]) - set(old["indicator"]))
    for k, v in new_map.items():
        if k in old_map and old_map[k] != v:
            ind, area, period, _cat = k.split("\x1f")
            s.changed.append((ind, area, period, float(old_map[k]), float(v)))
    s.removed = len(set(old_map) - set(new_map))
    return s
