"""Locale formatting of numbers, quantities, percentages and changes — one module for the
UI, tables, chart axes and printed sheets.

Vietnamese writes ``12.829 tỷ đồng`` and ``5,3 %``; English ``VND 12,829 billion`` and ``5.3%``.
The number of decimals shown is the number the source printed (``7,0 %`` stays ``7,0 %``), so a
value is always formatted together with its ``decimals``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .periods import format_iso_date
from .texts import in_lang, t
from .vocab import STATUS_MARK

_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}   # (thousands, decimal)
# a change in percentage points, a ratio ("times as much"): how each language writes it
_POINTS = {"vi": "{sign}{number} điểm %", "en": "{sign}{number} pp"}
_TIMES = {"vi": "gấp {number} lần", "en": "{number}×"}

QUALIFIER_WORDS = {
    "vi": {"over": "trên", "nearly": "gần", "about": "khoảng"},
    "en": {"over": "over", "nearly": "nearly", "about": "about"},
}


_IRREGULAR = {"people": "person", "persons": "person", "children": "child"}


def _english_one(pattern: str) -> str:
    """A unit pattern counting one thing: its last word made singular ("unions" → "union")."""
    head, _, last = pattern.rpartition(" ")
    if last in _IRREGULAR:
        return f"{head} {_IRREGULAR[last]}"
    if last.endswith("ies") and len(last) > 4:
        return f"{head} {last[:-3]}y"
    if last.isalpha() and last.endswith("s") and not last.endswith(("ss", "us")) and len(last) > 3:
        return f"{head} {last[:-1]}"
    return pattern


# how each language writes a unit counting one thing: Vietnamese nouns have no plural
_ONE = {"vi": lambda pattern: pattern, "en": _english_one}


@dataclass(frozen=True)
class UnitFormat:
    """How a unit is written around a number in each language (``{value}`` is the number)."""
    id: str
    label_vi: str
    label_en: str
    pattern_vi: str = "{value}"
    pattern_en: str = "{value}"

    def label(self, lang: str) -> str:
        return in_lang((self.label_vi, self.label_en), lang)

    def pattern(self, lang: str) -> str:
        return in_lang((self.pattern_vi, self.pattern_en), lang)

    @property
    def is_percent(self) -> bool:
        return self.id.startswith("pct")


def plain_unit(text: str) -> UnitFormat:
    """A unit known only by its text (e.g. from an imported spreadsheet): ``{value} text``."""
    text = (text or "").strip()
    pattern = "{value} " + text if text else "{value}"
    if text == "%":
        return UnitFormat("pct", "%", "%", "{value} %", "{value}%")
    return UnitFormat(text, text, text, pattern, pattern)


def format_number(value: float | int | None, lang: str, decimals: int | None = None,
                  grouping: bool = True) -> str:
    """``12829`` → ``12.829`` (vi) / ``12,829`` (en); ``5.3`` → ``5,3`` / ``5.3``.

    ``decimals=None`` shows up to two decimals without trailing zeros. Missing values and
    NaN give an en dash.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    thousands, point = _SEPARATORS.get(lang, _SEPARATORS["en"])
    if decimals is None:
        text = f"{abs(value):,.2f}".rstrip("0").rstrip(".")
    else:
        # half up from the number as written (73.35 → 73.4), not from its binary approximation (73.3)
        text = f"{Decimal(str(abs(value))).quantize(Decimal(1).scaleb(-max(0, decimals)), ROUND_HALF_UP):,}"
    if not grouping:
        text = text.replace(",", "")
    text = text.replace(",", "\x00").replace(".", point).replace("\x00", thousands)
    negative = value < 0 and any(ch not in "0.,\u00a0" for ch in text)
    return ("-" if negative else "") + text


def format_quantity(value: float | None, lang: str, unit: UnitFormat | None = None,
                    decimals: int | None = None, qualifier: str = "") -> str:
    """A value with its unit and qualifier: ``trên 40,4 triệu đồng/người`` /
    ``over VND 40.4 million per person``."""
    number = format_number(value, lang, decimals)
    pattern = unit.pattern(lang) if unit else "{value}"
    if value is not None and abs(value) == 1 and pattern.startswith("{value} "):
        pattern = _ONE[lang](pattern)             # "1 cooperative union", not "1 cooperative unions"
    text = pattern.replace("{value}", number)
    word = QUALIFIER_WORDS.get(lang, {}).get(qualifier or "")
    return f"{word} {text}" if word else text


def format_change(delta: float, lang: str, unit: UnitFormat | None = None,
                  decimals: int | None = None) -> str:
    """A signed difference. Differences of percentages are percentage points."""
    sign = "+" if delta > 0 else ("-" if delta < 0 else "±")
    number = format_number(abs(delta), lang, decimals)
    if unit is not None and unit.is_percent:
        return _POINTS[lang].format(sign=sign, number=number)
    if unit is not None and unit.id == "times":
        return _TIMES[lang].format(number=number)
    if unit is None:
        return f"{sign}{number}"
    return sign + unit.pattern(lang).replace("{value}", number)


class Formatter:
    """A library's figures, names and dates written in one language. Made once per (library,
    language) by whoever builds content (a section's sheets, a comparison), so that every figure
    is worded in this one place; the library's own catalogues (units, breakdowns, areas,
    indicators) give the names."""

    def __init__(self, library, lang: str):
        self.lib, self.lang = library, lang

    def t(self, key: str, **kwargs) -> str:
        return t(key, self.lang, **kwargs)

    def unit(self, unit_id: str) -> UnitFormat:
        return self.lib.unit(unit_id)

    def number(self, value: float | int | None, decimals: int | None = None) -> str:
        return format_number(value, self.lang, decimals)

    def quantity(self, value: float | None, unit: UnitFormat | None, decimals: int | None = None,
                 qualifier: str = "") -> str:
        return format_quantity(value, self.lang, unit, decimals, qualifier)

    def change(self, delta: float, unit: UnitFormat | None, decimals: int | None = None) -> str:
        return format_change(delta, self.lang, unit, decimals)

    def figure(self, o, decimals: int | None = None, marked: bool = True) -> str:
        """An observation as printed: number (``decimals``: the source's), unit, qualifier and,
        when ``marked``, its status mark — ``over VND 40.4 millionᵉ``."""
        text = format_quantity(o.value, self.lang, self.unit(o.unit), o.decimals if decimals is None else decimals,
                               o.qualifier)
        return text + STATUS_MARK.get(o.status, "") if marked else text

    def name(self, indicator: str) -> str:
        """An indicator's title (its id when the catalogue lacks it)."""
        ind = self.lib.indicators.get(indicator)
        return ind.title(self.lang) if ind else indicator

    def category(self, category: str) -> str:
        if not category:
            return t("total", self.lang)
        labels = self.lib.categories.get(category)
        return in_lang(labels, self.lang) if labels else category

    def area(self, area_id: str) -> str:
        a = self.lib.areas.get(area_id)
        return a.name(self.lang) if a else area_id

    def date(self, iso: str) -> str:
        return format_iso_date(iso, self.lang)
